"""Grid properties: css-grid-1 §7 (defining the grid), §8 (placing grid
items) and css-grid-2 §7.2/§9 (``subgrid``).

The value types here are what grid layout reads:

- ``grid-template-rows``/``-columns``: ``"none"``, a :class:`TrackList` (its
  ``items`` are :class:`LineNames`, track sizes and :class:`Repeat`, as
  written; :meth:`TrackList.expand` gives the lines and tracks with the
  repetitions unrolled) or a :class:`Subgrid`;
- a track size is a breadth (a length, percentage, math function,
  :class:`~colosseum.style.values.Flex`, ``"min-content"``,
  ``"max-content"`` or ``"auto"``), a :class:`MinMax` or a
  :class:`FitContent`; :func:`sizing_functions` gives its min and max track
  sizing functions (css-grid-1 §7.2.1, §11.1);
- ``grid-template-areas``: ``"none"`` or :class:`TemplateAreas`, with the
  cells of each row and the rectangle of each named area;
- ``grid-auto-rows``/``-columns``: a ``SpaceList`` of track sizes;
- ``grid-auto-flow``: :class:`GridAutoFlow` (``direction``, ``dense``);
- ``grid-row-start`` and the other placement properties: :class:`GridLine`.

Every value prints as CSS text that parses back (through the same property)
to an equal value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from .grammar import (
    ANY_ORDER,
    AllOrder,
    AnyOrder,
    CustomIdent,
    FlexType,
    Function,
    Grammar,
    IntegerType,
    Keywords,
    Literal,
    Map,
    Named,
    NoMatch,
    Optional,
    Sequence,
    StringType,
    length_percentage,
    strip_tokens,
)
from .grammar import Repeat as Repeated
from .registry import PROPERTIES, longhand, ref, shorthand
from .shorthands import common_wide_keyword
from .values import Flex, SpaceList, serialize_identifier, serialize_string

# Tracks produced by expanding a track list are capped (css-grid-1 §5.4
# "Clamping Overlarge Grids" lets a UA limit the grid's size).
MAX_TRACKS = 10_000

# -- value types ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineNames:
    """``[ name* ]``: the names given to one grid line (css-grid-1 §7.2.2)."""

    names: tuple[str, ...] = ()

    def __str__(self) -> str:
        return "[" + " ".join(serialize_identifier(name) for name in self.names) + "]"


@dataclass(frozen=True, slots=True)
class MinMax:
    """``minmax(min, max)``: a track's min and max sizing functions."""

    minimum: object
    maximum: object

    def __str__(self) -> str:
        return f"minmax({self.minimum}, {self.maximum})"


@dataclass(frozen=True, slots=True)
class FitContent:
    """``fit-content(limit)`` as a track size: ``max(auto, min(limit,
    max-content))`` (css-grid-1 §7.2.1)."""

    limit: object

    def __str__(self) -> str:
        return f"fit-content({self.limit})"


@dataclass(frozen=True, slots=True)
class Repeat:
    """``repeat(count, items)`` (css-grid-1 §7.2.3, css-grid-2 §7.2.3).

    ``count`` is a positive ``int``, ``"auto-fill"`` or ``"auto-fit"``;
    ``items`` alternates :class:`LineNames` and track sizes as written (only
    :class:`LineNames` in a subgrid's ``<name-repeat>``).
    """

    count: int | str
    items: tuple

    def __str__(self) -> str:
        return f"repeat({self.count}, {' '.join(str(item) for item in self.items)})"

    @property
    def automatic(self) -> bool:
        return isinstance(self.count, str)

    @property
    def sizes(self) -> tuple:
        """The track sizes of one repetition."""
        return tuple(item for item in self.items if not isinstance(item, LineNames))


class Tracks(NamedTuple):
    """A track list with its repetitions unrolled (:meth:`TrackList.expand`).

    ``line_names[i]`` are the names of line ``i + 1`` (so there is one more
    entry than ``sizes``); ``auto_repeat`` are the indexes in ``sizes`` of
    the tracks the ``auto-fill``/``auto-fit`` repetition made, and
    ``auto_fit`` says whether empty ones collapse (css-grid-1 §7.2.3.2).
    """

    line_names: tuple[tuple[str, ...], ...]
    sizes: tuple
    auto_repeat: range
    auto_fit: bool


@dataclass(frozen=True, slots=True)
class TrackList:
    """A ``<track-list>``, ``<auto-track-list>`` or ``<explicit-track-list>``
    (css-grid-1 §7.2): ``items`` are :class:`LineNames`, track sizes and
    :class:`Repeat` in the order written."""

    items: tuple

    def __str__(self) -> str:
        return " ".join(str(item) for item in self.items)

    @property
    def auto_repeat(self) -> Repeat | None:
        """The ``auto-fill``/``auto-fit`` repetition, if any."""
        for item in self.items:
            if isinstance(item, Repeat) and item.automatic:
                return item
        return None

    @property
    def has_repeat(self) -> bool:
        return any(isinstance(item, Repeat) for item in self.items)

    def expand(self, auto_repetitions: int = 1, limit: int = MAX_TRACKS) -> Tracks:
        """The lines and tracks, with ``repeat()`` unrolled; the automatic
        repetition is repeated ``auto_repetitions`` times (layout computes
        it, css-grid-1 §7.2.3.2). Adjacent line names merge (§7.2.3.1).
        At most ``limit`` tracks are produced."""
        lines: list[list[str]] = [[]]
        sizes: list = []

        def add(items):
            for item in items:
                if isinstance(item, LineNames):
                    lines[-1].extend(item.names)
                elif len(sizes) < limit:
                    sizes.append(item)
                    lines.append([])

        auto = range(0)
        auto_fit = False
        for item in self.items:
            if isinstance(item, Repeat):
                count = auto_repetitions if item.automatic else item.count
                start = len(sizes)
                for _ in range(count):
                    if len(sizes) >= limit:
                        break
                    add(item.items)
                if item.automatic:
                    auto = range(start, len(sizes))
                    auto_fit = item.count == "auto-fit"
            else:
                add((item,))
        names = tuple(tuple(dict.fromkeys(line)) for line in lines)
        return Tracks(names, tuple(sizes), auto, auto_fit)


@dataclass(frozen=True, slots=True)
class Subgrid:
    """``subgrid <line-name-list>?`` (css-grid-2 §7.2, §9): ``line_names``
    are :class:`LineNames` and name repetitions (:class:`Repeat` whose count
    is an ``int`` or ``"auto-fill"``)."""

    line_names: tuple = ()

    def __str__(self) -> str:
        return " ".join(("subgrid", *(str(item) for item in self.line_names)))

    def expand(self, line_count: int) -> tuple[tuple[str, ...], ...]:
        """The names of the subgrid's ``line_count`` lines, one entry per
        line from line 1: excess names are ignored, the ``auto-fill``
        repetition repeats to fill the span (css-grid-2 §7.2.3.2)."""
        fixed = 0
        auto = None
        for item in self.line_names:
            if isinstance(item, Repeat):
                if item.automatic:
                    auto = item
                else:
                    fixed += item.count * len(item.items)
            else:
                fixed += 1
        auto_count = 0
        if auto is not None and line_count > fixed:
            auto_count = (line_count - fixed) // len(auto.items)
        result: list[tuple[str, ...]] = []
        for item in self.line_names:
            if isinstance(item, Repeat):
                count = auto_count if item.automatic else item.count
                for _ in range(count):
                    if len(result) >= line_count:
                        break
                    result.extend(names.names for names in item.items)
            else:
                result.append(item.names)
            if len(result) >= line_count:
                break
        result = result[:line_count]
        result.extend(() for _ in range(line_count - len(result)))
        return tuple(result)


def _area_cells(text: str) -> tuple[str | None, ...]:
    """The cell tokens of one ``grid-template-areas`` string (css-grid-1
    §7.3): a name, or None for a null cell token; trash raises ValueError."""
    cells: list[str | None] = []
    index = 0
    while index < len(text):
        char = text[index]
        end = index + 1
        if char in " \t\n":
            while end < len(text) and text[end] in " \t\n":
                end += 1
        elif char == ".":
            while end < len(text) and text[end] == ".":
                end += 1
            cells.append(None)
        elif _is_name_code_point(char):
            while end < len(text) and _is_name_code_point(text[end]):
                end += 1
            cells.append(text[index:end])
        else:
            raise ValueError(f"{text!r} has a trash token at {index}")
        index = end
    return tuple(cells)


def _is_name_code_point(char: str) -> bool:
    return (
        ("a" <= char <= "z")
        or ("A" <= char <= "Z")
        or ("0" <= char <= "9")
        or (char in "-_" or ord(char) >= 0x80)
    )


@dataclass(frozen=True, slots=True)
class TemplateAreas:
    """``grid-template-areas`` strings (css-grid-1 §7.3).

    ``rows`` holds each row's cells: an area name, or None for a null cell.
    ``areas`` maps each area name to its rectangle as grid line numbers
    ``(row_start, row_end, column_start, column_end)``, 1-based as in the
    placement properties (a 1x1 area in the first cell is ``(1, 2, 1, 2)``),
    in order of first appearance. Building one with cells that do not form
    rectangles, or rows of different lengths, raises ValueError.
    """

    rows: tuple[tuple[str | None, ...], ...]
    areas: MappingProxyType = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        rows = tuple(tuple(row) for row in self.rows)
        object.__setattr__(self, "rows", rows)
        if not rows or not rows[0]:
            raise ValueError("grid-template-areas needs at least one cell")
        if any(len(row) != len(rows[0]) for row in rows):
            raise ValueError("grid-template-areas rows have different numbers of cells")
        bounds: dict[str, list[int]] = {}
        counts: dict[str, int] = {}
        for y, row in enumerate(rows):
            for x, name in enumerate(row):
                if name is None:
                    continue
                if name not in bounds:
                    bounds[name] = [y, y, x, x]
                    counts[name] = 0
                box = bounds[name]
                box[0], box[1] = min(box[0], y), max(box[1], y)
                box[2], box[3] = min(box[2], x), max(box[3], x)
                counts[name] += 1
        areas = {}
        for name, (top, bottom, left, right) in bounds.items():
            if counts[name] != (bottom - top + 1) * (right - left + 1):
                raise ValueError(f"grid area {name!r} is not a rectangle")
            areas[name] = (top + 1, bottom + 2, left + 1, right + 2)
        object.__setattr__(self, "areas", MappingProxyType(areas))

    def __reduce__(self):
        return (TemplateAreas, (self.rows,))

    @classmethod
    def from_strings(cls, strings) -> TemplateAreas:
        """Parse the strings' text (css-grid-1 §7.3); raise ValueError when
        invalid."""
        return cls(tuple(_area_cells(text) for text in strings))

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def column_count(self) -> int:
        return len(self.rows[0])

    def row_text(self, index: int) -> str:
        """Row ``index`` serialized (§7.3.1): null cells as ``.``, one space
        between cells, as a CSS string."""
        return serialize_string(" ".join("." if c is None else c for c in self.rows[index]))

    def __str__(self) -> str:
        return " ".join(self.row_text(index) for index in range(len(self.rows)))


@dataclass(frozen=True, slots=True)
class GridAutoFlow:
    """``grid-auto-flow`` (css-grid-1 §7.7): ``direction`` is ``"row"`` or
    ``"column"``, ``dense`` the packing mode. Prints in its shortest form
    (``dense`` for ``row dense``)."""

    direction: str = "row"
    dense: bool = False

    def __str__(self) -> str:
        if not self.dense:
            return self.direction
        return "dense" if self.direction == "row" else "column dense"


@dataclass(frozen=True, slots=True)
class GridLine:
    """A ``<grid-line>`` (css-grid-1 §8.3).

    - ``auto``: all fields empty (:data:`AUTO`);
    - ``<custom-ident>`` alone: ``name`` only (first tried as the area
      edge ``name-start``/``name-end``, then as ``1 name``);
    - ``<integer> && <custom-ident>?``: ``integer`` (never 0) and ``name``;
    - ``span && [ <integer> || <custom-ident> ]``: ``span`` is True,
      ``integer`` positive or None (meaning 1), ``name`` or None.
    """

    integer: int | None = None
    name: str | None = None
    span: bool = False

    def __str__(self) -> str:
        parts = ["span"] if self.span else []
        if self.integer is not None:
            parts.append(str(self.integer))
        if self.name is not None:
            parts.append(serialize_identifier(self.name))
        return " ".join(parts) or "auto"

    @property
    def is_auto(self) -> bool:
        return not self.span and self.integer is None and self.name is None

    @property
    def is_ident(self) -> bool:
        """A lone ``<custom-ident>`` (the case the shorthands copy)."""
        return not self.span and self.integer is None and self.name is not None

    @property
    def span_count(self) -> int:
        """The span's integer (default 1); only meaningful when ``span``."""
        return 1 if self.integer is None else self.integer


AUTO = GridLine()


def sizing_functions(size) -> tuple[object, object]:
    """The (min, max) track sizing functions of a track size (css-grid-1
    §7.2.1): ``minmax(a, b)`` is ``(a, b)``; a ``<flex>`` is ``(auto, flex)``;
    ``fit-content(l)`` is ``(auto, FitContent(l))``; any other breadth ``b``
    (``auto`` included) is ``(b, b)``."""
    if isinstance(size, MinMax):
        return size.minimum, size.maximum
    if isinstance(size, FitContent | Flex):
        return "auto", size
    return size, size


# -- grammar building blocks -----------------------------------------------------


class LineNamesGrammar(Grammar):
    """``'[' <custom-ident>* ']'``: a ``[]`` block of identifiers other than
    ``span`` and ``auto`` (css-grid-1 §7.2.2)."""

    _ident = CustomIdent("span", "auto")

    def match(self, tokens, index):
        if index < len(tokens) and tokens[index].type == "[] block":
            content = strip_tokens(tokens[index].content)
            names = []
            for token in content:
                found = next(self._ident.match([token], 0), None)
                if found is None:
                    return
                names.append(found[0])
            yield LineNames(tuple(names)), index + 1

    def __str__(self):
        return "'[' <custom-ident>* ']'"


class CommaFunction(Grammar):
    """A function whose comma-separated arguments match ``arguments`` in
    turn; the value is ``build(*values)``."""

    def __init__(self, name: str, *arguments: Grammar, build):
        self.name = name
        self.arguments = arguments
        self.build = build

    def match(self, tokens, index):
        if index >= len(tokens):
            return
        token = tokens[index]
        if token.type != "function" or token.lower_name != self.name:
            return
        groups: list[list] = [[]]
        for item in strip_tokens(token.arguments):
            if item.type == "literal" and item.value == ",":
                groups.append([])
            else:
                groups[-1].append(item)
        if len(groups) != len(self.arguments):
            return
        try:
            values = [g.parse(part) for g, part in zip(self.arguments, groups, strict=True)]
            value = self.build(*values)
        except (NoMatch, ValueError):
            return
        yield value, index + 1

    def __str__(self):
        inner = " , ".join(argument.describe(ANY_ORDER) for argument in self.arguments)
        return f"{self.name}( {inner} )"


class WholeInteger(IntegerType):
    """``<integer>`` whose math functions are resolved to an ``int`` at
    parse time (css-values-4 §10.9: rounded to the nearest integer). With
    ``clamp``, a math function outside the range is clamped into it
    (css-values-4 §10.12); otherwise it is rejected."""

    def __init__(self, minimum=None, maximum=None, clamp=False):
        super().__init__(minimum, maximum)
        self.clamp = clamp

    def match(self, tokens, index):
        for value, end in super().match(tokens, index):
            if isinstance(value, int):
                yield value, end
                continue
            try:
                number = value.evaluate(float)
            except (ArithmeticError, TypeError, ValueError):
                continue
            if not math.isfinite(number):
                continue
            integer = math.floor(number + 0.5)
            if self.clamp:
                if self.minimum is not None:
                    integer = max(integer, self.minimum)
                if self.maximum is not None:
                    integer = min(integer, self.maximum)
            if self.in_range(integer):
                yield integer, end


def _flatten(pairs, trailing) -> tuple:
    """``[ <line-names>? X ]* <line-names>?`` as one flat tuple."""
    items = []
    for names, item in pairs:
        if names is not None:
            items.append(names)
        items.append(item)
    if trailing is not None:
        items.append(trailing)
    return tuple(items)


def _names_and(item: Grammar, minimum: int = 1) -> Grammar:
    """``[ <line-names>? item ]+`` (or ``*`` with ``minimum`` 0)."""
    return Repeated(Sequence(Optional(LINE_NAMES), item), minimum)


class Longest(Grammar):
    """``grammar`` with its matches tried longest first, so that a
    repetition (which takes an item's first match) gets the whole of a
    ``<grid-line>`` such as ``foo 2`` rather than just ``foo``."""

    def __init__(self, grammar: Grammar):
        self.grammar = grammar

    @property
    def precedence(self):
        return self.grammar.precedence

    def match(self, tokens, index):
        matches = list(self.grammar.match(tokens, index))
        matches.sort(key=lambda found: -found[1])
        yield from matches

    def __str__(self):
        return str(self.grammar)


def _merge_names(first: LineNames | None, second: LineNames | None) -> LineNames | None:
    if first is None:
        return second
    if second is None:
        return first
    return LineNames(first.names + second.names)


def _line_name_list(items) -> tuple:
    if sum(1 for item in items if isinstance(item, Repeat) and item.automatic) > 1:
        raise ValueError("auto-fill may appear once in a <line-name-list>")
    return tuple(items)


def _auto_track_list(value) -> TrackList:
    before, names, auto, after, trailing = value
    return TrackList((*_flatten(before, names), auto, *_flatten(after, trailing)))


LINE_NAMES = Named("<line-names>", LineNamesGrammar())
LENGTH_PERCENTAGE = length_percentage(0)
TRACK_BREADTH = Named(
    "<track-breadth>",
    LENGTH_PERCENTAGE
    | FlexType()
    | Keywords("min-content")
    | Keywords("max-content")
    | Keywords("auto"),
)
INFLEXIBLE_BREADTH = Named(
    "<inflexible-breadth>",
    LENGTH_PERCENTAGE | Keywords("min-content") | Keywords("max-content") | Keywords("auto"),
)
FIXED_BREADTH = Named("<fixed-breadth>", LENGTH_PERCENTAGE)
TRACK_SIZE = Named(
    "<track-size>",
    TRACK_BREADTH
    | CommaFunction("minmax", INFLEXIBLE_BREADTH, TRACK_BREADTH, build=MinMax)
    | Function("fit-content", LENGTH_PERCENTAGE, FitContent),
)
FIXED_SIZE = Named(
    "<fixed-size>",
    FIXED_BREADTH
    | CommaFunction("minmax", FIXED_BREADTH, TRACK_BREADTH, build=MinMax)
    | CommaFunction("minmax", INFLEXIBLE_BREADTH, FIXED_BREADTH, build=MinMax),
)


def _repeated(size: Grammar) -> Grammar:
    """``[ <line-names>? size ]+ <line-names>?`` as a flat tuple."""
    return Map(Sequence(_names_and(size), Optional(LINE_NAMES)), lambda value: _flatten(*value))


REPEAT_COUNT = WholeInteger(1, clamp=True)
TRACK_REPEAT = Named(
    "<track-repeat>", CommaFunction("repeat", REPEAT_COUNT, _repeated(TRACK_SIZE), build=Repeat)
)
AUTO_REPEAT = Named(
    "<auto-repeat>",
    CommaFunction("repeat", Keywords("auto-fill", "auto-fit"), _repeated(FIXED_SIZE), build=Repeat),
)
FIXED_REPEAT = Named(
    "<fixed-repeat>", CommaFunction("repeat", REPEAT_COUNT, _repeated(FIXED_SIZE), build=Repeat)
)
NAME_REPEAT = Named(
    "<name-repeat>",
    CommaFunction(
        "repeat", REPEAT_COUNT | Keywords("auto-fill"), Repeated(LINE_NAMES, 1), build=Repeat
    ),
)
TRACK_LIST = Named(
    "<track-list>",
    Map(
        Sequence(_names_and(TRACK_SIZE | TRACK_REPEAT), Optional(LINE_NAMES)),
        lambda value: TrackList(_flatten(*value)),
    ),
)
_FIXED_TRACK = FIXED_SIZE | FIXED_REPEAT
AUTO_TRACK_LIST = Named(
    "<auto-track-list>",
    Map(
        Sequence(
            _names_and(_FIXED_TRACK, 0),
            Optional(LINE_NAMES),
            AUTO_REPEAT,
            _names_and(_FIXED_TRACK, 0),
            Optional(LINE_NAMES),
        ),
        _auto_track_list,
    ),
)
EXPLICIT_TRACK_LIST = Named(
    "<explicit-track-list>",
    Map(
        Sequence(_names_and(TRACK_SIZE), Optional(LINE_NAMES)),
        lambda value: TrackList(_flatten(*value)),
    ),
)
LINE_NAME_LIST = Named(
    "<line-name-list>", Map(Repeated(LINE_NAMES | NAME_REPEAT, 1), _line_name_list)
)
SUBGRID = Map(
    Sequence(Keywords("subgrid"), Optional(LINE_NAME_LIST)),
    lambda value: Subgrid(value[1] or ()),
)
TEMPLATE_TRACKS = Keywords("none") | TRACK_LIST | AUTO_TRACK_LIST | SUBGRID
TEMPLATE_AREAS = Keywords("none") | Map(
    Repeated(StringType(), 1),
    lambda strings: TemplateAreas.from_strings(string.value for string in strings),
)
AUTO_TRACKS = Map(Repeated(TRACK_SIZE, 1), SpaceList)
AUTO_FLOW = Map(
    AnyOrder(Keywords("row", "column"), Keywords("dense")),
    lambda value: GridAutoFlow(value[0] or "row", value[1] is not None),
)

# css-grid-1 §8.3: the <custom-ident> of <grid-line> also excludes span and auto.
_LINE_IDENT = CustomIdent("span", "auto")
GRID_LINE_DEFINITION = Longest(
    Map(Keywords("auto"), lambda _: AUTO)
    | Map(_LINE_IDENT, lambda name: GridLine(name=name))
    | Map(
        AllOrder(WholeInteger(None, -1) | WholeInteger(1), Optional(_LINE_IDENT)),
        lambda value: GridLine(value[0], value[1]),
    )
    | Map(
        AllOrder(Keywords("span"), AnyOrder(WholeInteger(1, clamp=True), _LINE_IDENT)),
        lambda value: GridLine(value[1][0], value[1][1], True),
    )
)
GRID_LINE = Named("<grid-line>", GRID_LINE_DEFINITION)

# The named productions, for the property reference.
PRODUCTIONS = {
    str(named): str(named.definition)
    for named in (
        TRACK_LIST,
        AUTO_TRACK_LIST,
        EXPLICIT_TRACK_LIST,
        LINE_NAME_LIST,
        TRACK_SIZE,
        FIXED_SIZE,
        TRACK_BREADTH,
        INFLEXIBLE_BREADTH,
        FIXED_BREADTH,
        LINE_NAMES,
        TRACK_REPEAT,
        AUTO_REPEAT,
        FIXED_REPEAT,
        NAME_REPEAT,
        GRID_LINE,
    )
}

# -- longhands -----------------------------------------------------------------

GRID_CONTAINERS = "grid containers"
GRID_ITEMS = "grid items and absolutely-positioned boxes whose containing block is a grid container"
_AXES = (
    ("columns", "the inline size (width) of the grid container's content box"),
    ("rows", "the block size (height) of the grid container's content box"),
)
for _axis, _basis in _AXES:
    longhand(
        f"grid-template-{_axis}",
        TEMPLATE_TRACKS,
        "none",
        spec="css-grid-1 §7.2; css-grid-2 §7.2, §9 (subgrid)",
        percentages=_basis,
        applies_to=GRID_CONTAINERS,
    )
longhand(
    "grid-template-areas",
    TEMPLATE_AREAS,
    "none",
    spec="css-grid-1 §7.3",
    applies_to=GRID_CONTAINERS,
)
for _axis, _basis in _AXES:
    longhand(
        f"grid-auto-{_axis}",
        AUTO_TRACKS,
        "auto",
        spec="css-grid-1 §7.6",
        percentages=_basis,
        applies_to=GRID_CONTAINERS,
    )
longhand(
    "grid-auto-flow",
    AUTO_FLOW,
    "row",
    spec="css-grid-1 §7.7",
    applies_to=GRID_CONTAINERS,
)
PLACEMENT = ("grid-row-start", "grid-column-start", "grid-row-end", "grid-column-end")
for _name in PLACEMENT:
    longhand(_name, GRID_LINE_DEFINITION, "auto", spec="css-grid-1 §8.3", applies_to=GRID_ITEMS)

# -- placement shorthands (css-grid-1 §8.4) ---------------------------------------


def _omitted_end(start: GridLine) -> GridLine:
    """An omitted end line: a lone <custom-ident> start is copied, anything
    else gives ``auto`` (css-grid-1 §8.4)."""
    return start if start.is_ident else AUTO


def _after_slash(value):
    return value[1]


_SLASH_LINE = Map(Sequence(Literal("/"), GRID_LINE), _after_slash)


def _expand_area(lines) -> tuple[GridLine, GridLine, GridLine, GridLine]:
    """``grid-area``'s one to four lines as row-start, column-start, row-end,
    column-end, filling omitted ones as css-grid-1 §8.4 says."""
    row_start = lines[0]
    column_start = lines[1] if len(lines) > 1 else _omitted_end(row_start)
    row_end = lines[2] if len(lines) > 2 else _omitted_end(row_start)
    column_end = lines[3] if len(lines) > 3 else _omitted_end(column_start)
    return row_start, column_start, row_end, column_end


def _placement_pair(name: str, start: str, end: str):
    def expand(value):
        first, second = value
        return {start: first, end: _omitted_end(first) if second is None else second}

    def serialize(values):
        wide = common_wide_keyword(values, (start, end))
        if wide is False:
            return None
        if wide is not None:
            return wide
        first, second = values[start], values[end]
        if second == _omitted_end(first):
            return str(first)
        return f"{first} / {second}"

    shorthand(
        name,
        (start, end),
        Sequence(GRID_LINE, Optional(_SLASH_LINE)),
        spec="css-grid-1 §8.4",
        expand=expand,
        serialize=serialize,
    )


_placement_pair("grid-row", "grid-row-start", "grid-row-end")
_placement_pair("grid-column", "grid-column-start", "grid-column-end")


def _expand_grid_area(value) -> dict:
    first, rest = value
    return dict(zip(PLACEMENT, _expand_area((first, *rest)), strict=True))


def _serialize_grid_area(values) -> str | None:
    wide = common_wide_keyword(values, PLACEMENT)
    if wide is False:
        return None
    if wide is not None:
        return wide
    lines = tuple(values[name] for name in PLACEMENT)
    for count in range(1, 5):
        if _expand_area(lines[:count]) == lines:
            return " / ".join(str(line) for line in lines[:count])
    return None  # pragma: no cover - four lines always expand to themselves


shorthand(
    "grid-area",
    PLACEMENT,
    Sequence(GRID_LINE, Repeated(_SLASH_LINE, 0, 3)),
    spec="css-grid-1 §8.4",
    expand=_expand_grid_area,
    serialize=_serialize_grid_area,
)

# -- grid-template (css-grid-1 §7.4) -----------------------------------------------

TEMPLATE = ("grid-template-rows", "grid-template-columns", "grid-template-areas")
IMPLICIT = ("grid-auto-rows", "grid-auto-columns", "grid-auto-flow")


def _template(rows, columns, areas) -> dict:
    return dict(zip(TEMPLATE, (rows, columns, areas), strict=True))


def _template_rows_columns(value) -> dict:
    rows, _, columns = value
    return _template(rows, columns, "none")


def _template_ascii(value) -> dict:
    """The ``[ <line-names>? <string> <track-size>? <line-names>? ]+ [ /
    <explicit-track-list> ]?`` form: strings to the areas, sizes (``auto``
    when missing) with the names around them to the rows, the list after
    the slash (or ``none``) to the columns."""
    rows, columns = value
    items: list = []
    pending = None
    strings = []
    for before, string, size, after in rows:
        names = _merge_names(pending, before)
        if names is not None:
            items.append(names)
        items.append("auto" if size is None else size)
        strings.append(string.value)
        pending = after
    if pending is not None:
        items.append(pending)
    areas = TemplateAreas.from_strings(strings)
    return _template(TrackList(tuple(items)), "none" if columns is None else columns[1], areas)


GRID_TEMPLATE = (
    Map(Keywords("none"), lambda _: _template("none", "none", "none"))
    | Map(
        Sequence(ref("grid-template-rows"), Literal("/"), ref("grid-template-columns")),
        _template_rows_columns,
    )
    | Map(
        Sequence(
            Repeated(
                Sequence(
                    Optional(LINE_NAMES), StringType(), Optional(TRACK_SIZE), Optional(LINE_NAMES)
                ),
                1,
            ),
            Optional(Sequence(Literal("/"), EXPLICIT_TRACK_LIST)),
        ),
        _template_ascii,
    )
)


def _serialize_template(values) -> str | None:
    """The shortest ``grid-template`` text for the three explicit grid
    properties, or None when the areas can't be written with the rows."""
    rows, columns, areas = (values[name] for name in TEMPLATE)
    if areas == "none":
        if rows == "none" and columns == "none":
            return "none"
        return f"{rows} / {columns}"
    if not isinstance(rows, TrackList) or rows.has_repeat:
        return None
    if columns != "none" and (not isinstance(columns, TrackList) or columns.has_repeat):
        return None
    segments: list[list[str]] = []
    before = None
    previous_was_names = False
    for item in rows.items:
        if isinstance(item, LineNames):
            if previous_was_names:
                return None
            if segments:
                segments[-1].append(str(item))
            else:
                before = item
            previous_was_names = True
            continue
        previous_was_names = False
        if len(segments) >= areas.row_count:
            return None
        segment = [] if before is None else [str(before)]
        before = None
        segment.append(areas.row_text(len(segments)))
        if item != "auto":
            segment.append(str(item))
        segments.append(segment)
    if len(segments) != areas.row_count:
        return None
    text = " ".join(" ".join(segment) for segment in segments)
    return text if columns == "none" else f"{text} / {columns}"


def _serialize_grid_template(values) -> str | None:
    wide = common_wide_keyword(values, TEMPLATE)
    if wide is False:
        return None
    if wide is not None:
        return wide
    return _serialize_template(values)


shorthand(
    "grid-template",
    TEMPLATE,
    GRID_TEMPLATE,
    spec="css-grid-1 §7.4",
    expand=dict,
    serialize=_serialize_grid_template,
)

# -- grid (css-grid-1 §7.8) ----------------------------------------------------------

GRID = (*TEMPLATE, *IMPLICIT)
_AUTO_FLOW_KEYWORDS = AllOrder(Keywords("auto-flow"), Optional(Keywords("dense")))


def _implicit(rows=None, columns=None, flow=None) -> dict:
    initial = {name: PROPERTIES[name].initial for name in IMPLICIT}
    for name, value in zip(IMPLICIT, (rows, columns, flow), strict=True):
        if value is not None:
            initial[name] = value
    return initial


def _grid_template_form(value) -> dict:
    return {**value, **_implicit()}


def _grid_auto_columns_form(value) -> dict:
    """``<'grid-template-rows'> / [ auto-flow && dense? ] <'grid-auto-columns'>?``"""
    rows, _, (_, dense), columns = value
    flow = GridAutoFlow("column", dense is not None)
    return {**_template(rows, "none", "none"), **_implicit(None, columns, flow)}


def _grid_auto_rows_form(value) -> dict:
    """``[ auto-flow && dense? ] <'grid-auto-rows'>? / <'grid-template-columns'>``"""
    (_, dense), rows, _, columns = value
    flow = GridAutoFlow("row", dense is not None)
    return {**_template("none", columns, "none"), **_implicit(rows, None, flow)}


def _serialize_grid(values) -> str | None:
    wide = common_wide_keyword(values, GRID)
    if wide is False:
        return None
    if wide is not None:
        return wide
    initial = _implicit()
    auto_rows, auto_columns, flow = (values[name] for name in IMPLICIT)
    if all(values[name] == initial[name] for name in IMPLICIT):
        return _serialize_template(values)
    if values["grid-template-areas"] != "none":
        return None
    dense = " dense" if flow.dense else ""
    if flow.direction == "column":
        if values["grid-template-columns"] != "none" or auto_rows != initial["grid-auto-rows"]:
            return None
        text = f"{values['grid-template-rows']} / auto-flow{dense}"
        if auto_columns != initial["grid-auto-columns"]:
            text += f" {auto_columns}"
        return text
    if values["grid-template-rows"] != "none" or auto_columns != initial["grid-auto-columns"]:
        return None
    text = f"auto-flow{dense}"
    if auto_rows != initial["grid-auto-rows"]:
        text += f" {auto_rows}"
    return f"{text} / {values['grid-template-columns']}"


shorthand(
    "grid",
    GRID,
    Map(Named("<'grid-template'>", GRID_TEMPLATE), _grid_template_form)
    | Map(
        Sequence(
            ref("grid-template-rows"),
            Literal("/"),
            _AUTO_FLOW_KEYWORDS,
            Optional(ref("grid-auto-columns")),
        ),
        _grid_auto_columns_form,
    )
    | Map(
        Sequence(
            _AUTO_FLOW_KEYWORDS,
            Optional(ref("grid-auto-rows")),
            Literal("/"),
            ref("grid-template-columns"),
        ),
        _grid_auto_rows_form,
    ),
    spec="css-grid-1 §7.8",
    expand=dict,
    serialize=_serialize_grid,
)

__all__ = [
    "AUTO",
    "MAX_TRACKS",
    "PRODUCTIONS",
    "FitContent",
    "GridAutoFlow",
    "GridLine",
    "LineNames",
    "MinMax",
    "Repeat",
    "Subgrid",
    "TemplateAreas",
    "TrackList",
    "Tracks",
    "sizing_functions",
]
