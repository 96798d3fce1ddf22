package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Param;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer mapping a time-major sequence [time, batch, inputSize] with a padding mask [time, batch]
 * and an optional initial state [batch, outputSize] to outputs [time, batch, outputSize] and a
 * final state [batch, outputSize] (the state after each row's last real step).
 */
public interface SequenceLayer {
  int inputSize();

  int outputSize();

  List<Param> params();

  /** @param initial [batch, outputSize] or null for zeros */
  Forward forward(INDArray x, INDArray mask, INDArray initial);

  /**
   * Adds parameter gradients and returns input gradients.
   *
   * @param dOutputs [time, batch, outputSize] or null
   * @param dFinal [batch, outputSize] or null
   */
  Backward backward(Forward f, INDArray dOutputs, INDArray dFinal);

  /** Forward result: outputs, final state, and whatever backward needs. */
  interface Forward {
    /** [time, batch, outputSize] */
    INDArray outputs();

    /** [batch, outputSize] */
    INDArray finalState();
  }

  /**
   * Input gradients.
   *
   * @param dInputs [time, batch, inputSize]
   * @param dInitial [batch, outputSize] gradient w.r.t. the initial state (zero-state too)
   */
  record Backward(INDArray dInputs, INDArray dInitial) {}
}
