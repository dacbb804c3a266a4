"""The ``colosseum`` command.

One function per subcommand (``cmd_<name>``), each taking the parsed
arguments and returning the exit status. Exit statuses: 0 success, 1 a
selector that matches no element, 2 bad input (unreadable file, invalid CSS
or selector, bad option), as argparse does for usage errors.

Subcommands:

``colosseum style FILE.css``
    FILE holds one CSS declaration block (what a ``style=""`` attribute
    holds; comments allowed). Prints the declaration as parsed, then the
    computed value of every property for an element carrying it whose parent
    is a root element with no declarations of its own.

``colosseum style DOCUMENT [--select SELECTOR] [--property NAME ...]``
    DOCUMENT is an HTML or XHTML file (any extension but ``.css``; ``.xht``,
    ``.xhtml`` and ``.xml`` are read as XML). Prints, for each element that
    SELECTOR matches (default: the root element), a header line with its path
    (``html > body > p#intro.note``) and then its computed style, one
    ``  property: value`` line per property, sorted (``--property`` limits
    the list). The document's CSS warnings go to standard error.

``colosseum layout DOCUMENT [--width W --height H] [--json]``
    Lays DOCUMENT out in a W x H viewport (default 800 x 600) and prints its
    box tree, or with ``--json`` the JSON geometry dump of DESIGN.md.

``colosseum render DOCUMENT -o OUT.png|OUT.svg [--width W --height H]``
    Lays DOCUMENT out and paints it (:mod:`colosseum.paint`).

``colosseum wpt SUITE_DIR [PATHS...] [--jobs N] [--json REPORT] [--html DIR]``
    Runs W3C reftests and check-layout tests with Colosseum and reports pass
    counts per folder (:mod:`colosseum.wpt`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .style.values import format_number

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


def parse_length_argument(text: str) -> float:
    """A viewport dimension in CSS px: a finite number > 0."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"invalid size {text!r}: expected a number of CSS px > 0")
    return value


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


DECLARATION_BLOCK_EXTENSIONS = (".css",)


def is_declaration_block(path: str) -> bool:
    """Whether ``colosseum style`` reads ``path`` as a declaration block
    (a ``.css`` file) rather than as an HTML/XHTML document."""
    return path.lower().endswith(DECLARATION_BLOCK_EXTENSIONS)


def property_names(names: Sequence[str]) -> list[str]:
    """The CSS names of ``--property`` options (underscores allowed,
    shorthands too); a UsageError naming an unknown one."""
    from colosseum.style.parser import canonical_name

    result = []
    for name in names:
        try:
            result.append(canonical_name(name.strip()))
        except ValueError as exc:
            raise UsageError(f"--property: {exc}") from None
    return result


def load_document(path: str, viewport: tuple[float, float]):
    """Parse and style the HTML/XHTML document at ``path``; a UsageError if
    it cannot be read or parsed."""
    from colosseum.html import Document

    file = Path(path)
    if not file.exists():
        raise UsageError(f"{path}: no such file")
    if file.is_dir():
        raise UsageError(f"{path}: is a directory, expected a file")
    try:
        document = Document.from_file(file, viewport=viewport)
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # XML that is not well-formed, an unknown encoding
        raise UsageError(f"{path}: {exc}") from None
    return document


def element_label(element) -> str:
    """``tag#id.class1.class2`` for one element."""
    label = element.tag
    element_id = element.attributes.get("id", "").strip()
    if element_id and not any(c.isspace() for c in element_id):
        label += f"#{element_id}"
    label += "".join(f".{name}" for name in element.attributes.get("class", "").split())
    return label


def element_path(element) -> str:
    """The element's ancestry from the root: ``html > body > p#intro.note``."""
    steps = []
    node = element
    while node is not None and hasattr(node, "tag"):
        steps.append(element_label(node))
        node = node.parent
    return " > ".join(reversed(steps))


def document_style_lines(element, names: Sequence[str], declared_only: bool) -> list[str]:
    """The lines printed for one element: its path, then ``  property: value``."""
    lines = [element_path(element)]
    if declared_only:
        lines += [f"  {name}: {value}" for name, value in element.style.items()]
        return lines
    computed = element.computed
    for name in names or sorted(computed):
        lines.append(f"  {name}: {computed[name]}")
    return lines


def cmd_style_document(args: argparse.Namespace) -> int:
    names = property_names(args.property)
    document = load_document(args.file, args.viewport)
    for warning in document.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    if args.select is None:
        elements = [document.root]
    else:
        try:
            elements = document.select(args.select)
        except ValueError as exc:
            raise UsageError(f"--select: {exc}") from None
    if not elements:
        print(f"{PROG}: no element matches {args.select!r}", file=sys.stderr)
        return 1
    blocks = ["\n".join(document_style_lines(e, names, args.declared_only)) for e in elements]
    print("\n\n".join(blocks))
    return 0


def cmd_style(args: argparse.Namespace) -> int:
    if not is_declaration_block(args.file):
        return cmd_style_document(args)
    if args.select is not None or args.property:
        raise UsageError(
            f"{args.file}: --select and --property apply to HTML/XHTML documents, "
            "not to a .css declaration block"
        )
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
        help="print the computed style of a document's elements or of a declaration block",
        description=(
            "When FILE is an HTML or XHTML document (any extension but .css; "
            ".xht, .xhtml and .xml are read as XML), print the computed style of "
            "the elements matching --select (default: the root element): for each, "
            "a line with its path such as 'html > body > p#intro.note', then one "
            "'  property: value' line per property, sorted by name. The document's "
            "CSS warnings go to standard error. "
            "When FILE is a .css file, it holds one declaration block such as a "
            "style attribute holds (comments allowed): print it as parsed, then the "
            "computed value of every property for an element with that style whose "
            "parent is the root element."
        ),
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="an HTML/XHTML document, or a .css file holding one declaration block",
    )
    parser.add_argument(
        "--select",
        metavar="CSS-SELECTOR",
        help="documents: the elements to print, in document order (default: the root element)",
    )
    parser.add_argument(
        "--property",
        metavar="NAME",
        action="append",
        default=[],
        help="documents: print only this property (repeatable; shorthands allowed)",
    )
    parser.add_argument(
        "--declared-only",
        action="store_true",
        help=(
            "print only the declarations: the block as parsed, or for a document "
            "each element's cascaded declarations"
        ),
    )
    parser.add_argument(
        "--viewport",
        type=parse_viewport,
        default=DEFAULT_VIEWPORT,
        metavar="WxH",
        help="viewport size in CSS px, for media queries and vw/vh units (default: %(default)s)",
    )
    parser.set_defaults(handler=cmd_style)


# --- layout -------------------------------------------------------------------


def _rect_text(x: float, y: float, width: float, height: float) -> str:
    return f"{format_number(x)},{format_number(y)} {format_number(width)}x{format_number(height)}"


def _box_label(box) -> str:
    node = box.node
    if node is None:
        return "anonymous"
    label = getattr(node, "tag", None) or type(node).__name__
    ident = getattr(node, "attributes", {}).get("id")
    return f"{label}#{ident}" if ident else label


def box_tree_lines(root_box) -> list[str]:
    """One line per box: its class, node and border box. Line boxes follow
    the box holding them; a text or inline box, laid out in fragments (one
    per line), lists its fragments instead of a border box (iteratively:
    trees may be deep)."""
    lines = []
    stack = [(root_box, 0)]
    while stack:
        box, level = stack.pop()
        indent = "  " * level
        name = f"{indent}{type(box).__name__} {_box_label(box)}"
        if box.fragments is None:
            lines.append(f"{name} {_rect_text(*box.border_box())}")
        else:
            lines.append(f"{name} ({len(box.fragments)} fragments)")
            for fragment in box.fragments:
                text = getattr(fragment, "text", None)
                rect = fragment.border_box() if text is None else fragment
                label = "fragment" if text is None else f"text {text!r}"
                lines.append(
                    f"{indent}  {label} {_rect_text(rect.x, rect.y, rect.width, rect.height)}"
                )
        for line in box.lines or ():
            lines.append(f"{indent}  line {_rect_text(line.x, line.y, line.width, line.height)}")
        stack.extend((child, level + 1) for child in reversed(box.children))
    return lines


def add_viewport_arguments(parser) -> None:
    """``--width`` and ``--height``: the viewport of ``layout`` and ``render``."""
    for name in ("width", "height"):
        default = 800.0 if name == "width" else 600.0
        parser.add_argument(
            f"--{name}",
            type=parse_length_argument,
            default=default,
            help=f"viewport {name} in CSS px (default: {default:g})",
        )


def cmd_layout(args: argparse.Namespace) -> int:
    width, height = args.width, args.height
    document = load_document(args.file, (width, height))
    for warning in document.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    root_box = document.layout(width, height)
    if args.json:
        print(json.dumps(document.geometry(), indent=1))
    elif root_box is None:
        print("(the root element generates no box)")
    else:
        print("\n".join(box_tree_lines(root_box)))
    return 0


def add_layout_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "layout",
        help="lay out an HTML/XHTML document and print its box tree or geometry",
        description=(
            "Lay out FILE (HTML, or XHTML for .xht, .xhtml and .xml) in a viewport of "
            "--width x --height CSS px and print its box tree: one line per box with "
            "its class, element and border box (x,y widthxheight), with line boxes "
            "and text fragments. --json prints the JSON geometry dump instead: every "
            "element's border box as a browser's getBoundingClientRect() gives it."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="an HTML or XHTML document")
    add_viewport_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the JSON geometry dump")
    parser.set_defaults(handler=cmd_layout)


# --- render -------------------------------------------------------------------


def cmd_render(args: argparse.Namespace) -> int:
    """Lay out FILE and paint it to a PNG (Pillow) or SVG file."""
    from .paint import document_display_list, to_image, to_svg

    output = Path(args.output)
    kind = output.suffix.lower()
    if kind not in (".png", ".svg"):
        raise UsageError(f"{args.output}: the output must end in .png or .svg")
    if kind == ".png":
        try:
            import PIL  # noqa: F401
        except ImportError:
            raise UsageError("PNG output needs Pillow (pip install 'colosseum[render]')") from None
    width, height = args.width, args.height
    document = load_document(args.file, (width, height))
    for warning in document.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    ops = document_display_list(document, width, height)
    try:
        if kind == ".svg":
            output.write_text(to_svg(ops, width, height), encoding="utf-8")
        else:
            to_image(ops, width, height).save(output, format="PNG")
    except OSError as exc:
        raise UsageError(f"{args.output}: {exc.strerror or exc}") from None
    return 0


def add_render_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "render",
        help="lay out an HTML/XHTML document and paint it to PNG or SVG",
        description=(
            "Lay out FILE in a viewport of --width x --height CSS px and paint it "
            "(CSS 2.1 Appendix E painting order) to OUT: a .png image (needs Pillow; "
            "one pixel per CSS px, no anti-aliasing) or an .svg document."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="an HTML or XHTML document")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="OUT.png or OUT.svg")
    add_viewport_arguments(parser)
    parser.set_defaults(handler=cmd_render)


# --- wpt ----------------------------------------------------------------------


def add_wpt_parser(subparsers) -> None:
    """``colosseum wpt``: the conformance runner (colosseum.wpt.command)."""
    from .wpt.command import DESCRIPTION, add_arguments, cmd_wpt

    parser = subparsers.add_parser(
        "wpt", help="run W3C/WPT reftests and check-layout tests", description=DESCRIPTION
    )
    add_arguments(parser)
    parser.set_defaults(handler=cmd_wpt)


# --- entry point --------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Colosseum, a CSS layout engine in pure Python.",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    subparsers.required = True
    add_style_parser(subparsers)
    add_layout_parser(subparsers)
    add_render_parser(subparsers)
    add_wpt_parser(subparsers)
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
