"""A quotation mark on the wrong side of its space where a paragraph's quotes do not pair
evenly: a quotation left open into the next paragraph, a closing mark written as an opening
one before its speech tag, and reported speech that is no lost quotation."""

from __future__ import annotations

from cleanup import clean, process

from .conftest import ANY_BODY as ANY
from .conftest import rules_of as _rules


def test_marks_that_alternate_but_leave_the_quotation_open_are_spaced():
    # the quotation goes on in the next paragraph (German MT, its page cut after 'or')
    text = ("The chairwoman said: “We owe the clarification to the victim and his family. But it is of "
            "elementary importance for all of us. ”Among other things, it must be determined whether he "
            "acted alone or“ was in some chats")
    out = process(text, ANY).output
    assert "for all of us.” Among other things" in out and "acted alone or “was in some chats" in out
    assert clean(out, ANY) == out


def test_a_quotation_open_at_its_paragraphs_end_keeps_its_marks():
    text = ("The mayor spoke to the crowd on Monday. “We will not stop,” she said. “The fight goes on, and it "
            "goes on in every town.\n\n“We will win in the end,” she added.")
    assert process(text, ANY).output == text


def test_an_opening_mark_glued_to_its_speech_tag_closes_the_quotation():
    text = ("She wrote on Twitter: “I am appalled by the murder. Masking as a motive for murder leaves me "
            "speechless, “wrote the politician. “Hate online is real.”")
    res = process(text, ANY)
    assert "leaves me speechless,” wrote the politician. “Hate online" in res.output
    assert "normalize.quote_before_tag" in _rules(res)
    straight = "Here we are happy to fulfil the promise of peace and happiness, \"he said."
    assert process(straight, ANY).output.endswith('peace and happiness," he said.')


def test_a_quotation_that_opens_on_a_pronoun_or_a_quoted_verb_stays():
    for fine in ('"It works," said Mr King, "they just do what works."',
                 'In addition, "they swooped over one of those houses," the newspaper says.',
                 'The letter reads, "said the man was sorry" at the top.',
                 '"Also," he said, "they have to simplify things."'):
        assert "normalize.quote_before_tag" not in _rules(process(fine, ANY)), fine


def test_reported_speech_before_a_closing_quote_gets_no_opening_mark_at_its_start():
    # the quotation opens somewhere after 'stated that ...': where is unclear
    text = ("Mayor Ali stated that they will finish the roads by the end of the year. Our nation deserves "
            "the best of everything, and we are happy to keep the promise,\" he said.")
    out = process(text, ANY).output
    assert not out.startswith('"Mayor')


def test_a_spaced_closing_mark_takes_the_order_the_article_writes():
    outside = ("He called it “a plan”, and left. Later he said “it will fail “. Nobody answered.")
    assert "“it will fail”. Nobody" in process(outside, ANY).output
    inside = ("“We will see,” he said. “At the end, he has not ruled it out yet ”, believes the Prime Minister.")
    assert "ruled it out yet,” believes the Prime Minister" in process(inside, ANY).output
    # no order shown: an opening form goes behind the stop, a closing form keeps its place
    assert "this ignoble act.”" in process("The mayor said: “We went there to denounce this ignoble act “.", ANY).output
    kept = process("He said: “Let everyone draw their own conclusions ”.\n\nHe left.", ANY).output
    assert "their own conclusions”." in kept


def test_opener_before_a_tag_stays_where_the_paragraphs_quotes_pair_up():
    # the rule repairs a closing mark only where the paragraph's quotes do not pair: here they do,
    # and the mark opens a quotation of its own
    text = ("Talks collapse\n\n\"Was it true?\" I asked. \"Yes,\" he said. Then, \"she said.\" No more.\n\n"
            "Critics said the plans did not go far enough, and opposition leaders called for a vote.")
    r = process(text)
    assert not any(e.rule == "normalize.quote_before_tag" for e in r.edits)
    assert 'Then, "she said." No more.' in r.text


def test_a_second_opening_mark_inside_one_quotation_goes():
    # Korean and Greek MT open each quoted sentence again; the next mark closes the quotation
    text = ("He spoke at the rally. “If they win, freedom will be removed from the Constitution of the Republic "
            "of Korea. “The real dictatorship begins.”")
    out = process(text, ANY).output
    assert out.endswith("Republic of Korea. The real dictatorship begins.”")
    # where the next mark opens a quotation (its space before it), the stop closes the open one
    two = ("The ministry said that “the cell planned attacks against state institutions. “It added that "
           "General Hisham said that ” explosives experts defused two bombs.")
    assert "state institutions.” It added that" in process(two, ANY).output


def test_a_closing_mark_glued_to_a_capital_with_no_quotation_open_opens_the_next():
    text = ("He called it “a risk”. The restrictions would be enforced.”We came to the conclusion that we must "
            "act”, he said.")
    assert "would be enforced. “We came to the conclusion" in process(text, ANY).output


def test_a_closing_mark_glued_to_its_speech_tag_takes_a_comma():
    text = "The belfry is in danger. “We must now confirm that nothing is going to fall”he added."
    assert process(text, ANY).output.endswith("nothing is going to fall,” he added.")
    # the speaker's name after the verb (Romanian MT: 'from the PSD”said Cristan Cerba')
    named = "“I support the PSD and I am running for a mandate from the PSD”said Cristan Cerba."
    assert process(named, ANY).output.endswith("from the PSD,” said Cristan Cerba.")
    # a quoted phrase, not a sentence, takes no comma; nor a mark with its space already after it
    for phrase in ("The belfry presented “a risk of collapse”according to the fire brigade.",
                   "The belfry presented “a risk of collapse”said the fire brigade."):
        assert ",”" not in process(phrase, ANY).output
    assert ",”" not in process("“We won” he said, and left.", ANY).output


def test_a_paragraph_whose_only_mark_closes_it_gets_its_opening_mark():
    # h4_vi_thoibao_dong-tam-vuong-dinh-hue: after a paragraph whose quotations are closed, applied
    text = ("The analyst spoke to the BBC on Friday.\n\nBut the new secretary’s mission is not in such a specific "
            "place.”\n\nAccording to this researcher, the secretary will have to do well in all of that.”")
    res = process(text, ANY)
    edits = [e for e in res.edits if e.rule == "normalize.lone_closing_quote"]
    assert [(e.after, e.action) for e in edits] == [("“But", "fix")]
    assert res.output == text.replace("\n\nBut", "\n\n“But")
    # after a paragraph whose marks do not pair up (a closing mark it never opened), only offered
    unsure = text.replace("on Friday.", "on Friday.” Then he left.")
    offers = [e for e in process(unsure, ANY).edits if e.rule == "normalize.lone_closing_quote" and e.after == "“But"]
    assert [e.action for e in offers] == ["suggest"]


def test_a_closing_mark_after_a_colon_or_at_a_paragraphs_start_opens_the_quotation():
    # French and Italian MT: the source's spaced mark comes out as a closing one where a quotation opens
    colon = ("He quoted “the Pope”, who comes to the city next week: ” Yes, when a person is in difficulty, "
             "our duty is to reach out.”")
    out = process(colon, ANY).output
    assert out.endswith("next week: “Yes, when a person is in difficulty, our duty is to reach out.”")
    assert clean(out, ANY) == out
    start = "Renzi opens the new museum\n\n” the figure of foreign tourists is an improvement.”"
    out = process(start, ANY).output
    assert out.endswith("\n\n“The figure of foreign tourists is an improvement.”")
    assert clean(out, ANY) == out


def test_a_closing_mark_after_a_paragraph_that_ends_on_a_mark_stays():
    # pages that set ” on both sides wrap whole paragraphs: which mark is whose cannot be told
    text = ("“He praised the Centre party and the Liberals.”\n\n” We are simply ready, and those who do not "
            "want it know it.”")
    res = process(text, ANY)
    assert not [e for e in res.edits if e.rule == "normalize.quote_spacing" and e.action == "fix"]


def test_a_spaced_closing_mark_in_a_paragraph_whose_marks_do_not_alternate_closes_the_open_one():
    text = ("“We must think carefully, for now it starts to approach the real situation, ” he says, referring "
            "to the additional elections.”")
    out = process(text, ANY).output
    assert "the real situation,” he says, referring" in out
    assert clean(out, ANY) == out
    # no quotation open: a spaced mark before a speech tag is no opener of a quotation either
    lost = "The vote is close and it starts to approach the real situation, ” he says."
    assert "“he says" not in process(lost, ANY).output


def test_marks_round_a_speech_tag_inside_a_quotation_go_round_the_words_spoken():
    # Arabic and Italian MT: 'wounded, “stressing that” this act', 'Bolzano “Renzi noted.” But'
    text = ("He said that he “condemns the bombing, which wounded eight people, “stressing that” this cowardly "
            "act will not undermine the government.”")
    out = process(text, ANY).output
    assert "eight people,” stressing that “this cowardly act" in out
    assert clean(out, ANY) == out
    noted = "“The area had fewer tourists than the province of Bolzano “Renzi noted.” But there is no anger.”"
    out = process(noted, ANY).output
    assert "the province of Bolzano,” Renzi noted. “But there is no anger.”" in out
    assert clean(out, ANY) == out
    # no quotation open: a quoted tag is a phrase of its own
    for fine in ("He called it a “he said, she said” dispute.", "The “stressing that” habit of officials grew."):
        assert process(fine, ANY).output == fine


def test_a_quotation_closed_but_never_opened_is_offered_its_opening_mark_by_balance():
    # the paragraph goes on after the lost quotation, and holds a quoted phrase before its end
    text = ("The spokesman spoke on Friday.\n\nLee, who tried to do so, repeatedly spread false facts and was "
            "charged with three counts.\" Spokesman Oh said, \"There are many who praise him.\"\n\n"
            "The leader then used the phrase \"two votes\" when greeting the citizens of the city.\"")
    offers = [e.after for e in process(text, ANY).edits if e.rule == "normalize.lone_closing_quote"]
    assert offers == ["\"Lee,", "\"The"]
    # a line broken inside a sentence round an emphasised phrase (BBC) is not a lost opening
    broken = ("He said: \"It was not the right one, like an\n\nagent provocateur\n\nand perhaps it was the "
              "nationalists who were responsible.\" The programme also heard from a minister.")
    assert not [e for e in process(broken, ANY).edits if e.rule == "normalize.lone_closing_quote"]


def test_a_lone_close_after_a_straight_quoted_phrase_is_only_offered():
    # dev:ja_wowkorea_ppp-lee-light-talk: applied, the added mark turned the sides of the TeX pair
    # after it ('the phrase "two votes "when exchanging')
    text = ("The party spoke on Friday.\n\n(Representative Lee) unconsciously used the phrase ``two votes'' when "
            "greeting citizens, which shows he knows the people.\"")
    res = process(text, ANY)
    assert [e.action for e in res.edits if e.rule == "normalize.lone_closing_quote"] == ["suggest"]
    assert '"two votes" when' in res.output, res.output


def test_a_lone_close_after_a_colon_is_only_offered():
    # review37b: the quotation may open after the colon inside the paragraph
    from cleanup import Config

    cfg = Config(detect_title=False)
    for text in ("He called it a “turning point” on Monday.\n\nThe minister was clear: the decision is final.”",
                 "He spoke on Monday.\n\nQ: Will it work?\n\nA: I think so. The results are good.”"):
        res = process(text, cfg)
        assert res.output == text, res.output
        assert [e.action for e in res.edits if e.rule == "normalize.lone_closing_quote"] == ["suggest"]
