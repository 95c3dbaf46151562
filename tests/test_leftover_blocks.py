"""Scraper furniture comes in blocks: wrapped prompts and short labels between leftovers go with them."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False)
LEAD = "Heavy rain fell on Monday in the capital.\n\nRoads were closed near the river."


def test_widget_label_between_leftovers_goes():
    r = process(LEAD + "\n\n23.7 C\nPort Louis\nWednesday, April 17, 2024\n\nThe army was called in.", ANY)
    assert "Port Louis" not in r.text
    assert "The army was called in." in r.text


def test_prompt_wrapped_over_two_lines_goes():
    text = (LEAD + "\n\nRead on now\n\nGet access to this and every other article in the\n\n"
            "Web and in our app free of charge for 4 weeks.\n\nfurther\n\nRead on now\n\nThe army was called in.")
    r = process(text, ANY)
    assert "Web and in our app" not in r.text and "urther" not in r.text
    assert r.text.endswith("The army was called in.")
    assert process(r.text, ANY).text == r.text


def test_short_line_next_to_one_leftover_stays():
    r = process(LEAD + "\n\nRead on now\n\nPort Louis\n\nThe army was called in.", ANY)
    assert "Port Louis" in r.text


def test_line_after_complete_prompt_stays():
    r = process(LEAD + "\n\nRead on now\n\nThe army was called in to help the residents.", ANY)
    assert "The army was called in to help the residents." in r.text


LOW = Config(require_english=False, min_confidence=0.4)
PROSE = "The talks ended on Monday in the capital.\n\nNo one is above the law."
PAIR = ("Activist Montazer Al-Zaidi said that the sit-in tents in Tahrir and the rest of the squares are solid and coherent\n\n"
        "Iraqi Prime Minister Mustafa Al-Kazemi said that the reality of the city of Nasiriyah on the level of services is not satisfactory")


def test_pair_of_teasers_between_prose_is_offered():
    r = process(PROSE + "\n\n" + PAIR + "\n\nThe unions have called a strike.", LOW)
    assert "Al-Zaidi" not in r.text and "Nasiriyah" not in r.text
    default = process(PROSE + "\n\n" + PAIR + "\n\nThe unions have called a strike.", ANY)
    assert "Al-Zaidi" in default.text  # offered only


def test_list_of_unpunctuated_lines_stays():
    steps = ("Mix the flour and the water in a bowl\n\nStir the sauce over a low heat for ten minutes\n\n"
             "Add salt and pepper to the pan and serve")
    r = process(PROSE + "\n\n" + steps + "\n\nThe unions have called a strike.", LOW)
    assert "Mix the flour" in r.text and "Stir the sauce" in r.text and "Add salt" in r.text


THREE = (PAIR + "\n\nFormer Oil Minister MP Ibrahim Bahr Al-Ulum said that the submission of former Prime Minister "
         "Adel Abdul-Mahdi led to his downfall")


def test_list_of_three_named_teasers_after_the_article_goes():
    r = process(PROSE + "\n\n" + THREE, ANY)
    assert r.text == PROSE
    assert process(r.text, ANY).text == r.text


def test_two_named_teasers_are_not_a_list():
    r = process(PROSE + "\n\n" + PAIR, ANY)
    assert "Al-Zaidi" in r.text and "Nasiriyah" in r.text


def test_breadcrumb_trail_ending_in_the_headline_goes():
    head = "Police urge calm after the attack in the capital"
    text = f"{head}\n\n• Home\n  • News\n  • Police urge calm after the attack...\n\nPolice urged residents to stay calm."
    r = process(text, ANY.replace(detect_title=True))
    assert r.output == f"{head}\n\nPolice urged residents to stay calm."


def test_numbered_list_that_is_not_a_trail_stays():
    text = PROSE + "\n\n1. Taxes\n\n2. Health\n\n3. Schools and colleges for all children\n\nThe vote is in May."
    assert "Schools and colleges" in process(text, ANY).text


def test_related_news_block_with_cut_snippets_and_times_goes():
    block = ("What will a ceasefire give Ukraine?\nOn May 10, the leaders visited Kyiv. During the final press...\nUK\n17:24\n"
             "Europe is trying to take everything out of Ukraine\nPoliticians are using Ukraine for their own purposes and...\n"
             "World\n17:12\nA blow to Europe. The union is punishing itself with sanctions again The council has announc")
    r = process(PROSE + "\n\nTop\n" + block, ANY)
    assert r.text == PROSE


def test_sentence_copy_of_a_headline_is_the_lede_and_stays():
    head = "The delegation spoke in Russian and the speech was read in English, Zakharova said"
    text = f"{head}\n\n{head}\n\n{head}.\n\nThe talks went on for three hours."
    r = process(text, ANY.replace(detect_title=True))
    assert r.output == f"{head}\n\n{head}.\n\nThe talks went on for three hours."


def test_lone_logo_word_and_initials_go_with_their_block():
    r = process(PROSE + "\n\nShare\n\ninfobae\n\nThe army was called in.\n\nC.DAN\n\nSource: City Daily", ANY)
    assert r.text == PROSE + "\n\nThe army was called in."
    kept = process(PROSE + "\n\nindeed\n\nThe army was called in.", ANY)
    assert "indeed" in kept.text


def test_stop_after_a_removed_line_is_recorded_on_the_word_it_ends():
    text = PROSE + "\n\nRestrictions on going out begin, officials said, for the soldiers at the U.S. bases in Japan\n\n2022-01-10 17:57:00\nAs the infection spreads, outings are limited."
    r = process(text, ANY)
    stops = [e for e in r.fixes if e.rule == "segment.final_period"]
    stamp = [e for e in r.fixes if e.rule == "boilerplate.timestamp"]
    assert stamp and stamp[0].before.startswith("2022-01-10")
    assert len(stops) == 1 and text[:stops[0].start].endswith("in Japan")  # not after the deleted stamp


def test_cut_link_item_next_to_a_list_of_links_goes():
    links = ('- "Two Meals for 7 Yuan"... Chinese Youth Tighten Their Bel...\n'
             "- Once Short Track Emperor Kim Faces Imprisonment Over 90 Million Won in...\n"
             "© The Daily (www.example.kr). All rights reserved.")
    r = process(PROSE + "\n\n" + links, ANY)
    assert r.text == PROSE
    kept = process(PROSE + "\n\n- The army was called in and...\n\nThe unions have called a strike.", ANY)
    assert "The army was called in" in kept.text


def test_headline_with_a_stop_printed_again_below_the_date_bar_goes():
    head = "The council does not want to meet. And no vote is in sight."
    text = (head + "\n\n09:35 22.03.2024 Weekly review\n\n" + head + "\n\nIn March, the council met for only eight hours. "
            "Its members said they were busy.\n\nThe mayor said it was a shame.")
    r = process(text, ANY)
    assert r.text.count(head) == 1 and "Weekly review" not in r.text
    assert "In March, the council met" in r.text


def test_two_sentences_opening_a_body_are_no_headline():
    text = ("The council does not want to meet. And no vote is in sight.\n\nIn March, the council met for only "
            "eight hours.\n\nThe mayor said it was a shame.")
    assert process(text, ANY).text == text


def test_byline_of_two_labels_between_date_bars_goes():
    r = process(LEAD + "\n\n18.09.2024\n1467\n\nJournalist\nAnn Lee\n18.09.2024\n1467\n\nThe army was called in.", ANY)
    assert "Journalist" not in r.text and "Ann Lee" not in r.text
    assert r.text.endswith("The army was called in.")


def test_two_short_lines_next_to_one_leftover_stay():
    r = process(LEAD + "\n\nRead on now\n\nPort Louis\n\nMauritius\n\nThe army was called in.", ANY)
    assert "Port Louis" in r.text and "Mauritius" in r.text


def test_headline_run_into_a_lower_case_clause_is_the_lede_and_stays():
    # a native lede may repeat its headline and go on after a dash: removing the copy would leave
    # 'and more rain is on the way' to open the body
    text = ("Floods hit the north of England\n\nFloods hit the north of England - and more rain is on the way, "
            "forecasters say.\n\nRivers burst their banks on Monday and roads were closed.")
    r = process(text)
    assert not any(e.rule == "boilerplate.title_run_in" for e in r.edits)
    assert r.text.startswith("Floods hit the north of England - and more rain")


def test_line_in_another_script_quoted_after_a_colon_stays():
    # 'The sign read:' introduces the Hebrew line: the article quotes it, it is no widget of the page
    text = ("Energy bills to be capped\n\nThe government announced new measures on Tuesday to tackle energy bills.\n\n"
            "The banner on the wall read:\n\n\u05e9\u05dc\u05d5\u05dd \u05e2\u05dc\u05d9\u05db\u05dd\n\n"
            "Critics said the plans did not go far enough, and opposition leaders called for a vote.")
    r = process(text)
    assert "\u05e9\u05dc\u05d5\u05dd" in r.text
    widget = process(text.replace("The banner on the wall read:\n\n", ""))
    assert "\u05e9\u05dc\u05d5\u05dd" not in widget.text
