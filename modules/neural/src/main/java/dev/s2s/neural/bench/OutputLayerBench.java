package dev.s2s.neural.bench;

import dev.s2s.common.Statistics;
import dev.s2s.neural.nn.ClassBasedSoftmax;
import dev.s2s.neural.nn.OutputLayer;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.SoftmaxOutputLayer;
import dev.s2s.neural.nn.WordClasses;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Micro-benchmark (not a test): time of one forward + backward pass of a full softmax output layer
 * versus a class-based softmax with frequency-binned classes, in float32.
 *
 * <p>Arguments (all optional, in order): vocabulary V (10000), hidden H (200), rows n = batch *
 * time (640), classes C (100), timed iterations (20), seed (1). Word frequencies follow Zipf's law
 * (frequency of rank r proportional to 1/r); targets are drawn from that distribution; classes are
 * Mikolov's frequency bins (each class covers about 1/C of the unigram mass, in rank order).
 *
 * <p>Run with {@code OMP_WAIT_POLICY=PASSIVE}.
 */
public final class OutputLayerBench {
  private OutputLayerBench() {}

  public static void main(String[] args) {
    int v = intArg(args, 0, 10000);
    int h = intArg(args, 1, 200);
    int n = intArg(args, 2, 640);
    int c = intArg(args, 3, 100);
    int iters = intArg(args, 4, 20);
    long seed = args.length > 5 ? Long.parseLong(args[5]) : 1;
    PrintStream out = System.out;
    DataType dt = DataType.FLOAT;
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] zipf = zipf(v);
    WordClasses classes = frequencyBins(zipf, c);
    int[] targets = sample(zipf, n, rnd);
    INDArray hidden = Nd4j.rand(dt, n, h).subi(0.5);
    OutputLayer full = new SoftmaxOutputLayer("full", h, v, dt, rnd.split());
    OutputLayer factored = new ClassBasedSoftmax("cls", h, classes, dt, rnd.split());
    float[] mask = new float[n];
    Arrays.fill(mask, 1f);
    out.printf("V=%d H=%d n=%d %s, float32, %d iterations%n", v, h, n, classes, iters);
    for (int i = 0; i < 5; i++) { // warm-up (JIT, ND4J workspaces)
      step(full, hidden, targets, mask);
      step(factored, hidden, targets, mask);
    }
    // interleaved so that both layers see the same machine load; medians resist load spikes
    double[] fullMs = new double[iters];
    double[] clsMs = new double[iters];
    for (int i = 0; i < iters; i++) {
      fullMs[i] = time(full, hidden, targets, mask);
      clsMs[i] = time(factored, hidden, targets, mask);
    }
    double fullMedian = Statistics.median(fullMs);
    double clsMedian = Statistics.median(clsMs);
    out.printf("full softmax:        %8.2f ms / forward+backward (median)%n", fullMedian);
    out.printf("class-based softmax: %8.2f ms / forward+backward (median)%n", clsMedian);
    out.printf("speed-up: %.1fx%n", fullMedian / clsMedian);
  }

  private static double time(OutputLayer layer, INDArray hidden, int[] targets, float[] mask) {
    long t0 = System.nanoTime();
    step(layer, hidden, targets, mask);
    return (System.nanoTime() - t0) / 1e6;
  }

  private static void step(OutputLayer layer, INDArray hidden, int[] targets, float[] mask) {
    layer.params().forEach(Param::zeroGrad);
    OutputLayer.Loss loss = layer.loss(hidden, targets, mask);
    INDArray dh = loss.backward(1.0 / loss.tokens());
    dh.sumNumber(); // forces completion
  }

  /** Unigram probabilities of ranks 1..v under Zipf's law, word id = rank - 1. */
  private static double[] zipf(int v) {
    double[] p = new double[v];
    double z = 0;
    for (int r = 0; r < v; r++) {
      p[r] = 1.0 / (r + 1);
      z += p[r];
    }
    for (int r = 0; r < v; r++) {
      p[r] /= z;
    }
    return p;
  }

  /**
   * Mikolov-style frequency binning over words in decreasing probability: the class index grows by
   * one whenever the cumulative mass passes the next multiple of 1/c (at most one step per word,
   * so no class is empty; fewer than c classes may result).
   */
  private static WordClasses frequencyBins(double[] p, int c) {
    int[] wordToClass = new int[p.length];
    double cum = 0;
    int cls = 0;
    for (int w = 0; w < p.length; w++) {
      wordToClass[w] = cls;
      cum += p[w];
      if (cum > (cls + 1) / (double) c && cls < c - 1 && w < p.length - 1) {
        cls++;
      }
    }
    return WordClasses.fromWordToClass(wordToClass, wordToClass[p.length - 1] + 1);
  }

  private static int[] sample(double[] p, int n, SplittableRandom rnd) {
    double[] cdf = new double[p.length];
    double cum = 0;
    for (int i = 0; i < p.length; i++) {
      cum += p[i];
      cdf[i] = cum;
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int k = Arrays.binarySearch(cdf, rnd.nextDouble() * cum);
      out[i] = Math.min(p.length - 1, k >= 0 ? k : -k - 1);
    }
    return out;
  }

  private static int intArg(String[] args, int i, int def) {
    return args.length > i ? Integer.parseInt(args[i]) : def;
  }
}
