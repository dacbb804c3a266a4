"""Benchmark: flex layout (css-flexbox-1 §9) through the public API.

Workloads, each timed as ``colosseum.layout(root, 800, 600)`` (box
generation, layout and writing ``node.layout``), best of several runs,
reported in ms and nodes per second, wall-clock and CPU time (the
process's, steadier on a busy machine):

- ``row``: a flex row 800px wide holding N items with ``flex-grow: 1``
  (N = 100, 1,000, 10,000); the time per node should stay flat: the flex
  algorithm is linear in the number of items;
- ``gui``: a GUI-like tree 6 levels below the root with 4 children a level
  (5,461 nodes), flex rows and columns alternating, padding and margins on
  every node, fixed-size leaves;
- ``measure``: the same tree with a host ``measure(available_width,
  available_height) -> (width, height)`` callback on every leaf (the node
  protocol of :mod:`colosseum.nodes`); reports how many times each leaf
  was measured per layout, for trees 2 to 7 levels deep: the figure stays
  bounded as the tree deepens when measurements are not repeated per
  level;
- ``nested``: a chain of flex containers, each holding one flex container
  (1,000 and 10,000 deep): the time per level should stay flat.

    python benchmarks/flex.py [--repeat N] [--sizes 100,1000,10000]
        [--depths 2,3,4,5,6,7] [--chain 1000,10000] [--only row,gui,...]
"""

from __future__ import annotations

import argparse
import gc
import time

from colosseum import CSS, Node, layout

VIEWPORT = (800, 600)


def flex_row(count: int) -> Node:
    """A flex row 800px wide with ``count`` growing items."""
    children = [Node(style=CSS(flex_grow=1, height=10)) for _ in range(count)]
    return Node(style=CSS(display="flex", width=800), children=children)


class Counter:
    """A leaf's ``measure`` callback, counting its calls."""

    __slots__ = ("calls",)

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.calls += 1
        return 20.0, 10.0


def gui_tree(depth: int, measured: bool = False, direction: str = "row") -> Node:
    """``depth`` levels of flex containers with 4 children each, rows and
    columns alternating, above fixed-size (or measured) leaves."""
    if depth == 0:
        if measured:
            return Node(style=CSS(margin=2, padding=1), measure=Counter())
        return Node(style=CSS(width=20, height=10, margin=2, padding=1))
    inner = "column" if direction == "row" else "row"
    children = [gui_tree(depth - 1, measured, inner) for _ in range(4)]
    style = CSS(display="flex", flex_direction=direction, padding=2, margin=1)
    return Node(style=style, children=children)


def nested_chain(depth: int) -> Node:
    """``depth`` flex containers, each the only child of the one above."""
    node = Node(style=CSS(display="flex", height=10))
    for _ in range(depth - 1):
        node = Node(style=CSS(display="flex", padding=1), children=[node])
    return node


def count_nodes(root: Node) -> int:
    return sum(1 for _ in root.walk())


def time_layout(root: Node, repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``layout(root, 800, 600)``
    (CPU time is steadier on a busy machine)."""
    best = best_cpu = float("inf")
    for _ in range(repeat):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        layout(root, *VIEWPORT)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    return best, best_cpu


def report(name: str, root: Node, repeat: int) -> None:
    nodes = count_nodes(root)
    seconds, cpu = time_layout(root, repeat)
    print(
        f"{name:<16} {nodes:>8} {seconds * 1000:>10.1f} {nodes / seconds:>12,.0f}"
        f" {cpu * 1000:>10.1f} {nodes / cpu:>12,.0f}"
    )


def measure_calls(depth: int) -> tuple[int, int, float]:
    """(leaves, calls, seconds) of one layout of a measured tree."""
    root = gui_tree(depth, measured=True)
    leaves = [node for node in root.walk() if node.measure is not None]
    start = time.perf_counter()
    layout(root, *VIEWPORT)
    seconds = time.perf_counter() - start
    return len(leaves), sum(leaf.measure.calls for leaf in leaves), seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="repetitions (default 5)")
    parser.add_argument("--sizes", default="100,1000,10000", help="items in the row workload")
    parser.add_argument("--depth", type=int, default=6, help="levels of the gui tree")
    parser.add_argument("--depths", default="2,3,4,5,6,7", help="depths for measure calls")
    parser.add_argument("--chain", default="1000,10000", help="depths of the nested chain")
    parser.add_argument("--only", default="row,gui,measure,nested", help="workloads to run")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))

    print(
        f"{'workload':<16} {'nodes':>8} {'ms':>10} {'nodes/s':>12}"
        f" {'cpu ms':>10} {'cpu nodes/s':>12}"
    )
    if "row" in only:
        for size in (int(size) for size in args.sizes.split(",")):
            report(f"row {size}", flex_row(size), args.repeat)
    if "gui" in only:
        report(f"gui depth {args.depth}", gui_tree(args.depth), args.repeat)
    if "measure" in only:
        root = gui_tree(args.depth, measured=True)
        report(f"measure depth {args.depth}", root, args.repeat)
        print()
        print(f"{'depth':>5} {'leaves':>8} {'calls':>10} {'calls/leaf':>11} {'ms':>10}")
        for depth in (int(depth) for depth in args.depths.split(",")):
            leaves, calls, seconds = measure_calls(depth)
            per_leaf = calls / leaves
            print(f"{depth:>5} {leaves:>8} {calls:>10} {per_leaf:>11.2f} {seconds * 1000:>10.1f}")
    if "nested" in only:
        print()
        for depth in (int(depth) for depth in args.chain.split(",")):
            report(f"nested {depth}", nested_chain(depth), 1)


if __name__ == "__main__":
    main()
