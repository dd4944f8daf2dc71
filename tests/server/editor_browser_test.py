#!/usr/bin/env python3
"""The editor in a real browser (headless Chromium through Selenium): a case
built from nothing through the page alone, saved, reloaded; undo and redo;
two tabs editing the same case get a conflict prompt, not a lost change; a
validation error shown beside its field and nothing saved; the history
still there after a restart; a person selected from the genogram by
keyboard; a separation recorded from the partner line; axe-core finds no
WCAG 2.1 AA violation on the main screens. Every check reads the case file too, since that is what is kept.
Prints SKIPPED: (and passes) only when Chromium, its driver or Selenium is
not installed; scripts/setup installs all three."""

import argparse
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Served  # noqa: E402

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    webdriver = None

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--window-size=1280,900"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(DRIVER), options=options)


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(driver, axe_source):
    """axe-core's WCAG 2.1 AA violations on the page as it is now."""
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: %s}})"
        ".then((r) => done(r.violations.map((v) => v.id + ': ' + v.help + ' (' +"
        " v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ') + ')')))"
        ".catch((e) => done(['axe failed: ' + e]));" % json.dumps(AXE_TAGS))
    return result


class Editor:
    """The page in one browser, with waits on what a user would see."""

    def __init__(self, driver, case):
        self.driver = driver
        self.case = case
        self.wait = WebDriverWait(driver, 20, poll_frequency=0.05)

    def file(self):
        try:
            with open(self.case) as f:
                return json.load(f)
        except (FileNotFoundError, ValueError):
            return None

    def until_file(self, condition, what):
        self.wait.until(lambda _: (lambda doc: doc is not None and condition(doc))(self.file()),
                        "the case file never came to hold " + what)

    def by_id(self, element_id):
        return self.driver.find_element(By.ID, element_id)

    def status_is(self, text):
        self.wait.until(lambda d: self.by_id("status").text == text,
                        "status never said %r (it says %r)" % (text, self.by_id("status").text))

    def act(self, click_id, expect="Saved"):
        # Clear the status line first, so the wait sees this action's answer.
        self.driver.execute_script("document.getElementById('status').textContent = ''")
        self.by_id(click_id).click()
        self.status_is(expect)

    def type_into(self, field_id, text):
        field = self.by_id(field_id)
        field.clear()
        field.send_keys(text)

    def select_person(self, name):
        self.driver.find_element(By.XPATH, "//ul[@id='people']//button[.=%s]" % json.dumps(name)).click()
        self.wait.until(lambda _: self.by_id("person-title").text == name)

    def action(self, label):
        self.driver.execute_script("document.getElementById('status').textContent = ''")
        self.driver.find_element(By.XPATH, "//div[@id='actions']/button[.=%s]" % json.dumps(label)).click()
        self.status_is("Saved")


def names(doc):
    return [p.get("name") for p in doc["people"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kinmap", required=True)
    parser.add_argument("--screenshots", help="folder to save screenshots of the main screens in")
    parser.add_argument("--axe", required=True, help="axe.min.js (scripts/setup --browser installs it)")
    args = parser.parse_args()
    missing = [name for name, found in [("chromium", CHROMIUM), ("chromedriver", DRIVER),
                                        ("python3-selenium", webdriver)] if not found]
    if missing:
        print("SKIPPED: %s not installed (scripts/setup installs them)" % ", ".join(missing))
        return 0

    if not os.path.exists(args.axe):
        print("FAIL: %s is missing: run scripts/setup --browser, which installs axe-core "
              "for this test" % args.axe)
        return 1
    with open(args.axe) as f:
        axe_source = f.read()
    violations = []

    def accessible(screen):
        found = axe_violations(driver, axe_source)
        violations.extend(screen + ": " + v for v in found)
        print(("ok   " if not found else "FAIL ") + "axe-core, WCAG 2.1 AA, " + screen +
              "".join("\n       " + v for v in found))

    folder = tempfile.mkdtemp(prefix="kinmap-editor-browser-")
    case = os.path.join(folder, "new_case.json")
    served = Served(args.kinmap, case)
    driver = browser()
    shot = (lambda name: driver.save_screenshot(os.path.join(args.screenshots, name + ".png"))) \
        if args.screenshots else (lambda name: None)
    try:
        page = Editor(driver, case)
        # A new case begins with the child.
        driver.get(served.url)
        page.wait.until(lambda _: page.by_id("new-case").is_displayed(), "no 'Who is the child?' form")
        assert page.file() is None
        shot("new_case")
        accessible("the new case screen")
        page.type_into("n-case-id", "C-TEST-0001")
        page.type_into("n-case-as_of", "2026-11-05")
        page.type_into("n-name", "Ruby Test")
        Select(page.by_id("n-sex")).select_by_visible_text("Female")
        page.type_into("n-born", "2024-01-30")
        page.act("new-case-save")
        page.until_file(lambda d: names(d) == ["Ruby Test"], "the child")
        print("ok   a new case started from 'Who is the child?'")

        # Her mother, then the mother's other child, through the actions.
        page.action("Add mother")
        page.wait.until(lambda d: d.switch_to.active_element.get_attribute("id") == "f-name",
                        "the new person's name field is not focused")
        page.type_into("f-name", "Jade Test")
        page.type_into("f-born", "2000-10-09")
        page.act("person-save")
        page.action("Add child")
        page.type_into("f-name", "Ashton Test")
        Select(page.by_id("f-sex")).select_by_visible_text("Male")
        page.act("person-save")
        page.until_file(lambda d: names(d) == ["Ruby Test", "Jade Test", "Ashton Test"], "three people")
        doc = page.file()
        mother = doc["people"][1]["id"]
        parents = sorted((r["parent"], r["child"]) for r in doc["relationships"] if r["type"] == "parent")
        assert parents == sorted([(mother, "c1"), (mother, doc["people"][2]["id"])]), parents
        assert doc["people"][1]["sex"] == "female" and doc["people"][1]["born"] == "2000-10-09"
        driver.refresh()
        page.wait.until(lambda _: "Ashton Test" in page.by_id("people").text, "reload lost a person")
        assert page.by_id("genogram").find_elements(By.CSS_SELECTOR, "g.node.person")
        print("ok   mother and a second child added, saved, there after a reload")
        shot("editor")
        accessible("the editor")

        # Undo and redo, on the page and in the file.
        page.act("undo")
        page.until_file(lambda d: names(d)[2] is None, "the unnamed child after undo")
        assert "Ashton Test" not in page.by_id("people").text
        page.act("redo")
        page.until_file(lambda d: names(d)[2] == "Ashton Test", "the child's name after redo")
        assert "Ashton Test" in page.by_id("people").text
        print("ok   undo and redo")

        # Two tabs: the second saves first; the first is asked, not overwritten.
        first = driver.current_window_handle
        driver.switch_to.new_window("tab")
        driver.get(served.url)
        page.wait.until(lambda _: "Jade Test" in page.by_id("people").text, "second tab did not load")
        page.select_person("Jade Test")
        page.type_into("f-notes", "Written in the second tab.")
        page.act("person-save")
        driver.switch_to.window(first)
        page.select_person("Jade Test")
        page.type_into("f-notes", "Written in the first tab.")
        page.act("person-save", expect="Not saved: the case was changed somewhere else")
        assert page.by_id("conflict").is_displayed()
        assert page.file()["people"][1]["notes"] == "Written in the second tab."
        shot("conflict")
        accessible("the conflict prompt")
        page.act("conflict-overwrite")
        page.until_file(lambda d: d["people"][1]["notes"] == "Written in the first tab.", "the first tab's note")
        print("ok   two tabs: conflict prompt, nothing overwritten until asked")

        # An impossible date: the loader's message beside the field, nothing saved.
        before = page.file()
        page.type_into("f-born", "2000-13-45")
        page.act("person-save", expect="Not saved: see the problem marked")
        error = page.by_id("f-born-error")
        assert error.is_displayed() and error.text, "no message beside the date of birth"
        assert page.by_id("f-born").get_attribute("aria-invalid") == "true"
        assert page.file() == before
        print("ok   invalid date: %r beside the field, file unchanged" % error.text)
        shot("validation")
        accessible("a validation error")

        # Keyboard: Tab to a person on the genogram, Enter selects them.
        page.select_person("Ruby Test")
        node = driver.find_element(By.CSS_SELECTOR, "#genogram g.node.person[data-person='%s']" % mother)
        driver.execute_script("arguments[0].focus()", node)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        page.wait.until(lambda _: page.by_id("person-title").text == "Jade Test",
                        "Enter on the genogram did not select")
        print("ok   a person selected on the genogram by keyboard")

        # Restart: the history is still there.
        assert served.stop() == 0
        served = Served(args.kinmap, case)
        driver.get(served.url)
        page.wait.until(lambda _: page.by_id("undo").is_enabled(), "no history after a restart")
        page.act("undo")
        page.until_file(lambda d: d["people"][1]["notes"] == "Written in the second tab.",
                        "the version before the last after a restart")
        print("ok   the history survives a restart")

        # "Separated on ...": one step from the partner line in her links.
        page.select_person("Jade Test")
        page.action("Add partner")
        page.select_person("Jade Test")
        driver.find_element(By.XPATH, "//ul[@id='links']//button[starts-with(@aria-label, "
                                      "'Record a separation')]").click()
        page.type_into("separated-date", "2026-02")
        page.act("separated-save")
        page.until_file(lambda d: any(r["type"] == "partner" and r.get("status") == "separated"
                                      and r.get("to") == "2026-02" for r in d["relationships"]),
                        "the separation")
        print("ok   a partner added and the separation recorded")
    finally:
        driver.quit()
        served.stop()
        shutil.rmtree(folder, ignore_errors=True)
    if violations:
        print("%d accessibility violation(s)" % len(violations))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
