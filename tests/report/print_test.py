#!/usr/bin/env python3
"""Prints kinmap's conference page in a real browser and checks the paper.

For each example: `kinmap report` writes the page; headless Chromium prints
it to PDF; poppler's pdfinfo/pdftotext read the PDF back. Checks that the
page count is sensible, that the genogram has a landscape page of its own,
that the protective marking is on every page (top and bottom), that every
finding's rule and every chronology date made it to paper, and (with
--redact) that no name from the case appears in the PDF.

    print_test.py --kinmap build/src/kinmap --examples examples [--chromium PATH]

Ends with a line 'N passed, M failed'; exits 1 if anything failed. When
Chromium is absent it says so and skips (exit 0), as `scripts/setup
--browser` installs it for CI.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-quic", "--no-pdf-header-footer"]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, **kw)


def print_to_pdf(chromium, html, pdf, profile):
    result = run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                  f"--print-to-pdf={pdf}", "file://" + os.path.abspath(html)])
    if not os.path.exists(pdf):
        raise RuntimeError(f"chromium wrote no PDF: {result.stderr[-500:]}")


def pages_text(pdf):
    pages = int(next(l.split()[-1] for l in run(["pdfinfo", pdf]).stdout.splitlines() if l.startswith("Pages:")))
    texts = [run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"]).stdout for p in range(1, pages + 1)]
    return pages, texts


def page_sizes(pdf, pages):
    """(width, height) in points of each page."""
    sizes = []
    for line in run(["pdfinfo", "-f", "1", "-l", str(pages), pdf]).stdout.splitlines():
        if line.startswith("Page") and " size:" in line:
            words = line.split(":", 1)[1].split()
            sizes.append((float(words[0]), float(words[2])))
    return sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinmap", required=True)
    parser.add_argument("--examples", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    parser.add_argument("--only", nargs="*", help="example names to print (default: all)")
    args = parser.parse_args()
    if not args.chromium:
        print("SKIPPED: Chromium is not installed (scripts/setup --browser installs it)")
        print("0 passed, 0 failed")
        return 0
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        print(("PASS " if ok else "FAIL ") + what)
        if ok:
            passed += 1
        else:
            failed += 1

    names = sorted(f for f in os.listdir(args.examples) if f.endswith(".json") and ".findings." not in f)
    if args.only:
        names = [n for n in names if n[:-5] in args.only]
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            case_path = os.path.join(args.examples, name)
            case = json.load(open(case_path, encoding="utf-8"))
            marking = case["case"].get("marking", "")
            findings = json.loads(run([args.kinmap, "analyse", case_path, "--format", "json"]).stdout)["findings"]
            for redact in (False, True):
                label = name + (" --redact" if redact else "")
                html = os.path.join(tmp, "page.html")
                pdf = os.path.join(tmp, "page.pdf")
                if os.path.exists(pdf):
                    os.remove(pdf)
                result = run([args.kinmap, "report", case_path, "-o", html] + (["--redact"] if redact else []))
                check(result.returncode == 0, f"{label}: kinmap report exits 0 ({result.stderr.strip()[:200]})")
                if result.returncode != 0:
                    continue
                try:
                    print_to_pdf(args.chromium, html, pdf, os.path.join(tmp, "profile"))
                except Exception as e:  # noqa: BLE001 - report and go on
                    check(False, f"{label}: printed to PDF ({e})")
                    continue
                pages, texts = pages_text(pdf)
                people = len(case["people"])
                limit = 4 + people // 8 + len(case.get("events", [])) // 25 + len(findings) // 5
                check(1 <= pages <= limit, f"{label}: {pages} pages (sensible: 1 to {limit})")
                if marking:
                    missing = [i + 1 for i, t in enumerate(texts) if t.count(marking) < 2]
                    check(not missing, f"{label}: marking top and bottom of every page (missing on {missing})")
                sizes = page_sizes(pdf, pages)
                drawn_on = [i for i, t in enumerate(texts) if "Family, households and the findings marked" in t]
                check(len(drawn_on) == 1 and sizes[drawn_on[0]][0] > sizes[drawn_on[0]][1]
                      and "Who is around each child" not in texts[drawn_on[0]],
                      f"{label}: the genogram on a landscape page of its own (page {[i + 1 for i in drawn_on]})")
                everything = "\n".join(texts)
                flat = " ".join(everything.split())
                for f in findings:
                    check(f["rule"] in flat, f"{label}: finding {f['rule']} printed")
                for e in case.get("events", []):
                    check(e["date"] in flat, f"{label}: event of {e['date']} printed")
                if redact:
                    leaked = sorted({p["name"] for p in case["people"]
                                     if p.get("name") and len(p["name"]) > 2 and p["name"] in flat})
                    check(not leaked, f"{label}: no name on paper (leaked: {leaked})")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
