package dev.s2s.tasks.suite;

import dev.s2s.common.UserException;
import dev.s2s.eval.Perplexity;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.tasks.SequenceTagger;
import dev.s2s.tasks.TextScorer;
import dev.s2s.tasks.TrainedSystems;
import dev.s2s.tasks.TranslationSystem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Trained systems registered by run directory; any other directory holds no model. */
final class FakeSystems implements TrainedSystems {
  private final Map<Path, TranslationSystem> translators = new HashMap<>();
  private final Map<Path, SequenceTagger> taggers = new HashMap<>();
  private final Map<Path, TextScorer> lms = new HashMap<>();
  private final Map<Path, SequenceTagger> crfTaggers = new HashMap<>();
  private final Map<List<Path>, SequenceTagger> ensembles = new HashMap<>();

  FakeSystems translator(Path runDir, TranslationSystem s) {
    translators.put(key(runDir), s);
    return this;
  }

  FakeSystems tagger(Path runDir, SequenceTagger s) {
    taggers.put(key(runDir), s);
    return this;
  }

  FakeSystems ensemble(List<Path> runDirs, SequenceTagger s) {
    ensembles.put(runDirs.stream().map(FakeSystems::key).toList(), s);
    return this;
  }

  FakeSystems crfTagger(Path modelFile, SequenceTagger s) {
    crfTaggers.put(key(modelFile), s);
    return this;
  }

  FakeSystems lm(Path runDir, TextScorer s) {
    lms.put(key(runDir), s);
    return this;
  }

  /** The decoding settings each translator was loaded with (null: the run's own), by run directory. */
  final Map<Path, DecodingConfig> decodings = new HashMap<>();

  @Override
  public TranslationSystem translator(Path runDirectory, DecodingConfig decoding) {
    decodings.put(key(runDirectory), decoding);
    return found(translators.get(key(runDirectory)), runDirectory, "translation model");
  }

  @Override
  public SequenceTagger tagger(Path runDirectory) {
    return found(taggers.get(key(runDirectory)), runDirectory, "tagger");
  }

  @Override
  public SequenceTagger tagger(List<Path> runDirectories) {
    if (runDirectories.size() == 1) {
      return tagger(runDirectories.get(0));
    }
    return found(ensembles.get(runDirectories.stream().map(FakeSystems::key).toList()),
        runDirectories.get(0), "ensemble with " + runDirectories.subList(1, runDirectories.size()));
  }

  @Override
  public SequenceTagger crfTagger(Path modelFile) {
    return found(crfTaggers.get(key(modelFile)), modelFile, "CRF model");
  }

  @Override
  public TextScorer languageModel(Path runDirectory) {
    return found(lms.get(key(runDirectory)), runDirectory, "language model");
  }

  private static <T> T found(T system, Path runDir, String what) {
    if (system == null) {
      throw new UserException(runDir + ": holds no " + what);
    }
    return system;
  }

  private static Path key(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** A translator that returns fixed lines per target language. */
  static TranslationSystem fixedTranslator(String source, Map<String, List<String>> outputs) {
    return new TranslationSystem() {
      @Override
      public String sourceLanguage() {
        return source;
      }

      @Override
      public List<String> targetLanguages() {
        return List.copyOf(outputs.keySet());
      }

      @Override
      public List<String> translate(List<String> sources, String target) {
        List<String> out = outputs.get(target);
        if (out == null || out.size() != sources.size()) {
          throw new AssertionError("unexpected call translate(" + sources + ", " + target + ")");
        }
        return out;
      }
    };
  }

  /** A tagger that returns fixed tags (checked against the sentence count). */
  static SequenceTagger fixedTagger(List<List<String>> tags) {
    return sentences -> {
      if (sentences.size() != tags.size()) {
        throw new AssertionError("expected " + tags.size() + " sentences, got " + sentences.size());
      }
      return tags;
    };
  }

  /** A language model giving every predicted token (words and one end per sentence) probability p. */
  static TextScorer uniformLm(double p) {
    return sentences -> {
      long tokens = 0;
      for (List<String> s : sentences) {
        tokens += s.size() + 1;
      }
      return new Perplexity(-Math.log(p) * tokens, tokens);
    };
  }
}
