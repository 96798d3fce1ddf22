package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Section {@code translation}: one source language, one decoder per target language.
 *
 * <ul>
 *   <li>{@code source} (required): source language code.
 *   <li>{@code targets} (required, at least one, distinct, none equal to the source): target
 *       language codes.
 *   <li>{@code weights} (default 1.0 for each target; each > 0): task sampling weights per target.
 *   <li>{@code train}, {@code dev}, {@code test} (each optional here; commands that need one say
 *       so): data specs of format {@code parallel}, {@code tsv} or {@code csv}. A tsv/csv spec
 *       without {@code columns} gets the source in column 0 and the targets in 1, 2, ...; with
 *       {@code columns}, it must name a column for every language. A dev or test spec reading the
 *       training file must select rows ({@link RowSelection}) that train does not read.
 * </ul>
 */
public record TranslationConfig(
    String source,
    List<String> targets,
    Map<String, Double> weights,
    DataSpec train,
    DataSpec dev,
    DataSpec test)
    implements TaskSection {
  /** Section key. */
  public static final String KEY = "translation";

  private static final List<DataFormat> FORMATS =
      List.of(DataFormat.PARALLEL, DataFormat.TSV, DataFormat.CSV);

  /** Validates languages, weights and data formats; fills default weights and columns. */
  public TranslationConfig {
    Check.required("source", source, "a language code such as 'en'");
    Check.identifier("source", source, "a language code");
    targets = checkTargets(source, targets);
    weights = checkWeights(targets, weights);
    List<String> languages = languages(source, targets);
    train = checkData("train", train, languages);
    dev = checkData("dev", dev, languages);
    test = checkData("test", test, languages);
    checkHeldOut("dev", train, dev);
    checkHeldOut("test", train, test);
  }

  @JsonCreator
  static TranslationConfig fromYaml(
      @JsonProperty("source") String source,
      @JsonProperty("targets") List<String> targets,
      @JsonProperty("weights") Map<String, Double> weights,
      @JsonProperty("train") DataSpec train,
      @JsonProperty("dev") DataSpec dev,
      @JsonProperty("test") DataSpec test) {
    return new TranslationConfig(source, targets, weights, train, dev, test);
  }

  @Override
  public String sectionKey() {
    return KEY;
  }

  /** Source first, then the targets in order. */
  @Override
  public List<String> languages() {
    return languages(source, targets);
  }

  @Override
  public DataSpec data(Split split) {
    return switch (split) {
      case TRAIN -> train;
      case DEV -> dev;
      case TEST -> test;
    };
  }

  @Override
  public TranslationConfig mapData(DataMapper mapper) {
    return new TranslationConfig(
        source, targets, weights,
        mapped(mapper, Split.TRAIN), mapped(mapper, Split.DEV), mapped(mapper, Split.TEST));
  }

  private static List<String> languages(String source, List<String> targets) {
    List<String> all = new ArrayList<>();
    all.add(source);
    all.addAll(targets);
    return List.copyOf(all);
  }

  private static List<String> checkTargets(String source, List<String> targets) {
    if (targets == null || targets.isEmpty()) {
      throw new InvalidValueException(
          "targets", targets == null ? "missing required key" : "empty list", null,
          "a list of at least one target language code, e.g. [de, fr]");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      String key = KeyPaths.item("targets", i);
      String t = Check.required(key, targets.get(i), "a language code");
      Check.identifier(key, t, "a language code");
      if (t.equals(source)) {
        throw InvalidValueException.invalid(key, t, "a target language different from the source '" + source + "'");
      }
      if (!seen.add(t)) {
        throw InvalidValueException.invalid(key, t, "distinct target languages ('" + t + "' is listed twice)");
      }
    }
    return List.copyOf(targets);
  }

  private static Map<String, Double> checkWeights(List<String> targets, Map<String, Double> given) {
    Map<String, Double> weights = new TreeMap<>();
    if (given != null) {
      for (Map.Entry<String, Double> e : given.entrySet()) {
        String key = "weights." + e.getKey();
        if (!targets.contains(e.getKey())) {
          throw new InvalidValueException(key, "not a target language", e.getKey(), "one of: " + Check.joined(targets));
        }
        Check.required(key, e.getValue(), "a number > 0");
        weights.put(e.getKey(), Check.positive(key, e.getValue()));
      }
    }
    for (String t : targets) {
      weights.putIfAbsent(t, 1.0);
    }
    return Collections.unmodifiableMap(weights);
  }

  /** A dev or test split cut from the training file ({@code rows}) must share no row with train. */
  private static void checkHeldOut(String key, DataSpec train, DataSpec heldOut) {
    if (!(train instanceof DelimitedData t) || !(heldOut instanceof DelimitedData h)
        || !Objects.equals(t.file(), h.file()) || !Objects.equals(t.corpus(), h.corpus())) {
      return;
    }
    if (RowSelection.overlap(t.rows(), h.rows())) {
      throw new InvalidValueException(KeyPaths.join(key, "rows"), "rows also read by train:",
          h.rows() == null ? "all rows" : h.rows(),
          "rows that train skips, as train reads the same file (train.rows: "
              + (t.rows() == null ? "all rows" : t.rows()) + "), e.g. train {every: 100, except: [0, 1]}, "
              + key + " {every: 100, only: [" + (key.equals("dev") ? 0 : 1) + "]}");
    }
  }

  private static DataSpec checkData(String key, DataSpec spec, List<String> languages) {
    DataSpec.requireFormat(key, spec, FORMATS);
    if (!(spec instanceof DelimitedData d)) {
      return spec;
    }
    if (d.columns().isEmpty()) {
      Map<String, ColumnRef> columns = new LinkedHashMap<>();
      for (int i = 0; i < languages.size(); i++) {
        columns.put(languages.get(i), ColumnRef.ofIndex(i));
      }
      return d.withColumns(columns);
    }
    for (String lang : languages) {
      if (!d.columns().containsKey(lang)) {
        throw new InvalidValueException(
            key + ".columns", "no column for language '" + lang + "' in", d.columns(),
            "a column (0-based index or header name) for each of: " + Check.joined(languages));
      }
    }
    return d;
  }
}
