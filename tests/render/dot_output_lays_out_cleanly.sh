#!/usr/bin/env bash
# The .dot kinmap writes must lay out with plain `dot` without errors (issue
# 19: "lost edge", "triangulation failed" — lines missing with nobody told).
# Renders big generated cases (layout_probe --print SEED) to .dot, runs
# `dot -Tsvg` on each, and fails on anything Graphviz writes on stderr, in
# kinmap's own render or in dot's, except its note that some line labels
# were left out (kinmap's choice, forcelabels=false: never over a name),
# which kinmap's render says in its own words ("... could not be placed").
#
#   dot_output_lays_out_cleanly.sh KINMAP LAYOUT_PROBE SEED|CASE.json...
set -euo pipefail
kinmap="$1" probe="$2"
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for seed in "$@"; do
  if [[ "$seed" == *.json ]]; then
    cp "$seed" "$work/case.json"
  else
    "$probe" --print "$seed" >"$work/case.json"
  fi
  people=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["people"]))' "$work/case.json")
  # kinmap's own diagnostics about the case ("FILE: /people/3: warning: ...") are not Graphviz's.
  "$kinmap" render "$work/case.json" -o "$work/case.dot" 2>&1 |
    grep -v -e ': warning: ' -e 'exterior labels positioned' \
      -e 'could not be placed without covering someone' >"$work/render.err" || true
  dot -Tsvg "$work/case.dot" -o "$work/case.svg" 2>&1 |
    grep -v 'exterior labels positioned' >"$work/dot.err" || true
  if [[ -s "$work/render.err" || -s "$work/dot.err" ]]; then
    echo "seed $seed ($people people): Graphviz reported:"
    cat "$work/render.err" "$work/dot.err" | sort | uniq -c
    status=1
  else
    echo "seed $seed ($people people): clean"
  fi
done
exit $status
