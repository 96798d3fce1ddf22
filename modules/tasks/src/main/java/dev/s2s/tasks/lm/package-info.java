/**
 * Language modelling as a task: {@link dev.s2s.tasks.lm.LmTaskTrainer} trains the n-gram or RNN
 * model an experiment's {@code lm} section describes into a run directory, {@link
 * dev.s2s.tasks.lm.RunLanguageModel} loads either kind back as a {@link dev.s2s.tasks.TextScorer},
 * and {@link dev.s2s.tasks.lm.GradientDecay} measures how back-propagated errors shrink or grow
 * with the distance in time inside a trained recurrent model.
 *
 * <p>Counting convention (shared with the n-gram models and {@link dev.s2s.eval.Perplexity}): every
 * word of a sentence and one {@code </s>} per sentence are predicted and counted; words outside
 * the vocabulary are scored as {@code <unk>} and counted. The RNN reads a text as one stream
 * {@code </s> s1 </s> s2 </s> ...}, carrying its state across sentence ends (as Mikolov's RNNLM).
 */
package dev.s2s.tasks.lm;
