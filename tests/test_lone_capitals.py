"""cleanup.lone_capitals: a lone capital between lower-case words, applied only without a name's marks."""

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
MT = Config(detect_title=False, require_english=False, source_language="ko")


def _rules(text: str, config: Config = CFG) -> dict[str, str]:
    return {e.rule: e.action for e in process(text, config).edits}


def test_lone_capital_after_content_word_is_applied() -> None:
    out = process("Officials blamed the higher Crime rate on the closure of two youth clubs.", MT)
    assert "higher crime rate" in out.output
    assert _rules("Officials blamed the higher Crime rate on the closure of two youth clubs.", MT).get(
        "casing.stray_capital.lone_word") == "fix"


def test_native_copy_only_offers_a_lone_capital() -> None:
    """review29a: 'Reform councillor', 'rewatching Friends' are one-word names of native copy."""
    for text in ("The newly elected Reform councillor said residents had not been consulted.",
                 "She spent lockdown rewatching Friends with her flatmates and her sister."):
        out = process(text, CFG)
        assert out.output == text
        assert all(e.action == "suggest" for e in out.edits if e.rule == "casing.stray_capital.lone_word")


def test_a_capital_after_an_offered_stop_is_not_lowered() -> None:
    """A capital the lost-boundary rules read as a sentence's first word is no stray capital."""
    text = "Officers were called to a house in the street Crime has risen sharply in the area."
    for config in (CFG, MT):
        assert "casing.stray_capital.lone_word" not in _rules(text, config)


def test_capital_used_again_is_a_name() -> None:
    text = "Officials blamed the higher Crime rate on Crime Watch, which said Crime was up."
    assert "casing.stray_capital.lone_word" not in _rules(text)


def test_after_conjunction_not_applied() -> None:
    assert "casing.stray_capital.lone_word" not in _rules("Campaigners such as Variety urged the council to act.")


def test_word_often_capitalised_not_applied() -> None:
    # 'News' is capitalised in a third of native news's mid-sentence uses: a name may stand there
    assert "casing.stray_capital.lone_word" not in _rules("Shares dipped on the bad News in Mumbai after the report.")


def test_idempotent() -> None:
    once = process("Officials blamed the higher Crime rate on the closure of two youth clubs.", MT).output
    assert process(once, MT).output == once
