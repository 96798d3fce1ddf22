package dev.s2s.tasks.multitask;

/**
 * The loss of one update.
 *
 * @param task the task's name
 * @param nll summed negative log-likelihood in nats (per target token for translation, per
 *     sentence with a CRF head or per token with softmax for tagging)
 * @param tokens target tokens (with end markers) or tagged tokens; the gradient is that of nll / tokens
 * @param gradNorm global gradient L2 norm before clipping
 */
record StepLoss(String task, double nll, long tokens, double gradNorm) {
  double perToken() {
    return nll / Math.max(1, tokens);
  }
}
