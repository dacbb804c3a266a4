"""Benchmark: declaring and computing the styles of a 10,000-node tree.

Builds a tree of ``colosseum.nodes.Node`` objects three levels deep (a root,
99 children, 100 grandchildren under each: 10,000 nodes), each node with 10
declarations drawn from a fixed pseudo-random mix of widths, margins and
paddings in px, em and %, colors, display types, flex factors and font sizes.
Then computes every node's style top-down, each from its parent's computed
style, as layout will.

The two phases are timed separately; each is repeated and the best time is
reported, which is the figure least disturbed by the rest of the machine.

    python benchmarks/style.py [--repeat N] [--seed N]
"""

from __future__ import annotations

import argparse
import gc
import random
import time

from colosseum.nodes import Node
from colosseum.style import CSS, compute_style

CHILDREN = 99
GRANDCHILDREN = 100
NODE_COUNT = 1 + CHILDREN + CHILDREN * GRANDCHILDREN  # 10,000
VIEWPORT = (800, 600)

LENGTHS = ["0", "4px", "10px", "1.5em", "2em", "0.5rem", "5%", "12.5%", "1in", "3pt"]
SIZES = ["auto", "120px", "50%", "33.3%", "20em", "calc(100% - 2em)", "min-content", "40vw"]
COLORS = ["red", "#336699", "#abc", "rgb(10, 20, 30)", "hsl(120, 50%, 50%)", "transparent"]
DISPLAYS = ["block", "inline", "flex", "inline-block", "grid", "flow-root", "none"]
FONT_SIZES = ["12px", "14px", "1.2em", "larger", "small", "120%", "1rem", "x-large"]

# Ten declarations per node: one value for each of these properties.
DECLARATIONS = {
    "width": SIZES,
    "height": SIZES,
    "margin_top": LENGTHS,
    "margin_left": [*LENGTHS, "auto"],
    "padding": LENGTHS,
    "padding_left": LENGTHS,
    "color": COLORS,
    "display": DISPLAYS,
    "flex": ["1", "0 0 auto", "2 1 10%", "none", "1 1 50px"],
    "font_size": FONT_SIZES,
}


def random_style(rng: random.Random) -> dict[str, str]:
    return {name: rng.choice(values) for name, values in DECLARATIONS.items()}


def make_declarations(seed: int) -> list[dict[str, str]]:
    """The keyword arguments of every node's CSS, chosen before any timing starts."""
    rng = random.Random(seed)
    return [random_style(rng) for _ in range(NODE_COUNT)]


def build_tree(declarations: list[dict[str, str]]) -> Node:
    """Phase 1: parse and validate every declaration, and assemble the tree."""
    styles = iter(declarations)
    root = Node(style=CSS(**next(styles)))
    for _ in range(CHILDREN):
        child = Node(style=CSS(**next(styles)))
        for _ in range(GRANDCHILDREN):
            child.append(Node(style=CSS(**next(styles))))
        root.append(child)
    return root


def compute_tree(root: Node) -> int:
    """Phase 2: compute every node's style from its parent's, top-down; return the count."""
    root_computed = compute_style(root.style, None, root=None, viewport=VIEWPORT)
    count = 1
    stack = [(child, root_computed) for child in root.children]
    while stack:
        node, parent_computed = stack.pop()
        computed = compute_style(node.style, parent_computed, root=root_computed, viewport=VIEWPORT)
        count += 1
        stack.extend((child, computed) for child in node.children)
    return count


def best_of(repeat: int, function, *args):
    """Run ``function(*args)`` ``repeat`` times; return (best seconds, last result)."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def report(label: str, seconds: float, count: int) -> str:
    return f"{label:<16}{seconds * 1000:>10.1f} ms{count / seconds:>14,.0f} nodes/s"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="repetitions (default 5)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    args = parser.parse_args(argv)

    declarations = make_declarations(args.seed)
    build_time, root = best_of(args.repeat, build_tree, declarations)
    assert sum(1 for _ in root.walk()) == NODE_COUNT
    compute_time, count = best_of(args.repeat, compute_tree, root)
    assert count == NODE_COUNT

    print(f"{NODE_COUNT:,} nodes, {len(DECLARATIONS)} declarations each, best of {args.repeat}:")
    print(report("build nodes", build_time, NODE_COUNT))
    print(report("compute styles", compute_time, NODE_COUNT))


if __name__ == "__main__":
    main()
