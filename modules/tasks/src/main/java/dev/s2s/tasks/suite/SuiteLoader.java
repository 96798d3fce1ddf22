package dev.s2s.tasks.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a suite file: strict UTF-8, a location index, binding to {@link SuiteDefinition} (whose
 * records validate themselves), then resolution of paths ({@code file}, {@code config}, {@code
 * run} against the suite file's directory, {@code corpus} against the corpora root) and a check
 * that every test set file and model config exists. Failures are {@link UserException}s naming
 * the file, line, key path, value and what was expected.
 */
final class SuiteLoader {
  private final Path corporaRoot;

  SuiteLoader(Path corporaRoot) {
    this.corporaRoot = corporaRoot.toAbsolutePath().normalize();
  }

  SuiteDefinition load(Path yaml) {
    Path file = yaml.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new UserException("suite file not found: " + file);
    }
    String text = read(file);
    SuiteSource src = new SuiteSource(yaml.toString(), null);
    SuiteDefinition raw;
    try {
      YamlLocations index = YamlLocations.read(SuiteYaml.factory().createParser(text));
      src = new SuiteSource(yaml.toString(), index);
      KnownKeys.check(index, src);
      raw = SuiteYaml.mapper().readValue(text, SuiteDefinition.class);
    } catch (JsonProcessingException e) {
      throw src.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidValueException e) {
      throw src.invalid("", e);
    }
    if (raw == null) {
      throw src.problem("", "empty file", null, "a mapping with suite, task, metrics, testsets and models");
    }
    return resolve(raw, file, src);
  }

  private static String read(Path file) {
    try (BufferedReader r = TextFiles.open(file)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SuiteDefinition resolve(SuiteDefinition raw, Path file, SuiteSource src) {
    Path dir = file.getParent();
    List<TestSetSpec> testsets = new ArrayList<>();
    for (int i = 0; i < raw.testsets().size(); i++) {
      testsets.add(resolveTestSet(raw.testsets().get(i), "testsets[" + i + "]", dir, src));
    }
    List<ModelSpec> models = new ArrayList<>();
    for (int i = 0; i < raw.models().size(); i++) {
      ModelSpec m = raw.models().get(i).resolvedAgainst(dir);
      if (m.config() != null && !Files.isRegularFile(m.config())) {
        throw src.problem("models[" + i + "].config", "file not found", raw.models().get(i).config().toString(),
            "an experiment YAML file relative to the suite's directory " + dir + "; tried " + m.config());
      }
      models.add(m);
    }
    return raw.resolved(testsets, models, file);
  }

  private TestSetSpec resolveTestSet(TestSetSpec t, String key, Path dir, SuiteSource src) {
    boolean byFile = t.file() != null;
    Path base = byFile ? dir : corporaRoot;
    TestSetSpec resolved = t.withPath(base.resolve(t.written()).toAbsolutePath().normalize());
    try {
      resolved.files();
    } catch (UserException e) {
      String against = byFile ? "the suite's directory " + dir : "the corpora root " + corporaRoot;
      throw src.problem(YamlLocations.join(key, t.locationKey()), "file not found", t.written(),
          "an existing " + (t.format() == TestSetFormat.PARALLEL ? "file prefix" : "file")
              + " relative to " + against + " (" + e.getMessage() + ")");
    }
    return resolved;
  }
}
