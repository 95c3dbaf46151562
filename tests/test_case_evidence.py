"""The document view's case evidence, read in one scan, against its definition word by word."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup import Config
from cleanup.doc import Context, mid_sentence
from cleanup.rules import load_rules

_CTX = Context(load_rules(Config().rules_dirs), Config())
_UPPER = re.compile(r"[A-Z][a-z’']*")


def _mid_sentence_capitals(text: str, body) -> Counter:
    """The definition: each capitalised word of a paragraph that :func:`mid_sentence` accepts."""
    return Counter(m.group() for s, e in body for m in _UPPER.finditer(text, s, e) if mid_sentence(text, m.start()))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbB \n.!?:;\"“‘'([—–-•*\t,’x1", max_size=80))
def test_capitals_in_mid_sentence_are_counted_as_the_definition_reads_them(text):
    doc = _CTX.view(text)
    assert doc.case.caps == _mid_sentence_capitals(text, doc.body)


def test_case_evidence_of_a_news_paragraph():
    text = "Leaders met in Paris.  The Bank said that the bank of France agreed, analysts at Reuters said.\n\n  Oil rose."
    case = _CTX.view(text).case
    assert case.caps == Counter({"Paris": 1, "Bank": 1, "France": 1, "Reuters": 1})
    assert case.lows["bank"] == 1 and "Oil" not in case.caps
    assert case.alone["Reuters"] == 1 and not case.alone["Bank"]  # 'The Bank': part of a longer name
