"""document.titled_quoted_name: a name in quotation marks right after a person's title (Arabic,
Persian and Indonesian MT) loses the marks in any text; nicknames inside a full name and words
English has keep theirs.  normalize.unclosed_quote.speech: an announced quotation of several
sentences left open mid-text is closed.  Every text here is written for the test."""

from __future__ import annotations

import pytest

from cleanup import Config, clean, process, replay

from .conftest import ANY_BODY as ANY

RULE = "document.titled_quoted_name"


MT = Config(source_language="ar", require_english=False)  # a translated page: its source language given


def _edits(text: str, rule: str = RULE, config: Config = ANY) -> list:
    return [e for e in process(text, config).edits if e.rule == rule]


@pytest.mark.parametrize("text, want", [
    ("The minister asked that his greetings reach the US President “Donald Trump”, praising his role.",
     "the US President Donald Trump, praising"),
    # one word: the article writes it as the person's surname elsewhere
    ("Secretary Steven Mnuchin came. Talks went well with the help of Mr. “Mnuchin” in the last rounds.",
     "of Mr. Mnuchin in the"),
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
    text = ("Secretary Steven Mnuchin came. He praised the role of Mr. “Mnuchin” in the talks. “Mnuchin” "
            "conveyed the greetings of his team.")
    res = process(text, Config(source_language="ar"))
    assert "He praised the role of Mr. Mnuchin in the talks. Mnuchin conveyed" in res.output


@pytest.mark.parametrize("text", [
    # a naming, greeting or reference word before the title: the quote is what the person is called
    'Rivals have long called the Senator "Pocahontas" in speeches.',
    'The opposition has dubbed the Prime Minister "Mr Fixit" after the deals.',
    'His staff nicknamed the Mayor "Boris" years ago.',
    'The pupils wished the President "Happy Diwali" on the lawn.',
    'The host, known to viewers as Mr "Motivator", is back.',
    'Her neighbours refer to her as Mrs "Moneypenny" with a smile.',
    # a nickname alone after the title, never the surname of a full name in the article
    'Supporters of President "Bongbong" gathered outside the palace on Monday.',
    # not a person's title: a brand before the title of a work
    'The second season of Amazon Prime "Jack Ryan" was filmed abroad.',
])
def test_nicknames_and_greetings_given_to_a_titled_person_keep_their_marks(text: str) -> None:
    assert not _edits(text)
    assert not _edits(text, config=Config(source_language="ar"))


def test_a_nickname_alone_is_unquoted_where_the_article_quotes_it_as_a_surname() -> None:
    text = "Supporters of President “Rody Duterte” rallied. Later President “Duterte” spoke to them."
    out = process(text, ANY).output
    assert "President Rody Duterte rallied" in out and "Later President Duterte spoke" in out


SPEECH = "normalize.unclosed_quote.speech"


def test_an_announced_speech_of_several_sentences_left_open_mid_text_is_closed() -> None:
    text = ("He continued: “The brothers have always helped Lebanon in hard times. They will not leave it "
            "alone now.\n\nHe stressed that the government is doing everything it can.")
    res = process(text, ANY)
    assert "alone now.”\n\nHe stressed" in res.output
    assert [e.action for e in _edits(text, SPEECH)] == ["fix"]
    assert clean(res.output, ANY) == res.output
    assert [e.action for e in _edits(text, SPEECH, MT)] == ["fix"]


def test_a_close_amid_a_later_paragraphs_narrative_ends_another_quotation() -> None:
    # 'them” -as he maintains': the close of a quotation whose opener was lost there, not of ours
    text = ("He continued: “We will not leave this town. We will stay here.\n\nHe wants a government that "
            "solves problems and does not create them” -as he maintains.\n\nThe talks resume on Monday.")
    assert [e.action for e in _edits(text, SPEECH)] == ["fix"]
    assert "stay here.”\n\nHe wants" in process(text, ANY).output


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
    # the quotation closes in a later paragraph: a letter's sign-off, a statement's list, lyrics
    ('The note read: "Dear Tom, I am sorry for all of it. I never meant to hurt anyone.\n\nLove always, Anna."\n\n'
     "Police found it on the table."),
    ('The club said: "We are aware of the incident. We are helping the police.\n\n- The match goes ahead.\n\n'
     '- Fans should arrive early."\n\nTickets are sold out.'),
    ("He said: “We are aware of the incident. We are helping the police.\n\nThey will say more soon.”\n\nTickets are sold out."),
    ('The club said: "We are aware of the incident. We are helping the police.\n\nWe will say more soon," '
     "the club added.\n\nTickets are sold out."),
    # past a scraped line ('Advertisement') the next paragraph reopens the quotation
    ('The mayor said: "We have waited for this bridge for years. It will change the town.\n\nAdvertisement\n\n'
     '"Nobody should doubt it," she added.\n\nThe council votes next month.'),
    # the last sentence reads as narration: the close may belong before it (.introduced declines too)
    ("He said: “I’m not thinking about replacing the coach. Basically, the ministers have indicated that they "
     "support him.\n\nThe board meets next month, the club said."),
])
def test_other_unclosed_quotations_are_not_closed_as_a_speech(text: str) -> None:
    assert not _edits(text, SPEECH)
    assert all(e.action == "suggest" for e in process(text, ANY).edits if e.rule == "normalize.unclosed_quote")


@pytest.mark.parametrize("config", [ANY, Config(source_language="ar")])
def test_a_title_or_an_initial_does_not_end_a_quoted_sentence(config: Config) -> None:
    # one sentence ('Mr.' and 'J.' do not end it): not a speech of several sentences; in a
    # translated text its only sentence is the speaker's, so .introduced closes it
    text = "He said: “We met Mr. Smith and J. Brown in town today.\n\nThe talks resume on Monday."
    rules = {e.rule for e in process(text, config).edits if e.rule.startswith("normalize.unclosed_quote")}
    assert SPEECH not in rules
    if config.source_language == "ar":
        assert rules == {"normalize.unclosed_quote.introduced"}


@pytest.mark.parametrize("text", [
    "The deal was welcomed by Egypt as well as US President “Donald Trump” on Monday.",
    "In a phone call President “Donald Trump” thanked the Egyptian leader for his help.",
])
def test_as_and_call_before_the_title_do_not_keep_the_marks(text: str) -> None:
    # 'as' and the noun 'call' are no naming verbs: 'known as' and 'called' are
    assert "President Donald Trump" in process(text, ANY).output
