"""Line breaking opportunities: UAX #14 (Unicode Line Breaking Algorithm)
with the tailorings of css-text-3 §5 ('word-break', 'line-break').

:func:`line_break_opportunities` gives the positions where a line may
break in a string; the inline layout filters them by 'white-space' (which
says whether a line may wrap at all) and cuts its content there. The
Line_Break property comes from the generated table in
:mod:`colosseum.text.data.line_break` (Python's ``unicodedata`` lacks it).

The rules are those of UAX #14 §6.1 (LB1-LB31) as of Unicode 16, numbered
as there: among them the quotation-mark rules LB15a-LB15d (no break after
an initial quotation mark and its spaces, nor before a final one that a
closer follows; a break between spaces and a number starting with a
separator such as ".5"), LB19 and LB19a (breaks around initial and final
quotation marks between East Asian characters), and the Aksara rules
LB28a (Brahmic orthographic syllables, with the classes AK, AP, AS, VF and
VI and U+25CC DOTTED CIRCLE). General_Category (Pi, Pf) and
East_Asian_Width come from Python's ``unicodedata``. LB20a keeps a
word-initial hyphen on its word ("-foo"), and LB21a keeps a Hebrew
letter's hyphen on it unless another Hebrew letter follows. The
simplifications: LB25 uses the simpler pair rules of UAX #14's tailoring
example (as browsers do); and two tailorings match Chromium: a hyphen
after a letter may break before a digit, and a solidus does not break
before a letter.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["line_break_class", "line_break_opportunities", "resolved_class"]


@lru_cache(maxsize=1)
def _table() -> tuple[list[int], list[str]]:
    from .data.line_break import RANGES

    starts: list[int] = []
    names: list[str] = []
    for entry in RANGES.split():
        first, name = entry.split(":")
        starts.append(int(first, 16))
        names.append(name)
    return starts, names


_CLASS_CACHE: dict[str, str] = {}


def line_break_class(char: str) -> str:
    """The Unicode Line_Break property of ``char`` (two-letter class)."""
    name = _CLASS_CACHE.get(char)
    if name is None:
        starts, names = _table()
        index = bisect_right(starts, ord(char)) - 1
        name = names[index] if index >= 0 else "XX"
        if len(_CLASS_CACHE) < 65536:
            _CLASS_CACHE[char] = name
    return name


# LB1: ambiguous, surrogate and unknown characters are AL (SA and CJ below). The
# Unicode 16 classes of LB28a (AK, AP, AS, VF, VI) stay as they are. HH (an
# unambiguous hyphen, Unicode 17; not in the table of Unicode 16) would break like
# BA, as U+2010 HYPHEN does in Unicode 16.
_LB1 = {"AI": "AL", "SG": "AL", "XX": "AL", "HH": "BA"}
_LETTERS = frozenset({"AL", "HL", "NU"})
_KEEP_ALL = frozenset({"ID", "H2", "H3", "JL", "JV", "JT", "EB", "EM"})
_WIDE = frozenset("FWH")


def resolved_class(char: str, word_break: str = "normal", line_break: str = "auto") -> str:
    """UAX #14 LB1 with css-text-3 §5.2-5.3 tailorings: ambiguous, surrogate
    and unknown characters are AL; SA is CM for combining marks, else AL;
    CJ is NS for ``line-break: strict``, else ID. ``word-break: break-all``
    lets letters and numbers break like ideographs; ``keep-all`` keeps
    ideographs and Hangul together like letters."""
    name = line_break_class(char)
    name = _LB1.get(name, name)
    if name == "SA":
        name = "CM" if unicodedata.category(char) in ("Mn", "Mc") else "AL"
    elif name == "CJ":
        name = "NS" if line_break == "strict" else "ID"
    if word_break == "break-all" and name in _LETTERS:
        name = "ID"
    elif word_break == "keep-all" and name in _KEEP_ALL:
        name = "AL"
    return name


_RESOLVED: dict[tuple[str, str, str], str] = {}


def _resolved(char: str, word_break: str, line_break: str) -> str:
    key = (char, word_break, line_break)
    name = _RESOLVED.get(key)
    if name is None:
        name = resolved_class(char, word_break, line_break)
        if len(_RESOLVED) < 65536:
            _RESOLVED[key] = name
    return name


def _per_char(value, length: int) -> Sequence:
    if isinstance(value, str):
        return [value] * length
    return value


def line_break_opportunities(
    text: str,
    word_break: str | Sequence[str] = "normal",
    line_break: str | Sequence[str] = "auto",
) -> list[int]:
    """The positions ``p`` (0 < p < len(text)) where a line may break,
    between ``text[p - 1]`` and ``text[p]``, mandatory breaks (after line
    feeds) included. ``word_break`` and ``line_break`` are the CSS values,
    one for the whole text or one per character."""
    length = len(text)
    if length < 2:
        return []
    word_breaks = _per_char(word_break, length)
    line_breaks = _per_char(line_break, length)
    raw = [_resolved(char, word_breaks[i], line_breaks[i]) for i, char in enumerate(text)]
    classes, attached = _attach_combining_marks(raw)
    context = _Context(text, classes, raw, attached)
    result = []
    before = 0  # the index of the last character before the current run of spaces
    ri_count = 1 if classes[0] == "RI" else 0
    for i in range(1, length):
        a = classes[i - 1]
        b = classes[i]
        if a != "SP":
            before = i - 1
        anywhere = line_breaks[i] == "anywhere"
        if a == "AL" and b in ("AL", "SP") and not attached[i] and not anywhere:
            allowed = False  # LB28, LB7: the common case of letters, and spaces after them
        elif a == "SP" and b == "AL" and not anywhere:
            # LB14, LB15a, else LB18
            allowed = classes[before] != "OP" and not context.initial_quote(before)
        elif anywhere and line_breaks[i - 1] == "anywhere":
            allowed = not attached[i] and raw[i - 1] != "ZWJ" and a not in ("BK", "CR", "LF")
            allowed = allowed or a in ("BK", "LF", "NL") or (a == "CR" and b != "LF")
        else:
            allowed = _pair_breaks(context, i, a, b, before, ri_count)
        if allowed:
            result.append(i)
        ri_count = ri_count + 1 if b == "RI" else 0
    return result


def _attach_combining_marks(raw: list[str]) -> tuple[list[str], list[bool]]:
    """LB9: a combining mark or ZWJ after a base (anything but BK, CR, LF,
    NL, SP, ZW) takes the base's class and never breaks from it; LB10:
    other combining marks and ZWJs are AL."""
    classes = list(raw)
    attached = [False] * len(raw)
    for i, name in enumerate(raw):
        if name in ("CM", "ZWJ"):
            if i and classes[i - 1] not in ("BK", "CR", "LF", "NL", "SP", "ZW"):
                classes[i] = classes[i - 1]
                attached[i] = True
            else:
                classes[i] = "AL"
    return classes, attached


# LB15a: what may precede an initial quotation mark; LB15b: what may follow a final one.
_QUOTE_OPENERS = frozenset({"BK", "CR", "LF", "NL", "OP", "QU", "GL", "SP", "ZW"})
_QUOTE_CLOSERS = frozenset(
    {"SP", "GL", "WJ", "CL", "QU", "CP", "EX", "IS", "SY", "BK", "CR", "LF", "NL", "ZW"}
)
# LB20a: what may precede a word-initial hyphen.
_WORD_STARTS = frozenset({"BK", "CR", "LF", "NL", "SP", "ZW", "CB", "GL"})
_DOTTED_CIRCLE = "\u25cc"


class _Context:
    """The text and its resolved classes, for the rules that look past the
    pair of classes around a position: at the characters themselves
    (General_Category, East_Asian_Width, U+25CC) or at their neighbours.
    Per LB9, a base and its attached combining marks count as the base."""

    __slots__ = ("attached", "classes", "raw", "text")

    def __init__(self, text: str, classes: list[str], raw: list[str], attached: list[bool]):
        self.text = text
        self.classes = classes
        self.raw = raw
        self.attached = attached

    def base(self, index: int) -> int:
        """The index of the base of the character at ``index``."""
        attached = self.attached
        while attached[index] and index > 0:
            index -= 1
        return index

    def after(self, index: int) -> int:
        """The index of the first character after ``index`` and its attached
        marks (``len(text)`` at the end of the text)."""
        attached = self.attached
        index += 1
        while index < len(attached) and attached[index]:
            index += 1
        return index

    def char(self, index: int) -> str:
        """The base character of the character at ``index``."""
        return self.text[self.base(index)]

    def category(self, index: int) -> str:
        return unicodedata.category(self.char(index))

    def east_asian(self, index: int) -> bool:
        """Whether the base character at ``index`` is East Asian (F, W or H)."""
        return 0 <= index < len(self.text) and _east_asian(self.char(index))

    def initial_quote(self, index: int) -> bool:
        """LB15a: ``index`` is in an initial quotation mark (QU and Pi) at the
        start of the text or after BK, CR, LF, NL, OP, QU, GL, SP or ZW."""
        if self.classes[index] != "QU" or self.category(index) != "Pi":
            return False
        start = self.base(index)
        return start == 0 or self.classes[start - 1] in _QUOTE_OPENERS

    def final_quote(self, index: int) -> bool:
        """LB15b: a final quotation mark (QU and Pf) starts at ``index``,
        followed by the end of the text or by SP, GL, WJ, CL, QU, CP, EX,
        IS, SY, BK, CR, LF, NL or ZW."""
        if self.category(index) != "Pf":
            return False
        following = self.after(index)
        return following == len(self.classes) or self.classes[following] in _QUOTE_CLOSERS

    def aksara(self, index: int) -> bool:
        """LB28a: an aksara (AK), a dotted circle or an independent aksara (AS)."""
        return self.classes[index] in ("AK", "AS") or self.char(index) == _DOTTED_CIRCLE


def _pair_breaks(context: _Context, i: int, a: str, b: str, before: int, ri_count: int) -> bool:
    """UAX #14 LB4-LB31 for the position between ``i - 1`` and ``i``;
    ``before`` is the index of the last character before the spaces ending
    at ``i - 1`` (``i - 1`` itself if it is no space)."""
    classes = context.classes
    # LB4, LB5: hard line breaks.
    if a == "BK" or a in ("LF", "NL"):
        return True
    if a == "CR":
        return b != "LF"
    # LB6, LB7: not before hard breaks, spaces and ZW.
    if b in ("BK", "CR", "LF", "NL", "SP", "ZW"):
        return False
    spaced = a == "SP"
    # LB8: after ZW (and the spaces following it).
    if classes[before] == "ZW" and (spaced or a == "ZW"):
        return True
    # LB8a, LB9: not after ZWJ, not before an attached combining mark.
    if context.raw[i - 1] == "ZWJ" or context.attached[i]:
        return False
    # LB11, LB12, LB12a: word joiners and glue.
    if a == "WJ" or b == "WJ" or a == "GL":
        return False
    if b == "GL" and a not in ("SP", "BA", "HY"):
        return False
    # LB13: not before closing punctuation, exclamations and symbols.
    if b in ("CL", "CP", "EX", "SY"):
        return False
    # LB14, LB15a: not after opening punctuation or an initial quotation mark,
    # spaces in between or not.
    if classes[before] == "OP" or context.initial_quote(before):
        return False
    # LB15b: not before a final quotation mark followed by a closer (or eot).
    if b == "QU" and context.final_quote(i):
        return False
    # LB15c, LB15d: a break between spaces and a number starting with a
    # separator (".5"), else none before an infix separator.
    if b == "IS":
        following = context.after(i)
        return spaced and following < len(classes) and classes[following] == "NU"
    # LB16, LB17: closing before nonstarters, between em dashes; spaces in between or not.
    if b == "NS" and classes[before] in ("CL", "CP") and (spaced or a in ("CL", "CP")):
        return False
    if b == "B2" and classes[before] == "B2" and (spaced or a == "B2"):
        return False
    # LB18: after spaces.
    if spaced:
        return True
    # LB19, LB19a: quotation marks.
    if (b == "QU" or a == "QU") and not _quotation_breaks(context, i, a, b):
        return False
    # LB20: contingent breaks (objects) break.
    if a == "CB" or b == "CB":
        return True
    # LB20a: not after a word-initial hyphen (HY or U+2010) before a letter.
    if b == "AL" and (a == "HY" or context.char(i - 1) == "\u2010"):
        start = context.base(i - 1)
        if start == 0 or classes[start - 1] in _WORD_STARTS:
            return False
    # LB21, LB21a, LB21b: not before hyphens and nonstarters, not after BB, not
    # after a Hebrew letter's hyphen (HY, or BA but East Asian) unless a Hebrew
    # letter follows, not between a solidus and a Hebrew letter.
    if b in ("BA", "HY", "NS") or a == "BB":
        return False
    if (a == "HY" or (a == "BA" and not context.east_asian(i - 1))) and b != "HL":
        start = context.base(i - 1)
        if start and classes[start - 1] == "HL":
            return False
    if a == "SY" and b == "HL":
        return False
    return _letters_and_numbers(context, i, a, b, ri_count)


def _quotation_breaks(context: _Context, i: int, a: str, b: str) -> bool:
    """LB19: no break before a quotation mark that is not initial (Pi), nor
    after one that is not final (Pf). LB19a: around the others, only
    between East Asian characters (F, W, H): before an initial quotation
    mark both the preceding and the following character, after a final
    one both the following and the preceding character."""
    if b == "QU":
        if context.category(i) != "Pi":
            return False
        if not context.east_asian(i - 1) or not context.east_asian(context.after(i)):
            return False
    if a == "QU":
        start = context.base(i - 1)
        if context.category(start) != "Pf":
            return False
        if not context.east_asian(i) or not context.east_asian(start - 1):
            return False
    return True


_HANGUL_PAIRS = frozenset(
    [("JL", x) for x in ("JL", "JV", "H2", "H3")]
    + [(x, y) for x in ("JV", "H2") for y in ("JV", "JT")]
    + [(x, "JT") for x in ("JT", "H3")]
)
_HANGUL = frozenset({"JL", "JV", "JT", "H2", "H3"})
_ALPHA = frozenset({"AL", "HL"})


def _letters_and_numbers(context: _Context, i: int, a: str, b: str, ri_count: int) -> bool:
    """UAX #14 LB22-LB31."""
    if b == "IN":  # LB22
        return False
    if (a in _ALPHA and b == "NU") or (a == "NU" and b in _ALPHA):  # LB23
        return False
    if (a == "PR" and b in ("ID", "EB", "EM")) or (a in ("ID", "EB", "EM") and b == "PO"):
        return False  # LB23a
    if (a in ("PR", "PO") and b in _ALPHA) or (a in _ALPHA and b in ("PR", "PO")):  # LB24
        return False
    if (  # LB25
        (a in ("CL", "CP", "NU") and b in ("PO", "PR"))
        or (a in ("PO", "PR") and b == "OP")
        or (a in ("PO", "PR", "IS", "NU", "SY") and b == "NU")
    ):
        return False
    if a == "HY" and b == "NU":
        # LB25 keeps a minus sign on its number; like browsers, a hyphen after a
        # letter ("XXX-1234") is a hyphen and may break.
        start = context.base(i - 1)
        return start > 0 and context.classes[start - 1] in _ALPHA
    if a == "SY" and b in _ALPHA:
        return False  # browsers keep "a/b" together (no break after a solidus)
    if (a, b) in _HANGUL_PAIRS:  # LB26
        return False
    if (a in _HANGUL and b == "PO") or (a == "PR" and b in _HANGUL):  # LB27
        return False
    if a in _ALPHA and b in _ALPHA:  # LB28
        return False
    if _aksara_joins(context, i, a, b):  # LB28a
        return False
    if a == "IS" and b in _ALPHA:  # LB29
        return False
    if (a in ("AL", "HL", "NU") and b == "OP" and not context.east_asian(i)) or (
        a == "CP" and b in ("AL", "HL", "NU") and not context.east_asian(i - 1)
    ):  # LB30
        return False
    if a == "RI" and b == "RI" and ri_count % 2 == 1:  # LB30a
        return False
    if a == "EB" and b == "EM":  # LB30b
        return False
    return True  # LB31


_AKSARA_CLASSES = frozenset({"AK", "AP", "AS", "VF", "VI", "AL"})


def _aksara_joins(context: _Context, i: int, a: str, b: str) -> bool:
    """LB28a, Brahmic orthographic syllables, where an aksara is AK, AS or
    U+25CC DOTTED CIRCLE: no break after a pre-base repha (AP) before an
    aksara; none between an aksara and a virama (VI) or final consonant
    (VF); none after an aksara and its virama before an AK or dotted
    circle; none between two aksaras when a final consonant follows."""
    if a not in _AKSARA_CLASSES or b not in _AKSARA_CLASSES:
        return False
    if a == "AP":
        return context.aksara(i)
    if a == "VI":
        start = context.base(i - 1)
        return (
            start > 0
            and context.aksara(start - 1)
            and (b == "AK" or context.char(i) == _DOTTED_CIRCLE)
        )
    if not context.aksara(i - 1):
        return False
    if b in ("VF", "VI"):
        return True
    following = context.after(i)
    return (
        context.aksara(i)
        and following < len(context.classes)
        and context.classes[following] == "VF"
    )


def _east_asian(char: str) -> bool:
    return unicodedata.east_asian_width(char) in _WIDE
