"""A two-word name with its second word left in lower case (cleanup/pair_names.py,
document.name_pair_case): 'the White house', 'the Communist party'."""

import pytest

from cleanup import Config, clean, process, replay
from cleanup.pair_names import name_pairs

CFG = Config(detect_title=False, require_english=False, source_language="ru")  # a translation: marks of MT apply
NATIVE = Config(detect_title=False, require_english=False)
RULE = "document.name_pair_case"


def _edits(text: str, cfg: Config = CFG) -> list[tuple[str, str, str]]:
    return [(e.action, text[e.start:e.start + 12], e.after) for e in process(text, cfg).edits if e.rule == RULE]


def test_the_table_holds_names_news_always_capitalises():
    pairs = name_pairs()
    assert pairs[("White", "house")] >= 10 and ("Prime", "minister") in pairs
    assert ("Labour", "party") not in pairs  # news writes 'Labour party' too: a house style, not a name
    assert not any(a in {"The", "Of", "They"} for a, _ in pairs)  # no function word opens a pair


@pytest.mark.parametrize("text, action", [
    ("Officials walked to the gate of the White house on Monday, the agency said.", "fix"),
    ("The Liberal democrats objected to the plan on Monday.", "fix"),
    ("He met a deputy from the Communist party in Moscow.", "suggest"),  # seen 7 times: offered
    ("The Communist Party met again. He met a deputy from the Communist party in Moscow.", "fix"),  # the article's own
])
def test_the_second_word_is_capitalised(text, action):
    edits = _edits(text)
    assert len(edits) == 1 and edits[0][0] == action and edits[0][2].isupper()
    out = process(text, CFG)
    assert replay(text, out.edits) == out.text
    assert clean(out.text, CFG) == out.text


@pytest.mark.parametrize("text", [
    "White house paint is on sale this week, the shop said.",  # a sentence's first word proves nothing
    "They painted the White house-style fence again.",
    "He walked past a small white house on the hill.",
    "She won the European indoor and World outdoor titles.",
    "She said: \"White house prices rose\" and left.",
    "The Labour party met on Monday.",
])
def test_no_name_no_edit(text):
    assert _edits(text) == []


def test_native_copy_is_only_offered():
    assert [a for a, _, _ in _edits("Officials walked to the gate of the White house on Monday.", NATIVE)] == ["suggest"]


def test_native_copy_offers_only_the_surest_pairs():
    assert _edits("He met a deputy from the Communist party in Moscow.", NATIVE) == []  # seen 7 times


@pytest.mark.parametrize("pair", [
    ("European", "indoor"), ("Million", "dollar"), ("Dollar", "baby"), ("Minister", "tony"),
    ("Secretary", "jack"), ("Independence", "party"), ("Radio", "five"),
])
def test_the_table_holds_no_inner_piece_of_a_longer_name(pair):
    assert pair not in name_pairs()


def test_an_inner_piece_in_prose_is_left():
    assert _edits("It was her first European indoor title, the agency said.") == []


def test_the_builder_leaves_out_inner_pieces():
    """bench.name_pairs.inner_piece on counts made up for the purpose: a capitalised word goes on
    after the pair; an adjective; a given name after an office; a first word inside a longer name."""
    from collections import Counter

    from bench.name_pairs import PairCounts, inner_piece

    titles = frozenset({"Minister"})
    c = PairCounts(caps=Counter({("European", "indoor"): 15, ("White", "house"): 38, ("Minister", "tony"): 23,
                                 ("Dollar", "baby"): 20, ("Middle", "east"): 39, ("Magic", "roundabout"): 9}),
                   goes_on=Counter({("European", "indoor"): 12, ("White", "house"): 2}),
                   inner=Counter({("Dollar", "baby"): 20, ("White", "house"): 1}))
    assert inner_piece(("European", "indoor"), c, titles)  # 'European Indoor Championships'
    assert inner_piece(("Minister", "tony"), c, titles)  # 'Minister Tony Blair'
    assert inner_piece(("Dollar", "baby"), c, titles)  # 'Million Dollar Baby'
    assert inner_piece(("Magic", "roundabout"), c, titles)  # an adjective, seen too seldom to end a name
    assert not inner_piece(("White", "house"), c, titles)
    assert not inner_piece(("Middle", "east"), c, titles)  # an adjective that ends the name at every use
