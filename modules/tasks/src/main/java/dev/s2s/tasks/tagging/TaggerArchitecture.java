package dev.s2s.tasks.tagging;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.ModelConfig;
import dev.s2s.experiment.config.TaggingConfig;
import dev.s2s.neural.tagger.TaggerConfig;
import dev.s2s.tasks.NeuralSettings;

/**
 * The {@link TaggerConfig} an experiment describes: word embedding {@code model.embedding},
 * bidirectional {@code model.cell} encoder of {@code model.hidden} units per direction and {@code
 * model.layers} layers, {@code model.dropout}, {@code tagging.head} (crf or softmax), {@code
 * tagging.casing_features}, and with {@code tagging.char_features} a character CNN whose sizes
 * follow the word embedding size (the config has no keys of its own for them): character embedding
 * {@code embedding / 4}, {@code embedding / 2} filters (Ma and Hovy 2016 use 30 and 30 next to
 * 100-dimensional words), window {@link #CHAR_WINDOW}. The tagger's encoder is always
 * bidirectional, whatever {@code model.bidirectional} says (a warning is the trainer's job).
 */
public final class TaggerArchitecture {
  /** Width of the character CNN's window (trigrams, as in Ma and Hovy 2016). */
  public static final int CHAR_WINDOW = 3;

  private TaggerArchitecture() {}

  /** The tagger of {@code config}, which must have a tagging section. */
  public static TaggerConfig of(ExperimentConfig config) {
    ModelConfig m = config.model();
    TaggingConfig t = config.requireTagging("train");
    int charDim = t.charFeatures() ? Math.max(1, m.embedding() / 4) : 0;
    int charFilters = t.charFeatures() ? Math.max(1, m.embedding() / 2) : 0;
    return new TaggerConfig(
        m.embedding(), charDim, charFilters, CHAR_WINDOW, t.casingFeatures(), NeuralSettings.cell(m.cell()),
        m.hidden(), m.layers(), m.dropout(), t.head() == dev.s2s.experiment.config.TaggingHead.CRF);
  }
}
