#!/usr/bin/env python3
"""Record Chromium's ``getComputedStyle`` values for the computed-style fixtures.

For each HTML fixture ``tests/web_platform/computed_styles/<name>.html`` this
loads the page in headless Chromium with an 800x600 CSS px viewport and
writes ``tests/web_platform/computed_styles/<name>.json``::

    {"viewport": [800, 600],
     "properties": ["display", "position", ...],
     "elements": {"<id>": {"display": "block", ...}, ...},
     "chromium": "Chromium 156.0.8078.79"}

with, for every element that has an ``id`` (in document order), the value
``getComputedStyle(element).getPropertyValue(property)`` returns for each
property of ``PROPERTIES``. The test ``tests/web_platform/test_computed_styles.py``
compares Colosseum's computed styles with these files; it never needs a
browser. Never edit the JSON by hand: change the fixture and record again.

Usage (from the repository root)::

    python utils/record_computed_styles.py                 # every fixture
    python utils/record_computed_styles.py tests/web_platform/computed_styles/units.html
    python utils/record_computed_styles.py --chromium /path/to/chrome

Requirements: Chromium (Debian package ``chromium``; ``--chromium`` or the
``CHROMIUM`` environment variable names another binary) and the Ahem test
font, read from ``../shared/csswg-test/fonts/ahem/ahem.ttf`` (``--ahem`` or
``COLOSSEUM_AHEM`` to change it). No Python browser driver is used.

How it works: each fixture is copied next to itself (so that relative URLs
still resolve) into a hidden temporary file with a ``<script>`` appended to
its body. On the ``load`` event the script removes itself (so that it changes
no selector match such as ``:last-child``), reads the computed styles, and
writes them as JSON into a ``<pre id="__result">`` appended to the document.
Chromium runs headless with ``--dump-dom``, which prints the document after
it has loaded; the JSON is taken from that output. Ahem is made available to
Chromium as an installed font through a temporary fontconfig configuration,
so that ``ex`` and ``ch`` use its metrics without waiting for a web font.

Headless Chromium's ``--window-size`` is the size of the window, not of the
viewport: the script first measures the difference with a probe page and
enlarges the window so that ``innerWidth x innerHeight`` is exactly 800x600
(media queries and viewport units depend on it). It prints a warning when
that fails, or when the probe finds that Ahem is not the font in use.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
FIXTURES = REPOSITORY / "tests" / "web_platform" / "computed_styles"
DEFAULT_AHEM = REPOSITORY.parent / "shared" / "csswg-test" / "fonts" / "ahem" / "ahem.ttf"
VIEWPORT = (800, 600)
RESULT_ID = "__result"

# The properties recorded for every element: the ones layout reads, in the
# order the JSON lists them.
PROPERTIES = [
    # display and positioning (CSS 2.1 §9)
    "display", "position", "float", "clear", "top", "right", "bottom", "left", "z-index",
    # box model (CSS 2.1 §8, §10)
    "width", "height", "min-width", "max-width", "min-height", "max-height", "box-sizing",
    "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
    "border-top-style", "border-right-style", "border-bottom-style", "border-left-style",
    "border-top-color", "border-right-color", "border-bottom-color", "border-left-color",
    # visual effects and colours
    "overflow-x", "overflow-y", "visibility", "opacity", "color", "background-color",
    # fonts and text (CSS 2.1 §15, §16)
    "font-family", "font-size", "font-style", "font-weight", "line-height",
    "text-align", "text-indent", "text-transform", "white-space", "vertical-align",
    "letter-spacing", "word-spacing", "direction", "unicode-bidi",
    # lists and tables (CSS 2.1 §12, §17)
    "list-style-type", "list-style-position",
    "border-collapse", "border-spacing", "caption-side", "table-layout",
    # flexbox and alignment
    "flex-direction", "flex-wrap", "flex-grow", "flex-shrink", "flex-basis", "order",
    "justify-content", "align-items", "align-self", "row-gap", "column-gap",
]  # fmt: skip

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",  # Colosseum's viewport has no scrollbars either
    "--force-device-scale-factor=1",
    "--allow-file-access-from-files",
]

# Runs on load: removes itself, then records every element with an id.
RECORDER_SCRIPT = """<script>
(function () {
  var self = document.currentScript;
  window.addEventListener("load", function () {
    self.parentNode.removeChild(self);
    var properties = %(properties)s;
    var result = {innerWidth: window.innerWidth, innerHeight: window.innerHeight,
                  devicePixelRatio: window.devicePixelRatio, elements: {}, duplicates: []};
    var probe = document.getElementById("__ahem_probe");
    if (probe) {
      var box = probe.getBoundingClientRect();
      result.ahem = [box.width, box.height];
    }
    var elements = document.querySelectorAll("[id]");
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      if (element.id in result.elements) { result.duplicates.push(element.id); continue; }
      var style = getComputedStyle(element);
      var values = {};
      for (var j = 0; j < properties.length; j++) {
        values[properties[j]] = style.getPropertyValue(properties[j]);
      }
      result.elements[element.id] = values;
    }
    var pre = document.createElement("pre");
    pre.id = "%(result_id)s";
    pre.textContent = JSON.stringify(result);
    document.documentElement.appendChild(pre);
  });
})();
</script>
"""

PROBE_PAGE = """<!DOCTYPE html>
<html><body><span id="__ahem_probe" style="font: 20px/1 Ahem">XX</span></body></html>
"""

FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>%(font_dir)s</dir>
  <cachedir>%(cache_dir)s</cachedir>
</fontconfig>
"""


def warn(message: str) -> None:
    print(f"record_computed_styles: warning: {message}", file=sys.stderr)


def append_to_body(text: str, script: str) -> str:
    """``text`` with ``script`` inserted at the end of its body (before the
    last ``</body>``, else the last ``</html>``, else at the very end)."""
    for closing in (r"</body\s*>", r"</html\s*>"):
        matches = list(re.finditer(closing, text, re.IGNORECASE))
        if matches:
            start = matches[-1].start()
            return text[:start] + script + text[start:]
    return text + script


def inject(text: str) -> str:
    """The fixture's text with the recorder script at the end of its body."""
    script = RECORDER_SCRIPT % {"properties": json.dumps(PROPERTIES), "result_id": RESULT_ID}
    return append_to_body(text, script)


class Chromium:
    """Runs headless Chromium on a page and returns what the recorder script wrote."""

    def __init__(self, binary: str, ahem: Path, workdir: Path):
        self.binary = binary
        self.workdir = workdir
        self.env = dict(os.environ)
        font_dir = workdir / "fonts"
        font_dir.mkdir()
        if ahem.is_file():
            shutil.copy(ahem, font_dir / "ahem.ttf")
        else:
            warn(f"the Ahem font is missing at {ahem}: ex/ch values will be wrong")
        config = workdir / "fonts.conf"
        config.write_text(
            FONTCONFIG % {"font_dir": font_dir, "cache_dir": workdir / "fontcache"},
            encoding="utf-8",
        )
        self.env["FONTCONFIG_FILE"] = str(config)
        self.window = VIEWPORT
        self.runs = 0

    def version(self) -> str:
        output = subprocess.run(
            [self.binary, "--version"], capture_output=True, text=True, check=True, env=self.env
        ).stdout
        match = re.search(r"(Chromium|Chrome)[^\d]*(\d+(?:\.\d+)+)", output)
        return f"{match.group(1)} {match.group(2)}" if match else output.strip()

    def run(self, page: Path) -> dict:
        """Load ``page`` (a file with the recorder script) and return its result."""
        self.runs += 1
        profile = self.workdir / f"profile-{self.runs}"
        command = [
            self.binary,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={self.window[0]},{self.window[1]}",
            "--dump-dom",
            page.resolve().as_uri(),
        ]
        completed = subprocess.run(
            command, capture_output=True, text=True, timeout=120, env=self.env, check=False
        )
        match = re.search(rf'<pre id="{RESULT_ID}">(.*?)</pre>', completed.stdout, re.DOTALL)
        if match is None:
            raise RuntimeError(
                f"no result from Chromium for {page} (exit status {completed.returncode}):\n"
                + completed.stderr[-2000:]
            )
        return json.loads(html.unescape(match.group(1)))

    def fit_viewport(self) -> None:
        """Size the window so that the viewport is exactly VIEWPORT; check Ahem."""
        probe = self.workdir / "probe.html"
        probe.write_text(inject(PROBE_PAGE), encoding="utf-8")
        for _ in range(3):
            result = self.run(probe)
            inner = (result["innerWidth"], result["innerHeight"])
            if inner == VIEWPORT:
                break
            self.window = (
                self.window[0] + VIEWPORT[0] - inner[0],
                self.window[1] + VIEWPORT[1] - inner[1],
            )
        if inner != VIEWPORT:
            warn(f"the viewport is {inner[0]}x{inner[1]}, not {VIEWPORT[0]}x{VIEWPORT[1]}")
        if result.get("ahem") != [40, 20]:
            warn(f"Ahem is not the font in use (a 20px 'XX' measured {result.get('ahem')})")
        if result["devicePixelRatio"] != 1:
            warn(f"devicePixelRatio is {result['devicePixelRatio']}, not 1")


def record(chromium: Chromium, fixture: Path, version: str) -> dict:
    temporary = fixture.with_name(f".recording-{fixture.name}")
    try:
        temporary.write_text(inject(fixture.read_text(encoding="utf-8")), encoding="utf-8")
        result = chromium.run(temporary)
    finally:
        temporary.unlink(missing_ok=True)
    inner = (result["innerWidth"], result["innerHeight"])
    if inner != VIEWPORT:
        warn(f"{fixture.name}: the viewport was {inner[0]}x{inner[1]}, not 800x600")
    if result["duplicates"]:
        raise RuntimeError(f"{fixture}: duplicate ids {result['duplicates']}")
    return {
        "viewport": list(VIEWPORT),
        "properties": PROPERTIES,
        "elements": result["elements"],
        "chromium": version,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "fixtures", nargs="*", type=Path,
        help="fixture .html files (default: every one in tests/web_platform/computed_styles/)",
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
    if shutil.which(args.chromium) is None:
        print(f"Chromium not found: {args.chromium!r} (use --chromium)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="record-computed-styles-") as workdir:
        chromium = Chromium(args.chromium, args.ahem, Path(workdir))
        version = chromium.version()
        chromium.fit_viewport()
        for fixture in fixtures:
            data = record(chromium, fixture, version)
            output = fixture.with_suffix(".json")
            output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
            print(f"{output}: {len(data['elements'])} elements ({version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
