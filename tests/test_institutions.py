"""Institutions' names half in capitals: a lower-case word inside a name in title case, and a
common noun for a body capitalised on its own (cleanup/institutions.py)."""

from cleanup import Config, process

from .conftest import grows_linearly

CFG = Config(detect_title=False, require_english=False)
# two marks of MT (a full stop inside a sentence, a capital after a lower-case word): rules apply here
MT = "The meeting ended late. and the officials left. Officials said The results were good. "


def _edits(text: str, rule: str) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, CFG).edits if e.rule == rule]


def test_a_lower_case_word_inside_a_name_takes_its_capital():
    text = MT + "The National health Commission of the Communist Party of China criticised the rules."
    assert ("fix", "h", "H") in _edits(text, "casing.institution_name")
    text = MT + "The shelling was reported by the ministry of the self-proclaimed Donetsk people’s Republic."
    assert "Donetsk People’s Republic" in process(text, CFG).output
    text = MT + "A notice from the Puyang Epidemic prevention Headquarters asked residents to stay home."
    assert "Puyang Epidemic Prevention Headquarters" in process(text, CFG).output


def test_a_portfolio_before_its_ministry_takes_a_capital_but_not_a_title_before_a_name():
    assert "the Defense Ministry of the DPR" in process(MT + "Fire, as stated in the defense Ministry of the DPR, came "
                                                        "from artillery.", CFG).output
    text = MT + "India's federal commerce Minister Kamal Nath said exports would grow."
    assert _edits(text, "casing.institution_name") == []


def test_a_name_that_is_all_lower_case_or_opens_with_a_function_word_is_left():
    for text in ("But the Court of Appeals for the District of Columbia ruled against the firm.",
                 "The former Army intelligence analyst was convicted, the defence ministry said.",
                 "Officials said the health ministry and the Health Commission would meet."):
        assert _edits(MT + text, "casing.institution_name") == [], text


def test_in_native_copy_the_name_is_only_offered():
    text = "The National health Commission criticised the rules on Monday."
    assert _edits(text, "casing.institution_name") == [("suggest", "h", "H")]
    assert process(text, CFG).output == text


def test_a_common_noun_for_a_body_is_lowered_after_a_determiner():
    text = MT + "They are conducting an internal investigation of the Police officers in charge of security."
    assert ("fix", "P", "p") in _edits(text, "casing.institution_noun")
    text = MT + "Iraqi forces backed by the US-led Coalition killed two operatives."
    assert "the US-led coalition killed" in process(text, CFG).output


def test_a_body_noun_inside_a_longer_name_is_left():
    for text in ("Sir Ian Blair, the newly-appointed Metropolitan Police commissioner, said he was in favour.",
                 "A spokesman for the Police Federation said officers were angry.",
                 "They signed a statement released last week by the Coalition to Protect the Patient.",
                 "Detectives from Thames Valley Police said a man had been arrested."):
        assert _edits(MT + text, "casing.institution_noun") == [], text


def test_a_body_noun_before_a_stop_or_a_link_word_needs_the_article_to_write_it_in_lower_case():
    text = MT + "Police arrested another terrorist in the Governorate."
    assert _edits(text, "casing.institution_noun") == []
    text = MT + "Police arrested another terrorist in the Governorate. Later a gunman in the governorate was caught."
    assert ("fix", "G", "g") in _edits(text, "casing.institution_noun")
    text = (MT + "The working group stopped him. Earlier the Working Group of the Traffic Police Department "
            "was on patrol.")
    out = process(text, CFG).output
    assert "the working group of the Traffic Police Department" in out
    assert process(out, CFG).output == out


def test_many_body_nouns_in_one_long_text_in_linear_time():
    """'the Working Group met while working' a thousand times over: whether the article writes
    the noun in lower case is searched once per noun (it was once per match: quadratic)."""
    from cleanup import institutions

    big, small = grows_linearly(institutions.institution_nouns, "and the Working Group met while working hard ", 9_000)
    assert big < 30 * small + 0.5, (big, small)
