"""segment.final_period: a paragraph cut short (a scraper's excerpt) is offered its stop, not
given one; a whole sentence that lost its stop still gets it."""

import cleanup

#: copy known to be translated (a source language): a last paragraph's lost stop is repaired there;
#: native copy is only offered it (tests/test_final_period_native.py)
MT = cleanup.Config(source_language="de")

BODY = ("The ministry said on Monday that talks with the unions had stalled again, and that "
        "a new offer would follow within weeks.\n\n")


def _final(text: str):
    out = cleanup.process(text, MT)
    return out, [e for e in out.edits if e.rule == "segment.final_period"]


def test_whole_sentence_without_its_stop_is_repaired():
    out, edits = _final(BODY + "Officials said the new offer would be made to all unions by the end of the month")
    assert out.text.endswith("end of the month.")
    assert edits and all(e.action == "fix" for e in edits)


def test_paragraph_ending_on_an_article_is_offered_not_repaired():
    text = BODY + "Officials said the new offer would be made to all unions by the end of the"
    out, edits = _final(text)
    assert out.text.endswith("end of the")
    assert edits and all(e.action == "suggest" for e in edits)


def test_input_cut_inside_a_word_is_offered():
    for tail in ("would be made to all unions wi", "would be made to all unions after it announc"):
        out, edits = _final(BODY + "Officials said, after a long night, that the new offer " + tail)
        assert out.text.endswith(tail), tail
        assert edits and all(e.action == "suggest" for e in edits), tail


def test_a_short_word_that_ends_sentences_still_takes_the_stop():
    out, _ = _final(BODY + "Officials said the unions would be told of the offer before anyone else, even the PM")
    assert out.text.rstrip().endswith("the PM.")


def test_a_cut_name_or_a_word_that_never_ends_a_sentence_is_only_offered_its_stop():
    for tail in ("The police said that anyone with information should immediately contact the Central Jakarta Metr",
                 "The fog will stay in the north for another week because there are"):
        out, edits = _final(BODY + tail)
        assert not out.text.endswith("."), tail
        assert edits and all(e.action == "suggest" for e in edits)
    # (sixteen words or more: one shorter clause alone on its line is only offered, as a crosshead may be)
    out, edits = _final(BODY + "The minister discussed the trade talks and the grain corridor on Monday in Kyiv with President Zelensky")
    assert out.text.endswith("Zelensky.")


def test_a_long_run_of_capitals_after_a_bracket_is_read_in_linear_time():
    # the caption-credit test once split a run of capitals every possible way ('(AAAA...b':
    # 100 capitals took 20 s, 140 took 160 s)
    import time

    _final(BODY + "Officials said the offer would be made to all unions by the end of the month")  # loaded
    t0 = time.process_time()
    out, edits = _final(BODY + "Officials said the offer would be made to all unions by the end of the month (" + "A" * 120 + "b")
    assert time.process_time() - t0 < 3.0
    assert out.text.endswith("Ab.") and edits


def test_the_first_body_paragraph_without_a_stop_is_only_offered_one():
    # under the page's title, the story's own headline ('... the sincerity of the vote'), which the
    # lede below restates, is offered its stop; a lede whose next paragraph goes on is given it
    head = "Faure is outraged by an “incomprehensible slip-up” by Melenchon regarding the sincerity of the vote"
    lede = ("Olivier Faure was outraged on Tuesday at an “incomprehensible slippage” by Jean-Luc Melenchon, "
            "who appeared to query the sincerity of the vote.\n\n")
    # (the page's title shares the story's names: another story's headline there would go, boilerplate.other_headline)
    text = "Faure and Melenchon clash over the vote on Sunday\n\n" + head + "\n\n" + lede + BODY.strip()
    out, edits = _final(text)
    assert "sincerity of the vote\n\n" in out.text
    assert [e.action for e in edits] == ["suggest"]
    out, edits = _final("Faure and Melenchon clash over the vote on Sunday\n\n" + head + "\n\n" + BODY.strip())
    assert [e.action for e in edits] == ["fix"]
