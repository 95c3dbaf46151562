"""Direct speech marked with dashes that MT wrote as hyphens, or closed with the page's own mark
(Polish: ``honor. - Thank you. It is an honor for me - he added.``, ``- There is no such thing as a
PiS state,\" the Speaker said``): English quotes the words; list bullets, parenthetical dashes,
scores and a dash after a sentence with no speech tag anywhere stay."""

from __future__ import annotations

from cleanup import Config, clean, process
from cleanup.edits import replay

from .conftest import ANY_BODY as ANY

RULE = "normalize.hyphen_speech"
PL = Config(source_language="pl", detect_title=False)


def _mine(res):
    return [e for e in res.edits if e.rule == RULE]


def test_hyphens_round_words_and_their_tag_make_a_quotation():
    text = ("The Speaker answered the opposition on Wednesday.\n\nBeing a soldier serving the state is the highest "
            "honor, he said. - Thank you for that. It is a great honor for me - he added. He argued that he acts in "
            "the interest of the majority.\n\nHe said he was too tolerant. - I was too liberal with the deputies. "
            "They speak out of turn and behave badly - he enumerated. He stressed the Speaker must react.")
    res = process(text, PL)
    assert "highest honor, he said. “Thank you for that. It is a great honor for me,” he added. He argued" in res.output
    assert "too tolerant. “I was too liberal with the deputies. They speak out of turn and behave badly,” he enumerated." in res.output
    assert {e.action for e in _mine(res)} == {"fix"}
    assert replay(text, res.edits) == res.output
    assert clean(res.output, PL) == res.output


def test_a_dash_closed_by_the_pages_own_mark_takes_the_matching_opening_mark():
    text = ("The Speaker was a guest of the morning show.\n\n- There is no such thing as a PiS state. Poland is one,\" "
            "Sejm Speaker Marek Kuchciński said on TVP Info's \"Guest of the News\".\n\nHe commented on the allegations. "
            "- It is no coincidence that a deputy was excluded, as he had broken the rules before,\" he added.")
    res = process(text, PL)
    assert "\n\n\"There is no such thing as a PiS state. Poland is one,\" Sejm Speaker" in res.output
    assert "allegations. \"It is no coincidence that" in res.output
    assert "“" not in res.output  # the document's own straight marks
    curly = process(text.replace('one,"', "one,”"), PL).output
    assert "\n\n“There is no such thing" in curly


def test_a_hyphen_with_no_close_is_offered_only_beside_a_sure_pair():
    pair = "He spoke on Monday. - Thank you for that. It is an honor for me - he added."
    lone = "According to the Speaker, the complaint will not be accepted. - Because it is unfounded. The rules are clear."
    res = process(pair + "\n\n" + lone, PL)
    offers = [e for e in _mine(res) if e.action == "suggest"]
    assert offers and all(e.start > len(pair) for e in offers)
    assert "accepted. - Because" in res.output  # offered, not applied
    assert not _mine(process("The figures came out. " + lone, PL))  # no speech dash in the document


def test_lists_parenthetical_dashes_and_scores_stay():
    for fine in ("Must read\n\n- Advertisement -\n\nIn Warsaw the police spoke on Monday.",
                 "Related news\n\n- The head of the Council claims that the visit was a success\n\n- According to "
                 "Stefanchuk, the parliament works",
                 "The report - published on Monday - said prices rose. - The figures were mixed, analysts said.",
                 "Arsenal won 2 - 1 at home. - Smith scored twice.",
                 "Top stories\n\n- Lee Jae-myung said, \"Park welcomes the ruling\" - he added later",
                 "Results:\n\n- Smith won the race - he said it was easy"):
        assert not [e for e in _mine(process(fine, ANY)) if e.action == "fix"], fine


def test_a_dash_inside_a_quotation_is_the_quotation_s_own():
    text = "“They have opened a new branch, — said Levin. – From all sides we hear it.”"
    assert not _mine(process(text, Config(source_language="ru", detect_title=False)))


def test_a_dash_tag_in_text_with_no_mark_of_mt_is_only_offered():
    text = ("Profits rose at the bank on Monday.\n\nThe chairman met staff. - We had a good year - he said. "
            "Shares rose by a tenth in London.")
    res = process(text, Config(detect_title=False))
    assert _mine(res)
    if not any(e.action == "fix" for e in res.edits if e.rule != RULE):
        assert {e.action for e in _mine(res)} == {"suggest"}
