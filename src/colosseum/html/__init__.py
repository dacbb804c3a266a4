"""Documents: HTML and XHTML with their stylesheets, cascaded into styled node trees.

``Document.from_file(path)`` or ``Document.from_string(text, base_url=...)``
parses a document, loads the stylesheets it names, runs the cascade and
computes the style of every node (``element.computed``).
"""

from .document import Document
from .stylesheets import CSSWarning, FontFace
from .tree import Element, GeneratedImage, PseudoElement

__all__ = ["CSSWarning", "Document", "Element", "FontFace", "GeneratedImage", "PseudoElement"]
