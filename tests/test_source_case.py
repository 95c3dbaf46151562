"""cleanup/source_case.py: document.unit_name (a unit's noun left in lower case in a place's name) and document.lower_title."""

from __future__ import annotations

import pytest

import cleanup
from cleanup import replay


def _run(text: str, lang: str | None = "vi") -> cleanup.Result:
    return cleanup.process(text, cleanup.Config(source_language=lang) if lang else cleanup.Config())


@pytest.mark.parametrize(("text", "want", "lang"), [
    ("A truck overturned in Arad County on Monday. Another fell in Brașov County. A third crashed in Giurgiu county.",
     "A third crashed in Giurgiu County.", "ro"),
    ("He lives in Dong Phong Ward. The robbery was in Bich Dao ward on Friday.", "in Bich Dao Ward on Friday", "vi"),
    ("Police leaders in district 9, Ho Chi Minh City, met on Monday.", "in District 9, Ho Chi Minh City", "vi"),
    ("The elder lives in Lac Duong (village 1, Lac Duong commune).", "(Village 1, Lac Duong commune)", "vi"),
])
def test_unit_noun_capitalised(text: str, want: str, lang: str) -> None:
    res = _run(text, lang)
    assert want in res.text
    edits = [e for e in res.edits if e.rule == "document.unit_name"]
    assert edits and all(e.action == "fix" for e in edits)
    assert replay(text, res.edits) == res.text
    assert cleanup.process(res.text, cleanup.Config(source_language=lang)).text == res.text


@pytest.mark.parametrize(("text", "lang"), [
    ("Troops entered Helmand province. The fighting spread to Kandahar province and Nimroz province.", "fa"),
    ("Officials in Goychay District said the Kedabek district and Gedabek district had no heads.", "az"),
    ("The village lies in Al-Azim district 60 km north of the city.", "ar"),
    ("Fares rose in zones 1 and 2 of the network.", None),
    ("The Iraqi city of Mosul fell. Mexico City and the German city of Bonn voted.", None),
    ("Kent County Council met. The fire crews of Ferguson's city council stayed.", "ro"),
    ("The council of Arad County met. The ward 5 of the hospital is 20 metres away.", "ro"),
    # a decimal or thousands figure is a distance, not the unit's number (review33b)
    ("Officials in Lac Duong commune said the village 1.5 km away and a hamlet 1,200 metres up were cut off.", "vi"),
    # the unit's noun modifies 'centre' or 'council': no name (review33b)
    ("Officials from Ninh Binh City met on Monday. Shops in Kuala Lumpur city centre closed early.", "vi"),
    ("Officials from Ninh Binh City met. Ho Chi Minh City sent aid. Kuala Lumpur city council agreed.", "vi"),
    # a lower-case letter of Latin Extended-A opens no name (review33b)
    ("Kielce County met in Kielce County. The fire hit świętokrzyskie county on Monday.", "pl"),
])
def test_unit_noun_left(text: str, lang: str | None) -> None:
    assert not [e for e in _run(text, lang).edits if e.rule == "document.unit_name"]


def test_a_unit_number_ending_a_sentence_is_still_capitalised() -> None:
    res = _run("Officials from District 9 met. The fence stands in district 9.", "vi")
    assert "in District 9." in res.text


def test_native_copy_is_only_offered() -> None:
    text = ("The trial will cost Santa Barbara County more. Officials in Orange County agreed. "
            "It is estimated the trial will cost Santa Barbara county up to $4m.")
    edits = [e for e in cleanup.process(text).edits if e.rule == "document.unit_name"]
    assert all(e.action == "suggest" for e in edits)


def test_lower_title_before_a_name_is_offered() -> None:
    text = "\"The department stays,\" said president Karol Nawrocki on Monday."
    res = _run(text, "pl")
    edits = [e for e in res.edits if e.rule == "document.lower_title"]
    assert [(e.before, e.after, e.action) for e in edits] == [("president", "President", "suggest")]
    assert res.text == text


@pytest.mark.parametrize("text", [
    "The bill was backed by shadow chancellor Oliver Letwin on Monday.",
    "The deal was the work of president Umberto Agnelli, the family said.",
    "He said president of the club Karol Nawrocki was away.",
])
def test_lower_title_left(text: str) -> None:
    assert not [e for e in _run(text, "pl").edits if e.rule == "document.lower_title"]
