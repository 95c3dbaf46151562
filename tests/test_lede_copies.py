"""The lede's first sentence scraped above it as a teaser (cleanup/lede_copies.py): seen on a
Persian and a German site, headline, teaser, headline again, lede."""

from __future__ import annotations

import cleanup
from cleanup.lede_copies import opens_with

_CFG = cleanup.Config(require_english=False)
_HEAD = "Floods close the coast road"
_SENT = "Heavy rain closed the coast road on Monday."


def _rules(text: str) -> list[str]:
    return [e.rule for e in cleanup.process(text, _CFG).edits if e.action == "fix"]


def test_the_teaser_goes_and_the_lede_stays_whole_after_the_headline_printed_again():
    for lede in (f"{_SENT} Crews expect to reopen it on Friday.", f"TRURO – {_SENT}"):
        text = f"{_HEAD}\n\n{_SENT}\n\n{_HEAD}\n\n{lede}\n\nNobody was hurt, the police said."
        r = cleanup.process(text, _CFG)
        assert r.title == _HEAD
        assert r.text.count(_SENT) == 1 and r.text.startswith(lede)
        assert "boilerplate.lede_copy" in _rules(text)
        once = cleanup.clean(text, _CFG)
        assert cleanup.clean(once, _CFG) == once


def test_a_standfirst_in_other_words_or_a_sentence_the_lede_does_not_open_with_stays():
    for teaser, lede in (("Rain closed the road on Monday.", f"{_SENT} Crews expect to reopen it on Friday."),
                         (_SENT, "Heavy rain closed the coast road on Monday and Tuesday."),
                         (_SENT, "Crews said the road was closed. " + _SENT)):
        text = f"{_HEAD}\n\n{teaser}\n\n{lede}\n\nNobody was hurt, the police said."
        assert "boilerplate.lede_copy" not in _rules(text)


def test_opens_with_reads_a_dateline_but_not_a_longer_sentence():
    assert opens_with(f"JAKARTA – {_SENT} More rain is due.", _SENT)
    assert opens_with(_SENT, _SENT)
    assert not opens_with(f"{_SENT[:-1]} and Tuesday.", _SENT)
    assert not opens_with(f"The mayor said the town was calm. {_SENT}", _SENT)


def _idempotent(text: str, config: cleanup.Config = _CFG) -> str:
    r = cleanup.process(text, config)
    assert cleanup.replay(text, r.edits) == r.output
    assert cleanup.clean(r.output, config) == r.output
    return r.output


def test_one_paragraph_printed_n_times_keeps_the_title_and_one_copy_in_one_call():
    # bench.faults api 'same_paragraph_6x': 3 copies left after one call, 2 after a second
    line = "The minister said the talks would resume on Monday in Geneva."
    for n in range(2, 51):
        out = _idempotent("\n\n".join([line] * n))
        assert out == f"{line}\n\n{line}", n
        assert _idempotent("\n".join([line] * n)) == out, n
        assert _idempotent("\n\n".join([line] * n), cleanup.Config(require_english=False, detect_title=False)) == line


def test_a_teaser_scraped_several_times_above_the_lede_goes_whole():
    lede = f"{_SENT} Crews expect to reopen it on Friday."
    for n in (2, 3, 7):
        text = "\n\n".join([_HEAD] + [_SENT] * n + [lede, "Nobody was hurt, the police said."])
        out = _idempotent(text)
        assert out.count(_SENT) == 1 and lede in out, n


def test_two_or_three_paragraphs_repeated_in_alternation_are_idempotent():
    a, b, c = (_SENT, "Officials from both sides met for three hours on Sunday evening.",
               "A spokesman declined to say whether the road would reopen, reporters were told.")
    for block in ((a, b), (a, b, c)):
        for n in range(2, 21):
            for head in ([], [_HEAD]):
                _idempotent("\n\n".join(head + list(block) * n))
