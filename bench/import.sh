#!/usr/bin/env bash
# How long `kinmap import` takes on Gramps' example tree (about 2,150
# people, installed by Debian's gramps package), whole process, median of
# RUNS runs; then `kinmap render` of the imported tree to svg once, side by
# side with Gramps' own relationship graph of the same tree (its rel_graph
# report, entire database, svg), whole process each, and the ratio.
#
#   bench/import.sh [RUNS]        default 5; target: import median under 1 s
#
# Needs a build (scripts/build) and gramps (scripts/setup installs it). The
# Gramps side imports the tree into a scratch Gramps database under a
# temporary HOME first (not timed). Not a test: run it and report the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
kinmap=${KINMAP_BUILD_DIR:-build}/src/kinmap
tree=/usr/share/doc/gramps/example/gramps/example.gramps
[[ -x $kinmap ]] || { echo "import.sh: $kinmap is missing; run scripts/build first" >&2; exit 1; }
[[ -f $tree ]] || { echo "import.sh: $tree is missing; install gramps (scripts/setup)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { # the wall time of "$@", in seconds, its output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c 'import sys; print(float(sys.argv[2]) - float(sys.argv[1]))' "$start" "$end"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

times=()
for ((i = 0; i < runs; ++i)); do
  times+=("$(seconds "$kinmap" import "$tree" -o "$work/tree.json" --as-of 2026-11-01)")
done
import_median=$(printf '%s\n' "${times[@]}" | median)
"$kinmap" import "$tree" -o "$work/tree.json" --as-of 2026-11-01 2>&1 | head -1
printf 'kinmap import: median %.3f s of %d runs\n' "$import_median" "$runs"

render=$(seconds "$kinmap" render "$work/tree.json" -o "$work/tree.svg" --all --plain)
printf 'kinmap render --all --plain (svg): %.2f s\n' "$render"

if command -v gramps >/dev/null; then
  export HOME=$work GRAMPSHOME=$work
  gramps -y -C bench -i "$tree" >/dev/null 2>&1
  gramps_graph=$(seconds gramps -y -O bench -a report \
    -p "name=rel_graph,filter=0,off=svg,of=$work/rel_graph.svg")
  printf 'gramps rel_graph (svg): %.2f s\n' "$gramps_graph"
  printf 'ratio kinmap render / gramps rel_graph: %.2f\n' "$(python3 -c 'import sys; print(float(sys.argv[1]) / float(sys.argv[2]))' "$render" "$gramps_graph")"
fi
