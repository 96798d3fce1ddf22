package dev.s2s.neural.nn;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.UserException;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An ordered set of uniquely named {@link Param}s (a model's trainable state). Saves all values to
 * one file (magic header + {@link NamedArrays}), written atomically; loading checks that the file
 * holds exactly the same names with the same shapes and names both in any mismatch.
 */
public final class ParamSet {
  private static final String MAGIC = "s2s-params-v1";
  private final Map<String, Param> params = new LinkedHashMap<>();

  /** Adds a parameter; its name must be new. Returns it for chaining. */
  public Param add(Param p) {
    if (params.putIfAbsent(p.name(), p) != null) {
      throw new IllegalArgumentException("duplicate parameter name " + p.name());
    }
    return p;
  }

  /** Creates, registers and returns a zero parameter of the given shape. */
  public Param create(String name, DataType dataType, long... shape) {
    return add(new Param(name, org.nd4j.linalg.factory.Nd4j.zeros(dataType, shape)));
  }

  public void addAll(Iterable<Param> ps) {
    for (Param p : ps) {
      add(p);
    }
  }

  public Param get(String name) {
    Param p = params.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no parameter named " + name);
    }
    return p;
  }

  /** Parameters in insertion order (unmodifiable). */
  public List<Param> list() {
    return Collections.unmodifiableList(new ArrayList<>(params.values()));
  }

  public int size() {
    return params.size();
  }

  /** Total number of scalar values. */
  public long count() {
    long n = 0;
    for (Param p : params.values()) {
      n += p.value().length();
    }
    return n;
  }

  public void zeroGrad() {
    for (Param p : params.values()) {
      p.zeroGrad();
    }
  }

  /** Name -> live value, in order (the arrays are not copied). */
  public Map<String, INDArray> values() {
    Map<String, INDArray> m = new LinkedHashMap<>();
    params.forEach((k, p) -> m.put(k, p.value()));
    return m;
  }

  /** Writes all values to {@code file} atomically. */
  public void save(Path file) {
    AtomicFiles.write(file, os -> {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
      out.writeUTF(MAGIC);
      NamedArrays.write(out, values());
      out.flush();
    });
  }

  /** Loads values saved by {@link #save}; names and shapes must match exactly. */
  public void load(Path file) {
    try (InputStream is = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new UserException(file + ": not a parameter file (header '" + magic + "', expected '" + MAGIC + "')");
      }
      assign(NamedArrays.read(in, file.toString()), file.toString());
    } catch (NoSuchFileException e) {
      throw new UserException(file + ": parameter file does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Copies {@code arrays} into the live values; the names must be exactly this set's names and each
   * shape must match. {@code source} names the origin in error messages.
   */
  public void assign(Map<String, INDArray> arrays, String source) {
    assignInto(values(), arrays, source);
  }

  /**
   * Copies {@code arrays} into {@code targets} (name -> live array, e.g. a set's {@link #values()}
   * or moving averages of them): the names must be exactly the same and each shape must match, else
   * a {@link UserException} names the mismatch and {@code source}, and nothing is copied.
   */
  public static void assignInto(Map<String, INDArray> targets, Map<String, INDArray> arrays, String source) {
    List<String> missing = new ArrayList<>();
    for (String n : targets.keySet()) {
      if (!arrays.containsKey(n)) {
        missing.add(n);
      }
    }
    List<String> extra = new ArrayList<>();
    for (String n : arrays.keySet()) {
      if (!targets.containsKey(n)) {
        extra.add(n);
      }
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
      throw new UserException(source + ": parameter names do not match the model: missing " + missing
          + ", unexpected " + extra);
    }
    targets.forEach((name, target) -> {
      INDArray a = arrays.get(name);
      if (!Arrays.equals(a.shape(), target.shape())) {
        throw new UserException(source + ": parameter '" + name + "' has shape "
            + Arrays.toString(a.shape()) + " in the file but the model expects "
            + Arrays.toString(target.shape()));
      }
    });
    targets.forEach((name, target) -> target.assign(arrays.get(name).castTo(target.dataType())));
  }
}
