package dev.s2s.tasks.translation;

import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.tasks.LanguageText;
import dev.s2s.text.subword.BpeCodes;
import dev.s2s.text.subword.BpeCodesFile;
import dev.s2s.text.subword.BpeLearner;
import dev.s2s.text.vocab.TokenCounts;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * BPE subwords of a translation run ({@code vocab.bpe_merges}): merge operations learned per
 * language on its training side's tokens, kept in the run directory as {@code bpe-<lang>.codes},
 * and applied through each language's {@link LanguageText}.
 */
final class TranslationSubwords {
  private static final Logger LOG = LogManager.getLogger(TranslationSubwords.class);

  /** subword-nmt's default: pairs seen once are not merged. */
  private static final int MIN_PAIR_FREQUENCY = 2;

  private TranslationSubwords() {}

  /** {@code merges} operations per language, learned on the tokens of {@code train}. */
  static Map<String, BpeCodes> learn(TokenizedCorpus train, int merges) {
    Map<String, BpeCodes> codes = new LinkedHashMap<>();
    train.tokens().forEach((lang, sentences) -> {
      long start = System.nanoTime();
      TokenCounts counts = new TokenCounts();
      sentences.forEach(counts::addAll);
      BpeCodes c = BpeLearner.learn(counts.asMap(), merges, MIN_PAIR_FREQUENCY);
      LOG.info("BPE {}: {} merges learned from {} word types in {} s", lang, c.merges().size(), counts.distinct(),
          String.format("%.1f", (System.nanoTime() - start) / 1e9));
      codes.put(lang, c);
    });
    return codes;
  }

  static void save(Map<String, BpeCodes> codes, RunDirectory dir) {
    codes.forEach((lang, c) -> BpeCodesFile.save(file(dir, lang), c));
  }

  /** The codes of every language in {@code languages} saved in a run directory. */
  static Map<String, BpeCodes> load(Collection<String> languages, RunDirectory dir) {
    Map<String, BpeCodes> codes = new LinkedHashMap<>();
    for (String lang : languages) {
      codes.put(lang, BpeCodesFile.load(file(dir, lang)));
    }
    return codes;
  }

  /** Each language's text processing followed by its BPE segmentation. */
  static Map<String, LanguageText> apply(Map<String, LanguageText> words, Map<String, BpeCodes> codes) {
    Map<String, LanguageText> out = new LinkedHashMap<>();
    words.forEach((lang, t) -> out.put(lang, t.withSubwords(codes.get(lang))));
    return out;
  }

  static Path file(RunDirectory dir, String lang) {
    return dir.file("bpe-" + lang + ".codes");
  }
}
