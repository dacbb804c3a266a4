"""Stylesheets: from CSS text to style rules, as css-syntax-3 and CSS 2.1 §4.2
say, with ``@import``, ``@media``, ``@supports``, ``@namespace`` and
``@font-face``.

Invalid parts are dropped by the CSS error-handling rules and each is
reported as a :class:`CSSWarning` with its line and column: a rule whose
selector is invalid is dropped whole (Selectors 4 §3.1), an invalid
declaration is dropped alone (CSS 2.1 §4.2), an unknown at-rule is ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import cssselect2
import tinycss2

from ..style import CSS, parse_declarations
from ..style.grammar import strip_tokens
from ..style.parser import canonical_name, parse_text
from .fetch import FetchError, resolve_url
from .media import MediaContext, parse_media_query_list

MAX_IMPORT_DEPTH = 16
SUPPORTED_PSEUDO_ELEMENTS = frozenset({None, "before", "after", "first-line", "first-letter"})
IGNORED_AT_RULES = frozenset(
    {
        "page",
        "keyframes",
        "-webkit-keyframes",
        "counter-style",
        "font-feature-values",
        "layer",
        "property",
        "viewport",
        "-ms-viewport",
        "document",
        "-moz-document",
        "container",
        "scope",
    }
)


@dataclass(frozen=True)
class CSSWarning:
    """A part of a stylesheet or style attribute that was dropped, and why."""

    message: str
    line: int | None = None
    column: int | None = None
    url: str | None = None

    def __str__(self) -> str:
        where = self.url or "<document>"
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        return f"{where}: {self.message}"


@dataclass(eq=False)
class StyleRule:
    """A style rule: its selectors, its declarations split by importance, and
    the media query lists (from ``@media``, ``@import`` or ``media=""``) that
    must all match for it to apply."""

    selectors: list
    normal: CSS
    important: CSS
    media: tuple = ()
    line: int | None = None


@dataclass(eq=False)
class FontFace:
    """An ``@font-face`` rule's descriptors, recorded for the text measurer."""

    family: str
    sources: list = field(default_factory=list)  # (kind, value, format): kind "url" or "local"
    descriptors: dict = field(default_factory=dict)
    base_url: str | None = None


@dataclass(eq=False)
class Stylesheet:
    """One origin's stylesheet after parsing: its style rules (imported ones in
    place) and its font faces."""

    origin: str  # "user-agent", "user" or "author"
    url: str | None
    rules: list = field(default_factory=list)
    font_faces: list = field(default_factory=list)


class StylesheetParser:
    """Parses stylesheets for one document, sharing its fetcher and warnings."""

    def __init__(
        self,
        fetcher: Callable[[str], bytes],
        warnings: list,
        environment_encoding: str | None = None,
    ):
        self.fetcher = fetcher
        self.warnings = warnings
        # css-syntax-3 §3.2: a linked stylesheet without a BOM or @charset is
        # decoded with its referring document's encoding.
        self.environment_encoding = environment_encoding

    def warn(self, message, node=None, url=None):
        line = getattr(node, "source_line", None)
        column = getattr(node, "source_column", None)
        self.warnings.append(CSSWarning(message, line, column, url))

    # -- entry points -------------------------------------------------------------

    def parse(
        self, text: str | bytes, *, origin: str, url: str | None = None, media: tuple = ()
    ) -> Stylesheet:
        sheet = Stylesheet(origin, url)
        self._parse_into(sheet, text, url, media, depth=0, seen=set() if url is None else {url})
        return sheet

    def fetch(self, url: str, *, origin: str, media: tuple = ()) -> Stylesheet | None:
        try:
            data = self.fetcher(url)
        except (FetchError, OSError, ValueError) as error:
            self.warn(f"stylesheet not loaded: {error}", url=url)
            return None
        return self.parse(data, origin=origin, url=url, media=media)

    # -- rules ----------------------------------------------------------------------

    def _parse_into(self, sheet, text, url, media, depth, seen):
        if isinstance(text, bytes):
            rules, _ = tinycss2.parse_stylesheet_bytes(
                text,
                environment_encoding=self.environment_encoding,
                skip_comments=True,
                skip_whitespace=True,
            )
        else:
            rules = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
        namespaces = {}
        # css-cascade-4 §2.1 (CSS 2.1 §6.3): @import precedes every other
        # non-ignored rule but @charset; css-namespaces-3 §3: @namespace follows
        # @charset and @import and precedes every other non-ignored rule.
        # Misplaced ones are ignored; ignored (invalid) rules do not count.
        imports_allowed = namespaces_allowed = True
        for rule in rules:
            if rule.type == "at-rule" and rule.lower_at_keyword in (
                "import",
                "charset",
                "namespace",
            ):
                if rule.lower_at_keyword == "import":
                    if not imports_allowed:
                        self.warn("@import after other rules is ignored", rule, url)
                        continue
                    self._import(sheet, rule, url, media, depth, seen)
                elif rule.lower_at_keyword == "namespace":
                    if not namespaces_allowed:
                        self.warn("@namespace after other rules is ignored", rule, url)
                        continue
                    if self._namespace(rule, namespaces, url):
                        imports_allowed = False
                continue
            if self._rule(sheet, rule, url, media, namespaces):
                imports_allowed = namespaces_allowed = False

    def _rule(self, sheet, rule, url, media, namespaces) -> bool:
        """Add a rule to the sheet; False when it is ignored as invalid."""
        if rule.type == "error":
            self.warn(rule.message, rule, url)
            return False
        if rule.type == "qualified-rule":
            return self._style_rule(sheet, rule, url, media, namespaces)
        if rule.type == "at-rule":
            keyword = rule.lower_at_keyword
            if keyword == "media":
                queries = parse_media_query_list(rule.prelude)
                for child in self._block_rules(rule, url):
                    self._rule(sheet, child, url, (*media, queries), namespaces)
            elif keyword == "supports":
                if supports_condition(strip_tokens(rule.prelude)):
                    for child in self._block_rules(rule, url):
                        self._rule(sheet, child, url, media, namespaces)
            elif keyword == "font-face":
                self._font_face(sheet, rule, url)
            elif keyword in ("import", "namespace", "charset"):
                self.warn(f"@{keyword} is only allowed at the start of a stylesheet", rule, url)
                return False
            elif keyword not in IGNORED_AT_RULES:
                self.warn(f"unknown at-rule @{rule.at_keyword} ignored", rule, url)
                return False
        return True

    def _block_rules(self, rule, url):
        if rule.content is None:
            self.warn(f"@{rule.at_keyword} without a block ignored", rule, url)
            return []
        return tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)

    def _style_rule(self, sheet, rule, url, media, namespaces):
        try:
            selectors = cssselect2.compile_selector_list(rule.prelude, namespaces)
        except (cssselect2.SelectorError, SyntaxError) as error:
            # cssselect2 compiles selectors to Python; a few odd ones fail there.
            selector = tinycss2.serialize(rule.prelude).strip()
            self.warn(f"invalid selector {selector!r} ({error}): rule ignored", rule, url)
            return False
        selectors = [s for s in selectors if s.pseudo_element in SUPPORTED_PSEUDO_ELEMENTS]
        if not selectors:
            return True
        style, errors = parse_declarations(rule.content)
        for error in errors:
            self.warnings.append(CSSWarning(error.message, error.line, error.column, url))
        if len(style):
            normal, important = split_importance(style)
            sheet.rules.append(StyleRule(selectors, normal, important, media, rule.source_line))
        return True

    def _import(self, sheet, rule, url, media, depth, seen):
        prelude = strip_tokens(rule.prelude)
        target = None
        if prelude and prelude[0].type in ("url", "string"):
            target = prelude[0].value
        elif prelude and prelude[0].type == "function" and prelude[0].lower_name == "url":
            arguments = strip_tokens(prelude[0].arguments)
            if len(arguments) == 1 and arguments[0].type == "string":
                target = arguments[0].value
        if target is None:
            self.warn("@import without a URL ignored", rule, url)
            return
        target = resolve_url(target, url)
        queries = parse_media_query_list(prelude[1:]) if len(prelude) > 1 else None
        if target in seen or depth >= MAX_IMPORT_DEPTH:
            self.warn(f"@import of {target} skipped: import cycle or too deep", rule, url)
            return
        try:
            data = self.fetcher(target)
        except (FetchError, OSError, ValueError) as error:
            self.warn(f"@import not loaded: {error}", rule, url)
            return
        imported_media = media if queries is None else (*media, queries)
        self._parse_into(sheet, data, target, imported_media, depth + 1, seen | {target})

    def _namespace(self, rule, namespaces, url):
        prelude = strip_tokens(rule.prelude)
        prefix = None
        if prelude and prelude[0].type == "ident":
            prefix = prelude[0].value
            prelude = prelude[1:]
        if len(prelude) == 1 and prelude[0].type in ("url", "string"):
            namespaces[prefix] = prelude[0].value
            return True
        self.warn("invalid @namespace ignored", rule, url)
        return False

    def _font_face(self, sheet, rule, url):
        descriptors = {}
        for item in tinycss2.parse_blocks_contents(
            rule.content or [], skip_comments=True, skip_whitespace=True
        ):
            if item.type == "declaration":
                descriptors[item.lower_name] = strip_tokens(item.value)
        family_tokens = descriptors.pop("font-family", None)
        source_tokens = descriptors.pop("src", None)
        if not family_tokens or not source_tokens:
            self.warn("@font-face without font-family or src ignored", rule, url)
            return
        if family_tokens[0].type == "string":
            family = family_tokens[0].value
        else:
            family = " ".join(t.value for t in family_tokens if t.type == "ident")
        sources = []
        for part in _split_commas(source_tokens):
            if not part:
                continue
            head = part[0]
            kind = value = None
            if head.type == "url":
                kind, value = "url", resolve_url(head.value, url)
            elif head.type == "function" and head.lower_name in ("url", "local"):
                arguments = strip_tokens(head.arguments)
                if arguments and arguments[0].type in ("string", "ident"):
                    text = " ".join(str(a.value) for a in arguments)
                    kind = head.lower_name
                    value = resolve_url(text, url) if kind == "url" else text
            font_format = None
            for token in part[1:]:
                if token.type == "function" and token.lower_name == "format":
                    names = [
                        a.value
                        for a in strip_tokens(token.arguments)
                        if a.type in ("string", "ident")
                    ]
                    font_format = names[0] if names else None
            if kind:
                sources.append((kind, value, font_format))
        text_descriptors = {
            name: tinycss2.serialize(tokens) for name, tokens in descriptors.items()
        }
        sheet.font_faces.append(FontFace(family, sources, text_descriptors, url))


def _split_commas(tokens):
    parts = [[]]
    for token in tokens:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def split_importance(style: CSS) -> tuple[CSS, CSS]:
    """A declaration block split into its normal and ``!important`` parts."""
    normal, important = CSS(), CSS()
    for name, value in style.items():
        target = important if style.is_important(name) else normal
        target._declared[name] = value
    return normal, important


def supports_condition(tokens) -> bool:
    """css-conditional-3 §6 ``@supports``: declarations, not, and, or, and
    ``selector()``; a condition it cannot parse is false."""
    try:
        return _supports(tokens)
    except (ValueError, IndexError):
        return False


def _supports(tokens) -> bool:
    if not tokens:
        raise ValueError("empty condition")
    if tokens[0].type == "ident" and tokens[0].lower_value == "not":
        if len(tokens) != 2:
            raise ValueError("not takes one condition")
        return not _supports_in_parens(tokens[1])
    results = [_supports_in_parens(tokens[0])]
    operator = None
    index = 1
    while index < len(tokens):
        word = tokens[index]
        if word.type != "ident" or word.lower_value not in ("and", "or"):
            raise ValueError("expected and/or")
        if operator not in (None, word.lower_value):
            raise ValueError("and and or cannot be mixed without parentheses")
        operator = word.lower_value
        results.append(_supports_in_parens(tokens[index + 1]))
        index += 2
    return any(results) if operator == "or" else all(results)


def _supports_in_parens(token) -> bool:
    if token.type == "function" and token.lower_name == "selector":
        try:
            cssselect2.compile_selector_list(token.arguments)
            return True
        except (cssselect2.SelectorError, SyntaxError):
            return False
    if token.type != "() block":
        raise ValueError("expected parentheses")
    content = strip_tokens(token.content)
    if (content and content[0].type in ("() block", "function")) or (
        content and content[0].type == "ident" and content[0].lower_value == "not"
    ):
        return _supports(content)
    colon = next((i for i, t in enumerate(content) if t.type == "literal" and t.value == ":"), None)
    if colon != 1 or content[0].type != "ident":
        return False
    try:
        name = canonical_name(content[0].value)
        value = tinycss2.serialize(content[2:]).strip()
        if value.lower().endswith("!important"):
            value = value[: -len("!important")]
        parse_text(name, value)
    except ValueError:
        return False
    return "_" not in content[0].value


def media_matches(media: tuple, context: MediaContext) -> bool:
    return all(queries.matches(context) for queries in media)
