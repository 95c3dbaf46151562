"""A straight mark left between two sentences of a quotation (normalize.spurious_quote): an
empty pair, or the middle one of three marks whose first opens and last closes the quotation."""

from __future__ import annotations

from cleanup import clean, process

from .conftest import ANY_BODY as ANY
from .conftest import rules_of as _rules


def test_a_lone_spaced_mark_between_two_sentences_of_a_quotation_goes():
    text = ('Lee, chairman of the Assembly, said: "We received an invitation from the office. We decided not '
            'to go to the talks and the conferences. " We decided to stay. We will meet again. "')
    result = process(text, ANY)
    assert "conferences. We decided to stay" in result.output
    assert "normalize.spurious_quote" in _rules(result)
    assert clean(result.output, ANY) == result.output


def test_an_empty_pair_between_sentences_goes():
    text = 'He said: "We were invited to the summit. "" We decided not to go to the summit with them."'
    out = process(text, ANY).output
    assert '""' not in out and "summit. We decided" in out


def test_a_stop_glued_mark_inside_a_quotation_closed_before_its_tag_goes():
    text = ('Aksener, "Many voters in the city seem to have stayed at home." 3 million others did not '
            'go to the polls, "he said.')
    out = process(text, ANY).output
    assert "at home. 3 million" in out and 'polls," he said.' in out


def test_marks_that_pair_up_or_open_a_next_paragraph_stay():
    for text in ('"We won. We go on," he said. "And then we rest for a week.',
                 'He said: "We won the match." The minister said "we will go on with it',
                 'The ban was "irresponsible". Critics said it was "naive." Then "a worrying issue" arose.'):
        assert "normalize.spurious_quote" not in _rules(process(text, ANY)), text


def test_a_quotation_the_page_cut_off_with_an_ellipsis_closes_at_its_paragraphs_end():
    # normalize.unclosed_quote.speech: the last sentence ends with the page's ellipsis, not a stop
    text = ("The President said: “The decisions made months ago were not in vain. Every day they will say that "
            "sanctions were imposed, so everyone is...\n\nHe left for Brussels on Monday with the minister.")
    result = process(text, ANY)
    assert "so everyone is...”\n\nHe left" in result.output
    assert "normalize.unclosed_quote.speech" in _rules(result)
