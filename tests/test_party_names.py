"""Party names MT translates word by word or leaves romanised (names28): the Thai pack's Move
Forward runs only on a Thai source; the shared Slovak party and Czech given-name rules run anywhere."""

from __future__ import annotations

from cleanup import Config, process

TH = Config(source_language="th", require_english=False, detect_title=False)
ANY = Config(require_english=False, detect_title=False)


def test_romanised_and_word_by_word_move_forward_on_a_thai_source():
    text = "The Kaow Klai Party won the most seats.\n\nHe thanked Mr. Pita, far-reaching party leader, for the talks."
    out = process(text, TH).text
    assert out.count("Move Forward Party") == 2 and "Klai" not in out and "far-reaching" not in out


def test_move_forward_is_left_alone_without_a_thai_source():
    text = "The far-reaching party reform was approved by the congress on Sunday."
    assert process(text, ANY).text == text


def test_slovak_party_names_in_any_article():
    r = process("Direction-SD and Voice-SD signed the coalition treaty on Monday.", ANY)
    assert r.text.startswith("Smer-SD and Voice-SD")  # Hlas-SD only offered: TASR writes Voice-SD
    assert any(s.after == "Hlas-SD" for s in r.suggestions)


def test_czech_petr_only_before_the_listed_surnames():
    out = process("Peter Pavel beat Andrej Babis, and Peter Smith congratulated him.", ANY).text
    assert out.startswith("Petr Pavel beat") and "Peter Smith" in out
