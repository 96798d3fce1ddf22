package dev.s2s.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
  @TempDir Path dir;

  @Test
  void readsPlainAndGzipLinesSplitOnNewlineOnly() throws IOException {
    byte[] text = "größe\r\nzwei\n\ndrei".getBytes(StandardCharsets.UTF_8);
    Path plain = Files.write(dir.resolve("a.txt"), text);
    Path gz = dir.resolve("a.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text);
    }
    List<String> expected = List.of("größe\r", "zwei", "", "drei");
    assertEquals(expected, TextFiles.readLines(plain));
    assertEquals(expected, TextFiles.readLines(gz));
  }

  @Test
  void malformedUtf8NamesFileAndByteOffset() throws IOException {
    // "ab\n" is 3 bytes, so the lone continuation byte 0x80 sits at offset 3.
    Path f = Files.write(dir.resolve("bad.txt"), new byte[] {'a', 'b', '\n', (byte) 0x80, 'c'});
    UserException e = assertThrows(UserException.class, () -> TextFiles.readLines(f));
    assertTrue(e.getMessage().contains("bad.txt"), e.getMessage());
    assertTrue(e.getMessage().contains("byte offset 3"), e.getMessage());
  }

  @Test
  void truncatedSequenceAtEndIsReported() {
    // "é" is C3 A9; a file ending in C3 alone is malformed at offset 1.
    byte[] bytes = {'x', (byte) 0xC3};
    UserException e =
        assertThrows(
            UserException.class,
            () -> TextFiles.readLines(TextFiles.open(new ByteArrayInputStream(bytes), "stdin")));
    assertTrue(e.getMessage().contains("stdin: not valid UTF-8 at byte offset 1"), e.getMessage());
  }

  @Test
  void readingPastTheEndKeepsReturningMinusOne() throws IOException {
    try (BufferedReader r = TextFiles.open(new ByteArrayInputStream(new byte[] {'x'}), "in")) {
      assertEquals('x', r.read());
      assertEquals(-1, r.read());
      assertEquals(-1, r.read());
    }
  }

  @Test
  void missingFileIsAUserError() {
    UserException e =
        assertThrows(UserException.class, () -> TextFiles.readLines(dir.resolve("nope.txt")));
    assertTrue(e.getMessage().contains("file not found") && e.getMessage().contains("nope.txt"));
  }
}
