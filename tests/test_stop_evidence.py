"""Lost full stops read from more evidence (probe kinds stop_common and stop_name): where the last
clause before a capital ends (:mod:`cleanup.clause_ends`), a name the document opens other
sentences with (:mod:`cleanup.name_subjects`), a subject opening on a common word
(:mod:`cleanup.common_subjects`), applied or offered."""

from __future__ import annotations

from cleanup import Config, clause_ends, process

CFG = Config(detect_title=False, require_english=False)


def _stop_rules(text: str) -> list[tuple[str, str]]:
    return [(e.rule, e.action) for e in process(text, CFG).edits if e.after == "." and not e.before]


def test_a_relative_pronoun_subject_and_noun_phrases_joined_by_and_end_a_clause():
    assert clause_ends.last_clause_complete("there was a knock-on effect that led to significant delays")
    assert clause_ends.last_clause_complete("It is paying $500,000 to settle the bribe charge and other related violations")
    assert clause_ends.last_clause_complete("It has one network, with long waiting lists for new subscribers")
    assert not clause_ends.last_clause_complete("Britain has been cautious, but on Wednesday")
    assert not clause_ends.last_clause_complete("He said the talks went well and on Monday")


def test_a_name_after_such_a_clause_opens_a_sentence():
    text = ("The extra time taken by President Bush meant that there was a knock-on effect that led to significant "
            "delays Mr Lamberty said that 92 flights were cancelled.")
    assert "delays. Mr Lamberty said" in process(text, CFG).text
    text = ("The firm is also paying $500,000 to the SEC to settle the bribe charge and other related violations "
            "Monsanto said it accepted full responsibility.")
    assert "violations. Monsanto said" in process(text, CFG).text


def test_a_name_the_document_opens_sentences_with_opens_one_here():
    text = ("Toyota sales rose sharply last month and the firm was pleased with the figures Toyota put its rise in "
            "sales down to strong results. Toyota is the biggest carmaker.")
    assert _stop_rules(text) == [("segment.lost_boundary.recurring_name", "fix")]
    alone = "The firm was pleased with the figures Toyota put its rise in sales down to strong results."
    assert process(alone, CFG).text == alone  # no evidence in the document: 'the figures Toyota put' may be a relative


def test_a_name_the_document_writes_in_mid_sentence_elsewhere_opens_a_sentence_here():
    # the name opens no other sentence; written capitalised in mid-sentence elsewhere, it is a name
    # (its capital no sentence start), honorific or not (probe stop_name, tuning BBC)
    for text in ("The actor Ossie Davis has died at the age of 87. Police said the star appeared to have died of "
                 "natural causes Davis made his acting debut in 1950 on Broadway.",
                 "Union leaders will meet Mr Prescott on Monday. About 1,000 workers are being balloted about a "
                 "23 March walkout Mr Prescott held a private meeting with them last week."):
        assert _stop_rules(text) == [("segment.lost_boundary.recurring_name", "fix")], text
        alone = text.split(". ", 1)[1]  # the name written once: no evidence it is not a title's word
        assert process(alone, CFG).text == alone


def test_a_us_style_honorific_or_a_non_ascii_capital_is_a_recurring_name_too():
    # 'Mr. Prescott' (CNN) as 'Mr Prescott'; 'Özil' opens on a capital outside ASCII (probe stop_name)
    for text in ("Union leaders will meet Mr. Prescott on Monday. About 1,000 workers are being balloted about a "
                 "23 March walkout Mr. Prescott held a private meeting with them last week.",
                 "Arsenal fans were thrilled to see Özil arrive. The club paid a record sum for the transfer fee "
                 "Özil said he was happy to join the club."):
        assert _stop_rules(text) == [("segment.lost_boundary.recurring_name", "fix")], text
        alone = text.split(". ", 1)[1] if "Mr." not in text else text.split("Monday. ", 1)[1]
        assert process(alone, CFG).text == alone


def test_a_person_named_in_full_or_after_a_name_that_ends_the_clause_opens_a_sentence():
    # probe stop_name, tuning BBC: a listed given name and a surname need no other mention; after a
    # person's full name or a place after 'in', a name opens the next sentence ('star Imelda Staunton
    # Kate Winslet also lost', 'in Madrid Sotherton finished')
    for text in ("The festival showed more than 120 films from around the world this year Robert Redford founded "
                 "the event in 1981.",
                 "There was no prize for star Imelda Staunton Kate Winslet also lost to best actress Hilary Swank.",
                 "He was sixth at the championships in Madrid Sotherton finished third behind the Swede in the race. "
                 "Sotherton said so."):
        assert _stop_rules(text) == [("segment.lost_boundary.recurring_name", "fix")], text


def test_a_full_name_in_a_relative_clause_or_a_list_of_names_stays():
    for keep in ("It was the festival Robert Redford founded in 1981 that made the town famous.",
                 "The festival was the one Robert Redford founded in 1981.",
                 "The film Kate Winslet made with him last year won an award at the festival.",
                 "He was sixth at the championships in Madrid Sotherton finished third behind the Swede.",
                 "The party's rules were changed by Labour MP John Smith who said so.",
                 "Shares rose after chairman Martin Broughton said profits were up."):
        assert process(keep, CFG).text == keep, keep


def test_a_name_and_its_verb_right_after_a_quotations_speaker_open_a_sentence():
    # probe stop_name, tuning BBC: '," said McEnroe Roddick was left', '," says Mr Major Mr Blair told'
    for text, joined in (('Roddick had a bad day. "They are the best on this stuff," said McEnroe Roddick was left '
                          'frustrated after losing the match.', 'said McEnroe. Roddick was'),
                         ('"It was a good fight," says Mr Major Mr Blair told Labour MPs on Monday. Mr Blair is leader.',
                          'says Mr Major. Mr Blair told'),
                         ('"It is a good place to do it," said Mr Hellewell Evans has taken out the stall. Evans is happy.',
                          'said Mr Hellewell. Evans has')):
        assert _stop_rules(text) == [("segment.lost_boundary.recurring_name", "fix")], text
        assert joined in process(text, CFG).text


def test_a_quotations_speaker_named_in_full_stays():
    for keep in ('"It is a good place to do it," said Mr Hellewell Evans, who has taken out a stall. Evans is happy.',
                 '"It is a good place to do it," said Peter Evans in a statement. Evans is happy.',
                 '"We are happy," said Hillary Clinton Tuesday. Clinton won.',
                 '"We are happy," said Mr Evans. Evans is happy.'):
        assert process(keep, CFG).text == keep, keep


def test_a_us_style_honorific_after_a_verb_that_takes_it_stays():
    for keep in ("Union leaders will meet Mr. Prescott on Monday. Workers told Mr. Prescott the walkout would go ahead.",
                 "Union leaders will meet Mr. Prescott on Monday. The plan is sound, said Mr. Prescott, who met them.",
                 "Fans cheered Özil on Monday. The manager praised Özil for his work in the final."):
        assert process(keep, CFG).text == keep, keep


def test_a_name_written_elsewhere_keeps_its_relative_clause():
    for keep in ("The actor Ossie Davis has died. It was the role Davis played in the film that made his name.",
                 "The actor Ossie Davis has died. He was happiest on the stage Davis had loved since he was a boy."):
        assert process(keep, CFG).text == keep, keep


def test_a_subordinate_clause_after_its_main_clause_leaves_the_name_after_it_a_sentence():
    # both clauses complete: 'a boost to the party if Mr Hague returned to the front bench' (probe stop_name)
    text = ("Mr Hague is a former leader. He said it would be a boost to the party if Mr Hague returned to the "
            "front bench Mr Hague became an MP at 27.")
    assert _stop_rules(text) == [("segment.lost_boundary.honorific", "fix")]


def test_a_subordinate_clause_still_to_be_followed_by_its_main_clause_keeps_the_name():
    for keep in ("He said that if the bill fails in the Lords Mr Hague will resign from the front bench.",
                 "If the bill fails in the Lords Mr Hague will resign. Mr Hague said so.",
                 "The deal will close, and when the money arrives Yukos will pay its debts. Yukos said so.",
                 "Officials warned that when the storm hits Miami residents should stay inside. Miami is ready."):
        assert process(keep, CFG).text == keep, keep


def test_an_infinitive_after_a_clause_taking_word_leaves_no_subject_to_wait_for():
    # 'decided whether to grant Yukos bankruptcy protection': the complement is complete (probe stop_name)
    text = ("Any decision over the unit will be delayed until a US court has decided whether to grant Yukos bankruptcy "
            "protection Yukos is suing a host of companies involved in the sale. Investors sold Yukos shares.")
    assert _stop_rules(text) == [("segment.lost_boundary.named", "fix")]
    assert clause_ends.taken_clause_open(["he", "said", "the", "family"], {"said"})
    assert not clause_ends.taken_clause_open(["decided", "whether", "to", "grant", "yukos"], {"whether"})
    for keep in ("He said the decision to sack Smith was wrong. Fans have backed Smith.",
                 "They hope to show Blair was right. Critics have attacked Blair."):
        assert process(keep, CFG).text == keep, keep


def test_a_recurring_name_inside_a_sentence_stays():
    for keep in ("It is the sixth time in three years Standard Life has made cuts to bonus rates. Standard Life has said so.",
                 "The health spokeswoman said she was pleased Scotland would be following the lead. Scotland is small.",
                 "Organisers are hoping that banned athlete Susan Chepkemei will still take part in the race.",
                 "The bans come into effect from 28 December meaning Camara will also be unavailable. Camara was sent off.",
                 "Shares rose after chairman Martin Broughton said profits were up. Martin Broughton has led the firm.",
                 "It is the first time Microsoft has launched a phone. Microsoft has long resisted the move.",
                 "Despite letting the break points slip away Davenport looked comfortable. Davenport won easily.",
                 "The improvement of sprinter Abi Oyepitan and long jumper Chris Tomlinson also boosted the team. "
                 "Chris Tomlinson is young."):
        assert process(keep, CFG).text == keep, keep


def test_a_common_word_opening_a_subject_after_a_clause_opens_a_sentence_applied_or_offered():
    text = "The company made a net profit of $52m on higher sales of its new phones Money spent on research rose by a fifth."
    assert _stop_rules(text) == [("segment.lost_boundary.common_subject", "fix")]
    # 'Crime' is capitalised in news more than one time in twenty: offered, the text unchanged
    text = "Officers were called to a house in the street Crime has risen sharply in the area."
    assert _stop_rules(text) == [("segment.lost_boundary.common_subject_offered", "suggest")]
    assert process(text, CFG).text == text


def test_a_common_word_inside_a_sentence_stays():
    for keep in ("He said the study found Students were more likely to vote.",
                 "It was the moment Gear scored the winning goal.",
                 "The report was published by the Public Accounts Committee on Monday.",
                 "Davis-Williams said she was pleased judge Baxter changed his mind."):
        assert not _stop_rules(keep), keep


def test_as_well_as_opens_no_clause_before_a_name():
    text = ("The firm sued suppliers for profit, as well as those suppliers in Europe that have also been involved in "
            "the trade Glaxo says distribution of the drugs has already begun.")
    assert "the trade. Glaxo says" in process(text, CFG).text
    keep = "Britain has been more cautious on the issue, as on Wednesday Mr Straw said he also wanted it to end."
    assert process(keep, CFG).text == keep


def test_a_lower_case_phrase_and_its_comma_then_a_clause_open_a_sentence():
    for text, fixed in (("He made the pledge when seeking votes in the state. back then, he held up his willingness to act.",
                         "state. Back then, he held"),
                        ("Staff were screened, an investigation found earlier this year. as a result of the report, the "
                         "minister announced new rules.", "year. As a result of the report, the minister")):
        out = process(text, CFG)
        assert fixed in out.text, out.text
        assert [e.rule for e in out.edits] == ["segment.lost_capital.opener"]


def test_a_stop_inside_a_sentence_before_a_phrase_is_still_joined():
    # 'does. not go ahead': a verb in the piece, no phrase; 'the roof, officials said': a subject's appositive
    for text, joined in (("If the offer does. not go ahead, international lawsuits will follow.", "does not go ahead"),
                         ("The hall was damaged in the storm. roof tiles, officials said, fell on parked cars.",
                          "storm roof tiles")):
        assert joined in process(text, CFG).text


def test_native_names_after_a_place_a_relative_object_or_an_addressee_get_no_stop() -> None:
    # review36b: a two-word place the article writes whole, a relative clause without 'that' before a time
    # phrase, an addressee after 'told', a speaker's full name: native copy, no stop
    for text in (
        "The summit was held in Porto Alegre. Many of the issues discussed in Porto Alegre are Davos talking "
        "points, and Porto Alegre welcomed them.",
        "Manchester Airport was closed. Anyone who flew from Manchester Airport knows the delays. Manchester "
        "Airport apologised.",
        "Frank Lampard scored twice. There were three penalties Frank Lampard missed this season.",
        "Warren Buffett is rich. These are the sorts of risks Warren Buffett takes every day.",
        "\"It is a disgrace,\" she told Sky News Boris Johnson had betrayed voters. Boris Johnson denied it.",
    ):
        assert not _stop_rules(text), text
