package dev.s2s.neural.train;

import dev.s2s.neural.seq2seq.Seq2SeqModel;

/** Computes a validation metric (e.g. dev BLEU or dev loss) of the current model. */
@FunctionalInterface
public interface Validator {
  double evaluate(Seq2SeqModel model, long step);
}
