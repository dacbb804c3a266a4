"""colosseum.wpt.fuzzy: WPT's <meta name="fuzzy"> syntax and the image comparison."""

from __future__ import annotations

import pytest
from PIL import Image

from colosseum.wpt.fuzzy import (
    FuzzyRule,
    applicable_rule,
    equal_within,
    image_difference,
    parse_fuzzy,
)


@pytest.mark.parametrize(
    ("content", "channel", "pixels"),
    [
        ("maxDifference=10-15;totalPixels=200-300", (10, 15), (200, 300)),
        ("maxDifference=15;totalPixels=300", (15, 15), (300, 300)),
        ("15;300", (15, 15), (300, 300)),
        ("0-2 ; 0-40", (0, 2), (0, 40)),
        ("totalPixels=5-6;maxDifference=1-2", (1, 2), (5, 6)),
        ("10-15;totalPixels=200-300", (10, 15), (200, 300)),
    ],
)
def test_parse_general_rules(content, channel, pixels):
    assert parse_fuzzy(content, "css/a/test.html") == [FuzzyRule(None, channel, pixels)]


def test_parse_rule_for_one_reference_resolves_it_against_the_test():
    (rule,) = parse_fuzzy("../ref/green-ref.html:0-1;0-25", "css/a/test.html")
    assert rule == FuzzyRule("css/ref/green-ref.html", (0, 1), (0, 25))
    (rule,) = parse_fuzzy("ref.html:maxDifference=255;100-100", "css/a/test.html")
    assert rule == FuzzyRule("css/a/ref.html", (255, 255), (100, 100))


@pytest.mark.parametrize(
    "content",
    ["", "15", "1;2;3", "a;b", "maxDifference=5", "5-1;0-10", "colour=3;4", "1;1-x", "1;1;"],
)
def test_malformed_specifiers_raise(content):
    with pytest.raises(ValueError, match="fuzzy"):
        parse_fuzzy(content, "t.html")


def test_rule_bounds_are_inclusive():
    rule = FuzzyRule(None, (10, 15), (200, 300))
    assert rule.allows(10, 200) and rule.allows(15, 300)
    assert not rule.allows(9, 250)
    assert not rule.allows(16, 250)
    assert not rule.allows(12, 199)
    assert not rule.allows(12, 301)


def test_identical_renderings_pass_when_either_range_allows_zero():
    # As WPT's runner: 0 differing pixels pass if 0 is in either range.
    assert FuzzyRule(None, (128, 128), (0, 100)).allows(0, 0)
    assert FuzzyRule(None, (0, 128), (100, 100)).allows(0, 0)
    assert not FuzzyRule(None, (5, 5), (300, 300)).allows(0, 0)


def test_without_a_rule_only_identical_renderings_are_equal():
    assert equal_within(None, 0, 0)
    assert not equal_within(None, 1, 1)
    assert equal_within(FuzzyRule(None, (0, 1), (0, 1)), 1, 1)


def test_a_rule_naming_the_reference_wins_over_a_general_one():
    general = FuzzyRule(None, (0, 1), (0, 1))
    specific = FuzzyRule("a/ref.html", (0, 9), (0, 9))
    assert applicable_rule([general, specific], "a/ref.html") is specific
    assert applicable_rule([general, specific], "a/other.html") is general
    assert applicable_rule([specific], "a/other.html") is None


def test_image_difference_counts_pixels_and_the_largest_channel_difference():
    first = Image.new("RGB", (20, 10), "white")
    second = first.copy()
    assert image_difference(first, second) == (0, 0)
    second.putpixel((3, 4), (255, 250, 255))
    second.putpixel((19, 9), (0, 255, 255))
    assert image_difference(first, second) == (255, 2)
    second = first.copy()
    second.putpixel((0, 0), (254, 255, 255))
    assert image_difference(first, second) == (1, 1)


def test_images_of_different_sizes_differ_everywhere():
    assert image_difference(Image.new("RGB", (4, 4)), Image.new("RGB", (4, 5))) == (255, 20)


def test_image_modes_are_compared_as_rgb():
    rgb = Image.new("RGB", (2, 2), (0, 128, 0))
    rgba = Image.new("RGBA", (2, 2), (0, 128, 0, 255))
    assert image_difference(rgb, rgba) == (0, 0)
