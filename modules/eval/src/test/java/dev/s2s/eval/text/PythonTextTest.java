package dev.s2s.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTextTest {
  @Test
  void spaceSetIsPythonsIsspace() {
    // from Python 3.11: [c for c in range(0x110000) if chr(c).isspace()]
    int[] spaces = {
      0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001,
      0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029,
      0x202F, 0x205F, 0x3000
    };
    int count = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (PythonText.isSpace(cp)) {
        assertEquals(spaces[count], cp);
        count++;
      }
    }
    assertEquals(spaces.length, count);
    assertFalse(PythonText.isSpace(0x200B)); // zero width space is not whitespace
    assertFalse(PythonText.isSpace(0x180E));
    assertTrue(PythonText.isSpace(0x202F));
  }

  @Test
  void splitAndRstrip() {
    assertEquals(List.of("a", "b", "c"), PythonText.split(" a\u00A0 b\u2009c\u3000"));
    assertEquals(List.of(), PythonText.split(" \t "));
    assertEquals(" a b", PythonText.rstrip(" a b \u00A0\r"));
    assertEquals("abc", PythonText.removeSpaces("a b\u202Fc"));
  }

  @Test
  void lowerIsFullUnicodeLowercasing() {
    assertEquals("i\u0307", PythonText.lower("\u0130"));
    assertEquals("straße", PythonText.lower("STRAßE"));
  }
}
