"""Native copy that writes a name alone many times and the English word once: the word is kept
(dominant_capitals), and a word after an article or inside a handle is no given name (lower_given)."""

from __future__ import annotations

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def _story(name: str, sentence: str) -> str:
    """An article that writes ``name`` alone in mid-sentence nine times, then ``sentence``."""
    base = [f"Gordon {name} arrived in Leeds on Monday.", f"Aides said {name} was tired after the trip.",
            f"Later, supporters cheered {name} at the rally.", f"Critics say {name} has lost touch with voters.",
            f"A spokesman for {name} declined to comment.", f"Polls show {name} trailing in the north.",
            f"Friends of {name} insist he will stay.", f"Voters met {name} in Hull.",
            f"They asked {name} about jobs.", f"Later {name} left."]
    return "Headline about the visit\n\n" + " ".join(base) + "\n\n" + sentence + "\n\nThe campaign continues."


def _fixes(text: str, rule: str) -> list[str]:
    r = process(text, CFG)
    assert process(r.text, CFG).text == r.text
    return [e.before for e in r.edits if e.rule == rule and e.action == "fix"]


@pytest.mark.parametrize(("name", "sentence"), [
    ("Swift", "The reaction from the party was swift."),  # an adjective the verb takes
    ("Gray", "His hair had turned gray in office."),
    ("Brown", "The old station was painted brown last year."),  # news capitalises 'brown' 97 times in 100
    ("Parliament", "He met officials from Iraq's parliament last year."),  # after a possessive
    ("Parliament", "The king can dissolve parliament at any time, he said."),  # news writes it in lower case
])
def test_dominant_capital_keeps_the_english_word(name: str, sentence: str) -> None:
    assert _fixes(_story(name, sentence), "document.dominant_capital") == []


def test_dominant_capital_offers_a_word_news_often_writes_in_lower_case() -> None:
    """'parliament' is lower case in news one time in four: the article's usage is offered, not applied."""
    r = process(_story("Parliament", "The king can dissolve parliament at any time, he said."), CFG)
    assert "dissolve parliament" in r.text
    assert any(e.rule == "document.dominant_capital" and e.action == "suggest" for e in r.edits)


@pytest.mark.parametrize("text", [
    "Headline about the story\n\nScholars at the Bodleian Library met on Monday. The Bodleian holds rare books. "
    "Critics of the august Bodleian said it was slow.\n\nEnd.",
    "Headline about the story\n\nFollow Carol Pineda on Twitter at @james Pineda for updates. Pineda said the "
    "trip was long.\n\nEnd.",
    "Headline about the story\n\nRead Carol Pineda at example.org/james Pineda for more. Pineda said so.\n\nEnd.",
])
def test_lower_given_name_kept_after_an_article_or_in_a_handle(text: str) -> None:
    assert _fixes(text, "document.lower_given_name") == []
