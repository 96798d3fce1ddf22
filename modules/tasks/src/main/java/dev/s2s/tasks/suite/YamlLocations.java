package dev.s2s.tasks.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of a YAML document is and how its value was written, by key path ({@code
 * testsets[1].corpus}; "" is the top level), from one streaming pass. An equivalent of the
 * experiment configs' package-private location index, so that errors found after binding still
 * name the line.
 */
final class YamlLocations {
  private final Map<String, JsonLocation> locations = new HashMap<>();
  private final Map<String, String> values = new HashMap<>();
  private final List<String> keys = new ArrayList<>();

  /** Reads the whole document from {@code parser} (and closes it). */
  static YamlLocations read(JsonParser parser) throws IOException {
    YamlLocations index = new YamlLocations();
    try (JsonParser p = parser) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String path = pathOf(p.getParsingContext(), t);
        index.locations.putIfAbsent(path, p.currentTokenLocation());
        if (t == JsonToken.FIELD_NAME) {
          index.keys.add(path);
        } else {
          index.values.put(path, switch (t) {
            case START_OBJECT -> "{...}";
            case START_ARRAY -> "[...]";
            case VALUE_NULL -> "null";
            default -> p.getText();
          });
        }
      }
    }
    return index;
  }

  /** The location of {@code path} or of its nearest present ancestor; null if none. */
  JsonLocation locate(String path) {
    for (String p = path; ; p = parent(p)) {
      JsonLocation loc = locations.get(p);
      if (loc != null || p.isEmpty()) {
        return loc;
      }
    }
  }

  /** The value at {@code path} as written, or null. */
  String valueAt(String path) {
    return values.get(path);
  }

  /** The key path of every key of every mapping, in document order. */
  List<String> keyPaths() {
    return List.copyOf(keys);
  }

  /** True when the document had no content. */
  boolean isEmpty() {
    return locations.isEmpty();
  }

  /** {@code parent.child}, {@code parent[i]}, or {@code child} at the top level. */
  static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  /** The path one level up ({@code a.b[1]} -> {@code a.b}, {@code a} -> ""). */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** The key path of the parser's current token {@code t}. */
  static String pathOf(JsonStreamContext ctx, JsonToken t) {
    return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? containerPath(ctx) : slotPath(ctx);
  }

  private static String containerPath(JsonStreamContext container) {
    JsonStreamContext parent = container.getParent();
    return parent == null ? "" : slotPath(parent);
  }

  private static String slotPath(JsonStreamContext ctx) {
    if (ctx.inRoot()) {
      return "";
    }
    String base = containerPath(ctx);
    if (ctx.inObject()) {
      String name = ctx.getCurrentName();
      return name == null ? base : join(base, name);
    }
    return base + "[" + ctx.getCurrentIndex() + "]";
  }
}
