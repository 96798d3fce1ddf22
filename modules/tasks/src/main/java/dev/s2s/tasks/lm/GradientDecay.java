package dev.s2s.tasks.lm;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.neural.lm.RnnLanguageModel;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.rnn.RecurrentLayer;
import dev.s2s.neural.rnn.SequenceLayer;
import dev.s2s.neural.rnn.StackedRnn;
import dev.s2s.tasks.NeuralSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures, on real text, how the error back-propagated inside each recurrent layer of a trained
 * language model depends on the distance in time: at many positions t of the text, a random unit
 * gradient u on h_t is carried back with the cells' backward pass ({@link BackpropNorms}) and
 * {@code ||u^T dh_t/dh_{t-d}||} recorded for d = 0..D. Each window starts from a zero state and
 * runs {@code warmup} steps before the first state differentiated (as the model starts each
 * segment), so a window reads warmup + D tokens; the model's layers are evaluated without dropout
 * and the inputs of each layer are held fixed.
 */
public final class GradientDecay {
  private GradientDecay() {}

  /**
   * Averages over positions, per layer.
   *
   * @param layer recurrent layer index, 0 = reading the embeddings
   * @param meanNorm arithmetic mean of the norms at distance d, d = 0..D
   * @param geometricMeanNorm geometric mean (exp of the mean log; zero norms give 0)
   * @param positions number of positions averaged
   */
  public record Curve(int layer, double[] meanNorm, double[] geometricMeanNorm, int positions) {}

  /**
   * @param lm the trained model
   * @param ids a token id stream (e.g. from {@link TokenIds})
   * @param maxDistance D
   * @param positions number of positions t averaged (drawn uniformly with {@code seed})
   * @param warmup steps run from a zero state before the window
   * @param batch positions processed together
   */
  public static List<Curve> measure(TrainedRnnLm lm, int[] ids, int maxDistance, int positions, int warmup, int batch, long seed) {
    int window = warmup + maxDistance;
    if (ids.length < window) {
      throw new UserException("the text has " + ids.length + " tokens (with one </s> per sentence) but measuring "
          + "distances up to " + maxDistance + " needs at least " + window + " (" + warmup + " warm-up + "
          + maxDistance + "); use a longer text or a smaller --max-distance");
    }
    StackedRnn rnn = copyRecurrentLayers(lm);
    INDArray embedding = lm.model().params().get("lm.emb.W").value();
    int layers = rnn.layers().size();
    double[][] sum = new double[layers][maxDistance + 1];
    double[][] logSum = new double[layers][maxDistance + 1];
    int[][] zeros = new int[layers][maxDistance + 1];
    SplittableRandom rnd = new SplittableRandom(seed);
    int done = 0;
    while (done < positions) {
      int b = Math.min(batch, positions - done);
      int[] starts = new int[b];
      for (int i = 0; i < b; i++) {
        starts[i] = rnd.nextInt(ids.length - window + 1);
      }
      INDArray x = inputs(embedding, ids, starts, window);
      for (int l = 0; l < layers; l++) {
        RecurrentLayer layer = (RecurrentLayer) rnn.layers().get(l);
        INDArray unit = randomUnitRows(b, layer.outputSize(), rnd, embedding.dataType());
        double[][] norms = BackpropNorms.compute(layer.cell(), layer.project(x), null, unit, maxDistance);
        for (int d = 0; d <= maxDistance; d++) {
          for (double n : norms[d]) {
            sum[l][d] += n;
            if (n > 0) {
              logSum[l][d] += Math.log(n);
            } else {
              zeros[l][d]++;
            }
          }
        }
        x = layer.forward(x, null, null).outputs();
      }
      done += b;
    }
    List<Curve> curves = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      double[] mean = new double[maxDistance + 1];
      double[] geo = new double[maxDistance + 1];
      for (int d = 0; d <= maxDistance; d++) {
        mean[d] = sum[l][d] / positions;
        geo[d] = zeros[l][d] > 0 ? 0.0 : Math.exp(logSum[l][d] / positions);
      }
      curves.add(new Curve(l, mean, geo, positions));
    }
    return curves;
  }

  /** A label for plots: experiment name, cell, layers, clipping. */
  public static String label(ExperimentConfig c) {
    var clip = c.training().clip();
    return c.name() + " (" + c.model().cell() + ", clip " + clip.mode()
        + (clip.mode() == dev.s2s.experiment.config.ClipMode.NONE ? "" : " " + clip.value()) + ")";
  }

  /** Embeddings of the windows, time-major {@code [window, b, E]}. */
  private static INDArray inputs(INDArray embedding, int[] ids, int[] starts, int window) {
    int b = starts.length;
    int[] rows = new int[window * b];
    for (int t = 0; t < window; t++) {
      for (int i = 0; i < b; i++) {
        rows[t * b + i] = ids[starts[i] + t];
      }
    }
    INDArray flat = embedding.getRows(rows);
    return flat.reshape('c', window, b, embedding.size(1));
  }

  private static INDArray randomUnitRows(int rows, int cols, SplittableRandom rnd, DataType dt) {
    double[] v = new double[rows * cols];
    for (int r = 0; r < rows; r++) {
      double sq = 0;
      for (int c = 0; c < cols; c++) {
        double g = gaussian(rnd);
        v[r * cols + c] = g;
        sq += g * g;
      }
      double norm = Math.sqrt(sq);
      for (int c = 0; c < cols; c++) {
        v[r * cols + c] /= norm;
      }
    }
    return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE).castTo(dt);
  }

  private static double gaussian(SplittableRandom rnd) {
    double u1 = 1.0 - rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * A stack of recurrent layers with the same structure and names as the model's ({@code
   * lm.rnn.l<k>...}) holding copies of its trained values; the model keeps its layers private.
   */
  private static StackedRnn copyRecurrentLayers(TrainedRnnLm lm) {
    ExperimentConfig c = lm.config();
    RnnLanguageModel model = lm.model();
    StackedRnn rnn = StackedRnn.build("lm.rnn", NeuralSettings.cell(c.model().cell()), c.model().embedding(),
        c.model().hidden(), c.model().layers(), false, 0.0, model.dataType(), new SplittableRandom(0));
    Map<String, INDArray> trained = new HashMap<>();
    for (Param p : model.params().list()) {
      trained.put(p.name(), p.value());
    }
    for (SequenceLayer layer : rnn.layers()) {
      for (Param p : layer.params()) {
        INDArray v = trained.get(p.name());
        if (v == null) {
          throw new IllegalStateException("the model has no parameter " + p.name());
        }
        p.value().assign(v);
      }
    }
    return rnn;
  }
}
