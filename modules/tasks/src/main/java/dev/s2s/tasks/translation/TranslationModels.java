package dev.s2s.tasks.translation;

import dev.s2s.experiment.config.AttentionKind;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.ModelConfig;
import dev.s2s.experiment.config.OutputKind;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.neural.nn.ClassBasedSoftmax;
import dev.s2s.neural.search.LengthPenalty;
import dev.s2s.neural.search.SearchConfig;
import dev.s2s.neural.seq2seq.DecoderConfig;
import dev.s2s.neural.seq2seq.EncoderConfig;
import dev.s2s.neural.seq2seq.OutputLayerFactory;
import dev.s2s.neural.seq2seq.Readout;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.SpecialTokens;
import dev.s2s.tasks.NeuralSettings;
import dev.s2s.tasks.lm.RnnLmSpec;
import dev.s2s.text.vocab.ClassBinning;
import dev.s2s.text.vocab.Vocabulary;
import dev.s2s.text.vocab.WordClasses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Builds the translation model an experiment describes, the same way at training and at loading
 * time: one shared encoder over the source vocabulary and one decoder per target language, every
 * size from the config's {@code model} section and the vocabularies. The decoder reads
 * [h_t; emb(y_{t-1}); c] through a tanh readout (Cho et al. 2014 with tanh instead of maxout);
 * with {@code model.attention: bahdanau} an additive attention context (attention size = hidden)
 * joins the decoder input and the readout. {@code model.output: class} replaces each decoder's
 * full softmax by a class-based softmax over frequency-binned target words; {@code
 * model.tied_softmax} makes each decoder's softmax reuse its target embedding table, the tanh readout
 * then having the embedding size instead of the hidden size.
 */
public final class TranslationModels {
  /** Parameters are float32 for training and use. */
  public static final DataType DATA_TYPE = DataType.FLOAT;

  /** The special ids every vocabulary shares (see {@link Vocabulary}). */
  public static final SpecialTokens SPECIALS =
      new SpecialTokens(Vocabulary.PAD_ID, Vocabulary.BOS_ID, Vocabulary.EOS_ID);

  private TranslationModels() {}

  /** A freshly initialised model for the config, seeded with the config's seed. */
  public static Seq2SeqModel create(ExperimentConfig cfg, Map<String, Vocabulary> vocabs) {
    TranslationConfig tc = cfg.requireTranslation("train");
    ModelConfig m = cfg.model();
    EncoderConfig enc =
        new EncoderConfig(
            vocabs.get(tc.source()).size(), m.embedding(), NeuralSettings.cell(m.cell()), m.hidden(),
            m.layers(), m.bidirectional(), m.dropout());
    Map<String, DecoderConfig> decs = new LinkedHashMap<>();
    for (String t : tc.targets()) {
      decs.put(
          t,
          new DecoderConfig(
              vocabs.get(t).size(), m.embedding(), NeuralSettings.cell(m.cell()), m.hidden(), m.layers(),
              Readout.CONCAT_TANH, m.tiedSoftmax() ? m.embedding() : m.hidden(), m.dropout(),
              m.attention() == AttentionKind.BAHDANAU ? m.hidden() : 0, m.tiedSoftmax()));
    }
    OutputLayerFactory outputs = m.output() == OutputKind.CLASS ? classOutputs(cfg.vocab().classes(), vocabs) : null;
    return Seq2SeqModel.create(enc, decs, DATA_TYPE, cfg.seed(), outputs);
  }

  /**
   * Class-based softmax output layers ({@code model.output: class}): each target vocabulary binned
   * by frequency (sqrt shares, as for the language models) into {@code vocab.classes} classes. The
   * counts are saved with the vocabularies, so loading a run rebuilds the same partition.
   */
  private static OutputLayerFactory classOutputs(int classes, Map<String, Vocabulary> vocabs) {
    return (name, lang, inputSize, vocab, dataType, rnd) -> {
      WordClasses wc = WordClasses.frequencyBinned(vocabs.get(lang), classes, ClassBinning.SQRT, "vocab.classes");
      return new ClassBasedSoftmax(name, inputSize, RnnLmSpec.neuralClasses(wc), dataType, rnd);
    };
  }

  /** Search settings from the config's {@code decoding} section, with a beam override (0 = config). */
  public static SearchConfig search(DecodingConfig d, int beamOverride, int nBest) {
    int beam = beamOverride > 0 ? beamOverride : d.beam();
    return new SearchConfig(
        beam, Math.min(Math.max(1, nBest), beam), LengthPenalty.GNMT, d.alpha(), d.maxLengthRatio(),
        d.maxLengthExtra());
  }
}
