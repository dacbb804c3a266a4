"""Collapsing margins: CSS 2.1 §8.3.1.

Block layout walks the in-flow block-level boxes of one block formatting
context in tree order with a :class:`Flow`: the position of the last edge
that no margin can pass (``base``: a border, a padding, a line box, the top
of a formatting context root...) and the adjoining margins met since then
(the "margin strut": the largest positive and the most negative margin,
whose sum is the collapsed margin).

While margins are still adjoining, the boxes whose position depends on the
final collapsed margin wait in ``pending``:

- a block whose top margin collapses with its first child's (no top border
  or padding) does not know its top border edge until some content below it
  separates the margins ("resolution"), or it ends up collapsed through;
- a float met while margins are pending is placed, like Chromium does, at
  the position of the next box's top border edge (the margins above it
  collapse first);
- a box collapsed through (§8.3.1 "collapse through") takes the top border
  edge of its parent when its margins collapse with its parent's top margin,
  else the position it would have with a non-zero bottom border.

Resolution consumes the strut: every pending box is told the position (see
:meth:`Flow.resolve`) and the strut starts again, empty, below it.
"""

from __future__ import annotations

from .lines import translate


class Flow:
    """The block-direction cursor of one block formatting context.

    - ``floats``: the context's :class:`~colosseum.layout.floats.FloatContext`;
    - ``base``: the y of the last edge margins cannot collapse through;
    - ``positive`` / ``negative``: the largest positive and the smallest
      negative adjoining margin below ``base`` (§8.3.1: "the maximum of the
      absolute values of the negative adjoining margins is deducted from the
      maximum of the positive adjoining margins");
    - ``pending``: :class:`PendingBlock` / :class:`PendingFloat` waiting for
      the collapsed margin to be known, in tree order;
    - ``floor``: see :meth:`__init__`.
    """

    __slots__ = ("base", "floats", "floor", "forced", "negative", "pending", "positive")

    def __init__(self, floats, base: float):
        self.floats = floats
        self.base = base
        self.positive = 0.0
        self.negative = 0.0
        self.pending: list = []
        # The top border edge of the last box collapsed through since one
        # with clearance (§8.3.1: their margins do not collapse with the
        # parent's bottom margin, whose content reaches down to it).
        self.floor: float | None = None
        # Set by clearance (§9.5.2): where the next border edge goes, whatever
        # margins adjoin the cleared box's top margin (as in Chromium).
        self.forced: float | None = None

    # -- the margin strut --------------------------------------------------------

    def add_margin(self, margin: float) -> None:
        """Collapse ``margin`` into the adjoining margins."""
        if margin > self.positive:
            self.positive = margin
        elif margin < self.negative:
            self.negative = margin

    @property
    def collapsed(self) -> float:
        """CSS 2.1 §8.3.1: the width of the collapsed margin so far."""
        return self.positive + self.negative

    def position(self) -> float:
        """Where a border edge placed now would go: below ``base`` and the
        margins collapsed so far."""
        if self.forced is not None:
            return self.forced
        return self.base + self.positive + self.negative

    def strut(self) -> tuple[float, float]:
        return self.positive, self.negative

    def restart(self, base: float, margin: float = 0.0) -> None:
        """A hard edge at ``base`` (a box's bottom border edge), followed by
        ``margin`` (its bottom margin)."""
        self.base = base
        self.floor = self.forced = None
        self.positive = margin if margin > 0 else 0.0
        self.negative = margin if margin < 0 else 0.0

    # -- resolution --------------------------------------------------------------

    def resolve(self) -> float:
        """The adjoining margins end here: settle every pending box at the
        collapsed position, which becomes the new ``base``. Returns it."""
        y = self.position()
        self.settle(0, y)
        self.restart(y)
        return y

    def settle(self, mark: int, y: float) -> None:
        """Settle the pending items from index ``mark`` on at ``y`` (without
        touching the strut: margins may go on collapsing through them)."""
        if len(self.pending) <= mark:
            return
        items = self.pending[mark:]
        del self.pending[mark:]
        for item in items:
            item.settle(self, y)


class PendingBlock:
    """An in-flow block whose top border edge waits for its collapsed top
    margin (CSS 2.1 §8.3.1); ``y`` is None until then."""

    __slots__ = ("box", "y")

    def __init__(self, box):
        self.box = box
        self.y = None

    def settle(self, flow: Flow, y: float) -> None:
        self.y = y
        box = self.box
        dy = y - box.margin_top - box.y
        if box.lines is not None:
            # Inline content laid out with no line boxes: its empty inline
            # boxes and out-of-flow boxes move along.
            translate(box, 0.0, dy)
        else:
            box.y += dy


class PendingFloat:
    """A float laid out (its margin box anywhere), to be placed by the
    rules of CSS 2.1 §9.5.1 no higher than the collapsed position."""

    __slots__ = ("box", "left", "right")

    def __init__(self, box, left: float, right: float):
        self.box = box
        self.left = left
        self.right = right

    def settle(self, flow: Flow, y: float) -> None:
        flow.floats.place(self.box, y, self.left, self.right)


class PendingStatic:
    """An absolutely positioned box whose static position (CSS 2.1 §10.6.4)
    is where the next in-flow box's top border edge goes; ``line``: the
    containing block's (left, right) content edges when the box, inline-level
    before it was blockified, would start a line there (its static position
    is then the start of the space the floats leave, §9.5), else None (the
    left edge)."""

    __slots__ = ("box", "line")

    def __init__(self, box, line=None):
        self.box = box
        self.line = line

    def settle(self, flow: Flow, y: float) -> None:
        self.box.y = y
        if self.line is not None:
            self.box.x, _ = flow.floats.band(y, 0.0, *self.line)


def collapse(margins) -> float:
    """CSS 2.1 §8.3.1: the collapsed width of adjoining ``margins``."""
    positive = max((m for m in margins if m > 0), default=0.0)
    negative = min((m for m in margins if m < 0), default=0.0)
    return positive + negative
