"""Native lines that read like a widget's (cleanup/widget_guards.py, rules/boilerplate.toml:
archive_header, rate_ticker, rate_figure, read_counter, site_name_tag, page_edge): a review of
leftover28 found each of these sentences or figures lost; native copy must keep every one."""

from __future__ import annotations

import pytest

from cleanup import Config, process, replay

ANY = Config(require_english=False)
HEAD = "Minister visits the flooded towns"
LEAD = "The minister visited three towns on Monday and promised help to the families."
BODY = "She said the army would build new dams before the winter."


def _run(text: str, config: Config = ANY) -> tuple[str, list]:
    """The cleaned text (checked for replay and idempotence) and its edits."""
    r = process(text, config)
    assert replay(text, r.edits) == r.output
    assert process(r.output, config).output == r.output
    return r.output, r.edits


def _fixed(edits: list, rule: str) -> bool:
    return any(e.rule == rule and e.action == "fix" for e in edits)


@pytest.mark.parametrize("line", [
    "Archives of the author were lost in the fire.",
    "Browsing topic by topic was slow.",
    "Category archives: the library was closed for a year.",
])
def test_sentence_opening_like_an_archive_header_stays(line: str) -> None:
    out, _ = _run(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{BODY}")
    assert line in out


@pytest.mark.parametrize("table", [
    "The euro closed at:\n\n1.0850 USD",
    "Tickets cost:\n\nAdults\n\nEUR 12.50\n\nChildren\n\nEUR 6.50",
    "Adults\n\nEUR 12.50\n\nChildren\n\nEUR 6.50",
    "Exchange rates set by the central bank:\n3.41 RUB\n3.36 USD",
])
def test_figures_of_the_article_stay(table: str) -> None:
    out, _ = _run(f"{HEAD}\n\n{LEAD}\n\n{table}\n\n{BODY}")
    for line in table.split("\n"):
        assert line in out


def test_counter_naming_the_page_goes_after_a_colon() -> None:
    """usmuslims.com: the counter under an empty 'Source:' label at the foot."""
    out, edits = _run(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nSource:\n\nThis news has been read 156 times in total.")
    assert "156" not in out and _fixed(edits, "boilerplate.read_counter")


def test_rate_figures_need_a_rate_of_their_own_widget() -> None:
    """Years a timestamp rule takes are no currency widget: the growth figures stay."""
    out, edits = _run(f"{HEAD}\n\n{LEAD}\n\nGrowth by year\n\n2021\n\n3.5\n\n2022\n\n4.25\n\n{BODY}")
    assert "3.5" in out and "4.25" in out
    assert not any(e.rule == "boilerplate.rate_figure" for e in edits)


def test_codes_and_rates_above_the_headline_go() -> None:
    """news.am's shape: each code and each rate on a line of its own, under the date bar."""
    out, edits = _run(f"Wednesday\n\nUSD\n387.33\nEUR\n427.84\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert "USD" not in out and "387.33" not in out and "427.84" not in out
    assert LEAD in out and BODY in out
    assert _fixed(edits, "boilerplate.rate_figure")


@pytest.mark.parametrize("table", [
    "Runs: 5\n\nHits: 9\n\nErrors: 0",
    "The top videos of the week:\n\n2,345 views\n\n1,200 views",
    "Likes: 12\n\nViews: 10 times\n\nShares: 3",
])
def test_counts_in_the_article_stay(table: str) -> None:
    out, _ = _run(f"{HEAD}\n\n{LEAD}\n\n{table}\n\n{BODY}")
    for line in table.split("\n"):
        assert line in out


@pytest.mark.parametrize(("para", "site"), [
    (f"{LEAD}\n\nBooking.com - The firm said bookings rose by a fifth.", "Booking.com"),  # not the first paragraph
    (f"{LEAD}\nBooking.com - The firm said bookings rose by a fifth.", "Booking.com"),  # a line inside a paragraph
    ("Amazon.com – The retailer's biggest rival – said sales rose by a fifth.", "Amazon.com"),  # a second dash
])
def test_site_named_by_the_story_stays(para: str, site: str) -> None:
    out, _ = _run(f"{HEAD}\n\n{para}\n\n{BODY}", Config(require_english=False, source_language="vi"))
    assert site in out


def test_site_tag_in_native_copy_is_only_offered() -> None:
    text = f"{HEAD}\n\nBooking.com - The firm said bookings rose by a fifth.\n\n{BODY}"
    out, edits = _run(text)
    assert "Booking.com" in out
    assert any(e.rule == "boilerplate.site_name_tag" and e.action == "suggest" for e in edits)


def test_repeated_site_tag_goes_in_one_pass() -> None:
    text = f"{HEAD}\n\nAlpha.com - Beta.com - The firm said bookings rose by a fifth.\n\n{BODY}"
    config = Config(require_english=False, source_language="vi")
    out, edits = _run(text, config)
    assert "Alpha.com" not in out and "Beta.com" not in out
    assert "The firm said bookings rose by a fifth." in out
    assert _fixed(edits, "boilerplate.site_name_tag")


@pytest.mark.parametrize("divider", ["---", "***", "* * *"])
@pytest.mark.parametrize("credit", ["Reporting by Jane Smith; Editing by Tom Brown", "Editing by Tom Brown",
                                    "Additional reporting by Jane Smith"])
def test_closing_credit_below_a_divider_stays(divider: str, credit: str) -> None:
    body = f"{BODY[:-1]}, the ministry said."
    out, _ = _run(f"{HEAD}\n\n{LEAD}\n\n{body}\n\n{divider}\n\n{credit}")
    assert credit in out


@pytest.mark.parametrize("divider", ["***", "* * *"])
def test_star_divider_at_the_foot_goes(divider: str) -> None:
    out, edits = _run(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nPartner news\n{divider}")
    assert out.rstrip().endswith(BODY)
    assert _fixed(edits, "boilerplate.page_edge")


def test_offered_line_under_two_removed_foot_lines_keeps_its_break() -> None:
    """Two date bars removed at the foot, the section label below them only offered: the lines
    around the removal are not glued ('FinancePolitics')."""
    text = f"{HEAD}\n{LEAD}\n{BODY}-0-\nFinance\n2 October 2020 15:56\n3 October 2020 10:00\nPolitics\n"
    r = process(text, ANY)
    assert replay(text, r.edits) == r.output
    assert "15:56" not in r.output and "10:00" not in r.output
    # the foot labels either go with the date bar (one foot block) or stay apart, never glued
    assert "FinancePolitics" not in r.output
    assert "Finance\n\nPolitics" in r.output or r.output.rstrip().endswith(BODY)
