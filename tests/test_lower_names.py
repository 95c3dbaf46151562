"""Names left in lower case: one half of a person's name capitalised from the other half, a
place from the gazetteer after a preposition of place or before its region."""

from __future__ import annotations

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)

FIXED = [
    ("The director of the film, Jim whittaker, said the climb was hard.", "Jim Whittaker"),
    ("CNN's Michelle Kosinski, jim Acosta and Chris Frates contributed to this report.", "Jim Acosta"),
    ("With help from some filmmakers, 102-year-old alice Barker went back in time.", "Alice Barker"),
    ("The show stars julianne Hough and Vanessa Hudgens next year.", "Julianne Hough"),
    ("Army doctor naveen Tiwari offers the only care in the valley.", "Naveen Tiwari"),
    ("CNN's Vivian Kuo and janet DiGiacomo contributed to this report.", "Janet DiGiacomo"),
    ("The report came from the State Journal-Register in springfield, the state capital.", "in Springfield"),
    ("The mother, Veronica of richland, Washington, wanted to buy a dress.", "of Richland, Washington"),
    ("Robots will only play a larger role in japan's future, the report said.", "in Japan's future"),
    ("Most of the phones sold in Europe are made in china, the report said.", "made in China,"),
    ("The meeting was opened by Lamine Diack on Monday. \"We will not give up,\" said diack.", "said Diack."),
]

KEPT = [
    "They saw the Ray Charles biopic and the old Nazi nemesis Strucker at the Olympic heptathlon.",
    "The boat sailed from Mazara del Vallo to the island of Lampedusa.",
    "Jamie didn't finally arrive until the third lap of the race.",
    "Blogger Perez Hilton and vlogger Zoella posted a Twitter hashtag about Jesse online.",
    "Mr Simpson held a press conference in the afternoon.",
    "Frank admitted that Bill wanted more time.",
    "Ireland have done everything but win a game of rugby this season.",
    "They ate turkey and drank from china cups in May; she bought new china.",
    "The Oscar frontrunner was named on Monday, and the Jordan kibbutz and a Victoria headscarf were shown.",
    "Home prices rose in metro areas across the country, and commuters switched from metro to bus.",
]


@pytest.mark.parametrize(("text", "want"), FIXED)
def test_name_half_is_capitalised(text, want):
    res = process(text, CFG)
    assert want in res.text
    assert [e.rule for e in res.edits] == ["document.proper_noun_case"]


@pytest.mark.parametrize("text", KEPT)
def test_words_beside_names_are_kept(text):
    res = process(text, CFG)
    assert res.text == text, [(e.rule, e.before, e.after) for e in res.edits]


def test_country_the_dictionary_lists_as_a_common_noun_is_still_a_name():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    out = process("Exports to japan and brazil rose, and representatives from russia were invited.", cfg)
    assert "Japan and Brazil rose" in out.text and "from Russia were" in out.text
    # a country whose lower-case form is a word news uses stays as written
    keep = "They ate turkey and drank from fine china at the family reunion."
    assert process(keep, cfg).text == keep


def test_a_dictionary_word_of_a_name_the_article_writes_in_full_three_times_is_capitalised():
    text = ("Axa Sun Life cut its bonuses. Axa Sun Life has 50,000 policies, and Axa Sun Life said more cuts may come. "
            "Insurer Axa Sun life has lowered its annual payouts for the second year.")
    res = process(text, CFG)
    assert "Insurer Axa Sun Life has lowered" in res.output
    # the same word written in lower case elsewhere is the article's own usage: 'Baltimore police'
    kept = ("Baltimore Police said the man was held. Baltimore Police later freed him, and Baltimore Police "
            "apologised. The police said more arrests were likely, and Baltimore police said the case was open.")
    assert process(kept, CFG).output == kept
    # twice is not enough: 'Q Magazine' beside 'the Q magazine poll' is the article's own variation
    twice = "Q Magazine named the album. Q Magazine readers agreed, and the band topped the Q magazine poll in May."
    assert process(twice, CFG).output == twice
