"""Lost full stops before a subject whose phrase holds names or a comparative (probe kinds
stop_common and stop_name): :mod:`cleanup.common_subjects` and the verb test of
:mod:`cleanup.lost_stops` (``lost_stops.verb_gap``)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def _stop_rules(text: str) -> list[tuple[str, str]]:
    return [(e.rule, e.action) for e in process(text, CFG).edits if e.after == "." and not e.before]


def test_a_common_subject_whose_phrase_holds_a_name_or_opens_on_a_comparative_opens_a_sentence():
    text = ("The bank cut its forecast for the year again Separate figures from the Building Societies "
            "Association showed lending fell.")
    assert "again. Separate figures" in process(text, CFG).text
    text = "The company posted record sales in its first quarter More money was spent on research than ever before."
    assert _stop_rules(text) == [("segment.lost_boundary.common_subject", "fix")]


def test_a_title_in_title_case_is_no_subject():
    keep = "The band released the hit singles Time Is Running Out and Hysteria in 2003."
    assert process(keep, CFG).text == keep
