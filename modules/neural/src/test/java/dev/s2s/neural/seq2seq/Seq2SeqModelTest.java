package dev.s2s.neural.seq2seq;

import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.nn.GradientClipper;
import dev.s2s.neural.rnn.CellType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class Seq2SeqModelTest {
  static final SpecialTokens SP = new SpecialTokens(0, 1, 2);

  static Seq2SeqModel tinyModel(DataType dt, double dropout) {
    EncoderConfig enc = new EncoderConfig(7, 3, CellType.GRU, 3, 2, true, dropout);
    return Seq2SeqModel.create(enc, Map.of(
        "de", new DecoderConfig(6, 3, CellType.GRU, 4, 2, Readout.CONCAT_TANH, 5, dropout),
        "fr", new DecoderConfig(6, 2, CellType.LSTM, 3, 1, Readout.CONCAT, 0, dropout)), dt, 17);
  }

  static Seq2SeqModel attentionModel(double dropout) {
    EncoderConfig enc = new EncoderConfig(7, 3, CellType.GRU, 2, 1, true, dropout);
    return Seq2SeqModel.create(enc, Map.of(
        "de", new DecoderConfig(6, 3, CellType.GRU, 3, 1, Readout.CONCAT_TANH, 4, dropout, 3),
        "fr", new DecoderConfig(6, 2, CellType.LSTM, 3, 2, Readout.STATE, 0, dropout, 2)), DataType.DOUBLE, 23);
  }

  static Seq2SeqBatch tinyBatch() {
    return Seq2SeqBatch.of(List.of(new int[] {3, 4, 5}, new int[] {6}, new int[] {4, 4}),
        List.of(new int[] {3, 4}, new int[] {5, 5, 3}, new int[] {4}), SP);
  }

  @Test
  void gradientCheckWholeModel() {
    checkGradients(tinyModel(DataType.DOUBLE, 0.2));
  }

  @Test
  void gradientCheckWithAttention() {
    checkGradients(attentionModel(0.2));
  }

  /** Back-propagated gradients of both decoders' losses against finite differences (same dropout masks). */
  private static void checkGradients(Seq2SeqModel m) {
    Seq2SeqBatch b = tinyBatch();
    for (String lang : List.of("de", "fr")) {
      m.params().zeroGrad();
      m.loss(b, lang, new SplittableRandom(9), true, 1.0);
      // only the encoder and this language's decoder get gradients (others stay exactly zero)
      List<dev.s2s.neural.nn.Param> used = m.paramList().stream()
          .filter(p -> p.name().startsWith("encoder.") || p.name().startsWith("decoder." + lang + ".")).toList();
      double err = GradientCheck.maxRelativeError(used,
          () -> m.loss(b, lang, new SplittableRandom(9), false, 1.0).nll(), 1e-5, 2, 4);
      // eps 1e-5: at 1e-6 round-off of the ~15-nat loss dominates entries with tiny gradients
      assertTrue(err < 1e-5, lang + " relative error " + err);
    }
  }

  @Test
  void stepwiseInferenceMatchesTeacherForcingWithAttention() {
    checkStepwise(attentionModel(0.0));
  }

  @Test
  void classBasedSoftmaxPlugsIn() {
    // words 0..5 in 3 classes of 2
    dev.s2s.neural.nn.WordClasses classes =
        dev.s2s.neural.nn.WordClasses.fromWordToClass(new int[] {0, 0, 1, 1, 2, 2}, 3);
    Seq2SeqModel m = Seq2SeqModel.create(new EncoderConfig(7, 3, CellType.GRU, 3, 1, false, 0),
        Map.of("de", new DecoderConfig(6, 3, CellType.GRU, 4, 1, Readout.CONCAT, 0, 0)), DataType.DOUBLE, 5,
        (name, lang, in, v, dt, rnd) -> new dev.s2s.neural.nn.ClassBasedSoftmax(name, in, classes, dt, rnd));
    assertTrue(m.paramList().stream().anyMatch(p -> p.name().startsWith("decoder.de.out")));
    checkStepwise(m, List.of("de"));
    m.params().zeroGrad();
    Seq2SeqBatch b = tinyBatch();
    m.loss(b, "de", null, true, 1.0);
    List<dev.s2s.neural.nn.Param> enc = m.paramList().stream().filter(p -> p.name().startsWith("encoder.")).toList();
    double err = GradientCheck.maxRelativeError(enc, () -> m.loss(b, "de", null, false, 1.0).nll(), 1e-5, 2, 4);
    assertTrue(err < 1e-5, "relative error " + err);
  }

  /** Decoders whose softmax reuses the target embedding table: tanh readout of the embedding size, and STATE with H = E. */
  static Seq2SeqModel tiedModel(DataType dt, double dropout) {
    EncoderConfig enc = new EncoderConfig(7, 3, CellType.GRU, 2, 1, true, dropout);
    return Seq2SeqModel.create(enc, Map.of(
        "de", new DecoderConfig(6, 3, CellType.GRU, 4, 1, Readout.CONCAT_TANH, 3, dropout, 3, true),
        "fr", new DecoderConfig(6, 3, CellType.LSTM, 3, 1, Readout.STATE, 0, dropout, 0, true)), dt, 31);
  }

  @Test
  void tiedDecodersShareTheEmbeddingTableWithTheSoftmax() {
    Seq2SeqModel m = tiedModel(DataType.DOUBLE, 0.2);
    List<String> names = m.paramList().stream().map(dev.s2s.neural.nn.Param::name).toList();
    assertTrue(names.containsAll(List.of("decoder.de.emb.W", "decoder.de.out.b", "decoder.fr.out.b")), names.toString());
    assertFalse(names.contains("decoder.de.out.W") || names.contains("decoder.fr.out.W"), names.toString());
    // starts at +-0.1 (PyTorch's word_language_model), not unit variance: the table is also the output matrix
    INDArray table = m.paramList().stream().filter(p -> p.name().equals("decoder.de.emb.W")).findFirst().orElseThrow()
        .value();
    assertTrue(table.amaxNumber().doubleValue() <= 0.1, "largest initial entry " + table.amaxNumber());
    // the table's gradient is the embedding's plus the softmax's
    checkGradients(m);
    checkStepwise(tiedModel(DataType.DOUBLE, 0.0));
  }

  @Test
  void tiedDecoderNeedsAnOutputInputOfTheEmbeddingSizeAndNoOtherOutputLayer() {
    EncoderConfig enc = new EncoderConfig(7, 3, CellType.GRU, 2, 1, false, 0);
    IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class, () -> Seq2SeqModel.create(enc,
        Map.of("de", new DecoderConfig(6, 3, CellType.GRU, 4, 1, Readout.CONCAT_TANH, 5, 0, 0, true)),
        DataType.DOUBLE, 1));
    assertTrue(sizes.getMessage().contains("reads 5 values") && sizes.getMessage().contains("has 3 columns"),
        sizes.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Seq2SeqModel.create(enc,
        Map.of("de", new DecoderConfig(6, 3, CellType.GRU, 4, 1, Readout.CONCAT_TANH, 3, 0, 0, true)),
        DataType.DOUBLE, 1, (name, lang, in, v, dt, rnd) -> new dev.s2s.neural.nn.SoftmaxOutputLayer(name, in, v, dt, rnd)));
  }

  @Test
  void stepwiseInferenceMatchesTeacherForcing() {
    checkStepwise(tinyModel(DataType.DOUBLE, 0.0));
  }

  private static void checkStepwise(Seq2SeqModel m) {
    checkStepwise(m, List.of("de", "fr"));
  }

  private static void checkStepwise(Seq2SeqModel m, List<String> langs) {
    Seq2SeqBatch b = tinyBatch();
    DataType dt = m.dataType();
    for (String lang : langs) {
      double[] tf = m.loss(b, lang, null, false, 1.0).sentenceNll();
      Decoder dec = m.decoder(lang);
      Encoder.Forward ef = m.encoder().forward(b, dt, null);
      Decoder.State s = dec.hasAttention() ? dec.start(ef.context(), ef.states(), b.sourceMask(dt))
          : dec.start(ef.context());
      // reorder rows and back (exercises select on every state part)
      s = dec.select(dec.select(s, new int[] {2, 0, 1}), new int[] {1, 2, 0});
      double tol = dt == DataType.DOUBLE ? 1e-9 : 1e-5;
      assertArrayEquals(tf, teacherForcedSteps(dec, s, b, 1), tol, lang);
      // as beam search does: two rows per sentence, then swaps within each sentence's pair (the
      // per-sentence arrays are then shared, not gathered)
      Decoder.State s2 = dec.hasAttention() ? dec.start(ef.context(), ef.states(), b.sourceMask(dt))
          : dec.start(ef.context());
      s2 = dec.select(dec.select(s2, new int[] {0, 0, 1, 1, 2, 2}), new int[] {1, 0, 3, 2, 5, 4});
      double[] twice = teacherForcedSteps(dec, s2, b, 2);
      for (int i = 0; i < b.size(); i++) {
        assertEquals(tf[i], twice[2 * i], tol, lang + " sentence " + i + " first copy");
        assertEquals(tf[i], twice[2 * i + 1], tol, lang + " sentence " + i + " second copy");
      }
    }
  }

  /** NLL per row of feeding the batch's targets step by step, each sentence on {@code copies} adjacent rows. */
  private static double[] teacherForcedSteps(Decoder dec, Decoder.State s, Seq2SeqBatch b, int copies) {
    int n = b.size();
    double[] nll = new double[n * copies];
    for (int t = 0; t < b.targetSteps(); t++) {
      int[] prev = new int[n * copies];
      for (int r = 0; r < prev.length; r++) {
        prev[r] = b.targetIn()[t * n + r / copies];
      }
      INDArray lp = dec.step(s, prev);
      for (int r = 0; r < prev.length; r++) {
        int i = r / copies;
        if (b.targetMaskValues()[t * n + i] == 1) {
          nll[r] -= lp.getDouble(r, b.targetOut()[t * n + i]);
        }
      }
    }
    return nll;
  }

  /**
   * In float, a step takes the first layer's input projection from the decoder's cached table
   * E W_x + b (STATE readout: without embedding the words at all); the table must follow the
   * weights when they change in place, as they do in training.
   */
  @Test
  void floatStepwiseInferenceWithTheCachedInputTableMatchesTeacherForcing() {
    EncoderConfig enc = new EncoderConfig(7, 3, CellType.GRU, 3, 1, true, 0.0);
    Seq2SeqModel m = Seq2SeqModel.create(enc, Map.of(
        "de", new DecoderConfig(6, 3, CellType.GRU, 4, 2, Readout.STATE, 0, 0.0),
        "fr", new DecoderConfig(6, 2, CellType.LSTM, 3, 1, Readout.CONCAT, 0, 0.0)), DataType.FLOAT, 29);
    checkStepwise(m);
    List<String> changed = List.of("decoder.de.emb.W", "decoder.de.rnn.l0.b", "decoder.fr.emb.W", "decoder.fr.rnn.l0.Wx");
    m.paramList().stream().filter(p -> changed.contains(p.name())).forEach(p -> p.value().muli(1.5).addi(0.25));
    assertEquals(changed.size(), m.paramList().stream().filter(p -> changed.contains(p.name())).count(),
        "parameter names " + changed);
    checkStepwise(m);
  }

  /** Reverse task over words 3..12 (10 words): 20 random pairs must be learned to ~0 loss. */
  @Test
  void learnsTinyReverseTask() {
    SplittableRandom r = new SplittableRandom(5);
    List<int[]> src = new ArrayList<>();
    List<int[]> tgt = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int[] s = new int[2 + r.nextInt(4)];
      int[] t = new int[s.length];
      for (int j = 0; j < s.length; j++) {
        s[j] = 3 + r.nextInt(10);
      }
      for (int j = 0; j < s.length; j++) {
        t[j] = s[s.length - 1 - j];
      }
      src.add(s);
      tgt.add(t);
    }
    Seq2SeqModel m = Seq2SeqModel.create(new EncoderConfig(13, 16, CellType.GRU, 32, 1, true, 0.0),
        Map.of("rev", new DecoderConfig(13, 16, CellType.GRU, 32, 1, Readout.CONCAT, 0, 0.0)), DataType.FLOAT, 3);
    Seq2SeqBatch b = Seq2SeqBatch.of(src, tgt, SP);
    Adam adam = new Adam(m.paramList(), 0.01);
    GradientClipper clip = new GradientClipper(ClipMode.GLOBAL_NORM, 5);
    double first = Double.NaN;
    double last = Double.NaN;
    long t0 = System.nanoTime();
    for (int step = 0; step < 300; step++) {
      m.params().zeroGrad();
      Seq2SeqModel.Loss l = m.loss(b, "rev", null, true, 1.0 / b.targetTokens());
      last = l.nll() / l.tokens();
      if (step == 0) {
        first = last;
      }
      clip.clip(m.paramList());
      adam.step();
      if (last < 0.01) {
        break;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    // initial loss is about ln(13) = 2.56 nats/token (uniform over the vocabulary)
    assertEquals(Math.log(13), first, 0.3);
    assertTrue(last < 0.02, "final loss " + last + " nats/token after " + seconds + " s");
  }

  /**
   * The loss and search run in reusable scratch memory (dev.s2s.neural.nn.Scratch). With ND4J's
   * workspace checks on, using an array after its scratch memory was reset throws; repeated calls
   * must also give identical results (stale data would differ), in float (the fast paths) and with
   * attention.
   */
  @Test
  void scratchMemoryIsNotUsedAfterReset() {
    org.nd4j.linalg.factory.Nd4j.getExecutioner().setProfilingConfig(
        org.nd4j.linalg.profiler.ProfilerConfig.builder().checkWorkspaces(true).build());
    try {
      Seq2SeqModel m = attentionModel(0.0);
      Seq2SeqModel f = Seq2SeqModel.create(new EncoderConfig(7, 3, CellType.GRU, 4, 1, false, 0),
          Map.of("de", new DecoderConfig(6, 3, CellType.GRU, 4, 1, Readout.STATE, 0, 0, 3)), DataType.FLOAT, 5);
      for (Seq2SeqModel model : List.of(m, f)) {
        List<INDArray> first = new ArrayList<>();
        double nll1 = 0;
        double nll2 = 0;
        for (int round = 0; round < 2; round++) {
          model.params().zeroGrad();
          double nll = model.loss(tinyBatch(), "de", null, true, 1.0).nll();
          if (round == 0) {
            nll1 = nll;
            model.paramList().forEach(p -> first.add(p.grad().dup()));
          } else {
            nll2 = nll;
          }
        }
        assertEquals(nll1, nll2, 0.0);
        for (int i = 0; i < first.size(); i++) {
          assertEquals(first.get(i), model.paramList().get(i).grad(), model.paramList().get(i).name());
        }
        dev.s2s.neural.search.Translator t = new dev.s2s.neural.search.Translator(model, "de", SP,
            new dev.s2s.neural.search.SearchConfig(2, 2, dev.s2s.neural.search.LengthPenalty.NONE, 0, 0, 5));
        List<int[]> src = List.of(new int[] {3, 4, 5}, new int[] {6});
        assertEquals(text(t.beam(src).get(0)), text(t.beam(src).get(0)));
        assertEquals(text(t.greedy(src)), text(t.greedy(src)));
      }
    } finally {
      org.nd4j.linalg.factory.Nd4j.getExecutioner().setProfilingConfig(
          org.nd4j.linalg.profiler.ProfilerConfig.builder().build());
    }
  }

  private static String text(List<dev.s2s.neural.search.Hypothesis> hs) {
    StringBuilder sb = new StringBuilder();
    for (dev.s2s.neural.search.Hypothesis h : hs) {
      sb.append(java.util.Arrays.toString(h.tokens())).append(' ').append(h.logProb()).append('\n');
    }
    return sb.toString();
  }

  /**
   * The float fast paths (fused recurrent steps with attention hooks, fused softmax, direct BLAS on
   * views) must give the loss and gradients of the double reference path, which the gradient checks
   * above verify: same weights, same batch.
   */
  @Test
  void floatModelMatchesTheDoubleReference() {
    for (boolean attention : new boolean[] {false, true}) {
      Seq2SeqModel ref = attention ? attentionModel(0.0) : tinyModel(DataType.DOUBLE, 0.0);
      EncoderConfig enc = attention ? new EncoderConfig(7, 3, CellType.GRU, 2, 1, true, 0.0)
          : new EncoderConfig(7, 3, CellType.GRU, 3, 2, true, 0.0);
      Map<String, DecoderConfig> decs = attention
          ? Map.of("de", new DecoderConfig(6, 3, CellType.GRU, 3, 1, Readout.CONCAT_TANH, 4, 0.0, 3),
              "fr", new DecoderConfig(6, 2, CellType.LSTM, 3, 2, Readout.STATE, 0, 0.0, 2))
          : Map.of("de", new DecoderConfig(6, 3, CellType.GRU, 4, 2, Readout.CONCAT_TANH, 5, 0.0),
              "fr", new DecoderConfig(6, 2, CellType.LSTM, 3, 1, Readout.CONCAT, 0, 0.0));
      Seq2SeqModel fast = Seq2SeqModel.create(enc, decs, DataType.FLOAT, 99);
      for (int i = 0; i < ref.paramList().size(); i++) {
        fast.paramList().get(i).value().assign(ref.paramList().get(i).value().castTo(DataType.FLOAT));
      }
      for (String lang : List.of("de", "fr")) {
        ref.params().zeroGrad();
        fast.params().zeroGrad();
        double nllRef = ref.loss(tinyBatch(), lang, null, true, 1.0).nll();
        double nllFast = fast.loss(tinyBatch(), lang, null, true, 1.0).nll();
        assertEquals(nllRef, nllFast, 1e-4 * Math.abs(nllRef), "loss " + lang + " attention " + attention);
        for (int i = 0; i < ref.paramList().size(); i++) {
          INDArray g = ref.paramList().get(i).grad();
          double scale = Math.max(1e-3, g.amaxNumber().doubleValue());
          double diff = g.sub(fast.paramList().get(i).grad().castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
          assertTrue(diff <= 1e-4 * scale, ref.paramList().get(i).name() + " (" + lang + ", attention " + attention
              + "): max difference " + diff + " at scale " + scale);
        }
      }
    }
  }
}
