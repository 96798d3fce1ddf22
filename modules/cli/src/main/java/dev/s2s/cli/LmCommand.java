package dev.s2s.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code s2s lm}: counted n-gram language models (build, perplexity, sample). */
@Command(
    name = "lm",
    mixinStandardHelpOptions = true,
    description = "Counted n-gram language models: build (ARPA), perplexity, sample.",
    subcommands = {LmBuildCommand.class, LmPerplexityCommand.class, LmSampleCommand.class})
public final class LmCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
