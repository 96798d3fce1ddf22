package dev.s2s.cli;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.StartMode;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.tasks.Trainers;
import dev.s2s.text.corpus.CorporaRoot;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code s2s train CONFIG}: trains every task of an experiment into runs/NAME/. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the models an experiment config describes into RUNS/<name>/.",
      "The run directory holds config.yaml, manifest.json, STATUS, train.log, metrics.csv,",
      "learning-curve.png, vocabularies, checkpoints and test scores."
    })
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "Experiment YAML file (see configs/).")
  Path config;

  @Option(names = "--corpora", paramLabel = "DIR", description = "Corpora root (default: $S2S_CORPORA, else ../shared/corpora).")
  Path corpora;

  @Option(names = "--runs", paramLabel = "DIR", description = "Base directory of run directories (default: ${DEFAULT-VALUE}).")
  Path runs = RunDirectory.DEFAULT_BASE;

  @Option(names = "--force", description = "Delete an existing run directory of the same name and start anew.")
  boolean force;

  @Option(names = "--resume", description = "Continue an existing run exactly from its last checkpoint.")
  boolean resume;

  @Option(names = "--seed", paramLabel = "N",
      description = "Train with seed N instead of the config's, into RUNS/<name>-seed<N>/ (another member of an"
          + " ensemble, or a seed-variance study); the config's own seed trains RUNS/<name>/ as usual.")
  Long seed;

  @Override
  public void run() {
    ExperimentConfig loaded = ExperimentConfig.load(config, CorporaRoot.choose(corpora));
    ExperimentConfig cfg = seed == null ? loaded : loaded.withSeed(seed);
    StartMode mode = resume ? StartMode.RESUME : force ? StartMode.FORCE : StartMode.FRESH;
    try (TrainingRun run = TrainingRun.start(runs, cfg, mode)) {
      Trainers.trainAll(run, resume);
      spec.commandLine().getOut().printf("run %s: %s%n", run.directory().dir(), run.status());
    }
  }
}
