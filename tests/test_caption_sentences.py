"""Caption sentences the other caption stages leave (cleanup/caption_sentences.py): closed by a
reporter's byline with an e-mail, under a deck."""

from __future__ import annotations

from cleanup import Config, process, replay

ANY = Config(require_english=False)
RULE = "boilerplate.caption_sentence"
PAST = [
    "Heavy rain flooded three villages in the north of the province on Monday night.",
    "The governor visited the villages on Tuesday and met the families of the victims.",
    "The army sent two hundred soldiers to help the families clear the mud.",
    "The schools in the three villages were closed until the end of the week.",
]


def _mine(text: str, config: Config = ANY) -> list:
    return [e for e in process(text, config).edits if e.rule == RULE]


def test_caption_closed_by_a_reporters_email_goes_whole():
    caption = "Lee Min-ho, head of the party, is appealing for support at the station square on the 7th."
    text = "\n\n".join(["Floods hit the north", f"{caption} Reporter Kim Ji-won [email protected]", *PAST])
    korean = Config(require_english=False, source_language="ko")
    edits = _mine(text, korean)
    assert len(edits) == 1 and edits[0].before.startswith(caption) and "[email protected]" in edits[0].before
    assert caption not in process(text, korean).output
    # in copy with no mark of MT the caption is offered, the byline cut by reporter_tag
    res = process(text, ANY)
    assert [e.action for e in res.edits if e.rule == RULE] == ["suggest"] and "Kim Ji-won" not in res.output
    out = replay(text, res.edits, include_suggestions=True)
    assert caption not in out and all(p in out for p in PAST)


def test_the_storys_own_sentence_before_a_byline_stays():
    # past tense, a speech verb, a first person: the story's, whatever closes it
    for line in ("The governor visited the villages and promised help.",
                 "The party will hold rallies in three cities on the 7th of this month.",
                 "We will rebuild every house in the villages, the governor says.",
                 "Our reporters are in the villages on the 7th of this month."):
        text = "\n\n".join(["Floods hit the north", f"{line} Reporter Kim Ji-won [email protected]", *PAST])
        assert not _mine(text), line


def test_sentence_before_a_run_in_credit_is_not_read():
    # review19b F5: native sentences stand before a 'Photo:' label; the credit alone goes
    caption = "Prime Minister Jane Doe arrives at the parliament on Wednesday morning."
    text = ("Election called\n\nThe deadline expired on Tuesday. Today she chose to call an election. "
            f"{caption} Photo: JANE ROE / AFP The opposition has called a press conference.")
    res = process(text, ANY)
    assert not [e for e in res.edits if e.rule == RULE] and caption in res.output and "JANE ROE" not in res.output


def test_scene_caption_under_a_present_tense_deck_is_offered():
    deck = "Governor Nguyen Van Minh advises the villages: “Build on higher ground.”"
    caption = "Governor Nguyen Van Minh addresses the working session with the district leaders."
    text = "\n\n".join(["Floods hit the northern villages", deck, caption, *PAST])
    mine = _mine(text)
    assert len(mine) == 1 and mine[0].before.strip() == caption
    # a story told in the present after it keeps it
    present = [*PAST[:3], "The governor says the schools in the three villages will stay closed until Friday."]
    assert not _mine("\n\n".join(["Floods hit the northern villages", deck, caption, *present]))
