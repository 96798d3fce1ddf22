package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSentenceTest {
  // "Ann  Lee met Bo in Oslo" at document offset 100; offsets by hand
  private static final String TEXT = "Ann  Lee met Bo in Oslo";
  private static final List<TokenSpan> TOKENS = List.of(
      new TokenSpan("Ann", 100, 103), new TokenSpan("Lee", 105, 108), new TokenSpan("met", 109, 112),
      new TokenSpan("Bo", 113, 115), new TokenSpan("in", 116, 118), new TokenSpan("Oslo", 119, 123));

  @Test
  void entitiesFollowIob2() {
    DocumentSentence s = DocumentSentence.of(1, TEXT, TOKENS, List.of("B-PER", "I-PER", "O", "B-PER", "O", "B-LOC"));
    assertEquals(List.of(
        new EntitySpan("PER", 100, 108, "Ann  Lee"), new EntitySpan("PER", 113, 115, "Bo"),
        new EntitySpan("LOC", 119, 123, "Oslo")), s.entities());
  }

  @Test
  void adjacentEntitiesAndStrayInsideTagsSplitAsConllevalDoes() {
    // B-PER B-PER: two entities; I-LOC after O starts one; I-ORG after LOC starts another
    DocumentSentence s = DocumentSentence.of(1, TEXT, TOKENS, List.of("B-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"));
    assertEquals(List.of(
        new EntitySpan("PER", 100, 103, "Ann"), new EntitySpan("PER", 105, 108, "Lee"),
        new EntitySpan("LOC", 113, 115, "Bo"), new EntitySpan("ORG", 116, 123, "in Oslo")), s.entities());
  }
}
