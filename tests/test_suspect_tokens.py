"""The encoding stage's suspect tokens are scanned only around a character one needs: the
same spans as the whole-text scan, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup import normalize

_PIECES = st.text(alphabet=st.sampled_from(list("ab &;#x1 \t\n\r\x1c\x85\u00a0\u3000\u2009éÃ©“”")), max_size=16)


def _spans(matches) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(_PIECES)
def test_suspect_tokens_are_those_of_the_whole_scan(text: str) -> None:
    assert _spans(normalize._suspects(text)) == _spans(normalize._SUSPECT.finditer(text))


def test_suspect_tokens_join_across_a_no_break_space() -> None:
    text = "It cost 5\u00a0€ at the caf&eacute; “today”"
    assert [text[a:b] for a, b in _spans(normalize._suspects(text))] == ["5\u00a0€", "caf&eacute;", "“today”"]
