package dev.s2s.experiment.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key of a YAML document is (Jackson's {@link JsonLocation} of the key, or of the
 * value for list items) and how its value was written, by key path. Built by one streaming pass
 * so that errors found after binding (validation, missing files) can still name the line.
 */
final class LocationIndex {
  private final Map<String, JsonLocation> locations = new HashMap<>();
  private final Map<String, String> values = new HashMap<>();

  /** Reads the whole document from {@code parser} (which it closes). */
  static LocationIndex read(JsonParser parser) throws IOException {
    LocationIndex index = new LocationIndex();
    try (JsonParser p = parser) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String path = pathOf(p.getParsingContext(), t);
        index.locations.putIfAbsent(path, p.currentTokenLocation());
        if (t != JsonToken.FIELD_NAME) {
          index.values.put(path, valueText(p, t));
        }
      }
    }
    return index;
  }

  /** True when the document had no content at all. */
  boolean isEmpty() {
    return locations.isEmpty();
  }

  /** The location of {@code path}, or of its nearest present ancestor; null if none. */
  JsonLocation locate(String path) {
    for (String p = path; ; p = KeyPaths.parent(p)) {
      JsonLocation loc = locations.get(p);
      if (loc != null || p.isEmpty()) {
        return loc;
      }
    }
  }

  /** The value at {@code path} as written ({@code {...}} for a mapping, {@code [...]} for a list), or null. */
  String valueAt(String path) {
    return values.get(path);
  }

  /** The key path of the token the parser is at ({@code t} is its current token). */
  static String pathOf(JsonStreamContext ctx, JsonToken t) {
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      return containerPath(ctx);
    }
    return slotPath(ctx);
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
      return name == null ? base : KeyPaths.join(base, name);
    }
    return KeyPaths.item(base, ctx.getCurrentIndex());
  }

  private static String valueText(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case START_OBJECT -> "{...}";
      case START_ARRAY -> "[...]";
      case VALUE_NULL -> "null";
      default -> p.getText();
    };
  }
}
