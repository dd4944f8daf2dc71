#!/usr/bin/env bash
# Peak memory of `kinmap check` on a generated case of 50 MB (or $1 MB),
# as a ratio of the file size. Target (issue 6): under 10x.
#   bench/memory.sh [MEGABYTES] [KINMAP]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-50}
kinmap=${2:-build/src/kinmap}
file=$(mktemp --suffix=.json)
trap 'rm -f "$file"' EXIT
python3 bench/large_case.py --megabytes "$megabytes" > "$file"
bytes=$(stat -c %s "$file")
for run in 1 2 3; do
  /usr/bin/time -f "%M %e" "$kinmap" check "$file" 2>&1 >/dev/null | tail -1
done | sort -n | sed -n 2p | {
  read -r kib seconds
  python3 -c "import sys; b=$bytes; k=$kib; print(f'file {b/2**20:.1f} MiB, median peak RSS {k/1024:.1f} MiB = {k*1024/b:.2f}x the file, {float(\"$seconds\"):.2f} s')"
}
