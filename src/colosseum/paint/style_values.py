"""Reading computed values for painting.

Painting reads some properties the style model may not define yet
(``text-decoration-line``, ``background-image``, ``background-clip`` ...):
:func:`value` returns None for those instead of raising, so the painter
uses them as soon as the model has them.
"""

from __future__ import annotations

from ..style.values import Length, Percentage

_MISSING: set[str] = set()  # names the style model does not know (asking is slow)


def value(style, name: str, default=None):
    """The computed value of ``name`` in ``style``, or ``default`` when the
    style does not have the property."""
    if style is None:
        return default
    values = getattr(style, "_values", None)
    if values is not None and name in values:
        return values[name]
    if name in _MISSING:
        return default
    try:
        return style[name]
    except (KeyError, ValueError, TypeError, AttributeError):
        _MISSING.add(name)
        return default


def length(computed, default: float = 0.0, reference: float | None = None) -> float:
    """A computed length in px; a percentage of ``reference``; ``default``
    for keywords (``normal``, ``auto``) and other values."""
    if isinstance(computed, Length):
        return float(computed.value)
    if isinstance(computed, Percentage) and reference is not None:
        return float(computed.value) * reference / 100
    if isinstance(computed, int | float) and not isinstance(computed, bool):
        return float(computed)
    return default


def number(computed, default: float) -> float:
    """A computed <number> (:class:`~colosseum.style.values.Number` is a
    float) or a bare Python number; ``default`` for anything else."""
    if isinstance(computed, int | float) and not isinstance(computed, bool):
        return float(computed)
    return default
