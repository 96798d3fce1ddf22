package dev.s2s.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code s2s lm}: counted n-gram language models (build, perplexity, sample) and trained LM runs (perplexity, gradients). */
@Command(
    name = "lm",
    mixinStandardHelpOptions = true,
    description = "Language models: build an n-gram model (ARPA), perplexity and sample (ARPA or run directory), gradients (RNN runs).",
    subcommands = {
      LmBuildCommand.class, LmPerplexityCommand.class, LmSampleCommand.class, LmGradientsCommand.class})
public final class LmCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
