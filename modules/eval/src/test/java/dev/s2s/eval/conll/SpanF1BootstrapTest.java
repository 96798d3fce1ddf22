package dev.s2s.eval.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.eval.bootstrap.PairedBootstrap;
import dev.s2s.eval.bootstrap.PairedBootstrapResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanF1BootstrapTest {
  private final ConllEval eval = new ConllEval(ConllOptions.defaults());

  @Test
  void comparesOverallF1OfTheRealCorpus() {
    // A finds 1 of 2 PER chunks (P 100, R 50, F 66.67); B finds both (F 100)
    List<List<String>> gold = List.of(List.of("B-PER", "O"), List.of("B-PER"));
    ConllResult a = eval.evaluateTags(gold, List.of(List.of("B-PER", "O"), List.of("O")));
    ConllResult b = eval.evaluateTags(gold, gold);
    PairedBootstrapResult r =
        SpanF1Bootstrap.compare("a", a, "b", b, new PairedBootstrap(100, 1));
    assertEquals(200.0 / 3, r.baseline().score(), 1e-12);
    assertEquals(100.0, r.system().score(), 1e-12);
  }

  @Test
  void differentCorporaAreAUserError() {
    ConllResult a = eval.evaluateTags(List.of(List.of("O")), List.of(List.of("O")));
    ConllResult b =
        eval.evaluateTags(List.of(List.of("O"), List.of("O")), List.of(List.of("O"), List.of("O")));
    UserException e =
        assertThrows(
            UserException.class,
            () -> SpanF1Bootstrap.compare("a.txt", a, "b.txt", b, PairedBootstrap.withDefaults()));
    assertTrue(e.getMessage().contains("a.txt has 1 sentences but b.txt has 2"), e.getMessage());
  }
}
