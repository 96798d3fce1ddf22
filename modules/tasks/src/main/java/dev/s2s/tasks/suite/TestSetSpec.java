package dev.s2s.tasks.suite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.s2s.experiment.config.ConfigEnum;
import dev.s2s.experiment.config.InvalidValueException;
import dev.s2s.experiment.config.TagScheme;
import dev.s2s.text.corpus.CorpusPaths;
import java.nio.file.Path;
import java.util.List;

/**
 * One test set of a suite, as written ({@code testsets[i]}) plus, after loading, its resolved
 * path.
 *
 * <ul>
 *   <li>{@code name} (required): names the results rows and the hypothesis files.
 *   <li>{@code format} (required): {@code parallel}, {@code conll} or {@code plain}; must suit the
 *       suite's task.
 *   <li>exactly one of {@code file} (relative to the suite file's directory) or {@code corpus}
 *       (relative to the corpora root); for parallel data the prefix of {@code <prefix>.<lang>}.
 *   <li>parallel only: {@code source} and {@code target} language codes (required).
 *   <li>conll only: {@code scheme} of the gold tags (default iob2; read and scored as IOB2) and
 *       {@code columns} (2 = token tag, 4 = token POS chunk tag; default 4).
 * </ul>
 *
 * @param path the resolved absolute file or prefix; null until {@link SuiteLoader} resolves it
 */
public record TestSetSpec(
    String name,
    TestSetFormat format,
    String file,
    String corpus,
    String source,
    String target,
    TagScheme scheme,
    Integer columns,
    Path path) {
  /** Default {@code scheme} of conll test sets. */
  public static final TagScheme DEFAULT_SCHEME = TagScheme.IOB2;
  /** Default {@code columns} of conll test sets. */
  public static final int DEFAULT_COLUMNS = 4;

  /** Validates the keys as written (key paths relative to the test set). */
  public TestSetSpec {
    Names.fileName("name", name, "a test set name");
    if (format == null) {
      throw InvalidValueException.missing("format", ConfigEnum.choices(TestSetFormat.class));
    }
    checkSource(file, corpus);
    if (format == TestSetFormat.PARALLEL) {
      Names.language("source", source);
      Names.language("target", target);
      if (source.equals(target)) {
        throw InvalidValueException.invalid("target", target, "a language other than the source '" + source + "'");
      }
    } else {
      notAllowed("source", source, format);
      notAllowed("target", target, format);
    }
    if (format == TestSetFormat.CONLL) {
      scheme = scheme == null ? DEFAULT_SCHEME : scheme;
      columns = columns == null ? DEFAULT_COLUMNS : columns;
      if (columns != 2 && columns != 4) {
        throw InvalidValueException.invalid("columns", columns, "one of: 2, 4");
      }
    } else {
      notAllowed("scheme", scheme, format);
      notAllowed("columns", columns, format);
    }
  }

  @JsonCreator
  static TestSetSpec fromYaml(
      @JsonProperty("name") String name,
      @JsonProperty("format") TestSetFormat format,
      @JsonProperty("file") String file,
      @JsonProperty("corpus") String corpus,
      @JsonProperty("source") String source,
      @JsonProperty("target") String target,
      @JsonProperty("scheme") TagScheme scheme,
      @JsonProperty("columns") Integer columns) {
    return new TestSetSpec(name, format, file, corpus, source, target, scheme, columns, null);
  }

  /** The key that gives the location: {@code file} or {@code corpus}. */
  public String locationKey() {
    return file != null ? "file" : "corpus";
  }

  /** The location as written. */
  public String written() {
    return file != null ? file : corpus;
  }

  /** A copy with the resolved absolute path. */
  public TestSetSpec withPath(Path resolved) {
    return new TestSetSpec(name, format, file, corpus, source, target, scheme, columns, resolved);
  }

  /**
   * The files this test set reads: for parallel data {@code <prefix>.<source>} then {@code
   * <prefix>.<target>} (each possibly {@code .gz}), otherwise the file itself.
   *
   * @throws dev.s2s.common.UserException when a file does not exist (naming the paths tried)
   */
  public List<Path> files() {
    if (path == null) {
      throw new IllegalStateException("test set '" + name + "' is not resolved");
    }
    if (format == TestSetFormat.PARALLEL) {
      return List.of(langFile(source), langFile(target));
    }
    return List.of(CorpusPaths.resolveMaybeGz(path));
  }

  private Path langFile(String lang) {
    return CorpusPaths.resolveMaybeGz(path.resolveSibling(path.getFileName() + "." + lang));
  }

  private static void checkSource(String file, String corpus) {
    if (file != null && corpus != null) {
      throw InvalidValueException.invalid(
          "corpus", corpus, "either 'file' or 'corpus', not both (file is '" + file + "')");
    }
    if (file == null && corpus == null) {
      throw InvalidValueException.missing(
          "file", "'file' (relative to the suite file's directory) or 'corpus' (relative to the corpora root)");
    }
    String given = file != null ? file : corpus;
    if (given.isBlank()) {
      throw InvalidValueException.invalid(file != null ? "file" : "corpus", given, "a non-empty path");
    }
    if (corpus != null && Path.of(corpus).isAbsolute()) {
      throw InvalidValueException.invalid("corpus", corpus, "a relative path under the corpora root");
    }
  }

  private static void notAllowed(String key, Object value, TestSetFormat format) {
    if (value != null) {
      throw InvalidValueException.invalid(
          key, value, "no '" + key + "' for format '" + format + "' (it belongs to format "
              + (key.equals("source") || key.equals("target") ? "parallel" : "conll") + ")");
    }
  }
}
