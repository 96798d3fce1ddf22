# Sourced by the ./s2s launcher (and run by OpenblasCoretypeScriptTest).
#
# OpenBLAS 0.3.19, the version ND4J 1.0.0-M2.1 loads, predates AMD's Zen 4 and Zen 5: left to
# itself it runs its SSE-era Barcelona kernels on a Zen 5. openblas_coretype prints SkylakeX, its
# AVX-512 kernels, for a CPU whose /proc/cpuinfo-style flags (first processor; default file
# /proc/cpuinfo) list the AVX-512 subsets they use (F, CD, BW, DQ, VL), and nothing otherwise
# (OpenBLAS's own choice then stands). On Intel CPUs that 0.3.19 knows it is the kernel it picks
# itself.
#
# Never Cooperlake, although later OpenBLAS releases pick it for CPUs with bfloat16: 0.3.19's
# Cooperlake DGEMM returns wrong results on a Zen 5 (eval/results/openblas-kernels.md).
openblas_coretype() {
  local flags f
  flags=" $(grep -m1 '^flags' "${1:-/proc/cpuinfo}" 2>/dev/null | cut -d: -f2- || true) "
  for f in avx512f avx512cd avx512bw avx512dq avx512vl; do
    case "$flags" in
      *" $f "*) ;;
      *) return 0 ;;
    esac
  done
  echo SkylakeX
}
