#!/usr/bin/env python3
"""Record Chromium's box geometry for the layout fixtures, in the JSON geometry dump format.

For each HTML fixture ``tests/web_platform/layout_fixtures/<name>.html`` this
loads the page in headless Chromium with an 800x600 CSS px viewport and the
Ahem font installed, and writes ``<name>.json`` next to it: the JSON geometry
dump of DESIGN.md (the format ``Document.geometry()`` and ``colosseum layout
--json`` produce), so that the tests can compare Colosseum's dump with
Chromium's element by element, without a browser::

    {"viewport": [800, 600],
     "root": {"path": "html", "tag": "html", "id": "", "class": "",
              "x": 0, "y": 0, "width": 800, "height": 116,
              "children": [{"path": "body", ..., "children": [
                  {"path": "body/div[1]", ...}, {"path": "body/div[2]", ...}]}]},
     "chromium": "Chromium 156.0.8078.79",
     "fixture_sha256": "...",
     "recording_sha256": "..."}

- ``x, y, width, height``: ``getBoundingClientRect()`` of the element,
  unrounded (for an inline split over lines, the union of its fragments).
- ``path``: ``html`` for the root, ``body`` for its body child, then one
  ``tag[n]`` step per level (``body/div[2]/p[1]``), n counting the element's
  same-tag element siblings from 1 (left-out siblings never count: their tags
  are never counted). Any other child of ``html`` would be ``html/tag[n]``.
- ``tag``: the element's local name; ``id`` and ``class``: the attribute
  values as written, ``""`` when absent.
- Elements only, in document order. ``head``, ``script``, ``style``,
  ``link``, ``meta``, ``title``, ``base``, ``br``, ``wbr``, ``noscript`` and
  ``template`` are left out with their subtrees.
- An element that generates no box (computed ``display`` ``none`` or
  ``contents``, or inside an element with ``display: none``) is present, with
  its children, with ``"rendered": false`` after ``height`` and its four
  numbers 0. Rendered elements have no ``rendered`` key.

Besides the dump, three keys make a recording checkable:
``chromium`` (the browser's version), ``fixture_sha256`` (the SHA-256 of the
fixture's bytes, CRLF read as LF: a fixture changed since it was recorded
fails the tests) and ``recording_sha256`` (the SHA-256 of ``viewport``,
``root`` and ``fixture_sha256`` serialised compactly by :func:`canonical`: an
edited number fails the tests). Never edit the JSON by hand: change the
fixture and record again.

Usage (from the repository root)::

    python utils/record_geometry.py                     # every fixture
    python utils/record_geometry.py tests/web_platform/layout_fixtures/X.html
    python utils/record_geometry.py --update FIXTURE... # overwrite changed recordings

Without ``--update`` a fixture without a JSON file is recorded and one with
a JSON file is recorded again and compared: the script reports the
differences (a changed fixture, or a Chromium that lays it out differently),
leaves the file alone and exits with status 1. ``--update`` writes the new
recording. A recording that differs only in the Chromium version is left
alone in both cases.

Requirements and method are those of ``record_computed_styles.py``, whose
``Chromium`` runner this reuses: Chromium (``--chromium`` or ``$CHROMIUM``),
Ahem (``--ahem`` or ``$COLOSSEUM_AHEM``, default
``../shared/csswg-test/fonts/ahem/ahem.ttf``) installed through a temporary
fontconfig configuration, a probe page that sizes the window so that the
viewport is exactly 800x600, and ``chromium --headless --dump-dom`` on a
hidden copy of the fixture with a ``<script>`` appended to its body. The
fixtures themselves contain no scripts (the recorder refuses one that does).
On ``load`` the script removes itself, walks the element tree and writes the
result as JSON into a ``<pre>`` that ``--dump-dom`` prints.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

# utils/ is not a package: the shared Chromium runner is imported from its sibling.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from colosseum.html.dump import EXCLUDED_TAGS  # left out of the dump, with their subtrees
from record_computed_styles import (
    DEFAULT_AHEM,
    REPOSITORY,
    RESULT_ID,
    VIEWPORT,
    Chromium,
    append_to_body,
)

FIXTURES = REPOSITORY / "tests" / "web_platform" / "layout_fixtures"


#: The keys of an element entry, in the order the JSON lists them
#: (``rendered`` only when false).
ELEMENT_KEYS = ("path", "tag", "id", "class", "x", "y", "width", "height", "rendered", "children")

# Runs on load: removes itself, then records the element tree from <html>.
RECORDER_SCRIPT = """<script>
(function () {
  var self = document.currentScript;
  var excluded = %(excluded)s;
  window.addEventListener("load", function () {
    self.parentNode.removeChild(self);
    var problems = [];
    function record(element, path, hidden) {
      var display = getComputedStyle(element).display;
      var rendered = !hidden && display !== "none" && display !== "contents";
      var box = element.getBoundingClientRect();
      var boxes = element.getClientRects().length;
      if (rendered && boxes === 0) {
        problems.push(path + ": display " + display + " but no layout box");
      }
      var entry = {path: path, tag: element.localName,
                   id: element.getAttribute("id") || "",
                   "class": element.getAttribute("class") || "",
                   x: rendered ? box.x : 0, y: rendered ? box.y : 0,
                   width: rendered ? box.width : 0, height: rendered ? box.height : 0,
                   rendered: rendered, children: []};
      var counts = {};
      for (var child = element.firstElementChild; child; child = child.nextElementSibling) {
        var tag = child.localName;
        if (excluded.indexOf(tag) >= 0) continue;
        counts[tag] = (counts[tag] || 0) + 1;
        var step = tag + "[" + counts[tag] + "]";
        var childPath = element === document.documentElement
          ? (tag === "body" ? "body" : "html/" + step) : path + "/" + step;
        entry.children.push(record(child, childPath, hidden || display === "none"));
      }
      return entry;
    }
    var result = {innerWidth: window.innerWidth, innerHeight: window.innerHeight,
                  devicePixelRatio: window.devicePixelRatio,
                  scroll: [window.scrollX, window.scrollY],
                  scripts: document.getElementsByTagName("script").length,
                  root: record(document.documentElement, "html", false),
                  problems: problems};
    var pre = document.createElement("pre");
    pre.id = "%(result_id)s";
    pre.textContent = JSON.stringify(result);
    document.documentElement.appendChild(pre);
  });
})();
</script>
"""


def warn(message: str) -> None:
    print(f"record_geometry: warning: {message}", file=sys.stderr)


def inject(text: str) -> str:
    """The fixture's text with the recorder script at the end of its body."""
    excluded = json.dumps(sorted(EXCLUDED_TAGS))
    script = RECORDER_SCRIPT % {"excluded": excluded, "result_id": RESULT_ID}
    return append_to_body(text, script)


def fixture_digest(data: bytes) -> str:
    """The SHA-256 of a fixture's bytes, CRLF and CR read as LF."""
    return hashlib.sha256(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")).hexdigest()


def canonical(recording: dict) -> bytes:
    """The bytes ``recording_sha256`` digests: viewport, root and fixture digest."""
    part = {key: recording[key] for key in ("viewport", "root", "fixture_sha256")}
    return json.dumps(part, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def ordered(entry: dict) -> dict:
    """An element entry with its keys in ELEMENT_KEYS order, ``rendered`` only when false."""
    result = {}
    for key in ELEMENT_KEYS:
        if key == "rendered":
            if not entry["rendered"]:
                result["rendered"] = False
        elif key == "children":
            result["children"] = [ordered(child) for child in entry["children"]]
        else:
            result[key] = entry[key]
    return result


def record(chromium: Chromium, fixture: Path, version: str) -> dict:
    source = fixture.read_bytes()
    temporary = fixture.with_name(f".recording-{fixture.name}")
    try:
        temporary.write_text(inject(source.decode("utf-8")), encoding="utf-8")
        result = chromium.run(temporary)
    finally:
        temporary.unlink(missing_ok=True)
    if result["scripts"]:
        raise RuntimeError(f"{fixture}: fixtures must not contain scripts")
    if result["problems"]:
        raise RuntimeError(f"{fixture}: " + "; ".join(result["problems"]))
    inner = (result["innerWidth"], result["innerHeight"])
    if inner != VIEWPORT:
        raise RuntimeError(f"{fixture}: the viewport was {inner[0]}x{inner[1]}, not 800x600")
    if result["devicePixelRatio"] != 1 or result["scroll"] != [0, 0]:
        raise RuntimeError(
            f"{fixture}: devicePixelRatio {result['devicePixelRatio']}, scroll {result['scroll']}"
        )
    recording = {
        "viewport": list(VIEWPORT),
        "root": ordered(result["root"]),
        "chromium": version,
        "fixture_sha256": fixture_digest(source),
    }
    recording["recording_sha256"] = hashlib.sha256(canonical(recording)).hexdigest()
    return recording


def differences(old: dict, new: dict, where: str = "") -> list[str]:
    """Human-readable differences between two recordings or element entries."""
    where = new.get("path", where)
    found = []
    for key in dict.fromkeys([*old, *new]):
        label = f"{where}.{key}" if where else key
        before, after = old.get(key, "(absent)"), new.get(key, "(absent)")
        if key == "children" and isinstance(before, list) and isinstance(after, list):
            paths = [child.get("path") for child in before], [child["path"] for child in after]
            if paths[0] != paths[1]:
                found.append(f"{label}: {paths[0]} -> {paths[1]}")
            else:
                for a, b in zip(before, after, strict=True):
                    found += differences(a, b, where)
        elif isinstance(before, dict) and isinstance(after, dict):
            found += differences(before, after, label)
        elif before != after:
            found.append(f"{label}: {before!r} -> {after!r}")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "fixtures", nargs="*", type=Path,
        help="fixture .html files (default: every one in tests/web_platform/layout_fixtures/)",
    )  # fmt: skip
    parser.add_argument(
        "--update", action="store_true",
        help="overwrite recordings that differ from the committed JSON",
    )  # fmt: skip
    parser.add_argument(
        "--chromium", default=os.environ.get("CHROMIUM", "chromium"),
        help="the Chromium binary (default: $CHROMIUM or 'chromium')",
    )  # fmt: skip
    parser.add_argument(
        "--ahem", type=Path, default=Path(os.environ.get("COLOSSEUM_AHEM", DEFAULT_AHEM)),
        help="the Ahem font file (default: ../shared/csswg-test/fonts/ahem/ahem.ttf)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    fixtures = args.fixtures or sorted(FIXTURES.glob("*.html"))
    if not fixtures:
        print(f"no fixtures found in {FIXTURES}", file=sys.stderr)
        return 1
    for fixture in fixtures:
        if fixture.suffix.lower() not in (".html", ".htm") or not fixture.is_file():
            print(f"not an HTML fixture: {fixture}", file=sys.stderr)
            return 1
    if shutil.which(args.chromium) is None:
        print(f"Chromium not found: {args.chromium!r} (use --chromium)", file=sys.stderr)
        return 1
    status = 0
    with tempfile.TemporaryDirectory(prefix="record-geometry-") as workdir:
        chromium = Chromium(args.chromium, args.ahem, Path(workdir))
        version = chromium.version()
        chromium.fit_viewport()
        for fixture in fixtures:
            new = record(chromium, fixture, version)
            output = fixture.with_suffix(".json")
            old = json.loads(output.read_text(encoding="utf-8")) if output.exists() else None
            count = sum(1 for _ in walk(new["root"]))
            if old is not None and canonical(old) == canonical(new):
                print(f"{output}: unchanged ({count} elements)")
                continue
            if old is not None and not args.update:
                found = differences(
                    {k: old.get(k) for k in ("viewport", "root", "fixture_sha256")},
                    {k: new[k] for k in ("viewport", "root", "fixture_sha256")},
                )
                print(f"{output}: differs from the new recording (use --update to write it):")
                for line in found[:40]:
                    print(f"  {line}")
                if len(found) > 40:
                    print(f"  ... and {len(found) - 40} more")
                status = 1
                continue
            output.write_text(json.dumps(new, indent=1) + "\n", encoding="utf-8")
            print(f"{output}: {'updated' if old else 'recorded'} ({count} elements, {version})")
    return status


def walk(entry: dict):
    """An element entry and its descendants, in document order."""
    stack = [entry]
    while stack:
        entry = stack.pop()
        yield entry
        stack.extend(reversed(entry["children"]))


if __name__ == "__main__":
    sys.exit(main())
