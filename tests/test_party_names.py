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


MT = Config(source_language="de", require_english=False, detect_title=False)  # any source: MT copy


CS = Config(source_language="cs", require_english=False, detect_title=False)  # MT from Czech


def test_czech_petr_only_before_the_listed_surnames():
    out = process("Peter Pavel beat Andrej Babis, and Peter Smith congratulated him.", CS).text
    assert out.startswith("Petr Pavel beat") and "Peter Smith" in out


def test_czech_petr_in_mt_from_another_source_needs_czech_context():
    ko = Config(source_language="ko", require_english=False, detect_title=False)
    text = "President Yoon said on the 11th that Peter Pavel, the coach, would stay."
    for cfg in (ko, MT):  # MT: forced German, a detected source
        r = process(text, cfg)
        assert "Peter Pavel" in r.text and not any(s.rule == "phrases.czech_petr" for s in r.suggestions)
    out = process("The Czech president, Peter Pavel, arrived in Seoul on the 11th.", ko).text
    assert "Petr Pavel" in out


def test_czech_petr_with_czech_context_far_away_is_offered():
    """review29a: the Czech Republic named more than 200 characters before 'President Peter Pavel' (MT from ko)."""
    ko = Config(source_language="ko", require_english=False, detect_title=False)
    filler = "The two sides discussed cooperation on nuclear power plants, batteries and hydrogen. " * 3
    text = f"President Yoon held a summit with the Czech Republic on the 20th. {filler}\n\nPresident Peter Pavel said " \
           "the partnership would grow."
    r = process(text, ko)
    assert "Peter Pavel" in r.text
    assert [s.after for s in r.suggestions if s.rule == "phrases.czech_petr"] == ["Petr"]


def test_czech_petr_needs_mt_signs_or_czech_context():
    plumber = "Peter Pavel, a plumber from Leeds, told reporters he was shocked by the floods."
    assert process(plumber, ANY).text == plumber and not process(plumber, ANY).suggestions
    r = process("Czech President Peter Pavel visited London on Monday.", ANY)
    assert "Peter Pavel" in r.text  # native copy: offered, not applied
    assert [s.after for s in r.suggestions if s.rule == "phrases.czech_petr"] == ["Petr"]


def test_czech_petr_never_after_slovak():
    for cfg in (ANY, MT):
        text = "Slovak striker Peter Pavel scored twice against Prague on Saturday."
        r = process(text, cfg)
        assert "Peter Pavel" in r.text and not any(s.rule == "phrases.czech_petr" for s in r.suggestions)


def test_far_reaching_party_as_an_adjective_is_no_party_name():
    text = "The cabinet approved far-reaching party funding reforms on Monday."
    assert process(text, TH).text == text
    out = process("Voters backed the far-reaching party in the election.", TH).text
    assert "the Move Forward Party in" in out
