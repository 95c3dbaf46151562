"""normalize.semicolon_stop: a semicolon MT kept from Persian or Arabic between two sentences
(holdout5:h5_fa_rahnam, holdout12:h12_fa_partonews)."""

from __future__ import annotations

from cleanup import Config, clean, process
from cleanup.semicolon_stops import fix_semicolon_stops

from .conftest import grows_linearly
from .conftest import rules_of as _rules

FA = Config(require_english=False, detect_title=False, source_language="fa", min_confidence=0.5)
NATIVE = Config(require_english=False, detect_title=False)


def test_a_semicolon_before_a_sentence_opener_becomes_a_full_stop():
    text = ("The agency’s reporter, Masoud Satayshi; In a press conference today, the spokesman spoke. "
            "Security must be fully ensured”; This was an important order during today’s session; In this "
            "regard, the judge gave orders. Security was tight; however, the session went on.")
    res = process(text, FA)
    assert "Satayshi. In a press" in res.output
    assert "ensured”. This was" in res.output and "session. In this regard" in res.output
    assert "tight; however" in res.output  # lower case after it: a semicolon English writes
    assert [e.action for e in res.edits if e.rule == "normalize.semicolon_stop"] == ["fix"] * 3
    assert clean(res.output, FA) == res.output


def test_the_full_stop_is_only_offered_by_default():
    # measured: h5_fa is annotated 'Satayshi, in' (the Persian mark also joins clauses)
    text = "Masoud Satayshi; In a press conference today, he said the case was closed."
    res = process(text, Config(require_english=False, detect_title=False, source_language="fa"))
    assert res.output == text
    assert [e.action for e in res.edits if e.rule == "normalize.semicolon_stop"] == ["suggest"]


def test_the_arabic_semicolon_is_a_stop_too():
    res = process("The order was fully ensured\u061b This was an important order of the judge.", FA)
    assert "ensured. This was" in res.output
    assert "normalize.semicolon_stop" in _rules(res)


def test_openers_native_copy_has_are_only_offered_outside_mt():
    # BBC entertainment/256: 'in an urban environment; It therefore directly shapes'
    text = "We spend our working life in an urban environment; It therefore directly shapes what we write."
    res = process(text, NATIVE)
    assert res.output == text
    assert [e.action for e in res.edits if e.rule == "normalize.semicolon_stop"] == ["suggest"]
    assert "environment. It therefore" in clean(text, FA)


def test_names_initials_entities_and_questions_keep_their_semicolon():
    text = ("Backs: J Lewsey; A Mehrtens, B Cohen; Harlequins won. Read the Guardian; The Times costs more. "
            "How can we trust them; They lied again.")
    res = process(text, Config(require_english=False, detect_title=False, source_language="fa"))
    assert "Lewsey; A Mehrtens" in res.output and "Cohen; Harlequins" in res.output
    assert "Guardian; The Times" in res.output  # a name in a list: offered only
    assert "them; They" in res.output  # the question's own rule offers '?'
    assert "normalize.question_semicolon" in _rules(res)
    assert not [e for e in res.edits if e.rule == "normalize.semicolon_stop" and e.action == "fix"]


def test_semicolon_stop_is_linear():
    big, small = grows_linearly(fix_semicolon_stops, "the talks ended; In this regard he spoke and ", 20_000)
    assert big < 30 * small + 0.05
