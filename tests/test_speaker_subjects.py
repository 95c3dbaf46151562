"""Lost full stops before a titled name or a speaker's colon (:mod:`cleanup.speaker_subjects`)."""

from __future__ import annotations

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
#: copy read as MT (a source language given): the titled and speaker stops are applied, not only offered
MT = Config(detect_title=False, require_english=False, source_language="ru")


def test_a_titled_name_and_its_verb_after_a_complete_clause_open_a_sentence():
    for text, joined in (("Peers said they would vote against the plan on the bill Tory leader Michael Howard also "
                          "faces a revolt.", "bill. Tory leader Michael Howard"),
                         ("Critics gave the comedy its best film of the year accolade Director Alexander Payne was "
                          "named best director.", "accolade. Director Alexander Payne"),
                         ("Campaigners will join a rally in London against the war Defence Secretary Geoff Hoon "
                          "announced the plan on Monday.", "war. Defence Secretary Geoff Hoon")):
        out = process(text, MT)
        assert joined in out.text, out.text
        assert "segment.lost_boundary.titled" in [e.rule for e in out.edits]


def test_a_titled_name_inside_a_sentence_stays():
    for keep in ("The plan was attacked by Tory leader Michael Howard on Monday.",
                 "Last week Tory leader Michael Howard said the plan would fail.",
                 "Analysts said Tory leader Michael Howard was right to oppose it.",
                 "Also present at the service was former US president Bill Clinton and singer Harry Belafonte, who "
                 "gave the eulogy.",
                 "Protests followed a series of press conferences with police Chief Tom Jackson, who refused to "
                 "name the officer."):
        out = process(keep, CFG)
        assert "segment.lost_boundary.titled" not in [e.rule for e in out.edits], out.text


def test_a_speaker_and_the_colon_after_the_verb_open_a_sentence():
    out = process('The midfielder wants to stay at the Bernabeu stadium Beckham said: "It is expected of us."', MT)
    assert "stadium. Beckham said:" in out.text, out.text
    assert [e.rule for e in out.edits] == ["segment.lost_boundary.speaker"]


def test_a_speaker_inside_a_sentence_stays():
    for keep in ('Speaking after the match Wenger said: "We were poor."',
                 'He told reporters Smith said: "We will appeal."',
                 "That is not what the coach Smith said: he wanted a draw."):
        out = process(keep, CFG)
        assert "segment.lost_boundary.speaker" not in [e.rule for e in out.edits], out.text



def _boundaries(text: str) -> list[str]:
    """The lost-boundary rules that fire on ``text``."""
    return [e.rule for e in process(text, CFG).edits if e.rule.startswith("segment.lost_boundary")]


def test_a_speaker_after_a_role_word_stays():
    for keep in ('The club thanked the fans and manager Brendan Rodgers said: "We will be back."',
                 'The club thanked the fans and coach Smith said: "We will be back."'):
        assert _boundaries(keep) == [], process(keep, CFG).text


def test_a_titled_name_opening_a_relative_clause_without_that_stays():
    for keep in ("These are the challenges Prime Minister Rishi Sunak now faces.",
                 "It was the year Director Jane Roe was named.",
                 "It was the year Director Jane Roe was named best director.",
                 "It is the same day Prime Minister Rishi Sunak flies to Washington."):
        assert _boundaries(keep) == [], process(keep, CFG).text


def test_a_titled_name_in_a_trailing_speech_tag_stays():
    for keep in ("The force will review the case Chief Inspector John Smith said.",
                 "The force will review the case Chief Inspector John Smith added.",
                 "The force will review the case Chief Inspector John Smith later said, adding that it was rare."):
        assert "segment.lost_boundary.titled" not in _boundaries(keep), process(keep, CFG).text
    # a verb of saying with its own clause still opens a sentence
    out = process("Campaigners will join a rally in London against the war Defence Secretary Geoff Hoon said the plan "
                  "was agreed.", MT)
    assert "segment.lost_boundary.titled" in [e.rule for e in out.edits], out.text


@pytest.mark.parametrize("tail", ["said on Monday.", "told reporters.", "has said in a statement.", "would later say.",
                                  "admitted on Sunday.", "told the BBC."])
def test_a_trailing_speech_tag_with_a_few_words_after_its_verb_is_not_split_in_mt_copy(tail):
    text = "The economy is recovering well Chancellor Jeremy Hunt " + tail
    out = process(text, MT)
    assert "segment.lost_boundary.titled" not in [e.rule for e in out.edits], out.text
    assert out.text == text  # at most offered


def test_a_role_and_its_name_before_an_appositive_stay_together():
    out = process("The vote was held late on Friday night Labour leader Keir Starmer, who attended, said it was a "
                  "disgrace.", CFG)
    assert "Labour leader Keir Starmer" in out.text, out.text


def test_native_titled_names_inside_a_sentence_stay():
    for keep in ("The bill was passed on Tuesday said Labour leader Keir Starmer.",
                 "He met Foreign Secretary David Cameron on Monday.",
                 "The strike will go ahead according to Chief Constable Sara Thornton.",
                 "Late on Friday night Labour leader Keir Starmer, who attended, said it was a disgrace."):
        assert _boundaries(keep) == [], process(keep, CFG).text


def test_in_copy_with_no_mark_of_mt_the_titled_stop_is_offered():
    text = "Peers said they would vote against the plan on the bill Tory leader Michael Howard also faces a revolt."
    plain = [e for e in process(text, CFG).edits if e.rule == "segment.lost_boundary.titled"]
    mt = [e for e in process(text, MT).edits if e.rule == "segment.lost_boundary.titled"]
    assert [e.action for e in plain] == ["suggest"] and [e.action for e in mt] == ["fix"]
