#!/usr/bin/python3
"""A straightforward NetworkX implementation of kinmap's circle and exposure
search, as the yardstick for the scaling benchmark (bench/scale.sh): load the
case, find every focus child's circle, build the exposure graph with the risk
model's costs, run a bounded Dijkstra toward every focus child, and print one
line per (person who poses risk, child reached, cost): what RISK_TO_CHILD
reports.

    bench/networkx_reference.py CASE.json [--model models/risk_model.json]

It follows DESIGN.md's rules (same-home, care, contact, partner-of-resident
and parent-with-no-contact links; no child as a step between two ends;
people who died have no links), not kinmap's code. `--compare FINDINGS.json`
checks its pairs against kinmap's `analyse --format json` output and exits
1 on any difference, so the yardstick is known to do the same job.
Needs Debian's python3-networkx.
"""
import argparse
import calendar
import json
import sys

import networkx as nx


def first_day(text):
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return (parts[0], parts[1], parts[2])


def last_day(text):
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return (parts[0], 12, 31)
    if len(parts) == 2:
        return (parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return tuple(parts)


def age_at(person, as_of, adult_age):
    """'unborn', 'child' or 'adult' at as_of (kinmap's life stage, simplified)."""
    if "born" in person:
        born = first_day(person["born"])
        years = as_of[0] - born[0] - ((as_of[1], as_of[2]) < (born[1], born[2]))
        return "child" if years < adult_age else "adult"
    if "age" in person:
        return "child" if person["age"] < adult_age else "adult"
    if "expected" in person:
        return "unborn"
    return None


def current(member, as_of):
    if "to" in member and last_day(member["to"]) < as_of:
        return False
    if "from" in member and first_day(member["from"]) > as_of:
        return False
    return True


def exposures(case, model):
    as_of = first_day(case["case"]["as_of"])
    adult_age = model["thresholds"]["adult_age"]
    costs = model["exposure_costs"]
    max_cost = model["thresholds"]["max_exposure_cost"]
    people = {p["id"]: p for p in case["people"]}
    alive = {i for i, p in people.items() if "died" not in p}
    rels = case.get("relationships", [])
    has_parent = {r["child"] for r in rels if r["type"] == "parent"}
    stage = {}
    for i, p in people.items():
        s = age_at(p, as_of, adult_age)
        stage[i] = s if s else ("child" if i in has_parent else "adult")
    is_child = {i for i, s in stage.items() if s != "adult"}

    homes = {i: [] for i in people}
    residents = {}
    for h in case.get("households", []):
        for m in h["members"]:
            who = m["person"]
            if who not in alive or m.get("status") == "visitor" or not current(m, as_of):
                continue
            if h["id"] not in homes[who]:
                homes[who].append(h["id"])
                residents.setdefault(h["id"], []).append(who)
    birth_parents = {}  # child -> parents by birth, in file order
    for r in rels:
        if r["type"] == "parent" and r.get("kind", "biological") in ("biological", "presumed"):
            birth_parents.setdefault(r["child"], []).append(r["parent"])
    for i in people:  # an unborn child lives where its mother lives
        if stage[i] != "unborn" or homes[i]:
            continue
        for p in birth_parents.get(i, []):
            if people[p]["sex"] == "female":
                for h in homes[p]:
                    homes[i].append(h)
                    residents.setdefault(h, []).append(i)
                break

    def together(a, b):
        return any(h in homes[b] for h in homes[a])

    g = nx.DiGraph()
    g.add_nodes_from(people)

    def link(a, b, cost):
        if g.has_edge(a, b):
            cost = min(cost, g[a][b]["cost"])
        g.add_edge(a, b, cost=cost)

    for members in residents.values():
        for a in members:
            for b in members:
                if a != b:
                    link(a, b, costs["same_household"])
    contact_or_care = set()
    for r in rels:
        if r["type"] not in ("care", "contact"):
            continue
        a, b = (r["carer"], r["child"]) if r["type"] == "care" else (r["adult"], r["child"])
        if r["type"] == "contact" or r.get("frequency") != "none":
            contact_or_care.add((a, b))
        if a == b or a not in alive or b not in alive or r.get("frequency") == "none":
            continue
        if r["type"] == "care":
            link(a, b, costs["care"])
        elif r.get("supervised", False):
            link(a, b, costs["supervised_contact"])
        else:
            link(a, b, costs["unsupervised_contact"])
    for r in rels:
        if r["type"] != "partner":
            continue
        status = r.get("status", "unknown")
        if status not in ("current", "on_off", "unknown"):
            continue
        if "from" in r and first_day(r["from"]) > as_of:
            continue
        a, b = r["a"], r["b"]
        if a == b or a not in alive or b not in alive:
            continue
        for partner, resident in ((a, b), (b, a)):
            for h in homes[resident]:
                for c in residents.get(h, []):
                    if c != partner and c in is_child and not together(partner, c):
                        link(partner, c, costs["partner_of_resident"])
    for r in rels:
        if r["type"] != "parent":
            continue
        p, c = r["parent"], r["child"]
        if (c not in is_child or c not in alive or p not in alive or p == c or together(p, c) or
                (p, c) in contact_or_care):
            continue
        link(p, c, costs["parent_no_contact"])

    factors = model["factors"]
    poses_risk = set()
    for i, p in people.items():
        if any(factors.get(f["factor"], {}).get("poses_risk") for f in p.get("risk", [])):
            poses_risk.add(i)
    for r in rels:
        if r["type"] == "abuse":
            poses_risk.add(r["from"])
    for d in case.get("dash", []):
        if d.get("perpetrator"):
            poses_risk.add(d["perpetrator"])

    # The child's circle (DESIGN.md): parents of any kind; adults living or
    # staying in the child's homes; contact and care adults; the current
    # partners of those parents and carers; and their ex-partners who have
    # contact, live with the child, or abused someone in the circle.
    links = nx.MultiDiGraph()
    links.add_nodes_from(people)
    for r in rels:
        t = r["type"]
        if t == "parent":
            links.add_edge(r["child"], r["parent"], kind="parent")
        elif t in ("contact", "care") and r.get("frequency") != "none":
            adult = r["adult"] if t == "contact" else r["carer"]
            links.add_edge(r["child"], adult, kind=t)
        elif t == "partner":
            ended = r.get("status") in ("separated", "divorced", "ended")
            for x, y in ((r["a"], r["b"]), (r["b"], r["a"])):
                links.add_edge(x, y, kind="ex_partner" if ended else "partner")
    abused = {}
    for r in rels:
        if r["type"] == "abuse":
            abused.setdefault(r["from"], set()).add(r["to"])

    def circle(child):
        members = set()
        for h in homes[child]:
            members.update(p for p in residents.get(h, []) if p != child and p not in is_child)
        carers = set()
        for _, adult, data in links.out_edges(child, data=True):
            members.add(adult)
            if data["kind"] in ("parent", "care"):
                carers.add(adult)
        exes = set()
        for carer in carers:
            for _, other, data in links.out_edges(carer, data=True):
                if data["kind"] == "partner":
                    members.add(other)
                elif data["kind"] == "ex_partner":
                    exes.add(other)
        changed = True
        while changed:  # an admitted ex-partner can admit another
            changed = False
            for ex in exes - members:
                if abused.get(ex, set()) & (members | {child}):
                    members.add(ex)
                    changed = True
        return {m for m in members if m in alive and m != child}

    reversed_graph = g.reverse(copy=False)
    focus = case["case"].get("focus") or []
    if not focus and case.get("plan", {}).get("children"):
        focus = [c for c in case["plan"]["children"] if c in is_child]
    if not focus:
        focus = [i for i in people if i in is_child]
    out = set()
    circles = {child: circle(child) for child in dict.fromkeys(focus)}
    for child in dict.fromkeys(focus):
        view = nx.subgraph_view(reversed_graph,
                                filter_node=lambda n, c=child: n == c or n not in is_child)
        reached = nx.single_source_dijkstra_path_length(view, child, cutoff=max_cost,
                                                        weight="cost")
        for person, cost in reached.items():
            if person != child and person in poses_risk:
                out.add((person, child, cost))
    return out, circles


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case")
    parser.add_argument("--model", default=None)
    parser.add_argument("--compare", help="kinmap analyse --format json output to check against")
    args = parser.parse_args()
    model_path = args.model or __file__.rsplit("/", 2)[0] + "/models/risk_model.json"
    with open(model_path, encoding="utf-8") as f:
        model = json.load(f)
    with open(args.case, encoding="utf-8") as f:
        case = json.load(f)
    found, circles = exposures(case, model)
    if args.compare:
        with open(args.compare, encoding="utf-8") as f:
            findings = json.load(f)["findings"]
        theirs = {(f["people"][0], f["children"][0]) for f in findings
                  if f["rule"] == "RISK_TO_CHILD"}
        mine = {(p, c) for p, c, _ in found}
        if mine != theirs:
            print(f"{args.case}: only NetworkX: {sorted(mine - theirs)}; "
                  f"only kinmap: {sorted(theirs - mine)}", file=sys.stderr)
            return 1
        members = sum(len(c) for c in circles.values())
        print(f"{args.case}: {len(mine)} risk-to-child pairs, the same as kinmap "
              f"({members} circle places)")
        return 0
    for person, child, cost in sorted(found):
        print(person, child, cost)
    return 0


if __name__ == "__main__":
    sys.exit(main())
