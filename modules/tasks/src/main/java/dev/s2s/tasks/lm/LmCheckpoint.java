package dev.s2s.tasks.lm;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An RNN language model checkpoint, written atomically: header {@code s2s-lm-checkpoint-v1},
 * trainer state as key/value strings ({@link LmTrainerState}), then as {@link NamedArrays} the
 * parameters, the Adam moments and the hidden states carried into the next segment (keys {@code
 * state/<layer>}, each {@code [batch, hidden]}; none at an epoch boundary).
 */
public final class LmCheckpoint {
  private static final String MAGIC = "s2s-lm-checkpoint-v1";

  private LmCheckpoint() {}

  /** What {@link #read} restored besides parameters and moments. */
  public record Restored(Map<String, String> state, List<INDArray> carried) {}

  public static void write(Path file, ParamSet params, Adam adam, Map<String, String> state, List<INDArray> carried) {
    AtomicFiles.write(file, os -> {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
      out.writeUTF(MAGIC);
      out.writeInt(state.size());
      for (Map.Entry<String, String> e : state.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      NamedArrays.write(out, params.values());
      NamedArrays.write(out, adam.state());
      Map<String, INDArray> c = new LinkedHashMap<>();
      if (carried != null) {
        for (int l = 0; l < carried.size(); l++) {
          c.put("state/" + l, carried.get(l));
        }
      }
      NamedArrays.write(out, c);
      out.flush();
    });
  }

  /** Restores parameters and (if {@code adam} is not null) optimizer moments. */
  public static Restored read(Path file, ParamSet params, Adam adam) {
    String src = file.toString();
    try (InputStream is = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new UserException(src + ": not a language-model checkpoint (header '" + magic
            + "', expected '" + MAGIC + "')");
      }
      int n = in.readInt();
      Map<String, String> state = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        state.put(in.readUTF(), in.readUTF());
      }
      params.assign(NamedArrays.read(in, src), src);
      Map<String, INDArray> moments = NamedArrays.read(in, src);
      if (adam != null) {
        adam.loadState(moments, Long.parseLong(state.getOrDefault("adam_step", "0")), src);
      }
      List<INDArray> carried = new ArrayList<>(NamedArrays.read(in, src).values());
      return new Restored(state, carried.isEmpty() ? null : carried);
    } catch (NoSuchFileException e) {
      throw new UserException(src + ": checkpoint does not exist", e);
    } catch (IOException | NumberFormatException e) {
      throw new UserException(src + ": cannot read checkpoint: " + e.getMessage(), e);
    }
  }

  /** Loads only the parameters (evaluation, gradients). */
  public static void loadParams(Path file, ParamSet params) {
    read(file, params, null);
  }
}
