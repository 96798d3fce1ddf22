package dev.s2s.tasks.lm;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.ModelConfig;
import dev.s2s.experiment.config.OutputKind;
import dev.s2s.neural.lm.RnnLmConfig;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.rnn.CellType;
import dev.s2s.text.vocab.Vocabulary;
import dev.s2s.text.vocab.WordClasses;

/** Translates an experiment config's {@code model} and {@code training.clip} into the neural module's types. */
public final class RnnLmSpec {
  private RnnLmSpec() {}

  /** The architecture for {@code vocab}; {@code classes} must be given iff {@code model.output} is class. */
  public static RnnLmConfig architecture(ExperimentConfig config, Vocabulary vocab, WordClasses classes) {
    ModelConfig m = config.model();
    boolean classOutput = m.output() == OutputKind.CLASS;
    if (classOutput != (classes != null)) {
      throw new IllegalArgumentException("model.output " + m.output() + " but word classes "
          + (classes == null ? "absent" : "present"));
    }
    return new RnnLmConfig(vocab.size(), m.embedding(), cell(m.cell()), m.hidden(), m.layers(),
        m.dropout(), classes == null ? null : neuralClasses(classes), m.tiedSoftmax());
  }

  /** The output layer as logs and reports name it: "softmax", "class", or "softmax tied to the embeddings". */
  public static String outputDescription(ModelConfig m) {
    return m.tiedSoftmax() ? m.output() + " tied to the embeddings" : m.output().toString();
  }

  /** The recurrent cell of {@code model.cell}. */
  public static CellType cell(dev.s2s.experiment.config.CellType cell) {
    return switch (cell) {
      case RNN -> CellType.TANH;
      case IRNN -> CellType.IRNN;
      case LSTM -> CellType.LSTM;
      case GRU -> CellType.GRU;
    };
  }

  /** The clipping of {@code training.clip.mode}: layer_norm clips each parameter by its own norm. */
  public static ClipMode clip(dev.s2s.experiment.config.ClipMode mode) {
    return switch (mode) {
      case GLOBAL_NORM -> ClipMode.GLOBAL_NORM;
      case LAYER_NORM -> ClipMode.PER_PARAM_NORM;
      case VALUE -> ClipMode.VALUE;
      case NONE -> ClipMode.NONE;
    };
  }

  /** The same partition in the form the class-based softmax takes. */
  public static dev.s2s.neural.nn.WordClasses neuralClasses(WordClasses classes) {
    return dev.s2s.neural.nn.WordClasses.fromWordToClass(classes.classOfArray(), classes.classCount());
  }
}
