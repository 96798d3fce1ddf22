/**
 * Corpus and sentence BLEU identical to sacreBLEU 2.6.0: {@link dev.s2s.eval.bleu.Bleu} with
 * {@link dev.s2s.eval.bleu.BleuSettings}, the 13a / intl / none tokenizers, smoothing methods, and
 * {@link dev.s2s.eval.bleu.BleuScore} results with sacreBLEU signatures ({@code version:2.6.0}
 * means "compatible with sacreBLEU 2.6.0").
 */
package dev.s2s.eval.bleu;
