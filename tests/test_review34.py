"""review34a's wrong applied edits on this session's merges, each now offered (or left), with the shape each rule
was made for still applied."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def _edit(result, rule: str):
    return next((e for e in result.edits if e.rule.startswith(rule)), None)


def test_a_surname_after_an_honorific_elsewhere_is_applied_only_where_the_word_reads_as_a_noun():
    for text, kept in (("Police questioned Mr Rose on Tuesday.\n\nWhen the verdict was read, Jack rose to his feet.",
                        "Jack rose to"),
                       ("Police questioned Mr Young on Tuesday. He said Sam young people were at risk.", "Sam young people")):
        assert kept in process(text, CFG).output
    named = process("Mr Champion joined the firm in 2001. The board named Simon champion of the firm in May.", CFG)
    assert "Simon Champion of the firm" in named.output


def test_accents_in_native_copy_merge_no_two_people_and_no_club_with_its_city():
    for text, kept in (("Nicolas Anelka scored twice. Nicolas Anelka, 35, said he was happy. "
                        "Manchester City defender Nicolás Otamendi was booked.", "Nicolás Otamendi"),
                       ("FC Zürich beat Basel 2-1 in Zurich on Sunday. Zurich police said the match was calm.",
                        "FC Zürich")):
        r = process(text, CFG)
        assert kept in r.output
        assert _edit(r, "document.name_variant.diacritics").action == "suggest"
    one = process("Mayor Mehmet Özkır met the governor. Ozkir said talks would go on. Özkır left.", CFG)
    assert "Ozkir" not in one.output  # one person, the majority spelling: applied in any text


def test_a_plural_after_a_preposition_keeps_its_own_capital_share():
    for text, kept in (("The winger signed for Cherries in the summer from Lyon.", "for Cherries"),
                       ("He scored twice for Blades in the second half, taking his tally to 12.", "for Blades")):
        assert kept in process(text, CFG).output
    assert "its forecasts for" in process("The agency raised its Forecasts for global demand on Thursday.", CFG).output


def test_a_quoted_title_with_the_narration_resuming_after_a_comma_is_only_offered_a_close():
    mt = Config(detect_title=False, require_english=False, source_language="it")
    text = "The band's new album, “Songs of the People of the Valley and Hills, is out now.\n\nIt has ten tracks."
    r = process(text, mt)
    assert r.output == text
    assert _edit(r, "normalize.unclosed_quote").action == "suggest"


def test_a_crosshead_in_capitals_is_looked_for_within_a_bounded_stretch():
    from cleanup.native_shapes import HEADING_REACH, caps_heading_before

    near = "The talks ended. HOW IT ALL STARTED"
    assert caps_heading_before(near, len(near), 0)
    # capitals with no stop within reach: no crosshead (the answer no longer depends on the paragraph's start)
    far = "the talks " + "ABC " * (HEADING_REACH // 4 + 10)
    assert not caps_heading_before(far, len(far), 0)
    assert not caps_heading_before(far, len(far), len(far) - HEADING_REACH - 5)
