package dev.s2s.cli;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.DataSpec;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.tasks.lm.GradientDecay;
import dev.s2s.tasks.lm.GradientPlot;
import dev.s2s.tasks.lm.LmText;
import dev.s2s.tasks.lm.TokenIds;
import dev.s2s.tasks.lm.TrainedRnnLm;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code s2s lm gradients}: how back-propagated errors decay with distance in trained RNN LMs. */
@Command(
    name = "gradients",
    mixinStandardHelpOptions = true,
    description = {
      "Measure, on real text, the norm of the error back-propagated inside each recurrent layer of a",
      "trained RNN language model, ||u^T dh_t/dh_(t-d)|| for a random unit vector u, averaged over",
      "many positions t, against the distance d. Writes gradients.csv and gradients.png (log scale)",
      "into the run directory, or --out; several --model options are plotted in one chart."
    })
public final class LmGradientsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN_DIR",
      description = "Run directory of an RNN lm experiment (repeatable).")
  List<Path> models;

  @Option(names = "--text", paramLabel = "FILE",
      description = "Text to measure on (default: each run's lm.dev file).")
  Path text;

  @Option(names = "--max-distance", defaultValue = "50",
      description = "Largest distance d in steps (default: ${DEFAULT-VALUE}).")
  int maxDistance;

  @Option(names = "--positions", defaultValue = "512",
      description = "Positions t averaged over (default: ${DEFAULT-VALUE}).")
  int positions;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for positions and u (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (default: the first --model run directory).")
  Path out;

  @Override
  public Integer call() {
    if (maxDistance < 1) {
      throw new UserException("--max-distance: expected an integer >= 1, got " + maxDistance);
    }
    if (positions < 1) {
      throw new UserException("--positions: expected an integer >= 1, got " + positions);
    }
    List<GradientPlot.Series> series = new ArrayList<>();
    PrintWriter w = spec.commandLine().getOut();
    for (Path m : models) {
      TrainedRnnLm lm = TrainedRnnLm.load(RunDirectory.of(m), "lm gradients");
      Path file = textFor(lm);
      int[] ids = TokenIds.of(LmText.read(file, "--text"), lm.vocabulary(), file.toString()).ids();
      int warmup = lm.config().lm().bptt();
      List<GradientDecay.Curve> curves = GradientDecay.measure(
          lm, ids, maxDistance, positions, warmup, lm.config().training().batchSize(), seed);
      String label = GradientDecay.label(lm.config());
      series.add(new GradientPlot.Series(label, curves));
      for (GradientDecay.Curve c : curves) {
        w.printf(Locale.ROOT, "%s layer %d: mean norm at d=1 %.3e, d=10 %.3e, d=%d %.3e (%d positions of %s)%n",
            label, c.layer(), c.meanNorm()[1], c.meanNorm()[Math.min(10, maxDistance)], maxDistance,
            c.meanNorm()[maxDistance], c.positions(), file);
      }
    }
    Path dir = out != null ? out : models.get(0);
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new UserException("--out: cannot create " + dir + ": " + e.getMessage(), e);
    }
    GradientPlot.writeCsv(series, dir.resolve("gradients.csv"));
    GradientPlot.writePng(series, dir.resolve("gradients.png"));
    w.printf(Locale.ROOT, "wrote %s and %s%n", dir.resolve("gradients.csv"), dir.resolve("gradients.png"));
    w.flush();
    return 0;
  }

  private Path textFor(TrainedRnnLm lm) {
    if (text != null) {
      return text;
    }
    DataSpec dev = lm.config().lm().dev();
    if (dev == null || !Files.isRegularFile(dev.file())) {
      throw new UserException(lm.run() + ": no --text given and the run's lm.dev file "
          + (dev == null ? "is not configured" : dev.file() + " does not exist") + "; pass --text FILE");
    }
    return dev.file();
  }
}
