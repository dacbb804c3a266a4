"""White space processing: css-text-3 §4 (CSS 2.1 §16.6).

The inline layout calls this module in three places:

1. :func:`process_white_space` -- *Phase I, collapsing and transformation*
   (css-text-3 §4.1.1, with the segment break transformation of §4.1.3), run
   once over the text of a whole inline formatting context. The text arrives as
   runs ``(text, white_space)`` in document order, one run per text node (or per
   piece of generated content, or ``(None, ...)`` for an atomic inline); runs
   keep their number and order so that layout keeps the inline box boundaries.
   Collapsing works across runs, as the spec requires.
2. :func:`trim_line` -- *Phase II, trimming* (css-text-3 §4.1.2 steps 1, 3
   and 4), once per line box: which collapsible spaces to remove at the start
   and end of the line, and which trailing white space hangs.
3. :func:`tab_advance` -- *Phase II, positioning* (css-text-3 §4.1.2 step 2,
   §4.2 'tab-size'): the advance of one preserved tab.

'text-transform' (``colosseum.text.transform``) runs *between* the phases:
css-text-3 §2.1.2 "Text transformation happens after Phase I but before
Phase II".

The data model for phase II
---------------------------
After phase I every remaining space (U+0020) of a run is *collapsible* if and
only if the run's 'white-space' collapses spaces (``normal``, ``nowrap``,
``pre-line``), and *preserved* otherwise: within one run every white space
character has the run's 'white-space' value. So a :class:`ProcessedRun`, the
processed text plus its 'white-space' value, whose :attr:`~ProcessedRun.rules`
say what phase II and line breaking do with it, is all layout needs: no
per-character flags. In collapsing runs the only white space left is single
spaces (and, for ``pre-line``, line feeds); in preserving runs, spaces, tabs
and line feeds are kept as they are.

A line feed left in the output is a *forced line break* (css-text-3 §4.1.3:
"transformed into a preserved line feed"); layout ends the line box after it.

Newlines and other controls
---------------------------
- CR LF (U+000D U+000A) is one newline: it becomes a single line feed, as
  CSS 2.1 §16.6 asks for document languages without newline rules. HTML
  parsing has already normalized newline sequences, so in an HTML DOM such a
  pair only comes from character references.
- A lone carriage return is *not* a newline here: css-text-3 §4 says
  "Carriage returns (U+000D) are treated identically to spaces (U+0020) in
  all respects", so phase I turns it into a space (collapsible or preserved,
  per its run). Hosts whose text uses lone CRs as newlines, the CSS 2.1
  §16.6.1 default, pass it through :func:`normalize_newlines` first.
- Form feed (U+000C) is neither document white space (css-text-3 §4.1: only
  spaces, tabs and segment breaks are) nor a segment break: it is a control
  character, rendered as a visible glyph (css-text-3 §4), and passes through
  untouched. (Stylesheets have form feeds turned into line feeds by
  css-syntax preprocessing; document text does not.)
- Bidi formatting characters (Bidi_Control) are ignored "as if they were not
  there": spaces on both sides of one still collapse. They stay in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import floor
from typing import NamedTuple

__all__ = [
    "BIDI_CONTROLS",
    "OTHER_SPACE_SEPARATORS",
    "WHITE_SPACE_RULES",
    "WHITE_SPACE_VALUES",
    "ProcessedRun",
    "TrimmedItem",
    "WhiteSpaceRules",
    "normalize_newlines",
    "process_text",
    "process_white_space",
    "segment_break_removed",
    "tab_advance",
    "trim_line",
]


# -- the white-space values --------------------------------------------------------------


class WhiteSpaceRules(NamedTuple):
    """What a 'white-space' value does (css-text-3 §3, the table after the values)."""

    #: Spaces and tabs are collapsible (css-text-3 §4.1.1, first bullet).
    collapse_spaces: bool
    #: Segment breaks are kept as forced line breaks (css-text-3 §4.1.3).
    preserve_breaks: bool
    #: Lines may wrap at soft wrap opportunities.
    wrap: bool
    #: End-of-line white space (css-text-3 §4.1.2 steps 3 and 4): ``"remove"``
    #: (collapsible spaces are removed; other space separators hang), ``"hang"``
    #: (pre-wrap: hangs, conditionally before a forced break), ``"preserve"``
    #: (pre: kept; the line cannot wrap anyway) or ``"break-spaces"`` (kept and
    #: takes up space; a soft wrap opportunity follows every space and tab).
    trailing: str

    @property
    def tabs_preserved(self) -> bool:
        """Tabs survive phase I and advance to tab stops (§4.1.2 step 2)."""
        return not self.collapse_spaces


#: css-text-3 §3: the 'white-space' table, as data.
WHITE_SPACE_RULES: dict[str, WhiteSpaceRules] = {
    "normal": WhiteSpaceRules(True, False, True, "remove"),
    "pre": WhiteSpaceRules(False, True, False, "preserve"),
    "nowrap": WhiteSpaceRules(True, False, False, "remove"),
    "pre-wrap": WhiteSpaceRules(False, True, True, "hang"),
    "break-spaces": WhiteSpaceRules(False, True, True, "break-spaces"),
    "pre-line": WhiteSpaceRules(True, True, True, "remove"),
}
WHITE_SPACE_VALUES = tuple(WHITE_SPACE_RULES)
_CANONICAL = {value: value for value in WHITE_SPACE_VALUES}


def _keyword(white_space: str) -> str:
    """The plain ``str`` keyword for a 'white-space' value (an ``Ident`` too)."""
    try:
        return _CANONICAL[white_space]
    except (KeyError, TypeError):
        raise ValueError(
            f"Invalid value {white_space!r} for white-space: expected "
            + " | ".join(WHITE_SPACE_VALUES)
        ) from None


#: Bidi formatting characters (Bidi_Control, UAX #9): phase I looks through them.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_CLASS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"

#: css-text-3 §4.1: the Zs characters other than U+0020 SPACE and U+00A0 NO-BREAK SPACE.
OTHER_SPACE_SEPARATORS = (
    "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

ZWSP = "\u200b"


@dataclass(frozen=True, slots=True)
class ProcessedRun:
    """One run after phase I: its text (``None`` for an atomic inline) and the
    'white-space' value that governs it in phase II and line breaking."""

    text: str | None
    white_space: str

    @property
    def rules(self) -> WhiteSpaceRules:
        return WHITE_SPACE_RULES[self.white_space]

    @property
    def collapsible(self) -> bool:
        """Whether the spaces left in :attr:`text` are collapsible (else preserved)."""
        return WHITE_SPACE_RULES[self.white_space].collapse_spaces


# -- newlines ----------------------------------------------------------------------------


def normalize_newlines(text: str) -> str:
    """CSS 2.1 §16.6 default rule: each CR LF pair and each lone CR becomes LF.

    For host text whose document language defines no newline rules. (HTML
    parsing already does this; :func:`process_white_space` only joins CR LF.)
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _cr(text: str) -> str:
    """CR LF is one segment break; a lone CR is a space (css-text-3 §4)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", " ")


# -- segment break transformation (css-text-3 §4.1.3) -------------------------------------

_WIDE = frozenset("FWH")

# Hangul: Jamo, Compatibility Jamo, Jamo Extended-A, Syllables, Jamo Extended-B, and the
# halfwidth Hangul forms.
_HANGUL_RANGES = (
    (0x1100, 0x11FF),
    (0x3130, 0x318F),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xFFA0, 0xFFDC),
)
# Emoji count as East Asian Width Ambiguous here (the segment break rules' closing note).
# Python has no Emoji property; these blocks approximate it: Miscellaneous Technical,
# Miscellaneous Symbols, Dingbats, Miscellaneous Symbols and Arrows, and the
# supplementary symbol and emoji blocks.
_EMOJI_RANGES = (
    (0x2300, 0x23FF),
    (0x2600, 0x27BF),
    (0x2B00, 0x2BFF),
    (0x1F000, 0x1FAFF),
)


def _in_ranges(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= cp <= high for low, high in ranges)


def _east_asian_non_hangul(char: str) -> bool:
    """East Asian Width F, W or H (not A), and neither Hangul nor emoji."""
    if unicodedata.east_asian_width(char) not in _WIDE:
        return False
    cp = ord(char)
    return not (_in_ranges(cp, _HANGUL_RANGES) or _in_ranges(cp, _EMOJI_RANGES))


def segment_break_removed(before: str | None, after: str | None, east_asian: bool = True) -> bool:
    """css-text-3 §4.1.3 step 2: whether a collapsible segment break between the
    characters ``before`` and ``after`` (``None`` at an edge of the formatting
    context) is removed rather than turned into a space.

    The spec leaves these rules UA-defined at this level. Colosseum follows the
    rules kept in the spec's source (and css-text-4): the break is removed when
    either neighbour is U+200B ZERO WIDTH SPACE, or, with ``east_asian``, when
    both have East Asian Width Fullwidth, Wide or Halfwidth (not Ambiguous) and
    neither is Hangul (emoji count as Ambiguous). Chromium applies only the
    first rule: ``east_asian=False`` matches it.
    """
    if before == ZWSP or after == ZWSP:
        return True
    if not east_asian or not before or not after:
        return False
    return _east_asian_non_hangul(before) and _east_asian_non_hangul(after)


# -- phase I ------------------------------------------------------------------------------


def _markers(text: str, count: int) -> list[str]:
    """``count`` private-use characters that do not occur in ``text``."""
    found: list[str] = []
    cp = 0xE000
    while len(found) < count:
        char = chr(cp)
        if char not in text:
            found.append(char)
        cp = cp + 1 if cp != 0xF8FF else 0xF0000  # then plane 15's private use area
    return found


_DELETE_SPACES_AND_TABS = str.maketrans("", "", " \t")


def process_white_space(
    runs: Iterable[tuple[str | None, str]], *, east_asian_segment_breaks: bool = True
) -> list[ProcessedRun]:
    """css-text-3 §4.1.1 Phase I: Collapsing and Transformation, over the runs
    of one inline formatting context.

    ``runs`` holds ``(text, white_space)`` pairs in document order. ``text`` is
    ``None`` for an atomic inline (inline-block, replaced element): it is
    content, so spaces on its two sides do not collapse together. An empty text
    is just an inline box boundary. A ``<br>`` is best passed as
    ``("\\n", "pre-line")`` (its HTML user-agent style), which also removes the
    collapsible spaces around it. Out-of-flow boxes must not be passed.

    For runs whose 'white-space' is ``normal``, ``nowrap`` or ``pre-line``:

    1. spaces and tabs immediately before or after a segment break are removed;
    2. collapsible segment breaks (``normal``, ``nowrap``) are transformed
       (§4.1.3): of consecutive ones only the first is kept, then it becomes a
       space or is removed, see :func:`segment_break_removed`; ``pre-line``
       keeps them as forced breaks;
    3. tabs become spaces;
    4. a collapsible space immediately following another collapsible space is
       removed. (The spec collapses it to zero advance width, keeping its soft
       wrap opportunity; the space it follows gives one at the same text
       position. Only inline box edges can lie between the two, so a break
       there falls before rather than after such an edge.)

    All four steps see across run boundaries, "even one outside the boundary
    of the inline containing that space". For ``pre``, ``pre-wrap`` and
    ``break-spaces`` nothing collapses: spaces, tabs and segment breaks (as
    forced line breaks) are kept.

    Returns one :class:`ProcessedRun` per run, in order.
    """
    runs = [(text, _keyword(white_space)) for text, white_space in runs]
    if not any(text and WHITE_SPACE_RULES[ws].collapse_spaces for text, ws in runs):
        # Nothing collapses: only CR handling.
        return [ProcessedRun(None if text is None else _cr(text), ws) for text, ws in runs]

    # The whole formatting context as one string, so that the regular expressions see
    # across runs. Private-use markers stand for what the rules look through (run
    # boundaries), stop at (atomic inlines) or leave alone (the white space of preserving
    # runs, and the line feeds that are forced breaks).
    sample = "".join(text for text, _ in runs if text)
    boundary, atomic, forced_break, kept_space, kept_tab = _markers(sample, 5)
    protect = str.maketrans({" ": kept_space, "\t": kept_tab, "\n": forced_break})
    pieces = []
    for text, ws in runs:
        if text is None:
            pieces.append(atomic)
            continue
        text = _cr(text)
        rules = WHITE_SPACE_RULES[ws]
        if not rules.collapse_spaces:
            text = text.translate(protect)
        elif rules.preserve_breaks:  # pre-line
            text = text.replace("\n", forced_break)
        pieces.append(text)
    s = boundary.join(pieces)

    skip = boundary + _BIDI_CLASS  # what the rules look through
    if "\n" in s or forced_break in s:
        # Step 1: spaces and tabs around segment breaks. A match is a cluster of breaks
        # with all the white space before, between and after them.
        s = re.sub(
            f"[ \t{skip}]*[\n{forced_break}][ \t\n{forced_break}{skip}]*",
            lambda m: m.group().translate(_DELETE_SPACES_AND_TABS),
            s,
        )
    if "\n" in s:
        # Step 2 (§4.1.3): a collapsible segment break immediately following another
        # is removed; each remaining one becomes a space or nothing.
        s = re.sub(f"\n[{skip}\n]*\n", lambda m: "\n" + m.group()[1:].replace("\n", ""), s)
        s = _transform_segment_breaks(s, boundary, forced_break, east_asian_segment_breaks)
    # Step 3: collapsible tabs become spaces (preserved ones are protected).
    s = s.replace("\t", " ")
    # Step 4: a collapsible space following another collapsible space is collapsed.
    s = re.sub(f" (?:[{skip}]* )+", lambda m: " " + m.group()[1:].replace(" ", ""), s)

    s = s.translate({ord(kept_space): " ", ord(kept_tab): "\t", ord(forced_break): "\n"})
    texts = s.split(boundary)
    return [
        ProcessedRun(None if original is None else text, ws)
        for text, (original, ws) in zip(texts, runs, strict=True)
    ]


def _transform_segment_breaks(s: str, boundary: str, forced_break: str, east_asian: bool) -> str:
    """§4.1.3 step 2 on every collapsible segment break (``\\n``) of ``s``.

    One next to a preserved segment break (a forced break) is removed: the space
    it would become would be a collapsible space next to a segment break, which
    §4.1.1 step 1 removes. (It would go in phase II anyway, at the end or start
    of a line; removing it here keeps phase I idempotent.)
    """
    transparent = boundary + BIDI_CONTROLS
    parts = []
    last = 0
    length = len(s)
    for match in re.finditer("\n", s):
        i = match.start()
        j = i - 1
        while j >= 0 and s[j] in transparent:
            j -= 1
        k = i + 1
        while k < length and s[k] in transparent:
            k += 1
        before = s[j] if j >= 0 else None
        after = s[k] if k < length else None
        parts.append(s[last:i])
        if before != forced_break != after and not segment_break_removed(before, after, east_asian):
            parts.append(" ")
        last = i + 1
    parts.append(s[last:])
    return "".join(parts)


def process_text(text: str, white_space: str = "normal", **options: bool) -> str:
    """Phase I on a single run: ``process_white_space([(text, white_space)])``."""
    (run,) = process_white_space([(text, white_space)], **options)
    assert run.text is not None
    return run.text


# -- phase II: trimming --------------------------------------------------------------------

_REMOVABLE_AT_END = " \u1680"  # collapsible spaces, and U+1680 OGHAM SPACE MARK
_HANGABLE = {
    # normal, nowrap, pre-line: what remains once the collapsible spaces at the very end
    # are removed (other space separators, and spaces before them) hangs.
    "remove": " \t" + OTHER_SPACE_SEPARATORS,
    "hang": " \t" + OTHER_SPACE_SEPARATORS,
    "preserve": "",
    "break-spaces": "",
}


@dataclass(frozen=True, slots=True)
class TrimmedItem:
    """Phase II's verdict on one text item of a line (css-text-3 §4.1.2).

    ``source[start:end]`` stays on the line: ``source[:start]`` holds
    collapsible spaces removed at the start of the line, ``source[end:]``
    collapsible spaces removed at its end (and the line feed of a forced
    break). Of what stays, ``source[hang:end]`` *hangs*: it is drawn but not
    counted when fitting or aligning the line. When ``conditional`` it only
    *conditionally hangs* (pre-wrap before a forced break): it hangs only as
    far as it would otherwise overflow the line.
    """

    source: str
    start: int
    end: int
    hang: int
    conditional: bool = False

    @property
    def text(self) -> str:
        """What is drawn: the content and any hanging white space."""
        return self.source[self.start : self.end]

    @property
    def content(self) -> str:
        """What counts for fit and alignment."""
        return self.source[self.start : self.hang]

    @property
    def hanging(self) -> str:
        return self.source[self.hang : self.end]


def trim_line(
    items: Sequence[tuple[str | None, str]], *, forced_break: bool = False
) -> list[TrimmedItem | None]:
    """css-text-3 §4.1.2 Phase II, steps 1, 3 and 4, for one line box.

    ``items`` are the line's pieces in logical order, ``(text, white_space)``,
    cut from the phase I (and text-transform) output at the line's breaks;
    ``text`` is ``None`` for an atomic inline, which stops the trimming. Empty
    texts (inline box boundaries) are looked through. ``forced_break`` says
    that the line ends in a forced break; a line feed ending the last text
    counts as one too (and is left out of the kept text).

    - step 1: a sequence of collapsible spaces at the start of the line is
      removed;
    - step 3: a sequence of collapsible spaces at the end of the line is
      removed, with a trailing U+1680 OGHAM SPACE MARK of those values;
    - step 4: the white space, other space separators and preserved tabs still
      at the end hang: unconditionally for ``normal``, ``nowrap`` and
      ``pre-line``, and for ``pre-wrap`` at a soft break; conditionally for
      ``pre-wrap`` before a forced break; never for ``break-spaces`` (which
      take up space like other characters) or ``pre`` (kept as they are).

    Returns one :class:`TrimmedItem` per item (``None`` for atomic inlines).
    The end of the line is taken in logical order: for collapsible spaces that
    is also the end after bidi reordering, by UAX #9 rule L1.
    """
    count = len(items)
    texts = [text for text, _ in items]
    modes = [WHITE_SPACE_RULES[_keyword(ws)] for _, ws in items]
    starts = [0] * count
    ends = [0 if text is None else len(text) for text in texts]

    # A line feed ending the line's last text is its forced break.
    for index in range(count - 1, -1, -1):
        text = texts[index]
        if text is None:
            break
        if text:
            if text.endswith("\n"):
                ends[index] -= 1
                forced_break = True
            break

    # Step 1: collapsible spaces at the start of the line.
    for index in range(count):
        text = texts[index]
        if text is None:
            break
        if not ends[index]:
            continue
        if not modes[index].collapse_spaces:
            break
        starts[index] = min(ends[index], len(text) - len(text.lstrip(" ")))
        if starts[index] < ends[index]:
            break

    # Step 3: collapsible spaces (and U+1680) at the end of the line.
    for index in range(count - 1, -1, -1):
        text = texts[index]
        if text is None:
            break
        if ends[index] <= starts[index]:
            continue
        if not modes[index].collapse_spaces:
            break
        ends[index] = max(starts[index], len(text[: ends[index]].rstrip(_REMOVABLE_AT_END)))
        if ends[index] > starts[index]:
            break

    # Step 4: the white space left at the end hangs.
    hangs = ends[:]
    conditional = [False] * count
    for index in range(count - 1, -1, -1):
        text = texts[index]
        if text is None:
            break
        if ends[index] <= starts[index]:
            continue
        mode = modes[index]
        hangable = _HANGABLE[mode.trailing]
        if not hangable:
            break
        hangs[index] = max(starts[index], len(text[: ends[index]].rstrip(hangable)))
        if hangs[index] < ends[index] and mode.trailing == "hang" and forced_break:
            conditional[index] = True
        if hangs[index] > starts[index]:
            break

    return [
        None if text is None else TrimmedItem(text, starts[i], ends[i], hangs[i], conditional[i])
        for i, text in enumerate(texts)
    ]


# -- phase II: tab stops ---------------------------------------------------------------------


def tab_advance(
    position: float,
    tab_size: float,
    space_advance: float,
    letter_spacing: float = 0.0,
    word_spacing: float = 0.0,
    *,
    ch: float | None = None,
) -> float:
    """css-text-3 §4.1.2 step 2 and §4.2 'tab-size': the advance of a preserved
    tab that starts at ``position``.

    ``position`` is measured from the starting content edge of the tab's
    nearest block container (so 'text-indent' and floats do not move the tab
    stops). ``tab_size`` is the computed 'tab-size': a number (``float``,
    ``int`` or ``Number``) counts spaces, each ``space_advance`` (the advance
    of U+0020 in the block container's font) plus ``letter_spacing`` and
    ``word_spacing``; an object with ``to_px()`` (a ``Length``) is a length.

    Tab stops are the multiples of the tab size. The tab reaches the first one
    strictly beyond ``position``; if that is less than 0.5ch away, "the
    subsequent tab stop is used instead" (exactly one stop further, as written;
    Blink does the same). ``ch`` is the advance of "0" in that font; without
    it, the space advance stands in. A zero tab size means tabs are not
    rendered: the advance is 0.
    """
    to_px = getattr(tab_size, "to_px", None)
    if to_px is not None:
        interval = float(to_px())
    else:
        interval = float(tab_size) * (space_advance + letter_spacing + word_spacing)
    if interval <= 0:
        return 0.0
    stop = (floor(position / interval) + 1) * interval
    if stop - position < 0.5 * (space_advance if ch is None else ch):
        stop += interval
    return stop - position
