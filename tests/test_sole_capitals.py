"""A word capitalised only here that the article writes in lower case in mid-sentence elsewhere
(cleanup/sole_capitals.py, casing.stray_capital.written_lower)."""

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
RULE = "casing.stray_capital.written_lower"


def _edits(text: str) -> list[tuple[str, str, str]]:
    return [(e.action, e.before, e.after) for e in process(text, CFG).edits if e.rule == RULE]


@pytest.mark.parametrize("text, before", [
    # after 'the' and before a stop: a word news capitalises in 5-15% of its uses, in lower case twice elsewhere
    ("The board met on Monday. The film was praised and the film was cut. Critics said the film would fail. "
     "The board voted to clear the Film. Our correspondent says the film opens soon.", "F"),
    ("He was jailed. The law was changed and the law applies to all. Officials say the law is clear. "
     "The arrests were made according to the Law, Mr Yushchenko said on Monday.", "L"),
    # a word the dictionary also lists as a name or a place, which news capitalises in 1-2% of its uses
    ("Drinking rose. The lead researcher said it was true. He said they would take the lead on it. "
     '"It\'s worrying," said Ali Mokdad, a Lead author of the study.', "L"),
    ("Officers spent time on paperwork. It means less Time on the street, the report said.", "T"),
])
def test_a_capital_the_article_writes_in_lower_case_elsewhere_is_lowered(text, before):
    assert ("fix", before, before.lower()) in _edits(text)


@pytest.mark.parametrize("text", [
    # a paper after a speech verb
    "He gave an interview. The economist said it was good and an economist agreed with him. He told the Economist.",
    # a title in title case ends there
    "The children were hungry, said Devendra Tak, of the aid agency Save the Children. The children ate.",
    "Prices rose, and the price fell. It was set out in a report, Paying the Price. The price rose.",
    # a name-like word news capitalises in over 2% of its uses (golf's majors)
    "He won his first major in 2010 and a major title later. He praised another Major winner, who smiled.",
    # a place after a preposition
    "He wrote it for years. She was reading a book when the phone rang. He moved to Reading last year.",
    # in lower case only once: not enough for a word news capitalises in 5-15% of its uses after 'the'
    "The film was praised. The board voted to clear the Film. Our correspondent says more.",
    # capitalised again elsewhere
    "Officers spent time on paperwork. It means less Time on the street. Time will tell, and Time magazine agreed.",
    # inside a quotation, or after a colon: a title or a heading
    'The lead was short. He took the lead early. It was "a Lead story" for him.',
    "The lead was short. He took the lead early. The headline read: a Lead story for him.",
])
def test_a_capital_with_a_mark_of_a_name_or_little_lower_case_is_not_applied(text):
    assert not [e for e in _edits(text) if e[0] == "fix"]
