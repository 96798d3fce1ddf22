package dev.s2s.tasks.tagging;

import dev.s2s.experiment.config.ConllData;
import dev.s2s.experiment.config.DataSpec;
import dev.s2s.experiment.config.Word2VecConfig;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.embed.Word2VecVectors;
import dev.s2s.neural.tagger.TaggerVocab;
import dev.s2s.tasks.lm.LmText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Trains the word2vec vectors of {@code tagging.word2vec} ({@link Word2VecConfig}): reads the
 * unlabelled text (every spec of {@code text}, in order: plain lines, or the words of CoNLL
 * sentences), normalises its tokens as the tagger's vocabulary does ({@link
 * TaggerVocab#wordKey}) and fits {@link Word2VecVectors} of the word embedding size.
 */
final class WordVectorTraining {
  private static final Logger LOG = LogManager.getLogger(WordVectorTraining.class);

  private WordVectorTraining() {}

  /**
   * @throws dev.s2s.common.UserException when the text is empty or no word reaches min_freq
   */
  static Word2VecVectors train(Word2VecConfig cfg, int dim, boolean lowercase, long seed) {
    List<List<String>> text = new ArrayList<>();
    for (int i = 0; i < cfg.text().size(); i++) {
      text.addAll(normalised(read(cfg.text().get(i), Word2VecConfig.textKey(cfg.text(), i)), lowercase));
    }
    long tokens = text.stream().mapToLong(List::size).sum();
    String files = cfg.text().stream().map(spec -> spec.file().toString()).collect(Collectors.joining(", "));
    long start = System.nanoTime();
    Word2VecVectors v;
    try {
      v = Word2VecVectors.train(text, new Word2VecVectors.Settings(dim, cfg.window(), cfg.epochs(), cfg.minFreq(),
          cfg.negative(), seed));
    } catch (IllegalArgumentException e) {
      throw new dev.s2s.common.UserException(Word2VecConfig.TEXT_KEY + ": " + files + " (" + tokens
          + " tokens): no word occurs min_freq = " + cfg.minFreq() + " times or more; give more text or a lower"
          + " tagging.word2vec.min_freq");
    }
    LOG.info(String.format(Locale.ROOT, "word2vec: %d-d vectors for %d words from %s (%d tokens, %d epochs) in %.1f s",
        dim, v.size(), files, tokens, cfg.epochs(), (System.nanoTime() - start) / 1e9));
    return v;
  }

  /** The sentences of one text spec: plain lines, or the word column of a CoNLL file. */
  private static List<List<String>> read(DataSpec spec, String key) {
    if (spec instanceof ConllData) {
      return TaggingCorpus.read(spec).stream().map(TaggedSentence::tokens).toList();
    }
    return LmText.read(spec.file(), key);
  }

  private static List<List<String>> normalised(List<List<String>> sentences, boolean lowercase) {
    if (!lowercase) {
      return sentences;
    }
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      out.add(s.stream().map(t -> TaggerVocab.wordKey(t, true)).toList());
    }
    return out;
  }
}
