#!/usr/bin/env bash
# How kinmap's whole process scales with the case, side by side with a plain
# NetworkX implementation of the exposure search (bench/networkx_reference.py):
# for each size, a generated case of every family shape with every child in
# focus (bench/generate_case), then the median of RUNS rounds, each running
#   kinmap check, kinmap analyse (the text report), the NetworkX reference,
# with peak memory (RSS) of each, per person and as ratios.
#
#   bench/scale.sh [RUNS] [SIZES...]      default: 3 runs; 1000 10000 50000 200000
#
# Needs a build with the bench tools (scripts/build) and Debian's
# python3-networkx (apt-get install python3-networkx). Not a test: run it
# and report the figures (medians; ratios within one run).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 50000 200000)
build=${KINMAP_BUILD_DIR:-build}
kinmap=$build/src/kinmap
generate=$build/bench/generate_case
for tool in "$kinmap" "$generate"; do
  [[ -x $tool ]] || { echo "scale.sh: $tool is missing; run scripts/build first" >&2; exit 1; }
done
python=/usr/bin/python3
"$python" -c 'import networkx' 2>/dev/null || {
  echo "scale.sh: needs python3-networkx (apt-get install python3-networkx)" >&2
  exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median_of CMD...: prints "SECONDS PEAK_KIB", the median run by time.
# One timed run: "seconds peak_KiB".
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    echo "scale.sh: failed: $*" >&2
    cat "$work/stderr" >&2
    exit 1
  }
  cat "$work/time"
}

# The median line of a file of "seconds peak_KiB" lines.
median_in() { sort -n "$1" | sed -n "$((($(wc -l <"$1") + 1) / 2))p"; }

printf '%9s %11s %11s %11s %9s %9s %9s %9s %8s %8s\n' people check_s analyse_s networkx_s \
  check_MB analyse_MB nx_MB file_MB an/chk an/nx
for people in "${sizes[@]}"; do
  file=$work/case-$people.json
  "$generate" "$people" mixed --every-child >"$file"
  # Rounds interleave the three, so a change in the machine's load between
  # rounds touches all three alike and the ratios hold.
  : >"$work/check" && : >"$work/analyse" && : >"$work/nx"
  for ((round = 0; round < runs; round++)); do
    timed "$kinmap" check "$file" >>"$work/check"
    timed "$kinmap" analyse "$file" >>"$work/analyse"
    timed "$python" bench/networkx_reference.py "$file" >>"$work/nx"
  done
  read -r check_s check_kib < <(median_in "$work/check")
  read -r analyse_s analyse_kib < <(median_in "$work/analyse")
  read -r nx_s nx_kib < <(median_in "$work/nx")
  file_bytes=$(stat -c %s "$file")
  actual=$("$python" -c "import json,sys; print(len(json.load(open(sys.argv[1]))['people']))" "$file")
  "$python" - "$actual" "$check_s" "$analyse_s" "$nx_s" "$check_kib" "$analyse_kib" "$nx_kib" \
    "$file_bytes" <<'PY'
import sys
n, c, a, x, ck, ak, xk, fb = sys.argv[1:]
n, c, a, x = int(n), float(c), float(a), float(x)
mb = lambda kib: int(kib) / 1024
print(f"{n:9d} {c:11.2f} {a:11.2f} {x:11.2f} {mb(ck):9.0f} {mb(ak):9.0f} {mb(xk):9.0f} "
      f"{int(fb) / 2**20:9.1f} {a / c if c else 0:8.2f} {a / x if x else 0:8.2f}")
print(f"{'':9s} per person: check {c / n * 1e6:.1f} us, analyse {a / n * 1e6:.1f} us, "
      f"networkx {x / n * 1e6:.1f} us; peak memory per person: check {int(ck) * 1024 / n:.0f} B, "
      f"analyse {int(ak) * 1024 / n:.0f} B ({int(ak) * 1024 / int(fb):.2f}x the file)")
PY
done
