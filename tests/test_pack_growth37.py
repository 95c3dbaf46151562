"""Calques added to the packs in session b37 from MT pages and look-set texts of more than one
text (rule comments cite them): each is offered when its pack runs, and the English look-alike
of the same words is left alone."""

from __future__ import annotations

import pytest

from cleanup import Config, process

# (lang, text, rule, wanted text among the offered replacements)
OFFERS = [
    ("th", "The governor said that in the next step, Bangkok will take disciplinary action.",
     "th.in_the_next_step", "that next, Bangkok will take"),
    ("ja", "The Prime Minister met reporters in Nagasaki. In this, Prime Minister Kishida said the party must unite.",
     "ja.among_them.in_this", "In it, Prime Minister Kishida said"),
    ("ja", "Kihara spoke first. On that basis, Chief Cabinet Secretary Matsuno revealed that he had warned the minister.",
     "ja.on_that_basis", "Then Chief Cabinet Secretary Matsuno revealed"),
    ("ja", "The cabinet will be reshuffled. On top of that, he said the party must unite.",
     "ja.on_that_basis", "Then he said the party must unite."),
]

KEEPS = [
    ("th", "The next step is for the committee to question the officials."),
    ("ja", "In this, as in much else, the minister was right."),
    ("ja", "Prices rose again. On top of that, the yen fell to a new low."),
    ("ja", "On that basis, he was charged with fraud."),
]


def _edit(res, rule):
    return next((e for e in res.edits if e.rule == rule or rule in e.rule.split("+")), None)


@pytest.mark.parametrize(("lang", "text", "rule", "want"), OFFERS, ids=[o[2] + str(i) for i, o in enumerate(OFFERS)])
def test_calque_is_offered_with_its_repair(lang, text, rule, want):
    res = process(text, Config(source_language=lang, require_english=False))
    edit = _edit(res, rule)
    assert edit is not None, [e.rule for e in res.edits]
    assert edit.action == "suggest"  # offered: the rewording depends on what the speaker does next
    assert want in text[: edit.start] + edit.after + text[edit.end:]
    assert res.output == process(res.output, Config(source_language=lang, require_english=False)).output


@pytest.mark.parametrize(("lang", "text"), KEEPS, ids=[k[0] + str(i) for i, k in enumerate(KEEPS)])
def test_english_look_alike_is_left_alone(lang, text):
    res = process(text, Config(source_language=lang, require_english=False))
    assert not [e for e in res.edits if e.rule.startswith(lang + ".")]


def test_not_offered_in_native_copy_without_a_pack():
    text = "Officials met on Monday. In this, Prime Minister Kishida said little. In the next step, talks resume."
    res = process(text)
    assert not [e for e in res.edits if e.rule in {"ja.among_them.in_this", "th.in_the_next_step"}]
