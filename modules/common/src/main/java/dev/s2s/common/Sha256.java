package dev.s2s.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lowercase hex, for provenance records. */
public final class Sha256 {
  private Sha256() {}

  /** Digest of the file's bytes as stored on disk (a .gz file is hashed compressed). */
  public static String ofFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return ofStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Digest of the file's content, decompressed when the name ends in .gz. */
  public static String ofContent(Path file) {
    try (InputStream in = TextFiles.openBytes(file)) {
      return ofStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String ofString(String s) {
    MessageDigest md = newDigest();
    return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  public static String ofStream(InputStream in) throws IOException {
    MessageDigest md = newDigest();
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
