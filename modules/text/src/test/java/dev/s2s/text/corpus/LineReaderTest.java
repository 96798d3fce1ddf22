package dev.s2s.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {
  @TempDir Path dir;

  @Test
  void splitsOnLfStripsOneCrKeepsLastLineWithoutNewline() {
    Path f = TestFiles.write(dir, "a.txt", "one\r\ntwo\u2028still two\n\nlast");
    try (LineReader r = LineReader.open(f)) {
      assertEquals("one", r.next());
      assertEquals(1, r.lineNumber());
      assertEquals("two\u2028still two", r.next());
      assertEquals("", r.next());
      assertEquals("last", r.next());
      assertEquals(4, r.lineNumber());
      assertEquals(f + ":4", r.where());
      assertNull(r.next());
    }
  }

  @Test
  void readsGzip() {
    Path f = TestFiles.write(dir, "a.txt.gz", "é\nß\n");
    try (LineReader r = LineReader.open(f)) {
      assertEquals("é", r.next());
      assertEquals("ß", r.next());
      assertNull(r.next());
    }
  }

  @Test
  void badUtf8NamesFileAndByteOffset() {
    // "ab\n" is 3 bytes, then 0xC3 0x28 is an invalid 2-byte sequence starting at byte offset 3
    Path f = TestFiles.writeBytes(dir, "bad.txt", new byte[] {'a', 'b', '\n', (byte) 0xC3, 0x28, '\n'});
    UserException e =
        assertThrows(
            UserException.class,
            () -> {
              try (LineReader r = LineReader.open(f)) {
                while (r.next() != null) {
                  // read all
                }
              }
            });
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("byte offset 3"), e.getMessage());
  }

  @Test
  void missingFileNamesPath() {
    Path f = dir.resolve("nope.txt");
    UserException e = assertThrows(UserException.class, () -> LineReader.open(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }
}
