"""Widget output that sites print in their own words but in one shape (rules/boilerplate.toml:
read_counter, rate_ticker, rate_figure, site_name_tag): a counter of readers or a reading time, a
currency widget's rates above the headline, a site's address as the dateline.  Made-up pages in
the shapes of the fresh sites cited in the rules' evidence, and native lines that must stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process, replay

ANY = Config(require_english=False)
HEAD = "Minister visits the flooded towns"
LEAD = "The minister visited three towns on Monday and promised help to the families."
BODY = "She said the army would build new dams before the winter."
TAIL = "The towns were flooded for the second time this year."


def _run(text: str, config: Config = ANY) -> tuple[str, set[str]]:
    """The cleaned text (checked for replay and idempotence) and the ids of the rules that fired."""
    r = process(text, config)
    assert replay(text, r.edits) == r.output
    assert process(r.output, config).output == r.output
    return r.output, {e.rule for e in r.edits if e.action == "fix"}


@pytest.mark.parametrize("line", [
    "This news has been read 1,204 times in total",
    "This article was viewed 87 times so far.",
    "Views: 10 times",
    "2,345 views",
    "Estimated read time: 2-3 minutes",
    "Source: City Health Office Views: 10 times Font: share to: 0",
])
def test_counter_line_goes(line: str) -> None:
    out, rules = _run(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{line}\n\n{TAIL}")
    assert line not in out
    assert "boilerplate.read_counter" in rules
    assert LEAD in out and BODY in out and TAIL in out


@pytest.mark.parametrize("line", [
    "The video has been viewed 3 million times since Monday.",
    "This article was read by the minister before the vote.",
    "Read more about the plan in the report the council published.",
    "The clip had 2,345 views before it was taken down.",
])
def test_sentence_about_views_stays(line: str) -> None:
    out, _ = _run(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{BODY}")
    assert line.rstrip(".") in out


def test_rate_bar_above_headline_goes() -> None:
    out, rules = _run(f"3.41 RUB\n3.36 USD\n3.54 EUR\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert "USD" not in out and "RUB" not in out
    assert "boilerplate.rate_ticker" in rules
    assert LEAD in out and BODY in out


@pytest.mark.parametrize("line", ["EUR", "387.33", "USD 20bn in bonds"])
def test_lone_code_or_figure_stays(line: str) -> None:
    out, _ = _run(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{BODY}")
    assert line in out


def test_code_and_figure_beside_a_rate_go() -> None:
    out, _ = _run(f"3.36 BYN\nUSD\n387.33\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert "387.33" not in out and "USD" not in out
    assert out.startswith(HEAD)


@pytest.mark.parametrize("tag", ["PanARMENIAN.Net - ", "VTV.vn – ", "Example.az — "])
def test_site_address_dateline_goes(tag: str) -> None:
    """In MT copy (in native copy it is only offered: tests/test_widget_guards.py)."""
    out, rules = _run(f"{HEAD}\n\n{tag}{LEAD}\n\n{BODY}", Config(require_english=False, source_language="hy"))
    assert tag.strip(" -–—") not in out
    assert LEAD in out
    assert "boilerplate.site_name_tag" in rules


@pytest.mark.parametrize("para", [
    "Amazon.com - the online retailer - said sales rose by a fifth in May.",
    "Booking.com, the travel site, said bookings rose by a fifth in May.",
    "The shop moved to Amazon.com - Its owner said sales rose by a fifth.",
])
def test_site_named_in_a_sentence_stays(para: str) -> None:
    out, _ = _run(f"{HEAD}\n\n{para}\n\n{BODY}")
    assert para.split(".com")[0] + ".com" in out


def test_offered_line_under_a_removed_foot_line_keeps_its_break() -> None:
    """A date bar removed at the foot, the section label below it only offered: the lines around
    the removal are not glued ('FinancePolitics')."""
    text = f"{HEAD}\n{LEAD}\n{BODY}-0-\nFinance\n2 October 2020 15:56\nPolitics\n"
    r = process(text, ANY)
    assert replay(text, r.edits) == r.output
    assert "15:56" not in r.output
    # the foot labels either go with the date bar (one foot block) or stay apart, never glued
    assert "FinancePolitics" not in r.output
    assert "Finance\n\nPolitics" in r.output or r.output.rstrip().endswith(BODY)


@pytest.mark.parametrize("foot", ["Important news\nPopular news", "Partner news\n---", "Latest videos\nTop stories\n-"])
def test_widget_labels_and_divider_at_the_foot_go(foot: str) -> None:
    out, rules = _run(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{TAIL}\n{foot}")
    assert out.rstrip().endswith(TAIL)
    assert "boilerplate.page_edge" in rules


@pytest.mark.parametrize("foot", ["Newcastle v Tottenham\nBolton v Arsenal", "Good news for farmers\nBad news for towns"])
def test_a_list_sharing_a_word_at_the_foot_stays(foot: str) -> None:
    out, _ = _run(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{TAIL}\n{foot}")
    assert foot.split("\n")[-1] in out


@pytest.mark.parametrize("header", ["Tag archive", "Browsing Category", "Category Archives: World", "Archive for category: Politics"])
def test_archive_header_above_the_story_goes(header: str) -> None:
    out, rules = _run(f"{header}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert header not in out and out.startswith(HEAD)
    assert "boilerplate.archive_header" in rules


def test_archive_named_in_a_sentence_stays() -> None:
    line = "The tag archive of the old catalogue was lost in the fire, the librarian said."
    out, _ = _run(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{BODY}")
    assert line in out
