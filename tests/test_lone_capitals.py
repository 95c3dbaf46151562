"""cleanup.lone_capitals: a lone capital between lower-case words, applied only without a name's marks."""

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def _rules(text: str) -> dict[str, str]:
    return {e.rule: e.action for e in process(text, CFG).edits}


def test_lone_capital_after_content_word_is_applied() -> None:
    out = process("Officials blamed the higher Crime rate on the closure of two youth clubs.", CFG)
    assert "higher crime rate" in out.output
    assert _rules("Officials blamed the higher Crime rate on the closure of two youth clubs.").get(
        "casing.stray_capital.lone_word") == "fix"


def test_capital_used_again_is_a_name() -> None:
    text = "Officials blamed the higher Crime rate on Crime Watch, which said Crime was up."
    assert "casing.stray_capital.lone_word" not in _rules(text)


def test_after_conjunction_not_applied() -> None:
    assert "casing.stray_capital.lone_word" not in _rules("Campaigners such as Variety urged the council to act.")


def test_word_often_capitalised_not_applied() -> None:
    # 'News' is capitalised in a third of native news's mid-sentence uses: a name may stand there
    assert "casing.stray_capital.lone_word" not in _rules("Shares dipped on the bad News in Mumbai after the report.")


def test_idempotent() -> None:
    once = process("Officials blamed the higher Crime rate on the closure of two youth clubs.", CFG).output
    assert process(once, CFG).output == once
