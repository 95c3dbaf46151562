"""A preposition capitalised in mid-sentence before a name or a number (probe kinds cap_after_other, cap_after_verb)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def _rules(text: str) -> list[tuple[str, str, str]]:
    return [(e.rule, e.before, e.after) for e in process(text, CFG).fixes]


def test_a_preposition_before_a_name_or_a_number_is_lowered():
    for text, fixed in (("Jean Nidetch died on Wednesday at her home In Florida. She was 91.", "home in Florida"),
                        ("The chief executive Gene Kahn resigned In January, the firm said.", "resigned in January"),
                        ("The series, which aired From 1987 to 1995, was a hit.", "aired from 1987")):
        out = process(text, CFG)
        assert fixed in out.text, out.text
        assert [e.rule for e in out.fixes] == ["casing.stray_capital.preposition"]


def test_a_title_that_opens_with_a_preposition_keeps_its_capital():
    for keep in ("Rounding out the top ten were In Good Company and Closer, the figures showed.",
                 "The singer told To Vima newspaper that she would return.",
                 "It was drawn by a group of illustrators called From Karachi with Love.",
                 "He starred in the film In Bruges before his move to Hollywood.",
                 "His hits include Against All Odds and a cover of another ballad.",
                 "It grew.\n\nChildren left behind on school bus About 40 minutes No injuries Hiroshima\n\nOn the 18th, one was found."):
        assert process(keep, CFG).text == keep, keep


def test_a_title_after_a_verb_that_takes_a_work_or_running_on_keeps_its_capital():
    # native copy: a song, film or book named after 'played', 'watched', 'read', or a title whose small word
    # comes before its next capital ("From Russia with Love")
    for keep in ("The band played In Bloom at the end of the set, and the crowd sang along.",
                 "The group performed In Bloom and Lithium during the show.",
                 "He watched From Russia with Love on television as a boy.",
                 "Students read On Chesil Beach in class this term."):
        assert process(keep, CFG).text == keep, keep
    out = process("The album was released In January and sold well.", CFG)
    assert "released in January" in out.text
