package dev.s2s.neural.rnn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/** The available recurrent cells, with a factory. */
public enum CellType {
  TANH,
  IRNN,
  LSTM,
  GRU;

  /** A new cell named {@code name} (parameter names get suffixes ".Wx", ".b", ...); an IRNN starts from U = I. */
  public RecurrentCell create(String name, int inputSize, int hiddenSize, DataType dataType, SplittableRandom rnd) {
    return create(name, inputSize, hiddenSize, 1.0, dataType, rnd);
  }

  /**
   * As {@link #create(String, int, int, DataType, SplittableRandom)}, an IRNN's recurrent matrix
   * starting from {@code identityScale} times the identity (Le et al. 2015 use I or a scaled I).
   *
   * @throws IllegalArgumentException if the scale is not > 0, or is not 1 for a cell other than IRNN
   */
  public RecurrentCell create(String name, int inputSize, int hiddenSize, double identityScale, DataType dataType,
      SplittableRandom rnd) {
    checkIdentityScale(identityScale);
    switch (this) {
      case TANH:
        return new TanhRnn(name, inputSize, hiddenSize, dataType, rnd);
      case IRNN:
        return new Irnn(name, inputSize, hiddenSize, identityScale, dataType, rnd);
      case LSTM:
        return new Lstm(name, inputSize, hiddenSize, dataType, rnd);
      case GRU:
        return new Gru(name, inputSize, hiddenSize, dataType, rnd);
      default:
        throw new IllegalStateException("unknown cell " + this);
    }
  }

  /** Rejects a scale that is not > 0, or that is not 1 for a cell without an identity initialisation. */
  public void checkIdentityScale(double identityScale) {
    if (!(identityScale > 0) || Double.isInfinite(identityScale)) {
      throw new IllegalArgumentException("identity scale must be finite and > 0, got " + identityScale);
    }
    if (this != IRNN && identityScale != 1.0) {
      throw new IllegalArgumentException("identity scale " + identityScale + " given for a " + this
          + " cell; only IRNN starts from a (scaled) identity");
    }
  }
}
