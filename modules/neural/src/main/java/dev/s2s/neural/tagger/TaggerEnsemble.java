package dev.s2s.neural.tagger;

import dev.s2s.neural.crf.EntityTagSet;
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
    List<LinearChainCrf> crfs = new ArrayList<>();
    for (TaggerModel m : members) {
      String why = incompatibility(members.get(0), m);
      if (why != null) {
        throw new IllegalArgumentException("taggers that cannot tag as one: " + why);
      }
      if (m.head().crf() != null) {
        crfs.add(m.head().crf());
      }
    }
    this.members = List.copyOf(members);
    this.meanCrf = crfs.isEmpty() ? null : LinearChainCrf.mean("ensemble.crf", crfs);
  }

  /**
   * Why {@code a} and {@code b} cannot be members of one ensemble (their tags differ, in set or
   * order, or one has a CRF head and the other a softmax head), or null when they can.
   */
  public static String incompatibility(TaggerModel a, TaggerModel b) {
    if (!a.tags().tags().equals(b.tags().tags())) {
      return "their tags differ (" + a.tags().tags() + " against " + b.tags().tags() + ")";
    }
    if (a.config().crf() != b.config().crf()) {
      return "one has a CRF head and the other a softmax head (tagging.head)";
    }
    return null;
  }

  @Override
  public EntityTagSet tags() {
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
