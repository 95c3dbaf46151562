"""boilerplate.teaser_line: applied in MT only where the next paragraph does not retell the line."""

from cleanup import Config, process
from cleanup.teaser_evidence import other_story, retold

BEFORE = "The talks ended on Monday without a deal.\n\n"
AFTER = "\n\nThe unions have called a strike for Friday across the country."


def teaser_actions(line: str, after: str = AFTER, lang: str | None = "pt") -> list[str]:
    res = process(BEFORE + line + after, Config(source_language=lang))
    return [e.action for e in res.edits if e.rule == "boilerplate.teaser_line"]


def test_another_storys_headline_in_mt_is_applied() -> None:
    assert teaser_actions("Minister says in an interview that he wants to sell the port") == ["fix"]


def test_a_crosshead_the_next_paragraph_retells_is_only_offered() -> None:
    after = "\n\nThe rescuers were called to a road accident in which two horses ran free."
    assert teaser_actions("Road accident with two horses left free", after, lang="ro") == ["suggest"]


def test_in_native_copy_the_teaser_is_only_offered() -> None:
    assert teaser_actions("Minister says in an interview that he wants to sell the port", lang=None) in ([], ["suggest"])


def test_a_time_stamp_or_a_short_line_after_it_is_no_prose() -> None:
    assert not other_story("Children left behind on school bus", "2023-03-19 16:53:00")
    assert not other_story("Children left behind on school bus", "Published on")
    assert retold("Haselbach: Woman rolled over by tractor", "A woman was hit by a tractor near Haselbach.")
    assert other_story("Bolsonaro says he wants to privatize Petrobras",
                       "Lula also makes the statement at a time when the government sells Eletrobras.")
