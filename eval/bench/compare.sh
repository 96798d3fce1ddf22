#!/usr/bin/env bash
# Speed of s2s against the PyTorch peer (/work/shared/peers/torch_seq2seq.py) on the same machine,
# as ratios ours/peer. Runs ours and the peer alternately (who goes first alternates too) for
# several rounds, notes the load average before and after every run, parses both outputs and
# prints per shared figure the ratio ours/peer with min/median/max over the rounds. Writes
# eval/bench/results/latest.md (and the raw outputs to eval/bench/results/latest-raw/).
#
# Usage: eval/bench/compare.sh [--rounds N] [--peer-batches N] [--ours-batches N] [--threads N] [--launcher]
#   --rounds N        alternating rounds (default 3)
#   --peer-batches N  timed training batches of the peer (default 200; >= 100, or it skips decoding)
#   --ours-batches N  timed training batches of ours per round (default 50)
#   --threads N       peer threads (default 2, the peer's default; ND4J uses all cores)
#   --launcher        run ours through ./s2s (which may rebuild with Maven first) instead of java -cp
# Environment: PEER (default /work/shared/peers/torch_seq2seq.py), PYTHON (default /usr/bin/python3),
#   S2S_JAVA_OPTS (default -Xmx3g).
# Ours without Maven: java --add-modules jdk.incubator.vector -cp 'modules/cli/target/s2s-cli.jar:modules/cli/target/lib/*' dev.s2s.cli.Main bench
# (dev.s2s.cli.BenchCommand as the main class works too, also before bench is registered in s2s).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds=3 peer_batches=200 ours_batches=50 threads=2 launcher=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --peer-batches) peer_batches="$2"; shift 2 ;;
    --ours-batches) ours_batches="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --launcher) launcher=1; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for v in "$rounds" "$peer_batches" "$ours_batches" "$threads"; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: expected a positive integer, got '$v'" >&2; exit 2; }
done
peer="${PEER:-/work/shared/peers/torch_seq2seq.py}"
python="${PYTHON:-/usr/bin/python3}"
[ -f "$peer" ] || { echo "compare.sh: peer script $peer not found (set PEER)" >&2; exit 2; }
export OMP_WAIT_POLICY=PASSIVE

jar="$root/modules/cli/target/s2s-cli.jar"
cp="$jar:$root/modules/cli/target/lib/*"
if [ "$launcher" = 1 ]; then
  ours_cmd=("$root/s2s" bench)
else
  [ -f "$jar" ] || { echo "compare.sh: $jar missing: build it (mvn -B -o -DskipTests package -pl modules/cli -am) or use --launcher" >&2; exit 2; }
  # shellcheck disable=SC2086
  if java -cp "$cp" dev.s2s.cli.Main --help 2>/dev/null | grep -E "^ +bench( |$)" >/dev/null; then main=(dev.s2s.cli.Main bench); else main=(dev.s2s.cli.BenchCommand); fi
  # shellcheck disable=SC2206
  ours_cmd=(java --add-modules jdk.incubator.vector ${S2S_JAVA_OPTS:--Xmx3g} -Djava.awt.headless=true -Ds2s.home="$root" -cp "$cp" "${main[@]}")
fi

results="$here/results"
raw="$results/latest-raw"
rm -rf "$raw"; mkdir -p "$raw"
load() { cut -d' ' -f1-3 /proc/loadavg; }
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

run_ours() {  # $1 = round
  local b; b="$(load)"
  "${ours_cmd[@]}" --json --rounds 1 --batches "$ours_batches" --out "$raw/ours-$1" >"$raw/ours-$1.json" 2>"$raw/ours-$1.err" \
    || { echo "compare.sh: ours failed in round $1 (see $raw/ours-$1.err)" >&2; exit 1; }
  printf 'ours %s %s -> %s\n' "$1" "$b" "$(load)" >>"$raw/loads.txt"
}
run_peer() {
  local b; b="$(load)"
  # the peer's own (recent) OpenBLAS picks its kernels: a machine-wide pin such as
  # OPENBLAS_CORETYPE=Haswell slows it (.library/env/README.md); ours keeps the environment's
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$peer" "$peer_batches" "$threads" >"$raw/peer-$1.txt" 2>"$raw/peer-$1.err" \
    || { echo "compare.sh: peer failed in round $1 (see $raw/peer-$1.err)" >&2; exit 1; }
  printf 'peer %s %s -> %s\n' "$1" "$b" "$(load)" >>"$raw/loads.txt"
}
for r in $(seq 1 "$rounds"); do
  echo "round $r/$rounds (load $(load))" >&2
  if [ $((r % 2)) = 1 ]; then run_ours "$r"; run_peer "$r"; else run_peer "$r"; run_ours "$r"; fi
done

peer_blas="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" -c 'import torch, threadpoolctl
print(", ".join("%s %s %s" % (i.get("internal_api"), i.get("version"), i.get("architecture")) for i in threadpoolctl.threadpool_info() if i.get("internal_api") == "openblas") or "no OpenBLAS")' 2>/dev/null || echo "unknown (no threadpoolctl)")"
export PEER_BLAS="$peer_blas"
python3 - "$raw" "$rounds" "$started" "$results/latest.md" "$peer_batches" "$ours_batches" "$threads" <<'PY'
import json, re, statistics, sys, os, datetime
raw, rounds, started, md_path, peer_batches, ours_batches, threads = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7]
NUM = r"([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)"

def parse_peer(text):
    """Figures of the peer's text output; tolerant of spacing and extra lines."""
    fig = {}
    m = re.search(r"train:.*?->\s*" + NUM + r"\s*tgt\s*tok/s", text)
    if m: fig["train"] = float(m.group(1))
    for m in re.finditer(r"greedy\s+decode\s+batch\s*=\s*(\d+)\s*:.*?->\s*" + NUM + r"\s*sent/s", text):
        fig["greedy_%s" % m.group(1)] = float(m.group(2))
    m = re.search(r"torch\s+(\S+)\s+threads=(\d+)", text)
    version = "torch %s, threads %s" % (m.group(1), m.group(2)) if m else "torch (version line not found)"
    return fig, version

def parse_ours(text):
    start = text.find("{")   # stdout holds only the JSON, but skip any stray line before it
    if start < 0: raise SystemExit("compare.sh: no JSON in our output")
    return json.JSONDecoder().raw_decode(text[start:])[0]

loads = {}
for line in open(os.path.join(raw, "loads.txt")):
    who, r, rest = line.split(" ", 2); loads[(who, int(r))] = rest.strip()
ours, peer, ver, first = [], [], None, None
for r in range(1, rounds + 1):
    o = parse_ours(open(os.path.join(raw, "ours-%d.json" % r)).read()); ours.append(o); first = first or o
    p, ver = parse_peer(open(os.path.join(raw, "peer-%d.txt" % r)).read()); peer.append(p)
batch = int(first["settings"]["batch"])
pairs = [("training", "train_tgt_tok_per_s", "train", "tgt tok/s"),
         ("greedy batch=%d" % batch, "greedy_batch_sent_per_s", "greedy_%d" % batch, "sent/s"),
         ("greedy batch=1", "greedy_1_sent_per_s", "greedy_1", "sent/s")]
rows = []
for label, okey, pkey, unit in pairs:
    ov = [o["figures"][okey]["median"] for o in ours]
    pv = [p.get(pkey) for p in peer]
    if any(v is None for v in pv):
        rows.append((label, unit, statistics.median(ov), None, None)); continue
    ratios = [a / b for a, b in zip(ov, pv)]
    rows.append((label, unit, statistics.median(ov), statistics.median(pv), (min(ratios), statistics.median(ratios), max(ratios))))
only = [("beam=%s batch=%d" % (first["settings"]["beam"], batch), "beam_sent_per_s"), ("BiGRU-CRF tagging", "tag_tok_per_s"),
        ("n-gram LM queries", "ngram_query_per_s")]
m = first["machine"]
out = []
out.append("# s2s vs PyTorch peer: speed ratios (ours / peer)\n")
out.append("- date: %s (started), %s (finished)" % (started, datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")))
out.append("- machine: %s CPUs, %s; %s; OMP_WAIT_POLICY=%s; OPENBLAS_CORETYPE=%s" % (m["nproc"], m["cpu"], m["jvm"], m["omp_wait_policy"] or "(unset)", m.get("openblas_coretype") or "(unset)"))
out.append("- peer: torch_seq2seq.py %s batches, %s, OpenBLAS kernels of its own choice (%s); ours: s2s bench --rounds 1 --batches %s per round" % (peer_batches, ver, os.environ.get("PEER_BLAS", "unknown"), ours_batches))
out.append("- shapes: V=%s E=%s H=%s batch %s, source lengths %s, greedy/beam %s fixed steps; ours: %s" % (
    first["settings"]["vocab"], first["settings"]["embed"], first["settings"]["hidden"], batch,
    first["settings"]["source_lengths"], first["settings"]["decode_steps"], first["settings"]["model"]))
out.append("- %d alternating rounds (odd rounds: ours first; even: peer first)\n" % rounds)
out.append("| figure | unit | ours (median) | peer (median) | ratio min | ratio median | ratio max |")
out.append("|---|---|---:|---:|---:|---:|---:|")
for label, unit, om, pm, rt in rows:
    if rt is None:
        out.append("| %s | %s | %.1f | n/a | | | |" % (label, unit, om))
    else:
        out.append("| %s | %s | %.1f | %.1f | %.3f | %.3f | %.3f |" % (label, unit, om, pm, rt[0], rt[1], rt[2]))
out.append("\nOurs only (the peer has no such figure):\n")
out.append("| figure | median over rounds | per round |")
out.append("|---|---:|---|")
for label, key in only:
    vals = [o["figures"][key]["median"] for o in ours]
    out.append("| %s (%s) | %.1f | %s |" % (label, first["figures"][key]["unit"], statistics.median(vals), ", ".join("%.1f" % v for v in vals)))
out.append("| peak heap used (MiB) | %.1f | %s |" % (statistics.median([o["memory"]["heap_used_max_mib"] for o in ours]),
           ", ".join("%.1f" % o["memory"]["heap_used_max_mib"] for o in ours)))
rss = [o["memory"]["rss_peak_mib"] for o in ours if o["memory"]["rss_peak_mib"] is not None]
if rss: out.append("| peak RSS, VmHWM (MiB) | %.1f | %s |" % (statistics.median(rss), ", ".join("%.1f" % v for v in rss)))
out.append("\nLoad average (1/5/15 min) before -> after each run:\n")
out.append("| round | ours | peer |")
out.append("|---|---|---|")
for r in range(1, rounds + 1):
    out.append("| %d | %s | %s |" % (r, loads.get(("ours", r), "?"), loads.get(("peer", r), "?")))
warn = sorted({w for o in ours for w in o.get("warnings", [])})
if warn:
    out.append("\nWarnings from ours: " + "; ".join(warn))
text = "\n".join(out) + "\n"
tmp = md_path + ".tmp"; open(tmp, "w").write(text); os.replace(tmp, md_path)
print(text)
PY
