package dev.s2s.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The manifest's OpenBLAS entry: the version, and the kernels when OPENBLAS_CORETYPE forces them. */
class ProvenanceTest {

  @Test
  void openBlasNamesForcedKernelsOnly() {
    assertEquals("0.3.19-1.5.7", Provenance.openBlas("0.3.19-1.5.7", null));
    assertEquals("0.3.19-1.5.7", Provenance.openBlas("0.3.19-1.5.7", " "));
    assertEquals("0.3.19-1.5.7, OPENBLAS_CORETYPE=SkylakeX", Provenance.openBlas("0.3.19-1.5.7", "SkylakeX"));
  }
}
