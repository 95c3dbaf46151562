"""document.name_variant.korean: one Korean person written two ways in an article (romanisation
of the given or family name, order, case).  Texts written for the test."""

from __future__ import annotations

from cleanup import process


def _edits(text: str) -> list:
    return [e for e in process(text).edits if e.rule == "document.name_variant.korean"]


def test_the_given_name_in_another_romanisation_takes_the_usual_one() -> None:
    text = "Kim Min-jun spoke first. Kim Min-jun left early. Later Kim Min-joon came back."
    assert process(text).output.endswith("Later Kim Min-jun came back.")


def test_the_other_order_and_the_other_family_romanisation_take_the_usual_form() -> None:
    text = ("Park Ji-hoon met aides. Park Ji-hoon said so. An aide of Ji-Hoon Park left. "
            "The Pak Ji-hoon camp agreed.")
    out = process(text).output
    assert "An aide of Park Ji-hoon left" in out and "The Park Ji-hoon camp" in out


def test_one_against_one_is_only_offered() -> None:
    edits = _edits("Choi Seung-hyun spoke and Choi Sung-hyun answered.")
    assert edits and all(e.action == "suggest" for e in edits)


def test_different_people_and_western_order_alone_are_left() -> None:
    text = "Kim Jong-un met Kim Jong-nam and Kim Yo-jong; Kwan-seok Yoon and Seong-man Lee were there."
    assert _edits(text) == []


def test_idempotent() -> None:
    text = "Park Ji-hoon met aides. Park Ji-hoon said so. An aide of Ji-Hoon Park left."
    once = process(text).output
    assert process(once).output == once
