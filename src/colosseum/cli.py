"""The ``colosseum`` command.

One function per subcommand (``cmd_<name>``), each taking the parsed
arguments and returning the exit status. Exit statuses: 0 success, 2 bad
input (unreadable file, invalid CSS, bad option), as argparse does for usage
errors.

Subcommands:

``colosseum style FILE``
    FILE holds one CSS declaration block (what a ``style=""`` attribute
    holds; comments allowed). Prints the declaration as parsed, then the
    computed value of every property for an element carrying it whose parent
    is a root element with no declarations of its own.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

PROG = "colosseum"
DEFAULT_VIEWPORT = "800x600"


class UsageError(Exception):
    """Bad input found by a subcommand: printed as ``colosseum: <message>``, exit 2."""


def parse_viewport(text: str) -> tuple[float, float]:
    """Parse ``WxH`` (CSS px, e.g. ``800x600`` or ``1024.5x768``) into ``(width, height)``."""
    width, sep, height = text.lower().partition("x")
    try:
        if not sep:
            raise ValueError
        size = (float(width), float(height))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid viewport {text!r}: expected WIDTHxHEIGHT in CSS px, e.g. 800x600"
        ) from None
    if not all(0 < v < float("inf") for v in size):
        raise argparse.ArgumentTypeError(
            f"invalid viewport {text!r}: width and height must be positive"
        )
    # Whole numbers stay ints so that they print as "800", not "800.0".
    return tuple(int(v) if v.is_integer() else v for v in size)  # type: ignore[return-value]


def read_text(path: str) -> str:
    """The contents of ``path`` as UTF-8 text, or a UsageError saying why not."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, expected a file") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror or exc}") from None


# --- colosseum style --------------------------------------------------------


def computed_lines(computed) -> list[str]:
    """``property: value`` for every property of a computed style, sorted by name."""
    return [f"{name}: {computed[name]}" for name in sorted(computed)]


def parse_declarations(text: str, source: str):
    """Parse a declaration block into a ``CSS``; a UsageError if it is invalid."""
    from colosseum.style import CSS

    try:
        return CSS.from_string(text)
    except ValueError as exc:
        raise UsageError(f"{source}: {exc}") from None


def compute_as_child_of_root(declared, viewport: tuple[float, float]):
    """The computed style of an element with style ``declared`` whose parent is the root.

    The root element has no declarations of its own, so its values are the
    initial ones (adjusted as a root's are, CSS 2.1 §9.7).
    """
    from colosseum.style import CSS, compute_style

    root = compute_style(CSS(), parent=None, root=None, viewport=viewport)
    return compute_style(declared, parent=root, root=root, viewport=viewport)


def cmd_style(args: argparse.Namespace) -> int:
    declared = parse_declarations(read_text(args.file), args.file)
    if args.declared_only:
        print(declared)
        return 0
    computed = compute_as_child_of_root(declared, args.viewport)
    width, height = args.viewport
    print("/* declared */")
    print(declared)
    print(f"/* computed: parent is the root element, viewport {width}x{height} */")
    for line in computed_lines(computed):
        print(line)
    return 0


def add_style_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "style",
        help="print the declared and computed style of a CSS declaration block",
        description=(
            "Read FILE, a CSS declaration block such as a style attribute holds "
            "(comments allowed), and print it as parsed, then the computed value "
            "of every property for an element with that style whose parent is the "
            "root element, one 'property: value' line each, sorted by name."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a .css file holding one declaration block")
    parser.add_argument(
        "--declared-only",
        action="store_true",
        help="print only the declaration block as parsed",
    )
    parser.add_argument(
        "--viewport",
        type=parse_viewport,
        default=DEFAULT_VIEWPORT,
        metavar="WxH",
        help="viewport size in CSS px for vw/vh units (default: %(default)s)",
    )
    parser.set_defaults(handler=cmd_style)


# --- entry point --------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Colosseum, a CSS layout engine in pure Python.",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    subparsers.required = True
    add_style_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return args.handler(args)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
