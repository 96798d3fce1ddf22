package dev.s2s.tasks.multitask;

import dev.s2s.neural.search.Hypothesis;
import dev.s2s.neural.search.SearchConfig;
import dev.s2s.neural.search.Translator;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.tasks.LanguageText;
import dev.s2s.tasks.translation.TranslationModels;
import dev.s2s.text.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Translates tokenized source sentences with the multi-task model's decoder for one language
 * (greedy when the search's beam is 1, else the best of the beam), in length-sorted batches, and
 * detokenizes the output. An empty source gives an empty line.
 */
final class TranslationDecoding {
  private static final int BATCH = 64;

  private TranslationDecoding() {}

  static List<String> translate(
      Seq2SeqModel model, SourceIds ids, List<List<String>> sources, String target, Vocabulary targetVocab,
      LanguageText targetText, SearchConfig search) {
    Translator tr = new Translator(model, target, TranslationModels.SPECIALS, search);
    List<int[]> inputs = new ArrayList<>(sources.size());
    sources.forEach(s -> inputs.add(s.isEmpty() ? new int[0] : ids.translationSource(s)));
    List<Hypothesis> best = LengthSortedBatches.map(inputs, BATCH, null, tr::translate);
    List<String> out = new ArrayList<>(best.size());
    for (Hypothesis h : best) {
      out.add(h == null ? "" : targetText.detokenize(targetVocab.tokens(withoutEos(h.tokens()))));
    }
    return out;
  }

  private static int[] withoutEos(int[] t) {
    int n = t.length > 0 && t[t.length - 1] == Vocabulary.EOS_ID ? t.length - 1 : t.length;
    return Arrays.copyOf(t, n);
  }
}
