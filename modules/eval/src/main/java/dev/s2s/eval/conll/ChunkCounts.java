package dev.s2s.eval.conll;

/**
 * Chunk (phrase) counts for one type or for all types, and the percentages conlleval derives
 * from them, computed in the same order of double operations as conlleval.
 *
 * @param gold chunks in the gold column ("phrases")
 * @param found chunks in the predicted column ("found")
 * @param correct predicted chunks with the same boundaries and type as a gold chunk
 */
public record ChunkCounts(long gold, long found, long correct) {
  /** Precision in percent; 0 when nothing was found. */
  public double precision() {
    return found > 0 ? 100.0 * correct / found : 0.0;
  }

  /** Recall in percent; 0 when there are no gold chunks. */
  public double recall() {
    return gold > 0 ? 100.0 * correct / gold : 0.0;
  }

  /** F1 (conlleval's FB1) in percent; 0 when precision + recall is 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }

  /** Element-wise sum. */
  public ChunkCounts plus(ChunkCounts o) {
    return new ChunkCounts(gold + o.gold, found + o.found, correct + o.correct);
  }
}
