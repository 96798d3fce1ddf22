package dev.s2s.ngram;

import dev.s2s.common.UserException;
import dev.s2s.eval.Perplexity;
import java.util.List;

/**
 * Scores text with a {@link BackoffModel}: each sentence is {@code <s> w1 .. wm </s>} and every
 * token after {@code <s>} is predicted. Words outside the vocabulary are OOVs (see {@link
 * PerplexityResult#oovConvention()}).
 */
public final class NgramScorer {
  private static final double LN10 = Math.log(10);

  private NgramScorer() {}

  /**
   * Perplexity of {@code model} on {@code sentences}.
   *
   * @param source names the text in error messages
   * @throws UserException when the text is empty or every word is outside the vocabulary
   */
  public static PerplexityResult score(BackoffModel model, List<TextSentence> sentences, String source) {
    if (sentences.isEmpty()) {
      throw new UserException(source + ": no tokens: expected at least one non-blank line to score");
    }
    LmVocabulary vocabulary = model.vocabulary();
    boolean unk = model.contains(LmVocabulary.UNK_ID);
    long words = 0;
    long oovs = 0;
    long counted = 0;
    long zero = 0;
    double log10 = 0;
    for (TextSentence s : sentences) {
      int[] ids = ids(s, vocabulary);
      for (int pos = 1; pos < ids.length; pos++) {
        boolean isWord = pos < ids.length - 1;
        boolean oov = isWord && !model.contains(vocabulary.idOrMinusOne(s.tokens().get(pos - 1)));
        words += isWord ? 1 : 0;
        oovs += oov ? 1 : 0;
        if (oov && !unk) {
          continue;
        }
        double lp = model.log10Conditional(ids, pos);
        if (lp <= BackoffModel.LOG10_ZERO) {
          zero++;
          continue;
        }
        log10 += lp;
        counted++;
      }
    }
    if (oovs == words) {
      throw new UserException(
          source + ": all " + words + " words are outside the model's vocabulary of "
              + model.ngramCount(1) + " words; no perplexity is computed (is this text in the"
              + " model's language, tokenization and casing?)");
    }
    if (counted == 0) {
      throw new UserException(source + ": the model gives probability zero to every token; nothing to score");
    }
    return new PerplexityResult(sentences.size(), words, oovs, unk, zero, log10,
        new Perplexity(-log10 * LN10, counted));
  }

  /** {@code <s> w1 .. wm </s>} as word ids, OOVs mapped to {@code <unk>}. */
  static int[] ids(TextSentence s, LmVocabulary vocabulary) {
    int[] ids = new int[s.tokens().size() + 2];
    ids[0] = LmVocabulary.BOS_ID;
    for (int i = 0; i < s.tokens().size(); i++) {
      int id = vocabulary.idOrMinusOne(s.tokens().get(i));
      ids[i + 1] = id < 0 ? LmVocabulary.UNK_ID : id;
    }
    ids[ids.length - 1] = LmVocabulary.EOS_ID;
    return ids;
  }
}
