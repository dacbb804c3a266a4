"""The style-declaration model.

- :class:`CSS`: a declaration block (``CSS(width=10)``, ``CSS.from_string(...)``);
- :func:`compute_style` and :class:`ComputedStyle`: computed values;
- :data:`PROPERTIES` and :data:`SHORTHANDS`: the property table;
- :mod:`colosseum.style.values`: the typed values every property produces.
"""

from .computed import ComputedStyle, compute_style
from .declaration import CSS, parse_declarations
from .properties import PROPERTIES, SHORTHANDS, Property, Shorthand

__all__ = [
    "CSS",
    "PROPERTIES",
    "SHORTHANDS",
    "ComputedStyle",
    "Property",
    "Shorthand",
    "compute_style",
    "parse_declarations",
]
