package dev.s2s.tasks.suite;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.s2s.experiment.config.ConfigEnum;

/**
 * A metric of a suite ({@code metrics:}), with the task it applies to and its column title in
 * the results table. Higher is better for all but {@link #PERPLEXITY}.
 */
public enum SuiteMetric implements ConfigEnum {
  /** Corpus BLEU as sacreBLEU 2.6.0 computes it (13a, mixed case, exp smoothing). */
  BLEU("bleu", "BLEU", SuiteTask.TRANSLATION),
  /** Corpus chrF2 as sacreBLEU 2.6.0 computes it (character order 6, no word n-grams). */
  CHRF("chrf", "chrF2", SuiteTask.TRANSLATION),
  /** Overall span F1 in percent, as conlleval (2004-01-26) computes it. */
  F1("f1", "F1", SuiteTask.TAGGING),
  /** Perplexity over every predicted token, end of sentence included. */
  PERPLEXITY("perplexity", "PPL", SuiteTask.LM);

  private final String key;
  private final String title;
  private final SuiteTask task;

  SuiteMetric(String key, String title, SuiteTask task) {
    this.key = key;
    this.title = title;
    this.task = task;
  }

  @JsonValue
  @Override
  public String key() {
    return key;
  }

  /** Column title in the results table and chart axis title. */
  public String title() {
    return title;
  }

  /** The task whose outputs this metric scores. */
  public SuiteTask task() {
    return task;
  }

  @Override
  public String toString() {
    return key;
  }
}
