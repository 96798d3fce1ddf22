package dev.s2s.neural.bench;

import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.nn.GradientClipper;
import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.seq2seq.Decoder;
import dev.s2s.neural.seq2seq.DecoderConfig;
import dev.s2s.neural.seq2seq.EncoderConfig;
import dev.s2s.neural.seq2seq.Readout;
import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.SpecialTokens;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Standalone speed benchmark with the shapes of /work/shared/peers/torch_seq2seq.py: GRU
 * encoder-decoder (Cho-style conditioning, logits from the decoder state), V = 1000, E = 128,
 * H = 256, batch 64, source lengths uniform in 5..20, reverse-the-sequence task, Adam 1e-3,
 * global-norm clipping at 5. Prints training target tokens/s and greedy sentences/s (fixed 21
 * steps, no early stop, batch 64 and 1), plus the process CPU seconds each phase used (a figure
 * less sensitive to other load on a shared machine). Run with OMP_WAIT_POLICY=PASSIVE.
 *
 * <p>Usage: Seq2SeqBench [timedBatches=50] [readout=STATE]
 */
public final class Seq2SeqBench {
  private static final int V = 1000;
  private static final int E = 128;
  private static final int H = 256;
  private static final int B = 64;
  private static final int LMIN = 5;
  private static final int LMAX = 20;
  private static final SpecialTokens SP = new SpecialTokens(0, 1, 2);

  private Seq2SeqBench() {}

  public static void main(String[] args) {
    int timed = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Readout readout = args.length > 1 ? Readout.valueOf(args[1]) : Readout.STATE;
    PrintStream out = System.out;
    SplittableRandom rnd = new SplittableRandom(0);
    Seq2SeqModel m = Seq2SeqModel.create(new EncoderConfig(V, E, CellType.GRU, H, 1, false, 0),
        Map.of("rev", new DecoderConfig(V, E, CellType.GRU, H, 1, readout, H, 0)), DataType.FLOAT, 0);
    Adam adam = new Adam(m.paramList(), 1e-3);
    GradientClipper clip = new GradientClipper(ClipMode.GLOBAL_NORM, 5);
    List<Seq2SeqBatch> data = new ArrayList<>();
    for (int i = 0; i < timed + 3; i++) {
      data.add(batch(rnd, B));
    }
    double loss = 0;
    long tokens = 0;
    long t0 = 0;
    long c0 = 0;
    for (int i = 0; i < data.size(); i++) {
      if (i == 3) {
        t0 = System.nanoTime();
        c0 = cpuNanos();
      }
      Seq2SeqBatch b = data.get(i);
      m.params().zeroGrad();
      Seq2SeqModel.Loss l = m.loss(b, "rev", null, true, 1.0 / b.targetTokens());
      clip.clip(m.paramList());
      adam.step();
      loss = l.nll() / l.tokens();
      if (i >= 3) {
        tokens += b.targetTokens();
      }
    }
    double dt = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpuNanos() - c0) / 1e9;
    out.printf("s2s java params=%d readout=%s%n", m.params().count(), readout);
    out.printf("train: %d batches, %d tgt tokens, %.2fs -> %.0f tgt tok/s, %.2f batch/s, last loss %.3f"
        + " (process CPU %.2fs -> %.0f tgt tok per CPU-s)%n", timed, tokens, dt, tokens / dt, timed / dt, loss, cpu,
        tokens / cpu);
    for (int bs : new int[] {64, 1}) {
      List<Seq2SeqBatch> test = new ArrayList<>();
      for (int i = 0; i < (bs == 1 ? 100 : Math.max(20, 640 / bs)); i++) { // peer: 640 at batch 1
        test.add(batch(rnd, bs));
      }
      greedy(m, test.get(0));
      long g0 = System.nanoTime();
      long gc0 = cpuNanos();
      int n = 0;
      for (Seq2SeqBatch b : test) {
        greedy(m, b);
        n += b.size();
      }
      double gdt = (System.nanoTime() - g0) / 1e9;
      double gcpu = (cpuNanos() - gc0) / 1e9;
      out.printf("greedy decode batch=%d: %d sents %.2fs -> %.1f sent/s (process CPU %.2fs -> %.1f sent per CPU-s)%n",
          bs, n, gdt, n / gdt, gcpu, n / gcpu);
    }
  }

  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /** Fixed LMAX + 1 greedy steps (no early stop), like the peer. */
  private static int[][] greedy(Seq2SeqModel m, Seq2SeqBatch b) {
    Decoder d = m.decoder("rev");
    Decoder.State s = d.start(m.encoder().forward(b, m.dataType(), null).context());
    int[] prev = new int[b.size()];
    Arrays.fill(prev, SP.bos());
    int[][] out = new int[LMAX + 1][];
    for (int t = 0; t <= LMAX; t++) {
      INDArray lp = d.step(s, prev);
      prev = lp.argMax(1).toIntVector();
      out[t] = prev;
    }
    return out;
  }

  private static Seq2SeqBatch batch(SplittableRandom rnd, int size) {
    List<int[]> src = new ArrayList<>();
    List<int[]> tgt = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int len = LMIN + rnd.nextInt(LMAX - LMIN + 1);
      int[] s = rnd.ints(len, 3, V).toArray();
      int[] r = new int[len];
      for (int j = 0; j < len; j++) {
        r[j] = s[len - 1 - j];
      }
      src.add(s);
      tgt.add(r);
    }
    return Seq2SeqBatch.of(src, tgt, SP);
  }
}
