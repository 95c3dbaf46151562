"""A photo's caption in the present tense between paragraphs of a story told in the past
(cleanup/scene_captions.py), and the present-tense lines of native copy that stay."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False)
HEAD = "Floods hit the northern villages"
PAST = [
    "Heavy rain flooded three villages in the north of the province on Monday night.",
    "The governor visited the villages on Tuesday and met the families of the victims.",
    "The army sent two hundred soldiers to help the families clear the mud.",
    "The schools in the three villages were closed until the end of the week.",
]


def _doc(middle: str, paras: list[str] = PAST) -> str:
    return "\n\n".join([HEAD, paras[0], paras[1], middle, *paras[2:]])


def _caption_edits(text: str) -> list:
    return [e for e in process(text, ANY).edits if e.rule == "boilerplate.scene_caption"]


def test_present_tense_caption_in_a_past_story_goes():
    caption = "Governor Nguyen Van Minh addresses the working session with the district leaders."
    edits = _caption_edits(_doc(caption))
    assert len(edits) == 1 and edits[0].before.strip() == caption
    # applied where the text shows MT, offered in copy that reads as native (this one)
    r = process(_doc(caption), Config(require_english=False, min_confidence=0.5))
    assert caption not in r.output and all(p in r.output for p in PAST)


def test_caption_in_the_progressive_goes():
    caption = "Lee Min-ho, the head of the district, is attending the meeting at the town hall."
    assert [e.before.strip() for e in _caption_edits(_doc(caption))] == [caption]


def test_speech_in_the_present_stays():
    line = "Governor Nguyen Van Minh says the army will stay until the roads are open."
    assert not _caption_edits(_doc(line))


def test_story_told_in_the_present_keeps_its_present_paragraphs():
    present = [
        "Heavy rain floods three villages in the north of the province every spring.",
        "The governor visits the villages on Tuesday to meet the families of the victims.",
        "The army sends two hundred soldiers to help the families clear the mud.",
        "The schools in the three villages were closed until the end of the week.",
    ]
    line = "Governor Nguyen Van Minh opens the new dam on the river in May."
    assert not _caption_edits(_doc(line, present))


def test_prose_opening_on_an_adverb_stays():
    line = "Currently, the Border Guard is expanding the investigation of the case."
    assert not _caption_edits(_doc(line))
