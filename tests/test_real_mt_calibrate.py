"""bench.real_mt_calibrate: each rule judged by its own edits on annotated real MT."""

from collections import Counter

from bench.real_mt import parse_annotation, score_excerpt
from bench.real_mt_calibrate import compare, flipped, judge, site, verdict
from cleanup import Edit

TEXT = "Mayor Celik spoke. Mayor Celik left. The end"
ANN = parse_annotation({"id": "x", "repair": [{"class": "name", "find": "Celik spoke", "fix": ["Çelik spoke"]}],
                        "keep": [{"text": "The end"}]})


def edit(rule: str, start: int, end: int, after: str, action: str) -> Edit:
    return Edit(rule, start, end, TEXT[start:end], after, "", action, 0.5)


def test_a_suggestion_that_fixes_an_annotated_repair_is_right() -> None:
    edits = [edit("names", 6, 11, "Çelik", "suggest")]
    rows = judge(TEXT, edits, ANN, "tr", "x")
    assert [(r[0], r[1], r[2]) for r in rows] == [("names", "suggest", "right")]


def test_a_suggestion_that_breaks_a_keep_or_touches_nothing_annotated_is_not_right() -> None:
    edits = [edit("stop", len(TEXT), len(TEXT), ".", "suggest"), edit("names", 25, 30, "Çelik", "suggest")]
    kinds = sorted((r[0], r[2]) for r in judge(TEXT, edits, ANN, "tr", "x"))
    assert kinds == [("names", "unann"), ("stop", "keep")]


def test_an_applied_edit_withdrawn_shows_whether_it_was_right() -> None:
    edits = [edit("names", 6, 11, "Çelik", "fix"), edit("names", 25, 30, "Celic", "fix")]
    base = score_excerpt(TEXT, edits, ANN)
    turned = score_excerpt(TEXT, flipped(edits, "names", "fix"), ANN)
    assert sorted(k for k, _ in compare(base, turned, promoted=False)) == ["right", "unann"]


def test_verdict_needs_both_folds_two_sites_and_clean_news_quiet() -> None:
    good = {"dev": Counter(right=2), "held": Counter(right=3)}
    assert verdict(good, {"a", "b"}, {"s1", "s2"}, 0, "suggest") == "promote"
    assert verdict(good, {"a", "b"}, {"s1", "s2"}, 1, "suggest") == ""  # a suggestion on clean news
    assert verdict(good, {"a"}, {"s1"}, 0, "suggest") == ""
    assert verdict({"dev": Counter(), "held": Counter(right=9)}, {"a", "b"}, {"s1", "s2"}, 0, "suggest") == ""
    assert verdict({"dev": Counter(right=1, wrong=3), "held": Counter(wrong=2)}, set(), set(), 0, "apply") == "demote"


def test_site_is_the_host_without_www() -> None:
    assert site("https://www.raillynews.com/2023/x") == "raillynews.com"
