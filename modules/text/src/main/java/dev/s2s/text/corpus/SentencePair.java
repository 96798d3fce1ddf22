package dev.s2s.text.corpus;

/** A source/target sentence pair read from line {@code line} (1-based) of a delimited file. */
public record SentencePair(long line, String source, String target) {}
