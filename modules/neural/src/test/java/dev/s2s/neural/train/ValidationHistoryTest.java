package dev.s2s.neural.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.neural.nn.PlateauSchedule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationHistoryTest {
  /** lr 1, halved after each validation without improvement, never below 0.1. */
  private static PlateauSchedule perplexitySchedule() {
    return new PlateauSchedule(1.0, 0.5, 1, 0.1, false);
  }

  @Test
  void recordsImprovementsCountersAndTheScheduleByHand() {
    PlateauSchedule schedule = perplexitySchedule();
    ValidationHistory h = ValidationHistory.start(schedule);
    assertEquals(Double.POSITIVE_INFINITY, h.best());
    assertEquals(1.0, h.learningRate());
    // perplexities 10, 8, 9, 9, 7: better, better, worse (lr 0.5), worse (lr 0.25), better
    double[] scores = {10, 8, 9, 9, 7};
    boolean[] improved = {true, true, false, false, true};
    int[] bad = {0, 0, 1, 2, 0};
    double[] lr = {1.0, 1.0, 0.5, 0.25, 0.25};
    for (int i = 0; i < scores.length; i++) {
      assertEquals(improved[i], h.record(scores[i], schedule), "validation " + i);
      assertEquals(bad[i], h.badValidations(), "validation " + i);
      assertEquals(lr[i], h.learningRate(), "validation " + i);
      assertEquals(h.learningRate(), schedule.learningRate());
      assertEquals(i == 3, h.patienceExhausted(2), "patience 2 after validation " + i);
    }
    assertEquals(7.0, h.best());
    assertFalse(h.patienceExhausted(0), "patience 0 never stops");
  }

  @Test
  void higherIsBetterStartsFromMinusInfinity() {
    PlateauSchedule bleu = new PlateauSchedule(0.01, 0.5, 1, 0.0, true);
    ValidationHistory h = ValidationHistory.start(bleu);
    assertEquals(Double.NEGATIVE_INFINITY, h.best());
    assertTrue(h.record(0.0, bleu), "any first score improves");
    assertFalse(h.record(0.0, bleu), "an equal score does not");
  }

  @Test
  void aRestoredHistoryAndScheduleContinueAsTheOriginal() {
    PlateauSchedule straight = perplexitySchedule();
    ValidationHistory a = ValidationHistory.start(straight);
    a.record(10, straight);
    a.record(11, straight); // lr 0.5, schedule counter restarted
    Map<String, String> saved = new LinkedHashMap<>();
    a.write(saved);
    assertEquals(Map.of("best", "10.0", "badValidations", "1", "learningRate", "0.5", "scheduleBest", "10.0",
        "scheduleBad", "0"), saved);
    PlateauSchedule fresh = perplexitySchedule();
    ValidationHistory b = ValidationHistory.read(new StateFields(saved, "ckpt"));
    b.restore(fresh);
    assertEquals(0.5, fresh.learningRate());
    for (double score : new double[] {12, 9, 13}) {
      assertEquals(a.record(score, straight), b.record(score, fresh));
      assertEquals(a.learningRate(), b.learningRate());
      assertEquals(a.badValidations(), b.badValidations());
    }
  }

  @Test
  void aMissingKeyNamesTheFile() {
    Map<String, String> partial = new LinkedHashMap<>(Map.of("best", "1.0", "badValidations", "0"));
    UserException e = assertThrows(UserException.class,
        () -> ValidationHistory.read(new StateFields(partial, "runs/x/last.ckpt")));
    assertTrue(e.getMessage().contains("runs/x/last.ckpt"), e.getMessage());
    assertTrue(e.getMessage().contains("learningRate"), e.getMessage());
  }
}
