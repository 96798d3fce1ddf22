package dev.s2s.experiment.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.s2s.common.AtomicFiles;
import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads and writes {@code manifest.json} (snake_case keys, indented; unknown keys are ignored on read). */
final class ManifestJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ManifestJson() {}

  static void write(Path file, RunManifest manifest) {
    try {
      AtomicFiles.writeString(file, MAPPER.writeValueAsString(manifest) + "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RunManifest read(Path file) {
    try (var reader = TextFiles.open(file)) {
      return MAPPER.readValue(reader, RunManifest.class);
    } catch (JsonProcessingException e) {
      throw new UserException(file + ":" + e.getLocation().getLineNr() + ": not a valid run manifest: "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
