package dev.s2s.neural.train;

/** One training example: source ids and target ids (target without BOS/EOS). */
public record SentencePair(int[] source, int[] target) {}
