"""A photo's caption closed by the photo's credit, in a paragraph of its own between paragraphs
of the story (cleanup/credited_captions.py), and the paragraphs that end on a credit and stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process, replay

RULE = "boilerplate.credited_caption"
MT = Config(require_english=False, source_language="fr")
NATIVE = Config(require_english=False)
HEAD = "Floods hit the northern villages"
PROSE = [
    "Heavy rain flooded three villages in the north of the province on Monday night.",
    "The governor visited the villages on Tuesday and met the families of the victims.",
    "The army sent two hundred soldiers to help the families clear the mud.",
]


def _doc(middle: str) -> str:
    return "\n\n".join([HEAD, PROSE[0], middle, *PROSE[1:]])


def _caption_edits(text: str, config: Config = MT) -> list:
    return [e for e in process(text, config).edits if e.rule == RULE]


@pytest.mark.parametrize("caption", [
    "Governor Nguyen Van Minh at the flooded school on Tuesday. (JOHN ROE / AFP)",
    "Residents clear the road after the storm. © 2021 Example.com/John Roe",
    "The governor answers questions in the assembly. Two aides stand by him. (Photo source: City Daily file photo)",
    "Soldiers carry sandbags to the river bank. (Photo: Provincial Daily)",
])
def test_caption_with_its_credit_goes_whole(caption):
    text = _doc(caption)
    edits = _caption_edits(text)
    assert len(edits) == 1 and edits[0].before.strip() == caption and edits[0].action == "fix"
    r = process(text, MT)
    assert caption.split(".")[0] not in r.output and all(p in r.output for p in PROSE)
    assert replay(text, r.edits) == r.output
    assert process(r.output, MT).output == r.output  # idempotent


def test_only_offered_in_native_copy():
    caption = "Governor Nguyen Van Minh at the flooded school on Tuesday. (JOHN ROE / AFP)"
    edits = _caption_edits(_doc(caption), NATIVE)
    assert [e.action for e in edits] == ["suggest"]


@pytest.mark.parametrize("paragraph", [
    # a paragraph of the story, long, that ends on a credit: the credit alone is the credit rules'
    "The governor said the army would stay until the end of the month, and the unions agreed to meet "
    "again next week. The ports will open on Friday. The roads are clear again. The schools are shut. (Photo: City Daily)",
    # a bracket with an agency but no slash: the story's words
    "The agency (AFP) said the governor had left the province on Tuesday.",
    # a screenshot's caption: the editors kept it as the story's lede (dev zh_todaychina_03)
    "The commission criticized the local offices for their lazy actions. (Screenshot from Weibo)",
])
def test_story_paragraphs_stay(paragraph):
    assert _caption_edits(_doc(paragraph)) == []


def test_credit_at_the_foot_is_no_caption():
    """A credited line with no prose after it is the foot's (a byline, the last photo)."""
    text = "\n\n".join([HEAD, *PROSE, "Governor Nguyen Van Minh at the school. (JOHN ROE / AFP)"])
    assert _caption_edits(text) == []


def test_a_story_sentence_or_a_story_credit_before_prose_is_not_a_caption():
    base = ("Floods hit the north\n\nHeavy rain flooded three villages in the north on Monday night.\n\n{}\n\n"
            "The army sent two hundred soldiers to help the villages on Tuesday.")
    for mid, story in (("The governor visited the villages and promised a new bridge. (Photo: VNA)",
                        "The governor visited the villages and promised a new bridge."),
                       ("The strike cost the ports millions, the minister says. (Photo source: Xinhua)",
                        "The strike cost the ports millions, the minister says."),
                       ("The strike will cost the ports millions. (ANSA / AFP)", "The strike will cost the ports millions."),
                       ("The strike will cost the ports millions. (Writing by J. Roe / Reuters)",
                        "The strike will cost the ports millions.")):
        r = process(base.format(mid), Config(source_language="vi"))
        assert story in r.output, mid
        assert "boilerplate.credited_caption" not in {e.rule for e in r.edits}, mid
    caption = base.format("Residents clear the road after the storm. (Photo: VNA)")
    assert "Residents clear" not in process(caption, Config(source_language="vi")).output


def test_a_caption_that_places_the_people_pictured_goes_whatever_its_tense():
    base = ("Floods hit the north\n\nHeavy rain flooded three villages in the north on Monday night.\n\n{}\n\n"
            "The army sent two hundred soldiers to help the villages on Tuesday.")
    caption = "Governor Jane Doe (from left) and Mayor John Roe visited the villages, Doe said. (Photo: VNA)"
    r = process(base.format(caption), Config(source_language="vi"))
    assert "Governor Jane Doe" not in r.output and RULE in {e.rule for e in r.edits}


def test_wire_photo_credit_takes_its_caption_whatever_its_tense():
    """'REUTERS/NAME' after a caption's last stop credits a picture only: the caption goes though it
    tells, in the past tense, what someone said of the thing pictured."""
    caption = ("A soldier holds a shell that an expert said did not explode, in the village, "
               "October 21, 2022. REUTERS/Jane Roe")
    edits = _caption_edits(_doc(caption))
    assert len(edits) == 1 and edits[0].before.strip() == caption and edits[0].action == "fix"
    # the same caption under a bracketed credit of the kind a story may carry stays: the tense says prose
    assert not _caption_edits(_doc(caption.replace("REUTERS/Jane Roe", "(Photo: Provincial Daily)")))


@pytest.mark.parametrize("para", [
    # a paragraph of four sentences is the story's, whatever closes it
    "The farmers came at dawn. They drove tractors. The police stopped them. They went home. REUTERS/Jane Roe",
    # an agency and a name with no stop before them: no caption's credit
    "The figures were checked by REUTERS/Jane Roe",
])
def test_wire_credit_keeps_prose(para):
    assert not _caption_edits(_doc(para))
