package dev.s2s.neural.crf;

/**
 * Result of {@link LinearChainCrf#forward}: the summed negative log-likelihood of the gold tag
 * sequences and the caches the backward pass needs.
 *
 * <p>Caches (all in double): emissions as a flat {@code [time, batch, tags]} array, the forward
 * log-scores {@code alpha[b][t][k]} for t below the length of sequence b, log-partition per
 * sequence, the gold tags and the lengths.
 */
public final class CrfForward {
  private final double loss;
  private final double[] logPartition;
  private final double[] goldScore;
  final double[] emissions;
  final double[][][] alpha;
  final int[][] gold;
  final int[] lengths;
  final int time;

  CrfForward(
      double[] logPartition, double[] goldScore, double[] emissions, double[][][] alpha,
      int[][] gold, int[] lengths, int time) {
    this.logPartition = logPartition;
    this.goldScore = goldScore;
    this.emissions = emissions;
    this.alpha = alpha;
    this.gold = gold;
    this.lengths = lengths;
    this.time = time;
    double sum = 0;
    for (int b = 0; b < logPartition.length; b++) {
      sum += logPartition[b] - goldScore[b];
    }
    this.loss = sum;
  }

  /** Sum over the batch of -log p(gold | x), in nats. */
  public double loss() {
    return loss;
  }

  /** Number of sequences in the batch. */
  public int batchSize() {
    return lengths.length;
  }

  /** Number of real (unmasked) tokens in the batch. */
  public long tokenCount() {
    long n = 0;
    for (int len : lengths) {
      n += len;
    }
    return n;
  }

  /** log Z(x) of sequence b. */
  public double logPartition(int b) {
    return logPartition[b];
  }

  /** Unnormalised score of the gold sequence b. */
  public double goldScore(int b) {
    return goldScore[b];
  }
}
