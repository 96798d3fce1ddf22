package dev.s2s.cli;

import dev.s2s.tasks.RunSystems;
import java.util.List;

/** The top-level subcommands of {@code s2s}, in the order {@code --help} lists them. */
final class Commands {
  private Commands() {}

  static List<Object> all() {
    EvalCommand eval = new EvalCommand();
    eval.systems = RunSystems::new;
    return List.of(
        new DemoCommand(),
        new TrainCommand(),
        new TranslateCommand(),
        new AverageCommand(),
        new TagCommand(),
        new CheckCommand(),
        eval,
        new BleuCommand(),
        new ChrfCommand(),
        new ConllevalCommand(),
        new LmCommand(),
        new BaselineCommand(),
        new BenchCommand());
  }
}
