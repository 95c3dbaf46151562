"""Which lower-case words document.proper_noun_case reads: a function word the article writes in
lower case twice or more is never read ('the' beside 'The Hague'), since none of the tests could
make it a name; a word that is not a function word still is ('hospital' beside 'Bir Hospital')."""

from __future__ import annotations

import pytest

from cleanup import Config, document, process

CFG = Config(detect_title=False, require_english=False)

TEXT = ("Talks in The Hague ended. Envoys met again in The Hague on Monday. The doctors of the Bir "
        "Hospital said the Bir Hospital was full, and the hospital asked for help. The staff of the "
        "Bir hospital said so too.")


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The words the stage hands to phrase_name (every word written capitalised elsewhere)."""
    words: list[str] = []
    real = document.phrase_name

    def spy(text, start, end, *args):
        words.append(text[start:end])
        return real(text, start, end, *args)

    monkeypatch.setattr(document, "phrase_name", spy)
    return words


def test_function_word_written_twice_is_not_read(read: list[str]) -> None:
    process(TEXT, CFG)
    assert "hospital" in read  # a candidate: 'Bir Hospital' twice in mid-sentence
    assert "the" not in read  # 'The Hague' twice in mid-sentence, 'the' written in lower case many times


def test_output_unchanged_for_the_names() -> None:
    out = process(TEXT, CFG).output
    assert "in The Hague" in out and "the hospital asked" in out  # 'the' and the common noun kept
