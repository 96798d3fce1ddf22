package dev.s2s.neural.seq2seq;

/** Ids of the padding, begin-of-sentence and end-of-sentence tokens of a target vocabulary. */
public record SpecialTokens(int pad, int bos, int eos) {}
