"""Evidence for stray capitals read by :mod:`cleanup.capital_evidence` (probe kind cap_after_det)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)


def test_a_sentences_first_word_or_a_place_before_the_does_not_begin_a_name():
    for text, fixed in (("One of the Main factors that spoils online gaming is lag.", "the main factors"),
                        ("Alongside the Growing sophistication of net users is a lack of awareness.",
                         "the growing sophistication"),
                        ("The firm blamed the low growth rate in Europe for the Lack of orders closer to home.",
                         "the lack of orders")):
        out = process(text, CFG)
        assert fixed in out.text, out.text
        assert [e.rule for e in out.edits] == ["casing.stray_capital.after_function_word"]


def test_a_place_that_is_a_word_takes_no_article():
    out = process("Half of them were given a placebo with the Same appearance.", CFG)
    assert "with the same appearance" in out.text


def test_names_that_go_on_through_a_small_word_stay():
    for keep in ("The service, dubbed Napster to Go in the UK, lets users rent music.",
                 "He was Secretary of State for the Environment until last year.",
                 "She joined Friends of the Earth in the spring and campaigned for a ban.",
                 "The club said their Reading base would close in the spring."):
        assert process(keep, CFG).text == keep


def test_a_name_ahead_past_a_lower_case_content_word_begins_no_title():
    # probe cap_after_det: "a Knee injury in Paris"; a title may run on to the name only through small words
    out = process("McBryde is doubtful after picking up a Knee injury in Paris, but Parker is fit.", CFG)
    assert "a knee injury in Paris" in out.text
    assert [e.action for e in out.edits] == ["fix"]
    for keep in ("He wrote for a group blog called Dogs without Borders, which his friends read.",
                 "The band recorded the soundtrack for the film Escape from Alcatraz last year."):
        assert process(keep, CFG).text == keep


def test_a_capital_after_a_possessive_before_no_noun_is_a_common_word():
    out = process("The Welsh band, whose Hits include two anthems, will play in May.", CFG)
    assert "whose hits include" in out.text
    # a brand stands alone as a noun ("a Tesla but"): native news has too few lower-case uses to count
    keep = "\"I don't want a hybrid car. I thought maybe a Tesla but it's too expensive,\" he said."
    assert process(keep, CFG).text == keep


def test_a_common_noun_after_a_sentences_opening_the_is_offered():
    # probe cap_after_det: "The Company has grown"; names, titles and papers' names MT translated open sentences too
    out = process("It plans to cut its debt. The Company has grown rapidly since it began flying in 2003.", CFG)
    assert [(e.rule, e.after, e.action) for e in out.edits] == [("casing.stray_capital.after_name", "c", "suggest")]
    # only offered: native news opens sentences on a band, show or film it names once
    for keep in ("It was a good night for the film. The Artist won the award for best picture.",
                 "The festival opened on Friday. The Wanted played a sell-out show in London.",
                 "Viewers voted in their millions. The Voice is watched by eight million people."):
        assert process(keep, CFG).text == keep
    for keep in ("The complaint is included. The Reason has advanced that arrests are not ruled out.",
                 "The book sold well in Europe. The Fellowship of the Ring was reprinted twice.",
                 "The paper declined to comment. The Guardian says it will appeal.",
                 "It was a success for the party. The Government is pleased with the result.",
                 "Sales rose. The Game also sold well, and the Game Boy sold better."):
        assert process(keep, CFG).text == keep


def test_a_past_tense_after_a_name_is_lowered_and_a_name_in_ing_is_kept():
    # probe cap_after_other: "So Taylor Played the last 20 minutes", "Chinese Theatre Followed the ceremony"
    out = process("He missed the first weeks. So Taylor Played the last 20 minutes of the win over Northampton.", CFG)
    assert "Taylor played the last" in out.text
    assert [e.action for e in out.edits] == ["fix"]
    for keep in ("They must see off holders Manchester United in a replay next week.",
                 "He beat Ben Gollings and Argentine Lucio Lopez Fleming to win the award.",
                 # after a possessive no verb follows: a title opens ('Made in Chelsea')
                 "Viewers tuned in to Channel 4's Made in Chelsea on Monday. The show is popular."):
        assert process(keep, CFG).text == keep
