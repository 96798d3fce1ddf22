package dev.s2s.neural.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CasingFeatureTest {
  @Test
  void classifiesBySpelling() {
    assertEquals(CasingFeature.ALL_LOWER, CasingFeature.of("paris"));
    assertEquals(CasingFeature.ALL_LOWER, CasingFeature.of("e-mail"));
    assertEquals(CasingFeature.ALL_UPPER, CasingFeature.of("NATO"));
    assertEquals(CasingFeature.INITIAL_CAP, CasingFeature.of("Paris"));
    assertEquals(CasingFeature.INITIAL_CAP, CasingFeature.of("McDonald"));
    assertEquals(CasingFeature.HAS_DIGIT, CasingFeature.of("1996"));
    assertEquals(CasingFeature.HAS_DIGIT, CasingFeature.of("A4"));
    assertEquals(CasingFeature.OTHER, CasingFeature.of(","));
    assertEquals(CasingFeature.OTHER, CasingFeature.of("iPhone"));
    assertEquals(CasingFeature.INITIAL_CAP, CasingFeature.of("Ödön"));
  }
}
