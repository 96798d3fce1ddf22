package dev.s2s.tasks.suite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.s2s.experiment.config.ConfigEnum;
import dev.s2s.experiment.config.InvalidValueException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An evaluation suite, as written in a YAML file under {@code eval/}: which models to score on
 * which test sets with which metrics. Load with {@link #load(Path, Path)}.
 *
 * <ul>
 *   <li>{@code suite} (required): the suite name; results go to {@code <results base>/<suite>/}.
 *   <li>{@code task} (required): translation, tagging or lm.
 *   <li>{@code metrics} (required, non-empty, distinct): metrics of the task (translation: bleu,
 *       chrf; tagging: f1; lm: perplexity); the first is the main metric (charted).
 *   <li>{@code testsets} (required, non-empty, distinct names): see {@link TestSetSpec}.
 *   <li>{@code models} (required, non-empty, distinct names): see {@link ModelSpec}.
 * </ul>
 *
 * @param file the suite file (absolute); null until loaded
 */
public record SuiteDefinition(
    String suite,
    SuiteTask task,
    List<SuiteMetric> metrics,
    List<TestSetSpec> testsets,
    List<ModelSpec> models,
    Path file) {
  /** Validates (key paths relative to the top level). */
  public SuiteDefinition {
    Names.fileName("suite", suite, "the suite name (results go to <results>/<suite>/)");
    if (task == null) {
      throw InvalidValueException.missing("task", ConfigEnum.choices(SuiteTask.class));
    }
    metrics = checkMetrics(task, metrics);
    testsets = checkTestSets(task, testsets);
    models = checkModels(task, models);
  }

  @JsonCreator
  static SuiteDefinition fromYaml(
      @JsonProperty("suite") String suite,
      @JsonProperty("task") SuiteTask task,
      @JsonProperty("metrics") List<SuiteMetric> metrics,
      @JsonProperty("testsets") List<TestSetSpec> testsets,
      @JsonProperty("models") List<ModelSpec> models) {
    return new SuiteDefinition(suite, task, metrics, testsets, models, null);
  }

  /**
   * Reads, validates and resolves a suite file; checks that every test set file exists.
   *
   * @param yaml the suite file
   * @param corporaRoot root of {@code corpus:} paths (see {@link
   *     dev.s2s.text.corpus.CorporaRoot#choose})
   * @throws dev.s2s.common.UserException naming file, line, key path, value and what was expected
   */
  public static SuiteDefinition load(Path yaml, Path corporaRoot) {
    return new SuiteLoader(corporaRoot).load(yaml);
  }

  /** The main metric: the first of {@link #metrics()}. */
  public SuiteMetric mainMetric() {
    return metrics.get(0);
  }

  /** A copy with resolved test sets and models, read from {@code suiteFile}. */
  SuiteDefinition resolved(List<TestSetSpec> resolvedTestSets, List<ModelSpec> resolvedModels, Path suiteFile) {
    return new SuiteDefinition(suite, task, metrics, resolvedTestSets, resolvedModels, suiteFile);
  }

  private static List<SuiteMetric> checkMetrics(SuiteTask task, List<SuiteMetric> metrics) {
    List<String> usable = new ArrayList<>();
    for (SuiteMetric m : SuiteMetric.values()) {
      if (m.task() == task) {
        usable.add(m.key());
      }
    }
    String expected = "a list of metrics of task '" + task + "': " + String.join(", ", usable);
    if (metrics == null || metrics.isEmpty()) {
      throw InvalidValueException.missing("metrics", expected);
    }
    Set<SuiteMetric> seen = new HashSet<>();
    for (int i = 0; i < metrics.size(); i++) {
      SuiteMetric m = metrics.get(i);
      String key = "metrics[" + i + "]";
      if (m == null) {
        throw InvalidValueException.missing(key, "one of: " + String.join(", ", usable));
      }
      if (m.task() != task) {
        throw InvalidValueException.invalid(
            key, m, "one of: " + String.join(", ", usable) + " (metrics of task '" + task + "')");
      }
      if (!seen.add(m)) {
        throw InvalidValueException.invalid(key, m, "each metric at most once");
      }
    }
    return List.copyOf(metrics);
  }

  private static List<TestSetSpec> checkTestSets(SuiteTask task, List<TestSetSpec> testsets) {
    if (testsets == null || testsets.isEmpty()) {
      throw InvalidValueException.missing("testsets", "a list of test sets {name, format, file|corpus, ...}");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < testsets.size(); i++) {
      TestSetSpec t = testsets.get(i);
      String key = "testsets[" + i + "]";
      if (t == null) {
        throw InvalidValueException.missing(key, "a test set {name, format, file|corpus, ...}");
      }
      if (t.format().task() != task) {
        throw InvalidValueException.invalid(
            key + ".format", t.format(), "format '" + formatOf(task) + "' (test sets of task '" + task + "')");
      }
      if (!names.add(t.name())) {
        throw InvalidValueException.invalid(key + ".name", t.name(), "a name not used by another test set");
      }
    }
    return List.copyOf(testsets);
  }

  private static List<ModelSpec> checkModels(SuiteTask task, List<ModelSpec> models) {
    if (models == null || models.isEmpty()) {
      throw InvalidValueException.missing("models", "a list of models {name, config|run|crf_model}");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < models.size(); i++) {
      ModelSpec m = models.get(i);
      String key = "models[" + i + "]";
      if (m == null) {
        throw InvalidValueException.missing(key, "a model {name, config|run|crf_model}");
      }
      if (m.crfModel() != null && task != SuiteTask.TAGGING) {
        throw InvalidValueException.invalid(key + ".crf_model", m.crfModel(),
            "'config' or 'run': a CRF model is a tagging baseline, and this suite's task is '" + task + "'");
      }
      if (m.seeds() != null && task != SuiteTask.TAGGING) {
        throw InvalidValueException.invalid(key + ".seeds", m.seeds(),
            "no seeds: ensembles of several runs are scored in tagging suites, and this suite's task is '" + task + "'");
      }
      if (!names.add(m.name())) {
        throw InvalidValueException.invalid(key + ".name", m.name(), "a name not used by another model");
      }
    }
    return List.copyOf(models);
  }

  private static TestSetFormat formatOf(SuiteTask task) {
    for (TestSetFormat f : TestSetFormat.values()) {
      if (f.task() == task) {
        return f;
      }
    }
    throw new IllegalStateException("no test set format for task " + task);
  }
}
