"""A surname left in lower case after a first name, where the article writes it capitalised,
even only at sentence starts or after a quotation ('" Fincher wrote')."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False, detect_title=False)


def test_surname_after_first_name_takes_the_articles_capital():
    text = ('"It is a powerful intervention," Fincher wrote in the book. Atlanta-based art therapist Susanne '
            'fincher, who has published several books, spoke on Monday.')
    r = process(text, ANY)
    assert "Susanne Fincher, who" in r.text
    assert process(r.text, ANY).text == r.text


def test_english_word_after_a_name_stays_lower_case():
    text = "Online sales rose in May. The chief executive said Amazon online sales were strong."
    assert "Amazon online sales" in process(text, ANY).text



def test_unseen_surname_after_a_first_name_takes_a_capital():
    text = "They bring seven search dogs. Leader Thomas laackmann explains that the work is slow."
    assert "Thomas Laackmann explains" in process(text, ANY).text


def test_english_shaped_word_after_a_name_stays():
    text = "With awesome strength, Henson nonchantly held the bewildered player at bay."
    assert "Henson nonchantly held" in process(text, ANY).text


def test_plural_nationality_takes_a_capital():
    text = "The group of 17 senior citizens, nine from Ohio and five canadians, was rescued on Monday."
    assert "five Canadians" in process(text, ANY).text
