"""The Punkt on ``re`` (cleanup/ascii_punkt.py) must split a plain line exactly where NLTK's own
Punkt does: it reuses NLTK's patterns and hooks, so an NLTK release that changed them would
show here first."""

from __future__ import annotations

import pytest
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from cleanup import ascii_punkt
from cleanup.rules import load_rules

LINES = [
    "The firm said profits rose 5% in the U.S. last year. Analysts had expected more.",
    "Mr. Smith met Dr. Jones at 10 a.m. on Jan. 5. They talked... Then they left!",
    "He asked: \"Is it over?\" She said no. (It was not.) The end came in 2004.",
    "Shares fell 3.5 per cent to 120p. The F.B.I. said it was 'looking into it'.",
    "e.g. this one; i.e. that one. Prices: $4.99 vs. $5.10... Really? Yes.",
    "Sales at No. 10 were up. St. Paul's gained, as did Ft. Worth and Mt. Vernon.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def tokenizers() -> tuple[PunktSentenceTokenizer, PunktSentenceTokenizer]:
    rules = load_rules()
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in rules.words("segment.abbreviations_prepositive")}
    params.sent_starters = {"the", "he", "she"}
    return PunktSentenceTokenizer(params), ascii_punkt.tokenizer(params)


@pytest.mark.parametrize("line", LINES)
def test_the_same_boundaries_as_nltk(tokenizers, line: str) -> None:
    nltk_punkt, ours = tokenizers
    assert ascii_punkt.plain(line)
    assert list(ours.span_tokenize(line)) == list(nltk_punkt.span_tokenize(line))


def test_a_line_beyond_ascii_or_with_a_separator_is_not_plain() -> None:
    assert not ascii_punkt.plain("Café owners said no. Then they left.")
    assert not ascii_punkt.plain("One.\x1cTwo.")
    assert ascii_punkt.plain("One. Two.")


def test_untimed_punkt_splits_a_long_line_beyond_ascii_that_nltk_times_out(monkeypatch) -> None:
    """nltk.redos limits the CPU spent while a pattern's finditer is walked (5 s); Punkt walks a
    whole line under it, so 250,000 stops and ellipses ended in a TimeoutError out of
    ``cleanup.process``.  A tiny limit makes the same failure quick; ours ignores it."""
    from nltk import redos

    import cleanup
    from cleanup.sentences import split_sentences

    monkeypatch.setattr(redos, "DEFAULT_TIMEOUT", 1e-6)
    line = "Le café a fermé. " * 300 + ".!?。…" * 200
    params = PunktParameters()
    with pytest.raises(TimeoutError):
        list(PunktSentenceTokenizer(params).span_tokenize(line))
    assert list(ascii_punkt.untimed(params).span_tokenize(line))
    assert len(split_sentences(line)) > 100
    text = "The minister said the talks would resume. " + "Café owners said “yes”. " * 200
    r = cleanup.process(text)
    assert cleanup.replay(text, r.edits) == r.output


@pytest.mark.parametrize("line", ["Le café a fermé. “Non,” dit-il… Mr. Ñúñez left at 5 p.m. Then — silence!",
                                  "The ‘deal’ was signed in Zürich. Dr. Øberg said: “It is done.” 5.5 per cent."])
def test_untimed_punkt_has_nltks_boundaries(line: str) -> None:
    params = PunktParameters()
    params.abbrev_types = {"mr", "dr"}
    assert not ascii_punkt.plain(line)
    assert list(ascii_punkt.untimed(params).span_tokenize(line)) == list(PunktSentenceTokenizer(params).span_tokenize(line))
