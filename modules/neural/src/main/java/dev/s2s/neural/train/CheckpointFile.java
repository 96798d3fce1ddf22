package dev.s2s.neural.train;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.UserException;
import dev.s2s.neural.nn.NamedArrays;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The on-disk layout shared by every training checkpoint, written atomically: a header naming the
 * kind (e.g. {@code s2s-checkpoint-v1}), the trainer state as key/value strings, then sections of
 * {@link NamedArrays} (parameters, optimizer moments, and whatever else a trainer keeps, such as a
 * language model's carried states). Each kind's class decides what its state and sections mean.
 */
public final class CheckpointFile {
  /** Upper bound on state entries; more means the file is not what its header says. */
  private static final int MAX_STATE_ENTRIES = 100_000;

  private CheckpointFile() {}

  /** What {@link #read} returns: the state, and the array sections read, in file order. */
  public record Contents(Map<String, String> state, List<Map<String, INDArray>> sections) {}

  /** Writes {@code file} atomically. */
  public static void write(Path file, String header, Map<String, String> state, List<Map<String, INDArray>> sections) {
    AtomicFiles.write(file, os -> {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
      out.writeUTF(header);
      out.writeInt(state.size());
      for (Map.Entry<String, String> e : state.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      for (Map<String, INDArray> section : sections) {
        NamedArrays.write(out, section);
      }
      out.flush();
    });
  }

  /**
   * Reads the state and the first {@code sections} array sections of {@code file} (later ones are
   * not read).
   *
   * @param kind what the caller expects, for messages (e.g. "tagger checkpoint")
   * @throws UserException if the file is missing, has another header, or is truncated or corrupt
   */
  public static Contents read(Path file, String header, String kind, int sections) {
    return read(file, header, kind, state -> sections);
  }

  /**
   * As {@link #read(Path, String, String, int)}, with the number of sections to read decided from
   * the state (for a kind whose later sections are optional), so the file is opened once.
   */
  public static Contents read(Path file, String header, String kind, ToIntFunction<Map<String, String>> sectionsFor) {
    String src = file.toString();
    try (InputStream is = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
      String found = in.readUTF();
      if (!header.equals(found)) {
        throw new UserException(src + ": not a " + kind + " (header '" + found + "', expected '" + header + "')");
      }
      int n = in.readInt();
      if (n < 0 || n > MAX_STATE_ENTRIES) {
        throw new UserException(src + ": corrupt " + kind + " (" + n + " state entries)");
      }
      Map<String, String> state = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        state.put(in.readUTF(), in.readUTF());
      }
      List<Map<String, INDArray>> read = new ArrayList<>();
      int sections = sectionsFor.applyAsInt(state);
      for (int i = 0; i < sections; i++) {
        read.add(NamedArrays.read(in, src));
      }
      return new Contents(state, read);
    } catch (NoSuchFileException e) {
      throw new UserException(src + ": checkpoint does not exist", e);
    } catch (IOException e) {
      throw new UserException(src + ": cannot read " + kind + ": " + e, e);
    }
  }
}
