#!/usr/bin/env python3
"""Precision and recall of a caseload's linked pairs against the truth.

    build/bench/linkage_caseload /tmp/lc 100000
    kinmap caseload index /tmp/lc/cases --db /tmp/lc.db
    python3 bench/linkage_accuracy.py --db /tmp/lc.db --truth /tmp/lc/truth.tsv

A predicted pair is two records in one cluster; a true pair is two records
of one identity (always in different cases). Also prints the possible-match
list's length as a share of the records.
"""
import argparse
import collections
import csv
import sqlite3


def pairs(n):
    return n * (n - 1) // 2


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--truth", required=True)
    args = parser.parse_args()
    identity = {}
    with open(args.truth) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            identity[row["case"] + ":" + row["person"]] = row["identity"]
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    indexed = {r[0] for r in db.execute("SELECT case_id || ':' || person FROM people")}
    by_identity = collections.Counter(identity[k] for k in indexed)
    true_pairs = sum(pairs(n) for n in by_identity.values())

    clusters = collections.defaultdict(list)
    for record, cluster in db.execute("SELECT record, cluster FROM clusters"):
        clusters[cluster].append(record)
    predicted = tp = 0
    for members in clusters.values():
        predicted += pairs(len(members))
        tp += sum(pairs(n) for n in collections.Counter(identity[m] for m in members).values())
    possible = db.execute(
        "SELECT count(*) FROM pairs p WHERE outcome = 'possible' AND NOT EXISTS "
        "(SELECT 1 FROM decisions d WHERE d.a = p.a AND d.b = p.b)").fetchone()[0]
    precision = tp / predicted if predicted else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    print(f"records {len(indexed)}  true pairs {true_pairs}  predicted pairs {predicted}  "
          f"correct {tp}")
    print(f"precision {precision:.4f}  recall {recall:.4f}  "
          f"possible matches {possible} ({100.0 * possible / max(len(indexed), 1):.2f}% of records)")


if __name__ == "__main__":
    main()
