"""Sphinx configuration for the Colosseum documentation.

Build with ``sphinx-build -W -b html docs docs/_build/html`` from the
repository root; warnings are errors.
"""

import sys
import tomllib
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent

# The local extensions, and the package from the working tree (so that the
# API reference and the property page describe the code beside them even when
# an older copy is installed).
sys.path.insert(0, str(DOCS / "_ext"))
sys.path.insert(0, str(ROOT / "src"))

project = "Colosseum"
author = "The Colosseum developers"
copyright = "2026, The Colosseum developers"

# One source for the version: pyproject.toml.
with open(ROOT / "pyproject.toml", "rb") as f:
    release = tomllib.load(f)["project"]["version"]
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "property_table",
]

root_doc = "index"
exclude_patterns = ["_build"]
templates_path: list[str] = []

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"show-inheritance": False}

html_theme = "alabaster"
html_title = "Colosseum"
html_theme_options = {
    "description": "A CSS layout engine in pure Python",
    "fixed_sidebar": True,
    "page_width": "1100px",
}
html_static_path: list[str] = []
