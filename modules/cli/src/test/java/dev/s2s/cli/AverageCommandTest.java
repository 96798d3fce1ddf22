package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.train.Checkpoint;
import dev.s2s.tasks.translation.TranslationModels;
import dev.s2s.tasks.translation.TranslationVocabularies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class AverageCommandTest {
  @TempDir Path tmp;

  private Path train(String name, long steps) throws Exception {
    return train(name, TinyRuns.translationConfig(name, steps));
  }

  private Path train(String name, String config) throws Exception {
    Path yaml = Files.writeString(tmp.resolve(name + ".yaml"), config);
    CliRun r = CliRun.run(new TrainCommand(), yaml.toString(), "--runs", tmp.resolve("runs").toString());
    assertEquals(0, r.exitCode(), r.err());
    return tmp.resolve("runs").resolve(name);
  }

  @Test
  void averagesTheLastCheckpointsAndTranslateUsesTheResult() throws Exception {
    Path run = train("avg", 30); // validations at steps 10, 20, 30 -> three step checkpoints
    RunDirectory dir = RunDirectory.of(run);
    List<Path> steps = dir.stepCheckpoints();
    assertEquals(3, steps.size(), steps.toString());
    CliRun r = CliRun.run(new AverageCommand(), "--model", run.toString(), "--last", "2");
    assertEquals(0, r.exitCode(), r.err());
    Path averaged = run.resolve("checkpoints/averaged.ckpt");
    assertTrue(r.out().contains("averaged 2 checkpoints into " + averaged), r.out());
    // expected: the element-wise mean of the parameters of steps 20 and 30, loaded independently
    Seq2SeqModel a = load(dir, steps.get(1));
    Seq2SeqModel b = load(dir, steps.get(2));
    Seq2SeqModel avg = load(dir, averaged);
    for (int i = 0; i < avg.paramList().size(); i++) {
      Param p = avg.paramList().get(i);
      INDArray mean = a.paramList().get(i).value().add(b.paramList().get(i).value()).divi(2);
      assertTrue(mean.equalsWithEps(p.value(), 1e-6), p.name());
    }
    CliRun t = CliRun.run(new TranslateCommand(), "--model", run.toString(), "--to", "de", "--checkpoint",
        averaged.toString(), "A dog runs.");
    assertEquals(0, t.exitCode(), t.err());
    assertEquals(1, t.out().lines().count(), t.out());
  }

  @Test
  void averagesTheMovingAveragesOfARunThatKeepsThem() throws Exception {
    String config = TinyRuns.translationConfig("ema", 20).replace("validate_every: 10,", "validate_every: 10, ema_decay: 0.9,");
    Path run = train("ema", config);
    RunDirectory dir = RunDirectory.of(run);
    List<Path> steps = dir.stepCheckpoints();
    assertEquals(2, steps.size(), steps.toString());
    assertTrue(Checkpoint.hasAverages(steps.get(1)));
    CliRun r = CliRun.run(new AverageCommand(), "--model", run.toString(), "--last", "2");
    assertEquals(0, r.exitCode(), r.err());
    // expected: the mean of the two checkpoints' moving averages (what each decodes with), not of their parameters
    Seq2SeqModel a = load(dir, steps.get(0));
    Seq2SeqModel b = load(dir, steps.get(1));
    Seq2SeqModel avg = load(dir, run.resolve("checkpoints/averaged.ckpt"));
    for (int i = 0; i < avg.paramList().size(); i++) {
      Param p = avg.paramList().get(i);
      INDArray mean = a.paramList().get(i).value().add(b.paramList().get(i).value()).divi(2);
      assertTrue(mean.equalsWithEps(p.value(), 1e-6), p.name());
    }
    assertTrue(Files.readString(run.resolve("config.yaml")).contains("ema_decay: 0.9"));
  }

  @Test
  void aRunWithoutStepCheckpointsIsAUserError() throws Exception {
    Path run = train("none", 5);
    for (Path p : RunDirectory.of(run).stepCheckpoints()) { // as in runs trained before step checkpoints
      Files.delete(p);
    }
    CliRun r = CliRun.run(new AverageCommand(), "--model", run.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("no step checkpoints"), r.err());
    CliRun zero = CliRun.run(new AverageCommand(), "--model", run.toString(), "--last", "0");
    assertEquals(2, zero.exitCode());
    assertTrue(zero.err().contains("--last must be at least 1, got 0"), zero.err());
  }

  private static Seq2SeqModel load(RunDirectory dir, Path checkpoint) {
    var cfg = dir.config();
    Seq2SeqModel m = TranslationModels.create(cfg, TranslationVocabularies.load(cfg.translation(), dir));
    Checkpoint.loadParams(checkpoint, m.params());
    return m;
  }
}
