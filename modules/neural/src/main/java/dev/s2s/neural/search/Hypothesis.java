package dev.s2s.neural.search;

/**
 * A decoded output.
 *
 * @param tokens output ids without the end marker
 * @param logProb natural-log probability of tokens (plus the end marker if finished)
 * @param score length-normalised score used for ranking
 * @param finished whether the end marker was produced within the maximum length
 */
public record Hypothesis(int[] tokens, double logProb, double score, boolean finished) {}
