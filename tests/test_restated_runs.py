"""A word of a name in lower case where the article writes the whole name capitalised elsewhere
(restated_runs), and a given name in lower case before a surname the article writes (lower_given)."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.restated_runs import restated_run

CFG = Config(detect_title=False, require_english=False)

APPLIED = [
    # "peace" in lower case elsewhere stops document.proper_noun_case (which runs first): the run is the evidence
    # the capitalised run written twice beside the one lower-case use: clearly the article's form
    ("She won the Nobel Peace Prize in 2014. Critics of the Nobel peace Prize were silent. She spoke of peace. "
     "The Nobel Peace Prize committee did not reply.", "of the Nobel Peace Prize were", "document.restated_run"),
    ("A report by Human Rights Watch came out. Its author at Human rights Watch said so, and human rights "
     "groups agreed. Human Rights Watch will publish more.", "at Human Rights Watch said",
     "document.proper_noun_case.phrase"),  # the two-word name written twice: the older rule takes it
    ("Militants of the Kurdistan Workers' Party fled. Five Kurdistan workers' Party members were killed. "
     "The Kurdistan Workers' Party denied it.", "Five Kurdistan Workers' Party", "document.restated_run"),
    ("Dr Carol Pineda was in Nepal. Her brother, james Pineda, got the news from Pineda family friends.",
     "Her brother, James Pineda,", "document.lower_given_name"),
]

KEPT = [
    "Officers of the New York State Police came. The New York state budget is due.",
    "Voters back the Labour Party. They said the Labour party was split.",
    "Talks with the Royal Italian Navy failed. The Royal Italian navy boarded the ship.",
    "Pineda won. She sold fine china Pineda had bought, Pineda said.",
    "They sold fine china Plates at the fair. Plates were cheap.",
    # the lower-case run written twice: house style, not a slip
    "He joined the Nobel Peace Prize panel. The Nobel peace Prize and the Nobel peace Prize jury met.",
]


@pytest.mark.parametrize(("text", "want", "rule"), APPLIED)
def test_applied(text: str, want: str, rule: str) -> None:
    r = process(text, CFG)
    assert want in r.text
    assert any(e.rule == rule and e.action == "fix" for e in r.edits)
    assert process(r.text, CFG).text == r.text


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    r = process(text, CFG)
    assert not [e for e in r.edits if e.rule in ("document.restated_run", "document.lower_given_name")
                and e.action == "fix"]


def test_end_of_run_is_offered() -> None:
    """A name's last word is where native copy mixes case ('Death Row records'): offered only."""
    text = ("He starred in Saturday Night Live for years. He left Saturday Night live, his agent said. "
            "The show went live at nine.")  # 'live' in lower case elsewhere: the older rule leaves it
    r = process(text, CFG)
    assert "Saturday Night live," in r.text
    assert any(e.rule == "document.restated_run" and e.action == "suggest" for e in r.edits)


def test_title_case_line_is_no_evidence() -> None:
    """A headline in title case capitalises every word: its run says nothing of the name."""
    text = "Critics Slam The Nobel Peace Prize Panel Over Choice\nCritics of the Nobel peace Prize were silent today."
    start = text.index("peace")
    assert restated_run(text, start, start + 5, frozenset()) is None
    body = "The Nobel Peace Prize went abroad, and the Nobel Peace Prize jury was split.\n" + text
    start = body.index("peace")
    assert restated_run(body, start, start + 5, frozenset()) == 0.8


def _dominant(text: str, word: str) -> float | None:
    from cleanup.doc import Doc
    from cleanup.dominant_capitals import dominant_capital
    from cleanup.rules import load_rules

    start = text.rindex(word)
    return dominant_capital(text, start, start + len(word), Doc(text, False, load_rules()), frozenset())


GRAY = ("Gray died in April. Police said Gray ran. His lawyers met Gray, they told Gray so, "
        "and Gray's family marched. ")


def test_dominant_capital_in_a_name_slot() -> None:
    """The article writes 'Gray' on its own again and again: 'with gray if' is the name."""
    assert _dominant(GRAY + "What would they have done with gray if he had run?", "gray") == 0.6


@pytest.mark.parametrize("tail", ["He had gray hair.", "They saw the gray of dawn.", "Walls were gray, and gray everywhere."])
def test_dominant_capital_kept(tail: str) -> None:
    """Before a noun, after a determiner, or written in lower case twice: the English word."""
    assert _dominant(GRAY + tail, "gray") is None


def test_no_document_kept_alive_by_the_phrase_counts() -> None:
    """A batch worker must not hold past documents through the phrase-count memo (review29b #6)."""
    from cleanup import process
    from cleanup.restated_runs import _written

    process("The Nobel Peace Prize went to a group. Critics of the Nobel peace Prize said so. "
            "She spoke of peace at length in Oslo.")
    assert _written.cache_info().currsize == 0
