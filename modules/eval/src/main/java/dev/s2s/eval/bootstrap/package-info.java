/**
 * Paired bootstrap resampling between two systems on summed segment statistics, as sacreBLEU's
 * {@code --paired-bs} (seeded, 95% interval, p-value).
 */
package dev.s2s.eval.bootstrap;
