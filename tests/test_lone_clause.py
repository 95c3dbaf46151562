"""A lone time or condition clause cut off by a stop (:mod:`cleanup.lone_clause`): a possessive 's."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def test_a_possessive_is_no_second_verb_of_a_lone_clause():
    for text, joined in (("Boeing unveiled its new long-distance 777 plane. As it tries to regain its position as the "
                          "industry's leading manufacturer.", "777 plane as it tries"),
                         ("The news was not good for Sweden. Since it reflects Saab's failure to make significant "
                          "inroads into the market.", "for Sweden since it reflects")):
        out = process(text, CFG)
        assert joined in out.text, out.text
        assert [(e.rule, e.action) for e in out.edits] == [("segment.fragment.time", "fix")]


def test_is_after_a_pronoun_still_makes_a_second_clause():
    # "it's" is 'it is': a second subject and verb, the main clause of a native sentence (offered only)
    text = "The team trained all week. If the rain stops it's going to be a great game."
    out = process(text, CFG)
    assert all(e.action != "fix" for e in out.edits if e.rule.startswith("segment.fragment")), out.edits
