"""document.titled_quoted_name: a name in quotation marks right after a person's title (Arabic,
Persian and Indonesian MT) loses the marks in any text; nicknames inside a full name and words
English has keep theirs.  normalize.unclosed_quote.speech: an announced quotation of several
sentences left open mid-text is closed.  Every text here is written for the test."""

from __future__ import annotations

import pytest

from cleanup import Config, clean, process, replay

from .conftest import ANY_BODY as ANY

RULE = "document.titled_quoted_name"


def _edits(text: str, rule: str = RULE, config: Config = ANY) -> list:
    return [e for e in process(text, config).edits if e.rule == rule]


@pytest.mark.parametrize("text, want", [
    ("The minister asked that his greetings reach the US President “Donald Trump”, praising his role.",
     "the US President Donald Trump, praising"),
    ("Talks went well with the help of Mr. “Mnuchin” in the last rounds.", "of Mr. Mnuchin in the"),
    ('The council reported Jakarta Governor "Basuki Tjahaja Purnama" to the police on Monday.',
     "Governor Basuki Tjahaja Purnama to the police"),
    ("He met the Secretary of State “Mike Pompeo” in Riyadh.", "Secretary of State Mike Pompeo in Riyadh"),
    # the stop MT left inside the marks stays after the name
    ("He will meet Russian President “Vladimir Putin.” In an interview he said so.",
     "President Vladimir Putin. In an interview"),
    ("They met Sheikh Adnan's deputy, Minister “Adnan al-Asadi,” on Monday.", "Minister Adnan al-Asadi, on Monday"),
])
def test_a_name_quoted_after_its_title_loses_the_marks_in_any_text(text: str, want: str) -> None:
    res = process(text, ANY)
    assert want in res.output
    assert [e.action for e in _edits(text)] == ["fix"]
    assert replay(text, res.edits) == res.output
    assert clean(res.output, ANY) == res.output


def test_a_surname_english_has_is_unquoted_when_the_full_name_was() -> None:
    text = ("Greetings went to President “Donald Trump”, and the talks went on under the leadership of "
            "President “Trump” in that issue.")
    out = process(text, ANY).output
    assert "President Donald Trump," in out and "of President Trump in" in out
    # alone, a word English has stays quoted: a nickname or a work may be meant
    alone = "The talks went on under the leadership of President “Trump” in that issue."
    assert not _edits(alone)


@pytest.mark.parametrize("text", [
    'Supporters of President "Bongbong" Marcos gathered in Manila on Monday.',  # nickname in the full name
    "General “Mad Dog” Mattis spoke to the troops.",
    'The band played Captain "Fantastic" again.',  # words English has
    'The crowd called him "Donald Trump" all night.',  # no title before the mark
    "President “Donald Trump and",  # never closed
])
def test_nicknames_works_and_untitled_quotes_keep_their_marks(text: str) -> None:
    assert not _edits(text)


def test_a_quoted_name_after_a_title_is_evidence_for_the_same_name_quoted_alone() -> None:
    text = "He praised the role of Mr. “Mnuchin” in the talks. “Mnuchin” conveyed the greetings of his team."
    res = process(text, Config(source_language="ar"))
    assert res.output.startswith("He praised the role of Mr. Mnuchin in the talks. Mnuchin conveyed")


SPEECH = "normalize.unclosed_quote.speech"


def test_an_announced_speech_of_several_sentences_left_open_mid_text_is_closed() -> None:
    text = ("He continued: “The brothers have always helped Lebanon in hard times. They will not leave it "
            "alone now.\n\nHe stressed that the government is doing everything it can.")
    res = process(text, ANY)
    assert "alone now.”\n\nHe stressed" in res.output
    assert [e.action for e in _edits(text, SPEECH)] == ["fix"]
    assert clean(res.output, ANY) == res.output


@pytest.mark.parametrize("text", [
    # one sentence: native copy leaves such a quotation open too; only offered
    ('He said: "Indefinite detention is anathema in any country which observes the rule of law.\n\n'
     "In a statement, the detainee thanked his lawyers."),
    # the text's last paragraph: the page may have cut the rest of the quotation
    "He continued: “The brothers have always helped Lebanon. They will not leave it alone now.",
    # the next paragraph goes on with the quotation (the native convention)
    ("He continued: “The brothers have always helped Lebanon. They will not leave it alone now.\n\n"
     "“They will help again,” he said."),
    # not announced by its speaker
    ('Police searched the car. "Posters were found in it. Whether they are related is unclear.\n\n'
     "The suspect is to be brought before a judge."),
])
def test_other_unclosed_quotations_are_not_closed_as_a_speech(text: str) -> None:
    assert not _edits(text, SPEECH)
    assert all(e.action == "suggest" for e in process(text, ANY).edits if e.rule == "normalize.unclosed_quote")
