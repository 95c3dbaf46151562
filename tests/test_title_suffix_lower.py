"""A site's name in lower case after the headline (``– rahnam``, ``– news Urix – Foreign news
and documentaries``) goes; a native headline's lower-case tail (``- at last``, ``- and the sea -
for survivors``) stays."""

from __future__ import annotations

from cleanup import Config, process

TITLED = Config(require_english=False, detect_title=True)
BODY = "\n\nThe spokesman of the judiciary spoke on Wednesday about the case and the court."


def _suffix(title: str) -> list[tuple[str, str]]:
    return [(e.before, e.action) for e in process(title + BODY, TITLED).edits if e.rule == "title.section_suffix"]


def test_a_handle_in_lower_case_goes_although_the_article_names_the_agency():
    title = "The court has received no defence from the government – rahnam"
    text = title + "\n\nAccording to the reporter of rahnam News Agency, the spokesman spoke on Wednesday."
    res = process(text, TITLED)
    assert res.output.startswith("The court has received no defence from the government\n\n")
    assert [e.action for e in res.edits if e.rule == "title.section_suffix"] == ["fix"]


def test_two_pieces_with_names_go():
    assert _suffix("The prime minister holds a press conference – news Urix – Foreign news and documentaries") == [
        (" – news Urix – Foreign news and documentaries", "fix")]


def test_a_headlines_own_lower_case_tail_stays():
    for title in ("Live music returns to London parks - at last", "Oil prices rise in Asia - again",
                  "Rescue teams search the coast - and the sea - for survivors", "Tevez - an Argentine in Brazil"):
        assert _suffix(title) == [], title


def test_a_headline_opened_by_a_quotations_dash_keeps_it_and_loses_the_sites_pieces():
    assert _suffix("– It is unpleasant – news Oslo og Viken – Local news, TV and radio") == [
        (" – news Oslo og Viken – Local news, TV and radio", "fix")]


def test_a_long_title_of_hyphens_is_read_in_time():
    """The lower-case pieces were sought from every start of the title: in a run of hyphens each
    start tries many splits into words and separators, seconds for a 4,000-character line (en dashes are no piece's characters)."""
    import time

    from cleanup import Config, process

    cfg = Config(require_english=False, detect_title=True)
    body = "\n\nThe government fell on Monday after a vote in the house."

    def seconds(title: str) -> float:
        start = time.process_time()
        process("Crisis talks" + title + body, cfg)
        return time.process_time() - start

    plain, hyphens = seconds(" –" * 2000 + " x"), seconds(" -" * 2000 + " x")
    assert hyphens < 3 * plain + 0.5, (hyphens, plain)
