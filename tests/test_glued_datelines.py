"""An agency's dateline run into its paragraph (cleanup/word_datelines.glued_datelines): a city
the gazetteer knows, or in a roundup of items a name no dictionary holds."""

from __future__ import annotations

from cleanup import Config, process, replay

RULE = "boilerplate.glued_dateline"
MT = Config(require_english=False, source_language="ar")
ITEMS = [
    "Items of the day.",
    "Baghdad The Ministry of Health announced on Monday that new infections fell.",
    "Kirkuk The Oil Ministry said exports rose by a tenth in May.",
    "Qaryatu The Police Command arrested two men who sold stolen cars.",
]


def _removed(text: str, config: Config = MT) -> list[str]:
    return [e.before.strip() for e in process(text, config).edits if e.rule == RULE]


def test_unknown_name_in_a_roundup_of_datelines_goes():
    text = "\n\n".join(ITEMS)
    assert _removed(text) == ["Baghdad", "Kirkuk", "Qaryatu"]
    r = process(text, MT)
    assert replay(text, r.edits) == r.output and process(r.output, MT).output == r.output


def test_unknown_name_beside_one_dateline_stays():
    assert _removed("\n\n".join(ITEMS[:2] + ITEMS[3:])) == ["Baghdad"]


def test_common_word_in_a_roundup_stays():
    """'Reading The Times': an English word, not a place the gazetteer lacks."""
    text = "\n\n".join(ITEMS[:3] + ["Reading The Times on the train, the minister saw the figures."])
    assert _removed(text) == ["Baghdad", "Kirkuk"]


def test_native_copy_is_left_alone():
    assert _removed("\n\n".join(ITEMS), Config(require_english=False)) == []
