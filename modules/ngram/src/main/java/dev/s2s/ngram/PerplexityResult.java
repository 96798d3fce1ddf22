package dev.s2s.ngram;

import dev.s2s.eval.Perplexity;

/**
 * The result of scoring a text with an n-gram model.
 *
 * @param sentences number of sentences scored
 * @param words number of words in the text (without {@code </s>})
 * @param oovs words outside the model's vocabulary
 * @param oovsScoredAsUnk whether OOVs were scored as {@code <unk>} and counted (the model has an
 *     {@code <unk>} probability) or skipped (it has none)
 * @param zeroProbabilities in-vocabulary tokens the model gives probability zero; skipped
 * @param log10Prob summed log10 probability of the counted tokens
 * @param perplexity perplexity over the counted tokens (words scored plus one {@code </s>} per
 *     sentence)
 */
public record PerplexityResult(
    long sentences,
    long words,
    long oovs,
    boolean oovsScoredAsUnk,
    long zeroProbabilities,
    double log10Prob,
    Perplexity perplexity) {

  /** Number of tokens the perplexity averages over. */
  public long countedTokens() {
    return perplexity.tokens();
  }

  /** One sentence describing how OOVs were treated. */
  public String oovConvention() {
    return oovsScoredAsUnk
        ? "OOV words are scored as <unk> and counted in the perplexity (KenLM convention)"
        : "the model has no <unk>: OOV words are skipped, not counted (SRILM convention)";
  }
}
