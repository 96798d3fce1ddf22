package dev.s2s.neural.nn;

import dev.s2s.common.UserException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Binary format for an ordered map of named arrays (parameters, optimizer moments): an int count,
 * then per entry the UTF name followed by ND4J's own binary array serialization
 * ({@link Nd4j#write(INDArray, DataOutputStream)}).
 */
public final class NamedArrays {
  private NamedArrays() {}

  public static void write(DataOutputStream out, Map<String, INDArray> arrays) throws IOException {
    out.writeInt(arrays.size());
    for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
      out.writeUTF(e.getKey());
      Nd4j.write(e.getValue(), out);
    }
  }

  /** Reads what {@link #write} wrote; {@code source} names the file in error messages. */
  public static Map<String, INDArray> read(DataInputStream in, String source) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1_000_000) {
      throw new UserException(source + ": corrupt array count " + n + " (expected 0..1000000)");
    }
    Map<String, INDArray> arrays = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String name = in.readUTF();
      try {
        arrays.put(name, Nd4j.read(in));
      } catch (RuntimeException e) { // ND4J wraps the EOFException of a truncated file
        throw new UserException(source + ": array '" + name + "' is truncated or corrupt (" + e.getMessage() + ")", e);
      }
    }
    return arrays;
  }
}
