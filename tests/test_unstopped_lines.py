"""A related headline or a caption with a comma and no stop between an MT story's paragraphs
(cleanup/unstopped_lines.py): offered for removal, never taken from native copy."""

from __future__ import annotations

import dataclasses

from cleanup import Config, clean, process

ANY = Config(require_english=False, source_language="hu")
PARAS = [
    "The talks ended on Monday without a deal, the ministry said in a statement.",
    "The unions have called a strike for Friday and the ports will close at noon.",
]
LINE = "Minister opens the new home of the bronzes, a jewel found by a diver"


def _doc(line: str) -> str:
    return "\n\n".join(["Ports to close on Friday", PARAS[0], line, PARAS[1]])


def _offered(text: str, config: Config = ANY) -> list:
    return [e for e in process(text, config).edits if e.rule == "boilerplate.unstopped_headline"]


def test_a_headline_with_a_comma_between_paragraphs_is_offered():
    offered = _offered(_doc(LINE))
    assert [(e.before.strip(), e.action) for e in offered] == [(LINE, "suggest")]
    out = process(_doc(LINE), dataclasses.replace(ANY, min_confidence=0.4)).output
    assert LINE not in out and all(p in out for p in PARAS)
    assert clean(out, ANY) == out


def test_native_copy_keeps_its_line():
    assert not _offered(_doc(LINE), Config(require_english=False))


def test_a_heading_a_list_lead_in_and_a_quotation_stay():
    for line in ("What The Unions Want, And Why They Strike Now",
                 "The minister listed the demands, as follows:",
                 "“We will not sell the port, whatever happens” says the minister"):
        assert not _offered(_doc(line)), line


def test_a_line_under_the_headline_is_a_standfirst_and_stays():
    text = "\n\n".join(["Ports to close on Friday", LINE, *PARAS])
    assert not _offered(text)


def test_a_story_sentence_in_the_past_that_lost_its_stop_is_not_a_headline():
    line = "On Tuesday, the governor visited the villages and met the families"
    r = process(_doc(line), ANY)
    assert line in r.output
    assert not [e for e in r.edits if e.rule == "boilerplate.unstopped_headline"]
