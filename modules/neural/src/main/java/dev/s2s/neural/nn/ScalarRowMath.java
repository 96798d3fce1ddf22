package dev.s2s.neural.nn;

/** {@link RowMath} with one scalar {@link Activations} call per element. */
public final class ScalarRowMath implements RowMath {
  @Override
  public void exp(float[] a, int from, int len) {
    for (int i = from, end = from + len; i < end; i++) {
      a[i] = Activations.exp(a[i]);
    }
  }

  @Override
  public void sigmoid(float[] a, int from, int len) {
    for (int i = from, end = from + len; i < end; i++) {
      a[i] = Activations.sigmoid(a[i]);
    }
  }

  @Override
  public void tanh(float[] a, int from, int len) {
    for (int i = from, end = from + len; i < end; i++) {
      a[i] = Activations.tanh(a[i]);
    }
  }

  @Override
  public float logSumExp(float[] a, int from, int len) {
    float max = Float.NEGATIVE_INFINITY;
    for (int i = from, end = from + len; i < end; i++) {
      max = Math.max(max, a[i]);
    }
    if (max == Float.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (int i = from, end = from + len; i < end; i++) {
      sum += Activations.exp(a[i] - max);
    }
    return (float) (max + Math.log(sum));
  }

  @Override
  public int firstAbove(float[] a, int from, int to, float threshold) {
    int i = from;
    while (i < to && !(a[i] > threshold)) {
      i++;
    }
    return i;
  }

  @Override
  public String describe() {
    return "scalar";
  }
}
