package dev.s2s.neural.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.common.UserException;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.seq2seq.DecoderConfig;
import dev.s2s.neural.seq2seq.EncoderConfig;
import dev.s2s.neural.seq2seq.Readout;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.SpecialTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class Seq2SeqTrainerTest {
  private static final SpecialTokens SP = new SpecialTokens(0, 1, 2);
  @TempDir Path dir;

  static Seq2SeqModel model(long seed) {
    return Seq2SeqModel.create(new EncoderConfig(10, 4, CellType.GRU, 5, 1, true, 0.2),
        Map.of("a", new DecoderConfig(9, 4, CellType.GRU, 6, 1, Readout.CONCAT, 0, 0.2),
            "b", new DecoderConfig(8, 3, CellType.LSTM, 4, 1, Readout.STATE, 0, 0.2)), DataType.FLOAT, seed);
  }

  static Map<String, List<SentencePair>> data() {
    SplittableRandom r = new SplittableRandom(1);
    List<SentencePair> a = new ArrayList<>();
    List<SentencePair> b = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      a.add(new SentencePair(r.ints(1 + r.nextInt(5), 3, 10).toArray(), r.ints(1 + r.nextInt(4), 3, 9).toArray()));
      b.add(new SentencePair(r.ints(1 + r.nextInt(5), 3, 10).toArray(), r.ints(1 + r.nextInt(4), 3, 8).toArray()));
    }
    return Map.of("a", a, "b", b);
  }

  static TrainerConfig config(long maxSteps, Path ckpt, int validateEvery, int patience) {
    return new TrainerConfig(3, 2, 0.01, ClipMode.GLOBAL_NORM, 1.0, maxSteps, 0, validateEvery, 0, patience, 0.5, 1,
        1e-4, false, 42, ckpt, Map.of("a", 2.0, "b", 1.0));
  }

  @Test
  void resumeIsExact() {
    // 2N = 10 steps straight (crossing epoch boundaries: 4 batches per language per epoch)
    Seq2SeqModel straight = model(7);
    new Seq2SeqTrainer(straight, data(), Map.of("a", SP, "b", SP), config(10, null, 0, 0), null, new TrainingListener() {}).train();
    // N steps, checkpoint, fresh model with different init, resume, N more
    Path ck = dir.resolve("run1");
    Seq2SeqModel first = model(7);
    new Seq2SeqTrainer(first, data(), Map.of("a", SP, "b", SP), config(5, ck, 0, 0), null, new TrainingListener() {}).train();
    Seq2SeqModel resumed = model(8);
    Seq2SeqTrainer t = new Seq2SeqTrainer(resumed, data(), Map.of("a", SP, "b", SP), config(10, dir.resolve("run2"), 0, 0),
        null, new TrainingListener() {});
    t.resume(ck.resolve("last.ckpt"));
    assertEquals(5, t.state().step());
    t.train();
    Iterator<Param> it = resumed.paramList().iterator();
    for (Param p : straight.paramList()) {
      Param q = it.next();
      assertArrayEquals(p.value().data().asFloat(), q.value().data().asFloat(), 0f, p.name());
    }
    assertEquals(10, t.optimizer().stepCount());
  }

  @Test
  void earlyStoppingWritesBestCheckpoint() {
    double[] metrics = {3.0, 2.0, 2.5, 2.5, 1.0};
    int[] calls = {0};
    List<String> events = new ArrayList<>();
    Path ck = dir.resolve("es");
    Seq2SeqModel m = model(3);
    Seq2SeqTrainer t = new Seq2SeqTrainer(m, data(), Map.of("a", SP, "b", SP), config(100, ck, 2, 2),
        (model, step) -> metrics[calls[0]++], new TrainingListener() {
          @Override
          public void onValidation(long step, double metric, boolean improved, double lr) {
            events.add(step + ":" + metric + ":" + improved + ":" + lr);
          }
        });
    assertEquals(StopReason.EARLY_STOPPING, t.train());
    // validations at steps 2, 4, 6, 8: best 2.0 at step 4, then 2 without improvement -> stop at 8;
    // lr halves after each non-improving validation (lrPatience 1)
    assertEquals(List.of("2:3.0:true:0.01", "4:2.0:true:0.01", "6:2.5:false:0.005", "8:2.5:false:0.0025"), events);
    assertEquals(8, t.state().step());
    ParamSet ps = model(5).params();
    Checkpoint.loadParams(ck.resolve("best.ckpt"), ps);
    assertTrue(Files.exists(ck.resolve("last.ckpt")));
  }

  @Test
  void stopsAfterMaxEpochsAndSamplesBothLanguages() {
    // 11 pairs, batch 3, chunks of 2 batches -> 4 batches per epoch per language
    TrainerConfig c = new TrainerConfig(3, 2, 0.01, ClipMode.VALUE, 1.0, 0, 1, 0, 0, 0, 1.0, 1, 0, false, 42, null,
        Map.of("a", 1.0, "b", 1.0));
    Map<String, Integer> steps = new java.util.TreeMap<>();
    Seq2SeqTrainer t = new Seq2SeqTrainer(model(2), data(), Map.of("a", SP, "b", SP), c, null, new TrainingListener() {
      @Override
      public void onStep(long step, String language, long epoch, double nll, long tokens, double gradNorm, double lr) {
        steps.merge(language, 1, Integer::sum);
      }
    });
    assertEquals(StopReason.MAX_EPOCHS, t.train());
    // stops as soon as both languages completed one epoch: one has exactly 4 steps, the other >= 4
    assertEquals(4, Math.min(steps.get("a"), steps.get("b")));
    assertTrue(Math.max(steps.get("a"), steps.get("b")) >= 4);
    assertTrue(t.state().epoch("a") >= 1 && t.state().epoch("b") >= 1);
  }

  @Test
  void aSpentTimeBudgetStopsAfterOneStepAndValidatesOnce() {
    // a budget of one nanosecond runs out during the first update
    TrainerConfig c = new TrainerConfig(3, 2, 0.01, ClipMode.NONE, 0, 0, 0, 100, 0, 0, 1.0, 1, 0, true, 42,
        dir.resolve("tb"), Map.of(), 1e-9);
    List<Long> validatedAt = new ArrayList<>();
    Seq2SeqTrainer t = new Seq2SeqTrainer(model(4), data(), Map.of("a", SP, "b", SP), c, (m, step) -> {
      validatedAt.add(step);
      return 1.0;
    }, new TrainingListener() {});
    assertEquals(StopReason.TIME_BUDGET, t.train());
    assertEquals(1, t.state().step());
    assertEquals(List.of(1L), validatedAt);
    assertTrue(Files.exists(dir.resolve("tb/best.ckpt")));
  }

  @Test
  void resumeRejectsOtherSeedAndMissingFile() {
    Path ck = dir.resolve("s");
    new Seq2SeqTrainer(model(1), data(), Map.of("a", SP, "b", SP), config(1, ck, 0, 0), null, new TrainingListener() {}).train();
    TrainerConfig other = new TrainerConfig(3, 2, 0.01, ClipMode.GLOBAL_NORM, 1.0, 2, 0, 0, 0, 0, 0.5, 1, 1e-4, false, 43,
        null, Map.of());
    Seq2SeqTrainer t = new Seq2SeqTrainer(model(1), data(), Map.of("a", SP, "b", SP), other, null, new TrainingListener() {});
    UserException e = assertThrows(UserException.class, () -> t.resume(ck.resolve("last.ckpt")));
    assertTrue(e.getMessage().contains("trained with seed 42 but the configuration has seed 43"), e.getMessage());
    e = assertThrows(UserException.class, () -> t.resume(ck.resolve("nope.ckpt")));
    assertTrue(e.getMessage().contains("nope.ckpt: checkpoint does not exist"), e.getMessage());
  }

  static TrainerConfig averagingConfig(long maxSteps, Path ckpt, int validateEvery, double emaDecay) {
    return new TrainerConfig(3, 2, 0.01, ClipMode.GLOBAL_NORM, 1.0, maxSteps, 0, validateEvery, 0, 0, 0.5, 1,
        1e-4, true, 42, ckpt, Map.of("a", 2.0, "b", 1.0), 0, 2, 0, 0, emaDecay);
  }

  private static float[][] weights(ParamSet ps) {
    return ps.list().stream().map(p -> p.value().dup().data().asFloat()).toArray(float[][]::new);
  }

  private static float[][] decodingWeights(Path checkpoint) {
    ParamSet ps = model(99).params();
    Checkpoint.loadParams(checkpoint, ps);
    return weights(ps);
  }

  @Test
  void resumeWithMovingAveragesIsExact() {
    Seq2SeqModel straight = model(7);
    new Seq2SeqTrainer(straight, data(), Map.of("a", SP, "b", SP), averagingConfig(10, dir.resolve("straight"), 0, 0.9),
        null, new TrainingListener() {}).train();
    new Seq2SeqTrainer(model(7), data(), Map.of("a", SP, "b", SP), averagingConfig(5, dir.resolve("first"), 0, 0.9),
        null, new TrainingListener() {}).train();
    Seq2SeqModel resumed = model(8);
    Seq2SeqTrainer t = new Seq2SeqTrainer(resumed, data(), Map.of("a", SP, "b", SP),
        averagingConfig(10, dir.resolve("second"), 0, 0.9), null, new TrainingListener() {});
    t.resume(dir.resolve("first/last.ckpt"));
    t.train();
    assertArrayEquals(weights(straight.params()), weights(resumed.params()));
    float[][] averaged = decodingWeights(dir.resolve("straight/last.ckpt"));
    assertArrayEquals(averaged, decodingWeights(dir.resolve("second/last.ckpt")));
    assertTrue(Checkpoint.hasAverages(dir.resolve("straight/last.ckpt")));
    assertFalse(java.util.Arrays.deepEquals(averaged, weights(straight.params())),
        "the checkpoint decodes with the averages, not the last parameters");
  }

  @Test
  void validationAndTheBestCheckpointUseTheAverages() {
    Seq2SeqModel m = model(3);
    List<float[][]> seen = new ArrayList<>();
    Seq2SeqTrainer t = new Seq2SeqTrainer(m, data(), Map.of("a", SP, "b", SP), averagingConfig(4, dir.resolve("v"), 4, 0.5),
        (model, step) -> {
          seen.add(weights(model.params()));
          return 1.0;
        }, new TrainingListener() {});
    t.train();
    assertEquals(1, seen.size());
    assertArrayEquals(decodingWeights(dir.resolve("v/best.ckpt")), seen.get(0));
    assertFalse(java.util.Arrays.deepEquals(seen.get(0), weights(m.params())), "training goes on with its own parameters");
  }

  @Test
  void resumeNeedsTheSameAveragingSetting() {
    new Seq2SeqTrainer(model(1), data(), Map.of("a", SP, "b", SP), averagingConfig(1, dir.resolve("ema"), 0, 0.9), null,
        new TrainingListener() {}).train();
    Seq2SeqTrainer plain = new Seq2SeqTrainer(model(1), data(), Map.of("a", SP, "b", SP), averagingConfig(2, null, 0, 0),
        null, new TrainingListener() {});
    UserException e = assertThrows(UserException.class, () -> plain.resume(dir.resolve("ema/last.ckpt")));
    assertTrue(e.getMessage().contains("checkpoint has moving averages of the parameters, but the configuration sets no"
        + " training.ema_decay"), e.getMessage());
    new Seq2SeqTrainer(model(1), data(), Map.of("a", SP, "b", SP), averagingConfig(1, dir.resolve("plain"), 0, 0), null,
        new TrainingListener() {}).train();
    Seq2SeqTrainer averaging = new Seq2SeqTrainer(model(1), data(), Map.of("a", SP, "b", SP),
        averagingConfig(2, null, 0, 0.9), null, new TrainingListener() {});
    e = assertThrows(UserException.class, () -> averaging.resume(dir.resolve("plain/last.ckpt")));
    assertTrue(e.getMessage().contains("checkpoint has no moving averages"), e.getMessage());
  }
}
