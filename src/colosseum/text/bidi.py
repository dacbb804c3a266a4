"""The Unicode Bidirectional Algorithm, UAX #9 (for CSS 2.1 §9.10 and
css-writing-modes-3 §2: 'direction' and 'unicode-bidi').

:func:`split_paragraphs` cuts text into paragraphs after each paragraph
separator (rule P1); :func:`embedding_levels` resolves the embedding level
of every character, each paragraph on its own (rules P2-P3, X1-X10,
W1-W7, N0-N2, I1-I2); :func:`reorder`
gives the visual order of a line's units from their levels (rule L2).
Paired brackets (N0) are found from the general category and mirroring
properties, since ``unicodedata`` has no Bidi_Paired_Bracket.
Rule L1 (trailing white space back to the paragraph level) is applied by
layout per line with :func:`trailing_whitespace_levels`.

Bidi classes come from :func:`unicodedata.bidirectional`. The inline layout
maps inline boxes with 'unicode-bidi' to the explicit formatting
characters of UAX #9 §2 (css-writing-modes-3 §2.4.2), and atomic inlines to
U+FFFC (a neutral).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "FSI",
    "LRE",
    "LRI",
    "LRO",
    "PARAGRAPH_SEPARATOR",
    "PDF",
    "PDI",
    "RLE",
    "RLI",
    "RLO",
    "bidi_class",
    "embedding_levels",
    "first_strong_level",
    "needs_bidi",
    "paragraph_level",
    "reorder",
    "split_paragraphs",
    "trailing_whitespace_levels",
]

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
MAX_DEPTH = 125

_STRONG = {"L": 0, "R": 1, "AL": 1}
#: One paragraph separator (rule P1): a character of Bidi_Class B, a CR LF
#: pair counting as one.
PARAGRAPH_SEPARATOR = re.compile("\r\n|[\n\r\x1c\x1d\x1e\x85\u2029]")
_ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
_REMOVED_BY_X9 = frozenset({"RLE", "LRE", "RLO", "LRO", "PDF", "BN"})
_NEUTRALS = frozenset({"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"})
_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})


def bidi_class(char: str) -> str:
    """The Bidi_Class of ``char`` (unassigned code points count as L)."""
    return unicodedata.bidirectional(char) or "L"


def needs_bidi(text: str) -> bool:
    """Whether ``text`` holds right-to-left characters or explicit
    formatting that could make its order differ from the logical one."""
    return any(ord(char) >= 0x0590 and bidi_class(char) in _RTL_CLASSES for char in text)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """P1: the (start, end) of each paragraph of ``text``; a paragraph
    separator (Bidi_Class B: line feed, carriage return, U+2029 ...) ends
    the paragraph it is in, a CR LF pair counting as one. Text ending with
    a separator has no empty paragraph after it."""
    paragraphs = []
    start = 0
    for match in PARAGRAPH_SEPARATOR.finditer(text):
        paragraphs.append((start, match.end()))
        start = match.end()
    if start < len(text) or not paragraphs:
        paragraphs.append((start, len(text)))
    return paragraphs


def first_strong_level(text: str, classes: list[str] | None = None) -> int | None:
    """P2-P3: 1 when the first strong character (outside isolates) is R or
    AL, 0 when it is L, None when the text has none (no strong
    directionality). Stops at the first paragraph separator."""
    classes = classes or [bidi_class(char) for char in text]
    depth = 0
    for name in classes:
        if name in _ISOLATE_INITIATORS:
            depth += 1
        elif name == "PDI" and depth:
            depth -= 1
        elif name == "B":
            return None
        elif depth == 0 and name in _STRONG:
            return _STRONG[name]
    return None


def paragraph_level(text: str, classes: list[str] | None = None) -> int:
    """P2-P3: 1 when the first strong character (outside isolates) is R or
    AL, else 0."""
    return first_strong_level(text, classes) or 0


def _least_odd(level: int) -> int:
    return level + 1 if level % 2 == 0 else level + 2


def _least_even(level: int) -> int:
    return level + 2 if level % 2 == 0 else level + 1


def _explicit_levels(classes: list[str], base: int, text: str) -> tuple[list[int], list[str]]:
    """X1-X8: the explicit embedding levels, and classes with overrides
    applied (X6); characters X9 removes keep the level of their embedding."""
    levels = [base] * len(classes)
    resolved = list(classes)
    # (level, override: None/"L"/"R", isolate)
    stack: list[tuple[int, str | None, bool]] = [(base, None, False)]
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    for index, name in enumerate(classes):
        level, override, _ = stack[-1]
        if name in ("RLE", "LRE", "RLO", "LRO"):
            levels[index] = level
            new = _least_odd(level) if name[0] == "R" else _least_even(level)
            if new <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                kind = {"RLO": "R", "LRO": "L"}.get(name)
                stack.append((new, kind, False))
            elif not overflow_isolates:
                overflow_embeddings += 1
        elif name in _ISOLATE_INITIATORS:
            levels[index] = level
            if override:
                resolved[index] = override
            if name == "FSI":
                rest = _isolate_text(classes, index)
                name = "RLI" if paragraph_level("", rest) == 1 else "LRI"
            new = _least_odd(level) if name == "RLI" else _least_even(level)
            if new <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                valid_isolates += 1
                stack.append((new, None, True))
            else:
                overflow_isolates += 1
        elif name == "PDI":
            if overflow_isolates:
                overflow_isolates -= 1
            elif valid_isolates:
                overflow_embeddings = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            level, override, _ = stack[-1]
            levels[index] = level
            if override:
                resolved[index] = override
        elif name == "PDF":
            levels[index] = level
            # X7: a PDF matching an overflowed isolate does nothing.
            if overflow_isolates == 0:
                if overflow_embeddings:
                    overflow_embeddings -= 1
                elif not stack[-1][2] and len(stack) > 1:
                    stack.pop()
        elif name == "B":
            levels[index] = base
        else:
            levels[index] = level
            if override and name != "BN":
                resolved[index] = override
    return levels, resolved


def _isolate_text(classes: list[str], start: int) -> list[str]:
    """The classes from after an isolate initiator to its matching PDI."""
    depth = 1
    for index in range(start + 1, len(classes)):
        name = classes[index]
        if name in _ISOLATE_INITIATORS:
            depth += 1
        elif name == "PDI":
            depth -= 1
            if not depth:
                return classes[start + 1 : index]
    return classes[start + 1 :]


def _isolating_run_sequences(classes, levels, base):
    """BD13 / X10: the isolating run sequences, as lists of indices (the
    characters removed by X9 left out), with their sos and eos."""
    kept = [i for i, name in enumerate(classes) if name not in _REMOVED_BY_X9]
    runs: list[list[int]] = []
    for index in kept:
        if runs and levels[runs[-1][-1]] == levels[index]:
            runs[-1].append(index)
        else:
            runs.append([index])
    # Chain runs ending with an isolate initiator to the run starting with its PDI.
    matching = _matching_pdis(classes)
    starts = {run[0]: run for run in runs}
    sequences = []
    chained = set()
    for run in runs:
        if id(run) in chained:
            continue
        sequence = list(run)
        current = run
        while classes[current[-1]] in _ISOLATE_INITIATORS and current[-1] in matching:
            following = starts.get(matching[current[-1]])
            if following is None:
                break
            chained.add(id(following))
            sequence.extend(following)
            current = following
        sequences.append(sequence)
    result = []
    for sequence in sequences:
        first, last = sequence[0], sequence[-1]
        level = levels[first]
        before = _neighbour_level(kept, levels, first, -1, base)
        if classes[last] in _ISOLATE_INITIATORS and last not in matching:
            after = base
        elif classes[last] in _ISOLATE_INITIATORS:
            after = base
        else:
            after = _neighbour_level(kept, levels, last, 1, base)
        sos = "R" if max(level, before) % 2 else "L"
        eos = "R" if max(level, after) % 2 else "L"
        result.append((sequence, sos, eos))
    return result


def _neighbour_level(kept, levels, index, step, base) -> int:
    position = kept.index(index) + step
    if 0 <= position < len(kept):
        return levels[kept[position]]
    return base


def _matching_pdis(classes: list[str]) -> dict[int, int]:
    """BD9: isolate initiator index -> its matching PDI index."""
    result = {}
    stack = []
    for index, name in enumerate(classes):
        if name in _ISOLATE_INITIATORS:
            stack.append(index)
        elif name == "PDI" and stack:
            result[stack.pop()] = index
        elif name == "B":
            stack.clear()
    return result


def _resolve_weak(types: list[str], sos: str) -> None:
    """W1-W7 on one isolating run sequence's types (in place)."""
    previous = sos
    for i, name in enumerate(types):  # W1
        if name == "NSM":
            types[i] = "ON" if previous in ("LRI", "RLI", "FSI", "PDI") else previous
        previous = types[i]
    last_strong = sos
    for i, name in enumerate(types):  # W2, W3
        if name == "EN" and last_strong == "AL":
            types[i] = "AN"
        if name in ("L", "R", "AL"):
            last_strong = name
    for i, name in enumerate(types):
        if name == "AL":
            types[i] = "R"
    for i in range(1, len(types) - 1):  # W4
        a, b, c = types[i - 1], types[i], types[i + 1]
        if b == "ES" and a == "EN" and c == "EN":
            types[i] = "EN"
        elif b == "CS" and a == c and a in ("EN", "AN"):
            types[i] = a
    i = 0
    while i < len(types):  # W5
        if types[i] == "ET":
            j = i
            while j < len(types) and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < len(types) and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    for i, name in enumerate(types):  # W6
        if name in ("ET", "ES", "CS"):
            types[i] = "ON"
    last_strong = sos
    for i, name in enumerate(types):  # W7
        if name in ("L", "R"):
            last_strong = name
        elif name == "EN" and last_strong == "L":
            types[i] = "L"


def _bracket_pairs(chars: list[str], types: list[str]) -> list[tuple[int, int]]:
    """BD16: the paired brackets of a sequence, sorted by their openings.
    Opening (Ps) and closing (Pe) punctuation still neutral (ON) pair when
    the closing one is the code point after the opening one (true of the
    Bidi_Paired_Bracket pairs except a few; ``unicodedata`` lacks the
    property)."""
    pairs = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(chars):
        if types[index] != "ON":
            continue
        category = unicodedata.category(char)
        if category == "Ps" and unicodedata.mirrored(char):
            if len(stack) == 63:
                break
            stack.append((chr(ord(char) + 1), index))
        elif category == "Pe" and unicodedata.mirrored(char):
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(chars, types, sos: str, level: int) -> None:
    """N0: a bracket pair takes the embedding direction when a strong type
    of that direction is inside it; else the other direction when one is
    inside and the context before the pair has it too; else nothing."""
    embedding = "R" if level % 2 else "L"
    for opening, closing in _bracket_pairs(chars, types):
        inside = {_strong_direction(t) for t in types[opening + 1 : closing] if t in _N0_STRONG}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:
            before = sos
            for t in reversed(types[:opening]):
                if t in _N0_STRONG:
                    before = _strong_direction(t)
                    break
            direction = before if before != embedding else embedding
        for index in (opening, closing):
            types[index] = direction
            following = index + 1
            while following < len(types) and chars[following] and _is_nsm(chars[following]):
                types[following] = direction
                following += 1


_N0_STRONG = frozenset({"L", "R", "AL", "EN", "AN"})


def _is_nsm(char: str) -> bool:
    return bidi_class(char) == "NSM"


def _resolve_neutrals(types: list[str], sos: str, eos: str, level: int) -> None:
    """N1-N2 (N0 is :func:`_resolve_brackets`)."""
    embedding = "R" if level % 2 else "L"
    i = 0
    count = len(types)
    while i < count:
        if types[i] not in _NEUTRALS:
            i += 1
            continue
        j = i
        while j < count and types[j] in _NEUTRALS:
            j += 1
        before = sos if i == 0 else _strong_direction(types[i - 1])
        after = eos if j == count else _strong_direction(types[j])
        direction = before if before == after else embedding
        types[i:j] = [direction] * (j - i)
        i = j


def _strong_direction(name: str) -> str:
    return "L" if name == "L" else "R"  # R, AN and EN count as R for N1


def embedding_levels(text: str, base_level: int | None = None) -> list[int]:
    """The resolved embedding level of each character of ``text``: each
    paragraph (P1, :func:`split_paragraphs`) resolved on its own, rules
    X1-I2. ``base_level`` None: each paragraph's from P2-P3. Characters
    removed by X9 get the level of the character before them (for
    reordering they are zero width anyway)."""
    levels: list[int] = []
    for start, end in split_paragraphs(text):
        levels.extend(_paragraph_embedding_levels(text[start:end], base_level))
    return levels


def _paragraph_embedding_levels(text: str, base_level: int | None) -> list[int]:
    """:func:`embedding_levels` of one paragraph."""
    if not text:
        return []
    classes = [bidi_class(char) for char in text]
    base = paragraph_level(text, classes) if base_level is None else base_level
    levels, resolved = _explicit_levels(classes, base, text)
    for sequence, sos, eos in _isolating_run_sequences(classes, levels, base):
        types = [resolved[i] for i in sequence]
        _resolve_weak(types, sos)
        _resolve_brackets([text[i] for i in sequence], types, sos, levels[sequence[0]])
        _resolve_neutrals(types, sos, eos, levels[sequence[0]])
        for index, name in zip(sequence, types, strict=True):
            level = levels[index]
            if level % 2 == 0:  # I1
                if name == "R":
                    levels[index] = level + 1
                elif name in ("AN", "EN"):
                    levels[index] = level + 2
            elif name in ("L", "EN", "AN"):  # I2
                levels[index] = level + 1
    previous = base
    for index, name in enumerate(classes):
        if name in _REMOVED_BY_X9:
            levels[index] = previous
        previous = levels[index]
    return levels


def trailing_whitespace_levels(text: str, levels: list[int], base: int) -> list[int]:
    """L1 for one line: segment and paragraph separators, and white space
    (and isolate formatting characters) before them or at the end of the
    line, go back to the paragraph level."""
    result = list(levels)
    reset = True
    for index in range(len(text) - 1, -1, -1):
        name = bidi_class(text[index])
        if name in ("S", "B"):
            result[index] = base
            reset = True
        elif reset and (name in ("WS", "FSI", "LRI", "RLI", "PDI") or name in _REMOVED_BY_X9):
            result[index] = base
        else:
            reset = False
    return result


def reorder(levels: list[int]) -> list[int]:
    """L2: the logical indices in visual order (left to right): from the
    highest level down to the lowest odd level, reverse every maximal run
    at that level or higher."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        count = len(order)
        while i < count:
            if levels[order[i]] >= level:
                j = i
                while j < count and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
