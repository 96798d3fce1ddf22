package dev.s2s.neural.tagger;

import dev.s2s.neural.crf.BioTagSet;
import dev.s2s.neural.crf.LinearChainCrf;
import dev.s2s.neural.nn.Scratch;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Several taggers trained apart (other seeds, other settings) that tag as one: per token, the mean
 * of the members' emission scores {@code [T, B, K]}; with CRF heads, Viterbi under the mean of their
 * transition, start and end scores, which finds the tag sequence that maximises the product of the
 * members' sentence distributions (a product of experts); with softmax heads, the argmax of the mean
 * per token, which maximises the product of their per-token distributions.
 *
 * <p>Members keep their own vocabularies (each reads the words its own way) but must share the tag
 * set, in the same order, and the kind of head.
 */
public final class TaggerEnsemble implements TagPredictor {
  private final List<TaggerModel> members;
  private final LinearChainCrf meanCrf;

  /**
   * @throws IllegalArgumentException when {@code members} is empty or they differ in tags or head
   *     (callers that load user files check this first, with the files' names)
   */
  public TaggerEnsemble(List<TaggerModel> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least one tagger");
    }
    TaggerModel first = members.get(0);
    List<LinearChainCrf> crfs = new ArrayList<>();
    for (TaggerModel m : members) {
      if (!m.tags().tags().equals(first.tags().tags())) {
        throw new IllegalArgumentException("taggers with different tags: " + m.tags().tags() + " and " + first.tags().tags());
      }
      if (m.config().crf() != first.config().crf()) {
        throw new IllegalArgumentException("taggers with different heads: a CRF and a softmax");
      }
      if (m.head().crf() != null) {
        crfs.add(m.head().crf());
      }
    }
    this.members = List.copyOf(members);
    this.meanCrf = crfs.isEmpty() ? null : LinearChainCrf.mean("ensemble.crf", crfs);
  }

  @Override
  public BioTagSet tags() {
    return members.get(0).tags();
  }

  @Override
  public int[][] predictIds(List<TaggedSentence> sentences) {
    return Scratch.run("s2s-tagger-ensemble", () -> {
      INDArray sum = null;
      INDArray mask = null;
      for (TaggerModel m : members) {
        TaggerBatch batch = TaggerBatch.of(sentences, m.vocab(), m.dataType());
        INDArray emissions = m.emissions(batch);
        sum = sum == null ? emissions.dup() : sum.addi(emissions);
        mask = batch.mask();
      }
      return TaggingHead.decode(sum.divi(members.size()), mask, meanCrf);
    });
  }
}
