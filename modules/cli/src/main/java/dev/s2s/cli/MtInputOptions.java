package dev.s2s.cli;

import dev.s2s.common.UserException;
import dev.s2s.eval.text.Segments;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Options shared by the {@code bleu} and {@code chrf} commands (a picocli mixin): references,
 * hypothesis source, output format, and the paired bootstrap settings. Files are read like
 * sacreBLEU reads them ({@link Segments}).
 */
final class MtInputOptions {
  @Option(
      names = {"-r", "--ref"},
      required = true,
      paramLabel = "REF",
      description = "Reference file (repeat for several references).")
  List<Path> refs = new ArrayList<>();

  @Option(
      names = {"-i", "--input"},
      paramLabel = "HYP",
      description = "Hypothesis file (default: standard input).")
  Path input;

  @Option(
      names = "--sentence",
      description = "Score every line separately (sentence level, as sacreBLEU --sentence-level).")
  boolean sentence;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FMT",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-w", "--width"},
      defaultValue = "2",
      paramLabel = "N",
      description = "Decimals of printed scores (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--compare",
      arity = "2",
      paramLabel = "HYP",
      description = "Paired bootstrap test of HYP_B against baseline HYP_A.")
  List<Path> compare;

  @Option(
      names = "--paired-bs-n",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Bootstrap resamples for --compare (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "12345",
      paramLabel = "SEED",
      description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
  long seed;

  /** Reference streams, one list of segments per --ref file. */
  List<List<String>> readReferences() {
    List<List<String>> out = new ArrayList<>();
    for (Path r : refs) {
      out.add(Segments.read(r));
    }
    return out;
  }

  /** The hypothesis of -i, or of {@code stdin}; checked against every reference's length. */
  List<String> readHypotheses(InputStream stdin, List<List<String>> references) {
    if (input != null) {
      return readChecked(input, references);
    }
    List<String> hyps = Segments.read(stdin, "stdin");
    checkLengths("stdin", hyps, references);
    return hyps;
  }

  /** A hypothesis file, checked against every reference's length. */
  List<String> readChecked(Path file, List<List<String>> references) {
    List<String> hyps = Segments.read(file);
    checkLengths(file.toString(), hyps, references);
    return hyps;
  }

  /** Usage errors (exit status 2): unknown format, --compare combined with -i or --sentence. */
  void check(CommandLine cl) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(cl, "--format must be text or json, got '" + format + "'");
    }
    if (compare != null && (input != null || sentence)) {
      throw new ParameterException(
          cl, "--compare reads both systems from its two files; it cannot be combined with "
              + (input != null ? "-i" : "--sentence"));
    }
    if (width < 0 || resamples < 1) {
      throw new ParameterException(
          cl, "--width must be >= 0 and --paired-bs-n >= 1, got " + width + " and " + resamples);
    }
  }

  boolean json() {
    return format.equals("json");
  }

  private void checkLengths(String name, List<String> hyps, List<List<String>> references) {
    if (hyps.isEmpty()) {
      throw new UserException("hypothesis " + name + " is empty: expected one line per segment");
    }
    for (int r = 0; r < references.size(); r++) {
      Segments.checkSameLength(name, hyps, refs.get(r).toString(), references.get(r));
    }
  }
}
