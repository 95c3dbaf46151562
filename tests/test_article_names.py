"""A word native news capitalises nine times in ten, in lower case once where the article
capitalises it (document.proper_noun_case.article_name): applied on strong evidence, offered
on moderate evidence, never where the tagger reads the word as an adjective or a verb (unless
news never writes it in lower case and the article capitalises it thrice in mid-sentence)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
RULE = "document.proper_noun_case.article_name"


def _edits(text: str) -> list:
    return [e for e in process(text, CFG).edits if e.rule == RULE]


def test_name_news_capitalises_nine_times_in_ten_is_applied() -> None:
    # 'labour': 295 capitals to 16 in native news, below news_name's twenty to one
    text = "He left Labour in 1990 and Labour lost. He rose when Lord Kinnock led labour between 1983 and 1992, and Labour won."
    out = process(text, CFG)
    assert "Kinnock led Labour between" in out.text
    assert [e.action for e in out.edits if e.rule == RULE] == ["fix"]


def test_name_seen_twice_in_news_and_three_times_in_the_article() -> None:
    text = "Tim Burton directed it. Fans of Burton queued, and Burton spoke. It was fun, said burton on Monday."
    assert "said Burton on Monday" in process(text, CFG).text


def test_capitalised_once_in_the_article_is_only_offered() -> None:
    text = "The Senate met. Several members of the US senate are among those affected, officials said."
    edits = _edits(text) or [e for e in process(text, CFG).edits if e.after == "S"]
    assert edits and all(e.action == "suggest" for e in edits)


def test_adjective_and_word_written_again_are_kept() -> None:
    for text in ("Brown spoke and Brown left, Brown said. They stood on a patch of dry, brown grass.",
                 "Labour won the vote and Labour leaders were pleased, Labour said, but the labour market reforms stalled.",
                 "Bush spoke and Bush left, Bush said. The bird hid in a bush, and the bush shook."):
        assert process(text, CFG).text == text
        assert not _edits(text)


def test_a_word_opening_a_run_of_capitals_needs_news_to_capitalise_it_half_the_time() -> None:
    # 'reliance': 4 capitals to 2 in native news, too few for a word alone, but it opens 'Reliance Industries'
    text = "Reliance said profits rose. Shares in Reliance fell, and Reliance cut jobs. IPC is 46%-owned by reliance Industries."
    assert "by Reliance Industries" in process(text, CFG).text
    kept = "Reliance said profits rose. Shares in Reliance fell. The deal shows a reliance on oil, he said."
    assert process(kept, CFG).text == kept


def test_a_verb_after_to_and_a_surname_written_only_after_a_title() -> None:
    # 'to ford the river': the tagger reads a noun after 'to'; 'Mr Straw' three times says a surname, not 'ate straw'
    text = "Ford rose. Ford said and Ford agreed. The troops had to ford the river at dawn."
    assert process(text, CFG).text == text
    assert not _edits(text)
    text = "Mr Straw spoke. Mr Straw said so, and Mr Straw left. The cows ate straw in the barn."
    out = process(text, CFG)
    assert out.text == text
    assert [e.action for e in out.edits if e.rule == RULE] in ([], ["suggest"])
    # a given name opening a run ('kim Yungmin'), and a place after 'in' ('In' is no title), are still applied
    text = "Mr Kim spoke. Mr Kim said so, and Mr Kim left. It was a shock, said kim Yungmin, an analyst."
    assert "said Kim Yungmin" in process(text, CFG).text
    text = "Talks were held in Geneva. In Geneva, delegates met. In Geneva they agreed. She said recently from geneva that it went well."
    assert "from Geneva" in process(text, CFG).text
    # the name written on its own in the article is still applied
    text = "Jack Straw spoke. Reporters asked Straw about it, and Straw left. It would pass, said straw on Monday."
    assert "said Straw on Monday" in process(text, CFG).text


def test_a_field_before_a_newsroom_role_and_a_word_after_a_possessive_modifier_are_not_offered() -> None:
    # BBC writes 'labour affairs correspondent', 'treasury specialists', 'the law lords' in lower case
    for text in ("Labour won. Labour leaders met, and Labour said no. They are anxious, said BBC labour affairs correspondent Stephen Cape.",
                 "The Lords voted. The Lords agreed, and the Lords said no, which the law lords have ruled against.",
                 "The Treasury said. The Treasury agreed, and the Treasury left. The opposition parties' treasury specialists pore over it.",
                 "Apple grew. Apple sold more, and Apple said so. The Mac was named after Mr Raskin's favourite apple, though the name changed."):
        assert not _edits(text), text
    # the party's name after a verb is still applied
    text = "He left Labour in 1990 and Labour lost. He rose when Lord Kinnock led labour between 1983 and 1992, and Labour won."
    assert [e.action for e in _edits(text)] == ["fix"]


def test_a_name_the_tagger_reads_as_a_verb_where_the_article_writes_it_capitalised_thrice() -> None:
    # bench.probe lower_common, BBC business/435: news never writes 'fosters' in lower case (4 to 0)
    text = ("Shares in Fosters rose. Analysts said Fosters was keen, and the deal suits Fosters well. "
            "Australian brewer fosters has bought a stake in a rival.")
    assert "brewer Fosters has" in process(text, CFG).text
    # a word news writes in lower case too stays a word where the tagger reads one ('brown': see above)
    text = "Brown spoke and Brown left, Brown said. They stood on a patch of dry, brown grass."
    assert process(text, CFG).text == text


def test_a_sentence_opener_before_the_word_names_nothing() -> None:
    # bench.probe lower_common (tuning, BBC sport): 'But collins says' beside Collins thrice in mid-sentence;
    # the capital before is the sentence's first word, not a name modifying the word ('Christmas turkey')
    text = ("Collins was banned. The ban on Collins ends soon, and Collins trains daily. "
            "But collins says the British Olympic Association should relent.")
    out = process(text, CFG)
    assert "But Collins says" in out.text
    assert [e.action for e in out.edits if e.rule == RULE] == ["fix"]
    # a name inside the sentence may modify the word: still only offered
    kept = "Turkey voted. Leaders in Turkey met, and Turkey agreed. Sales of Christmas turkey meat fell."
    assert all(e.action == "suggest" for e in process(kept, CFG).edits if e.rule == RULE)
    # review36a: a name opening the sentence may modify the word too ('Christmas turkey sales' first)
    for kept in ("Turkey wants to join the EU, and officials in Turkey said Turkey would wait. "
                 "Christmas turkey sales fell this year, farmers said.",
                 "China talks went on as China and China's allies met. Fine china sold well at the auction."):
        assert all(e.action == "suggest" for e in process(kept, CFG).edits if e.rule == RULE)
