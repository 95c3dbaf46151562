"""document.proper_noun_case leaves a line left in the source language alone: 'vicesecretario'
there is no English name in lower case."""

from cleanup import process
from cleanup.foreign_lines import foreign_line

FW = frozenset({"the", "of", "in", "to", "is", "was"})


def test_foreign_line():
    assert foreign_line("Na upit kako će u tom slučaju reagirati Mostovi čelnici", 10, FW)
    assert not foreign_line("The deputy of the party was in Madrid", 10, FW)
    assert not foreign_line("Pablo Montesinos", 3, FW)  # too short to tell


def test_a_source_language_line_keeps_its_lower_case():
    text = ("The Vicesecretario of the party, Pablo Montesinos, spoke in Madrid on Monday. The "
            "Vicesecretario said the plan was bad.\n\nEl vicesecretario de Comunicación, Pablo Montesinos\n\n"
            "He criticised the government on Tuesday.")
    assert "El vicesecretario de Comunicación" in process(text).text


def test_an_english_line_short_of_function_words_is_not_foreign():
    assert not foreign_line("Time Warner owns AOL. Time Warner said it grew. Time warner said profits rose.", 60, FW)
