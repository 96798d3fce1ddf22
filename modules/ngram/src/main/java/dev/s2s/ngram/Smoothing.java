package dev.s2s.ngram;

import dev.s2s.common.UserException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How counts become probabilities. */
public enum Smoothing {
  /** Add k to every count, backing off to lower orders for unseen words (SRILM {@code -addsmooth}). */
  ADD_K("add-k"),
  /** Interpolated Kneser-Ney, one discount per order D = n1 / (n1 + 2 n2). */
  KN("kn"),
  /** Interpolated modified Kneser-Ney, discounts D1, D2, D3+ per order (Chen and Goodman 1998). */
  MODIFIED_KN("modified-kn");

  private final String cliName;

  Smoothing(String cliName) {
    this.cliName = cliName;
  }

  /** The name used on the command line. */
  public String cliName() {
    return cliName;
  }

  /** The smoothing named {@code name} on the command line. */
  public static Smoothing parse(String name) {
    for (Smoothing s : values()) {
      if (s.cliName.equals(name)) {
        return s;
      }
    }
    throw new UserException(
        "--smoothing: unknown value '" + name + "'; expected one of "
            + Arrays.stream(values()).map(Smoothing::cliName).collect(Collectors.joining(", ")));
  }
}
