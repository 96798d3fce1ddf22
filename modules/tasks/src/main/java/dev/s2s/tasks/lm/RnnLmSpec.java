package dev.s2s.tasks.lm;

import dev.s2s.experiment.config.CellType;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.ModelConfig;
import dev.s2s.experiment.config.OutputKind;
import dev.s2s.neural.lm.RnnLmConfig;
import dev.s2s.tasks.NeuralSettings;
import dev.s2s.text.vocab.Vocabulary;
import dev.s2s.text.vocab.WordClasses;

/** Translates an experiment config's {@code model} into an RNN language model's architecture. */
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
    return new RnnLmConfig(vocab.size(), m.embedding(), NeuralSettings.cell(m.cell()), m.hidden(), m.layers(),
        m.dropout(), classes == null ? null : neuralClasses(classes), m.tiedSoftmax(), m.irnnScale());
  }

  /** The output layer as logs and reports name it: "softmax", "class", or "softmax tied to the embeddings". */
  public static String outputDescription(ModelConfig m) {
    return m.tiedSoftmax() ? m.output() + " tied to the embeddings" : m.output().toString();
  }

  /** The recurrent cell as logs name it: "lstm cell", or "irnn cell (U starts as 0.5 I)". */
  public static String cellDescription(ModelConfig m) {
    boolean irnn = m.cell() == CellType.IRNN;
    return m.cell() + " cell" + (irnn ? " (U starts as " + m.irnnScale() + " I)" : "");
  }

  /** The same partition in the form the class-based softmax takes. */
  public static dev.s2s.neural.nn.WordClasses neuralClasses(WordClasses classes) {
    return dev.s2s.neural.nn.WordClasses.fromWordToClass(classes.classOfArray(), classes.classCount());
  }
}
