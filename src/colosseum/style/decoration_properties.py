"""Text decoration, outlines and ``clip``.

- ``text-decoration-line``, ``-style``, ``-color`` and the
  ``text-decoration`` shorthand: css-text-decor-3 §2 (CSS 2.1 §16.3.1, whose
  ``none | [ underline || overline || line-through || blink ]`` is the
  shorthand with only its line given). None of them is inherited: the
  painter propagates a box's decoration to the text inside it (§2.1). The
  line value is ``none`` or its keywords in the order of the grammar, space
  separated (one ``str``, like ``text-transform``);
- ``outline-*`` and ``outline``: css-ui-4 §3 (CSS 2.1 §18.4). CSS 2.1's
  ``invert`` is accepted (the painter draws it in the element's color: no
  pixel inversion), and, as css-ui-3 §5.4 says for a user agent that does
  not support ``invert``, the initial color is ``currentcolor``.
  ``outline-width`` computes like a border width: 0 when ``outline-style``
  is ``none``, whole pixels otherwise
  (``colosseum.style.computed``);
- ``clip``: CSS 2.1 §11.1.2, ``rect(<top>, <right>, <bottom>, <left>) |
  auto`` with ``auto`` or a length for each offset; the comma-less form
  that §11.1.2 lets user agents accept (and browsers do) is accepted too.
  The value is a :class:`~colosseum.style.values.FunctionValue` ``rect``
  with four arguments, which prints with commas.
"""

from __future__ import annotations

from .box_properties import LINE_WIDTH
from .grammar import (
    AnyOrder,
    ColorType,
    Function,
    Keywords,
    LengthType,
    Literal,
    Map,
    Named,
    Sequence,
)
from .registry import longhand
from .shorthands import any_order
from .values import FunctionValue

# -- text decoration: css-text-decor-3 §2, CSS 2.1 §16.3.1 ---------------------------
DECORATION_LINES = ("underline", "overline", "line-through", "blink")
longhand(
    "text-decoration-line",
    Keywords("none")
    | Map(
        AnyOrder(*(Keywords(word) for word in DECORATION_LINES)),
        lambda words: " ".join(word for word in words if word is not None),
    ),
    "none",
    spec="css-text-decor-3 §2.1 (CSS 2.1 §16.3.1)",
)
longhand(
    "text-decoration-style",
    Keywords("solid", "double", "dotted", "dashed", "wavy"),
    "solid",
    spec="css-text-decor-3 §2.3",
)
longhand(
    "text-decoration-color",
    ColorType(),
    "currentcolor",
    spec="css-text-decor-3 §2.2",
)
any_order(
    "text-decoration",
    ("text-decoration-line", "text-decoration-style", "text-decoration-color"),
    spec="css-text-decor-3 §2.4 (CSS 2.1 §16.3.1)",
)

# -- outlines: css-ui-4 §3, CSS 2.1 §18.4 ---------------------------------------------
longhand(
    "outline-width",
    LINE_WIDTH,
    "medium",
    spec="css-ui-4 §3.2 (CSS 2.1 §18.4)",
)
longhand(
    "outline-style",
    # §3.3: auto | <outline-line-style>, the border styles but hidden.
    Keywords(
        "auto", "none", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset", "outset"
    ),
    "none",
    spec="css-ui-4 §3.3 (CSS 2.1 §18.4)",
)
longhand(
    "outline-color",
    ColorType() | Keywords("invert"),
    "currentcolor",
    spec="css-ui-4 §3.4 (CSS 2.1 §18.4)",
)
longhand(
    "outline-offset",
    LengthType(),
    "0",
    spec="css-ui-4 §3.5",
)
any_order(
    "outline",
    ("outline-width", "outline-style", "outline-color"),
    spec="css-ui-4 §3.1 (CSS 2.1 §18.4)",
)

# -- clip: CSS 2.1 §11.1.2 ------------------------------------------------------------
_OFFSET = LengthType() | Keywords("auto")
_RECT = Function(
    "rect",
    Map(
        Sequence(_OFFSET, Literal(","), _OFFSET, Literal(","), _OFFSET, Literal(","), _OFFSET),
        lambda values: values[::2],
    )
    | Sequence(_OFFSET, _OFFSET, _OFFSET, _OFFSET),
    lambda offsets: FunctionValue("rect", tuple(offsets)),
)
longhand(
    "clip",
    Named("<shape>", _RECT) | Keywords("auto"),
    "auto",
    spec="CSS 2.1 §11.1.2",
    applies_to="absolutely positioned elements",
)

__all__ = ["DECORATION_LINES"]
