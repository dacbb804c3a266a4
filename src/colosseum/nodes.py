"""The node tree that Colosseum lays out.

The node protocol
-----------------

The layout engine does not need this module's classes: it lays out any tree of
host objects (a GUI toolkit's widgets, a document's elements) in which every
node has

- ``style``: the node's :class:`~colosseum.style.CSS` declarations;
- ``children``: a sequence of child nodes in document order (empty for a leaf);
- optionally ``measure(available_width, available_height) -> (width, height)``:
  a callable for content the host sizes itself, such as a button's label or an
  image. The arguments and the result are CSS px. A node without the
  attribute, or whose ``measure`` is None, is sized by CSS alone.

The engine writes its result to each node's ``layout`` attribute: a
:class:`~colosseum.geometry.BoxGeometry` for a node that generates a box.
:class:`NodeProtocol` states this for type checkers and for ``isinstance``.

Node and Text
-------------

:class:`Node` and :class:`Text` are the ready-made implementation of the
protocol. They keep parent links and keep the tree a tree: adding a node that
already has a parent moves it (as the DOM's ``appendChild`` does), and a change
that would make a node its own ancestor raises ValueError. Tree operations are
iterative, so very deep trees do not hit Python's recursion limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from .geometry import BoxGeometry
from .style import CSS

__all__ = ["Measure", "Node", "NodeProtocol", "Text"]

#: The type of a ``measure`` callable: ``(available_width, available_height)``
#: in CSS px to the content's ``(width, height)`` in CSS px.
Measure = Callable[[float, float], tuple[float, float]]


@runtime_checkable
class NodeProtocol(Protocol):
    """What the layout engine needs from a host node.

    A host node has ``style`` and ``children``. It may also have ``measure``
    (see :data:`Measure`), which is left out of this protocol because it is
    optional. The engine sets ``node.layout`` (a
    :class:`~colosseum.geometry.BoxGeometry`) when it lays the tree out; the
    host does not need to define it beforehand.

    ``isinstance(obj, NodeProtocol)`` checks only that the attributes exist.
    """

    @property
    def style(self) -> CSS: ...

    @property
    def children(self) -> Sequence[NodeProtocol]: ...


def _as_style(value: object) -> CSS:
    """Turn a ``style`` argument into a CSS object.

    Accepts None (an empty CSS), a CSS instance (used as is, not copied), a
    mapping of property names to values, or a string of declarations.
    """
    if value is None:
        return CSS()
    if isinstance(value, CSS):
        return value
    if isinstance(value, str):
        return CSS.from_string(value)
    if isinstance(value, Mapping):
        for name in value:
            if not isinstance(name, str):
                raise ValueError(f"style property names must be strings, got {name!r}")
        return CSS(**value)
    raise ValueError(
        f"style must be a CSS object, a dict of properties or a string of declarations, "
        f"got {value!r} of type {type(value).__name__}"
    )


class Node:
    """A node in a tree to be laid out.

    ``Node(style=None, children=(), measure=None)``

    - ``style``: a :class:`~colosseum.style.CSS`, a dict of properties
      (``{"flex_grow": 1}``, passed to ``CSS(**style)``) or a string of
      declarations (``"width: 10px; flex-grow: 1"``, passed to
      ``CSS.from_string``). None gives an empty ``CSS()``. Assigning
      ``node.style`` later accepts the same forms.
    - ``children``: an iterable of nodes, appended in order.
    - ``measure``: an optional callable sizing content the host draws itself;
      see the module documentation.

    ``node.layout`` is None until ``colosseum.layout()`` lays out the tree and
    writes the node's :class:`~colosseum.geometry.BoxGeometry` there.
    """

    #: Whether nodes of this class may have children.
    _accepts_children = True

    def __init__(
        self,
        style: CSS | Mapping[str, Any] | str | None = None,
        children: Iterable[Node] = (),
        measure: Measure | None = None,
    ) -> None:
        self._parent: Node | None = None
        self._children: list[Node] = []
        self._children_tuple: tuple[Node, ...] | None = ()
        self.style = style
        if measure is not None and not callable(measure):
            raise ValueError(
                f"measure must be a callable (available_width, available_height) -> "
                f"(width, height), got {measure!r}"
            )
        self.measure: Measure | None = measure
        #: The node's geometry, written by ``colosseum.layout()``; None before.
        self.layout: BoxGeometry | None = None
        if isinstance(children, Node | str):
            raise ValueError(
                f"children must be an iterable of nodes, got {children!r}; "
                "wrap a single child in a list"
            )
        try:
            initial = list(children)
        except TypeError:
            raise ValueError(f"children must be an iterable of nodes, got {children!r}") from None
        for child in initial:
            self.append(child)

    # -- style -----------------------------------------------------------------

    @property
    def style(self) -> CSS:
        """The node's CSS declarations."""
        return self._style

    @style.setter
    def style(self, value: CSS | Mapping[str, Any] | str | None) -> None:
        self._style = _as_style(value)

    # -- tree structure --------------------------------------------------------

    @property
    def parent(self) -> Node | None:
        """The node this one is a child of, or None for a root."""
        return self._parent

    @property
    def children(self) -> tuple[Node, ...]:
        """The child nodes in order, as a tuple (change them with the methods)."""
        if self._children_tuple is None:
            self._children_tuple = tuple(self._children)
        return self._children_tuple

    def append(self, child: Node) -> None:
        """Add ``child`` as the last child, detaching it from any previous parent."""
        self._check_adoptable(child)
        child._detach()
        self._children.append(child)
        self._children_tuple = None
        child._parent = self

    def insert(self, index: int, child: Node) -> None:
        """Add ``child`` before position ``index``, like ``list.insert``.

        The child is first detached from its previous parent; when that parent
        is this node, ``index`` counts positions after the removal.
        """
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValueError(f"insert index must be an integer, got {index!r}")
        self._check_adoptable(child)
        child._detach()
        self._children.insert(index, child)
        self._children_tuple = None
        child._parent = self

    def remove(self, child: Node) -> None:
        """Detach ``child`` from this node; it becomes the root of its own tree."""
        if not isinstance(child, Node) or child._parent is not self:
            raise ValueError(f"cannot remove {child!r}: it is not a child of {self!r}")
        child._detach()

    def walk(self) -> Iterator[Node]:
        """Yield this node and all its descendants in pre-order (document order).

        The walk uses an explicit stack, so tree depth is not limited by
        Python's recursion limit. A node's children are read when the walk
        resumes after yielding that node.
        """
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node._children))

    def _check_adoptable(self, child: object) -> None:
        """Raise ValueError unless ``child`` can become a child of this node."""
        if not isinstance(child, Node):
            raise ValueError(
                f"cannot add {child!r} to {self!r}: children must be Node or Text objects"
            )
        if not self._accepts_children:
            raise ValueError(
                f"cannot add {child!r} to {self!r}: {type(self).__name__} nodes have no children"
            )
        if child is self:
            raise ValueError(f"cannot add {self!r} as a child of itself")
        # Only a node with children can be an ancestor of this one.
        if child._children:
            ancestor = self._parent
            while ancestor is not None:
                if ancestor is child:
                    raise ValueError(
                        f"cannot add {child!r} to {self!r}: it is an ancestor of that node, "
                        "and a node cannot be its own descendant"
                    )
                ancestor = ancestor._parent

    def _detach(self) -> None:
        """Remove this node from its parent's children, if it has a parent."""
        parent = self._parent
        if parent is None:
            return
        siblings = parent._children
        for position, sibling in enumerate(siblings):
            if sibling is self:
                del siblings[position]
                break
        parent._children_tuple = None
        self._parent = None

    def __repr__(self) -> str:
        parts = [f"style={self._style!r}"]
        if self._children:
            count = len(self._children)
            parts.append(f"{count} child" if count == 1 else f"{count} children")
        if self.measure is not None:
            parts.append(f"measure={self.measure!r}")
        return f"<{type(self).__name__} {' '.join(parts)}>"


class Text(Node):
    """A run of text: a leaf node, sized by the engine's text measurement.

    ``Text(text, style=None)``; ``style`` accepts the same forms as for
    :class:`Node`. ``text`` can be reassigned. A Text has no children: adding
    one raises ValueError.
    """

    _accepts_children = False

    def __init__(self, text: str, style: CSS | Mapping[str, Any] | str | None = None) -> None:
        super().__init__(style=style)
        self.text = text

    @property
    def text(self) -> str:
        """The text content."""
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        if not isinstance(value, str):
            raise ValueError(f"Text content must be a str, got {value!r}")
        self._text = value

    def __repr__(self) -> str:
        shown = self._text if len(self._text) <= 40 else self._text[:39] + "\u2026"
        return f"<Text {shown!r} style={self._style!r}>"
