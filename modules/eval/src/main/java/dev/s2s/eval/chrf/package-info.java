/** chrF and chrF++ identical to sacreBLEU 2.6.0 ({@link dev.s2s.eval.chrf.Chrf}). */
package dev.s2s.eval.chrf;
