"""Casing errors MT repeats through one article (cleanup/recurring_case.py): a stray capital at
every use of a word (casing.recurring_capital) and a name in lower case at every use
(document.recurring_lower_name)."""

import pytest

from cleanup import Config, clean, lexicon, process, replay

CFG = Config(detect_title=False, require_english=False, source_language="ru")  # a translation: marks of MT apply
NATIVE = Config(detect_title=False, require_english=False)
CAPITAL = "casing.recurring_capital"
LOWER = "document.recurring_lower_name"


def _edits(text: str, rule: str, cfg: Config = CFG) -> list[tuple[str, int, str, str]]:
    return [(e.action, e.start, e.before, e.after) for e in process(text, cfg).edits if e.rule == rule]


def test_the_evidence_read_is_what_native_news_does():
    assert lexicon.capital_ratio("Early") <= 0.02  # a modifier before a lower-case noun
    caps, lows = lexicon.pair_counts("general", "<", "in")
    assert caps == 0 and lows >= 3  # "in general": never capitalised there
    caps, lows = lexicon.case_counts("christmas")
    assert caps >= 20 and lows == 0 and not lexicon.is_common_word("christmas")


@pytest.mark.parametrize("text, word", [
    ("He repeated that Early elections would help. The best answer would be Early elections, he said.", "Early"),
    ("Besides, speaking in General about the report, he smiled. And in General, probably, it is not so.", "General"),
])
def test_a_capital_every_use_denies_is_lowered_at_each_use(text, word):
    edits = _edits(text, CAPITAL)
    assert [(a, b, c) for a, _, b, c in edits] == [("fix", word[0], word[0].lower())] * 2
    assert [s for _, s, _, _ in edits] == [i for i in range(len(text)) if text.startswith(word, i)]
    out = process(text, CFG)
    assert word not in out.text and word.lower() in out.text


@pytest.mark.parametrize("text", [
    # one use stands where a name may: after a determiner, a capital, a word naming a work, before a capital
    "He repeated that Early elections would help. The Early family agreed, and Early elections came.",
    "Visitors to the Library carried laptops. Later she found the Library closed.",  # native news names so
    "He starred in the film Cars, and the film Cars made money.",
    "He joined the General Assembly, and the General Assembly met.",
    "He repeated that Early elections would help.",  # once: casing's, not this rule's
])
def test_a_use_that_may_be_a_name_leaves_them_all(text):
    assert _edits(text, CAPITAL) == []


@pytest.mark.parametrize("text", [
    # a one-word name of a common word, then its verb or after a noun naming it
    "Investors sold shares in Next after the warning, and the chief executive of Next resigned.",
    "Last year customers of Three were hit by an outage. Engineers working for Three fixed it within hours.",
    "Staff at the charity said the funding for Sense would run out. Families who rely on Sense are worried.",
    "A spokeswoman for Crisis said the figures were shocking. The charity Crisis warned that numbers would rise.",
])
@pytest.mark.parametrize("cfg", [CFG, NATIVE], ids=["mt", "native"])
def test_a_name_before_its_verb_or_after_a_naming_noun_is_not_lowered(text, cfg):
    assert _edits(text, CAPITAL, cfg) == []
    assert clean(text, cfg) == text


def test_in_copy_with_no_mark_of_mt_both_rules_only_offer():
    # 'Remain voters': a capital before its noun, as native news writes a campaign's name
    text = "Polls suggest some Remain voters have changed their minds and former Remain supporters are angry."
    assert [a for a, *_ in _edits(text, CAPITAL, NATIVE)] == ["suggest"] * 2
    assert "Remain voters" in clean(text, NATIVE) and "Remain supporters" in clean(text, NATIVE)
    text = "He gave his christmas speech on Monday. There will be no vote before christmas, he said."
    assert [a for a, *_ in _edits(text, LOWER, NATIVE)] == ["suggest"] * 2
    assert clean(text, NATIVE) == text


@pytest.mark.parametrize("cfg", [CFG, NATIVE], ids=["mt", "native"])
def test_a_name_used_as_a_verb_keeps_its_lower_case(cfg):
    text = "Patients who google their symptoms often panic. Doctors say you should not google a rash at all."
    assert _edits(text, LOWER, cfg) == []
    assert "google" in clean(text, cfg)


def test_a_name_written_in_lower_case_at_each_use_is_capitalised():
    text = "He gave his christmas speech on Monday. There will be no vote before christmas, he said."
    edits = _edits(text, LOWER)
    assert [(a, b, c) for a, _, b, c in edits] == [("fix", "c", "C")] * 2
    assert process(text, CFG).text.count("Christmas") == 2


@pytest.mark.parametrize("text", [
    "Visit www.christmas.example.com or follow @christmas, he said; christmas.example.org is down.",
    "They ate turkey on Sunday and more turkey on Monday.",  # a word the dictionary lists in lower case
    "He gave his christmas speech on Monday.",  # once: the proper-noun stage's
])
def test_an_address_a_common_word_or_a_single_use_is_not_this_rules(text):
    assert _edits(text, LOWER) == []


@pytest.mark.parametrize("text", [
    "He repeated that Early elections would help. The best answer would be Early elections, he said.",
    "He gave his christmas speech on Monday. There will be no vote before christmas, he said.",
])
def test_replay_and_idempotence(text):
    res = process(text, CFG)
    assert any(e.rule in (CAPITAL, LOWER) and e.action == "fix" for e in res.edits)
    assert replay(text, res.edits) == res.text
    assert clean(res.text, CFG) == res.text


def test_two_common_words_two_letters_apart_are_not_one_name_spelt_twice():
    # once the lower-case 'christmas' is capitalised, 'Christian' must not be offered as a slip of 'Christmas'
    text = ("He gave his christmas speech on Monday. There will be no vote before christmas, he said. "
            "He met the Christian leaders too.")
    res = process(text, CFG)
    assert not [e for e in res.edits if e.rule.startswith("document.name_variant")]
    assert "Christian leaders" in res.text and res.text.count("Christmas") == 2


def test_a_long_name_two_letters_off_is_still_one_name():
    text = "Kristersson spoke first. Kristersson then left. Later Kristersan returned."
    assert process(text, CFG).text.count("Kristersson") == 3
