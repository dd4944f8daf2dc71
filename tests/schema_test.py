#!/usr/bin/env python3
"""The JSON Schema and the loader agree.

    schema_test.py --schema models/case.schema.json --examples examples \
        --good tests/good --bad tests/bad [--kinmap build/src/kinmap]

1. The schema is a valid draft 2020-12 schema.
2. Every example and every file in tests/good passes the schema and (with
   --kinmap) `kinmap check` exits 0.
3. Every row of tests/bad/catalogue.tsv: the schema rejects it when the row
   says `rejects`, accepts it when it says `accepts` (mistakes only the loader
   can see: calendars, references, family sense), and skips `n/a` (not JSON);
   `kinmap check` exits 1 and its errors name the row's place and reason.

Ends with 'N passed, M failed'; exits 1 when anything failed.
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys

import jsonschema


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("schema", "examples", "good", "bad"):
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--kinmap")
    args = parser.parse_args()
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL " + what)

    schema = json.load(open(args.schema, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    check(True, "schema is valid")

    def kinmap(path):
        return subprocess.run([args.kinmap, "check", path], capture_output=True, text=True, errors="replace", timeout=120)

    good = sorted(f for f in glob.glob(os.path.join(args.examples, "*.json")) if ".findings." not in f)
    good += sorted(glob.glob(os.path.join(args.good, "*.json")))
    check(len(good) >= 10, f"at least ten good files ({len(good)})")
    for path in good:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}"
                  for e in validator.iter_errors(json.load(open(path, encoding="utf-8")))]
        check(not errors, f"{path}: schema accepts it: {errors[:3]}")
        if args.kinmap:
            r = kinmap(path)
            check(r.returncode == 0, f"{path}: kinmap check exits 0: {r.stderr[:300]}")

    rows = list(csv.DictReader(open(os.path.join(args.bad, "catalogue.tsv"), encoding="utf-8"), delimiter="\t"))
    check(len(rows) >= 40, f"catalogue has at least 40 rows ({len(rows)})")
    for row in rows:
        path = os.path.join(args.bad, row["file"])
        if row["schema"] in ("rejects", "accepts"):
            document = json.load(open(path, encoding="utf-8"))
            valid = validator.is_valid(document)
            check(valid == (row["schema"] == "accepts"), f"{row['file']}: schema {row['schema']} it ({row['note']})")
        if args.kinmap:
            r = kinmap(path)
            check(r.returncode == 1, f"{row['file']}: kinmap check exits 1 (got {r.returncode})")
            lines = [l for l in r.stderr.splitlines() if ": error: " in l]
            place = f":{row['where']}: error:" if row["where"][:1].isdigit() else f": {row['where'] or '/'}: error:"
            hit = [l for l in lines if place in l and row["says"].lower() in l.lower()]
            check(bool(hit), f"{row['file']}: an error at {row['where'] or '/'} saying '{row['says']}'; got {lines[:3]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
