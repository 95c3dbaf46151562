"""Stages merged in the twelfth session that once read a long paragraph again from its start at
every match (quotation marks counted back to the paragraph's start, a search of the whole text
per glued name): quadratic, 100 KB took seconds in one stage.  Each is timed on a text ten times
longer than another; linear is 10x, quadratic 100x, the bound 30x plus slack."""

from __future__ import annotations

import pytest

from .conftest import grows_linearly


@pytest.mark.parametrize(("module", "stage", "unit", "n", "tail"), [
    ("spaced_close", "fix_spaced_closing_quotes", "He called it “an ignoble act “. Then ", 12_000, ""),
    ("dash_tags", "fix_dash_speech_tags", "“Usually – the mayor replies – in Rome it works” and ", 8_000, ""),
    # the marks before every speech dash were counted from the line's start
    ("dash_speech", "fix_hyphen_speech", "He spoke. - It was fine - he said. ", 8_000, ""),
    ("unquoted_speech", "quote_unquoted_speech",
     "We were able to prove our role in the region, he said. “Yes” and “no” were said. ", 6_000, ""),
    # the sentence start before each opening mark was searched for from the paragraph's start
    ("quote_commas", "fix_comma_outside_quote", '"We go", he said. ', 6_000, ""),
    # the marks before every tag were counted from the paragraph's start
    ("comma_tags", "fix_comma_speech_tags", "“Yes” no, said Smith. ", 24_000, "“We won, said Smith. It is over.”"),
    # review32a: each percent or currency sign searched for the spaces around it to the text's ends
    ("number_formats", "fix_number_formats", "(%5", 8_000, ""),
    ("number_formats", "fix_number_formats", "5€\t6€\t7€\n", 3_000, ""),
    # speech33: the marks before every first tag counted forward once, not from the paragraph's start
    ("doubled_tags", "drop_doubled_tags", "He said, “We go,” he said. ", 6_000, ""),
])
def test_quotation_stages_count_marks_once_per_paragraph(module, stage, unit, n, tail):
    import importlib

    fn = getattr(importlib.import_module(f"cleanup.{module}"), stage)
    big, small = grows_linearly(fn, unit, n, tail)
    assert big < 30 * small + 0.5, (stage, big, small)


def _towns(n: int) -> str:
    """n sentences, each with a different name glued to 'in' that stands nowhere alone."""
    syllables = ("ka", "le", "mo", "ri", "tu", "sa", "ne", "vo", "di", "pa", "lu", "ze")
    names = ("".join(syllables[(i // 12 ** k) % 12] for k in range(4)).capitalize() for i in range(n))
    return " ".join(f"The town of {w}in the east is near." for w in names) + " The town of Dresdenin the east, Dresden."


@pytest.mark.parametrize("n", [3_000])
def test_glued_names_read_the_text_once(n):
    """Whether a name's head stands alone was a search of the whole text per glued word."""
    import time

    from cleanup import Config, glued_names
    from cleanup.doc import Context, Doc
    from cleanup.rules import load_rules

    rules = load_rules(())

    def seconds(text: str) -> float:
        ctx = Context(rules, Config(), has_title=False, language=None, mt_like=True)
        start = time.process_time()
        assert glued_names.fix_glued_names(Doc(text, False, rules), ctx)
        return time.process_time() - start

    small = min(seconds(_towns(n // 10)) for _ in range(3))
    big = min(seconds(_towns(n)) for _ in range(3))
    assert big < 30 * small + 0.5, (big, small)


def test_other_stories_count_stems_once():
    """Each line between paragraphs rebuilt the union of every other line's stems (3 s at 300 KB)."""
    from cleanup.other_stories import other_stories

    unit = ("The council named two new mayors on Monday after the local elections in the city hall.\n\n"
            "Famous street singer wanders through the Market\n\n")  # reaches the test of shared stems
    tail = ("The mayors of the council will take office in January after the city elections.\n\n"
            "Veteran boxer Kolo Banda retires at 41")  # another story's headline: something to change
    big, small = grows_linearly(other_stories, unit, 2_000, tail)
    assert big < 30 * small + 0.5, (big, small)


def _people(n: int) -> str:
    """n people named twice each, and n named once: surnames in the language of no one."""
    syllables = ("ka", "le", "mo", "ri", "tu", "sa", "ne", "vo", "di", "pa", "lu", "ze")

    def word(i: int, parts: int) -> str:
        return "".join(syllables[(i // 12 ** k) % 12] for k in range(parts)).capitalize()

    twice = " ".join(f"{word(i, 2)} {word(i, 4)}x said it. {word(i, 2)} {word(i, 4)}x left." for i in range(n))
    once = " ".join(f"{word(i + n, 2)} {word(i + n, 4)}q came." for i in range(n))
    return twice + " " + once + " Manju Begum spoke. Manju Begum left. Manju Bemgom said so."


def test_surname_variants_compare_through_an_index():
    """Each surname used once was compared with every surname used twice (12 s at 250 KB)."""
    import time

    from cleanup import Config
    from cleanup.doc import Context, Doc
    from cleanup.rules import load_rules
    from cleanup.surname_variants import surname_variants

    rules = load_rules(())

    def seconds(text: str) -> float:
        ctx = Context(rules, Config(), has_title=False, language=None, mt_like=True)
        start = time.process_time()
        surname_variants(Doc(text, False, rules), ctx)  # thousands of names: the index's, which reads no two letters wide in a short word
        return time.process_time() - start

    small = min(seconds(_people(300)) for _ in range(3))
    big = min(seconds(_people(3_000)) for _ in range(3))
    assert big < 30 * small + 0.5, (big, small)


def test_regex_antipatterns_search_near_the_match():
    """review33a: a regex rule's antipatterns were searched in the whole sentence around each
    match, and a paragraph without stops is one sentence (dates.today_weekday: 200 KB in 44 s)."""
    from cleanup.repair import phrase_rules

    unit = "the ministry announced today, Monday, that schools reopen and "
    big, small = grows_linearly(phrase_rules, unit, 800)
    assert big < 30 * small + 0.5, (big, small)
