/**
 * Chunk / named-entity evaluation identical to conlleval 2004-01-26 ({@link
 * dev.s2s.eval.conll.ConllEval}), its report text, the numbers as an API ({@link
 * dev.s2s.eval.conll.ConllResult}) and a paired bootstrap test of span F1 ({@link
 * dev.s2s.eval.conll.SpanF1Bootstrap}).
 */
package dev.s2s.eval.conll;
