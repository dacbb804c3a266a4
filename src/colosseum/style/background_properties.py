"""Backgrounds: CSS 2.1 §14.2.1 and css-backgrounds-3 §3.

css-backgrounds-3 makes every background longhand but ``background-color``
a comma-separated list with one item per background layer (§3.1). The
value of such a longhand is the item itself for one layer, and a
:class:`~colosseum.style.values.CommaList` of the items for several.

Values are kept in the form the painter reads (``colosseum.paint.backgrounds``):

- ``background-image``: ``none``, a :class:`~colosseum.style.values.Url`
  or a gradient (:class:`~colosseum.style.gradients.LinearGradient` or
  :class:`~colosseum.style.gradients.RadialGradient`, css-images-3 §3) per
  layer. The other ``<image>`` functions (``conic-gradient()``,
  ``image()``, ``cross-fade()`` ...) are not supported: a value using one
  is invalid, as in a user agent without them, so ``background: red
  conic-gradient(...)`` is dropped whole;
- ``background-position``: a pair (x, y) of length-percentages, the offsets
  of the §3.6 one- to four-value syntaxes from the top left corner:
  keywords become percentages (``left``/``top`` 0%, ``center`` 50%,
  ``right``/``bottom`` 100%) and an offset from the right or bottom edge
  becomes ``calc(100% - offset)``. This is also the computed value (§3.6
  "a pair of offsets ... each given as a combination of an absolute length
  and a percentage"), so the parsed value is already in that form;
- ``background-size``: ``cover``, ``contain``, ``auto``, a length-percentage
  (the height then ``auto``), or a pair when the height is not ``auto``;
- ``background-repeat``: the shortest of its equivalent spellings
  (``repeat no-repeat`` is ``repeat-x``, ``space space`` is ``space``), or a
  pair of keywords;
- ``background-attachment``, ``background-clip``, ``background-origin``: a
  keyword.

The ``background`` shorthand (§3.10; the CSS 2.1 syntax is its one-layer
case) sets the color only from its final layer.
"""

from __future__ import annotations

from . import box_properties  # noqa: F401  (registers background-color first)
from .gradients import GRADIENT
from .grammar import (
    ATOM,
    AllOrder,
    AnyOrder,
    Grammar,
    Keywords,
    Literal,
    Map,
    Named,
    NoMatch,
    Optional,
    Repeat,
    Sequence,
    UrlType,
    length_percentage,
)
from .registry import PROPERTIES, longhand, ref, shorthand
from .shorthands import common_wide_keyword
from .values import CommaList, Percentage, SpaceList


class Layers(Grammar):
    """``<item>#``, one item per background layer (css-backgrounds-3 §3.1),
    or with ``last``, ``[ <item> , ]* <last>`` (the ``background``
    shorthand's ``<bg-layer>#? , <final-bg-layer>``, §3.10).

    The value splits at the commas and each part must match its grammar
    entirely, with full backtracking inside a layer (``Repeat`` would keep
    only a layer's first match). It matches up to the end of the tokens, so
    it is only used as a whole property value. The value is a tuple of the
    layers' values.
    """

    def __init__(self, item: Grammar, last: Grammar | None = None):
        self.item = item
        self.last = last

    def match(self, tokens, index):
        parts, start = [], index
        for position in range(index, len(tokens)):
            token = tokens[position]
            if token.type == "literal" and token.value == ",":
                parts.append(tokens[start:position])
                start = position + 1
        parts.append(tokens[start:])
        values = []
        for number, part in enumerate(parts):
            final = self.last is not None and number == len(parts) - 1
            try:
                values.append((self.last if final else self.item).parse(part))
            except NoMatch:
                return
        yield tuple(values), len(tokens)

    def __str__(self):
        if self.last is None:
            return self.item.describe(ATOM) + "#"
        return f"[ {self.item.describe(ATOM)} , ]* {self.last.describe(ATOM)}"


def layered(values: tuple):
    """A layered longhand's value: the item for one layer, else the list."""
    return values[0] if len(values) == 1 else CommaList(values)


def layers_of(value) -> list:
    """The per-layer items of a layered longhand's value."""
    return list(value) if isinstance(value, CommaList) else [value]


def _layered_grammar(item: Grammar) -> Grammar:
    return Map(Layers(item), layered)


# -- <bg-image>: css-backgrounds-3 §3.3; <image> = <url> | <gradient> (css-images-3 §2) --
BG_IMAGE = Named("<bg-image>", Keywords("none") | Named("<image>", UrlType() | GRADIENT))

# -- <repeat-style>: css-backgrounds-3 §3.4 ---------------------------------------------


def _repeat_style(values):
    """§3.4: one keyword is both directions; ``repeat-x`` is ``repeat
    no-repeat`` and ``repeat-y`` ``no-repeat repeat``. The shortest form."""
    x, y = values[0], values[-1]
    if x == y:
        return x
    if (x, y) == ("repeat", "no-repeat"):
        return "repeat-x"
    if (x, y) == ("no-repeat", "repeat"):
        return "repeat-y"
    return SpaceList((x, y))


REPEAT_STYLE = Named(
    "<repeat-style>",
    Keywords("repeat-x", "repeat-y")
    | Map(Repeat(Keywords("repeat", "space", "round", "no-repeat"), 1, 2), _repeat_style),
)
ATTACHMENT = Named("<attachment>", Keywords("scroll", "fixed", "local"))
BOX = Named("<box>", Keywords("border-box", "padding-box", "content-box"))

# -- <bg-position>: css-backgrounds-3 §3.6 (CSS 2.1 §14.2.1) -------------------------
_LENGTH_PERCENTAGE = length_percentage()
_HORIZONTAL = {"left": 0.0, "center": 50.0, "right": 100.0}
_VERTICAL = {"top": 0.0, "center": 50.0, "bottom": 100.0}


def _offset(keyword: str, length=None):
    """The offset from the top left of ``keyword`` followed by ``length``
    (§3.6: an offset is from the edge the keyword names)."""
    if keyword in ("left", "top"):
        return Percentage(0.0) if length is None else length
    if keyword == "center":
        return Percentage(50.0)
    if length is None:
        return Percentage(100.0)
    if isinstance(length, Percentage):
        return Percentage(100.0 - length.value)
    from .parser import tokenize

    return _LENGTH_PERCENTAGE.parse(tokenize(f"calc(100% - {length})"))


def _component(value):
    """A keyword or a length-percentage of the one- and two-value syntaxes."""
    return _offset(value) if isinstance(value, str) else value


def _one_value(value):
    """§3.6: "If only one value is specified, the second value is assumed
    to be center"; ``top`` and ``bottom`` are vertical."""
    if value in ("top", "bottom"):
        return SpaceList((Percentage(50.0), _offset(value)))
    return SpaceList((_component(value), Percentage(50.0)))


def _two_values(values):
    return SpaceList((_component(values[0]), _component(values[1])))


def _edge_offset(part):
    return _offset(part) if isinstance(part, str) else _offset(*part)


def _keyed(values):
    horizontal, vertical = values
    return SpaceList((_edge_offset(horizontal), _edge_offset(vertical)))


BG_POSITION = Named(
    "<bg-position>",
    Map(
        AllOrder(
            Keywords("center") | Sequence(Keywords("left", "right"), Optional(_LENGTH_PERCENTAGE)),
            Keywords("center") | Sequence(Keywords("top", "bottom"), Optional(_LENGTH_PERCENTAGE)),
        ),
        _keyed,
    )
    | Map(
        Sequence(
            Keywords("left", "center", "right") | _LENGTH_PERCENTAGE,
            Keywords("top", "center", "bottom") | _LENGTH_PERCENTAGE,
        ),
        _two_values,
    )
    | Map(Keywords("left", "center", "right", "top", "bottom") | _LENGTH_PERCENTAGE, _one_value),
)

# -- <bg-size>: css-backgrounds-3 §3.9 -------------------------------------------------


def _size(values):
    """§3.9: "If only one value is given the second is assumed to be auto"."""
    if len(values) == 1 or values[1] == "auto":
        return values[0]
    return SpaceList(values)


BG_SIZE = Named(
    "<bg-size>",
    Map(Repeat(length_percentage(0) | Keywords("auto"), 1, 2), _size)
    | Keywords("cover", "contain"),
)

# -- the longhands ------------------------------------------------------------------
longhand(
    "background-image",
    _layered_grammar(BG_IMAGE),
    "none",
    spec="css-backgrounds-3 §3.3 (CSS 2.1 §14.2.1)",
)
longhand(
    "background-repeat",
    _layered_grammar(REPEAT_STYLE),
    "repeat",
    spec="css-backgrounds-3 §3.4 (CSS 2.1 §14.2.1)",
)
longhand(
    "background-attachment",
    _layered_grammar(ATTACHMENT),
    "scroll",
    spec="css-backgrounds-3 §3.5 (CSS 2.1 §14.2.1)",
)
longhand(
    "background-position",
    _layered_grammar(BG_POSITION),
    "0% 0%",
    spec="css-backgrounds-3 §3.6 (CSS 2.1 §14.2.1)",
    percentages="the size of the background positioning area minus the size of the image",
)
longhand(
    "background-clip",
    _layered_grammar(BOX),
    "border-box",
    spec="css-backgrounds-3 §3.7",
)
longhand(
    "background-origin",
    _layered_grammar(BOX),
    "padding-box",
    spec="css-backgrounds-3 §3.8",
)
longhand(
    "background-size",
    _layered_grammar(BG_SIZE),
    "auto",
    spec="css-backgrounds-3 §3.9",
    percentages="the size of the background positioning area",
)

# -- the background shorthand: css-backgrounds-3 §3.10, CSS 2.1 §14.2.1 ---------------
# The layered longhands in the order of a layer's components.
LAYERED = (
    "background-image",
    "background-position",
    "background-size",
    "background-repeat",
    "background-attachment",
    "background-origin",
    "background-clip",
)
BACKGROUND_LONGHANDS = ("background-color", *LAYERED)
_POSITION_AND_SIZE = Sequence(
    BG_POSITION, Optional(Map(Sequence(Literal("/"), BG_SIZE), lambda v: v[1]))
)
_LAYER_ITEMS = (BG_IMAGE, _POSITION_AND_SIZE, REPEAT_STYLE, ATTACHMENT, BOX, BOX)
BG_LAYER = Named("<bg-layer>", AnyOrder(*_LAYER_ITEMS))
FINAL_BG_LAYER = Named("<final-bg-layer>", AnyOrder(ref("background-color"), *_LAYER_ITEMS))


def _layer_values(components) -> dict:
    """One layer's longhand values (omitted ones initial). §3.10: "If one
    <box> value is present then it sets both background-origin and
    background-clip to that value. If two values are present, then the
    first sets background-origin and the second background-clip"."""
    image, position_and_size, repeat, attachment, *boxes = components
    position, size = position_and_size or (None, None)
    boxes = [box for box in boxes if box is not None]
    given = {
        "background-image": image,
        "background-position": position,
        "background-size": size,
        "background-repeat": repeat,
        "background-attachment": attachment,
        "background-origin": boxes[0] if boxes else None,
        "background-clip": boxes[-1] if boxes else None,
    }
    return {n: PROPERTIES[n].initial if v is None else v for n, v in given.items()}


def expand_background(layers) -> dict:
    """The longhands of ``background``: a list item per layer for each
    layered longhand, the color from the final layer (§3.10)."""
    color, *final = layers[-1]
    per_layer = [_layer_values(layer) for layer in layers[:-1]]
    per_layer.append(_layer_values(final))
    if color is None:
        color = PROPERTIES["background-color"].initial
    result = {"background-color": color}
    for name in LAYERED:
        result[name] = layered(tuple(layer[name] for layer in per_layer))
    return result


def _layer_text(layer: dict) -> list[str]:
    """The components of one layer that are not initial, shortest first."""
    initial = {n: PROPERTIES[n].initial for n in LAYERED}
    parts = []
    if layer["background-image"] != initial["background-image"]:
        parts.append(str(layer["background-image"]))
    position, size = layer["background-position"], layer["background-size"]
    if size != initial["background-size"]:
        parts.append(f"{position} / {size}")
    elif position != initial["background-position"]:
        parts.append(str(position))
    for name in ("background-repeat", "background-attachment"):
        if layer[name] != initial[name]:
            parts.append(str(layer[name]))
    origin, clip = layer["background-origin"], layer["background-clip"]
    if (origin, clip) != (initial["background-origin"], initial["background-clip"]):
        parts.append(origin if origin == clip else f"{origin} {clip}")
    return parts


def serialize_background(values: dict) -> str | None:
    """The shortest ``background`` text for the longhands, or None when
    their lists have different numbers of layers."""
    wide = common_wide_keyword(values, BACKGROUND_LONGHANDS)
    if wide is not None:
        return wide or None
    lists = {name: layers_of(values[name]) for name in LAYERED}
    count = len(lists["background-image"])
    if any(len(items) != count for items in lists.values()):
        return None
    texts = []
    for number in range(count):
        parts = _layer_text({name: lists[name][number] for name in LAYERED})
        color = values["background-color"]
        if number == count - 1 and color != PROPERTIES["background-color"].initial:
            parts.insert(0, str(color))
        texts.append(" ".join(parts) or "none")
    return ", ".join(texts)


shorthand(
    "background",
    BACKGROUND_LONGHANDS,
    Layers(BG_LAYER, FINAL_BG_LAYER),
    spec="css-backgrounds-3 §3.10 (CSS 2.1 §14.2.1)",
    expand=expand_background,
    serialize=serialize_background,
)

__all__ = [
    "BACKGROUND_LONGHANDS",
    "BG_POSITION",
    "LAYERED",
    "Layers",
    "expand_background",
    "layered",
    "layers_of",
    "serialize_background",
]
