"""The Portuguese and French packs: their MT is detected from how it is written, native news about
Brazil and France is not, Spanish MT stays Spanish, and their rewrites apply (or are offered) on
MT wording only."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.analysis import detect_source, detection_signals
from cleanup.rules import load_rules


def _detect(text: str) -> str | None:
    return detect_source(text, detection_signals(load_rules())).language


@pytest.mark.parametrize("text, lang", [
    # Brazilian MT: the day of the month in brackets after the weekday, pre-candidate, a party 'bench'
    ("Former president Lula, the party's pre-candidate, said this Wednesday (2) that he will not sell "
     "state companies. The PSOL bench in the Chamber asked for the documents on Tuesday (1).", "pt"),
    # Estadão's 'on Sunday, 17,' and 'in a note', an STF 'minister'
    ("The Federal Police released an official note on Sunday, 17, in which it says the leak was "
     "investigated. STF minister Alexandre de Moraes ordered a new inquiry.", "pt"),
    # French MT: a motion of censure, the hemicycle, the LFI deputies
    ("The LFI deputies will table a motion of censure against the government, the group announced. "
     "The motion has little chance in the hemicycle.", "fr"),
    # French MT: the Keeper of the Seals, 'in absolute emergency', the night named by two days
    ("The Keeper of the Seals visited the hospital where the officer was taken in absolute emergency "
     "on the night of Saturday to Sunday.", "fr"),
    # 'this Thursday' is a calque Spanish MT makes too: it must not take a Brazilian or French text to Spanish
    ("The Federal Revenue seized this Thursday morning (9) a load of garlic smuggled into Paraná.", "pt"),
    ("A worker was taken to hospital in absolute emergency this Monday afternoon in Clermont-Ferrand.", "fr"),
])
def test_portuguese_and_french_mt_is_detected(text: str, lang: str) -> None:
    assert _detect(text) == lang


@pytest.mark.parametrize("text", [
    # native news about Brazil and France: places, parties and names decide nothing alone
    "Brazil's President Luiz Inácio Lula da Silva met business leaders in São Paulo on Wednesday, "
    "a day after the Supreme Court in Brasília ruled on the case brought by the Workers' Party.",
    "French President Emmanuel Macron said in Paris on Tuesday that the National Rally of Marine Le Pen "
    "would not be allowed to block the budget in the National Assembly.",
])
def test_native_news_about_brazil_and_france_is_null(text: str) -> None:
    assert _detect(text) is None


def test_spanish_mt_stays_spanish() -> None:
    es = ("The Executive has nothing to hide, the spokeswoman said this Thursday. The President of the "
          "Government, Pedro Sánchez, will attend the control session in the Congress of Deputies.")
    assert _detect(es) == "es"


@pytest.mark.parametrize("lang, text, want", [
    ("pt", "Lula, PT’s pre-candidate for the Planalto, spoke in Mexico.",
     "Lula, the PT’s presumptive candidate for the presidency, spoke in Mexico."),
    ("pt", "The STF minister is also the rapporteur of the case.", "The STF justice is also"),
    ("pt", "The Federal Public Ministry asked for the case.", "The Federal Prosecutor's Office asked"),
    ("pt", "Minister Alexandre de Moraes, of the STF, gave the governors five days.", "Justice Alexandre de Moraes"),
    ("fr", "The left will table a motion of censure on Monday.", "a no-confidence motion on Monday"),
    ("fr", "Candidates of the National Gathering met in Lyon.", "of the National Rally met"),
])
def test_certain_rewrites_are_applied(lang: str, text: str, want: str) -> None:
    res = process(text, Config(source_language=lang, require_english=False))
    assert want in res.text
    assert any(e.rule.split(".")[0] == lang and e.action == "fix" for e in res.edits)


@pytest.mark.parametrize("lang, text, kept", [
    # 'in a critical condition' is the usual meaning, but the editor decides
    ("fr", "The young man was airlifted to hospital in absolute emergency.", "in absolute emergency"),
    # 'the toucan' may be the bird: offered only
    ("pt", "Leite was the toucan name for the race.", "toucan name"),
])
def test_uncertain_rewrites_are_offered(lang: str, text: str, kept: str) -> None:
    res = process(text, Config(source_language=lang, require_english=False))
    assert kept in res.text
    assert any(e.rule.split(".")[0] == lang and e.action == "suggest" for e in res.edits)


def test_packs_leave_native_wording_alone() -> None:
    """The packs' phrases are read in their MT sense only: an analyst's note to clients and a
    deputy mayor stay as they are even with the pack forced."""
    for lang, text in [
        ("pt", "The bank said in a note to clients that the corporation would raise rates."),
        ("fr", "The socialist deputy mayor of Lille resigned on Monday."),
    ]:
        res = process(text, Config(source_language=lang, require_english=False))
        assert not [e for e in res.edits if e.rule.split(".")[0] == lang], (lang, res.edits)
