package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {
  /** Sentences as "token/TAG token/TAG ..." (tag O when left out). */
  private static List<List<String>> tokens(String... sentences) {
    List<List<String>> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(Arrays.stream(s.split(" ")).map(t -> t.split("/")[0]).toList());
    }
    return out;
  }

  private static List<List<String>> tags(String... sentences) {
    List<List<String>> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(Arrays.stream(s.split(" ")).map(t -> t.contains("/") ? t.split("/")[1] : "O").toList());
    }
    return out;
  }

  private static void assertConsistent(String[] before, String... after) {
    assertEquals(tags(after), DocumentConsistency.apply(tokens(before), tags(before)));
  }

  @Test
  void aMentionTakesTheTypeMostMentionsOfItsStringHave() {
    assertConsistent(
        new String[] {"Japan/B-LOC beat Syria/B-LOC", "JAPAN/B-ORG won", "Japan/B-LOC 2"},
        "Japan/B-LOC beat Syria/B-LOC", "JAPAN/B-LOC won", "Japan/B-LOC 2");
  }

  @Test
  void aTieChangesNothing() {
    String[] doc = {"Japan/B-LOC beat Syria/B-LOC", "Japan/B-ORG won"};
    assertConsistent(doc, doc);
  }

  @Test
  void capitalisedUntaggedOccurrencesOfAMentionAreFilledLongestFirst() {
    assertConsistent(
        new String[] {"New/B-LOC York/I-LOC won", "York/B-PER said", "In New York , York spoke", "new york"},
        "New/B-LOC York/I-LOC won", "York/B-PER said", "In New/B-LOC York/I-LOC , York/B-PER spoke", "new york");
  }

  @Test
  void aSurnameOfAPersonBecomesAPersonWhenNothingTouchesIt() {
    assertConsistent(
        new String[] {"Bill/B-PER Clinton/I-PER spoke", "Clinton said", "Clinton Foundation/B-ORG", "clinton ran",
            "Hillary/B-PER Clinton"},
        "Bill/B-PER Clinton/I-PER spoke", "Clinton/B-PER said", "Clinton/B-PER Foundation/B-ORG", "clinton ran",
        "Hillary/B-PER Clinton");
  }

  @Test
  void aSurnameThatIsItselfAMentionKeepsItsVote() {
    assertConsistent(
        new String[] {"Bill/B-PER Clinton/I-PER spoke", "Clinton/B-LOC county", "Clinton said"},
        "Bill/B-PER Clinton/I-PER spoke", "Clinton/B-LOC county", "Clinton/B-LOC said");
  }

  @Test
  void anIContinuationWithoutItsBeginningIsAMentionAsConllevalReadsIt() {
    assertConsistent(
        new String[] {"Reuters/I-PER said", "Reuters/B-ORG reported", "Reuters/B-ORG wrote"},
        "Reuters/B-ORG said", "Reuters/B-ORG reported", "Reuters/B-ORG wrote");
  }

  @Test
  void documentsAreMadeConsistentEachOnItsOwn() {
    List<List<String>> tok = tokens("Ajax/B-ORG won", "Ajax lost", "Ajax lost");
    List<List<String>> tag = tags("Ajax/B-ORG won", "Ajax lost", "Ajax lost");
    assertEquals(tags("Ajax/B-ORG won", "Ajax/B-ORG lost", "Ajax lost"),
        DocumentConsistency.applyByDocument(tok, tag, List.of(0, 2)));
    assertEquals(tags("Ajax/B-ORG won", "Ajax/B-ORG lost", "Ajax/B-ORG lost"),
        DocumentConsistency.applyByDocument(tok, tag, List.of(0)));
    assertThrows(IllegalArgumentException.class, () -> DocumentConsistency.applyByDocument(tok, tag, List.of(1)));
  }

  @Test
  void theInputIsNotChangedAndShapesMustAgree() {
    List<List<String>> tok = tokens("Ajax/B-ORG won", "Ajax lost");
    List<List<String>> tag = tags("Ajax/B-ORG won", "Ajax lost");
    List<List<String>> copy = List.copyOf(tag);
    DocumentConsistency.apply(tok, tag);
    assertEquals(copy, tag);
    assertThrows(IllegalArgumentException.class, () -> DocumentConsistency.apply(tok, tags("Ajax/B-ORG won")));
    assertThrows(IllegalArgumentException.class, () -> DocumentConsistency.apply(tok, tags("Ajax won", "Ajax")));
  }
}
