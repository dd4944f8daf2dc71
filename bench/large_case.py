#!/usr/bin/env python3
"""Writes a valid, fictional kinmap case of about the requested size.

    bench/large_case.py --megabytes 50 > /tmp/large.json

Families of four (mother, father, two children) in their own households,
with partnership, contact, events and notes, repeated until the size is
reached. Used by bench/memory.sh to measure the loader's peak memory.
"""
import argparse
import json
import sys


def family(n):
    m, f, a, b, h = (f"m{n}", f"f{n}", f"a{n}", f"b{n}", f"h{n}")
    note = "Seen by the health visitor at home; no concerns raised at this visit. " * 2
    people = [
        {"id": m, "sex": "female", "name": f"Mother {n}", "born": "1995-04-02",
         "assessment": {"status": "complete", "date": "2026-03-01", "by": "CSC"},
         "engagement": "engaged", "known_to": ["gp", "health_visitor"], "notes": note},
        {"id": f, "sex": "male", "name": f"Father {n}", "age": 33, "engagement": "partial",
         "known_to": ["police"], "risk": [{"factor": "alcohol_misuse", "source": "gp", "date": "2025-11"}]},
        {"id": a, "sex": "female", "name": f"Child A{n}", "born": "2019-01-15"},
        {"id": b, "sex": "male", "name": f"Child B{n}", "born": "2022-07-30"},
    ]
    relationships = [
        {"type": "parent", "parent": m, "child": a, "pr": True},
        {"type": "parent", "parent": f, "child": a, "pr": True},
        {"type": "parent", "parent": m, "child": b, "pr": True},
        {"type": "parent", "parent": f, "child": b},
        {"type": "partner", "a": f, "b": m, "status": "separated", "form": "cohabiting", "from": "2017", "to": "2025-02"},
        {"type": "contact", "adult": f, "child": a, "frequency": "weekly", "supervised": False, "basis": "informal"},
    ]
    household = {"id": h, "label": f"Home {n}", "confirmed": "2026-09-01",
                 "members": [{"person": m}, {"person": a}, {"person": b}]}
    events = [{"date": "2025-02-10", "type": "separation", "people": [m, f], "source": "mother"}]
    return people, relationships, household, events


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50)
    args = parser.parse_args()
    target = int(args.megabytes * 1024 * 1024)
    case = {"format": "kinmap-case/1",
            "case": {"id": "C-BENCH", "title": "Generated caseload", "as_of": "2026-11-01", "focus": []},
            "people": [], "relationships": [], "households": [], "events": []}
    per_family = len(json.dumps(family(0), indent=1)) - 40  # list brackets are shared
    for n in range(max(1, target // per_family)):
        people, relationships, household, events = family(n)
        case["people"] += people
        case["relationships"] += relationships
        case["households"].append(household)
        case["events"] += events
    case["case"]["focus"] = ["a0"]
    json.dump(case, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
