package dev.s2s.tasks.tagging;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.UserException;
import dev.s2s.neural.nn.Adam;
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
 * A resumable tagger checkpoint (written atomically): header {@code s2s-tagger-checkpoint-v1}, the
 * {@link TaggerTrainingState} as key/value strings, the parameters and the Adam moments as {@link
 * NamedArrays}.
 */
public final class TaggerCheckpoint {
  private static final String MAGIC = "s2s-tagger-checkpoint-v1";

  private TaggerCheckpoint() {}

  /** Writes {@code file}. */
  public static void write(Path file, TaggerTrainingState state, ParamSet params, Adam adam) {
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
      NamedArrays.write(out, adam.state());
      out.flush();
    });
  }

  /** Restores parameters and optimizer moments from {@code file}; returns the training state. */
  public static TaggerTrainingState read(Path file, ParamSet params, Adam adam) {
    String src = file.toString();
    try (InputStream is = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new UserException(src + ": not a tagger checkpoint (header '" + magic + "', expected '" + MAGIC + "')");
      }
      int n = in.readInt();
      if (n < 0 || n > 1000) {
        throw new UserException(src + ": corrupt tagger checkpoint (" + n + " state entries)");
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        m.put(in.readUTF(), in.readUTF());
      }
      TaggerTrainingState state = TaggerTrainingState.fromMap(m, src);
      params.assign(NamedArrays.read(in, src), src);
      adam.loadState(NamedArrays.read(in, src), state.adamStep(), src);
      adam.setLearningRate(state.learningRate());
      return state;
    } catch (NoSuchFileException e) {
      throw new UserException(src + ": checkpoint does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tagger checkpoint " + src, e);
    }
  }
}
