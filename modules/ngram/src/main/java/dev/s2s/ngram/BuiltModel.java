package dev.s2s.ngram;

import java.util.List;

/**
 * A model estimated from counts, with what the estimation measured.
 *
 * @param model the model in backoff form
 * @param discounts Kneser-Ney discounts of orders 1..N (index 0 = order 1); empty for add-k
 * @param sentences number of training sentences
 * @param tokens number of training tokens counted, including one {@code </s>} per sentence
 */
public record BuiltModel(BackoffModel model, List<KneserNeyDiscounts> discounts, long sentences, long tokens) {
  public BuiltModel {
    discounts = List.copyOf(discounts);
  }
}
