package dev.s2s.eval.conll;

import dev.s2s.common.UserException;
import dev.s2s.eval.bootstrap.PairedBootstrap;
import dev.s2s.eval.bootstrap.PairedBootstrapResult;
import java.util.List;

/**
 * Paired bootstrap test of overall span F1 (conlleval's FB1) between two predictions of the same
 * corpus, resampling sentences.
 */
public final class SpanF1Bootstrap {
  private SpanF1Bootstrap() {}

  /**
   * Compares prediction B with baseline A.
   *
   * @param nameA name of A in error messages (e.g. its file)
   * @param nameB name of B in error messages
   * @throws UserException when the two results do not cover the same sentences (sentence count,
   *     tokens and gold chunks per sentence)
   */
  public static PairedBootstrapResult compare(
      String nameA, ConllResult a, String nameB, ConllResult b, PairedBootstrap bootstrap) {
    List<long[]> sa = a.sentenceStatistics();
    List<long[]> sb = b.sentenceStatistics();
    if (sa.size() != sb.size()) {
      throw new UserException(
          nameA + " has " + sa.size() + " sentences but " + nameB + " has " + sb.size()
              + ": a paired test needs two predictions of the same corpus");
    }
    for (int i = 0; i < sa.size(); i++) {
      long[] x = sa.get(i);
      long[] y = sb.get(i);
      if (x[ConllResult.TOKENS] != y[ConllResult.TOKENS]
          || x[ConllResult.GOLD] != y[ConllResult.GOLD]) {
        throw new UserException(
            "sentence " + (i + 1) + " differs between " + nameA + " (" + x[ConllResult.TOKENS]
                + " tokens, " + x[ConllResult.GOLD] + " gold chunks) and " + nameB + " ("
                + y[ConllResult.TOKENS] + " tokens, " + y[ConllResult.GOLD]
                + " gold chunks): a paired test needs two predictions of the same corpus");
      }
    }
    return bootstrap.compare(sa, sb, ConllResult::f1OfStatistics);
  }
}
