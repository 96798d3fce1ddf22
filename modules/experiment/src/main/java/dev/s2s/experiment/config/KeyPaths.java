package dev.s2s.experiment.config;

/**
 * Key paths name a place in a config file: dotted keys with {@code [i]} for list items, e.g.
 * {@code translation.targets[1]} or {@code training.clip.mode}. The empty string is the top level.
 */
final class KeyPaths {
  private KeyPaths() {}

  /** {@code parent.child}, or {@code child} alone when parent is the top level. */
  static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  /** {@code parent[index]}. */
  static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The path one level up ({@code a.b[1]} -> {@code a.b}, {@code a.b} -> {@code a}, {@code a} -> ""). */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** The last segment's key ({@code a.b} -> {@code b}); the whole path at the top level. */
  static String last(String path) {
    int cut = path.lastIndexOf('.');
    return cut < 0 ? path : path.substring(cut + 1);
  }
}
