"""Line breaking opportunities: UAX #14 (Unicode Line Breaking Algorithm)
with the tailorings of css-text-3 §5 ('word-break', 'line-break').

:func:`line_break_opportunities` gives the positions where a line may
break in a string; the inline layout filters them by 'white-space' (which
says whether a line may wrap at all) and cuts its content there. The
Line_Break property comes from the generated table in
:mod:`colosseum.text.data.line_break` (Python's ``unicodedata`` lacks it).

The rules are those of UAX #14 §6.1 (LB1-LB31), numbered as there, with
these simplifications: the Aksara rules (LB28a) and the quotation-mark
refinements of LB15a-LB15d are not applied; LB25 uses the simpler pair
rules of UAX #14's tailoring example (as browsers do); and two tailorings
match Chromium: a hyphen after a letter may break before a digit, and a
solidus does not break before a letter.
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


# LB1 and the Unicode 16 classes this implementation folds into older ones.
_LB1 = {"AI": "AL", "SG": "AL", "XX": "AL", "AK": "AL", "AP": "AL", "AS": "AL", "VF": "AL"}
_LB1.update({"VI": "AL", "HH": "BA"})
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
    result = []
    before_spaces = classes[0]  # the class before the current run of spaces
    ri_count = 1 if classes[0] == "RI" else 0
    for i in range(1, length):
        a = classes[i - 1]
        b = classes[i]
        if a != "SP":
            before_spaces = a
        anywhere = line_breaks[i] == "anywhere"
        if a == "AL" and b in ("AL", "SP") and not attached[i] and not anywhere:
            allowed = False  # LB28, LB7: the common case of letters, and spaces after them
        elif a == "SP" and b == "AL" and not anywhere:
            allowed = before_spaces != "OP"  # LB14, else LB18
        elif anywhere and line_breaks[i - 1] == "anywhere":
            allowed = not attached[i] and raw[i - 1] != "ZWJ" and a not in ("BK", "CR", "LF")
            allowed = allowed or a in ("BK", "LF", "NL") or (a == "CR" and b != "LF")
        else:
            allowed = _pair_breaks(text, classes, raw, attached, i, a, b, before_spaces, ri_count)
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


def _pair_breaks(text, classes, raw, attached, i, a, b, before, ri_count) -> bool:
    """UAX #14 LB4-LB31 for the position between ``i - 1`` and ``i``;
    ``before`` is the class before the spaces ending at ``i - 1``."""
    # LB4, LB5: hard line breaks.
    if a == "BK" or a in ("LF", "NL"):
        return True
    if a == "CR":
        return b != "LF"
    # LB6, LB7: not before hard breaks, spaces and ZW.
    if b in ("BK", "CR", "LF", "NL", "SP", "ZW"):
        return False
    # LB8: after ZW (and the spaces following it).
    if before == "ZW" and a in ("ZW", "SP"):
        return True
    # LB8a, LB9: not after ZWJ, not before an attached combining mark.
    if raw[i - 1] == "ZWJ" or attached[i]:
        return False
    # LB11, LB12, LB12a: word joiners and glue.
    if a == "WJ" or b == "WJ" or a == "GL":
        return False
    if b == "GL" and a not in ("SP", "BA", "HY"):
        return False
    # LB13: not before closing punctuation, exclamations, infix separators, symbols.
    if b in ("CL", "CP", "EX", "IS", "SY"):
        return False
    spaced = a == "SP"
    # LB14-LB17: after opening punctuation, quotation before opening, closing before
    # nonstarters, between em dashes; spaces in between or not.
    if before == "OP" and (spaced or a == "OP"):
        return False
    if b == "OP" and before == "QU" and (spaced or a == "QU"):
        return False
    if b == "NS" and before in ("CL", "CP") and (spaced or a in ("CL", "CP")):
        return False
    if b == "B2" and before == "B2" and (spaced or a == "B2"):
        return False
    # LB18: after spaces.
    if spaced:
        return True
    # LB19, LB20: quotation marks stick; contingent breaks (objects) break.
    if a == "QU" or b == "QU":
        return False
    if a == "CB" or b == "CB":
        return True
    # LB21, LB21a, LB21b: not before hyphens and nonstarters, not after BB, not
    # after a Hebrew letter's hyphen, not between a solidus and a Hebrew letter.
    if b in ("BA", "HY", "NS") or a == "BB":
        return False
    if a in ("HY", "BA") and i >= 2 and classes[i - 2] == "HL":
        return False
    if a == "SY" and b == "HL":
        return False
    return _letters_and_numbers(text, classes, i, a, b, ri_count)


_HANGUL_PAIRS = frozenset(
    [("JL", x) for x in ("JL", "JV", "H2", "H3")]
    + [(x, y) for x in ("JV", "H2") for y in ("JV", "JT")]
    + [(x, "JT") for x in ("JT", "H3")]
)
_HANGUL = frozenset({"JL", "JV", "JT", "H2", "H3"})
_ALPHA = frozenset({"AL", "HL"})


def _letters_and_numbers(text, classes, i: int, a: str, b: str, ri_count: int) -> bool:
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
        return classes[i - 2] in _ALPHA if i >= 2 else False
    if a == "SY" and b in _ALPHA:
        return False  # browsers keep "a/b" together (no break after a solidus)
    if (a, b) in _HANGUL_PAIRS:  # LB26
        return False
    if (a in _HANGUL and b == "PO") or (a == "PR" and b in _HANGUL):  # LB27
        return False
    if a in _ALPHA and b in _ALPHA:  # LB28
        return False
    if a == "IS" and b in _ALPHA:  # LB29
        return False
    if (a in ("AL", "HL", "NU") and b == "OP" and not _east_asian(text[i])) or (
        a == "CP" and b in ("AL", "HL", "NU") and not _east_asian(text[i - 1])
    ):  # LB30
        return False
    if a == "RI" and b == "RI" and ri_count % 2 == 1:  # LB30a
        return False
    if a == "EB" and b == "EM":  # LB30b
        return False
    return True  # LB31


def _east_asian(char: str) -> bool:
    return unicodedata.east_asian_width(char) in _WIDE
