"""bench.real_mt_calibrate: each rule judged by its own edits on annotated real MT."""

from collections import Counter

from bench.real_mt import parse_annotation, score_excerpt
from bench.real_mt_calibrate import cited, compare, flipped, judge, site, url_key, verdict
from cleanup import Edit
from cleanup.rules import load_rules

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
    assert sorted(k for k, _, _ in compare(TEXT, base, turned, promoted=False)) == ["right", "unann"]


QUOTES = "He spoke.\nPrices will rise, he said. We will act, he added.\nThe end came."
QUOTES_ANN = parse_annotation({"id": "q", "repair": [
    {"class": "quote", "find": "Prices will", "fix": ["“Prices will"]},
    {"class": "quote", "find": "rise, he", "fix": ["rise,” he"]},
    {"class": "quote", "find": "We will", "fix": ["“We will"]}], "keep": [{"text": "The end came."}]})


def test_the_marks_of_one_paragraph_are_one_case_and_other_paragraphs_count_apart() -> None:
    at = QUOTES.index
    edits = [Edit("quote", at("Prices"), at("Prices"), "", "“", "", "suggest", 0.5),
             Edit("quote", at(", he said"), at(", he said") + 1, ",", ",”", "", "suggest", 0.5),
             Edit("quote", at("We"), at("We"), "", "“", "", "suggest", 0.5),
             Edit("quote", at("act,") + 4, at("act,") + 4, "", "”", "", "suggest", 0.5),
             Edit("stop", at("He spoke"), at("He spoke"), "", "“", "", "suggest", 0.5),
             Edit("stop", at("spoke.") + 6, at("spoke.") + 6, "", "”", "", "suggest", 0.5)]
    rows = sorted((r[0], r[2]) for r in judge(QUOTES, edits, QUOTES_ANN, "sv", "q"))
    # three repairs fixed in one paragraph: one right case; the closing mark after 'act,' and the two
    # unannotated marks of the first paragraph: one unannotated case each paragraph
    assert rows == [("quote", "right"), ("quote", "unann"), ("stop", "unann")]
    split = QUOTES.replace("said. We", "said.\nWe")
    edits = [Edit("quote", split.index("Prices"), split.index("Prices"), "", "“", "", "suggest", 0.5),
             Edit("quote", split.index("We"), split.index("We"), "", "“", "", "suggest", 0.5)]
    assert [r[2] for r in judge(split, edits, QUOTES_ANN, "sv", "q")] == ["right", "right"]


def test_the_excerpts_and_pages_a_rule_cites_are_known_with_those_of_the_rule_it_extends() -> None:
    rules = load_rules()
    first_use = cited("document.name_variant.first_use", rules)
    assert {"tr_raillynews_kayseri-owned-by-everyone", "h2_hi_absoluteindianews_congress-police-bjp"} <= first_use
    assert "fr_lematinal_box-cutter-traffic-stop" in first_use  # document.name_variant's evidence
    assert "fr_lematinal_box-cutter-traffic-stop" not in cited("normalize.lost_speech_dash", rules)
    assert url_key("https://usanews.net/?p=120577") in cited("es.denounced", rules)
    assert url_key("http://www.usanews.net/?p=120577/") != url_key("https://usanews.net/?p=178861")
    assert url_key("http://www.Raillynews.com/2023/x/") == url_key("https://raillynews.com/2023/x")
    assert cited("no.such_rule", rules) == set()


def test_verdict_needs_both_folds_three_texts_two_sites_and_clean_news_quiet() -> None:
    good = {"dev": Counter(right=2), "held": Counter(right=3)}
    assert verdict(good, {"a", "b", "c"}, {"s1", "s2"}, 0, "suggest") == "promote"
    assert verdict(good, {"a", "b", "c"}, {"s1", "s2"}, 1, "suggest") == ""  # a suggestion on clean news
    assert verdict(good, {"a", "b", "c"}, {"s1", "s2"}, 0, "suggest", cited_keeps=1) == ""  # a keep broken
    assert verdict(good, {"a", "b"}, {"s1", "s2"}, 0, "suggest") == ""  # two texts
    assert verdict(good, {"a", "b", "c"}, {"s1"}, 0, "suggest") == ""  # one site
    assert verdict({"dev": Counter(right=4, wrong=1), "held": Counter(right=3, wrong=1)},
                   {"a", "b", "c"}, {"s1", "s2"}, 0, "suggest") == ""  # held 0.75
    assert verdict({"dev": Counter(), "held": Counter(right=9)}, {"a", "b", "c"}, {"s1", "s2"}, 0, "suggest") == ""
    assert verdict({"dev": Counter(right=1, wrong=3), "held": Counter(wrong=2)}, set(), set(), 0, "apply") == "demote"


def test_site_is_the_host_without_www() -> None:
    assert site("https://www.raillynews.com/2023/x") == "raillynews.com"


def test_the_held_fold_reads_the_look_sets_only_never_a_check_or_unseen_set(monkeypatch) -> None:
    import bench.real_mt_calibrate as cal

    read: list[str] = []

    def excerpts(which: str) -> dict:
        read.append(which)
        return {}

    monkeypatch.setattr(cal, "load_excerpts", excerpts)
    monkeypatch.setattr(cal, "load_annotations", lambda which: ({}, []))
    cal.real_mt_rows(jobs=1)
    assert read == ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout12"]
    assert not {"holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout13"} & set(read)
