package dev.s2s.tasks.lm;

import dev.s2s.common.UserException;
import dev.s2s.text.vocab.Vocabulary;
import java.util.List;

/**
 * Sentences as one id stream for a recurrent language model: {@code </s> s1 </s> s2 ... sn </s>}.
 * The leading {@code </s>} is context only, so the stream has (words + sentences) predictions:
 * every word and one {@code </s>} per sentence, as the n-gram models count. Words outside the
 * vocabulary become {@code <unk>} and stay counted.
 *
 * @param ids the stream, length 1 + words + sentences
 * @param words number of words (without {@code </s>})
 * @param oovs words that are not in the vocabulary (a literal {@code <unk>} in the text is not one)
 */
public record TokenIds(int[] ids, long words, long oovs) {
  /** Number of predicted (counted) tokens: {@code ids.length - 1}. */
  public long predictions() {
    return ids.length - 1L;
  }

  /**
   * Maps {@code sentences} through {@code vocab}.
   *
   * @param source names the text in error messages
   * @throws UserException when there is no sentence, or every word is outside the vocabulary
   */
  public static TokenIds of(List<List<String>> sentences, Vocabulary vocab, String source) {
    long words = 0;
    for (List<String> s : sentences) {
      words += s.size();
    }
    if (sentences.isEmpty()) {
      throw new UserException(source + ": no sentences to score; expected at least one non-blank line");
    }
    int[] ids = new int[(int) (1 + words + sentences.size())];
    int pos = 0;
    long oovs = 0;
    ids[pos++] = Vocabulary.EOS_ID;
    for (List<String> s : sentences) {
      for (String w : s) {
        int id = vocab.id(w);
        if (id == Vocabulary.UNK_ID && !Vocabulary.UNK.equals(w)) {
          oovs++;
        }
        ids[pos++] = id;
      }
      ids[pos++] = Vocabulary.EOS_ID;
    }
    if (words > 0 && oovs == words) {
      throw new UserException(source + ": all " + words + " words are outside the model's vocabulary ("
          + vocab.size() + " entries); the text cannot be scored meaningfully (wrong language or "
          + "tokenization?)");
    }
    return new TokenIds(ids, words, oovs);
  }
}
