"""Discovering the tests of a W3C CSS suite checkout and what kind each is.

Two layouts are understood: the csswg-test repository (``css21/``,
``css-flexbox-1/``, ... at the top) and web-platform-tests (``css/CSS2/``,
``css/css-flexbox/``, ...). Each file of a suite folder is read once, with
regular expressions rather than an HTML parser (a checkout holds tens of
thousands of files and discovery runs at every pytest collection):

- a **reftest** links its references with ``<link rel="match" href>`` or
  ``rel="mismatch"`` (resolved against the test's own location; an absolute
  path against the suite root). A reference may link further references
  (a chain), and ``<meta name="fuzzy">`` allows small differences;
- a **check-layout test** loads ``check-layout-th.js`` and calls
  ``checkLayout(selector)``; its ``data-expected-*`` attributes are evaluated
  on Colosseum's layout without JavaScript (see :mod:`.checklayout`);
- everything else (testharness scripts, visual tests with no reference,
  manual tests) is reported NOTRUN: not automatable, and never a pass.

References (files in ``reference/`` folders, named ``*-ref*``/``*-notref*``,
or linked by another file) and ``support/`` files are not tests.
"""

from __future__ import annotations

import functools
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .fuzzy import FuzzyRule, parse_fuzzy
from .paths import resolve_href

#: The suite folders in scope: logical name -> where it is in csswg-test and
#: in web-platform-tests.
SUITES: dict[str, tuple[str, ...]] = {
    "css21": ("css21", "css/CSS2"),
    "css-flexbox-1": ("css-flexbox-1", "css/css-flexbox"),
    "css-grid-1": ("css-grid-1", "css/css-grid"),
    "css-display-3": ("css-display-3", "css/css-display"),
    "css-box-3": ("css-box-3", "css/css-box"),
    "css-values-3": ("css-values-3", "css/css-values"),
}
#: Suites whose expectation files are split by their first sub-folder (a spec chapter).
CHAPTERED = frozenset(["css21"])

TEST_EXTENSIONS = (".xht", ".xhtml", ".html", ".htm")
NOT_TEST_DIRECTORIES = frozenset(
    ["support", "reference", "references", "resources", "tools", "archive", "tests-to-review"]
)
# WPT's convention for reference file names: "-ref", "_ref", "ref-", "-notref", "-ref2".
REFERENCE_NAME = re.compile(r"(^|[\-_])(not)?ref[0-9]*([\-_]|$)")
# <meta name="flags"> tokens (CSS WG test format) that need what a renderer alone lacks.
UNAUTOMATABLE_FLAGS = {
    "interact": "needs user interaction",
    "paged": "paged media",
    "animated": "animated content",
    "userstyle": "needs a user style sheet",
    "speech": "speech media",
    "http": "needs HTTP headers",
}

KIND_REFTEST = "reftest"
KIND_CHECK_LAYOUT = "check-layout"
KIND_NOTRUN = "notrun"

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<(link|meta|script)\b([^>]*)>", re.I)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_CHECK_LAYOUT_CALL = re.compile(r"""checkLayout\(\s*(["'])(.*?)\1""")
_CHECK_LAYOUT_ATTRIBUTE = re.compile(r"\sdata-(?:expected-[a-z-]+|offset-[xy]|total-[xy])\s*=")


@dataclass(frozen=True)
class Link:
    """One ``<link rel="match"|"mismatch">`` of a file, resolved."""

    relation: str  # "match" or "mismatch"
    path: str  # relative to the suite root, "/"-separated


@dataclass
class FileInfo:
    """What discovery reads from one file."""

    path: str
    links: list[Link] = field(default_factory=list)
    fuzzy: list[FuzzyRule] = field(default_factory=list)
    flags: frozenset[str] = frozenset()
    scripts: bool = False
    testharness: bool = False
    check_layout: list[str] = field(default_factory=list)  # checkLayout() selectors
    has_check_attributes: bool = False
    error: str = ""  # the file could not be read
    fuzzy_error: str = ""  # a malformed <meta name="fuzzy">


@dataclass(frozen=True)
class Test:
    """A test of the suite: ``kind`` is reftest, check-layout or notrun (with
    ``reason``); ``group`` names its expectation file."""

    __test__ = False  # not a pytest test class

    path: str
    kind: str
    group: str
    reason: str = ""
    selectors: tuple[str, ...] = ()

    @property
    def automatable(self) -> bool:
        return self.kind != KIND_NOTRUN


def _attributes(text: str) -> dict[str, str]:
    result = {}
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        value = next((g for g in match.groups()[1:] if g is not None), "")
        result.setdefault(name, html.unescape(value))
    return result


def read_file_info(root: Path, path: str) -> FileInfo:
    """Read the metadata of the file ``path`` (suite-relative)."""
    info = FileInfo(path)
    try:
        text = (root / path).read_bytes().decode("utf-8", "replace")
    except OSError as error:
        info.error = f"{type(error).__name__}: {error.strerror or error}"
        return info
    text = _COMMENT.sub("", text)
    for match in _TAG.finditer(text):
        tag, attributes = match.group(1).lower(), _attributes(match.group(2))
        if tag == "link":
            relations = attributes.get("rel", "").lower().split()
            for relation in ("match", "mismatch"):
                if relation in relations and "href" in attributes:
                    target = resolve_href(attributes["href"], path)
                    if target is not None:
                        info.links.append(Link(relation, target))
        elif tag == "meta":
            name = attributes.get("name", "").lower()
            if name == "flags":
                info.flags = frozenset(attributes.get("content", "").lower().split())
            elif name == "fuzzy":
                try:
                    info.fuzzy.extend(parse_fuzzy(attributes.get("content", ""), path))
                except ValueError as error:
                    info.fuzzy_error = str(error)
        else:
            info.scripts = True
            source = attributes.get("src", "")
            if source.endswith("testharness.js"):
                info.testharness = True
    if "checkLayout" in text:
        info.check_layout = [m.group(2) for m in _CHECK_LAYOUT_CALL.finditer(text)]
        info.has_check_attributes = bool(_CHECK_LAYOUT_ATTRIBUTE.search(text))
    return info


class Manifest:
    """The tests found under ``root`` (a csswg-test or web-platform-tests
    checkout, or any folder of one), with each file's metadata cached."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root).resolve()
        self._info: dict[str, FileInfo] = {}
        self._folders: dict[str, str] | None = None

    def info(self, path: str) -> FileInfo:
        """The metadata of a suite-relative file (read once)."""
        info = self._info.get(path)
        if info is None:
            info = self._info[path] = read_file_info(self.root, path)
        return info

    # -- where the suites are --------------------------------------------------------

    def suite_folders(self) -> dict[str, str]:
        """Logical suite name -> its folder (suite-relative) for the suites in
        scope that this checkout holds; ``{"": ""}`` when it holds none (the
        root is then one folder of tests)."""
        if self._folders is None:
            found = {}
            for name, candidates in SUITES.items():
                for candidate in candidates:
                    if (self.root / candidate).is_dir():
                        found[name] = candidate
                        break
            self._folders = found or {"": ""}
        return self._folders

    def resolve(self, item: str | os.PathLike) -> Path:
        """A file or folder given on a command line: absolute, relative to
        the suite root, or else relative to the working directory. A
        ValueError when it is not inside the suite."""
        target = Path(item)
        if not target.is_absolute():
            inside = self.root / target
            target = inside if inside.exists() or not target.exists() else target.resolve()
        target = target.resolve()
        if target != self.root and self.root not in target.parents:
            raise ValueError(f"{item} is not inside the suite {self.root}")
        return target

    def group_of(self, path: str) -> str:
        """The expectation group (file name without ``.txt``) of a test:
        ``css21-<chapter>`` for CSS 2.1 (``css21`` at its top level), else
        the suite's name."""
        for name, folder in self.suite_folders().items():
            prefix = f"{folder}/" if folder else ""
            if path.startswith(prefix):
                rest = path[len(prefix) :].split("/")
                if name in CHAPTERED and len(rest) > 1:
                    return f"{name}-{rest[0]}"
                return name or (rest[0] if len(rest) > 1 else "tests")
        return path.split("/", 1)[0]

    # -- discovery -------------------------------------------------------------------

    def candidate_files(self, paths: list[str] | None = None) -> list[str]:
        """Suite-relative test-file candidates under ``paths`` (suite-relative
        or absolute files or folders; default: every suite folder in scope)."""
        folders = paths or list(self.suite_folders().values())
        found: set[str] = set()
        for item in folders:
            target = self.resolve(item)
            if target.is_file():
                found.add(target.relative_to(self.root).as_posix())
                continue
            for directory, directories, names in os.walk(target):
                directories[:] = sorted(
                    d for d in directories if d.lower() not in NOT_TEST_DIRECTORIES
                )
                for name in names:
                    if name.lower().endswith(TEST_EXTENSIONS) and not _is_reference_name(name):
                        full = Path(directory, name)
                        found.add(full.relative_to(self.root).as_posix())
        return sorted(found)

    def discover(self, paths: list[str] | None = None) -> list[Test]:
        """Every test under ``paths`` (see :meth:`candidate_files`), classified."""
        candidates = self.candidate_files(paths)
        linked = {link.path for path in candidates for link in self.info(path).links}
        explicit = {Path(p).name for p in paths or ()}
        return [
            self.classify(path)
            for path in candidates
            if path not in linked or PurePosixPath(path).name in explicit
        ]

    def classify(self, path: str) -> Test:
        """The kind of the test file ``path``."""
        info = self.info(path)
        group = self.group_of(path)
        if info.error:
            return Test(path, KIND_NOTRUN, group, f"unreadable: {info.error}")
        if "-manual." in PurePosixPath(path).name:
            return Test(path, KIND_NOTRUN, group, "manual test (not automatable)")
        for flag, why in UNAUTOMATABLE_FLAGS.items():
            if flag in info.flags:
                return Test(path, KIND_NOTRUN, group, f"flag '{flag}': {why} (not automatable)")
        if info.links:
            scripted = self._scripted_file(path, set())
            if scripted:
                return Test(path, KIND_NOTRUN, group, f"needs JavaScript: <script> in {scripted}")
            return Test(path, KIND_REFTEST, group)
        if info.check_layout and info.has_check_attributes:
            return Test(path, KIND_CHECK_LAYOUT, group, selectors=tuple(info.check_layout))
        if info.testharness:
            return Test(path, KIND_NOTRUN, group, "testharness.js script test (not automatable)")
        if info.scripts:
            return Test(path, KIND_NOTRUN, group, "script test (not automatable)")
        return Test(path, KIND_NOTRUN, group, "visual test with no reference (not automatable)")

    def _scripted_file(self, path: str, seen: set[str]) -> str:
        """The first file of a reftest's reference graph holding a script, or ""."""
        if path in seen:
            return ""
        seen.add(path)
        info = self.info(path)
        if info.scripts:
            return path
        for link in info.links:
            found = self._scripted_file(link.path, seen)
            if found:
                return found
        return ""


def _is_reference_name(name: str) -> bool:
    return bool(REFERENCE_NAME.search(name.rsplit(".", 1)[0]))


@functools.cache
def manifest(root: str) -> Manifest:
    """A shared :class:`Manifest` of ``root`` for this process."""
    return Manifest(root)


def ordered_by_locality(root: str, kind: str) -> list[Test]:
    """The tests of ``kind`` in the scope of ``root``, ordered by folder and
    first reference: neighbours share references (for a worker's cache)."""
    shared = manifest(root)
    found = [t for t in shared.discover() if t.kind == kind]

    def locality(test: Test):
        links = shared.info(test.path).links
        return (test.group, links[0].path if links else "", test.path)

    return sorted(found, key=locality)
