"""Running tree algorithms on deep trees.

Box generation and layout recurse over the tree, a few Python frames per
level. Documents and widget trees may nest thousands of levels deep (a
10,000-deep tree must lay out), deeper than Python's default recursion
limit and main-thread stack allow. :func:`call_deep` runs a function in a
worker thread with a large stack and a raised recursion limit; past
:data:`MAX_DEPTH` levels the tree is refused with a clear error instead.
"""

from __future__ import annotations

import sys
import threading

MAX_DEPTH = 100_000  # tree levels accepted
_FRAMES_PER_LEVEL = 40  # generous: atomic inlines recurse through several contexts
_STACK_BYTES = 1 << 30  # virtual size reserved for the worker's stack


class TreeTooDeepError(ValueError):
    """A tree nested deeper than Colosseum lays out."""


def tree_depth(root) -> int:
    """The number of levels in the tree under ``root`` (iteratively, a level
    at a time): nodes and boxes alike have ``children``."""
    depth = 0
    level = [root]
    while level:
        depth += 1
        below = []
        for node in level:
            children = node.children
            if children:
                below.extend(children)
        level = below
    return depth


def call_deep(depth: int, function, *args, **kwargs):
    """``function(*args, **kwargs)``, with room to recurse ``depth`` levels."""
    if depth > MAX_DEPTH:
        raise TreeTooDeepError(
            f"the tree is {depth} levels deep; Colosseum lays out at most {MAX_DEPTH}"
        )
    needed = depth * _FRAMES_PER_LEVEL + 1000
    if needed <= sys.getrecursionlimit() - 200 and depth < 100:
        return function(*args, **kwargs)
    result = {}

    def run():
        previous = sys.getrecursionlimit()
        sys.setrecursionlimit(max(previous, needed + 1000))
        try:
            result["value"] = function(*args, **kwargs)
        except BaseException as error:  # re-raised in the calling thread
            result["error"] = error
        finally:
            sys.setrecursionlimit(previous)

    previous_size = threading.stack_size()
    threading.stack_size(_STACK_BYTES)
    try:
        worker = threading.Thread(target=run, name="colosseum-layout")
        worker.start()
    finally:
        threading.stack_size(previous_size)
    worker.join()
    error = result.get("error")
    if isinstance(error, RecursionError):
        raise TreeTooDeepError(
            f"the tree is {depth} levels deep, more than this kind of nesting can be laid "
            "out with the stack available"
        ) from error
    if error is not None:
        raise error
    return result["value"]
