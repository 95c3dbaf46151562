"""Lost full stops read by :mod:`cleanup.lost_stops` (probe kinds stop_common and stop_name)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def test_any_capital_after_a_quotations_attribution_opens_a_sentence():
    for text, joined in (('"It is more or less 1%," he says Mr Addink blames the euro for stifling demand.',
                          'he says. Mr Addink blames'),
                         ('"There is no anti-American mood," he said Some 350 films will be screened this year.',
                          'he said. Some 350 films'),
                         ('"The city is home to new talent," he said Nigel Harding, head of music at the station, '
                          'said every track was good.', 'he said. Nigel Harding')):
        out = process(text, CFG)
        assert joined in out.text, out.text
        assert [e.rule for e in out.edits] == ["segment.lost_boundary.attribution"]


def test_the_day_of_the_saying_and_an_addressee_stay():
    for keep in ('"He was ready for heaven," the prosecutor said Monday in his closing argument.',
                 '"We re-evaluate it on a daily basis," the mayor said Thursday morning.',
                 '"I will grant citizenship if they can make it," he told CNN by phone.',
                 '"Children are dying," said Save the Children, which has staff in the region.'):
        assert process(keep, CFG).text == keep
