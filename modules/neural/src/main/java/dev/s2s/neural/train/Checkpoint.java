package dev.s2s.neural.train;

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
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Training checkpoint file (written atomically): header, trainer state as key/value strings,
 * parameters and Adam moments as {@link NamedArrays}.
 */
public final class Checkpoint {
  private static final String MAGIC = "s2s-checkpoint-v1";

  private Checkpoint() {}

  public static void write(Path file, ParamSet params, Adam adam, TrainerState state) {
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

  /** Restores params and optimizer state; returns the trainer state. */
  public static TrainerState read(Path file, ParamSet params, Adam adam) {
    return readInto(file, params, adam);
  }

  /** Loads only the model parameters of a checkpoint (for translation / evaluation). */
  public static void loadParams(Path file, ParamSet params) {
    readInto(file, params, null);
  }

  private static TrainerState readInto(Path file, ParamSet params, Adam adam) {
    String src = file.toString();
    try (InputStream is = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new UserException(src + ": not a training checkpoint (header '" + magic + "', expected '" + MAGIC + "')");
      }
      int n = in.readInt();
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        m.put(in.readUTF(), in.readUTF());
      }
      TrainerState state = TrainerState.fromMap(m, src);
      params.assign(NamedArrays.read(in, src), src);
      if (adam != null) {
        Map<String, INDArray> moments = NamedArrays.read(in, src);
        adam.loadState(moments, state.adamStep, src);
      }
      return state;
    } catch (NoSuchFileException e) {
      throw new UserException(src + ": checkpoint does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoint " + src, e);
    }
  }
}
