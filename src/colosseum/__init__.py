"""Colosseum: a pure-Python CSS layout engine.

The style-declaration model (:class:`CSS`), the node tree (:class:`Node`,
:class:`Text`) and the geometry types are available now; ``layout()``
arrives with the block formatting work.
"""

from .nodes import Node, Text
from .style import CSS, ComputedStyle, compute_style

__version__ = "0.1.0.dev0"

__all__ = ["CSS", "ComputedStyle", "Node", "Text", "__version__", "compute_style"]
