package dev.s2s.cli;

import dev.s2s.common.Sha256;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.text.corpus.CorporaRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code s2s check CONFIG}: validates an experiment config and the corpora it names without
 * training: every key, every data file, and the sha256 of every full-corpus file listed in
 * {@code corpora/manifest.tsv}.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validate an experiment config and its corpora (sha256 against corpora/manifest.tsv) without training.")
final class CheckCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "Experiment YAML file.")
  Path config;

  @Option(names = "--corpora", paramLabel = "DIR", description = "Corpora root (default: $S2S_CORPORA, else ../shared/corpora).")
  Path corpora;

  @Option(names = "--no-hash", description = "Skip the sha256 check of corpus files.")
  boolean noHash;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Path root = CorporaRoot.choose(corpora);
    ExperimentConfig cfg = ExperimentConfig.load(config, root);
    out.printf("config %s: ok (name %s, tasks %s, hash %s)%n", config, cfg.name(), cfg.tasks().stream().map(t -> t.sectionKey()).toList(), cfg.hash().substring(0, 12));
    CorpusManifest manifest = CorpusManifest.load(ProjectHome.get().resolve("corpora/manifest.tsv"));
    int mismatches = 0;
    for (Map.Entry<String, List<Path>> e : cfg.dataFiles().entrySet()) {
      for (Path f : e.getValue()) {
        mismatches += checkFile(out, e.getKey(), f, root, manifest) ? 0 : 1;
      }
    }
    out.flush();
    if (mismatches > 0) {
      throw new UserException(mismatches + " corpus file(s) differ from corpora/manifest.tsv (see above)");
    }
  }

  private boolean checkFile(PrintWriter out, String key, Path file, Path root, CorpusManifest manifest) {
    Optional<String> expected = noHash ? Optional.empty() : manifest.expected(root, file);
    if (expected.isEmpty()) {
      out.printf("  %-22s %s%n", key, file);
      return true;
    }
    String actual = Sha256.ofFile(file);
    boolean ok = actual.equals(expected.get());
    out.printf("  %-22s %s  sha256 %s%n", key, file, ok ? "ok" : "MISMATCH: " + actual + ", manifest says " + expected.get());
    return ok;
  }
}
