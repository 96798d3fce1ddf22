package dev.s2s.cli;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON the way Python's {@code json.dumps(obj, indent=1, ensure_ascii=False)} lays it out
 * (sacreBLEU's {@code --format json}): one space of indent per level, {@code ": "} between key
 * and value. Values are {@link String}s (quoted), {@link Raw} numbers (printed as given), lists
 * and maps (insertion order).
 */
final class PyJson {
  private PyJson() {}

  /** A number already formatted as it should appear. */
  record Raw(String text) {}

  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, 0, sb);
    return sb.toString();
  }

  private static void write(Object v, int level, StringBuilder sb) {
    if (v instanceof Raw r) {
      sb.append(r.text());
    } else if (v instanceof String s) {
      quote(s, sb);
    } else if (v instanceof Map<?, ?> m) {
      writeMap(m, level, sb);
    } else if (v instanceof List<?> l) {
      writeList(l, level, sb);
    } else {
      throw new IllegalArgumentException("cannot write " + v + " as JSON");
    }
  }

  private static void writeMap(Map<?, ?> m, int level, StringBuilder sb) {
    if (m.isEmpty()) {
      sb.append("{}");
      return;
    }
    sb.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      sb.append(" ".repeat(level + 1));
      quote(e.getKey().toString(), sb);
      sb.append(": ");
      write(e.getValue(), level + 1, sb);
      sb.append(++i < m.size() ? ",\n" : "\n");
    }
    sb.append(" ".repeat(level)).append('}');
  }

  private static void writeList(List<?> l, int level, StringBuilder sb) {
    if (l.isEmpty()) {
      sb.append("[]");
      return;
    }
    sb.append("[\n");
    for (int i = 0; i < l.size(); i++) {
      sb.append(" ".repeat(level + 1));
      write(l.get(i), level + 1, sb);
      sb.append(i + 1 < l.size() ? ",\n" : "\n");
    }
    sb.append(" ".repeat(level)).append(']');
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
