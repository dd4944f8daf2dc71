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
4. Every limit the schema states (maxLength, minLength, minItems, minimum,
   maximum, pattern) is tested at its edge: a document one step past it is
   rejected by the schema and by `kinmap check` at that place, and a
   document exactly at it is accepted by both. A limit in the schema that
   this table does not list fails the test, so the two cannot drift.

Ends with 'N passed, M failed'; exits 1 when anything failed.
"""
import argparse
import copy
import csv
import glob
import json
import os
import re
import subprocess
import sys

import jsonschema


LIMIT_KEYWORDS = ("maxLength", "minLength", "maxItems", "minItems", "maximum", "minimum",
                  "pattern", "exclusiveMaximum", "exclusiveMinimum", "maxProperties")

# The base document the limits are tried on: one person of each sex, a child,
# and one relationship of every type after them.
BASE = {
    "format": "kinmap-case/1",
    "case": {"id": "C-LIMITS", "title": "Limits", "as_of": "2026-11-01", "marking": "OFFICIAL"},
    "people": [{"id": "m1", "sex": "female", "name": "Mother", "born": "1990"},
               {"id": "f1", "sex": "male", "name": "Father", "age": 35},
               {"id": "c1", "sex": "female", "name": "Child", "born": "2020-02-02"}],
    "relationships": [{"type": "parent", "parent": "m1", "child": "c1"},
                      {"type": "partner", "a": "m1", "b": "f1"},
                      {"type": "contact", "adult": "f1", "child": "c1"},
                      {"type": "care", "carer": "m1", "child": "c1"},
                      {"type": "abuse", "from": "f1", "to": "m1"},
                      {"type": "sibling", "a": "c1", "b": "m1"},
                      {"type": "other", "a": "f1", "b": "c1", "label": "uncle"}],
    "households": [{"id": "h1", "label": "Home", "members": [{"person": "m1"}, {"person": "c1"}]}],
    "events": [{"date": "2026-01-01", "type": "sighting", "people": ["f1"], "source": "police"}],
    "dash": [{"victim": "m1", "date": "2026-01-02", "yes_count": 3}],
    "reviews": [{"rule": "OTHER_CHILDREN", "person": "f1", "decision": "accepted",
                 "reason": "Asked", "by": "chair", "date": "2026-10-01"}],
}
RELATIONSHIP = {str(i): i for i in range(7)}  # oneOf index -> index in BASE's relationships


def limit_cases():
    """Schema location -> (JSON pointer, value just past the limit, value at
    it, words kinmap's error must contain)."""
    text = {"maxLength 1000": ("\u00e9" * 1001, "\u00e9" * 1000, "longer than the limit of 1000"),
            "maxLength 100000": ("n" * 100001, "n" * 100000, "longer than the limit of 100000")}
    cases = {
        "properties/case/properties/id maxLength": ("/case/id", "C" * 201, "C" * 200,
                                                    "longer than the limit of 200"),
        "properties/case/properties/id minLength": ("/case/id", "", "C", "empty"),
        "properties/case/properties/title maxLength": ("/case/title",) + text["maxLength 1000"],
        "properties/case/properties/marking maxLength": ("/case/marking",) + text["maxLength 1000"],
        "properties/people minItems": ("/people", [], None, "at least one person"),
        "$defs/id pattern": ("/people/0/id", "m 1", None, "not a valid id"),
        "$defs/date pattern": ("/events/0/date", "2026-13", "2026-12", "not a valid date"),
        "$defs/person_date pattern": ("/people/0/born", "0000", "0001", "out of range"),
        "$defs/person/properties/name maxLength": ("/people/0/name",) + text["maxLength 1000"],
        "$defs/person/properties/aliases/items maxLength": ("/people/0/aliases", ["x" * 1001], ["x" * 1000],
                                                          "longer than the limit of 1000"),
        "$defs/person/properties/age maximum": ("/people/1/age", 131, 130, "130"),
        "$defs/person/properties/age minimum": ("/people/1/age", -1, 0, "from 0 to 130"),
        "$defs/person/properties/assessment/properties/by maxLength": (
            "/people/0/assessment", {"status": "complete", "by": "x" * 1001}, {"status": "complete", "by": "x" * 1000},
            "longer than the limit of 1000"),
        "$defs/person/properties/risk/items/properties/source maxLength": (
            "/people/1/risk", [{"factor": "stalking", "source": "x" * 1001}],
            [{"factor": "stalking", "source": "x" * 1000}], "longer than the limit of 1000"),
        "$defs/person/properties/risk/items/properties/note maxLength": (
            "/people/1/risk", [{"factor": "stalking", "note": "n" * 100001}],
            [{"factor": "stalking", "note": "n" * 100000}], "longer than the limit of 100000"),
        "$defs/person/properties/ids/additionalProperties maxLength": (
            "/people/0/ids", {"nhs": "9" * 1001}, {"nhs": "9" * 1000}, "longer than the limit of 1000"),
        "$defs/person/properties/notes maxLength": ("/people/0/notes",) + text["maxLength 100000"],
        "$defs/household/properties/label maxLength": ("/households/0/label",) + text["maxLength 1000"],
        "$defs/household/properties/members/items/properties/source maxLength": (
            "/households/0/members/0", {"person": "m1", "source": "x" * 1001},
            {"person": "m1", "source": "x" * 1000}, "longer than the limit of 1000"),
        "$defs/review/properties/rule maxLength": ("/reviews/0/rule", "A" * 1001, "A" * 1000,
                                                   "longer than the limit of 1000"),
        "$defs/review/properties/rule pattern": ("/reviews/0/rule", "other children", None,
                                                 "is not a rule id"),
        "$defs/review/properties/reason maxLength": ("/reviews/0/reason",) + text["maxLength 100000"],
        "$defs/review/properties/reason minLength": ("/reviews/0/reason", "", "A", "the reason is empty"),
        "$defs/review/properties/by maxLength": ("/reviews/0/by",) + text["maxLength 1000"],
        "$defs/event/properties/source maxLength": ("/events/0/source",) + text["maxLength 1000"],
        "$defs/event/properties/note maxLength": ("/events/0/note",) + text["maxLength 100000"],
        "$defs/dash/properties/yes_count maximum": ("/dash/0/yes_count", 28, 27, "27"),
        "$defs/dash/properties/yes_count minimum": ("/dash/0/yes_count", -1, 0, "27"),
        "$defs/dash/properties/answers/propertyNames pattern": (
            "/dash/0/answers", {"q25": True}, {"q24": True}, "q25"),
    }
    for one_of, index in RELATIONSHIP.items():
        for field, limit in (("source", "maxLength 1000"), ("note", "maxLength 100000"), ("label", "maxLength 1000")):
            if field == "label" and one_of != "6":
                continue
            cases[f"$defs/relationship/oneOf/{one_of}/properties/{field} maxLength"] = (
                f"/relationships/{index}/{field}",) + text[limit]
    return cases


def schema_limits(node, path=""):
    """Every 'location keyword' of a limit in the schema."""
    found = []
    if isinstance(node, dict):
        for keyword in LIMIT_KEYWORDS:
            if keyword in node:
                found.append(f"{path} {keyword}")
        for key, child in node.items():
            found += schema_limits(child, f"{path}/{key}" if path else key)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += schema_limits(child, f"{path}/{i}")
    return found


def with_value(pointer, value):
    """BASE with `value` at `pointer` (the last token set or replaced)."""
    doc = copy.deepcopy(BASE)
    tokens = pointer.strip("/").split("/")
    target = doc
    for token in tokens[:-1]:
        target = target[int(token)] if isinstance(target, list) else target[token]
    last = tokens[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    if pointer == "/dash/0/answers":
        del doc["dash"][0]["yes_count"]
    return doc


# kinmap names who an error is about: "/people/6 (Jay)/sex". The places
# here are plain JSON pointers, so the label is taken out before comparing.
PERSON_LABEL = re.compile(r"(/(?:people|relationships)/\d+) \((?:[^()]|\([^()]*\))*\)")


def unlabelled(line):
    return PERSON_LABEL.sub(r"\1", line, count=1)


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
            lines = [unlabelled(l) for l in r.stderr.splitlines() if ": error: " in l]
            place = f":{row['where']}: error:" if row["where"][:1].isdigit() else f": {row['where'] or '/'}: error:"
            hit = [l for l in lines if place in l and row["says"].lower() in l.lower()]
            check(bool(hit), f"{row['file']}: an error at {row['where'] or '/'} saying '{row['says']}'; got {lines[:3]}")
    cases = limit_cases()
    listed = set(cases)
    stated = set(schema_limits(schema))
    check(stated <= listed, f"every schema limit has a case here; missing: {sorted(stated - listed)}")
    check(listed <= stated, f"every case here is a schema limit; stale: {sorted(listed - stated)}")
    # docs/case-format.md is written from the schema; a schema change without
    # rewriting it (scripts/case-format-doc) fails here.
    root = os.path.dirname(os.path.dirname(os.path.abspath(args.schema)))
    doc = subprocess.run([sys.executable, os.path.join(root, "scripts", "case-format-doc"), "--check",
                          "--schema", args.schema, "--doc", os.path.join(root, "docs", "case-format.md")],
                         capture_output=True, text=True)
    check(doc.returncode == 0, f"docs/case-format.md matches the schema: {doc.stderr.strip()}")
    check(validator.is_valid(BASE), f"the base document passes the schema: "
          f"{[e.message[:120] for e in validator.iter_errors(BASE)][:3]}")
    tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"kinmap-limit-{os.getpid()}.json")
    try:
        for where, (pointer, past, at, says) in sorted(cases.items()):
            doc = with_value(pointer, past)
            check(not validator.is_valid(doc), f"{where}: the schema rejects {pointer} past the limit")
            if args.kinmap:
                with open(tmp, "w", encoding="utf-8") as f:
                    json.dump(doc, f)
                r = kinmap(tmp)
                lines = [unlabelled(l) for l in r.stderr.splitlines() if ": error: " in l]
                hit = [l for l in lines if f": {pointer}" in l and says.lower() in l.lower()]
                check(r.returncode == 1 and bool(hit),
                      f"{where}: kinmap check rejects {pointer} past the limit saying '{says}'; "
                      f"exit {r.returncode}, {[l[:200] for l in lines[:3]]}")
            if at is None:
                continue
            doc = with_value(pointer, at)
            check(validator.is_valid(doc), f"{where}: the schema accepts {pointer} at the limit")
            if args.kinmap:
                with open(tmp, "w", encoding="utf-8") as f:
                    json.dump(doc, f)
                r = kinmap(tmp)
                check(r.returncode == 0, f"{where}: kinmap check accepts {pointer} at the limit: "
                      f"{r.stderr[:300]}")
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
