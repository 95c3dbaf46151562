"""furn33: page furniture by the source language's region (bench/furniture_inventory.py REGION_GO and
REGION_STAY): an Indonesian desk's slashed initials and a region's wire tag glued after the last
sentence go; the shapes with fewer than two real texts are only offered; lookalikes stay."""

from bench.furniture_inventory import REGION_GO, REGION_STAY, article, verdict
from cleanup import Config, process

LEDE = "The police deployed 2,590 officers to secure a demonstration in front of the parliament on Friday."
LAST = "He called on the security forces to act persuasively and avoid provocation."


def _rules(text: str, cfg: Config | None = None) -> list[tuple[str, str]]:
    return [(e.rule, e.action) for e in process(text, cfg or Config()).edits]


def test_slashed_desk_initials_after_the_last_sentence_go():
    # m_id_inppolri '(ad/ek/pr/nm)', english.jpnn.com '(mcr19/mcr20/jpnn)'
    for mark in ("(ad/ek/pr/nm)", "(mcr19/mcr20/jpnn)", "(mg/inp/pr/nm)"):
        res = process(f"{LEDE}\n\n{LAST}   {mark}", Config())
        assert mark not in res.text and res.text.rstrip().endswith("provocation."), mark
        assert ("boilerplate.glued_desk_initials", "fix") in [(e.rule, e.action) for e in res.edits]


def test_a_slash_pair_that_is_words_stays():
    for text in ("The limit on the road is 50. (km/h)", "He said the state would pay. (and/or)",
                 "The ministry will pay for the dams (and/or the roads)."):
        assert not any(r == "boilerplate.glued_desk_initials" for r, _ in _rules(f"{LEDE}\n\n{text}")), text


def test_a_wire_tag_and_desk_initials_side_by_side_both_go():
    # review33a: '(Antara) (ad/ek/pr/nm)' once stayed, and a stop was added after them
    for run in ("(Antara) (ad/ek/pr/nm)", "(Antara)(mcr19/mcr20/jpnn)"):
        out = process(f"{LEDE}\n\n{LAST} {run}", Config()).text
        assert out.rstrip().endswith("provocation."), out[-80:]


def test_a_native_slashed_bracket_after_a_stop_stays():
    # review33a: two letter parts are English's too (units, pronouns, abbreviations)
    for text in ("Check the level before and after meals. (mg/dl)", "The limit is 5. (mg/l)",
                 "The new chair spoke first. (she/her)", "The panel will be chaired by Sam. (they/them)",
                 "Leave the field empty if it does not apply. (n/a)", "Print both streams. (stdout/stderr)",
                 "The new chair spoke first. (she/her/hers)", "The shop is shut until Monday. (w/e)"):
        assert text in process(f"{LEDE}\n\n{text}", Config()).text, text
        assert not any(r == "boilerplate.glued_desk_initials" for r, _ in _rules(f"{LEDE}\n\n{text}")), text


def test_two_part_desk_initials_are_offered_not_applied():
    page = f"{LEDE}\n\n{LAST} (mdk/ded)"
    res = process(page, Config())
    assert "(mdk/ded)" in res.text
    assert ("boilerplate.glued_credit_offer", "suggest") in [(e.rule, e.action) for e in res.edits]


def test_a_regional_wire_tag_glued_after_the_last_sentence_goes():
    for tag in ("(SPA)", "(EFE)", "(ANSA)", "(TTXVN)", "(DHA)"):
        out = process(f"{LEDE}\n\n{LAST} {tag}", Config()).text
        assert tag not in out and out.rstrip().endswith("provocation."), tag


def test_a_wire_tag_that_is_an_english_word_or_name_is_offered_not_applied():
    # review33a: '(AA)' after a support group, '(MAP)' after a route, '(Petra)' after a grandmother
    for tag in ("(AA)", "(MAP)", "(Petra)", "(TAP)", "(APS)", "(ATS)", "(BNA)", "(ONA)"):
        page = f"{LEDE}\n\n{LAST} {tag}"
        res = process(page, Config())
        assert tag in res.text, tag
        assert ("boilerplate.glued_credit_offer", "suggest") in [(e.rule, e.action) for e in res.edits], tag


def test_a_bracketed_author_credit_after_the_last_sentence_goes():
    # kezhangbj.cn '(author Yuan Yuhong)', sfshotel.com '(author: Yao Bin)': a Chinese story's closing credit
    for credit in ("(author Yuan Yuhong)", "(author: Yao Bin)", "(Editor: Li Ming)", "(Reporters Wang Fang and Li Ming)"):
        out = process(f"{LEDE}\n\n{LAST} {credit}", Config()).text
        assert credit not in out and out.rstrip().endswith("provocation."), credit


def test_a_note_that_names_an_author_stays():
    for text in ("The work will begin in May (editor's note: the date may change).",
                 "The book was praised by critics. (Author interviews follow on page 4.)"):
        assert text in process(f"{LEDE}\n\n{text}", Config(min_confidence=0.4)).text, text


def test_a_capitalised_heading_or_an_agency_in_a_credit_bracket_stays():
    # review33a: the credit's name is two or three capitalised words that are not English's own
    for text in ("The jury named its favourites of the year. (Editors Choice)", "She ran the paper. (Editor In Chief)",
                 "The letter was read aloud. (Author Of The Letter)", "The report was updated. (Text: Reuters)"):
        res = process(f"{LEDE}\n\n{text}", Config())
        assert text in res.text, text
        assert not any(e.rule == "boilerplate.glued_author_credit" for e in res.edits), text


def test_a_credit_bracket_does_not_reach_across_a_paragraph_break():
    res = process(f"{LEDE}\n\nThe work will begin in May. (Editor:\n\nLi Ming)", Config())
    assert not any(e.rule == "boilerplate.glued_author_credit" for e in res.edits)


def test_a_capitalised_author_colon_credit_is_offered_not_applied():
    # a book review may name its book's author so; the MT's lower-case '(author: Yao Bin)' goes
    page = f"{LEDE}\n\nThe novel won the prize. (Author: Hilary Mantel)"
    res = process(page, Config())
    assert "(Author: Hilary Mantel)" in res.text
    assert ("boilerplate.glued_credit_offer", "suggest") in [(e.rule, e.action) for e in res.edits]


def test_an_acronym_the_sentence_introduces_stays():
    for text in ("The visit was reported by the Saudi Press Agency (SPA).",
                 "The figures came from the Central Statistics Agency (BPS)."):
        assert text in process(f"{LEDE}\n\n{text}", Config(min_confidence=0.4)).text


def test_shapes_without_two_real_texts_are_offered_not_applied():
    for mark in ("(nfo)", "(End)", "(Translated by Li Ming)", "(According to VnExpress)", "- Agencies"):
        page = f"{LEDE}\n\n{LAST} {mark}"
        res = process(page, Config())
        assert mark in res.text, mark
        assert ("boilerplate.glued_credit_offer", "suggest") in [(e.rule, e.action) for e in res.edits], mark
        assert mark not in process(page, Config(min_confidence=0.4)).text, mark


def test_tickers_file_types_and_chat_marks_are_not_offered():
    # review33a: '(AAPL)', '(pdf)', '(lol)', '(Over)' after a stop are English's own
    for text in ("Shares of the company rose 3% on Monday. (AAPL)", "The full report can be downloaded below. (pdf)",
                 "That was the best day of my life. (lol)", "Come in, base, this is the patrol. (Over)"):
        res = process(f"{LEDE}\n\n{text}", Config())
        assert not any(e.rule == "boilerplate.glued_credit_offer" for e in res.edits), text


def test_a_lone_square_section_break_is_not_offered():
    res = process(f"{LEDE}\n\n■\n\n{LAST}", Config())
    assert not any(e.rule == "boilerplate.template_offer" for e in res.edits)


def test_sic_after_a_quotation_stays_even_when_offers_apply():
    text = 'He called it "a mistake of the first order." (sic)'
    assert "(sic)" in process(f"{LEDE}\n\n{text}", Config(min_confidence=0.4)).text


def test_region_lookalikes_stay_even_when_offers_apply():
    for shape in REGION_STAY:
        assert verdict(shape)[0], shape.name
        assert verdict(shape, 0.4)[0], shape.name


def test_region_shapes_are_placed_in_the_page():
    for shape in REGION_GO + REGION_STAY:
        page, _ = article(shape)
        assert shape.line.split("\n")[0].strip() in page, shape.name
