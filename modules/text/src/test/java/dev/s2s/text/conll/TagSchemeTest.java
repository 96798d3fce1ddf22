package dev.s2s.text.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagSchemeTest {
  // Hand-derived: I-PER at the start opens PER -> B; I-PER after PER continues; I-LOC after O
  // opens -> B; B-LOC right after LOC stays B (the IOB1 use of B); I-LOC continues; I-ORG after
  // LOC opens -> B; I-MISC after ORG opens -> B.
  private static final List<String> IOB1 =
      List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC", "I-ORG", "I-MISC");
  private static final List<String> IOB2 =
      List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "B-ORG", "B-MISC");

  @Test
  void iob1ToIob2() {
    assertEquals(IOB2, TagScheme.IOB1.toIob2(IOB1));
  }

  @Test
  void iob2ToIob1KeepsBOnlyBetweenAdjacentSameTypeChunks() {
    assertEquals(IOB1, TagScheme.IOB1.fromIob2(IOB2));
  }

  @Test
  void iob2IsUnchangedAndValidated() {
    assertEquals(IOB2, TagScheme.IOB2.toIob2(IOB2));
    assertEquals(IOB2, TagScheme.IOB2.fromIob2(IOB2));
    TagSequenceException e =
        assertThrows(TagSequenceException.class, () -> TagScheme.IOB2.toIob2(List.of("B-PER", "O", "I-PER")));
    assertEquals(2, e.index());
    assertTrue(e.getMessage().contains("'I-PER' after 'O'"), e.getMessage());
    TagSequenceException e2 =
        assertThrows(TagSequenceException.class, () -> TagScheme.IOB2.toIob2(List.of("B-PER", "I-LOC")));
    assertEquals(1, e2.index());
  }

  @Test
  void ioToIob2AndBack() {
    // I-X opening a chunk (after O or another type) -> B-X; adjacent LOC chunks cannot be told apart
    List<String> io = List.of("I-PER", "I-PER", "O", "I-LOC", "I-LOC", "I-ORG");
    assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-ORG"), TagScheme.IO.toIob2(io));
    assertEquals(
        List.of("I-PER", "I-PER", "O", "I-LOC", "I-LOC"),
        TagScheme.IO.fromIob2(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC")));
  }

  @Test
  void ioRejectsBTags() {
    TagSequenceException e =
        assertThrows(TagSequenceException.class, () -> TagScheme.IO.toIob2(List.of("O", "B-PER")));
    assertEquals(1, e.index());
    assertTrue(e.getMessage().contains("B-PER"), e.getMessage());
  }

  @Test
  void invalidTagReportsItsIndex() {
    TagSequenceException e =
        assertThrows(TagSequenceException.class, () -> TagScheme.IOB1.toIob2(List.of("O", "O", "X-PER")));
    assertEquals(2, e.index());
    assertTrue(e.getMessage().contains("X-PER"), e.getMessage());
  }

  @Test
  void parsesNames() {
    assertEquals(TagScheme.IOB1, TagScheme.parse("iob1", "data.scheme"));
    assertEquals(TagScheme.IOB2, TagScheme.parse("BIO", "data.scheme"));
    assertEquals(TagScheme.IO, TagScheme.parse("io", null));
    UserException e = assertThrows(UserException.class, () -> TagScheme.parse("bioes", "data.scheme"));
    assertEquals("data.scheme: unknown tag scheme 'bioes', expected one of iob1, iob2 (bio), io", e.getMessage());
  }
}
