"""A straight mark left between two sentences of a quotation (normalize.spurious_quote): an
empty pair, or the middle one of three marks whose first opens and last closes the quotation."""

from __future__ import annotations

import dataclasses

from cleanup import clean, process

from .conftest import ANY_BODY as ANY
from .conftest import rules_of as _rules

# copy read as MT (a source language forced): the three-mark case is read only there
KO = dataclasses.replace(ANY, source_language="ko")


def test_a_lone_spaced_mark_between_two_sentences_of_a_quotation_goes():
    text = ('Lee, chairman of the Assembly, said: "We received an invitation from the office. We decided not '
            'to go to the talks and the conferences. " We decided to stay. We will meet again. "')
    result = process(text, KO)
    assert "conferences. We decided to stay" in result.output
    assert "normalize.spurious_quote" in _rules(result)
    assert clean(result.output, KO) == result.output


def test_an_empty_pair_between_sentences_goes():
    text = 'He said: "We were invited to the summit. "" We decided not to go to the summit with them."'
    out = process(text, ANY).output
    assert '""' not in out and "summit. We decided" in out


def test_a_stop_glued_mark_inside_a_quotation_closed_before_its_tag_goes():
    text = ('Aksener, "Many voters in the city seem to have stayed at home." 3 million others did not '
            'go to the polls, "he said.')
    out = process(text, KO).output
    assert "at home. 3 million" in out and 'polls," he said.' in out


def test_marks_that_pair_up_or_open_a_next_paragraph_stay():
    for text in ('"We won. We go on," he said. "And then we rest for a week.',
                 'He said: "We won the match." The minister said "we will go on with it',
                 'The ban was "irresponsible". Critics said it was "naive." Then "a worrying issue" arose.'):
        assert "normalize.spurious_quote" not in _rules(process(text, KO)), text


def test_an_inch_mark_is_no_quotation_mark():
    # review of quotes25: the real closing mark of "magical." went, the inch mark counted as a third
    for text in ('He called it "magical." The new iPad has a 10.9" screen.',
                 'Fans call the phone "magical." The new model has a 6.1" screen, "he said.'):
        for config in (ANY, KO):
            assert process(text, config).output == clean(text, config)
            assert '"magical."' in process(text, config).output, (text, config.source_language)


def test_the_last_mark_must_surely_close_the_quotation():
    # the third mark glued to a word is no sure close: 'big"' may be a typo anywhere
    for text in ('He said: "We won the match today. " We go on to the final and it will be big" for us all.',
                 'Aksener, "Many voters stayed at home." 3 million others did not go to the polls, "the report.'):
        assert "normalize.spurious_quote" not in _rules(process(text, KO)), text


def test_native_copy_only_offers_the_removal_unless_the_last_mark_is_misplaced():
    # the three-mark case is MT evidence: in copy with no MT damage the removal is offered, unless
    # the closing mark stands on the wrong side of its space (the quotation's own damage)
    offered = 'The coach said: "We won the match today. " We go on to the final next week. We will be ready."'
    for config, action in ((ANY, "suggest"), (KO, "fix")):
        found = [e for e in process(offered, config).edits if e.rule == "normalize.spurious_quote"]
        assert [e.action for e in found] == [action], config.source_language
    tagged = 'The coach said, "We won the match today. " We go on to the final next week, "he said.'
    assert "today. We go on" in process(tagged, ANY).output


def test_a_spaced_last_mark_at_the_paragraphs_end_is_no_sureness_in_native_copy():
    # review of quotes26: in native copy the removal is offered even after a spaced last mark
    spaced = 'The coach said: "We won the match today. " We go on to the final next week. We will be ready. "'
    found = [e for e in process(spaced, ANY).edits if e.rule == "normalize.spurious_quote"]
    assert [e.action for e in found] == ["suggest"]


def test_a_quoted_title_nickname_or_exclamation_is_no_speakers_quotation():
    # review of quotes26: the first mark must open a speaker's quotation (after a colon or a comma,
    # or at the paragraph's start) and its first span hold a clause
    for text in ('The fans call him "Bud." He is 6 feet tall, "they said.',
                 'She read "Dune." It was long. "',
                 '"We won." The fans sang. "',
                 'He shouted "Go!" The crowd roared. It was loud, "she said.'):
        for config in (ANY, KO):
            assert "normalize.spurious_quote" not in _rules(process(text, config)), (text, config.source_language)
    assert process('The fans call him "Bud." He is 6 feet tall, "they said.', KO).output.startswith(
        'The fans call him "Bud." He is')


def test_an_empty_pair_closes_a_quotation_left_open():
    # review of quotes26: removed, the pair left 'He said: "Go. Then he left.' with the quotation open
    for config in (ANY, KO):
        result = process('He said: "Go. "" Then he left.', config)
        assert result.output == 'He said: "Go." Then he left.'
        assert clean(result.output, config) == result.output


def test_an_empty_pair_with_no_open_quotation_and_odd_marks_stays():
    text = 'They won. "" Then he left, "a fan said.'
    assert "normalize.spurious_quote" not in _rules(process(text, KO))


def test_a_quotation_the_page_cut_off_with_an_ellipsis_closes_at_its_paragraphs_end():
    # normalize.unclosed_quote.speech: the last sentence ends with the page's ellipsis, not a stop
    text = ("The President said: “The decisions made months ago were not in vain. Every day they will say that "
            "sanctions were imposed, so everyone is...\n\nHe left for Brussels on Monday with the minister.")
    result = process(text, ANY)
    assert "so everyone is...”\n\nHe left" in result.output
    assert "normalize.unclosed_quote.speech" in _rules(result)
