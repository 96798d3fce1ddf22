package dev.s2s.text.corpus;

import dev.s2s.common.UserException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line-aligned parallel corpus: one file per language, line <i>i</i> of each file being
 * translations of each other. Files are named {@code <prefix>.<lang>} in a directory, and a
 * missing plain file is looked up as {@code <prefix>.<lang>.gz} (see {@link
 * CorpusPaths#resolveMaybeGz}). The source language comes first, then the targets.
 *
 * <p>Reading is streaming ({@link #open()}); files with different line counts raise a {@link
 * UserException} naming both files and both counts.
 */
public final class ParallelCorpus {
  private final Map<String, Path> files;

  private ParallelCorpus(Map<String, Path> files) {
    this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /**
   * The corpus {@code dir/prefix.{lang}} for the source and target languages.
   *
   * @throws UserException when a file is missing (naming the paths tried)
   * @throws IllegalArgumentException for no targets, blank or repeated language codes
   */
  public static ParallelCorpus of(Path dir, String prefix, String sourceLang, List<String> targetLangs) {
    List<String> langs = new ArrayList<>();
    langs.add(sourceLang);
    langs.addAll(targetLangs);
    if (targetLangs.isEmpty()) {
      throw new IllegalArgumentException("a parallel corpus needs at least one target language");
    }
    Map<String, Path> files = new LinkedHashMap<>();
    for (String lang : langs) {
      if (lang == null || lang.isBlank()) {
        throw new IllegalArgumentException("blank language code in " + langs);
      }
      if (files.containsKey(lang)) {
        throw new IllegalArgumentException("language '" + lang + "' given twice in " + langs);
      }
      files.put(lang, CorpusPaths.resolveMaybeGz(dir.resolve(prefix + "." + lang)));
    }
    return new ParallelCorpus(files);
  }

  /** A corpus from explicit files, language to path; the first entry is the source. */
  public static ParallelCorpus ofFiles(Map<String, Path> filesByLang) {
    if (filesByLang.size() < 2) {
      throw new IllegalArgumentException("a parallel corpus needs at least two files: " + filesByLang);
    }
    Map<String, Path> files = new LinkedHashMap<>();
    filesByLang.forEach((lang, p) -> files.put(lang, CorpusPaths.resolveMaybeGz(p)));
    return new ParallelCorpus(files);
  }

  /** The source language code. */
  public String sourceLang() {
    return files.keySet().iterator().next();
  }

  /** The target language codes, in order. */
  public List<String> targetLangs() {
    List<String> langs = new ArrayList<>(files.keySet());
    return List.copyOf(langs.subList(1, langs.size()));
  }

  /** Language code to resolved file, source first. */
  public Map<String, Path> files() {
    return files;
  }

  /** A streaming reader over the examples; close it when done. */
  public ParallelReader open() {
    return new ParallelReader(files);
  }

  /** All examples in memory (use {@link #open()} for large corpora). */
  public List<ParallelExample> readAll() {
    List<ParallelExample> out = new ArrayList<>();
    try (ParallelReader r = open()) {
      while (r.hasNext()) {
        out.add(r.next());
      }
    }
    return out;
  }

  /** Number of aligned lines, after checking that every file has the same count. */
  public long countLines() {
    long n = 0;
    try (ParallelReader r = open()) {
      while (r.hasNext()) {
        r.next();
        n++;
      }
    }
    return n;
  }
}
