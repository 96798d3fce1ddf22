/**
 * CoNLL column files (one token per line, blank lines between sentences, {@code -DOCSTART-} lines
 * between documents) and chunk tag schemes (IOB1, IOB2/BIO, IO). Everything read is normalised to
 * IOB2; writers convert back to the scheme asked for.
 */
package dev.s2s.text.conll;
