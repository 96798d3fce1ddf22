package dev.s2s.neural.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Word2VecVectorsTest {
  /** 60 sentences: "red" x60, "apple" x40, "green" x20, "pear" x20, "rare" x2 (counted by hand). */
  private static List<List<String>> text() {
    List<List<String>> s = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      List<String> line = new ArrayList<>(List.of("red", i % 3 == 0 ? "pear" : "apple"));
      if (i % 3 == 0) {
        line.add("green");
      }
      if (i < 2) {
        line.add("rare");
      }
      s.add(line);
    }
    return s;
  }

  private static final Word2VecVectors.Settings SETTINGS = new Word2VecVectors.Settings(6, 2, 2, 3, 3, 11);

  @Test
  void wordsBelowMinFreqGetNoVectorOthersComeByFrequency() {
    Word2VecVectors v = Word2VecVectors.train(text(), SETTINGS);
    assertEquals(List.of("red", "apple", "green", "pear"), v.wordsByFrequency());
    assertEquals(4, v.size());
    assertEquals(40, v.count("apple"));
    assertNull(v.vector("rare"));
    assertEquals(0, v.count("rare"));
    assertEquals(6, v.vector("pear").length);
  }

  @Test
  void theSameTextAndSeedGiveTheSameVectors() {
    Word2VecVectors a = Word2VecVectors.train(text(), SETTINGS);
    Word2VecVectors b = Word2VecVectors.train(text(), SETTINGS);
    for (String w : a.wordsByFrequency()) {
      assertArrayEquals(a.vector(w), b.vector(w), 0.0, w);
    }
  }

  @Test
  void textWithoutAFrequentWordIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Word2VecVectors.train(List.of(List.of("a", "b")), SETTINGS));
  }
}
