package dev.s2s.cli;

import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code corpora/manifest.tsv}: the expected sha256 (of the stored bytes) of every full-corpus
 * file, keyed by its path under the corpora root. Columns: path, sha256, lines, licence.
 */
final class CorpusManifest {
  private final Map<String, String> sha256ByPath;

  private CorpusManifest(Map<String, String> sha256ByPath) {
    this.sha256ByPath = sha256ByPath;
  }

  static CorpusManifest load(Path tsv) {
    if (!Files.isRegularFile(tsv)) {
      return new CorpusManifest(Map.of());
    }
    Map<String, String> map = new LinkedHashMap<>();
    List<String> lines = TextFiles.readLines(tsv);
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length < 2) {
        throw new UserException(tsv + ":" + (i + 1) + ": expected path<TAB>sha256<TAB>lines<TAB>licence");
      }
      map.put(cols[0], cols[1]);
    }
    return new CorpusManifest(map);
  }

  /** The expected sha256 of {@code file} if it lies under {@code root} and is listed. */
  Optional<String> expected(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    if (!abs.startsWith(r)) {
      return Optional.empty();
    }
    return Optional.ofNullable(sha256ByPath.get(r.relativize(abs).toString().replace('\\', '/')));
  }
}
