"""Furniture that machine-translated pages carry and no rule had seen before the tenth held-out
set: the site's notice that the page is machine translated, a language menu, follow buttons in a
row (spaced, glued, or each after the site's name) and a breadcrumb whose separators were lost;
and the prose and headings that look like them but stay."""

from __future__ import annotations

import pytest

from cleanup import Config, clean, process, replay

ANY = Config(require_english=False)
LEAD = "Two men held after the attack\n\nPolice arrested two men on Monday in the capital.\n\nThey were taken to the city's main station."
TAIL = "The men will appear in court on Friday."


def _run(middle: str):
    return process(LEAD + "\n\n" + middle + "\n\n" + TAIL, ANY)


@pytest.mark.parametrize(("lines", "rule"), [
    ("This is an AI translated post.", "boilerplate.mt_notice"),
    ("* This article, published by the Daily Times, was translated by AI and edited by the desk.", "boilerplate.mt_notice"),
    ("[Translated by AI] 파파고 AI 자동번역을 이용한 서비스입니다.", "boilerplate.mt_notice"),
    ("(Machine translation)", "boilerplate.mt_notice"),
    ("This article was automatically translated from the original in German.", "boilerplate.mt_notice"),
    ("Suggest Translation Improvements", "boilerplate.mt_notice"),
    ("Select Language", "boilerplate.language_menu"),
    ("Select Language\n\nEnglish\n\nDeutsch\n\nFrançais", "boilerplate.language_item"),
    ("English 汉语 Español Bahasa Indonesia Português Русский 日本語", "boilerplate.language_menu"),
    ("Choose your language: English | Français | Deutsch", "boilerplate.language_menu"),
    ("Facebook Twitter WhatsApp Telegram", "boilerplate.share"),
    ("FacebookTwitterLinkedIn", "boilerplate.share"),
    ("The Daily Post on Google+The Daily Post on LinkedInRSS Feed", "boilerplate.share"),
    ("Share Button", "boilerplate.share"),
])
def test_mt_furniture_goes(lines: str, rule: str) -> None:
    r = _run(lines)
    for line in lines.split("\n\n"):
        assert line not in r.output
    assert "main station." in r.output and "appear in court" in r.output
    assert any(e.rule == rule and e.action == "fix" for e in r.edits)


@pytest.mark.parametrize("line", [
    "This article was translated by AI, the ministry said, and its errors were not the agency's.",
    "The letter, he said, had been translated by Google and was full of errors.",
    "Machine translation has improved, but it still fails on idioms, experts say.",
    "This report was translated into six languages by the agency's own staff.",
    "Arabic, English and French are spoken in the city.",
    "Select language courses will be free from May, he said.",
    "The minister on Twitter and the president on Facebook both denied it.",
    "Follow us to the border, the smugglers told the families.",
    "HomeKit devices were sold out in May, the company said.",
    "Homeland Security officials met on Monday.",
])
def test_prose_that_looks_like_it_stays(line: str) -> None:
    r = _run(line)
    assert line in r.output
    assert not any(e.rule.startswith("boilerplate.") and e.action == "fix" and e.before.strip() == line for e in r.edits)


def test_a_notice_inside_a_paragraph_of_the_story_stays() -> None:
    para = ("The video was shared widely on Monday. This article was translated by AI, its caption said, "
            "and the police called it a fake.")
    assert para in _run(para).output


def test_a_lone_language_name_stays_without_a_menu_beside_it() -> None:
    assert "\n\nEnglish\n\n" in _run("English").text


def test_the_glued_breadcrumb_above_the_headline_goes_and_the_headline_stays() -> None:
    text = ("Monday, May 2, 2022\n\nHomeWorld NewsASIAMinister visits the flooded towns...\n\n"
            "Minister visits the flooded towns\n\nThe minister visited three towns on Monday.\n\n"
            "She promised help to the farmers.")
    r = process(text, ANY)
    assert "HomeWorld" not in r.output
    assert r.output.startswith("Minister visits the flooded towns\n\n")
    assert any(e.rule == "boilerplate.glued_breadcrumb" for e in r.edits)


def test_the_notice_above_the_sites_name_goes_with_its_label() -> None:
    text = ("translation\n\nThis is an AI translated post.\n\nMinister visits the flooded towns\n\n"
            "The minister visited three towns on Monday.\n\nShe promised help to the farmers.")
    r = process(text, ANY)
    assert r.output.startswith("Minister visits the flooded towns\n\n")


@pytest.mark.parametrize("middle", [
    "This is an AI translated post.",
    "Select Language\n\nEnglish\n\nDeutsch",
    "The Daily Post on Google+The Daily Post on LinkedInRSS Feed",
    "[Translated by AI] 자동번역 서비스입니다.\n\nSuggest Translation Improvements",
])
def test_replay_and_idempotence(middle: str) -> None:
    text = LEAD + "\n\n" + middle + "\n\n" + TAIL
    r = process(text, ANY)
    assert replay(text, r.edits) == r.output
    assert clean(r.output, ANY) == r.output
