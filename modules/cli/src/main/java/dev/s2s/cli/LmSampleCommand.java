package dev.s2s.cli;

import dev.s2s.common.UserException;
import dev.s2s.ngram.ArpaReader;
import dev.s2s.ngram.SentenceSampler;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.LmKind;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.tasks.lm.LmRunFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code s2s lm sample}: draws sentences from an ARPA model. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = "Draw sentences from an ARPA model, one per line; the same seed gives the same output.")
public final class LmSampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN_DIR|M.arpa",
      description = "ARPA model (plain or .gz), or the run directory of an n-gram lm experiment.")
  Path model;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "-n", defaultValue = "10", description = "Number of sentences (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--max-tokens",
      defaultValue = "100",
      description = "Stop a sentence after this many words (default: ${DEFAULT-VALUE}).")
  int maxTokens;

  @Override
  public Integer call() {
    if (count < 0) {
      throw new UserException("-n: expected a number of sentences >= 0, got " + count);
    }
    if (maxTokens < 1) {
      throw new UserException("--max-tokens: expected an integer >= 1, got " + maxTokens);
    }
    Path arpa = Files.isDirectory(model) ? runArpa() : model;
    SentenceSampler sampler = new SentenceSampler(ArpaReader.read(arpa), seed, maxTokens);
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < count; i++) {
      out.println(String.join(" ", sampler.next()));
    }
    out.flush();
    return 0;
  }

  private Path runArpa() {
    RunDirectory run = RunDirectory.of(model).requireUsable("lm sample");
    ExperimentConfig config = run.config();
    if (config.lm() == null || config.lm().kind() != LmKind.NGRAM) {
      throw new UserException(model + ": 'lm sample' draws from n-gram models only; this run is "
          + (config.lm() == null ? "not a language model" : "an lm of kind " + config.lm().kind()));
    }
    return LmRunFiles.arpa(run);
  }
}
