"""A drop cap printed twice before its word (``TThe``, ``“EThere``) loses the extra capital;
acronyms' plurals, brands and names written so keep theirs."""

from __future__ import annotations

from cleanup import clean, process

from .conftest import ANY_BODY as ANY


def _drop_caps(text: str) -> list[tuple[str, str]]:
    return [(e.before, e.action) for e in process(text, ANY).edits if e.rule == "normalize.drop_cap"]


def test_a_doubled_initial_goes_even_in_mid_line():
    text = ("Questions were answered at the consular department (Ministry of Foreign Affairs), TThe agency "
            "confirmed that the case was closed.")
    res = process(text, ANY)
    assert ", the agency confirmed" in res.output
    assert _drop_caps(text) == [("TT", "fix")]
    assert clean(res.output, ANY) == res.output


def test_another_initial_goes_at_a_paragraphs_start_and_is_only_offered_elsewhere():
    text = "The road was closed on Monday.\n\n“EThere was a damaged car on the road,” a source said."
    assert "\n\n“There was a damaged car" in process(text, ANY).output
    inside = "The road was closed on Monday and EThere was a damaged car on the road."
    assert _drop_caps(inside) == [("ET", "suggest")]  # "and there was"


def test_acronyms_brands_and_repeated_forms_keep_their_capitals():
    for fine in ("MPs and AIs were discussed in the House on Monday.",
                 "EBay shares rose as EBay reported higher sales.",
                 "The XDance festival opened, and sales of the IPhone rose while EMail fell.",
                 "“TThe” is how the logo spells it, and TThe is the band's name."):
        assert _drop_caps(fine) == [], fine


def test_after_a_lower_case_word_a_doubled_capital_is_only_offered():
    """A drop cap opens a paragraph; one run in after a lower-case word with no stop or comma is
    rather a name written so ('shares in EEnergy'), which lower case would turn into a noun."""
    assert _drop_caps("Shares in EEnergy rose 5% on Monday after the results.") == [("EE", "suggest")]
    assert "in EEnergy rose" in clean("Shares in EEnergy rose 5% on Monday after the results.", ANY)
    assert _drop_caps("The team won.\n\nAAfter the game, the coach said nothing.") == [("A", "fix")]


def test_the_forms_of_the_text_are_counted_once_not_per_match():
    """Whether a form is written again was a count over the whole text per match: quadratic."""
    from cleanup.drop_caps import fix_drop_caps

    from .conftest import grows_linearly

    big, small = grows_linearly(fix_drop_caps, "The XDance show opened. ", 12_000, "\n\nTThe end came.")
    assert big < 30 * small + 0.5, (big, small)
