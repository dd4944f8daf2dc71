#!/usr/bin/env python3
"""The analysis's work grows in step with the case (issue 19).

    scaling_test.py --kinmap build/src/kinmap --generate build/bench/generate_case

Counts work, not time: valgrind's callgrind counts the instructions kinmap
executes inside the analysis (AnalysisContext and analyse(): circles,
exposure searches, every rule, sorting), which is the same for the same
binary and input whatever else the machine is doing. Two generated cases,
every family shape, every child a focus child, the second eight times the
size of the first: linear work costs eight times as much; n log n a little
more. The test fails when the ratio is more than 1.25 times the ratio of
people, as it was (1.57) when one Dijkstra per focus child cleared an index
of every person. Ends with 'N passed, M failed'.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

SMALL, LARGE = 1008, 8064  # whole rounds of the three family shapes (36 people)
ALLOWED = 1.25


def instructions(kinmap, case):
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         "--toggle-collect=kinmap::AnalysisContext::AnalysisContext(*",
         "--toggle-collect=kinmap::analyse(*",
         kinmap, "analyse", case, "--format", "json"],
        capture_output=True, text=True, timeout=900,
        # callgrind counts the thread that is inside the analysis: run it in one.
        env={**os.environ, "KINMAP_THREADS": "1"})
    if run.returncode != 0:
        sys.exit(f"kinmap analyse under callgrind failed ({run.returncode}): {run.stderr[-2000:]}")
    found = re.search(r"Collected : (\d+)", run.stderr)
    if not found:
        sys.exit("callgrind printed no instruction count: " + run.stderr[-2000:])
    findings = len(json.loads(run.stdout)["findings"])
    return int(found.group(1)), findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinmap", required=True)
    parser.add_argument("--generate", required=True)
    args = parser.parse_args()
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        passed, failed = passed + ok, failed + (not ok)
        print(("ok   " if ok else "FAIL ") + what)

    with tempfile.TemporaryDirectory() as folder:
        counts = {}
        for people in (SMALL, LARGE):
            path = os.path.join(folder, f"case-{people}.json")
            with open(path, "w", encoding="utf-8") as out:
                subprocess.run([args.generate, str(people), "mixed", "--every-child"], stdout=out,
                               check=True)
            with open(path, encoding="utf-8") as f:
                actual = len(json.load(f)["people"])
            work, findings = instructions(args.kinmap, path)
            counts[people] = (actual, work, findings)
            print(f"{actual} people: {work:,} instructions in the analysis, {findings} findings")
    (small_people, small_work, small_findings), (large_people, large_work, large_findings) = (
        counts[SMALL], counts[LARGE])
    people_ratio = large_people / small_people
    work_ratio = large_work / small_work
    # The cases are copies of the same families, so the findings must grow
    # exactly with them: the analysis did the whole job at both sizes.
    check(large_findings * small_people == small_findings * large_people,
          f"findings grow with the people ({small_findings} -> {large_findings})")
    check(work_ratio <= ALLOWED * people_ratio,
          f"{people_ratio:.2f}x the people costs {work_ratio:.2f}x the work "
          f"(at most {ALLOWED * people_ratio:.2f}x allowed)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
