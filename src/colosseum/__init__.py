"""Colosseum: a pure-Python CSS layout engine.

The style-declaration model (:class:`CSS`), the node tree (:class:`Node`,
:class:`Text`) and :func:`layout`, which lays a tree out and writes each
node's geometry to ``node.layout``.
"""

from .layout import layout
from .nodes import Node, Text
from .style import CSS, ComputedStyle, compute_style

__version__ = "0.1.0.dev0"

__all__ = ["CSS", "ComputedStyle", "Node", "Text", "__version__", "compute_style", "layout"]
