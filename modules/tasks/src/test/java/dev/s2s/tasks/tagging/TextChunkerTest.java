package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunkerTest {
  private static List<TextChunker.Chunk> chunks(String text, int max) throws IOException {
    TextChunker c = new TextChunker(new StringReader(text), max);
    List<TextChunker.Chunk> out = new ArrayList<>();
    for (TextChunker.Chunk k; (k = c.next()) != null; ) {
      out.add(k);
    }
    return out;
  }

  @Test
  void cutsAfterBlankLines() throws IOException {
    String text = "one two.\nthree\n \t\nfour\n\nfive";
    List<TextChunker.Chunk> out = chunks(text, 1000);
    assertEquals(List.of(
        new TextChunker.Chunk("one two.\nthree\n \t\n", 0),
        new TextChunker.Chunk("four\n\n", 18),
        new TextChunker.Chunk("five", 24)), out);
  }

  @Test
  void longLinesAreCutAtWhitespaceWithinTheBound() throws IOException {
    String text = "aaaa bbbb cccc dddd";
    // bound 7: "aaaa " (last whitespace before 7), then "bbbb ", "cccc ", "dddd"
    assertEquals(List.of(
        new TextChunker.Chunk("aaaa ", 0), new TextChunker.Chunk("bbbb ", 5),
        new TextChunker.Chunk("cccc ", 10), new TextChunker.Chunk("dddd", 15)), chunks(text, 7));
  }

  @Test
  void aLineBreakIsPreferredToASpace() throws IOException {
    assertEquals("ab\n", chunks("ab\ncd ef gh", 8).get(0).text());
  }

  @Test
  void textWithoutWhitespaceIsCutHardButNotInsideASurrogatePair() throws IOException {
    String text = "abc\uD83D\uDE00def"; // a, b, c, U+1F600 (2 chars), d, e, f
    List<TextChunker.Chunk> out = chunks(text, 4);
    assertEquals("abc", out.get(0).text()); // cutting at 4 would split the pair
    StringBuilder joined = new StringBuilder();
    for (TextChunker.Chunk c : out) {
      assertTrue(c.text().length() <= 4);
      assertEquals(joined.length(), c.start());
      joined.append(c.text());
    }
    assertEquals(text, joined.toString());
  }

  @Test
  void emptyInputHasNoChunk() throws IOException {
    assertEquals(List.of(), chunks("", 10));
  }
}
