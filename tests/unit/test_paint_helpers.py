"""Helpers for the painter's tests (no tests here): hand-built, laid-out box
trees, boxes placed with explicit geometry, so that painting is tested
independently of layout."""

from colosseum.layout.boxes import BlockBox, InlineBox, ReplacedBox, TextBox
from colosseum.layout.lines import InlineFragment, LineBox, TextFragment
from colosseum.paint import display_list, to_image
from colosseum.style import CSS, ComputedStyle, compute_style

SIDES = ("top", "right", "bottom", "left")


def style(extra=None, **properties) -> ComputedStyle:
    """A computed style from CSS properties (underscore names); ``extra``
    adds computed values for properties the style model may not have."""
    computed = compute_style(CSS(**properties), None)
    if extra:
        values = dict(computed._values)
        values.update(extra)
        computed = ComputedStyle(values)
    return computed


def place(box, x, y, width, height, *, border=0.0, padding=0.0, margin=0.0):
    """Set a box's geometry: (x, y) is its margin box corner, width and
    height its content box; borders from the style unless given."""
    box.x, box.y, box.width, box.height = x, y, width, height
    for side in SIDES:
        setattr(box, f"margin_{side}", margin)
        setattr(box, f"padding_{side}", padding)
        used = border
        if not border and box.style is not None:
            used = box.style[f"border-{side}-width"].value
        setattr(box, f"border_{side}", used)
    return box


def block(x, y, width, height, children=(), extra=None, **properties):
    box = BlockBox(None, style(extra, **properties), list(children))
    return place(box, x, y, width, height)


def replaced(node, x, y, width, height, **properties):
    box = ReplacedBox(node, style(display="inline", **properties), width=width, height=height)
    return place(box, x, y, width, height)


def text_line(container, text, x, baseline, size=10, extra=None, **properties):
    """Give ``container`` one line box holding ``text`` in Ahem at ``size``
    px with its baseline at ``baseline``; returns the text box."""
    properties.setdefault("font_family", "Ahem")
    properties.setdefault("font_size", f"{size}px")
    box = TextBox(None, style(extra, **properties), text)
    container.children.append(box)
    width = size * len(text)
    fragment = TextFragment(box, text, x, baseline - 0.8 * size, width, size, baseline)
    box.fragments = [fragment]
    line = LineBox(x, baseline - 0.8 * size, width, size, baseline)
    line.items.append(fragment)
    container.lines = (container.lines or []) + [line]
    return box


def inline_in_line(container, x, y, width, height, border=0.0, extra=None, **properties):
    """An inline box with one fragment (content area width x height at x, y)
    in a new line box of ``container``."""
    box = InlineBox(None, style(extra, display="inline", **properties))
    container.children.append(box)
    fragment = InlineFragment(box)
    place(fragment, x, y, width, height, border=border)
    box.fragments = [fragment]
    line = LineBox(x, y, width, height, y + height)
    line.items.append(fragment)
    container.lines = (container.lines or []) + [line]
    return box, fragment


def paint(root, width=100, height=100, **options):
    """The display list and the RGB image of a hand-built tree."""
    ops = display_list(root, (width, height), **options)
    return ops, to_image(ops, width, height)


RED = (255, 0, 0)
GREEN = (0, 128, 0)
LIME = (0, 255, 0)
BLUE = (0, 0, 255)
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
YELLOW = (255, 255, 0)
