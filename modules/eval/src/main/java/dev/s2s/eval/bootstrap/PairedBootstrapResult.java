package dev.s2s.eval.bootstrap;

/**
 * The outcome of a paired bootstrap test of system B against baseline A.
 *
 * @param baseline system A (baseline)
 * @param system system B
 * @param pValue (c + 1) / (n + 1), where c counts resamples whose centred |B - A| difference
 *     exceeds the real |B - A| (sacreBLEU's paired bootstrap p-value)
 * @param resamples number of resamples n
 * @param seed the seed of the resampling
 */
public record PairedBootstrapResult(
    BootstrapEstimate baseline, BootstrapEstimate system, double pValue, int resamples, long seed) {}
