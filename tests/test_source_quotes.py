"""Quotation marks of a source language's typography (cleanup.source_quotes, part of the
normalize.guillemets rule): the low-9 marks applied, the bracket marks only offered."""

import re

import cleanup
from bench import quote_inventory
from cleanup.config import Config


def _edits(text, rule="normalize.guillemets"):
    return [e for e in cleanup.process(text).edits if e.rule == rule]


def test_low_nine_pair_applied_as_english_marks():
    # dev:de_impuls-gesundheit_bonn-essen-fires, mining:m_hu_magyarnemzet_gulyas-trianon, mining:m_hu_v4na_...
    res = cleanup.process("He said „It is over“, and left. „We cannot support it,” the minister said.")
    assert res.text == "He said “It is over”, and left. “We cannot support it,” the minister said."
    assert all(e.action == "fix" for e in res.edits if e.rule == "normalize.guillemets")


def test_low_nine_closing_mark_gets_no_space_before_it():
    # main applied quote_spacing here: 'He said „It is over “, and left.' (the closing “ read as an opener)
    for text in ("He said „It is over“, and left.", "The dpa: „Arson at Essen“ was the headline.",
                 "„We go on“, she said."):
        for cfg in (Config(), Config(min_confidence=0.95)):  # applied, and where the pair is only offered
            res = cleanup.process(text, cfg)
            assert not [e for e in res.edits if e.rule == "normalize.quote_spacing"], (text, res.text)
            assert not re.search(r"\w “(?=[\s,.]|$)", res.text), res.text  # 'over “,' / 'Essen “ was'
            assert any(e.before == "“" and e.after == "”" for e in res.edits if e.rule == "normalize.guillemets")


def test_polish_romanian_close_applied_nested_single_offered():
    edits = _edits("They called it „a ‚slow‘ reform” on Monday.")
    assert [e.action for e in edits if e.before == "„"] == ["fix"]
    assert [e.action for e in edits if e.before == "‚"] == ["suggest"]


def test_spaced_low_mark_stays():
    for text in ("He said „ and then nothing.", "He said it „ and left.\n\nThen “we” went."):
        assert not _edits(text), text


def test_unclosed_or_long_low_mark_opens_with_the_english_mark():
    # holdout12:h12_ro_ecopoliticnews_ciolacu-piedone-sector5-team: a quotation of a whole paragraph
    # closed after a comma far on, and one cut off by the page's end; was left '„I don’t urge anyone.'
    long = "„I don’t urge anyone. " + "Each of us decides what we have to do. " * 20 + "It is simple,” he added."
    for text, opened in ((long, "“I don’t urge anyone."), ("Ciolacu was sure that „the future mayor of the", "that “the future")):
        res = cleanup.process(text)
        assert opened in res.text and "„" not in res.text, res.text
        assert [e.action for e in _edits(text) if e.before == "„"] == ["fix"]


def test_title_brackets_and_single_guillemets_only_offered():
    text = "The report 〈Future Korea〉 was cited by 《People's Daily》 and he said ‹ never › twice."
    res = cleanup.process(text)
    offers = [e for e in res.edits if e.rule == "normalize.guillemets"]
    assert len(offers) == 6 and all(e.action == "suggest" for e in offers)
    assert res.text == text


def test_replay_and_idempotence():
    text = "He said „It is over“, and left. „We go on,” she said."
    res = cleanup.process(text)
    assert cleanup.replay(text, res.edits) == res.text
    assert cleanup.process(res.text).text == res.text


def test_inventory_low_nine_and_keeps():
    result = quote_inventory.run()
    assert result["keep"][0] == result["keep"][1]


def test_inner_quotation_in_outer_marks_becomes_single():
    text = "“The deputies of the faction “United Russia” have no such problem,” said Arshba."
    assert cleanup.process(text).text == \
        "“The deputies of the faction ‘United Russia’ have no such problem,” said Arshba."


def test_nested_source_marks_come_out_single_inside():
    assert cleanup.process("He said 「the minister told me 『go home』 yesterday」 on Monday.").text == \
        "He said “the minister told me ‘go home’ yesterday” on Monday."


def test_sequential_pairs_stray_openers_and_straight_quotes_are_not_nested():
    for text in ("He called it “a plan” and “a start” on Monday.",
                 "“If 200 seats go to them, we lose. “The dictatorship begins.” Then he left.”",
                 "He said \"we back \"United Russia\" now,\" and left.",
                 "She said: “We will go on.\n\n“We will not stop,” she added."):
        assert not _edits(text, "normalize.nested_quote"), text


def test_a_pages_arrows_in_single_guillemets_are_not_offered_as_quotes():
    """'‹ Previous | Next ›' is a page's navigation, no quotation: a bar, or a pair holding nothing but
    one or two navigation words (rules/normalize.toml quote_navigation_words); a quoted word, or a
    short quotation that holds a navigation word ('‹ next year ›'), still is offered."""
    offers = Config(min_confidence=0.0)
    for text in ("The mayor spoke.\n\n‹ Previous | Next ›\n\nThe council met.", "See ‹ Older posts › below.",
                 "Links: ‹Home | News› here."):
        assert not [e for e in cleanup.process(text, offers).edits if e.rule == "normalize.guillemets"], text
    assert cleanup.process("He said ‹ never › twice.", offers).text == "He said ‘never’ twice."
    for text, quoted in (("He said ‹ next year › would be better.", "He said ‘next year’ would be better."),
                         ("She called it ‹ the last page of the war ›.", "She called it ‘the last page of the war’.")):
        assert cleanup.process(text, offers).text == quoted, text


def test_a_low_nine_comma_between_figures_is_a_decimal_comma_not_a_quote():
    """'1‚5' (U+201A between two digits) is a decimal comma typed as the low-9 mark: never offered
    as an opening quote ('1 ‘5 percent'), even with a closing mark further on."""
    offers = Config(min_confidence=0.0)
    for text in ("The price rose 1‚5 percent, the workers’ union said.", "The ratio was 1‚5’ on the chart."):
        assert not [e for e in cleanup.process(text, offers).edits if e.rule == "normalize.guillemets"], text
    assert "‘slow’" in cleanup.process("They called it „a ‚slow‘ reform” on Monday.", offers).text
