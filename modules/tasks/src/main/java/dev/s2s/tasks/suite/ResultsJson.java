package dev.s2s.tasks.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provenance and every number of a suite run as JSON: suite name, task, date, git commit,
 * every input with its sha256, the metric signatures, the models (run directory, manifest config
 * hash, status) and the rows (metrics, timing, details such as per-type F1). NaN is written as
 * null.
 */
final class ResultsJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ResultsJson() {}

  /** Commit, then dirty: a fixed order (Map.of's differs from one JVM to the next). */
  private static Map<String, Object> git(String commit, boolean dirty) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("commit", commit);
    m.put("dirty", dirty);
    return m;
  }

  static String render(SuiteResults results) {
    Map<String, Object> root = new LinkedHashMap<>();
    SuiteDefinition suite = results.suite();
    root.put("suite", suite.suite());
    root.put("task", suite.task().key());
    root.put("date", results.date().toString());
    root.put("git", results.git() == null ? null : git(results.git().commit(), results.git().dirty()));
    root.put("suite_file", suite.file().toString());
    root.put("inputs", inputs(results));
    root.put("signatures", signatures(suite));
    root.put("timing", "wall_seconds: wall-clock time of the system producing its outputs (reading"
        + " and scoring excluded" + (suite.task() == SuiteTask.TAGGING ? "; tagging: the median of "
        + TaggingEvaluator.TIMED_PASSES + " timed passes after untimed ones for " + TaggingEvaluator.WARM_UP_SECONDS
        + " s (at least " + TaggingEvaluator.WARM_UP_PASSES + ")" : "")
        + "); tokens: " + tokenMeaning(suite.task()));
    root.put("models", models(results));
    root.put("results", rows(results));
    root.put("notes", results.notes());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tokenMeaning(SuiteTask task) {
    return switch (task) {
      case TRANSLATION -> "whitespace-separated source tokens";
      case TAGGING -> "tagged tokens";
      case LM -> "predicted tokens, one end of sentence per line included";
    };
  }

  private static List<Object> inputs(SuiteResults results) {
    List<Object> out = new ArrayList<>();
    for (InputFile f : results.inputs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("role", f.role());
      m.put("path", f.path().toString());
      m.put("sha256", f.sha256());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> signatures(SuiteDefinition suite) {
    Map<String, Object> m = new LinkedHashMap<>();
    suite.metrics().forEach(metric -> m.put(metric.key(), MetricSignatures.of(metric)));
    return m;
  }

  private static List<Object> models(SuiteResults results) {
    List<Object> out = new ArrayList<>();
    for (ModelInfo info : results.models()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", info.name());
      m.put("config", info.config() == null ? null : info.config().toString());
      if (info.crfModel() != null) {
        m.put("crf_model", info.crfModel().toString());
      } else {
        m.put("run_dir", info.runDirectory().toString());
      }
      if (info.decoding() != null) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (results.suite().task() == SuiteTask.TAGGING) {
          d.put("consistency", info.decoding().consistency().key());
        } else {
          d.put("beam", info.decoding().beam());
          d.put("alpha", info.decoding().alpha());
          d.put("max_length_ratio", info.decoding().maxLengthRatio());
          d.put("max_length_extra", info.decoding().maxLengthExtra());
        }
        m.put("decoding", d);
      }
      if (info.ensembleRuns() != null) {
        m.put("ensemble_runs", info.ensembleRuns().stream().map(Path::toString).toList());
      }
      m.put("config_hash", info.configHash());
      m.put("status", info.status().label());
      if (info.missingReason() != null) {
        m.put("reason", info.missingReason());
      }
      out.add(m);
    }
    return out;
  }

  private static List<Object> rows(SuiteResults results) {
    List<Object> out = new ArrayList<>();
    for (ResultRow r : results.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", r.model());
      m.put("testset", r.testSet());
      m.put("status", r.status().label());
      Map<String, Object> metrics = new LinkedHashMap<>();
      r.metrics().forEach((k, v) -> metrics.put(k.key(), finite(v)));
      m.put("metrics", metrics);
      m.put("wall_seconds", finite(r.wallSeconds()));
      m.put("tokens", r.tokens());
      m.put("tokens_per_second", finite(r.tokensPerSecond()));
      m.put("details", r.details());
      out.add(m);
    }
    return out;
  }

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
