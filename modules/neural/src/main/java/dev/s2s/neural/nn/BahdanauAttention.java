package dev.s2s.neural.nn;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Additive attention (Bahdanau et al. 2015): score(s, h_j) = v^T tanh(W_s s + W_h h_j + b),
 * weights = softmax over the real source positions, context = sum_j a_j h_j.
 *
 * <p>Shapes: decoder state s {@code [B, Hd]}; encoder states {@code [S, B, He]}; source mask
 * {@code [S, B]} (1 real, 0 padding; every column needs a real position); keys W_h h + b {@code
 * [S, B, A]}, computed once per batch by {@link #precomputeKeys}. Parameters: W_s {@code [Hd, A]},
 * W_h {@code [He, A]}, b {@code [1, A]}, v {@code [A, 1]}.
 *
 * <p>Use per batch: keys = precomputeKeys(enc); each step: forward(...) then (in reverse order)
 * backward(...), summing the dKeys of all steps; finally backwardKeys(enc, summed dKeys) and add
 * its result to the summed dEncoderStates.
 */
public final class BahdanauAttention {
  /** Score added at padded source positions before the softmax. */
  private static final double MASKED_SCORE = -1e9;

  private final int decoderSize;
  private final int encoderSize;
  private final int attentionSize;
  private final Param stateWeight;
  private final Param keyWeight;
  private final Param keyBias;
  private final Param scoreVector;

  /**
   * @param name parameter name prefix ("decoder.de.attention")
   * @param decoderSize Hd
   * @param encoderSize He
   * @param attentionSize A, the size of the hidden layer of the scoring network
   */
  public BahdanauAttention(
      String name, int decoderSize, int encoderSize, int attentionSize, DataType dataType,
      SplittableRandom rnd) {
    this.decoderSize = decoderSize;
    this.encoderSize = encoderSize;
    this.attentionSize = attentionSize;
    this.stateWeight = new Param(name + ".Ws", Nd4j.zeros(dataType, decoderSize, attentionSize));
    this.keyWeight = new Param(name + ".Wh", Nd4j.zeros(dataType, encoderSize, attentionSize));
    this.keyBias = new Param(name + ".b", Nd4j.zeros(dataType, 1, attentionSize));
    this.scoreVector = new Param(name + ".v", Nd4j.zeros(dataType, attentionSize, 1));
    Init.xavierUniform(stateWeight.value(), rnd);
    Init.xavierUniform(keyWeight.value(), rnd);
    Init.xavierUniform(scoreVector.value(), rnd);
  }

  /** W_s [Hd, A], W_h [He, A], b [1, A], v [A, 1]. */
  public List<Param> params() {
    return List.of(stateWeight, keyWeight, keyBias, scoreVector);
  }

  public int attentionSize() {
    return attentionSize;
  }

  /** Keys W_h h + b: {@code [S, B, A]} for encoder states {@code [S, B, He]}. */
  public INDArray precomputeKeys(INDArray encoderStates) {
    Shapes.require("attention encoder states", encoderStates, -1, -1, encoderSize);
    long s = encoderStates.size(0);
    long b = encoderStates.size(1);
    INDArray flat = encoderStates.dup('c').reshape(s * b, encoderSize);
    return Blas.mmul(flat, keyWeight.value()).addiRowVector(keyBias.value()).reshape(s, b, attentionSize);
  }

  /**
   * Adds the W_h and b gradients for the summed key gradient {@code dKeys [S, B, A]} and returns
   * the encoder-state gradient through the keys, {@code [S, B, He]}.
   */
  public INDArray backwardKeys(INDArray encoderStates, INDArray dKeys) {
    long s = encoderStates.size(0);
    long b = encoderStates.size(1);
    Shapes.require("attention key gradient", dKeys, s, b, attentionSize);
    INDArray flat = encoderStates.dup('c').reshape(s * b, encoderSize);
    INDArray dk = dKeys.dup('c').reshape(s * b, attentionSize);
    Blas.gemm(flat, true, dk, false, keyWeight.grad(), 1.0, 1.0);
    keyBias.grad().addi(dk.sum(true, 0));
    return Blas.mmul(dk, false, keyWeight.value(), true).reshape(s, b, encoderSize);
  }

  /**
   * One decoder step.
   *
   * @param decoderState {@code [B, Hd]}
   * @param encoderStates {@code [S, B, He]}
   * @param keys {@code [S, B, A]} from {@link #precomputeKeys}
   * @param sourceMask {@code [S, B]}
   */
  public AttentionStep forward(
      INDArray decoderState, INDArray encoderStates, INDArray keys, INDArray sourceMask) {
    long s = encoderStates.size(0);
    long b = encoderStates.size(1);
    Shapes.require("attention decoder state", decoderState, b, decoderSize);
    Shapes.require("attention encoder states", encoderStates, s, b, encoderSize);
    Shapes.require("attention keys", keys, s, b, attentionSize);
    Shapes.require("attention source mask", sourceMask, s, b);
    INDArray query = Blas.mmul(decoderState, stateWeight.value()); // [B, A]
    INDArray act = Transforms.tanh(keys.add(query.reshape(1, b, attentionSize)), false); // [S, B, A]
    INDArray scores = Blas.mmul(act.reshape(s * b, attentionSize), scoreVector.value()).reshape(s, b);
    INDArray mask = sourceMask.castTo(scores.dataType());
    scores.addi(mask.rsub(1.0).muli(MASKED_SCORE));
    scores.subiRowVector(scores.max(true, 0));
    INDArray weights = Transforms.exp(scores, false).muli(mask);
    weights.diviRowVector(weights.sum(true, 0));
    INDArray context = encoderStates.mul(weights.reshape(s, b, 1)).sum(0); // [B, He]
    return new AttentionStep(context, weights, decoderState, encoderStates, act);
  }

  /**
   * Adds the W_s and v gradients of one step and returns the input gradients.
   *
   * @param dContext {@code [B, He]}
   * @param dWeights {@code [S, B]} gradient flowing into the weights directly (e.g. a coverage
   *     term), or null
   */
  public AttentionStep.Gradients backward(AttentionStep step, INDArray dContext, INDArray dWeights) {
    INDArray enc = step.encoderStates;
    INDArray a = step.weights();
    long s = enc.size(0);
    long b = enc.size(1);
    Shapes.require("attention context gradient", dContext, b, encoderSize);
    INDArray dCtx = dContext.reshape(1, b, encoderSize);
    INDArray dEnc = a.reshape(s, b, 1).mul(dCtx); // [S, B, He]
    INDArray dA = enc.mul(dCtx).sum(2); // [S, B]
    if (dWeights != null) {
      Shapes.require("attention weight gradient", dWeights, s, b);
      dA.addi(dWeights);
    }
    INDArray dScores = dA.subRowVector(a.mul(dA).sum(true, 0)).muli(a); // softmax backward
    INDArray act = step.activations.reshape(s * b, attentionSize);
    INDArray dFlat = dScores.reshape(s * b, 1);
    Blas.gemm(act, true, dFlat, false, scoreVector.grad(), 1.0, 1.0);
    INDArray dAct = Blas.mmul(dFlat, scoreVector.value().reshape(1, attentionSize)); // [S*B, A]
    INDArray dPre = dAct.muli(act.mul(act).rsubi(1.0)).reshape(s, b, attentionSize);
    INDArray dQuery = dPre.sum(0); // [B, A]
    Blas.gemm(step.decoderState, true, dQuery, false, stateWeight.grad(), 1.0, 1.0);
    INDArray dState = Blas.mmul(dQuery, false, stateWeight.value(), true);
    return new AttentionStep.Gradients(dState, dEnc, dPre);
  }
}
