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


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="aAbB .!?“'(—x", max_size=30), min_size=1, max_size=5),
       st.sampled_from(["\n", "\n\n", ".\n", " \n  ", "x\n "]))
def test_case_evidence_kept_per_paragraph_matches_a_fresh_scan(paragraphs, joint):
    """The same paragraphs behind another joint (what the scan's look-behind reads before a
    paragraph's leading spaces differs): the evidence remembered per paragraph still counts as
    the definition reads the new text."""
    for text in ("\n".join(paragraphs), joint.join(paragraphs), "Title\n" + joint.join(reversed(paragraphs))):
        doc = _CTX.view(text)
        assert doc.case.caps == _mid_sentence_capitals(text, doc.body)
        words = Counter(w for s, e in doc.body for w in re.findall(r"[A-Za-z][a-z’']*", text[s:e]))
        assert doc.case.lows == Counter({w: n for w, n in words.items() if not w[0].isupper()})
