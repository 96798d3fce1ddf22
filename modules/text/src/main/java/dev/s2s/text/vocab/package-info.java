/**
 * Vocabularies (token to id with special tokens and unknown-word fallback) built from token counts,
 * frequency-binned word classes for class-based softmax, and their text file format.
 */
package dev.s2s.text.vocab;
