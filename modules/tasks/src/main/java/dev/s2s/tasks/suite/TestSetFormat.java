package dev.s2s.tasks.suite;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.s2s.experiment.config.ConfigEnum;

/** How a test set is stored ({@code format:} of a test set), one format per task. */
public enum TestSetFormat implements ConfigEnum {
  /** Line-aligned files {@code <prefix>.<source>} and {@code <prefix>.<target>} (or .gz). */
  PARALLEL("parallel", SuiteTask.TRANSLATION),
  /** A CoNLL column file, token first and the gold tag last. */
  CONLL("conll", SuiteTask.TAGGING),
  /** Whitespace-tokenized running text, one sentence per line. */
  PLAIN("plain", SuiteTask.LM);

  private final String key;
  private final SuiteTask task;

  TestSetFormat(String key, SuiteTask task) {
    this.key = key;
    this.task = task;
  }

  @JsonValue
  @Override
  public String key() {
    return key;
  }

  /** The task whose test sets use this format. */
  public SuiteTask task() {
    return task;
  }

  @Override
  public String toString() {
    return key;
  }
}
