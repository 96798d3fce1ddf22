package dev.s2s.cli;

import dev.s2s.tasks.translation.CheckpointAveraging;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code s2s average}: averages the parameters of a translation run's newest step checkpoints
 * into {@code checkpoints/averaged.ckpt}, which {@code s2s translate --checkpoint} then uses.
 */
@Command(
    name = "average",
    mixinStandardHelpOptions = true,
    description = "Average the parameters of a translation run's last K checkpoints (for translate --checkpoint).")
final class AverageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN_DIR", description = "Run directory of a trained translation model.")
  Path model;

  @Option(names = "--last", defaultValue = "5", paramLabel = "K", description = "Number of newest step checkpoints to average (default: ${DEFAULT-VALUE}).")
  int last;

  @Override
  public void run() {
    CheckpointAveraging.Result r = CheckpointAveraging.average(model, last);
    spec.commandLine().getOut().println("averaged " + r.averaged().size() + " checkpoints into " + r.output());
    for (Path p : r.averaged()) {
      spec.commandLine().getOut().println("  " + p.getFileName());
    }
    spec.commandLine().getOut().flush();
  }
}
