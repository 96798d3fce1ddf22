package dev.s2s.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DelimitedPairFormatTest {
  @Test
  void presets() {
    assertEquals(new DelimitedPairFormat('\t', false, ColumnRef.index(0), ColumnRef.index(1), 2), DelimitedPairFormat.tatoeba());
    assertEquals(',', DelimitedPairFormat.csv().delimiter());
  }

  @Test
  void namesNeedAHeaderAndDelimiterIsTabOrComma() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DelimitedPairFormat.tsv().withColumns(ColumnRef.name("en"), ColumnRef.index(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DelimitedPairFormat(';', false, ColumnRef.index(0), ColumnRef.index(1), 0));
    assertThrows(IllegalArgumentException.class, () -> new ColumnRef(-1, null));
  }
}
