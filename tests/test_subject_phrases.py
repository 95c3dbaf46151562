"""Lost full stops before a subject whose phrase holds names or a comparative (probe kinds
stop_common and stop_name): :mod:`cleanup.common_subjects` and the verb test of
:mod:`cleanup.lost_stops` (``lost_stops.verb_gap``)."""

from __future__ import annotations

import pytest

from cleanup import Config, clause_ends, process

CFG = Config(detect_title=False, require_english=False)


def _stop_rules(text: str) -> list[tuple[str, str]]:
    return [(e.rule, e.action) for e in process(text, CFG).edits if e.after == "." and not e.before]


def test_a_common_subject_whose_phrase_holds_a_name_or_opens_on_a_comparative_opens_a_sentence():
    text = ("The bank cut its forecast for the year again Separate figures from the Building Societies "
            "Association showed lending fell.")
    assert "again. Separate figures" in process(text, CFG).text
    text = "The company posted record sales in its first quarter More money was spent on research than ever before."
    assert _stop_rules(text) == [("segment.lost_boundary.common_subject", "fix")]


def test_a_title_in_title_case_is_no_subject():
    keep = "The band released the hit singles Time Is Running Out and Hysteria in 2003."
    assert process(keep, CFG).text == keep


def test_a_name_and_an_appositive_with_a_role_or_a_relative_clause_then_its_verb_open_a_sentence():
    text = "The plan was dropped after a long row with the unions John Smith, BBC director of news, said it was a mistake."
    assert _stop_rules(text) == [("segment.lost_boundary.appositive", "fix")]
    text = "The company reported a loss in the third quarter Jones, who joined the firm in May, has signed a new deal."
    assert "quarter. Jones, who joined" in process(text, CFG).text


def test_a_relative_clause_without_that_whose_verb_lacks_its_object_stays():
    for keep in ("It was not a shot Smith, who had missed twice already, would have taken with any confidence.",
                 "The tour visits Paris, Texas, and Moscow, Idaho, before it ends."):
        assert process(keep, CFG).text == keep


def test_a_dictionary_word_news_writes_as_a_name_opens_a_sentence_read_in_its_own_sentence():
    text = 'He said: "I had a talk with the coach. He was fine with the plan Smith is a big lad and he can cope."'
    assert _stop_rules(text) == [("segment.lost_boundary.named", "fix")]
    for keep in ("The bans come into effect on Monday meaning Camara will miss the final.",
                 "The club rejected a third bid for the striker Smith has signed a new contract with the club.",
                 "The band Falcon Group has dozens of fans."):
        assert process(keep, CFG).text == keep


def test_a_common_subject_after_a_name_that_ends_a_clause_opens_a_sentence_not_a_word_of_the_name():
    text = ("The handsets were counted in the third quarter, according to the analysts at Gartner Research More than "
            "160 million phones were sold in the period.")
    assert _stop_rules(text) == [("segment.lost_boundary.common_subject", "fix")]
    for keep in ("Most of the soldiers who arrived in the spring serve with Resolute Support and many troops with "
                 "Resolute Support are American.",
                 "The rocket was named after the Milky Way that could be seen from the launch site."):
        assert process(keep, CFG).text == keep


def test_a_list_of_noun_phrases_and_a_hyphenated_word_leave_the_clause_before_them_complete():
    assert clause_ends.last_clause_complete("It sells so-called big ticket items such as television sets and digital cameras")
    assert clause_ends.last_clause_complete(
        "The rules cover conflicts of interest, employment law and free speech on personal websites")
    assert not clause_ends.last_clause_complete("He went down under the challenge, referee")  # no list: a title
    text = ("The rules cover conflicts of interest, employment law and free speech on personal websites Ms Smith was "
            "suspended in September.")
    assert "websites. Ms Smith was" in process(text, CFG).text


def test_the_words_that_end_a_name_before_its_verb_come_from_the_rules(tmp_path):
    """segment.name_clause_words is a rules/ list: a house's own rules folder extends it (here, absurdly, with
    'than', so that 'Gartner Research More than ... were sold' reads as one name and its clause)."""
    text = ("The handsets were counted in the third quarter, according to the analysts at Gartner Research More than "
            "160 million phones were sold in the period.")
    assert "Research. More" in process(text, CFG).text
    (tmp_path / "extra.toml").write_text('[data]\n"segment.name_clause_words" = ["than"]\n', encoding="utf-8")
    cfg = Config(detect_title=False, require_english=False, rules_dirs=(str(tmp_path),))
    assert process(text, cfg).text == text


@pytest.mark.parametrize("keep", [
    "It was the year Jones, who had just turned 30, won the title for the first time.",
    "It was the season Henry, who joined from Juventus, scored 30 goals for the club.",
    "Chelsea won the league the year Mourinho, who arrived from Porto, took charge.",
])
def test_a_name_after_the_and_a_time_noun_is_a_relative_clauses_subject(keep):
    assert process(keep, CFG).text == keep


def test_a_name_and_its_appositive_after_a_time_adverb_still_open_a_sentence():
    text = "The company reported strong profits last year Jones, who runs the firm, said the results were good."
    assert _stop_rules(text) == [("segment.lost_boundary.appositive", "fix")]
