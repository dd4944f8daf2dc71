#!/usr/bin/python3
"""A straightforward Python yardstick for `kinmap caseload index`: the same
blocking keys and field comparisons (Debian's python3-jellyfish for
Jaro-Winkler and Soundex), on the same case files, scored with the m and u
that kinmap estimated (read from its database, so EM is not timed here),
clustered with a union-find. Prints its time and its linked-pair count so
the two can be compared:

    /usr/bin/python3 bench/linkage_reference.py --cases /tmp/lc/cases --db /tmp/lc.db
"""
import argparse
import collections
import glob
import json
import math
import os
import sqlite3
import time
import unicodedata

import jellyfish

NICKNAMES = os.path.join(os.path.dirname(__file__), "..", "src", "caseload", "nicknames.txt")


def fold(name):
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(ch)
        elif ch in "'`.":
            pass
        elif out and out[-1] != " ":
            out.append(" ")
    return "".join(out).strip()


def load_groups():
    groups = {}
    with open(NICKNAMES) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            words = line.split()
            for w in words:
                groups.setdefault(w, words[0])
    return groups


def born(text):
    parts = [int(p) for p in text.split("-")] if text else []
    return tuple(parts + [0] * (3 - len(parts)))


def levels(x, y):
    out = []
    if x["fore"] and y["fore"]:
        if x["fore"] == y["fore"]:
            out.append(0)
        elif x["group"] == y["group"]:
            out.append(1)
        else:
            jw = jellyfish.jaro_winkler_similarity(x["fore"], y["fore"])
            out.append(2 if jw >= 0.92 else 3 if jw >= 0.80 else 4)
    else:
        out.append(None)
    if x["sur"] and y["sur"]:
        if x["sur"] == y["sur"]:
            out.append(0)
        else:
            jw = jellyfish.jaro_winkler_similarity(x["sur"], y["sur"])
            out.append(1 if jw >= 0.92 else 2 if x["code"] == y["code"] else 3 if jw >= 0.80 else 4)
    else:
        out.append(None)
    (ay, am, ad), (by, bm, bd) = x["born"], y["born"]
    if not ay or not by:
        out.append(None)
    elif ad and bd and (ay, am, ad) == (by, bm, bd):
        out.append(0)
    elif not (ad and bd):
        ok = ay == by and (not am or not bm or am == bm) and (not ad or not bd or ad == bd)
        out.append(1 if ok else 4)
    elif ay == by and am == bd and ad == bm:
        out.append(2)
    elif abs(ay - by) == 1 and am == bm and ad == bd:
        out.append(3)
    else:
        out.append(4)
    out.append(None if "u" in (x["sex"], y["sex"]) else 0 if x["sex"] == y["sex"] else 1)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", required=True)
    parser.add_argument("--db", required=True, help="kinmap's database, for m and u")
    parser.add_argument("--upper", type=float, default=12.0)
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    params = collections.defaultdict(dict)
    for field, level, m, u in db.execute("SELECT field, level, m, u FROM parameters"):
        params[field][level] = math.log2(m / u)
    fields = ["forename", "surname", "born", "sex"]

    start = time.monotonic()
    groups = load_groups()
    records = []
    for path in sorted(glob.glob(os.path.join(args.cases, "**", "*.json"), recursive=True)):
        with open(path) as f:
            case = json.load(f)
        for p in case["people"]:
            if p.get("identity") == "unknown" or not p.get("name"):
                continue
            words = fold(p["name"]).split()
            fore = words[0] if words else ""
            sur = words[-1] if len(words) > 1 else ""
            records.append({"case": case["case"]["id"], "fore": fore, "sur": sur,
                            "group": groups.get(fore, fore),
                            "code": jellyfish.soundex(sur) if sur else "",
                            "born": born(p.get("born", "")), "sex": p["sex"][0],
                            "nhs": "".join(c for c in p.get("ids", {}).get("nhs", "") if c.isdigit())})
    read = time.monotonic()
    blocks = collections.defaultdict(list)
    for i, r in enumerate(records):
        y, m, d = r["born"]
        if r["nhs"]:
            blocks["n|" + r["nhs"]].append(i)
        if r["sur"] and y:
            blocks[f"s|{r['code']}|{y}"].append(i)
        if r["fore"] and d:
            blocks[f"f|{r['group']}|{y}|{min(m, d)}|{max(m, d)}"].append(i)
            if r["sur"]:
                blocks[f"y|{r['code']}|{r['group']}|{m}|{d}"].append(i)
        if r["fore"] and r["sur"]:
            blocks[f"p|{r['code']}|{r['group']}"].append(i)
    pairs = set()
    for members in blocks.values():
        if len(members) > 400:
            continue
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                x, y = members[a], members[b]
                if records[x]["case"] != records[y]["case"]:
                    pairs.add((min(x, y), max(x, y)))
    parent = list(range(len(records)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked = 0
    for a, b in pairs:
        x, y = records[a], records[b]
        if x["nhs"] and y["nhs"] and x["nhs"] != y["nhs"]:
            continue
        lv = levels(x, y)
        weight = sum(params[f][l] for f, l in zip(fields, lv) if l is not None)
        if (x["nhs"] and x["nhs"] == y["nhs"]) or (weight >= args.upper and lv[0] != 4):
            linked += 1
            parent[find(a)] = find(b)
    done = time.monotonic()
    print(f"python reference: {len(records)} records, {len(pairs)} candidate pairs, "
          f"{linked} linked; read {read - start:.1f} s, block+compare+cluster {done - read:.1f} s, "
          f"total {done - start:.1f} s")


if __name__ == "__main__":
    main()
