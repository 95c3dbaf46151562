"""document.quoted_name: a person in quotation marks (Thai MT headline style) loses the marks
when the article names the same person with a title; titles of works, nicknames and terms keep
theirs.  Every text here is written for the test."""

from __future__ import annotations

import pytest

from cleanup import Config, process

TH = Config(source_language="th")


def _rule_edits(text: str, config: Config = TH) -> list:
    return [e for e in process(text, config).edits if e.rule == "document.quoted_name"]


@pytest.mark.parametrize("text, want", [
    ("The minister said on Monday that “Somsak” will defeat the gangs. Mr. Somsak Thepsuthin agreed.",
     "that Somsak will defeat"),
    ('Talks went on after "Somchai" took his family to the hills. Gen Somchai Wongsa said it was normal.',
     "after Somchai took"),
    ('There was no deal. After "Somchai" took his family away, Gen Somchai Wongsa said it was normal.',
     "After Somchai took"),
    ("The premier thanked ‘Pol. Somyot’ for his work. Pol. Somyot Poompanmoung said he was honoured.",
     "thanked Pol. Somyot for"),
])
def test_a_quoted_person_named_with_a_title_elsewhere_loses_the_marks(text: str, want: str) -> None:
    res = process(text, TH)
    assert want in res.output
    assert all(e.action == "fix" for e in _rule_edits(text))


def test_a_closing_mark_left_at_a_paragraph_start_goes_when_the_person_is_named() -> None:
    text = "Somsak” admits to being worried about the floods\n\nMr. Somsak Thepsuthin said the army would help."
    assert process(text, TH).output.startswith("Somsak admits to being worried")


@pytest.mark.parametrize("text", [
    'Dwayne "The Rock" Johnson thanked Mr. Johnson\'s fans.',  # a nickname inside a full name
    'The horse called "Somsak" won. Mr. Somsak, its owner, was pleased.',  # after "called"
    'The film "Somsak" opened. Mr. Somsak Thepsuthin directed it.',  # a work after a noun
    "“Somsak” is not worried about the floods, his aides said.",  # no title for him anywhere
    'Critics praise "The Americans" and "Muppets" on ABC. Miss American won.',  # 'Miss' is no person's title here
])
def test_nicknames_works_and_unnamed_words_keep_their_marks(text: str) -> None:
    assert not [e for e in _rule_edits(text) if e.action == "fix"]


def test_in_text_without_marks_of_mt_the_change_is_only_offered() -> None:
    text = "The minister said “Somsak” will defeat the gangs. Mr. Somsak Thepsuthin agreed."
    edits = _rule_edits(text, Config())
    assert edits and all(e.action == "suggest" for e in edits)


def test_idempotent_on_a_quoted_person() -> None:
    text = 'Government House, "Somchai" insists there is no deal. Mr. Somchai Wongsa said so.'
    once = process(text, TH).output
    assert process(once, TH).output == once


def test_a_document_that_quotes_two_full_names_loses_the_marks():
    text = ("The council will report Jakarta Governor \"Basuki Tjahaja Purnama\" to the police on Monday.\n\n"
            "\"We report him tomorrow,\" said the attorney of the members, \"Razman Arif Nasution\".")
    out = process(text, Config(require_english=False, detect_title=False, source_language="id")).output
    assert "Jakarta Governor Basuki Tjahaja Purnama to the police" in out and "members, Razman Arif Nasution" in out
    # one quoted name is not enough for this rule; after its title, document.titled_quoted_name takes it
    one = "The council will report Jakarta Governor \"Basuki Tjahaja Purnama\" to the police on Monday."
    rules = [e.rule for e in process(one, Config(require_english=False, source_language="id")).edits]
    assert "document.quoted_full_name" not in rules and "document.titled_quoted_name" in rules
    untitled = "The council will report the man they call \"Basuki Tjahaja Purnama\" to the police on Monday."
    assert '"Basuki Tjahaja Purnama"' in process(untitled, Config(require_english=False, source_language="id")).output
    songs = "He sang \"American Pie\" and then \"Danny Boy\" to the crowd, and \"Helter Skelter\" last."
    assert process(songs, Config(require_english=False, source_language="id")).output == songs
    films = 'He starred in "Kuch Kuch Hota Hai" and later in "Dilwale Dulhania Le Jayenge", both of which were hits.'
    assert process(films, Config(require_english=False, source_language="hi")).output == films  # no person named
