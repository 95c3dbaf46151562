"""A spelling a source-language pack lists for a well-known name wins over MT's garbles of it."""

from __future__ import annotations

from collections import Counter

from cleanup import Config, process
from cleanup.listed_spellings import listed_spellings, prefer_listed
from cleanup.rules import load_rules

ANY = Config(require_english=False, detect_title=False)


def test_listed_spellings_hold_plain_forms_of_pack_names():
    listed = listed_spellings(load_rules())
    assert "Aksener" in listed  # tr pack: Akşener, Aksener
    assert "Kilicdaroglu" in listed  # the plain form of Kılıçdaroğlu
    assert "Akshener" not in listed


def test_unlisted_winner_gives_way_to_the_listed_member():
    target = {"Aksener": ("Akshener", False), "Akchener": ("Akshener", False), "Zelenski": ("Zelensky", False)}
    counts = Counter(Akshener=4, Aksener=2, Akchener=2, Zelensky=3, Zelenski=1)
    out = prefer_listed(target, counts, frozenset({"Aksener", "Zelensky"}))
    assert out == {"Akshener": ("Aksener", False), "Akchener": ("Aksener", False), "Zelenski": ("Zelensky", False)}


def test_a_doubted_merge_or_a_known_winner_is_left_alone():
    doubted = {"Aksener": ("Akshener", True)}
    assert prefer_listed(doubted, Counter(Akshener=3, Aksener=1), frozenset({"Aksener"})) == doubted
    known = {"Osama": ("Obama", False)}  # Obama: a name English knows, not MT's garble of Osama
    assert prefer_listed(known, Counter(Obama=11, Osama=2), frozenset({"Osama"})) == known


def test_listed_winner_is_left_to_the_counts():
    target = {"Zelenskyy": ("Zelensky", False)}
    assert prefer_listed(target, Counter(Zelensky=3, Zelenskyy=1), frozenset({"Zelensky", "Zelenskyy"})) == target


def test_garble_used_most_no_longer_wins_in_an_article():
    text = ("Meral Akshener spoke in Ankara on Monday.\n\nAkshener said the vote had been close.\n\n"
            "Akshener left the hall early.\n\nAksener added that her party would win the next election.")
    tr = Config(require_english=False, detect_title=False, source_language="tr")
    r = process(text, tr)
    assert "Akshener" not in r.text and r.text.count("Aksener") == 4
    assert process(r.text, tr).text == r.text


def test_no_listed_spelling_in_the_article_keeps_the_count_winner():
    text = ("Meral Akshener spoke in Ankara on Monday.\n\nAkshener said the vote had been close.\n\n"
            "Akshener left the hall early.\n\nAkshenar added that her party would win the next election.")
    r = process(text, ANY)
    assert r.text.count("Akshener") == 4


def test_spellings_an_official_group_replaces_are_not_listed():
    listed = listed_spellings(load_rules())
    assert "Chadchart" in listed and "Chatchat" not in listed  # th pack: Chadchart over MT's Chatchat


KALINN = ("Chef Anna Kalinn opened a bistro in Bath. Kalinn said diners loved it. Kalinn laughed. "
          "Her rival Kalin was not impressed.")


def test_native_copy_keeps_its_own_spelling_against_a_pack_spelling():
    # plain English copy: the tr pack's Kalin may be another person here; it is only offered
    r = process(KALINN, ANY)
    assert r.text == KALINN
    assert {(s.before, s.after) for s in r.suggestions if s.rule == "document.name_variant"} == {("Kalinn", "Kalin")}


def test_pack_spelling_wins_when_its_language_is_the_source():
    r = process(KALINN, Config(require_english=False, detect_title=False, source_language="tr"))
    assert "Kalinn" not in r.text and r.text.count("Kalin") == 4


def test_only_the_source_languages_pack_counts_without_mt_signs():
    # a detected French source says nothing about the tr pack's Kalin; the article's spelling stands
    r = process(KALINN, Config(require_english=False, detect_title=False, source_language="fr"))
    assert r.text == KALINN


def test_three_spellings_of_one_name_let_the_pack_spelling_win_in_any_copy():
    text = ("Meral Akshener spoke in Ankara on Monday. Akshener said the vote had been close. "
            "Akshener left the hall early. Akchener waved. Aksener added that her party would win.")
    r = process(text, ANY)
    assert "Akshener" not in r.text and "Akchener" not in r.text and r.text.count("Aksener") == 5


def test_prefer_listed_asks_whether_the_listed_spelling_may_win():
    target = {"Kalin": ("Kalinn", False)}
    assert prefer_listed(target, Counter(Kalinn=3, Kalin=1), frozenset({"Kalin"}), lambda w: False) == {
        "Kalinn": ("Kalin", True)}  # offered only
    assert prefer_listed(target, Counter(Kalinn=3, Kalin=1), frozenset({"Kalin"}), lambda w: True) == {
        "Kalinn": ("Kalin", False)}
