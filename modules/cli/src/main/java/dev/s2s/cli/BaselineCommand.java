package dev.s2s.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code s2s baseline}: reference systems from other toolkits, trained and scored our way. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = "Reference systems from other toolkits (CoreNLP CRF NER), trained and scored the toolkit's way.",
    subcommands = {CrfNerCommand.class})
public final class BaselineCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
