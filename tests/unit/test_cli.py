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
