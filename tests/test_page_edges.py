"""Furniture at the edges of a page, read from its shape (cleanup/page_edges.py and the line
rules it works with): each case is a shape seen on real MT pages of two sites or more."""

from __future__ import annotations

import cleanup


def _rules(text: str) -> set[str]:
    return {e.rule for e in cleanup.process(text).edits if e.action == "fix"}


def test_a_caption_printed_twice_goes_whole_and_a_repeated_headline_keeps_one_copy():
    text = ("Sarma says the state must create jobs\n\nCM Himanta Biswa Sarma\n\nCM Himanta Biswa Sarma\n\n"
            "The chief minister reached Raipur on Tuesday. He addressed a press conference.\n\nHe spoke for an hour.")
    r = cleanup.process(text)
    assert "Himanta" not in r.text
    assert r.title == "Sarma says the state must create jobs"
    again = ("Minister visits the flooded towns\n\nMinister visits the flooded towns\n\n"
             "The minister visited three towns on Monday. She promised help.\n\nRoads were closed.")
    assert cleanup.process(again).text.count("flooded towns") == 0  # the copy went, the title stays apart
    assert cleanup.process(again).title == "Minister visits the flooded towns"


def test_a_line_a_colon_introduces_is_no_caption_printed_twice():
    text = ("Minister visits flooded villages in the north\n\nThe crowd chanted as he arrived:\n\n"
            "Long Live Assam\nLong Live Assam\n\nThe minister visited three villages on Monday. He promised aid.")
    r = cleanup.process(text)
    assert "Long Live Assam" in r.text and "boilerplate.doubled_line" not in _rules(text)


def test_a_country_above_the_headline_is_a_section_label_but_a_town_guide_stays():
    text = ("Ukraine\n\nAs a result of Russian shelling in the Kherson region, two people were killed\n\n"
            "Russian troops shelled the region on Monday. Two people died.\n\nSeven were injured.")
    r = cleanup.process(text)
    assert r.title == "As a result of Russian shelling in the Kherson region, two people were killed"
    assert "boilerplate.place_label" in _rules(text)
    guide = "Reading\n\nA short guide to the town's libraries and what they offer\n\nThe town has six libraries. All open daily."
    assert "boilerplate.place_label" not in _rules(guide)


def test_the_headline_under_a_date_bar_stays_a_title_without_a_stop():
    title = "Lula: \"The main enemy, in addition to the party, is his vice president\" Brazil"
    text = ("Saturday , April 17 2021\n\n" + title + "\n\n"
            "Former President Lula first broke the silence on Friday. He spoke for two hours.\n\nHe was calm.")
    r = cleanup.process(text)
    assert r.title == title  # was given a full stop: the date bar's removal left no title


def test_a_bare_heading_at_the_foot_takes_its_headlines_after_a_heading_above_prose():
    text = ("A hotel burns in Hamburg\n\nA vacant hotel caught fire on Saturday. Nobody was hurt.\n\nRead also:\n\n"
            "The fire brigade worked through the night, a spokesman said.\n\nComments\n\nLatest\n\n"
            "Grave accusations levied against prison staff in Bavaria\n\nGrave accusations levied against prison staff in Bavari")
    r = cleanup.process(text)
    assert r.text.endswith("a spokesman said.")


def test_the_quotation_dash_after_a_stop_and_the_stop_after_a_quoted_question():
    r = cleanup.process("The villages were shelled on Monday. “Five villages came under fire”. – says the message. "
                        "He asked: “Is this attitude tolerable?”. Nobody answered, the regional military administration said.",
                        cleanup.Config(source_language="uk"))
    assert "fire,” says the message." in r.text
    assert "tolerable?” Nobody" in r.text


def test_source_link_and_an_untranslated_date_label_are_furniture():
    text = ("Police seize ballots in Bucharest\n\nAutor: George Traicu\nPublicat: 29-09-2020 13:20\n\n"
            "A man was caught with 473 ballots on Sunday. The police opened a case.\n\nSource link")
    r = cleanup.process(text)
    assert "Publicat" not in r.text and "Source link" not in r.text


def test_a_deck_opening_with_a_brand_in_lower_case_is_no_furniture():
    """'iPhone', 'eBay': a name with a capital inside, not a site's lower-case label ('latest from')."""
    body = ("Apple said on Thursday that sales of its phones fell in the three months to March.\n\n"
            "Analysts had expected a smaller fall, and the shares dropped after the figures came out.\n\n"
            "The company will report again in July.")
    for deck in ("iPhone sales down 10% in the first quarter", "eBay profits up by a third"):
        res = cleanup.process(f"Apple's profits fall\n\n{deck}\n\n{body}")
        assert deck in res.output
        assert "boilerplate.page_edge" not in {e.rule for e in res.edits}
    res = cleanup.process(f"Apple's profits fall\n\nlatest from the newsroom\n\n{body}")
    assert "latest from" not in res.output


def test_a_headline_printed_twice_under_a_date_bar_keeps_one_copy():
    head = "Parliament’s reply to the riots; The gangs behind the unrest"
    text = ("Monday, March 3, 2025\nHomeWorld NewsParliament’s reply to the riots; The gangs behind...\n\n"
            f"{head}\n\n\n{head}\n\nLawmakers criticised the riots on Sunday. They named the gangs.\n\nThe debate went on.")
    r = cleanup.process(text, cleanup.Config(require_english=False))
    assert r.title == head and head not in r.text
    doubled = [e for e in r.edits if e.rule == "boilerplate.doubled_line"]
    assert doubled and all(text.index(head) + len(head) <= e.start for e in doubled)  # the first copy stays


def test_a_line_printed_twice_under_a_headline_or_the_lede_still_goes_whole():
    title = "Floods close the coast road after two days of rain"
    for above in (title, "Floods close the coast road\n\nHeavy rain closed the coast road on Monday, police said."):
        text = (f"{above}\n\nScene of the flooding in Brighton\nScene of the flooding in Brighton\n\n"
                "Crews worked through the night. The road may reopen on Friday.\n\nNobody was hurt.")
        r = cleanup.process(text, cleanup.Config(require_english=False))
        assert "Scene of the flooding" not in r.text
