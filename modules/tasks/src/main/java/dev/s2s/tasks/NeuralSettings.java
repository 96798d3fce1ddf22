package dev.s2s.tasks;

import dev.s2s.experiment.config.ClipConfig;
import dev.s2s.experiment.config.TagFormat;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.rnn.CellType;

/** Maps the experiment config's choices onto the neural module's types. */
public final class NeuralSettings {
  private NeuralSettings() {}

  /** The neural module's cell for {@code model.cell} ({@code rnn} is the tanh RNN). */
  public static CellType cell(dev.s2s.experiment.config.CellType cell) {
    return switch (cell) {
      case RNN -> CellType.TANH;
      case IRNN -> CellType.IRNN;
      case LSTM -> CellType.LSTM;
      case GRU -> CellType.GRU;
    };
  }

  /** The tag set format for {@code tagging.tag_format}. */
  public static EntityTagSet.Format tagFormat(TagFormat format) {
    return switch (format) {
      case IOB2 -> EntityTagSet.Format.IOB2;
      case IOBES -> EntityTagSet.Format.IOBES;
    };
  }

  /** {@code layer_norm} clips each parameter tensor's own L2 norm. */
  public static ClipMode clipMode(ClipConfig clip) {
    return switch (clip.mode()) {
      case GLOBAL_NORM -> ClipMode.GLOBAL_NORM;
      case LAYER_NORM -> ClipMode.PER_PARAM_NORM;
      case VALUE -> ClipMode.VALUE;
      case NONE -> ClipMode.NONE;
    };
  }
}
