package dev.s2s.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code s2s baseline crf-ner}: CoreNLP's CRF NER tagger (train, eval, tag). */
@Command(
    name = "crf-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Stanford CoreNLP's CRF NER tagger trained by the toolkit on CoNLL files",
      "(standard CoNLL-2003 feature set without distsim clusters; no pretrained model is used)."
    },
    subcommands = {CrfNerTrainCommand.class, CrfNerEvalCommand.class, CrfNerTagCommand.class})
public final class CrfNerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
