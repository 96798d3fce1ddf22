package dev.s2s.neural.nn;

/** How {@link GradientClipper} limits gradients. */
public enum ClipMode {
  /** No clipping. */
  NONE,
  /** Scale all gradients by min(1, threshold / global L2 norm over every parameter). */
  GLOBAL_NORM,
  /** Scale each parameter's gradient by min(1, threshold / its own L2 norm). */
  PER_PARAM_NORM,
  /** Clamp every gradient entry into [-threshold, threshold]. */
  VALUE
}
