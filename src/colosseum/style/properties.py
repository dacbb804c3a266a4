"""The property table: every supported property, registered once.

Importing this module registers the definitions of each group of
properties; ``PROPERTIES`` (longhands) and ``SHORTHANDS`` are then complete.
"""

from __future__ import annotations

from . import background_properties as _backgrounds  # noqa: F401
from . import box_properties as _box  # noqa: F401
from . import decoration_properties as _decorations  # noqa: F401
from . import flex_properties as _flex  # noqa: F401
from . import grid_properties as _grid  # noqa: F401
from . import text_properties as _text  # noqa: F401
from .registry import PROPERTIES, SHORTHANDS, Property, Shorthand

__all__ = ["PROPERTIES", "SHORTHANDS", "Property", "Shorthand"]
