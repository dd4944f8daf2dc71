#!/usr/bin/env python3
"""Converts a Gramps XML database (.gramps, gzipped or not) into a kinmap case
file, to measure and check the genogram on a real, big family tree (issue 19).
A bench tool, not a product import: it keeps people (sex, name, birth and
death dates), each family's couple as a partnership and its children as
parent links, and nothing else.

    python3 bench/gramps_to_case.py /usr/share/doc/gramps/example/gramps/example.gramps -o /tmp/gramps.json

Where the tree contradicts itself in a way kinmap rejects (a child born before
a parent, a death before a birth, a third parent by birth), the date or the
link is weakened (the date dropped, the link recorded as "presumed") and
counted on standard error.
"""
import argparse
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET

NS = {"g": "http://gramps-project.org/xml/1.7.1/"}
AS_OF = "2026-11-01"


def open_xml(path):
    with open(path, "rb") as f:
        head = f.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    with opener(path, "rb") as f:
        return ET.parse(f).getroot()


def iso(dateval):
    """A Gramps date value as YYYY, YYYY-MM or YYYY-MM-DD, or None."""
    if dateval is None:
        return None
    val = dateval.get("val") or dateval.get("start")
    if not val:
        return None
    m = re.match(r"^(\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$", val)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if not 1 <= year <= 9999:
        return None
    text = f"{year:04d}"
    if 1 <= month <= 12:
        text += f"-{month:02d}"
        if 1 <= day <= 31:
            import datetime

            try:
                datetime.date(year, month, day)
                text += f"-{day:02d}"
            except ValueError:
                pass
    return text


def first_day(text):
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return (parts[0], parts[1], parts[2])


def last_day(text):
    parts = [int(p) for p in text.split("-")]
    return (parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 31)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gramps")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    root = open_xml(args.gramps)
    fixes = {"dates dropped": 0, "links presumed": 0}

    events = {}
    for e in root.iterfind("g:events/g:event", NS):
        kind = e.findtext("g:type", default="", namespaces=NS)
        date = None
        for tag in ("dateval", "daterange", "datespan"):
            d = e.find(f"g:{tag}", NS)
            if d is not None:
                date = iso(d)
                break
        events[e.get("handle")] = (kind, date)

    people, by_handle = [], {}
    for p in root.iterfind("g:people/g:person", NS):
        gender = p.findtext("g:gender", default="U", namespaces=NS)
        name = p.find("g:name", NS)
        first = name.findtext("g:first", default="", namespaces=NS) if name is not None else ""
        surname = name.findtext("g:surname", default="", namespaces=NS) if name is not None else ""
        person = {"id": p.get("id"), "sex": {"M": "male", "F": "female"}.get(gender, "unknown")}
        full = " ".join(part for part in (first, surname) if part)
        if full:
            person["name"] = full
        for ref in p.iterfind("g:eventref", NS):
            kind, date = events.get(ref.get("hlink"), ("", None))
            if ref.get("role", "Primary") != "Primary" or not date:
                continue
            if kind == "Birth" and "born" not in person:
                person["born"] = date
            elif kind == "Death" and "died" not in person:
                person["died"] = date
        if "born" in person and first_day(person["born"]) > first_day(AS_OF):
            del person["born"]
            fixes["dates dropped"] += 1
        if "born" in person and "died" in person and last_day(person["died"]) < first_day(person["born"]):
            del person["died"]
            fixes["dates dropped"] += 1
        by_handle[p.get("handle")] = person
        people.append(person)

    relationships, birth_parents = [], {}
    for f in root.iterfind("g:families/g:family", NS):
        father = f.find("g:father", NS)
        mother = f.find("g:mother", NS)
        father = by_handle.get(father.get("hlink")) if father is not None else None
        mother = by_handle.get(mother.get("hlink")) if mother is not None else None
        if father and mother and father is not mother:
            partner = {"type": "partner", "a": father["id"], "b": mother["id"]}
            rel = f.find("g:rel", NS)
            if rel is not None and rel.get("type") == "Married":
                partner["form"] = "married"
            relationships.append(partner)
        for ref in f.iterfind("g:childref", NS):
            child = by_handle.get(ref.get("hlink"))
            if child is None:
                continue
            for parent, attr in ((father, "frel"), (mother, "mrel")):
                if parent is None or parent is child:
                    continue
                rel = ref.get(attr, "Birth")
                kind = {"Birth": "biological", "Adopted": "adoptive", "Stepchild": "step",
                        "Foster": "foster"}.get(rel, "social")
                if kind == "biological":
                    if (child.get("born") and parent.get("born")
                            and last_day(child["born"]) < first_day(parent["born"])):
                        del child["born"]
                        fixes["dates dropped"] += 1
                    if len(birth_parents.setdefault(child["id"], [])) >= 2:
                        kind = "presumed"
                        fixes["links presumed"] += 1
                    else:
                        birth_parents[child["id"]].append(parent["id"])
                link = {"type": "parent", "parent": parent["id"], "child": child["id"]}
                if kind != "biological":
                    link["kind"] = kind
                relationships.append(link)

    # A dropped birth date can reopen an earlier child-before-parent check: run it again.
    ids = {p["id"]: p for p in people}
    for r in relationships:
        if r["type"] == "parent" and r.get("kind", "biological") == "biological":
            child, parent = ids[r["child"]], ids[r["parent"]]
            if (child.get("born") and parent.get("born")
                    and last_day(child["born"]) < first_day(parent["born"])):
                del child["born"]
                fixes["dates dropped"] += 1

    case = {
        "format": "kinmap-case/1",
        "case": {"id": "GRAMPS-EXAMPLE", "title": "Gramps example tree (converted)", "as_of": AS_OF},
        "people": people,
        "relationships": relationships,
    }
    with open(args.output, "w", encoding="utf-8") as out:
        json.dump(case, out, ensure_ascii=False, indent=0)
    dates = sum(1 for p in people for k in ("born", "died") if k in p)
    print(f"{len(people)} people, {len(relationships)} relationships, {dates} dates; "
          + ", ".join(f"{v} {k}" for k, v in fixes.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
