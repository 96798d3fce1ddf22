package dev.s2s.experiment.plot;

/** Makes AWT headless before any chart is drawn (unless the JVM was told otherwise). */
final class Headless {
  private Headless() {}

  static void ensure() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
