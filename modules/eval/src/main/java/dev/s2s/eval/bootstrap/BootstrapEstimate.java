package dev.s2s.eval.bootstrap;

/**
 * A system's score with its bootstrap estimate, as sacreBLEU reports it ({@code 42.01 (42.00 ±
 * 1.23)}).
 *
 * @param score the score on the real corpus
 * @param mean mean of the resampled scores
 * @param ci half-width of the 95% interval: half the distance between the resampled scores at
 *     sorted positions n/40 and n - n/40 - 1
 * @param lower the resampled score at sorted position n/40 (lower end of the 95% interval)
 * @param upper the resampled score at sorted position n - n/40 - 1 (upper end)
 */
public record BootstrapEstimate(double score, double mean, double ci, double lower, double upper) {}
