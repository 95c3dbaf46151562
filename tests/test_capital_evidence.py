"""Evidence for stray capitals read by :mod:`cleanup.capital_evidence` (probe kind cap_after_det)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def test_a_sentences_first_word_or_a_place_before_the_does_not_begin_a_name():
    for text, fixed in (("One of the Main factors that spoils online gaming is lag.", "the main factors"),
                        ("Alongside the Growing sophistication of net users is a lack of awareness.",
                         "the growing sophistication"),
                        ("The firm blamed the low growth rate in Europe for the Lack of orders closer to home.",
                         "the lack of orders")):
        out = process(text, CFG)
        assert fixed in out.text, out.text
        assert [e.rule for e in out.edits] == ["casing.stray_capital.after_function_word"]


def test_a_place_that_is_a_word_takes_no_article():
    out = process("Half of them were given a placebo with the Same appearance.", CFG)
    assert "with the same appearance" in out.text


def test_names_that_go_on_through_a_small_word_stay():
    for keep in ("The service, dubbed Napster to Go in the UK, lets users rent music.",
                 "He was Secretary of State for the Environment until last year.",
                 "She joined Friends of the Earth in the spring and campaigned for a ban.",
                 "The club said their Reading base would close in the spring."):
        assert process(keep, CFG).text == keep
