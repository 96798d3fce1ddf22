package dev.s2s.neural.seq2seq;

import dev.s2s.neural.nn.OutputLayer;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Builds a decoder's output layer (e.g. a class-based softmax) instead of the default full
 * softmax. The layer must map [n, inputSize] to a distribution over {@code vocab} tokens.
 */
@FunctionalInterface
public interface OutputLayerFactory {
  /**
   * @param name parameter name prefix to use ("decoder.de.out")
   * @param lang target language of the decoder
   */
  OutputLayer create(String name, String lang, int inputSize, int vocab, DataType dataType, SplittableRandom rnd);
}
