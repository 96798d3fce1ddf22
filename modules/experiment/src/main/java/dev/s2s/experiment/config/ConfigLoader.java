package dev.s2s.experiment.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads an experiment YAML file: strict UTF-8, a location index, binding to {@link
 * ExperimentConfig} (whose records validate themselves), then resolution of data paths ({@code
 * file} against the YAML file's directory, {@code corpus} against the corpora root) and, if asked,
 * a check that every data file exists. All failures are {@link UserException}s naming the file,
 * line, key path, value and what was expected.
 */
public final class ConfigLoader {
  private final Path corporaRoot;
  private final boolean checkFiles;

  /**
   * @param corporaRoot root of {@code corpus:} paths (see {@link dev.s2s.text.corpus.CorporaRoot#choose})
   * @param checkFiles whether every data file must exist
   */
  public ConfigLoader(Path corporaRoot, boolean checkFiles) {
    this.corporaRoot = corporaRoot.toAbsolutePath().normalize();
    this.checkFiles = checkFiles;
  }

  /** Loads, validates and resolves {@code yaml}. */
  public ExperimentConfig load(Path yaml) {
    if (!Files.isRegularFile(yaml)) {
      throw new UserException("config file not found: " + yaml.toAbsolutePath().normalize());
    }
    String text = read(yaml);
    ConfigSource src = new ConfigSource(yaml.toString(), null);
    ExperimentConfig raw;
    try {
      src = new ConfigSource(yaml.toString(), LocationIndex.read(ConfigYaml.factory().createParser(text)));
      raw = ConfigYaml.mapper().readValue(text, ExperimentConfig.class);
    } catch (JsonProcessingException e) {
      throw ConfigErrors.translate(e, src);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidValueException e) {
      throw src.problem(e.key(), e.problem(), e.value(), e.expected());
    }
    if (raw == null) {
      throw src.problem("", "empty file", null, "a mapping with at least 'name' and a task section");
    }
    return resolve(raw, yaml.toAbsolutePath().getParent(), src);
  }

  private static String read(Path yaml) {
    try (var reader = TextFiles.open(yaml)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExperimentConfig resolve(ExperimentConfig c, Path yamlDir, ConfigSource src) {
    DataMapper resolver = (key, spec, languages) -> resolveSpec(key, spec, languages, yamlDir, src);
    try {
      return new ExperimentConfig(
          c.name(), c.seed(), c.text(), c.vocab(),
          c.translation() == null ? null : c.translation().mapData(resolver),
          c.tagging() == null ? null : c.tagging().mapData(resolver),
          c.lm() == null ? null : c.lm().mapData(resolver),
          c.model(), c.training(), c.decoding());
    } catch (InvalidValueException e) {
      throw src.problem(e.key(), e.problem(), e.value(), e.expected());
    }
  }

  private DataSpec resolveSpec(
      String key, DataSpec spec, List<String> languages, Path yamlDir, ConfigSource src) {
    boolean byFile = spec.file() != null;
    String keyUsed = key + (byFile ? ".file" : ".corpus");
    String written = byFile ? spec.file().toString() : spec.corpus();
    Path base = byFile ? yamlDir.resolve(spec.file()) : corporaRoot.resolve(spec.corpus());
    DataSpec resolved = spec.withFile(base.toAbsolutePath().normalize());
    if (!checkFiles) {
      return resolved;
    }
    for (List<Path> group : resolved.candidates(languages)) {
      if (group.stream().noneMatch(Files::isRegularFile)) {
        List<String> tried = new ArrayList<>();
        group.forEach(p -> tried.add(p.toString()));
        String against = byFile ? "the config's directory " + yamlDir : "the corpora root " + corporaRoot;
        throw src.problem(
            keyUsed, "file not found", written,
            "an existing file relative to " + against + "; tried: " + String.join(", ", tried));
      }
    }
    return resolved;
  }
}
