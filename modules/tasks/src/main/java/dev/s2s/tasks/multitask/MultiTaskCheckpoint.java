package dev.s2s.tasks.multitask;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.UserException;
import dev.s2s.neural.nn.NamedArrays;
import dev.s2s.neural.nn.ParamSet;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resumable checkpoint of multi-task training (written atomically): header {@code
 * s2s-multitask-checkpoint-v1}, the {@link MultiTaskState} as key/value strings, all parameters and
 * the optimizer moments as {@link NamedArrays}.
 */
final class MultiTaskCheckpoint {
  private static final String MAGIC = "s2s-multitask-checkpoint-v1";

  private MultiTaskCheckpoint() {}

  static void write(Path file, ParamSet params, GroupedAdam adam, MultiTaskState state) {
    state.adamSteps.clear();
    state.adamSteps.putAll(adam.stepCounts());
    AtomicFiles.write(file, os -> {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
      out.writeUTF(MAGIC);
      Map<String, String> m = state.toMap();
      out.writeInt(m.size());
      for (Map.Entry<String, String> e : m.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      NamedArrays.write(out, params.values());
      NamedArrays.write(out, adam.moments());
      out.flush();
    });
  }

  /** Restores parameters and optimizer; returns the trainer state. */
  static MultiTaskState read(Path file, ParamSet params, GroupedAdam adam) {
    String src = file.toString();
    try (InputStream is = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new UserException(src + ": not a multi-task checkpoint (header '" + magic + "', expected '" + MAGIC + "')");
      }
      int n = in.readInt();
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        m.put(in.readUTF(), in.readUTF());
      }
      MultiTaskState state = MultiTaskState.fromMap(m, src);
      params.assign(NamedArrays.read(in, src), src);
      adam.load(NamedArrays.read(in, src), state.adamSteps, src);
      return state;
    } catch (NoSuchFileException e) {
      throw new UserException(src + ": checkpoint does not exist; nothing to resume", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoint " + src, e);
    }
  }
}
