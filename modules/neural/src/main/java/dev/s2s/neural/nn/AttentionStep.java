package dev.s2s.neural.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One decoder step of {@link BahdanauAttention}: the context vector {@code [B, He]} and the
 * attention weights {@code [S, B]} (each column sums to 1 over real source positions, exactly 0 at
 * padding), plus the caches backward needs: decoder state {@code [B, Hd]}, encoder states {@code
 * [S, B, He]}, tanh activations {@code [S, B, A]}.
 */
public final class AttentionStep {
  private final INDArray context;
  private final INDArray weights;
  final INDArray decoderState;
  final INDArray encoderStates;
  final INDArray activations;

  AttentionStep(
      INDArray context, INDArray weights, INDArray decoderState, INDArray encoderStates,
      INDArray activations) {
    this.context = context;
    this.weights = weights;
    this.decoderState = decoderState;
    this.encoderStates = encoderStates;
    this.activations = activations;
  }

  /** Context vector {@code [B, He]}. */
  public INDArray context() {
    return context;
  }

  /** Attention weights {@code [S, B]}. */
  public INDArray weights() {
    return weights;
  }

  /**
   * Gradients of one step's backward pass.
   *
   * @param dDecoderState {@code [B, Hd]}
   * @param dEncoderStates {@code [S, B, He]} through the context sum only (the keys path comes
   *     from {@link BahdanauAttention#backwardKeys})
   * @param dKeys {@code [S, B, A]}; accumulate over steps and pass once to backwardKeys
   */
  public record Gradients(INDArray dDecoderState, INDArray dEncoderStates, INDArray dKeys) {}
}
