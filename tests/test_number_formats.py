"""Numbers, units and signs in the source language's format (cleanup/number_formats.py)."""

from __future__ import annotations

import pytest

from bench import number_shapes
from cleanup import Config, process, replay

OFFERS = Config(min_confidence=0.4)


def _rules(text: str, config: Config | None = None) -> dict[str, str]:
    return {e.rule: e.action for e in process(text, config).edits if e.rule.startswith("normalize.")}


def test_inventory_fixed_or_offered_and_keeps_untouched():
    """The made-up inventory: every 'must change' case is fixed or offered, no 'must stay' case
    is touched, even with offers accepted (main: 0 of 21 fixed or offered)."""
    got = number_shapes.run()
    assert got["fixed_or_offered"] == got["change"]
    assert got["wrong"] == 0
    assert got["broken"] == 0
    assert got["fixed"] >= 6  # the spaced degree and currency signs are applied


@pytest.mark.parametrize(("text", "want"), [
    ("Temperatures will drop to 27-31° C on Thursday.", "Temperatures will drop to 27-31°C on Thursday."),
    ("It will be 30 ° C, and -5 °C at night.", "It will be 30°C, and -5°C at night."),
    ("Between +12 and +17ºC at night.", "Between +12 and +17°C at night."),
    ("Drivers face a € 7500 fine.", "Drivers face a €7500 fine."),
    ("The work costs € 887.000,00 + VAT.", "The work costs €887.000,00 + VAT."),
])
def test_applied(text, want):
    res = process(text)
    assert res.text == want
    assert replay(text, res.edits) == want
    assert process(want).text == want  # idempotent


@pytest.mark.parametrize(("text", "rule", "want"), [
    ("The rate fell to 3,5 percent.", "normalize.decimal_comma", "The rate fell to 3.5 percent."),
    ("The council paid 1.500.000 euros.", "normalize.thousands_dots", "The council paid 1,500,000 euros."),
    ("Some 1.500 people came.", "normalize.thousands_dots", "Some 1,500 people came."),
    ("About 2 500 people came.", "normalize.thousands_space", "About 2,500 people came."),
    ("Exports rose by %5 this year.", "normalize.percent_sign", "Exports rose by 5% this year."),
    ("A ticket costs 5 € now.", "normalize.currency_after", "A ticket costs €5 now."),
])
def test_offered_not_applied(text, rule, want):
    """Shapes with fewer than two real MT texts are offers: the text stays, the edit is offered."""
    assert process(text).text == text
    assert _rules(text).get(rule) == "suggest"
    assert process(text, OFFERS).text == want


@pytest.mark.parametrize("text", [
    "He lost to Williams 1-6,4-6 in the third round.",
    "The painting sold for $110,00 (£59,000) at a US auction.",
    "The rupee climbed to 43.305 per US dollar; 4.483 million are out of work.",
    "Sales rose by 17.8% to 1.376 million, and 2,500 more in 2,3 or 4 cases.",
    "Call 0845 8 505 505 or 0800 555 111; the sale of 10 737-800 planes.",
    "In 2019 500 people were hired; on March 3 500 people marched.",
    "A city with a population of 1 376 million.",
    "See https://example.com/a%20b?id=%5 and the server 192.168.100.200, version v2.100.300.",
    "It was minus 20C, 31 C in Ottawa, and the ship turned 90° to port.",
    "The talks start at 10.30 a.m.; the decree of 12.03.2023.",
])
def test_native_shapes_neither_fixed_nor_offered(text):
    assert not any(e.rule in {
        "normalize.degree_sign", "normalize.currency_space", "normalize.currency_after", "normalize.decimal_comma",
        "normalize.thousands_dots", "normalize.thousands_space", "normalize.percent_sign"} for e in process(text, OFFERS).edits)


def test_a_spaced_figure_after_a_name_is_a_model_not_a_grouped_number():
    """'a Boeing 737 800' is the model 737-800 with its hyphen lost (or two figures), not 737,800:
    after a capitalised word inside its sentence the figure is not offered a comma; a grouped number
    after a verb or opening its sentence still is."""
    for text in ("The airline flew a Boeing 737 800 to Rome.", "The crew of flight SU 100 200 landed."):
        assert "normalize.thousands_space" not in _rules(text, OFFERS), text
    for text in ("About 2 500 people attended the rally.", "The data showed 232 243 cases in 85 regions.",
                 "He said: “About 2 500 people came.”"):
        assert "normalize.thousands_space" in _rules(text, OFFERS), text


def test_a_place_or_a_source_before_a_spaced_figure_is_no_model():
    """Only a maker (rules/normalize.toml number_model_makers) or a code in capitals or with a figure
    names a model: after a place or a source the grouped number is still offered its comma."""
    for text in ("In Poland 2 500 people died, and in Warsaw 1 200 were hurt.", "According to Rosstat 145 000 died.",
                 "In Poland, 2 500 people died."):
        assert "normalize.thousands_space" in _rules(text, OFFERS), text
    for text in ("They flew an Airbus 320 200 to Rome.", "It was a Tu154 100 200 jet.", "They met the ATR 72 500 crew."):
        assert "normalize.thousands_space" not in _rules(text, OFFERS), text
