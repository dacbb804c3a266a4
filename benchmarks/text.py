"""Benchmark: laying out 200 paragraphs of 100 words of English text.

Builds a tree of ``colosseum.nodes.Node`` objects: a 600px wide root holding
200 paragraphs (block boxes with 1em bottom margins), each a ``Text`` of 100
words of real English prose (the opening chapters of Jane Austen's *Pride
and Prejudice*, public domain, taken in a sliding window so that paragraphs
differ), then lays the tree out in an 800x600 viewport: white-space
processing, line breaking (UAX #14), measuring (each distinct word once per
font, cached) and line box construction.

The first run measures words from scratch; the best of the repeats is
reported, in ms and in words per second, as wall-clock time and as the
process's CPU time (steadier on a busy machine).

    python benchmarks/text.py [--repeat N] [--font FAMILY]
"""

from __future__ import annotations

import argparse
import gc
import time

from colosseum import CSS, Node, Text, layout

PARAGRAPHS = 200
WORDS = 100
WIDTH = 600

PROSE = """
It is a truth universally acknowledged, that a single man in possession of a good
fortune, must be in want of a wife. However little known the feelings or views of
such a man may be on his first entering a neighbourhood, this truth is so well fixed
in the minds of the surrounding families, that he is considered as the rightful
property of some one or other of their daughters. "My dear Mr. Bennet," said his lady
to him one day, "have you heard that Netherfield Park is let at last?" Mr. Bennet
replied that he had not. "But it is," returned she; "for Mrs. Long has just been
here, and she told me all about it." Mr. Bennet made no answer. "Do not you want to
know who has taken it?" cried his wife impatiently. "You want to tell me, and I have
no objection to hearing it." This was invitation enough. "Why, my dear, you must
know, Mrs. Long says that Netherfield is taken by a young man of large fortune from
the north of England; that he came down on Monday in a chaise and four to see the
place, and was so much delighted with it that he agreed with Mr. Morris immediately;
that he is to take possession before Michaelmas, and some of his servants are to be
in the house by the end of next week." "What is his name?" "Bingley." "Is he married
or single?" "Oh! single, my dear, to be sure! A single man of large fortune; four or
five thousand a year. What a fine thing for our girls!" "How so? how can it affect
them?" "My dear Mr. Bennet," replied his wife, "how can you be so tiresome! You must
know that I am thinking of his marrying one of them." "Is that his design in settling
here?" "Design! nonsense, how can you talk so! But it is very likely that he may fall
in love with one of them, and therefore you must visit him as soon as he comes."
"""


def paragraphs() -> list[str]:
    words = PROSE.split()
    texts = []
    for index in range(PARAGRAPHS):
        start = (index * 37) % len(words)
        chosen = [words[(start + offset) % len(words)] for offset in range(WORDS)]
        texts.append(" ".join(chosen))
    return texts


def build_tree(texts: list[str], font: str) -> Node:
    root = Node(style=CSS(width=WIDTH, font_family=font, font_size="16px", line_height=1.25))
    for text in texts:
        root.append(Node(style=CSS(display="block", margin_bottom="1em"), children=[Text(text)]))
    return root


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="repetitions (default 5)")
    parser.add_argument("--font", default="serif", help="font-family (default serif)")
    args = parser.parse_args(argv)

    texts = paragraphs()
    word_count = sum(len(text.split()) for text in texts)
    best = best_cpu = float("inf")
    first = None
    lines = 0
    for _ in range(args.repeat):
        root = build_tree(texts, args.font)
        gc.collect()
        start = time.perf_counter()
        start_cpu = time.process_time()
        root_box = layout(root, 800, 600)
        elapsed = time.perf_counter() - start
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
        first = elapsed if first is None else first
        best = min(best, elapsed)
        lines = sum(len(box.lines or ()) for box in root_box.descendants())
    print(f"{PARAGRAPHS} paragraphs x {WORDS} words ({word_count:,} words, {lines} lines) ")
    print(f"at {WIDTH}px, font-family {args.font!r}:")
    print(f"first run      {first * 1000:>10.1f} ms{word_count / first:>14,.0f} words/s")
    print(f"best of {args.repeat:<3}    {best * 1000:>10.1f} ms{word_count / best:>14,.0f} words/s")
    print(f"best CPU time  {best_cpu * 1000:>10.1f} ms{word_count / best_cpu:>14,.0f} words/s")


if __name__ == "__main__":
    main()
