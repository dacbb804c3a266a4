"""White space processing (css-text-3 §4, CSS 2.1 §16.6): colosseum.text.whitespace.

Expected outputs come from the specification text and its examples; each test
names the section it checks.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from colosseum.style.values import Ident, Length, Number
from colosseum.text.whitespace import (
    OTHER_SPACE_SEPARATORS,
    WHITE_SPACE_RULES,
    WHITE_SPACE_VALUES,
    ProcessedRun,
    normalize_newlines,
    process_text,
    process_white_space,
    segment_break_removed,
    tab_advance,
    trim_line,
)

COLLAPSING = ("normal", "nowrap", "pre-line")
PRESERVING = ("pre", "pre-wrap", "break-spaces")


def texts(runs, **options):
    return [run.text for run in process_white_space(runs, **options)]


# -- the property values (css-text-3 §3) -----------------------------------------------------


def test_white_space_table_css_text_3_section_3():
    """The informative table of css-text-3 §3: new lines, spaces and tabs,
    wrapping, end-of-line spaces."""
    table = {
        # value: (spaces collapse, new lines preserved, wrap, end-of-line spaces)
        "normal": (True, False, True, "remove"),
        "pre": (False, True, False, "preserve"),
        "nowrap": (True, False, False, "remove"),
        "pre-wrap": (False, True, True, "hang"),
        "break-spaces": (False, True, True, "break-spaces"),
        "pre-line": (True, True, True, "remove"),
    }
    assert set(WHITE_SPACE_VALUES) == set(table)
    for value, (collapse, breaks, wrap, trailing) in table.items():
        rules = WHITE_SPACE_RULES[value]
        assert rules.collapse_spaces is collapse
        assert rules.preserve_breaks is breaks
        assert rules.wrap is wrap
        assert rules.trailing == trailing
        assert rules.tabs_preserved is not collapse


def test_invalid_white_space_value_raises():
    with pytest.raises(ValueError, match="white-space"):
        process_white_space([("a", "wrap")])
    with pytest.raises(ValueError, match="pre-line"):
        trim_line([("a", "bogus")])


def test_ident_values_are_accepted_and_returned_as_plain_strings():
    (run,) = process_white_space([("a  b", Ident("pre-wrap"))])
    assert run == ProcessedRun("a  b", "pre-wrap")
    assert type(run.white_space) is str


# -- phase I: collapsing (css-text-3 §4.1.1) ---------------------------------------------------


@pytest.mark.parametrize("value", ["normal", "nowrap"])
def test_phase1_normal_nowrap_collapse_spaces_tabs_and_segment_breaks(value):
    """css-text-3 §4.1.1 steps 1-4 for normal and nowrap: white space around a
    segment break goes, the break becomes a space, tabs become spaces, and
    consecutive spaces collapse to one."""
    assert process_text("a  \t b", value) == "a b"
    assert process_text("a \t\n\t b", value) == "a b"
    assert process_text("  lead and trail  ", value) == " lead and trail "
    assert process_text("\tx\t", value) == " x "
    assert process_text("a\nb", value) == "a b"


def test_phase1_step1_spaces_and_tabs_around_segment_break_removed_css2_16_6_1():
    """CSS 2.1 §16.6.1 step 1 / css-text-3 §4.1.1 step 1: the spaces and tabs
    before and after a line feed are removed, not just collapsed (which is
    what lets East Asian breaks disappear completely)."""
    assert process_text("中 \t\n \t文") == "中文"


def test_phase1_pre_line_keeps_segment_breaks_as_forced_breaks():
    """css-text-3 §3 pre-line: collapses white space but "preserves segment
    breaks in the source as forced line breaks"; §4.1.1 step 1 still removes
    the spaces and tabs around them."""
    assert process_text("a  \n  b", "pre-line") == "a\nb"
    assert process_text("a\n\nb", "pre-line") == "a\n\nb"
    assert process_text("a \n \n b", "pre-line") == "a\n\nb"
    assert process_text("a\t\tb  c", "pre-line") == "a b c"
    assert process_text("中\n文", "pre-line") == "中\n文"


@pytest.mark.parametrize("value", PRESERVING)
def test_phase1_pre_values_keep_everything(value):
    """css-text-3 §4.1.1 second bullet and §4.1.3: for pre, pre-wrap and
    break-spaces nothing collapses; segment breaks become preserved line
    feeds and tabs stay for the tab stops."""
    text = "  a\t\tb  \n\n  c \t"
    assert process_text(text, value) == text


def test_phase1_consecutive_collapsible_spaces_across_inline_boundaries():
    """css-text-3 §4.1.1 step 4: "any collapsible space immediately following
    another collapsible space—even one outside the boundary of the inline
    containing that space ... is collapsed"."""
    assert texts([("a ", "normal"), (" b", "normal")]) == ["a ", "b"]
    assert texts([("a ", "normal"), ("", "normal"), ("  ", "nowrap"), (" b", "pre-line")]) == [
        "a ",
        "",
        "",
        "b",
    ]
    assert texts([("a", "normal"), (" ", "normal"), (" b", "normal")]) == ["a", " ", "b"]


def test_phase1_bidi_example_css2_16_6_1_and_css_text_3():
    """The example of CSS 2.1 §16.6.1 / css-text-3 §4.1.1: in
    ``<ltr>A <rtl> B </rtl> C</ltr>`` the space before B collapses with the
    one after A, the one before C with the one after B."""
    runs = [("A ", "normal"), (" B ", "normal"), (" C", "normal")]
    assert texts(runs) == ["A ", "B ", "C"]
    # The same with the embeddings as bidi formatting characters, which phase I
    # ignores "as if they were not there" (and keeps).
    assert process_text("A \u202b B \u202c C") == "A \u202bB \u202cC"


def test_phase1_no_collapsing_with_preserved_spaces():
    """css-text-3 §4.1.1 step 4 collapses a *collapsible* space after another
    *collapsible* space: a preserved space on either side stops it."""
    assert texts([("a ", "pre"), (" b", "normal")]) == ["a ", " b"]
    assert texts([("a ", "normal"), (" b", "pre-wrap")]) == ["a ", " b"]
    assert texts([("a ", "normal"), ("  ", "break-spaces"), (" b", "normal")]) == [
        "a ",
        "  ",
        " b",
    ]


def test_phase1_atomic_inline_separates_spaces():
    """Spaces on both sides of an atomic inline are not "immediately
    following" each other: both stay (css-text-3 §4.1.1 step 4)."""
    runs = [("a ", "normal"), (None, "normal"), (" b", "normal")]
    assert texts(runs) == ["a ", None, " b"]


def test_phase1_br_as_pre_line_run_removes_surrounding_spaces():
    """A <br> is a preserved segment break (HTML: br::before content "\\A",
    white-space: pre-line); §4.1.1 step 1 removes the collapsible spaces
    around it, even in the neighbouring inlines."""
    runs = [("a  ", "normal"), ("\n", "pre-line"), ("  b", "normal")]
    assert texts(runs) == ["a", "\n", "b"]


def test_phase1_segment_break_context_across_runs():
    """§4.1.1 steps 1-2 and §4.1.3 look across inline boundaries."""
    assert texts([("中 \n", "normal"), (" 文", "normal")]) == ["中", "文"]
    assert texts([("a\n", "normal"), ("\nb", "normal")]) == ["a ", "b"]
    assert texts([("a\n", "normal"), ("b", "normal")]) == ["a ", "b"]


def test_phase1_other_space_separators_do_not_collapse():
    """css-text-3 §4.1: white space processing affects only spaces, tabs and
    segment breaks; no-break space and the other space separators stay
    (CSS 2.1 tests white-space-processing-054..056: en quad, ZWNBSP,
    ideographic space)."""
    for char in ("\u00a0", "\u2000", "\ufeff", "\u3000", *OTHER_SPACE_SEPARATORS):
        assert process_text(f"X{char}{char}{char}X") == f"X{char}{char}{char}X"
    assert process_text("a \u00a0 b") == "a \u00a0 b"


def test_phase1_tabs_become_spaces_then_collapse():
    """css-text-3 §4.1.1 step 3 then step 4 (white-space-processing-019..021)."""
    assert process_text("a\t\t\tb") == "a b"
    assert process_text("a \t b", "nowrap") == "a b"


# -- newlines and controls (css-text-3 §4, CSS 2.1 §16.6) ------------------------------------------


def test_crlf_is_one_segment_break_css2_16_6():
    """CSS 2.1 §16.6: a CR LF pair is one newline (treated as one line feed)."""
    assert process_text("a\r\nb", "pre") == "a\nb"
    assert process_text("a\r\nb", "pre-line") == "a\nb"
    assert process_text("XX\r\nX", "nowrap") == "XX X"  # white-space-processing-006


def test_lone_carriage_return_is_a_space_css_text_3_section_4():
    """css-text-3 §4: "Carriage returns (U+000D) are treated identically to
    spaces (U+0020) in all respects"."""
    assert process_text("a\rb") == "a b"
    assert process_text("a\r\r b") == "a b"
    assert process_text("a\rb", "pre") == "a b"
    assert process_text("a\r\rb", "pre-wrap") == "a  b"
    assert process_text("XX\r\n", "pre-line") == "XX\n"  # white-space-processing-007


def test_normalize_newlines_css2_default_rule():
    """CSS 2.1 §16.6: without newline rules in the document language, "each
    carriage return (U+000D) and CRLF sequence (U+000D U+000A) ... is treated
    as single line feed character"."""
    assert normalize_newlines("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert normalize_newlines("plain") == "plain"
    assert process_text(normalize_newlines("a\rb"), "pre") == "a\nb"


def test_form_feed_is_not_white_space():
    """css-text-3 §4.1: document white space is spaces, tabs and segment
    breaks only; a form feed is a control character rendered visibly (§4)."""
    assert process_text("a\x0c\x0cb") == "a\x0c\x0cb"
    assert process_text("a \x0c b") == "a \x0c b"


# -- segment break transformation (css-text-3 §4.1.3) -----------------------------------------


def test_segment_breaks_english_example_css_text_3_4_1_3():
    """The English example of §4.1.3: "unbreaking" needs a space."""
    source = """
        Here is an English paragraph
        that is broken into multiple lines
        in the source code so that it can
        be more easily read and edited
        in a text editor.
    """
    assert process_text(source) == (
        " Here is an English paragraph that is broken into multiple lines in the source"
        " code so that it can be more easily read and edited in a text editor. "
    )


def test_segment_breaks_chinese_example_css_text_3_4_1_3():
    """The Chinese example of §4.1.3: "unbreaking" a line removes all the
    white space between the two lines."""
    source = (
        "\n\t\t\t\t這個段落是那麼長\uff0c\n\t\t\t\t在一行寫不行。最好\n\t\t\t\t用三行寫。\n\t\t\t"
    )
    assert process_text(source) == " 這個段落是那麼長\uff0c在一行寫不行。最好用三行寫。 "


def test_segment_break_zero_width_space():
    """§4.1.3: a break next to U+200B ZERO WIDTH SPACE is removed, leaving the
    zero width space."""
    assert process_text("a\u200b\nb") == "a\u200bb"
    assert process_text("a\n\u200bb") == "a\u200bb"
    assert process_text("a\u200b \n b") == "a\u200bb"
    assert segment_break_removed("\u200b", "a", east_asian=False)


def test_segment_break_east_asian_width():
    """§4.1.3: removed when both sides are East Asian Wide, Fullwidth or
    Halfwidth and neither is Hangul; otherwise a space."""
    assert process_text("中\n文") == "中文"  # W, W
    assert process_text("ｱ\nｲ") == "ｱｲ"  # H, H
    assert process_text("\uff21\nあ") == "\uff21あ"  # F, W
    assert process_text("中\na") == "中 a"  # W, Na
    assert process_text("a\n中") == "a 中"
    assert process_text("한\n국") == "한 국"  # Hangul: Korean uses spaces
    assert process_text("中\n국") == "中 국"
    assert process_text("中\n\u201c") == "中 \u201c"  # Ambiguous
    assert process_text("中\n\U0001f600") == "中 \U0001f600"  # emoji count as Ambiguous
    assert process_text("\n中") == " 中"  # nothing before


def test_segment_break_east_asian_rule_can_be_disabled():
    """The rules are UA-defined at this level; Chromium only removes at ZWSP."""
    assert process_text("中\n文", east_asian_segment_breaks=False) == "中 文"
    assert process_text("a\u200b\nb", east_asian_segment_breaks=False) == "a\u200bb"


def test_consecutive_segment_breaks_collapse_to_one():
    """§4.1.3 step 1: a collapsible segment break immediately following
    another is removed (after §4.1.1 step 1 removed the white space between)."""
    assert process_text("a\n\n\nb") == "a b"
    assert process_text("a\n \t\n  \nb") == "a b"
    assert process_text("中\n\n文") == "中文"


def test_segment_break_transformation_ignores_bidi_controls():
    """§4.1.1: bidi formatting characters are ignored as if not there."""
    assert process_text("中\u202a\n\u202c文") == "中\u202a\u202c文"
    assert process_text("a \u2067\n \u2069b") == "a\u2067 \u2069b"


# -- phase II: trimming (css-text-3 §4.1.2) ------------------------------------------------------


def trimmed(items, **kw):
    return [None if t is None else (t.content, t.hanging) for t in trim_line(items, **kw)]


def test_phase2_step1_collapsible_spaces_at_line_start_removed():
    """§4.1.2 step 1 (CSS 2.1 §16.6.1 "As each line is laid out" 1)."""
    assert trimmed([(" a", "normal")]) == [("a", "")]
    assert trimmed([("", "normal"), (" ", "nowrap"), ("a", "pre-line")]) == [
        ("", ""),
        ("", ""),
        ("a", ""),
    ]
    items = trim_line([(" a b", "normal")])
    assert (items[0].start, items[0].text) == (1, "a b")


def test_phase2_preserved_spaces_at_line_start_stay():
    for value in PRESERVING:
        assert trimmed([(" a", value)]) == [(" a", "")]
    # ... and stop the removal: the collapsible space is not at the line start.
    assert trimmed([(" ", "pre-wrap"), (" a", "normal")]) == [(" ", ""), (" a", "")]


def test_phase2_atomic_inline_stops_trimming():
    assert trimmed([(None, "normal"), (" a ", "normal"), (None, "normal")]) == [
        None,
        (" a ", ""),
        None,
    ]


def test_phase2_step3_collapsible_spaces_at_line_end_removed():
    """§4.1.2 step 3 (CSS 2.1 §16.6.1 3): collapsible spaces at the end of a
    line are removed, also across inline boundaries, with a trailing U+1680."""
    assert trimmed([("a ", "normal")]) == [("a", "")]
    assert trimmed([("a", "normal"), (" ", "normal"), ("", "normal")]) == [
        ("a", ""),
        ("", ""),
        ("", ""),
    ]
    assert trimmed([("a \u1680", "nowrap")]) == [("a", "")]
    items = trim_line([("a b ", "normal")])
    assert (items[0].end, items[0].text) == (3, "a b")


def test_phase2_all_space_line():
    assert trimmed([(" ", "normal"), (" ", "normal")]) == [("", ""), ("", "")]
    (item,) = trim_line([(" ", "normal")])
    assert item.start <= item.hang <= item.end


def test_phase2_collapsible_space_before_forced_break():
    """A collapsible space before a forced break is at the end of the line."""
    assert trimmed([("a ", "normal"), ("\n", "pre-line")]) == [("a", ""), ("", "")]
    assert trimmed([("a \n", "pre-line")]) == [("a", "")]


def test_phase2_step4_other_space_separators_hang():
    """§4.1.2 step 4: for normal, nowrap and pre-line the remaining white space
    and other space separators at the end hang unconditionally (as a full-width
    transformed space, U+3000, does)."""
    (item,) = trim_line([("a\u3000", "normal")])
    assert (item.content, item.hanging, item.conditional) == ("a", "\u3000", False)
    (item,) = trim_line([("a\u2003", "pre-line")], forced_break=True)
    assert (item.content, item.hanging, item.conditional) == ("a", "\u2003", False)
    assert trimmed([("a \u3000 ", "normal")]) == [("a", " \u3000")]


def test_phase2_pre_wrap_spaces_hang():
    """§4.1.2 step 4: pre-wrap spaces and tabs at the end of a line hang,
    unconditionally at a soft wrap."""
    (item,) = trim_line([("0 0 ", "pre-wrap")])
    assert (item.content, item.hanging, item.conditional) == ("0 0", " ", False)
    (item,) = trim_line([("a \t\u2003", "pre-wrap")])
    assert (item.content, item.hanging) == ("a", " \t\u2003")
    assert trimmed([("a ", "pre-wrap"), ("  ", "pre-wrap")]) == [("a", " "), ("", "  ")]


def test_phase2_pre_wrap_conditionally_hangs_before_forced_break():
    """§4.1.2 step 4 and its first example (``<p> 0 </p>`` in pre-wrap): before
    a forced line break the spaces only conditionally hang."""
    (item,) = trim_line([(" 0 ", "pre-wrap")], forced_break=True)
    assert (item.content, item.hanging, item.conditional) == (" 0", " ", True)
    items = trim_line([("0 ", "pre-wrap"), ("\n", "pre-wrap")])
    assert (items[0].hanging, items[0].conditional) == (" ", True)
    (item,) = trim_line([("0 \n", "pre-wrap")])
    assert (item.text, item.hanging, item.conditional) == ("0 ", " ", True)


def test_phase2_break_spaces_and_pre_keep_spaces():
    """§4.1.2 step 4: break-spaces spaces "cannot hang nor have their advance
    width collapsed"; pre keeps its spaces (the table of §3: Preserve)."""
    assert trimmed([("a  ", "break-spaces")]) == [("a  ", "")]
    assert trimmed([("a \t", "pre")], forced_break=True) == [("a \t", "")]
    assert trimmed([("a ", "pre-wrap"), ("  ", "break-spaces")]) == [("a ", ""), ("  ", "")]


def test_phase2_mixed_values_at_line_end():
    """Step 3 removes the collapsible spaces at the very end; step 4 hangs the
    white space left before them."""
    assert trimmed([("a  ", "pre-wrap"), (" ", "normal")]) == [("a", "  "), ("", "")]
    assert trimmed([("a ", "normal"), ("  ", "pre-wrap")]) == [("a", " "), ("", "  ")]


# -- phase II: tab stops (css-text-3 §4.1.2 step 2, §4.2) -----------------------------------


def test_tab_stops_every_eight_spaces_css2_16_6_1():
    """CSS 2.1 §16.6.1: "Tab stops occur at points that are multiples of 8
    times the width of a space"; the tab lines the next glyph up with the next
    one (tab-size: 8, its initial value)."""
    assert tab_advance(0, 8, 10) == 80
    assert tab_advance(30, 8, 10) == 50
    assert tab_advance(80, 8, 10) == 80  # a tab stop strictly beyond
    assert tab_advance(170, 8, 10) == 70
    assert tab_advance(0, Number(8), 10) == 80


def test_tab_stop_closer_than_half_ch_uses_the_next_one_css_text_3_4_1_2():
    """§4.1.2 step 2: "If this distance is less than 0.5ch, then the subsequent
    tab stop is used instead"."""
    assert tab_advance(76, 8, 10) == 4 + 80  # 4 < 0.5 * 10
    assert tab_advance(75, 8, 10) == 5  # exactly 0.5ch is enough
    assert tab_advance(77, 8, 10, ch=5) == 3  # 3 >= 0.5 * 5
    assert tab_advance(79, 8, 10, ch=5) == 1 + 80


def test_tab_size_includes_letter_and_word_spacing_css_text_3_4_2():
    """§4.2: a <number> tab-size is a multiple of the space's advance
    "including its associated letter-spacing and word-spacing"."""
    assert tab_advance(0, 4, 10, letter_spacing=2, word_spacing=3) == 4 * 15
    assert tab_advance(0, 2, 10, letter_spacing=-2) == 16


def test_tab_size_length_css_text_3_4_2():
    assert tab_advance(0, Length(30, "px"), 10) == 30
    assert tab_advance(31, Length(30, "px"), 10) == 29
    assert tab_advance(0, Length(1, "in"), 10) == 96


def test_tab_size_zero_tabs_not_rendered_css_text_3_4_1_2():
    """§4.1.2 step 2: "If the tab size is zero, preserved tabs are not rendered"."""
    assert tab_advance(13, 0, 10) == 0
    assert tab_advance(13, Length(0, "px"), 10) == 0


def test_tab_stops_from_block_content_edge_with_negative_position():
    """Tab stops are multiples of the tab size from the block container's
    content edge, which a negative text-indent can put content before."""
    assert tab_advance(-30, 8, 10) == 30


# -- properties -----------------------------------------------------------------------------------

# Letters (narrow, wide, halfwidth, Hangul), white space (spaces weighted up), CR,
# ZWSP, a bidi control, an ideographic and a no-break space.
_CHARS = st.sampled_from(list("ab中文ｱ한   \t\n\n\r\u200b\u202b\u3000\xa0"))
_TEXT = st.lists(_CHARS, max_size=12).map("".join)
_RUNS = st.lists(
    st.tuples(st.one_of(_TEXT, st.none()), st.sampled_from(WHITE_SPACE_VALUES)), max_size=6
)


def _without_white_space(text):
    return text.translate({ord(c): None for c in " \t\n\r"})


@settings(max_examples=300, deadline=None)
@given(_RUNS)
def test_phase1_is_idempotent(runs):
    """Phase I output is a fixed point: processing it again changes nothing."""
    once = process_white_space(runs)
    twice = process_white_space([(run.text, run.white_space) for run in once])
    assert twice == once


@settings(max_examples=300, deadline=None)
@given(_RUNS)
def test_phase1_shape_and_length(runs):
    """Same runs, same values, atomic inlines untouched; no run gets longer
    (tabs expand only in phase II); only white space is removed; and preserving
    runs change only by CR handling."""
    out = process_white_space(runs)
    assert len(out) == len(runs)
    for (text, value), run in zip(runs, out, strict=True):
        assert run.white_space == value
        if text is None:
            assert run.text is None
            continue
        assert len(run.text) <= len(text)
        assert _without_white_space(run.text) == _without_white_space(text)
        if value in PRESERVING:
            assert run.text == text.replace("\r\n", "\n").replace("\r", " ")


@settings(max_examples=300, deadline=None)
@given(_RUNS)
def test_phase1_collapsed_output_has_no_collapsible_white_space_left(runs):
    """After phase I, collapsing runs hold no tabs or CRs, normal and nowrap no
    line feeds, and no collapsible space follows another, even across runs
    (bidi controls looked through); pre-line line feeds have no spaces next to
    them."""
    out = process_white_space(runs)
    previous_space = False
    for run in out:
        if run.text is None:
            previous_space = False
            continue
        if not run.collapsible:
            previous_space = False
            continue
        assert "\t" not in run.text and "\r" not in run.text
        if run.white_space != "pre-line":
            assert "\n" not in run.text
        else:
            assert " \n" not in run.text and "\n " not in run.text
        bare = run.text.translate({ord(c): None for c in "\u202b"})
        assert "  " not in bare
        if bare:
            assert not (previous_space and bare.startswith(" "))
            previous_space = bare.endswith(" ")


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT, st.sampled_from(WHITE_SPACE_VALUES))
def test_phase1_inline_boundaries_do_not_change_the_text(first, second, value):
    """Splitting text into two inlines of the same white-space value changes
    only where the boundary falls, not the processed text (§4.1.1 step 4:
    collapsing sees across inline boundaries)."""
    whole = process_text(first + second, value)
    if first.endswith("\r") and second.startswith("\n"):
        return  # a CR LF pair split by an element boundary is a space and a break
    split = process_white_space([(first, value), (second, value)])
    assert split[0].text + split[1].text == whole


@settings(max_examples=300, deadline=None)
@given(_RUNS)
def test_trim_line_invariants(runs):
    """start <= hang <= end; what is trimmed is collapsible spaces (and a
    final line feed); what hangs is white space."""
    items = [(run.text, run.white_space) for run in process_white_space(runs)]
    for item, result in zip(items, trim_line(items), strict=True):
        text, value = item
        if text is None:
            assert result is None
            continue
        assert 0 <= result.start <= result.hang <= result.end <= len(text)
        assert set(text[: result.start]) <= {" "}
        assert set(text[result.end :]) <= {" ", "\n", "\u1680"}
        assert set(result.hanging) <= set(" \t" + OTHER_SPACE_SEPARATORS)
        if value in ("pre", "break-spaces"):
            assert result.hanging == ""


def test_collapsible_segment_break_next_to_a_forced_break_goes():
    """A collapsible segment break next to a preserved one would become a
    collapsible space next to a segment break, which §4.1.1 step 1 removes."""
    assert texts([("a\n", "normal"), ("\nb", "pre")]) == ["a", "\nb"]
    assert texts([("\n", "normal"), ("\n", "pre-line"), ("\n", "nowrap")]) == ["", "\n", ""]
