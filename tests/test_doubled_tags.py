"""normalize.doubled_speech_tag: a quotation's speech verb written before and after it (Korean,
Japanese, Turkish verb-final order carried by MT): the second tag goes in MT, is offered in copy
with no mark of MT, and a quotation with a tag or a sentence of the writer's between its parts stays."""

from __future__ import annotations

import pytest

from cleanup import Config, process, replay

RULE = "normalize.doubled_speech_tag"


def _run(text: str, lang: str | None = "ko"):
    return process(text, Config(require_english=False, detect_title=False, source_language=lang))


@pytest.mark.parametrize("text, want", [
    ("Lee said, “It is one of two things. It has nothing to do with our party,” he said.",
     "Lee said, “It is one of two things. It has nothing to do with our party.”"),
    ("He added, “Let’s check with each other,” he emphasized.", "He added, “Let’s check with each other.”"),
    ('The mayor said: "We will open the bridge on Monday," he said.', 'The mayor said: "We will open the bridge on Monday."'),
    ("Lee said, “Let’s speak freely,” but “let’s not use insults,” he said.",
     "Lee said, “Let’s speak freely,” but “let’s not use insults.”"),
    ("Lee said, “In the past he retreated. “It was like that then,” he said.",
     "Lee said, “In the past he retreated. It was like that then.”"),  # the spurious mark: another stage
    ("She asked, “Why now?” she said.", "She asked, “Why now?”"),
])
def test_second_tag_goes_in_mt(text: str, want: str) -> None:
    res = _run(text)
    assert res.text == want
    assert any(e.rule == RULE and e.action == "fix" for e in res.edits)
    assert replay(text, res.edits) == res.text
    assert _run(res.text).text == res.text


@pytest.mark.parametrize("text", [
    "“It has nothing to do with our party,” he said.",
    "She said, “We are ready.” The mayor disagreed. “We are not,” he said.",
    "She said, “We are ready,” he said.",
    "Kim said, “We are ready,” Park said. “We are not,” he said.",
    "They said, “We are ready,” he said.",  # he reports what they said
    "He said, “We are ready,” he said, adding that talks would resume.",
    "He said, “We are ready.”\n\n“We are not,” he said.",
])
def test_other_quotations_stay(text: str) -> None:
    res = _run(text)
    assert res.text == text
    assert not [e for e in res.edits if e.rule == RULE]


def test_offered_without_a_mark_of_mt() -> None:
    text = "Lee said, “It has nothing to do with our party,” he said."
    res = _run(text, None)
    assert res.text == text
    assert [e.action for e in res.edits if e.rule == RULE] == ["suggest"]


@pytest.mark.parametrize("text", [
    'Director Marc Rothemund said: "I feel responsible." "We must keep their ideas alive," he added.',
    '"I have not been able to reach him, Olson said, "but I know he is safe," she said.',
])
def test_a_new_quotation_or_an_open_one_stays(text: str) -> None:
    """BBC and CNN/DM shapes: a second quotation after a stop; a tag inside a quotation left open."""
    assert not [e for e in _run(text).edits if e.rule == RULE]


@pytest.mark.parametrize("text", [
    'The statement said: "We regret the decision," he said.',  # a written source's words are not his
    "The sign said, “Keep out,” he said.",
    "Her mother always said, “Never give up,” she said.",  # someone's relative is not 'she'
    "Lee said, “They told me ‘no,’” he said.",  # the words end in a mark of their own: no stop after it
    "Lee said, “We go—” he said.",
    "Lee said, “We will see...,” he said.",
])
def test_other_speaker_or_own_mark_stays(text: str) -> None:
    res = _run(text)
    assert res.text == text
    assert not [e for e in res.edits if e.rule == RULE]


@pytest.mark.parametrize("text, want", [
    # an earlier quotation whose first tag fails must not hide a later doubled tag
    ("Lee said, “We will win.” He added, “We will not stop,” he emphasized.",
     "Lee said, “We will win.” He added, “We will not stop.”"),
    ("Kim said, “We are ready.” Park said, “We are not,” he said.",
     "Kim said, “We are ready.” Park said, “We are not.”"),
    ("Lee asked, “Why now,” he said.", "Lee asked, “Why now?”"),  # a question closes on its own mark
])
def test_later_tag_and_question(text: str, want: str) -> None:
    res = _run(text)
    assert res.text == want
    assert replay(text, res.edits) == res.text
