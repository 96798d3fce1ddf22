package dev.s2s.tasks.suite;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.s2s.experiment.config.ConfigEnum;

/** What the models of a suite do ({@code task:} of a suite file). */
public enum SuiteTask implements ConfigEnum {
  /** Translation systems, scored with BLEU and chrF against one reference. */
  TRANSLATION("translation"),
  /** IOB2 taggers, scored with conlleval span F1. */
  TAGGING("tagging"),
  /** Language models, scored with perplexity. */
  LM("lm");

  private final String key;

  SuiteTask(String key) {
    this.key = key;
  }

  @JsonValue
  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
