/**
 * Reference systems from other toolkits, trained, run and scored the toolkit's way.
 *
 * <p>{@link dev.s2s.baselines.CoreNlpCrfNer} trains Stanford CoreNLP's linear-chain CRF
 * ({@code CRFClassifier}) on toolkit-read CoNLL data with a standard CoNLL-2003 feature set
 * ({@link dev.s2s.baselines.CrfFeatureSet}, no distributional-similarity clusters), tags token
 * lists and is scored with the toolkit's conlleval ({@link dev.s2s.baselines.NerScoring}).
 */
package dev.s2s.baselines;
