"""Work the chain shares instead of repeating (speed31): the long line of a one-line article is
segmented once for the result's sentences, an ASCII word skips the accent folding, and a line of
prose is known as no title-case line without counting all its words.  Outputs stay the same."""

from __future__ import annotations

from cleanup import Config, lexicon, process, restated_runs, sentences

CFG = Config(detect_title=False)

# CNN/DM writes an article as one line: longer than the per-line cache of short lines takes
ONE_LINE = " ".join(
    f"The council met on day {i} to discuss the budget for the new school, and officials said the plan "
    f"would be ready by the spring." for i in range(30))


def test_long_line_segmented_once_for_result(monkeypatch):
    assert len(ONE_LINE) > 2000
    calls: list[str] = []
    real = sentences.boundaries

    def counted(line, rules=None):
        calls.append(line)
        return real(line, rules)

    monkeypatch.setattr(sentences, "boundaries", counted)
    res = process(ONE_LINE, CFG)
    assert calls.count(res.output) == 1  # the stages' segmentation of the final line serves the result's
    assert len(res.sentences) == 30


def test_long_line_cache_emptied_per_document():
    process(ONE_LINE, CFG)
    process("A short article. It has two sentences.", CFG)
    assert sentences._long_line_boundaries.cache_info().currsize == 0


def test_unaccented_ascii_and_accented():
    assert lexicon.unaccented("Blair") == "Blair"
    assert lexicon.unaccented("Erdoğan") == "Erdogan"
    assert lexicon.unaccented("Łódź") == "Lodz"


def test_title_line_reads_share_of_lower_case_words():
    assert restated_runs._title_line("Prime Minister Visits The Region Today", 0)
    assert not restated_runs._title_line("The Prime Minister visited the region on Monday", 0)
    # one lower-case word in five is the share: below it, title case
    assert restated_runs._title_line("Big Red Bus Hits Old Blue Van Near Main Street in Town", 0)
    assert restated_runs._title_line("Too short", 0)
