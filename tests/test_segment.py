"""Sentence segmentation: the Golden Rules and gold splits of BBC news."""

from __future__ import annotations

import json

import pytest

from cleanup import split_sentences

from .conftest import SHARED

GOLDEN = SHARED / "data" / "golden-rules-en.json"
CASES = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else []


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['id']}-{c['name']}")
def test_golden_rule(case):
    assert split_sentences(case["text"]) == case["sentences"]


def test_golden_rules_score_at_least_47():
    if not CASES:
        pytest.skip("golden rules not available")
    ok = sum(split_sentences(c["text"]) == c["sentences"] for c in CASES)
    assert ok >= 47


def test_bbc_gold_sentences():
    base = SHARED / "data" / "bbc-sentences-100" / "articles"
    if not base.is_dir():
        pytest.skip("bbc-sentences-100 not available")
    tp = fp = fn = 0
    for gold_file in sorted(base.glob("*/*.txt")):
        gold = {ln.strip() for ln in gold_file.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()}
        raw = (SHARED / "data" / "bbc-news-summary" / "articles" / gold_file.parent.name / gold_file.name)
        got = set(split_sentences(raw.read_text(encoding="utf-8").split("\n", 1)[1]))
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.88  # measured 0.90; the gold keeps some multi-sentence quotes whole


def test_paragraphs_always_end_a_sentence():
    assert split_sentences("First line without stop\nSecond line.") == ["First line without stop", "Second line."]


def test_lowercase_after_period_is_not_a_boundary_for_segmentation_alone():
    # segmentation reports what stands; the repair stage decides what the stop was
    assert split_sentences("It was a sign of influence. and upholds its role.") == [
        "It was a sign of influence. and upholds its role."
    ]


def test_comma_splice_is_offered_in_native_copy_and_applied_with_marks_of_mt():
    from cleanup import Config, process

    text = "The officers stopped to question the rider, he had to give his name and his address."
    res = process(text)
    splices = [e for e in res.edits if e.rule.startswith("segment.comma_splice")]
    assert splices and all(e.action == "suggest" and e.after == ";" for e in splices)
    assert "rider, he had" in res.output  # the text itself is unchanged
    res = process(text, Config(source_language="ru"))
    assert "the rider; he had to give" in res.output, res.output


def test_fragment_after_a_number_is_joined():
    from cleanup import process

    out = process("The club expects to sign 30 new players by 2026. Because the demand for places keeps growing.").output
    assert "by 2026 because the demand" in out
    whole = "This year we will reach 200. Because the families we contact trust us, more will come."
    assert process(whole).output == whole  # a 'Because' sentence with its own main clause stays


def test_fragment_with_clauses_joined_by_and_or_if_is_joined():
    from cleanup import process

    out = process("Engineers prefer silicon for these parts. Because it is cheap and many of the problems of "
                  "making it have been solved.").output
    assert "parts because it is cheap" in out
    out = process("Exports fell in October. While domestic demand stayed weak and investment also fell short.").output
    assert "October, while domestic demand" in out


def test_fragment_with_a_main_clause_of_its_own_stays():
    from cleanup import process

    for whole in ("The ban was challenged in court. Because he did not intend to kill deer or foxes it was not hunting.",
                  "Microsoft released a tool. Although initially free it is thought that the firm will soon charge for it."):
        res = process(whole)
        assert res.output == whole
        assert all(e.action == "suggest" for e in res.edits if e.rule.startswith("segment.fragment"))


def test_long_because_of_phrase_is_joined():
    from cleanup import process

    out = process("Two games were pushed back. Because of riots after the acquittal of the police officers in the case.").output
    assert "pushed back because of riots" in out


def test_unlinked_clauses():
    from cleanup.fragments import unlinked_clauses

    assert unlinked_clauses(" he did not intend to kill deer or foxes it was not hunting") == 1
    assert unlinked_clauses(" the economy is growing at a good pace he warned that costs rose") == 1
    assert unlinked_clauses(" it is cheap and many of the problems have been solved") == 0
    assert unlinked_clauses(" no court will allow it if both parties disagree") == 0
    assert unlinked_clauses(" of the storm fans stayed at home", skip_first=False) == 1
    assert unlinked_clauses(" of riots after the acquittal of the officers", skip_first=False) == 0


def test_fragment_in_a_quotation_short_is_kept_long_is_joined():
    from cleanup import process

    short = 'He said: "People stay away from you. Because it is too painful." The talks went on.'
    assert process(short).output == short
    out = process('He said: "We have focused first on Japan. Because it has a very advanced mobile phone market '
                  'and the handsets are ready." The talks went on.').output
    assert "on Japan because it has" in out


def test_and_also_with_a_subject_of_its_own_stays():
    from cleanup import process

    whole = '"I never stopped calling her. And also from down below she was making sounds," he said.'
    assert process(whole).output == whole
    out = process("The alliance helps Russia resist pressure. And also generates money for the treasury.").output
    assert "pressure and also generates" in out


def _offered(text: str, rule: str) -> list:
    from cleanup import process

    return [e for e in process(text).edits if e.rule.startswith(rule)]


def test_comma_splice_after_a_colon_or_complement_that_is_offered():
    # the clause after 'meaning that' / after a colon stands on its own: the comma splices it
    history = ("Aban 13th is a historic day, meaning that there were events on this day that will remain "
               "in history, these events cannot be and should not be forgotten.")
    assert [e.after for e in _offered(history, "segment.comma_splice")] == [";"]
    place = "The police remind the public: the Internet is not a lawless place, we must be careful in words and deeds."
    assert [e.after for e in _offered(place, "segment.comma_splice")] == [";"]
    # a phrase closed by the comma, or a subordinate clause, is no clause of its own
    assert not _offered("He explained that initially, his firm had planned to stay in the city for years.",
                        "segment.comma_splice")
    assert not _offered("The minister said that if prices keep rising, they will cut spending on fuel.",
                        "segment.comma_splice")
    # nor a clause after 'that' when a subordinator or a phrase opens the sentence before it
    for text in ("After being told that he would be searched, the suspect had to remove a box cutter.",
                 "However, if we say that 3.7 million people will be sent back, it would not be true either.",
                 "Among them, regarding the measures that the government will adopt next month, it is clear that prices matter."):
        assert not _offered(text, "segment.comma_splice"), text


def test_a_subject_and_its_relative_clause_before_a_pronoun_is_no_comma_splice():
    from cleanup import Config, process

    # 'Those who voted ..., they will': the pronoun takes up the subject (a semicolon would leave a fragment)
    cfg = Config(source_language="ru")
    for text in ("Those who voted for the plan, they will be punished by the voters at the next election.",
                 "Everyone who came to the square, they were detained by the police on Monday night."):
        assert not [e for e in process(text, cfg).edits if e.rule.startswith("segment.comma_splice")], text
    # a clause whose subject has a relative clause and a verb of its own still splices
    text = "The man who came home said nothing to them, he went to bed at once without his dinner."
    assert "said nothing to them; he went" in process(text, cfg).output



def test_opener_phrase_comma_clause_starts_a_sentence_after_a_verbless_fragment():
    from cleanup import process

    # no verb before 'After', but 'After the discussion, it was ...' opens a sentence of its own
    out = process("He met the minister on Monday. To discuss land and building taxes After the discussion, "
                  "it was agreed that the square could be used.").output
    assert "building taxes. After the discussion, it was agreed" in out
    heading = process("Joint statement by the ministry and the intelligence agency Elsewhere in his remarks, "
                      "the leader highlighted the role of the government.").output
    assert "intelligence agency. Elsewhere in his remarks" in heading
    # a clause inside the phrase ('who are interested'), or a title, is no opener phrase
    keep = "The square is open. To make it a safe space For those who are interested, you can come and listen."
    assert "space. For those" not in process(keep).output
    film = "She starred in the film In the Bedroom, which won three awards."
    assert process(film).output == film


def test_opener_phrase_after_a_name_starts_a_sentence_but_not_a_place_name():
    from cleanup import process

    out = process("Storms damaged many roofs in Rio Vista and Grandview, both outliers of Fort Worth On social media, "
                  "images circulated of flipped trucks.").output
    assert "of Fort Worth. On social media, images" in out
    place = "Police seized the pills in Ky Son district, Nghe An province, the border guards said on Monday."
    assert "Nghe. An" not in process(place).output
    song = "The band's hit All Right Now, that suddenly sold again, is back."
    assert process(song).output == song


def test_opener_before_a_name_with_its_comma_and_a_subject_starts_a_sentence():
    from cleanup import process

    out = process("Unions accuse the retailer of paying staff less than its rivals do, with fewer benefits "
                  "In California, the company is fighting opposition to new stores.").output
    assert "fewer benefits. In California, the company is fighting" in out
    # a title before a relative clause, a person before an apposition: no subject after the comma
    for keep in ("She starred in the film In Bruges, which won three awards at the festival.",
                 "The deal was agreed in talks with Mr Smith, the chief executive, on Monday."):
        assert process(keep).output == keep


def test_lost_boundary_after_a_clause_with_contractions():
    from cleanup import process

    # 'That's ... when you're running' is a clause: the tagger alone reads "you ' re" and finds no verb
    out = process("That's usually a good thing when you're running a presidential campaign But when you're "
                  "sitting at a community college in Iowa and you tick off the list, it is hard.").output
    assert "presidential campaign. But when you're sitting" in out


def test_opener_between_capitals_is_a_title_not_a_boundary():
    from cleanup import process

    text = "Diana Rigg was best actress for Suddenly Last Summer, Dame Judi Dench was best supporting actress."
    assert process(text).output == text


def test_only_after_a_capitalised_word_is_a_post_modifier():
    from cleanup import process

    text = "And then there's the man in the Members Only jacket who walks in just ahead of the family."
    assert process(text).output == text


def test_opener_phrase_inside_an_open_subordinate_clause_is_no_boundary():
    from cleanup import process

    text = "Although the Mac mini was very cheap For an Apple computer, it was still expensive compared to others."
    assert "cheap. For" not in process(text).output


def test_topic_phrase_runs_into_its_clause_with_a_comma():
    from cleanup import process

    lead = "Rain fell across the south on Monday and the north stayed dry. "
    out = process(lead + "As for the lower Gulf of Thailand The sea has waves about 2 metres high.")
    assert "As for the lower Gulf of Thailand, the sea has waves" in out.text
    assert [e.rule for e in out.fixes] == ["segment.lost_boundary.topic"]
    # no topic phrase: the lost boundary takes its stop
    out = process(lead + "Waves reached the lower Gulf of Thailand The sea was rough there all day.")
    assert "Gulf of Thailand. The sea" in out.text
    # the comma already there: nothing to do
    done = lead + "As for the lower Gulf of Thailand, the sea has waves about 2 metres high."
    assert process(done).text == done


def test_capitalised_conjunction_opening_a_clause_is_a_lost_boundary():
    from cleanup import process

    lead = "The council met on Monday. "
    out = process(lead + "Officials said the road would reopen next spring And if more repairs are needed, work will go on.")
    assert "next spring. And if more repairs" in out.text
    assert [e.rule for e in out.fixes] == ["segment.lost_boundary.conjunction"]
    # 'and that its economy': a second complement; 'And final': a phrase goes on; 'Gutter And The': a title
    for text, kept in (("He said the bank was doing well And that its profits were rising fast.", " and that its"),
                       ("It was the third And final film in the long series, the studio said.", " and final"),
                       ("She sang Halfway Between The Gutter And The Stars, and the crowd cheered.", "Gutter And The")):
        assert kept in process(text).text
        assert not any(e.rule == "segment.lost_boundary.conjunction" for e in process(text).edits)


def test_the_before_an_institution_opens_a_sentence_in_native_copy_too():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    text = "Rockets hit the camp on Sunday as clashes continued The Palestine Liberation Organization condemned it."
    out = process(text, cfg)
    assert "clashes continued. The Palestine Liberation Organization condemned" in out.text
    # a name that may be a title stays a suggestion in copy with no other mark of MT; a title run is left alone
    short = process("Officers put the men in zip ties in the street The NYPD also handed out leaflets to them.", cfg)
    assert [e.action for e in short.edits if e.rule == "segment.lost_boundary.determiner"] == ["suggest"]
    title = "The critics who saw the film gave it The Life Of Brian Award for comedy."
    assert process(title, cfg).text == title


def test_contracted_subject_opens_a_sentence_whatever_follows_it():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    out = process("The trip has now stretched into a two-and-a-half week stay It's an unexpected layover for them.", cfg)
    assert "week stay. It's an unexpected layover" in out.text
    # no contraction: 'It and' still joins two subjects, no boundary before it
    keep = "Officials said the report and the data were wrong, but It and its authors stood firm."
    assert not any(e.rule.startswith("segment.lost_boundary") for e in process(keep, cfg).edits)


def test_subordinator_before_a_name_opens_a_sentence_but_a_title_or_mr_does_not():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    out = process("The stoic Lee did not express bitterness in public When news reached Lee that Lincoln had died, he wept.", cfg)
    assert "in public. When news reached Lee" in out.text
    for keep in ("He loved the old movie When Harry Met Sally and watched it often with friends.",
                 "The Tories said they were glad Mr Straw had been shamed into going to the ceremony.",
                 "Stewart introduced Percy Sledge, citing his best-known hit When a Man loves a Woman as a classic."):
        assert not any(e.rule.startswith("segment.lost_boundary") for e in process(keep, cfg).edits)


def test_a_preposition_and_its_object_alone_open_no_sentence():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    out = process("Police are still looking For suspects in the case.", cfg)
    assert "looking for suspects" in out.text
    out = process("Sales were higher than the company had forecast In the final quarter, profits rose by a fifth.", cfg)
    assert "had forecast. In the final quarter" in out.text


def test_review_cases_titles_and_reported_clauses_get_no_stop():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    for text in ("Tickets were bought by fans of the veteran Until Dawn creator Will Byles.",
                 "Viewers voted for the sketch It's a Knockout again in the poll.",
                 "The police said the village Residents were evacuated overnight.",
                 "The study at the University of Leeds found Students were happier."):
        assert not any(e.rule.startswith("segment.lost_boundary") and e.action == "fix"
                       for e in process(text, cfg).edits), text


def test_capital_after_a_closed_attribution_opens_a_sentence():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    for text, joined in (('"Gazprom needs the field," he added Analysts said the deal was a blow to the firm.',
                          'he added. Analysts said'),
                         ('"We expect people to live longer," the minister said Researchers have not updated the tables.',
                          'minister said. Researchers have')):
        out = process(text, cfg)
        assert joined in out.text
        assert [e.rule for e in out.edits] == ["segment.lost_boundary.attribution"]
    # after a clause and its comma, 'said' closes the attribution too; a number opens the next sentence
    out = process("There was also a risk to the public, police said Police said the suspects were targeting homes.", cfg)
    assert "police said. Police said the suspects" in out.text
    out = process('"We will call our ambassador back," he said Six other inmates were executed on the island.', cfg)
    assert "he said. Six other inmates" in out.text
    # a title after the verb, a phrase before the comma (a reported clause may follow), a month, a verb
    # with an object: no stop
    for keep in ('"We will see," said Head of Public Relations Yusri Yunus in Jakarta on Friday.',
                 "Meanwhile, he said Prices would go on falling for a year.",
                 '"It was a good day," he said May sales would tell.',
                 "They imposed a visa ban, and the minister declared Grass a persona non grata in the country."):
        assert not [e for e in process(keep, cfg).edits if e.rule == "segment.lost_boundary.attribution"]


def test_a_programme_after_told_is_its_object_not_a_new_sentence():
    """review8: 'told' names whom the quotation was said to ('told Meet the Press'), so the
    capital after it is no lost boundary, even after a closed quotation."""
    _no_lost_boundary('"We will not back down," he told Meet the Press the administration would keep pushing.',
                      '"We will not back down," he told Face the Nation the White House would not change course.',
                      '"It was fantastic," he told Match of the Day his side had deserved to win.')


def test_a_name_after_a_relative_clause_verb_is_not_applied_as_a_subject():
    """review8: 'The man who owns The Spectator says' has no clause closed before The (the
    relative clause's verb takes the name as its object): at most offered, as before."""
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    for keep in ("The man who owns The Spectator says he will not sell the magazine to a foreign buyer.",
                 "The company that owns The Sun says it will fight the ruling in the Court of Appeal."):
        assert not [e for e in process(keep, cfg).edits if e.rule.startswith("segment.lost_boundary")
                    and e.action == "fix"], keep


def test_a_clause_after_ruled_or_decided_and_a_bare_day_gets_no_stop():
    """review8: CNN/AP style drops 'that' after a verb of finding or deciding and its day
    ('ruled Tuesday Apple must pay') as after 'said Tuesday'."""
    _no_lost_boundary("A federal judge ruled Tuesday Apple must pay the damages to the company that brought the case.",
                      "The court decided Friday Google should face the lawsuit brought by its former employees.",
                      "The commission agreed Wednesday Britain could keep its rebate for another five years.")


def test_a_time_after_said_and_its_phrases_gets_no_stop():
    """review8: 'said in a statement Tuesday Iran had': the time is the verb of saying's, phrases
    apart, and its reported clause follows without 'that'; a verb between ends the exception."""
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    _no_lost_boundary("The White House said in a statement Tuesday Iran had until the end of the month to respond.",
                      "The senator said in an interview with CNN on Sunday Republicans would block the nominee.",
                      "The minister told reporters in Brussels on Monday Britain would not sign the treaty.")
    out = process("The company said profits rose sharply on Thursday Shares in the group fell by 5% in London.", cfg)
    assert "on Thursday. Shares" in out.text


def test_an_inverted_attribution_keeps_its_subject():
    """review8: in '," said Save the Children' the verb comes first and the capital after it is
    its subject (a body whose name is common words), so no sentence ends at the verb."""
    _no_lost_boundary('"Children are dying," said Save the Children, which has staff in the region and wants a ceasefire.',
                      '"We need action now," said Friends of the Earth campaigner Mike Childs, who was at the protest.',
                      '"Workers deserve better," said Unite general secretary Sharon Graham, who is leading the talks.',
                      "There was a real risk to children in the camps, said Save the Children, which has staff there.")


def test_a_number_word_naming_a_work_or_a_part_gets_no_stop():
    """review8: 'the thriller Seven', 'the boy band Five', 'series Two' are names, not a new
    sentence's number; a number after a noun that ends a clause still opens one."""
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    _no_lost_boundary("Fincher directed the thriller Seven which became one of the biggest hits of the decade.",
                      "Cowell signed the boy band Five who had a string of hits in the late 1990s.",
                      "The contestants who appeared on series Two were all under the age of thirty when filming began.")
    out = process("The firm wants to cut the number of staff living in temporary housing Three years ago it was lower.", cfg)
    assert "housing. Three years" in out.text


def test_capital_after_a_time_that_closes_a_clause_opens_a_sentence():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    for text, joined in (("Shares in the bank hit recent highs on Thursday Allied Irish Banks, the biggest lender, "
                          "rose by 2%.", "on Thursday. Allied Irish Banks"),
                         ("The claimant count fell by 11,000 last month Throughout the year, the number of people in "
                          "work rose.", "last month. Throughout the year"),
                         ("The firm would be appraising another field early next year Mr Gammell set up the company "
                          "in 1972.", "next year. Mr Gammell set up")):
        out = process(text, cfg)
        assert joined in out.text, out.text
        assert "segment.lost_boundary.time" in [e.rule for e in out.edits]
    for keep in ("At a press conference on Thursday Intel announced two new chips for phones.",
                 "In a statement issued on Wednesday Lord Woolf said the sentences were too short.",
                 "The company said on Monday Microsoft would buy the unit for $2bn.",
                 "What I have lived today I do not think I will live again.",
                 "The ordeal landed on the front page of South Africa's Sunday Times under a headline.",
                 "The talks broke up at 2300 on Monday GMT and resumed the next day."):
        assert process(keep, cfg).text == keep


def test_number_word_after_a_complete_clause_opens_a_sentence():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    out = process("Police arrested the driver at the scene Two passengers in the car were also held.", cfg)
    assert "at the scene. Two passengers in the car" in out.text
    # after a verb or a preposition the number is its object: a stray capital, not a sentence
    for text in ("The gunman killed Two people in the attack on the market.",
                 "The talks went on for Two years before the deal was signed."):
        assert not [e for e in process(text, cfg).edits if e.rule.startswith("segment.lost_boundary")]


def test_the_name_and_its_verb_after_a_clause_is_applied_in_native_copy():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    out = process("Firms will pay more at a time when earnings are under pressure The EU said a tax would pass.", cfg)
    assert "under pressure. The EU said" in out.text
    # a name with no verb after it may be a title (offered only); after 'said' the name is its clause's subject
    for text in ("She was the driving force behind The Osbournes, which ran for three series on MTV.",
                 "He appeared on the station two days later, he said The Game was no longer a member."):
        assert not [e for e in process(text, cfg).edits if e.rule.startswith("segment.lost_boundary") and e.action == "fix"]


def test_clause_adverb_with_its_comma_before_a_name_opens_a_sentence():
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    for text, joined in (("Mittal is one of the largest global firms of its kind However, Lakshmi Mittal has told "
                          "investors he will stay.", "of its kind. However, Lakshmi Mittal"),
                         ("The service opened at the Economics institute in New York However, President Bush is "
                          "expected to speak.", "in New York. However, President Bush"),
                         ("Stocks had a good run on the news from Tokyo But the US stock market was on its way down.",
                          "from Tokyo. But the US stock market")):
        assert joined in process(text, cfg).text
    # an adverb inside its own clause, a conjunction in title case or after 'between': no stop
    for keep in ("He said that, however, Lakshmi Mittal would stay on as chairman of the group.",
                 "She starred in Sex And The City for six seasons.",
                 "They looked at the relationship between the Lords and the Commons in the new bill."):
        assert process(keep, cfg).text == keep


def test_capitalised_and_after_between_is_no_boundary():
    from cleanup import Config, process

    out = process("They looked at the relationship between the Lords And the Commons in the new bill.",
                  Config(detect_title=False, require_english=False))
    assert not [e for e in out.edits if e.rule.startswith("segment.lost_boundary")]


def test_a_head_count_after_of_is_no_year_closing_a_clause():
    from cleanup import Config, process

    keep = "The researchers surveyed a sample of 2000 Britons and found most slept badly."
    assert process(keep, Config(detect_title=False, require_english=False)).text == keep


def _no_lost_boundary(*texts: str) -> None:
    """Each text keeps every stop as it is: no segment.lost_boundary edit of any confidence."""
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    for keep in texts:
        assert not [e for e in process(keep, cfg).edits if e.rule.startswith("segment.lost_boundary")], keep


@pytest.mark.parametrize("text, joined", [
    ("Fifteen buffalo were shot and killed on Friday. After a day on the loose in the hills near the town.",
     "on Friday after a day on the loose"),
    ("He wrote film reviews for a variety of magazines. Before joining the paper as its critic in 1980.",
     "magazines before joining the paper"),
    ("There will be no visits between the two countries for months. If not the rest of the year.",
     "for months if not the rest of the year"),
    ("The band played for the crowd until midnight. During the final part of the show at the stadium.",
     "midnight during the final part"),
    ("He got the phone number from his son, Elijah. Who was skeptical of his father's plan from the start.",
     "his son, Elijah, who was skeptical"),
    ("Avalanches swept the slopes of Mount Everest. Where the earthquake released tons of snow and ice.",
     "Mount Everest, where the earthquake released"),
])
def test_a_phrase_or_relative_clause_cut_off_by_a_stop_is_joined(text, joined):
    from cleanup import Config, process

    # two marks of MT elsewhere in the text, as in a translated page ('the talks. and the', a doubled word)
    text = "The minister spoke about the the talks. and the vote was delayed again. " + text
    res = process(text, Config(detect_title=False))
    assert joined in res.output, res.output


@pytest.mark.parametrize("whole", [
    "The town was destroyed in 1944. After the war, the town was rebuilt by its people.",
    "The council met twice in May. Since then the plan has been shelved by the mayor.",
    "Rain is expected in the north. As for the capital, the skies will stay clear all day.",
    "The deal collapsed last week. Who is to blame for it is still unclear to everyone.",
    "The talks ended on Friday in Geneva. Where the delegates go next is unclear to everyone.",
    "The money has gone from the account. Where will this end for the small savers.",
    "The party invited old rivals to the summit. Who knows who may turn up this time around.",
    "Then the money ran out. Where it went is still a mystery to the auditors of the firm.",
    "The minister met a stranger in the hotel bar that night. Who he met is still unclear to his aides.",
    "The house was sold months ago for 340,000 pounds. Before that it had been empty for years.",
    "Something has to change for the planet. If we shoot for two degrees and end at three, that is still better.",
])
def test_a_sentence_that_stands_on_its_own_after_such_an_opener_stays(whole):
    from cleanup import Config, process

    res = process(whole, Config(detect_title=False))
    assert res.output == whole
    assert not [e for e in res.edits if e.rule.startswith("segment.fragment") and e.action == "fix"]


@pytest.mark.parametrize("text, joined", [
    ("The talks ended at 5 p.m. After a long day of arguments over the budget.", "at 5 p.m. after a long day"),
    ("The talks ended at 5 p.m. Because of the storm that hit the coast.", "at 5 p.m. because of the storm"),
    # a listed abbreviation that is no English word keeps its dot too ('no.' is a word: it does not)
    ("The deal was signed by Apple Inc. Which makes phones in China.", "by Apple Inc., which makes phones"),
    ("They sold toys, books, games etc. Which made them rich in two years.", "games etc., which made them"),
    # an abbreviation before a lower-case word ends no sentence: its dot stays ('incl. taxes')
    ("The kit costs 40 euros, incl. taxes and delivery, the shop said.", "euros, incl. taxes and delivery"),
    ("Prices rose by 5% last year, excl. fuel and food, the office said.", "5% last year, excl. fuel and food"),
])
def test_a_fragment_joined_after_an_abbreviation_keeps_its_dot(text, joined):
    from cleanup import Config, process

    res = process(text, Config(detect_title=False))
    assert joined in res.output, res.output


@pytest.mark.parametrize("text, fixed", [
    # a sentence that lost its capital: a noun phrase and its verb, or a conjunction and a clause of its own
    ("Prices rose sharply in the capital in June. analysts said the rise would continue.", ". Analysts said the rise"),
    ("Most of the seats went to the party in the vote. jurors in Virginia recommended a sentence.", ". Jurors in Virginia"),
    # a conjunction is left to the join, a clause of its own after it or not (a stop MT put before 'and')
    ("Prices rose sharply in the capital in June. and analysts said the rise would continue.", "June and analysts said"),
    # a stop put inside a sentence: the word before it wants what follows, or no subject opens the rest
    ("The e-mail carried the message which bears the code for. the malicious bug in it.", "code for the malicious bug"),
    ("It was seen as a sign against Western influence. and upholds its role.", "influence and upholds its role"),
    ("We are serious about fighting corruption in the land. and transparency because it is important.", "corruption in the land and transparency"),
    ("The minister told the press on Monday he said. officials would resign soon.", "he said officials would resign"),
    # a short clause before the stop is a sentence too: the stop was joined away ('rose sharply analysts said')
    ("The bank raised its rates on Thursday. Prices rose sharply. analysts said the rise would end.", ". Analysts said the rise"),
    ("The minister met union leaders on Monday. The talks ended. brown said the deal was close.", ". Brown said the deal"),
    # an adjective after its verb ends the clause ('is stable.'): only an attributive one wants a noun
    ("Fighting went on in the east. The situation in the city is stable. officials said the army held.", ". Officials said"),
    ("Fire crews left the site at noon. The cause of the fire remains unclear. investigators said so.", ". Investigators said"),
    # a subject with a preposition and its article before the verb ('officials at the ministry said')
    ("Fighting went on in the east of the country. officials at the ministry said the army held.", ". Officials at the ministry"),
    ("Fighting went on in the east of the country. residents of the city told reporters so.", ". Residents of the city"),
])
def test_a_stop_before_a_lower_case_word_ends_a_sentence_or_was_put_inside_one(text, fixed):
    from cleanup import Config, process

    res = process(text, Config(detect_title=False))
    assert fixed in res.output, res.output


def test_comma_splice_before_this_or_a_counted_subject_and_its_verb():
    from cleanup import Config, process

    for text, joined in (("The car may have gone too fast, this is the subject of an inquiry.",
                          "too fast; this is"),
                         ("The gunman was shot in the back, three police officers were hurt.", "the back; three police")):
        assert joined in process(text, Config(source_language="de", detect_title=False)).output
    for keep in ("In 2010, 15 people were hurt in a crash on the same road.",
                 "When the bus crashed, three people were hurt."):
        assert process(keep, Config(source_language="de", detect_title=False)).output == keep
