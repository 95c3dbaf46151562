"""The counted evidence of the learned lost-stop detector (cleanup/stop_stats.py): a word that
ends sentences in native news against one that stands before names, and whether the clause before
a gap has its verb."""

from __future__ import annotations

from cleanup import learned_stops, stop_stats, tagger


def test_a_word_that_ends_sentences_reads_otherwise_than_a_title() -> None:
    stats = {("<", "deal"): (30, 1), ("<", "chairman"): (0, 40), (">", "Mr"): (50, 10)}
    ends, title = stop_stats.word_features("deal", "Mr", stats), stop_stats.word_features("chairman", "Mr", stats)
    assert ends[0] != title[0] and ends[1] == title[1]
    assert stop_stats.word_features("zzz", "Zzz", stats) == ["w<-:0", "w>-:0"]  # never counted


def test_the_shipped_counts_separate_an_ending_from_a_title() -> None:
    year, spokesman = stop_stats.shipped().get(("<", "year")), stop_stats.shipped().get(("<", "spokesman"))
    assert year and spokesman and year[0] > year[1] and spokesman[0] < spokesman[1]


def _fc(text: str, before: str) -> str:
    words, _ = learned_stops.tokens(text)
    return stop_stats.clause_feature(words, learned_stops.sentence_tags(words), words.index(before), tagger.FINITE)


def test_a_complete_clause_before_the_gap_is_told_from_an_open_one() -> None:
    assert _fc("The board approved the deal Martin Broughton said", "deal") == "fc:1N"
    assert _fc("Shares rose sharply after chairman Martin Broughton said", "chairman") == "fc:0N"
