"""The ``colosseum`` command, driven through ``colosseum.cli.main``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from colosseum.cli import main, parse_viewport

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def css_file(tmp_path):
    """Write a declaration block to a file and return its path as a string."""

    def write(text: str, name: str = "block.css") -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def computed_section(out: str) -> list[str]:
    """The ``property: value`` lines after the computed-style header."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("/* computed"))
    return lines[start + 1 :]


# --- style: success ---------------------------------------------------------------


def test_style_prints_declared_then_computed(capsys, css_file):
    from colosseum.style import CSS

    text = "display: flex; width: 10px; margin: 0 auto"
    status, out, err = run(capsys, "style", css_file(text))
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "/* declared */"
    assert lines[1] == str(CSS.from_string(text))
    computed = computed_section(out)
    assert "display: flex" in computed
    assert "width: 10px" in computed
    assert "margin-left: auto" in computed


def test_style_lists_every_computed_property_sorted(capsys, css_file):
    from colosseum.style import CSS, compute_style

    status, out, _ = run(capsys, "style", css_file("width: 50%"))
    assert status == 0
    computed = computed_section(out)
    names = [line.split(":", 1)[0] for line in computed]
    assert names == sorted(names)
    assert set(names) == set(compute_style(CSS()))
    assert all(": " in line for line in computed)


def test_style_resolves_font_relative_units_against_the_root(capsys, css_file):
    # The root's font-size is the initial 'medium', 16px.
    status, out, _ = run(capsys, "style", css_file("font-size: 2em"))
    assert status == 0
    assert "font-size: 32px" in computed_section(out)


def test_style_viewport_option(capsys, css_file):
    path = css_file("font-size: 10vw")
    status, out, _ = run(capsys, "style", path, "--viewport", "1000x500")
    assert status == 0
    assert "font-size: 100px" in computed_section(out)
    assert "viewport 1000x500" in out


def test_style_declared_only(capsys, css_file):
    from colosseum.style import CSS

    text = "/* a comment */ padding: 4px 8px; flex: 1"
    status, out, err = run(capsys, "style", "--declared-only", css_file(text))
    assert status == 0
    assert err == ""
    assert out == str(CSS.from_string(text)) + "\n"


def test_style_output_parses_back(capsys, css_file):
    from colosseum.style import CSS

    text = "border: 1px solid #888; font: bold 14px/1.5 sans-serif"
    status, out, _ = run(capsys, "style", "--declared-only", css_file(text))
    assert status == 0
    assert CSS.from_string(out) == CSS.from_string(text)


def test_style_bundled_example(capsys):
    status, out, err = run(capsys, "style", str(EXAMPLES / "button.css"))
    assert status == 0, err
    assert "display: flex" in computed_section(out)


def test_style_empty_block(capsys, css_file):
    status, out, _ = run(capsys, "style", css_file("/* nothing declared */\n"))
    assert status == 0
    assert computed_section(out)


# --- style: errors ----------------------------------------------------------------


def test_style_invalid_value_exits_2(capsys, css_file):
    path = css_file("width: bogus")
    status, out, err = run(capsys, "style", path)
    assert status == 2
    assert out == ""
    assert err.startswith("colosseum: ")
    assert "width" in err and "bogus" in err
    assert "Traceback" not in err


def test_style_unknown_property_exits_2(capsys, css_file):
    status, out, err = run(capsys, "style", css_file("widht: 10px"))
    assert status == 2
    assert out == ""
    assert err.startswith("colosseum: ")
    assert "widht" in err


def test_style_missing_file_exits_2(capsys, tmp_path):
    missing = tmp_path / "nope.css"
    status, out, err = run(capsys, "style", str(missing))
    assert status == 2
    assert out == ""
    assert err == f"colosseum: {missing}: no such file\n"


def test_style_directory_exits_2(capsys, tmp_path):
    status, _, err = run(capsys, "style", str(tmp_path))
    assert status == 2
    assert err.startswith("colosseum: ")


def test_style_non_utf8_file_exits_2(capsys, tmp_path):
    path = tmp_path / "latin1.css"
    path.write_bytes(b"content: '\xe9'")
    status, _, err = run(capsys, "style", str(path))
    assert status == 2
    assert "UTF-8" in err


@pytest.mark.parametrize("value", ["800", "x600", "800x", "0x600", "-1x5", "axb", "infxinf"])
def test_bad_viewport_is_a_usage_error(capsys, css_file, value):
    status, out, err = run(capsys, "style", css_file("width: 1px"), "--viewport", value)
    assert status == 2
    assert out == ""
    assert "viewport" in err


@pytest.mark.parametrize(
    ("text", "size"),
    [("800x600", (800, 600)), ("1024.5X768", (1024.5, 768)), ("1x1", (1, 1))],
)
def test_parse_viewport(text, size):
    assert parse_viewport(text) == size


def test_no_command_is_a_usage_error(capsys):
    status, _, err = run(capsys)
    assert status == 2
    assert "usage:" in err


def test_help_exits_0(capsys):
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "style" in out


# --- python -m colosseum ------------------------------------------------------------


def test_python_dash_m(tmp_path):
    path = tmp_path / "block.css"
    path.write_text("width: 10px", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "colosseum", "style", "--declared-only", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "width" in result.stdout


# --- style: HTML and XHTML documents ------------------------------------------------

DOCUMENT = """<!DOCTYPE html>
<html>
<head><style>
  p { margin: 0; }
  p.note { font-size: 20px; }
  @media (min-width: 1000px) { #intro { width: 50%; } }
</style></head>
<body>
  <p id="intro" class="note big">Hello</p>
  <p>World <span style="display: block">!</span></p>
</body>
</html>
"""


@pytest.fixture
def html_file(tmp_path):
    """Write a document to a file and return its path as a string."""

    def write(text: str = DOCUMENT, name: str = "page.html") -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def element_blocks(out: str) -> list[list[str]]:
    """The printed elements: each a header line and its property lines."""
    return [block.splitlines() for block in out.strip("\n").split("\n\n")]


def test_style_document_prints_the_root_by_default(capsys, html_file):
    from colosseum.html import Document

    status, out, err = run(capsys, "style", html_file())
    assert status == 0
    assert err == ""
    [block] = element_blocks(out)
    assert block[0] == "html"
    names = [line.split(":", 1)[0] for line in block[1:]]
    assert all(line.startswith("  ") for line in block[1:])
    assert names == sorted(names)
    root = Document.from_string(DOCUMENT).root
    assert [name.strip() for name in names] == sorted(root.computed)
    assert "  display: block" in block


def test_style_document_select_prints_each_match_with_its_path(capsys, html_file):
    status, out, _ = run(capsys, "style", html_file(), "--select", "p")
    assert status == 0
    blocks = element_blocks(out)
    assert [block[0] for block in blocks] == ["html > body > p#intro.note.big", "html > body > p"]
    assert "  font-size: 20px" in blocks[0]
    assert "  font-size: 16px" in blocks[1]


def test_style_document_property_limits_the_listing(capsys, html_file):
    path = html_file()
    status, out, _ = run(
        capsys, "style", path, "--select", "#intro", "--property", "font-size",
        "--property", "margin_top", "--property", "margin",
    )  # fmt: skip
    assert status == 0
    assert out.splitlines() == [
        "html > body > p#intro.note.big",
        "  font-size: 20px",
        "  margin-top: 0px",
        "  margin: 0px",
    ]


def test_style_document_viewport_drives_media_queries(capsys, html_file):
    path = html_file()
    args = ("style", path, "--select", "#intro", "--property", "width")
    assert run(capsys, *args)[1].splitlines()[1] == "  width: auto"
    status, out, _ = run(capsys, *args, "--viewport", "1200x800")
    assert status == 0
    assert out.splitlines()[1] == "  width: 50%"


def test_style_document_warnings_go_to_stderr(capsys, html_file):
    path = html_file("<style>p { width: bogus; color: red }</style><p>x</p>")
    status, out, err = run(capsys, "style", path, "--select", "p", "--property", "color")
    assert status == 0
    assert out.splitlines() == ["html > body > p", "  color: rgb(255, 0, 0)"]
    assert err.startswith("colosseum: warning: ")
    assert "bogus" in err and "width" in err


def test_style_document_declared_only(capsys, html_file):
    status, out, _ = run(capsys, "style", html_file(), "--select", "span", "--declared-only")
    assert status == 0
    assert out.splitlines() == ["html > body > p > span", "  display: block"]


def test_style_xhtml_document(capsys, html_file):
    text = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><style>div { float: left }</style>'
        '</head><body><div id="d">x</div></body></html>'
    )
    path = html_file(text, "page.xht")
    status, out, _ = run(capsys, "style", path, "--select", "div", "--property", "display")
    assert status == 0
    assert out.splitlines() == ["html > body > div#d", "  display: block"]


def test_style_document_without_extension_is_html(capsys, html_file):
    status, out, _ = run(capsys, "style", html_file(name="page"), "--property", "display")
    assert status == 0
    assert out.splitlines() == ["html", "  display: block"]


def test_style_bundled_article_example(capsys):
    status, out, err = run(capsys, "style", str(EXAMPLES / "article.html"), "--select", "h1")
    assert status == 0, err
    [block] = element_blocks(out)
    assert block[0] == "html > body > article > h1"
    assert "  font-size: 40px" in block
    assert "  font-weight: 700" in block


def test_style_document_no_match_exits_1(capsys, html_file):
    status, out, err = run(capsys, "style", html_file(), "--select", "table")
    assert status == 1
    assert out == ""
    assert err == "colosseum: no element matches 'table'\n"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--select", "p["), "--select"),
        (("--property", "widht"), "did you mean 'width'"),
    ],
)
def test_style_document_bad_options_exit_2(capsys, html_file, options, message):
    status, out, err = run(capsys, "style", html_file(), *options)
    assert status == 2
    assert out == ""
    assert err.startswith("colosseum: ")
    assert message in err
    assert "Traceback" not in err


def test_style_document_errors_exit_2(capsys, tmp_path, html_file):
    missing = tmp_path / "missing.html"
    status, _, err = run(capsys, "style", str(missing))
    assert status == 2
    assert err == f"colosseum: {missing}: no such file\n"
    broken = html_file("<html><body></html>", "broken.xhtml")
    status, out, err = run(capsys, "style", broken)
    assert status == 2
    assert out == ""
    assert "not well-formed" in err


def test_style_css_file_rejects_document_options(capsys, css_file):
    status, out, err = run(capsys, "style", css_file("width: 1px"), "--select", "p")
    assert status == 2
    assert out == ""
    assert "--select" in err
