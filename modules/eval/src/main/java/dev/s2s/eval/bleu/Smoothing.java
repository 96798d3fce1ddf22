package dev.s2s.eval.bleu;

import dev.s2s.eval.text.FixedPoint;

/**
 * BLEU smoothing methods of sacreBLEU (Chen and Cherry 2014 numbering): {@link #NONE}, {@link
 * #FLOOR} (method 1, default value 0.1), {@link #ADD_K} (method 2, default k = 1) and {@link #EXP}
 * (method 3, the NIST / mteval-v13a smoothing, sacreBLEU's default).
 */
public enum Smoothing {
  NONE("none", Double.NaN),
  FLOOR("floor", 0.1),
  ADD_K("add-k", 1.0),
  EXP("exp", Double.NaN);

  private final String cliName;
  private final double defaultValue;

  Smoothing(String cliName, double defaultValue) {
    this.cliName = cliName;
    this.defaultValue = defaultValue;
  }

  /** The name on sacreBLEU's command line: none, floor, add-k, exp. */
  public String cliName() {
    return cliName;
  }

  /** Whether the method takes a value (floor and add-k). */
  public boolean hasValue() {
    return !Double.isNaN(defaultValue);
  }

  /** The default value (NaN for methods without one). */
  public double defaultValue() {
    return defaultValue;
  }

  /** The signature part, e.g. {@code exp}, {@code floor[0.10]}, {@code add-k[1.00]}. */
  public String signature(double value) {
    return hasValue() ? cliName + "[" + FixedPoint.format(value, 2) + "]" : cliName;
  }

  /**
   * The method named {@code name} on the command line.
   *
   * @throws IllegalArgumentException for other names
   */
  public static Smoothing named(String name) {
    for (Smoothing s : values()) {
      if (s.cliName.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown smoothing method '" + name + "': expected exp, floor, add-k or none");
  }
}
