package dev.s2s.tasks.multitask;

import dev.s2s.neural.train.SentencePair;
import java.util.List;

/**
 * One task of the mix: translation into one language or tagging. For tagging, a pair's source is
 * the token ids and its "target" the gold tag ids (same length).
 *
 * @param name "translation.&lt;lang&gt;" or "tagging" (keys of the saved data positions)
 * @param language the target language, or null for tagging
 * @param weight sampling weight (> 0)
 * @param data the training examples
 * @param groups the parameter groups a step of this task updates
 */
record TrainingTask(String name, String language, double weight, List<SentencePair> data, List<String> groups) {
  static final String TAGGING = "tagging";

  static TrainingTask translation(String lang, double weight, List<SentencePair> data) {
    return new TrainingTask(
        "translation." + lang, lang, weight, data, List.of(MultiTaskModel.ENCODER_GROUP, MultiTaskModel.decoderGroup(lang)));
  }

  static TrainingTask tagging(double weight, List<SentencePair> data) {
    return new TrainingTask(TAGGING, null, weight, data, List.of(MultiTaskModel.ENCODER_GROUP, MultiTaskModel.HEAD));
  }

  boolean isTagging() {
    return language == null;
  }
}
