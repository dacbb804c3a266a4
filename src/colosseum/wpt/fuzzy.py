"""Reftest fuzziness (web-platform-tests' ``<meta name="fuzzy">``) and image comparison.

A fuzzy specifier allows a test's rendering to differ slightly from its
reference: ``content="maxDifference=10-15;totalPixels=200-300"``, or the
short form ``"10-15;200-300"``, either optionally prefixed by the reference
it applies to (``"ref.html:10;300"``). The first range bounds the largest
difference of any colour channel at any pixel (0-255), the second the number
of pixels that differ; a single number ``n`` means exactly ``n``, and ranges
are inclusive. As in WPT's runner, identical renderings pass a fuzzy match
whenever either range allows 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .paths import resolve_href

_RANGE = re.compile(r"^\s*(?:(\w+)\s*=\s*)?(\d+)\s*(?:-\s*(\d+))?\s*$")
NAMES = ("maxDifference", "totalPixels")


@dataclass(frozen=True)
class FuzzyRule:
    """An allowance: for comparisons with ``reference`` (suite-relative;
    None: with any reference) of the file that declares it."""

    reference: str | None
    max_difference: tuple[int, int]
    total_pixels: tuple[int, int]

    def allows(self, max_difference: int, total_pixels: int) -> bool:
        """Whether a comparison with these differences counts as equal."""
        channel_ok = self.max_difference[0] <= max_difference <= self.max_difference[1]
        pixels_ok = self.total_pixels[0] <= total_pixels <= self.total_pixels[1]
        # As WPT's runner: identical renderings (both numbers 0) pass when
        # either range includes 0.
        return (
            (channel_ok and pixels_ok)
            or (total_pixels == 0 and channel_ok)
            or (max_difference == 0 and pixels_ok)
        )


def _parse_range(text: str, content: str) -> tuple[str | None, tuple[int, int]]:
    match = _RANGE.match(text)
    if not match:
        raise ValueError(f"invalid fuzzy range {text!r} in {content!r}")
    name, low, high = match.groups()
    if name is not None and name not in NAMES:
        raise ValueError(f"invalid fuzzy name {name!r} in {content!r}: expected {NAMES}")
    low_value = int(low)
    high_value = int(high) if high is not None else low_value
    if high_value < low_value:
        raise ValueError(f"invalid fuzzy range {text!r} in {content!r}: empty range")
    return name, (low_value, high_value)


def parse_fuzzy(content: str, source: str = "") -> list[FuzzyRule]:
    """The rule of one ``<meta name="fuzzy" content>`` of the file ``source``
    (suite-relative; a reference prefix is resolved against it). Raises
    ValueError for a malformed specifier."""
    text = content.strip()
    reference = None
    if ":" in text:
        prefix, _, text = text.rpartition(":")
        reference = resolve_href(prefix.strip(), source) if source else prefix.strip()
        if reference is None:
            raise ValueError(f"invalid fuzzy reference {prefix!r} in {content!r}")
    parts = text.split(";")
    if len(parts) != 2:
        raise ValueError(
            f"invalid fuzzy specifier {content!r}: expected "
            "'maxDifference=A-B;totalPixels=C-D' or 'A-B;C-D'"
        )
    ranges: dict[str, tuple[int, int]] = {}
    for position, part in enumerate(parts):
        name, value = _parse_range(part, content)
        name = name or NAMES[position]
        if name in ranges:
            raise ValueError(f"fuzzy {name} given twice in {content!r}")
        ranges[name] = value
    return [FuzzyRule(reference, ranges["maxDifference"], ranges["totalPixels"])]


def applicable_rule(rules, reference: str) -> FuzzyRule | None:
    """The rule for a comparison with ``reference``: one naming it, else a
    general one, else None (exact match)."""
    general = None
    for rule in rules:
        if rule.reference == reference:
            return rule
        if rule.reference is None and general is None:
            general = rule
    return general


def image_difference(first, second) -> tuple[int, int]:
    """``(max channel difference, differing pixels)`` of two Pillow images
    (compared in RGB; images of different sizes differ everywhere)."""
    from PIL import ImageChops

    if first.size != second.size:
        return 255, max(first.size[0] * first.size[1], second.size[0] * second.size[1])
    first, second = first.convert("RGB"), second.convert("RGB")
    if first.tobytes() == second.tobytes():
        return 0, 0
    difference = ImageChops.difference(first, second)
    red, green, blue = difference.split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    histogram = largest.histogram()
    pixels = sum(histogram[1:])
    maximum = max(value for value, count in enumerate(histogram) if count)
    return maximum, pixels


def equal_within(rule: FuzzyRule | None, max_difference: int, total_pixels: int) -> bool:
    """Whether two renderings with these differences match (exactly, or under ``rule``)."""
    if rule is None:
        return total_pixels == 0
    return rule.allows(max_difference, total_pixels)
