"""The cascade: css-cascade-4 §6 (CSS 2.1 §6.4).

Declarations that apply to an element are sorted by origin and importance,
then specificity, then order of appearance; the last one wins for each
property. Precedence, lowest first:

1. user-agent normal, 2. user normal, 3. author normal (presentational
hints first, with specificity zero, then stylesheets, then the ``style``
attribute, which beats every selector), 4. author important, 5. user
important, 6. user-agent important.

``revert`` rolls a property back to the value the earlier origins gave it
(css-cascade-4 §7.3.4); without cascade layers ``revert-layer`` does the same.
"""

from __future__ import annotations

import cssselect2

from ..style import CSS
from .media import MediaContext
from .stylesheets import Stylesheet, media_matches

# Rank of each origin's normal and important declarations.
NORMAL_RANK = {"user-agent": 0, "user": 1, "author": 2}
IMPORTANT_RANK = {"author": 3, "user": 4, "user-agent": 5}
# The origin whose declarations a rank's ``revert`` falls back to, by rank.
_REVERT_TO = {0: None, 1: 0, 2: 1, 3: 1, 4: 0, 5: None}
STYLE_ATTRIBUTE_SPECIFICITY = (1_000_000, 0, 0)
HINT_SPECIFICITY = (-1, 0, 0)
_REVERT = frozenset({"revert", "revert-layer"})


class Cascade:
    """The rules of a document's stylesheets that match its media, indexed
    for matching elements (through cssselect2)."""

    def __init__(self, stylesheets: list[Stylesheet], context: MediaContext):
        self.matcher = cssselect2.Matcher()
        for sheet in stylesheets:
            normal_rank = NORMAL_RANK[sheet.origin]
            important_rank = IMPORTANT_RANK[sheet.origin]
            for rule in sheet.rules:
                if rule.media and not media_matches(rule.media, context):
                    continue
                payload = (normal_rank, important_rank, rule.normal, rule.important)
                for selector in rule.selectors:
                    self.matcher.add_selector(selector, payload)

    def cascaded(
        self,
        wrapper,
        hints: CSS | None = None,
        style_attribute: CSS | None = None,
        style_attribute_important: CSS | None = None,
    ) -> dict:
        """The cascaded declarations of an element: ``{pseudo: CSS}`` with
        ``None`` for the element itself and ``"before"``, ``"after"``,
        ``"first-line"``, ``"first-letter"`` for pseudo-elements that rules
        target."""
        layers: dict = {}
        for specificity, order, pseudo, payload in self.matcher.match(wrapper):
            normal_rank, important_rank, normal, important = payload
            entries = layers.setdefault(pseudo, [])
            if len(normal):
                entries.append((normal_rank, specificity, order, normal))
            if len(important):
                entries.append((important_rank, specificity, order, important))
        element_entries = layers.setdefault(None, [])
        if hints is not None and len(hints):
            element_entries.append((NORMAL_RANK["author"], HINT_SPECIFICITY, 0, hints))
        if style_attribute is not None and len(style_attribute):
            element_entries.append(
                (NORMAL_RANK["author"], STYLE_ATTRIBUTE_SPECIFICITY, 0, style_attribute)
            )
        if style_attribute_important is not None and len(style_attribute_important):
            element_entries.append(
                (
                    IMPORTANT_RANK["author"],
                    STYLE_ATTRIBUTE_SPECIFICITY,
                    0,
                    style_attribute_important,
                )
            )
        return {pseudo: _winning(entries) for pseudo, entries in layers.items()}


def _winning(entries) -> CSS:
    """Apply the entries in cascade order; the last declaration of each
    property wins."""
    entries.sort(key=lambda entry: entry[:3])
    declared: dict = {}
    after_rank: list[dict] = []  # after_rank[r]: ``declared`` once ranks <= r were applied
    for rank, _, _, block in entries:
        while len(after_rank) < min(rank, 3):
            after_rank.append(dict(declared))
        for name, value in block._declared.items():
            declared.pop(name, None)
            if isinstance(value, str) and value in _REVERT:
                origin = _REVERT_TO[rank]
                value = None if origin is None else after_rank[origin].get(name)
                if value is None:
                    continue
            declared[name] = value
    style = CSS()
    style._declared.update(declared)
    return style
