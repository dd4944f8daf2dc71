#!/usr/bin/env python3
"""`kinmap serve` refuses what it must, with raw HTTP: no token, a wrong
token, a foreign Host (DNS rebinding), cross-origin and CSRF-less writes, a
body over the cap, paths that try to leave the page; the case file is
unchanged after each. Positive controls (a proper write is saved, an invalid
one answered with its JSON pointer, a stale one refused as a conflict) show
the refusals are the checks', not a broken server."""

import argparse
import http.client
import json
import os
import shutil
import socket
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Served  # noqa: E402

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def request(served, method, path, headers=None, body=None, host=None):
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    connection.putheader("Host", host or "127.0.0.1:%d" % served.port)
    for key, value in (headers or {}).items():
        connection.putheader(key, value)
    if body is not None:
        connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kinmap", required=True)
    parser.add_argument("--example", required=True)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="kinmap-serve-security-")
    case = os.path.join(folder, "case.json")
    shutil.copy(args.example, case)
    with open(case, "rb") as f:
        original = f.read()

    def unchanged(what):
        with open(case, "rb") as f:
            check(f.read() == original, "case file unchanged after " + what)

    served = Served(args.kinmap, case)
    try:
        port = served.port
        origin = "http://127.0.0.1:%d" % port

        r, _ = request(served, "GET", "/api/case")
        check(r.status == 403, "no token: 403 (got %d)" % r.status)
        r, _ = request(served, "GET", "/?token=" + "0" * 32)
        check(r.status == 403, "wrong token: 403 (got %d)" % r.status)
        r, _ = request(served, "GET", "/api/case",
                       {"Cookie": "kinmap_%d=%s" % (port, "f" * 32)})
        check(r.status == 403, "wrong cookie: 403 (got %d)" % r.status)
        r, _ = request(served, "GET", "/?token=" + served.token, host="evil.example")
        check(r.status == 403, "Host evil.example: 403 (got %d)" % r.status)
        r, _ = request(served, "GET", "/?token=" + served.token, host="evil.example:%d" % port)
        check(r.status == 403, "Host evil.example:PORT: 403 (got %d)" % r.status)
        unchanged("the refused reads")

        r, _ = request(served, "GET", "/?token=" + served.token)
        cookie = r.getheader("Set-Cookie") or ""
        check(r.status == 303 and r.getheader("Location") == "/", "token: redirect to / (got %d)" % r.status)
        check("HttpOnly" in cookie and "SameSite=Strict" in cookie,
              "session cookie is HttpOnly and SameSite=Strict: " + cookie)
        session = {"Cookie": cookie.split(";")[0]}
        r, page = request(served, "GET", "/", session)
        check(r.status == 200, "page with the cookie: 200 (got %d)" % r.status)
        csp = r.getheader("Content-Security-Policy") or ""
        check("default-src 'self'" in csp, "Content-Security-Policy default-src 'self': " + csp)
        check(b"http://" not in page and b"https://" not in page, "the page loads nothing from outside")
        marker = b'name="kinmap-csrf" content="'
        start = page.index(marker) + len(marker)
        csrf = page[start:page.index(b'"', start)].decode()
        check(len(csrf) == 32 and csrf != served.token, "the page carries its own CSRF value")

        r, body = request(served, "GET", "/api/case", session)
        state = json.loads(body)
        version = state["version"]
        document = json.dumps(state["document"]).encode()
        writer = dict(session, **{"Origin": origin, "X-Kinmap-CSRF": csrf, "If-Match": version,
                                  "Content-Type": "application/json"})

        for name, headers in [
                ("cross-origin PUT", dict(writer, Origin="http://evil.example")),
                ("PUT without Origin", {k: v for k, v in writer.items() if k != "Origin"}),
                ("PUT without the CSRF header", {k: v for k, v in writer.items() if k != "X-Kinmap-CSRF"}),
                ("PUT with a wrong CSRF header", dict(writer, **{"X-Kinmap-CSRF": "0" * 32})),
                ("PUT without the cookie", {k: v for k, v in writer.items() if k != "Cookie"})]:
            r, _ = request(served, "PUT", "/api/case", headers, document)
            check(r.status == 403, "%s: 403 (got %d)" % (name, r.status))
            unchanged(name)
        r, _ = request(served, "POST", "/api/undo", dict(writer, Origin="http://evil.example"), b"")
        check(r.status == 403, "cross-origin POST /api/undo: 403 (got %d)" % r.status)
        unchanged("the cross-origin POST")

        # A body over the cap is refused from its Content-Length, unread.
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            head = ["PUT /api/case HTTP/1.1", "Host: 127.0.0.1:%d" % port]
            head += ["%s: %s" % kv for kv in writer.items()]
            head += ["Content-Length: %d" % (64 << 20), "", ""]
            s.sendall("\r\n".join(head).encode())
            s.sendall(b" " * 65536)
            answer = s.recv(4096).decode(errors="replace")
        check(answer.startswith("HTTP/1.1 413"), "body over the cap: 413 (got %r)" % answer[:40])
        unchanged("the oversized body")

        for path in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                     "/editor.js/../../../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                     "/case.json", "/" + os.path.basename(case) + ".history/000001.json",
                     "/api/case/../../case.json"]:
            r, body = request(served, "GET", path, session)
            check(r.status in (400, 403, 404) and b"root:" not in body and original not in body,
                  "%s refused (got %d)" % (path, r.status))
        unchanged("the paths that try to leave the page")

        # Positive controls: the same server accepts what is right.
        bad = json.loads(document)
        bad["people"][0]["born"] = "2024-13-45"
        r, body = request(served, "PUT", "/api/case", writer, json.dumps(bad).encode())
        answer = json.loads(body)
        pointers = [d["pointer"] for d in answer.get("diagnostics", [])]
        check(r.status == 422 and "/people/0/born" in pointers,
              "invalid case: 422 naming /people/0/born (got %d, %s)" % (r.status, pointers))
        unchanged("the invalid case")
        good = json.loads(document)
        good["people"][0]["name"] = "Dean <b>Marsh</b>"
        r, body = request(served, "PUT", "/api/case", writer, json.dumps(good).encode())
        check(r.status == 200, "a proper write is saved (got %d)" % r.status)
        with open(case) as f:
            check(json.load(f)["people"][0]["name"] == "Dean <b>Marsh</b>", "the file holds the write")
        svg = json.loads(body)["view"]["svg"]
        check("&lt;b&gt;Marsh&lt;/b&gt;" in svg and "<b>" not in svg, "the name is escaped in the drawing")
        with open(case, "rb") as f:
            saved = f.read()
        r, _ = request(served, "PUT", "/api/case", writer, document)  # If-Match is now stale
        with open(case, "rb") as f:
            check(r.status == 409 and f.read() == saved,
                  "a write from an older version: 409, file untouched (got %d)" % r.status)
    finally:
        status = served.stop()
        check(status == 0, "SIGTERM stops it cleanly (exit %s)" % status)
        shutil.rmtree(folder, ignore_errors=True)

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
