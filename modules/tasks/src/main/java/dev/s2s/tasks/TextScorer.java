package dev.s2s.tasks;

import dev.s2s.eval.Perplexity;
import java.util.List;

/**
 * A language model that scores whitespace-tokenized sentences: every token and each sentence end
 * is predicted and counted (see {@link Perplexity} for the convention).
 */
public interface TextScorer {
  Perplexity score(List<List<String>> sentences);
}
