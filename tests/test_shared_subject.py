"""The clause before a name read across two verbs of one subject (:mod:`cleanup.clause_ends`):
``members wiped away tears and comforted each other in court Tsarnaev fidgeted``."""

from __future__ import annotations

from cleanup import Config, process
from cleanup.clause_ends import last_clause_complete, taken_clause_open
from cleanup.rules import load_rules

CFG = Config(detect_title=False, require_english=False)


def test_a_second_verb_of_the_same_subject_completes_the_clause():
    before = "Family members wiped away tears and comforted each other in court"
    assert last_clause_complete(before)
    words = before.lower().split()  # 'and' joins two verbs: it opens no clause for a name after it
    taking = load_rules().words("words.clause_taking")
    assert not taken_clause_open(words, taking)
    # a verb of saying before a clause still without its verb: the name may be its subject
    assert taken_clause_open("prices rose he said the company".split(), taking)


def test_a_name_after_two_verbs_of_one_subject_opens_a_sentence():
    out = process("Victims' family members wiped away tears and comforted each other in court Tsarnaev thanked "
                  "his lawyers before the jury left.", CFG)
    assert "court. Tsarnaev thanked" in out.text, out.text


def test_a_clause_after_and_still_takes_its_subject():
    keep = "Prices rose sharply and analysts said the company Tesco would cut jobs."
    assert process(keep, CFG).text == keep


def test_a_recurring_name_after_a_noun_phrase_that_a_link_word_opens_opens_a_sentence():
    # 'after' and 'and' open a noun phrase here, not the name's clause; the article opens another sentence with it
    for text, joined in (("The minister resigned last week after weeks of protests over the new tax Mendoza will "
                          "lead the party until May. Mendoza has denied any role.", "tax. Mendoza will"),
                         ("Thousands marched and the police used tear gas and rubber bullets Mendoza will lead the "
                          "party until May. Mendoza has denied any role.", "bullets. Mendoza will")):
        out = process(text, CFG)
        assert joined in out.text, out.text
        assert [e.rule for e in out.edits] == ["segment.lost_boundary.recurring_name"]


def test_a_recurring_name_inside_a_link_words_clause_stays():
    for keep in ("Prices rose after the telecom regulator Ofcom ruled on the charges. Ofcom has denied it.",
                 "Prices fell after weeks of talks Mendoza said were over. Mendoza has denied it."):
        assert process(keep, CFG).text == keep
