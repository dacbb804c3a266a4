"""Benchmark: block layout (CSS 2.1 §9.4.1, §8.3.1, §9.5) on box-only trees.

Two workloads, each at 1,000, 10,000 and 100,000 boxes:

- ``paragraphs``: an 800px column of fixed-height blocks ("paragraphs"),
  each with 16px top and bottom margins that collapse with their
  neighbours' (and the first and last with the column's);
- ``floats``: groups nested 10 deep, each level a block holding a left
  float, a right float, a block formatting context root beside them and a
  block with ``clear: both`` that contains the next level.

For each, the box tree is generated once per run and ``block.layout_root``
timed on it (box generation and writing ``node.layout`` are left out: they
are not block layout); the figure is the best of several runs, in ms per
layout and microseconds per box. The per-box time should stay flat as the
tree grows: block layout is linear.

    python benchmarks/block.py [--repeat N] [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import gc
import time

from colosseum.layout.block import layout_root
from colosseum.layout.context import LayoutContext
from colosseum.layout.deep import call_deep, tree_depth
from colosseum.layout.generation import build_box_tree
from colosseum.nodes import Node
from colosseum.style import CSS

VIEWPORT = (800, 600)


def paragraphs(count: int) -> Node:
    """A column of ``count - 2`` fixed-height paragraphs with collapsing margins."""
    children = [
        Node(style=CSS(display="block", height=18, margin="16px 0")) for _ in range(count - 2)
    ]
    column = Node(style=CSS(display="block", width=800, margin="8px 0"), children=children)
    return Node(style=CSS(display="block"), children=[column])


def float_level(depth: int) -> list[Node]:
    """One level of the floats workload (5 boxes) and the levels below it."""
    inner = float_level(depth - 1) if depth > 1 else []
    return [
        Node(
            style=CSS(display="block", margin_top=4),
            children=[
                Node(style=CSS(display="block", float="left", width=40, height=12)),
                Node(style=CSS(display="block", float="right", width=30, height=20)),
                Node(style=CSS(display="block", overflow="hidden", height=8, margin_top=2)),
                Node(style=CSS(display="block", clear="both", margin_top=3), children=inner),
            ],
        )
    ]


def floats(count: int) -> Node:
    """Groups 10 levels deep (5 boxes a level) until ``count`` boxes."""
    groups = max(1, (count - 1) // 50)
    children = [child for _ in range(groups) for child in float_level(10)]
    return Node(style=CSS(display="block"), children=children)


WORKLOADS = {"paragraphs": paragraphs, "floats": floats}


def count_boxes(root_box) -> int:
    return sum(1 for _ in root_box.descendants())


def time_layout(root: Node, repeat: int) -> tuple[float, int]:
    """Best time in seconds of ``layout_root`` on a fresh box tree of ``root``."""
    best = float("inf")
    boxes = 0
    depth = tree_depth(root)
    for _ in range(repeat):
        root_box = build_box_tree(root, VIEWPORT)
        boxes = count_boxes(root_box)
        ctx = LayoutContext(None, VIEWPORT)
        gc.collect()
        start = time.perf_counter()
        call_deep(depth, layout_root, ctx, root_box)
        best = min(best, time.perf_counter() - start)
    return best, boxes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"{'workload':<12} {'boxes':>8} {'ms/layout':>11} {'us/box':>8}")
    for name, make in WORKLOADS.items():
        for size in sizes:
            seconds, boxes = time_layout(make(size), args.repeat)
            print(f"{name:<12} {boxes:>8} {seconds * 1000:>11.1f} {seconds / boxes * 1e6:>8.2f}")


if __name__ == "__main__":
    main()
