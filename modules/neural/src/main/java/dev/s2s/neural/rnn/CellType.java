package dev.s2s.neural.rnn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/** The available recurrent cells, with a factory. */
public enum CellType {
  TANH,
  IRNN,
  LSTM,
  GRU;

  /** A new cell named {@code name} (parameter names get suffixes ".Wx", ".b", ...). */
  public RecurrentCell create(String name, int inputSize, int hiddenSize, DataType dataType, SplittableRandom rnd) {
    switch (this) {
      case TANH:
        return new TanhRnn(name, inputSize, hiddenSize, dataType, rnd);
      case IRNN:
        return new Irnn(name, inputSize, hiddenSize, 1.0, dataType, rnd);
      case LSTM:
        return new Lstm(name, inputSize, hiddenSize, dataType, rnd);
      case GRU:
        return new Gru(name, inputSize, hiddenSize, dataType, rnd);
      default:
        throw new IllegalStateException("unknown cell " + this);
    }
  }
}
