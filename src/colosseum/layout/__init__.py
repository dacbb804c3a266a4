"""Layout: box generation, the formatting contexts, and the geometry they
write back onto every node.

:func:`layout` is the entry point: it generates the box tree of a styled
node tree (:mod:`.generation`), lays it out in the initial containing block
(CSS 2.1 §10.1) and writes each node's :class:`~colosseum.geometry.BoxGeometry`
to ``node.layout`` (:mod:`.results`). The box tree itself, with line boxes
and text fragments for painters, is returned.
"""

from __future__ import annotations

from .context import LayoutContext
from .deep import TreeTooDeepError, call_deep, tree_depth
from .generation import build_box_tree
from .results import write_layout


def layout(root, width: float = 800, height: float = 600, *, measurer=None):
    """Lay out the tree under ``root`` in a ``width`` x ``height`` viewport.

    ``root`` is a host's :class:`~colosseum.nodes.Node` or a document's root
    element; ``measurer`` is the host's
    :class:`~colosseum.text.metrics.TextMeasurer` (default: the built-in
    one). Writes ``node.layout`` on every node of the tree (None for a node
    that generates no box) and returns the root box of the box tree (None
    when the root is ``display: none``).
    """
    for name, value in (("width", width), ("height", height)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"layout() {name} must be a number of CSS px, got {value!r}")
        if not 0 <= value < float("inf"):
            raise ValueError(f"layout() {name} must be finite and >= 0, got {value!r}")
    return call_deep(tree_depth(root), _layout, root, width, height, measurer)


def _layout(root, width, height, measurer):
    from .block import layout_root

    ctx = LayoutContext(measurer, (width, height))
    root_box = build_box_tree(root, ctx.viewport)
    if root_box is not None:
        layout_root(ctx, root_box)
    write_layout(root, root_box)
    return root_box


__all__ = ["LayoutContext", "TreeTooDeepError", "layout"]
