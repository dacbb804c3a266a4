"""The state of one layout run, passed to every layout function.

No global state: a :class:`LayoutContext` holds the text measurer, the
viewport (the initial containing block, CSS 2.1 §10.1), caches of
intrinsic sizes, and the absolutely positioned boxes waiting for their
containing block to be laid out.
"""

from __future__ import annotations

from ..text.metrics import TextMeasurer, default_measurer


class LayoutContext:
    """One layout run.

    - ``measurer``: the :class:`~colosseum.text.metrics.TextMeasurer`;
    - ``viewport``: (width, height) of the initial containing block;
    - ``intrinsic``: a cache, box -> (min-content, max-content) widths;
    - ``contributions``: a cache, box -> its (min-content, max-content)
      contributions to its parent's (:mod:`.intrinsic`);
    - ``absolute_layers``: a stack of lists, one per box being laid out that
      is a containing block for absolutely positioned descendants
      (CSS 2.1 §10.1 items 3-4); the bottom list belongs to the initial
      containing block. :mod:`.position` pushes, fills and drains it;
    - ``absolutes_done``: the absolutely positioned boxes laid out so far;
    - ``text_widths``: the width cache of text runs, per (font, text), so
      that a word is measured once per run (:mod:`.inline`);
    - ``percentage_heights``: box -> whether a box below it has a percentage
      height, min-height or max-height (:mod:`.flex_items`);
    - ``measured``: (box, available width, available height) -> the size the
      box's host ``measure`` callback gave (see :meth:`measure`);
    - ``tables``: table box -> its grid, and table wrapper box -> the width
      of its containing block (:mod:`.table_layout`).
    """

    def __init__(self, measurer: TextMeasurer | None = None, viewport=(800.0, 600.0)):
        self.measurer = measurer if measurer is not None else default_measurer()
        self.viewport = (float(viewport[0]), float(viewport[1]))
        self.intrinsic: dict = {}
        self.contributions: dict = {}
        self.absolute_layers: list[list] = [[]]
        self.fixed: list = []
        self.absolutes_done: set = set()
        self.text_widths = None
        self.percentage_heights: dict = {}
        self.measured: dict = {}
        self.tables: dict = {}

    def measure(self, box, available_width: float, available_height: float):
        """``box.measure(available_width, available_height)``, the host's
        ``(width, height)`` for a leaf it sizes itself, asked once per box
        and constraints in a layout run: flex layout asks the same question
        when it sizes an item for its container and again when it lays the
        item out, at every level of nested containers."""
        key = (box, available_width, available_height)
        size = self.measured.get(key)
        if size is None:
            size = tuple(box.measure(available_width, available_height))
            self.measured[key] = size
        return size
