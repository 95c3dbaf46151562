"""A two-word name with its first word left in lower case (cleanup/head_names.py,
document.name_head_case): 'the foreign Office', 'north Korea', 'the European indoor Championships'."""

import pytest

from cleanup import Config, clean, process, replay
from cleanup.head_names import name_heads

CFG = Config(detect_title=False, require_english=False, source_language="ru")  # a translation: marks of MT apply
NATIVE = Config(detect_title=False, require_english=False)
RULE = "document.name_head_case"


def _edits(text: str, cfg: Config = CFG) -> list[tuple[str, str, str]]:
    return [(e.action, text[e.start:e.start + 12], e.after) for e in process(text, cfg).edits if e.rule == RULE]


def test_the_table_holds_names_news_always_capitalises():
    heads = name_heads()
    assert heads[("north", "Korea")][0] >= 10 and ("foreign", "Office") in heads
    assert ("new", "England") not in heads  # news writes 'a new England captain': an adjective before names
    assert ("the", "White") not in heads and ("and", "Wales") not in heads  # no function word opens a pair
    assert ("midfielder", "Frank") not in heads  # a given name after a common noun: no name of one piece


@pytest.mark.parametrize("text, action", [
    ("The envoy flew to north Korea on Monday, the agency said.", "fix"),
    ("Talks were held at the foreign Office in London.", "suggest"),  # seen 6 times: offered
    ("She won gold at the European indoor Championships on Sunday.", "suggest"),  # inside a longer name
])
def test_the_first_word_is_capitalised(text, action):
    edits = _edits(text)
    assert len(edits) == 1 and edits[0][0] == action and edits[0][2].isupper()
    out = process(text, CFG)
    assert replay(text, out.edits) == out.text
    assert clean(out.text, CFG) == out.text


@pytest.mark.parametrize("text", [
    "She won gold at the indoor Championships on Sunday.",  # mostly inside a longer name: none here
    "It was the launch of a new England replica shirt.",  # 'new' goes before names in lower case
    "north Korea fired a missile on Saturday, the agency said.",  # a sentence's first word: another fault
    "He said: \"north Korea fired\" and left.",
    "The envoy flew to North Korea on Monday.",
])
def test_no_name_no_edit(text):
    assert _edits(text) == []


def test_the_article_written_pair_is_fixed_by_one_stage_or_another():
    text = "The Foreign Office said nothing. Talks were held at the foreign Office in London."
    assert process(text, CFG).text.count("Foreign Office") == 2


def test_native_copy_fixes_only_the_surest_pairs():
    assert [a for a, _, _ in _edits("The envoy flew to north Korea on Monday.", NATIVE)] == ["fix"]
    assert _edits("Talks were held at the foreign Office in London.", NATIVE) == []  # seen 6 times
