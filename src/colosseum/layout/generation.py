"""Box generation: CSS 2.1 §9.2, css-display-3 §2, css-flexbox-1 §4,
css-grid-1 §6, css-lists-3 §3, CSS 2.1 §17.2.1 (through :mod:`.tables`).

:func:`build_box_tree` turns a styled node tree into a box tree:

- ``display: none`` generates nothing, ``display: contents`` only its
  children's boxes (css-display-3 §2.5);
- every other element generates its principal box, of the class its
  display type calls for (:mod:`.boxes`);
- a block container holding both block-level and inline-level boxes wraps
  each run of inline-level boxes in an anonymous block box, and an inline
  box holding a block-level box is split around it (CSS 2.1 §9.2.1.1);
- text that white-space processing would collapse away generates no box
  where it would need an anonymous box of its own (§9.2.1.1, §9.2.2.1);
- flex and grid containers wrap each run of text in an anonymous item;
- list items get a marker box.

Nodes are a document's elements (which carry ``computed`` styles) or a
host's nodes, whose styles are computed here from their ``style``.
"""

from __future__ import annotations

from ..style import CSS, ComputedStyle, compute_style
from .boxes import (
    BlockBox,
    Box,
    FlexBox,
    GridBox,
    InlineBlockBox,
    InlineBox,
    LineBreakBox,
    MarkerBox,
    ReplacedBox,
    TextBox,
)
from .first_letter import apply_first_letter
from .tables import build_table, table_internal_box, wrap_table_internals

_ANONYMOUS_BLOCK = CSS(display="block")
_COLLAPSIBLE = frozenset({"normal", "nowrap"})
_DOCUMENT_WHITE_SPACE = " \t\n\r\f"
XHTML = "http://www.w3.org/1999/xhtml"


class BoxBuilder:
    """Generates the boxes of one tree for one viewport."""

    def __init__(self, viewport: tuple[float, float]):
        self.viewport = viewport
        self.root_style: ComputedStyle | None = None
        # (declarations, id(parent style)) -> (parent style, computed style)
        self.computed: dict = {}
        #: ids of the boxes made for ``::first-letter`` (:mod:`.first_letter`).
        self.first_letters: set[int] = set()

    # -- styles ---------------------------------------------------------------------

    def style_of(self, node, parent_style: ComputedStyle | None) -> ComputedStyle:
        """The node's computed style: a document's, or computed from a host
        node's declarations."""
        computed = getattr(node, "computed", None)
        if computed is None:
            computed = self.compute(getattr(node, "style", None), parent_style)
        return computed

    def anonymous_style(self, parent_style: ComputedStyle, declared: CSS = _ANONYMOUS_BLOCK):
        """CSS 2.1 §9.2.1.1: anonymous boxes inherit from their parent box;
        their other properties have their initial values."""
        return self.compute(declared, parent_style)

    def compute(self, declared, parent_style: ComputedStyle | None) -> ComputedStyle:
        """``compute_style`` of ``declared`` under ``parent_style``, computed
        once per tree for the same declarations under the same parent style:
        siblings styled alike (a GUI's rows of buttons) share one computed
        style, and so do their children."""
        key = _declarations_key(declared, parent_style)
        if key is not None:
            entry = self.computed.get(key)
            if entry is not None and entry[0] is parent_style:
                return entry[1]
        computed = compute_style(
            declared, parent_style, root=self.root_style, viewport=self.viewport
        )
        if key is not None:
            self.computed[key] = (parent_style, computed)
        return computed

    # -- generation ---------------------------------------------------------------------

    def build(self, root) -> Box | None:
        """The root element's principal box (None for ``display: none``)."""
        style = self.style_of(root, None)
        self.root_style = style
        boxes: list[Box] = []
        self.add_boxes(root, style, boxes)
        return boxes[0] if boxes else None

    def add_boxes(self, node, style: ComputedStyle, out: list[Box]) -> None:
        """Append the boxes a node generates to its parent's child list ``out``."""
        text = getattr(node, "text", None)
        if isinstance(text, str) and not node.children:
            if text:
                out.append(TextBox(node, style, text))
            return
        display = style["display"]
        inner = display.inner
        if inner == "none":
            return
        if inner == "contents":
            if not _unboxes_to_none(node):
                out.extend(self.child_boxes(node, style))
            return
        if getattr(node, "replaced", False) or getattr(node, "measure", None) is not None:
            out.append(self.replaced_box(node, style))
            return
        if _is_html(node, "br"):
            out.append(LineBreakBox(node, style))
            return
        children = self.child_boxes(node, style)
        if display.list_item:
            marker = self.marker_box(node, style)
            if marker is not None:
                children.insert(0, marker)
        box = self.element_box(node, style, display, children)
        pseudo = getattr(node, "pseudo_declarations", None)
        if pseudo and "first-letter" in pseudo:
            apply_first_letter(self, box, pseudo["first-letter"])
        out.append(box)

    def element_box(self, node, style: ComputedStyle, display, children: list[Box]) -> Box:
        """The principal box of an element of ``display`` (not none,
        contents, replaced or a line break) holding ``children``."""
        inner = display.inner
        if inner == "flex":
            return FlexBox(node, style, self.item_children(style, children))
        if inner == "table":
            return build_table(self, node, style, children)
        if inner == "grid":
            return GridBox(node, style, self.item_children(style, children))
        if display.is_internal:
            # A table part; one outside a table is wrapped in anonymous table
            # boxes by its parent's fix-up (CSS 2.1 §17.2.1).
            return table_internal_box(self, node, style, children)
        if display.outer == "inline" and inner in ("flow", "ruby"):
            return InlineBox(node, style, children)
        if display.outer == "inline":
            return InlineBlockBox(node, style, self.block_children(style, children))
        return BlockBox(node, style, self.block_children(style, children))

    def child_boxes(self, node, style: ComputedStyle) -> list[Box]:
        boxes: list[Box] = []
        for child in node.children:
            self.add_boxes(child, self.style_of(child, style), boxes)
        return wrap_table_internals(self, style, boxes) if boxes else boxes

    def replaced_box(self, node, style) -> ReplacedBox:
        return ReplacedBox(
            node,
            style,
            width=getattr(node, "intrinsic_width", None),
            height=getattr(node, "intrinsic_height", None),
            ratio=getattr(node, "intrinsic_ratio", None),
            measure=getattr(node, "measure", None),
        )

    # -- fix-ups ------------------------------------------------------------------------

    def block_children(self, style: ComputedStyle, children: list[Box]) -> list[Box]:
        """CSS 2.1 §9.2.1.1: a block container holds only block-level boxes
        or only inline-level boxes. Inline boxes are split around the
        block-level boxes they contain; runs of inline-level boxes among
        block-level ones are wrapped in anonymous block boxes."""
        if not children:
            return children
        children = _split_inlines(children)
        if not any(_is_in_flow_block(child) for child in children):
            return children
        result: list[Box] = []
        run: list[Box] = []
        for child in (*children, None):
            if child is None or _is_in_flow_block(child):
                if run:
                    result.extend(self._wrap_run(style, run))
                    run = []
                if child is not None:
                    result.append(child)
            else:
                run.append(child)
        return result

    def _wrap_run(self, style, run: list[Box]) -> list[Box]:
        """An anonymous block box around a run of inline-level content, or
        the run's out-of-flow boxes alone when its text would collapse away."""
        if all(
            not box.is_in_flow or is_collapsible_space(box) or _is_outside_marker(box)
            for box in run
        ):
            return [box for box in run if not isinstance(box, TextBox)]
        return [BlockBox(None, self.anonymous_style(style), run)]

    def item_children(self, style: ComputedStyle, children: list[Box]) -> list[Box]:
        """css-flexbox-1 §4 / css-grid-1 §6.1: each in-flow child is an item;
        each run of text is wrapped in an anonymous block item, unless it is
        only white space."""
        result: list[Box] = []
        run: list[Box] = []
        for child in (*children, None):
            if isinstance(child, TextBox):
                run.append(child)
                continue
            if run:
                if not all(_is_white_space_text(box) for box in run):
                    result.append(BlockBox(None, self.anonymous_style(style), run))
                run = []
            if child is not None:
                result.append(child)
        return result

    def marker_box(self, node, style: ComputedStyle) -> MarkerBox | None:
        """css-lists-3 §3: the ``::marker`` of a list item, with the text of
        ``list-style-type`` for the item's counter value, or the item's
        ``marker_image`` (its loaded ``list-style-image``) when it has one."""
        from ..html.counter_styles import marker_text

        kind = style["list-style-type"]
        marker_style = self.anonymous_style(style, _MARKER)
        value = getattr(node, "list_item_value", None)
        if value is None:
            value = _host_list_item_value(node)
        image = getattr(node, "marker_image", None)  # a loaded list-style-image
        if image is not None:
            children = [self.replaced_box(image, marker_style)]
        elif kind == "none":
            return None
        else:
            # A <string> type is used as it is; a counter style formats the value.
            text = kind.value if hasattr(kind, "value") else marker_text(value, str(kind))
            children = [TextBox(None, marker_style, text)]
        outside = style["list-style-position"] == "outside"
        return MarkerBox(None, marker_style, children, outside)


_MARKER = CSS(display="inline", white_space="pre")


def _host_list_item_value(node) -> int:
    """A host tree's list items count from 1 among their list-item siblings."""
    parent = getattr(node, "parent", None)
    if parent is None:
        return 1
    count = 0
    for sibling in parent.children:
        if sibling is node:
            return count + 1
        computed = getattr(sibling, "computed", None)
        if computed is None:  # a host node: its declared display
            style = getattr(sibling, "style", None)
            display = style["display"] if style is not None else None
        else:
            display = computed["display"]
        if getattr(display, "list_item", False):
            count += 1
    return count + 1


def _is_html(node, tag: str) -> bool:
    return getattr(node, "tag", None) == tag and getattr(node, "namespace", XHTML) == XHTML


# css-display-3 Appendix B: on these HTML elements ``display: contents``
# computes to ``display: none`` (§2.5: replaced elements, and elements whose
# rendering is not entirely controlled by CSS).
_UNBOX_AS_NONE = frozenset(
    "br wbr meter progress canvas embed object audio iframe img video frame frameset "
    "input textarea select".split()
)


def _unboxes_to_none(node) -> bool:
    """css-display-3 §2.5: ``display: contents`` acts as ``none`` on replaced
    elements (and host nodes sized by ``measure``) and on the HTML elements
    of Appendix B."""
    if getattr(node, "replaced", False) or getattr(node, "measure", None) is not None:
        return True
    tag = getattr(node, "tag", None)
    return tag in _UNBOX_AS_NONE and _is_html(node, tag)


def _is_outside_marker(box: Box) -> bool:
    """An ``outside`` marker sits beside the list item's first line box
    wherever that is (css-lists-3 §3), so like an out-of-flow box it does
    not need an anonymous block of its own among block-level siblings."""
    return type(box) is MarkerBox and box.outside


def _is_white_space_text(box: Box) -> bool:
    """css-flexbox-1 §4, css-grid-1 §6.1: a text run of document white space
    only, whatever ``white-space`` says (a forced break is not white space)."""
    return type(box) is TextBox and not box.text.strip(_DOCUMENT_WHITE_SPACE)


def _is_in_flow_block(box: Box) -> bool:
    return box.is_in_flow and box.is_block_level and not isinstance(box, TextBox)


def is_collapsible_space(box: Box) -> bool:
    """A text box whose text is only white space that ``white-space`` collapses
    away (CSS 2.1 §16.6.1: collapsible spaces and, except for ``pre-line``,
    segment breaks)."""
    if type(box) is not TextBox:
        return False
    mode = box.style["white-space"]
    if mode in _COLLAPSIBLE:
        return not box.text.strip(_DOCUMENT_WHITE_SPACE)
    if mode == "pre-line":
        return not box.text.strip(" \t")
    return False


def _split_inlines(children: list[Box]) -> list[Box]:
    """CSS 2.1 §9.2.1.1: an inline box containing an in-flow block-level box
    is broken around it (and around consecutive block-level siblings), into
    parts on each side, even empty ones; the blocks become siblings of the
    parts. Returns ``children`` itself when nothing is split; each inline box
    is visited once, so the cost is linear in the number of boxes."""
    result = None
    for index, child in enumerate(children):
        parts = _split_inline(child) if type(child) is InlineBox else None
        if parts is not None:
            if result is None:
                result = children[:index]
            result.extend(parts)
        elif result is not None:
            result.append(child)
    return children if result is None else result


def _split_inline(box: InlineBox) -> list[Box] | None:
    """The parts of ``box`` and the block-level boxes between them, or None
    when no in-flow block-level box is inside it (its nested inline boxes,
    already split, bring theirs up among its children)."""
    children = _split_inlines(box.children)
    if not any(_is_in_flow_block(child) for child in children):
        return None
    segments: list[tuple[str, object]] = []  # ("inline", [boxes]) or ("block", box)
    current: list[Box] = []
    for child in children:
        if _is_in_flow_block(child):
            if segments and segments[-1][0] == "block" and _only_skippable(current):
                # Consecutive blocks stay together; out-of-flow boxes between
                # them stay too, collapsible white space goes.
                segments.extend(("block", extra) for extra in current if not extra.is_in_flow)
                current = []
            else:
                segments.append(("inline", current))
                current = []
            segments.append(("block", child))
        else:
            current.append(child)
    segments.append(("inline", current))
    parts = []
    inline_parts = [index for index, (kind, _) in enumerate(segments) if kind == "inline"]
    for index, (kind, content) in enumerate(segments):
        if kind == "block":
            parts.append(content)
            continue
        part = box.copy_with(list(content))
        part.is_first = box.is_first and index == inline_parts[0]
        part.is_last = box.is_last and index == inline_parts[-1]
        parts.append(part)
    return parts


def _only_skippable(boxes: list[Box]) -> bool:
    """Boxes between two block-level boxes that do not separate them: only
    collapsible white space and out-of-flow boxes (CSS 2.1 §9.2.1.1)."""
    return all(is_collapsible_space(b) or not b.is_in_flow for b in boxes)


def _declarations_key(declared, parent_style):
    """A hashable key for a :class:`CSS` (or None) under a parent style, or
    None when there is none."""
    if declared is None:
        return (id(parent_style), ())
    if not isinstance(declared, CSS):
        return None
    content = declared.content_key()
    return None if content is None else (id(parent_style), content)


def build_box_tree(root, viewport: tuple[float, float] = (800.0, 600.0)) -> Box | None:
    """The box tree of a styled node tree (a document's root element, or a
    host's root node) for a viewport of the given size."""
    return BoxBuilder((float(viewport[0]), float(viewport[1]))).build(root)
