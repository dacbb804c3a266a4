"""The ``::first-letter`` pseudo-element: CSS 2.1 §5.12.2.

"The :first-letter pseudo-element must select the first letter of the first
line of a block, if it is not preceded by any other content (such as images
or inline tables) on its line." Punctuation of the Unicode classes Ps, Pe,
Pi, Pf and Po that precedes or follows the first letter is included. It
applies to block container elements (block, list-item, inline-block,
table-cell, table-caption); the first line of a block whose first in-flow
child is a block is that child's first line, but the first letter of an
inline-block or a table cell is never its ancestor's.

Box generation (:mod:`.generation`) calls :func:`apply_first_letter` on an
element's box once its children are built: the text box holding the first
letter is split, and the letter with its punctuation is wrapped in an
anonymous inline box with the pseudo-element's style (a block box when it
floats, CSS 2.1 §5.12.2: "a floated first letter").
"""

from __future__ import annotations

import unicodedata

from .boxes import (
    BlockBox,
    BlockContainer,
    InlineBox,
    LineBreakBox,
    MarkerBox,
    TableWrapperBox,
    TextBox,
)

#: CSS 2.1 §5.12.2: open, close, initial, final and other punctuation.
PUNCTUATION = frozenset({"Ps", "Pe", "Pi", "Pf", "Po"})
_WHITE_SPACE = " \t\n\r\f"
_STOP = object()  # content before any letter: there is no first letter


def scan_letter(text: str, started: bool) -> tuple[int, int, bool] | None:
    """Where the first letter lies in ``text``: (start, end, found), the
    characters of ``text`` that belong to it (after leading white space,
    unless ``started``: punctuation came before, in an earlier text) and
    whether the letter itself is among them (else ``text`` ends in
    punctuation that may precede a letter in the next text). None when
    something else comes first (white space after punctuation). A letter
    is any other character, with the combining marks after it (one
    typographic letter unit), and the punctuation right after it."""
    length = len(text)
    start = 0 if started else length - len(text.lstrip(_WHITE_SPACE))
    end = start
    while end < length and unicodedata.category(text[end]) in PUNCTUATION:
        end += 1
    if end == length:
        return start, end, False
    if text[end] in _WHITE_SPACE:
        return None
    end += 1
    while end < length and unicodedata.category(text[end]).startswith("M"):
        end += 1
    while end < length and unicodedata.category(text[end]) in PUNCTUATION:
        end += 1
    return start, end, True


def apply_first_letter(builder, box, declared) -> None:
    """Wrap the first letter of ``box``'s first line (if any) with the
    punctuation around it in a box styled by the ``::first-letter``
    declarations ``declared``, computed under the box holding the letter
    (the innermost element around it in CSS 2.1's fictional tag sequence);
    punctuation in an earlier text (generated quotes) gets a box of its
    own. Boxes already made for a descendant's ``::first-letter`` keep
    theirs."""
    if not isinstance(box, BlockContainer) or isinstance(box, TableWrapperBox):
        return
    for parent, index, start, end in reversed(_letter_pieces(box, builder.first_letters)):
        style = builder.compute(declared, parent.style)
        text_box = parent.children[index]
        text = text_box.text
        letter = TextBox(text_box.node, builder.compute(None, style), text[start:end])
        wrapper = (BlockBox if style["float"] != "none" else InlineBox)(None, style, [letter])
        builder.first_letters.add(id(wrapper))
        pieces = [wrapper]
        if start:
            pieces.insert(0, TextBox(text_box.node, text_box.style, text[:start]))
        if end < len(text):
            pieces.append(TextBox(text_box.node, text_box.style, text[end:]))
        parent.children[index : index + 1] = pieces


def _letter_pieces(box, first_letters) -> list:
    """(parent, index, start, end) of each part of the first letter, one
    per text box it spans, or [] when the first line has none."""
    pieces: list = []
    for found in _line_texts(box, first_letters):
        if found is _STOP:
            return []
        parent, index = found
        scanned = scan_letter(parent.children[index].text, bool(pieces))
        if scanned is None:
            return []
        start, end, letter = scanned
        if end > start:
            pieces.append((parent, index, start, end))
        if letter:
            return pieces
    return []


def _line_texts(box, first_letters):
    """The text boxes that start the first line of the block container
    ``box``, in order, as (parent, index); ``_STOP`` at other content."""
    while not box.establishes_inline_context:
        child = next((c for c in box.children if c.is_in_flow and c.is_block_level), None)
        if type(child) is not BlockBox or id(child) in first_letters:
            return  # no block, or a table, a flex container, a replaced element...
        box = child
    yield from _inline_texts(box, first_letters)


def _inline_texts(parent, first_letters):
    for index, child in enumerate(parent.children):
        if type(child) is MarkerBox or not child.is_in_flow:
            continue  # list markers, floats and absolutely positioned boxes
        if isinstance(child, LineBreakBox):
            yield _STOP
        elif isinstance(child, TextBox):
            yield parent, index
        elif type(child) is InlineBox and id(child) not in first_letters:
            yield from _inline_texts(child, first_letters)
        else:
            yield _STOP  # an atomic inline, or a first letter already
