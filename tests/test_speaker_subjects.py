"""Lost full stops before a titled name or a speaker's colon (:mod:`cleanup.speaker_subjects`)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def test_a_titled_name_and_its_verb_after_a_complete_clause_open_a_sentence():
    for text, joined in (("Peers said they would vote against the plan on the bill Tory leader Michael Howard also "
                          "faces a revolt.", "bill. Tory leader Michael Howard"),
                         ("Critics gave the comedy its best film of the year accolade Director Alexander Payne was "
                          "named best director.", "accolade. Director Alexander Payne"),
                         ("Campaigners will join a rally in London in the spring Defence Secretary Geoff Hoon "
                          "announced the plan on Monday.", "spring. Defence Secretary Geoff Hoon")):
        out = process(text, CFG)
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
    out = process('The midfielder wants to stay at the Bernabeu stadium Beckham said: "It is expected of us."', CFG)
    assert "stadium. Beckham said:" in out.text, out.text
    assert [e.rule for e in out.edits] == ["segment.lost_boundary.speaker"]


def test_a_speaker_inside_a_sentence_stays():
    for keep in ('Speaking after the match Wenger said: "We were poor."',
                 'He told reporters Smith said: "We will appeal."',
                 "That is not what the coach Smith said: he wanted a draw."):
        out = process(keep, CFG)
        assert "segment.lost_boundary.speaker" not in [e.rule for e in out.edits], out.text

