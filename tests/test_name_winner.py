"""The spelling that wins a name variant may be a word a dictionary knows without a case record."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False)
TEXT = ("The police arrested a man in Vacoas on Monday.\n\nHe was taken to the Vacoas police station.\n\n"
        "The arrest took place on the road to Vaocas near the company.")


def test_slip_of_a_town_name_takes_the_usual_spelling():
    r = process(TEXT, ANY)
    assert "Vaocas" not in r.text and r.text.count("Vacoas") == 3


def test_a_word_the_article_writes_in_lower_case_does_not_win():
    text = TEXT.replace("the company", "the vacoas of the company")
    r = process(text, ANY)
    assert "Vaocas" in r.text


def test_a_known_word_without_case_record_does_not_win():
    text = ("Brian Hassel spoke first.\n\nLater Hassel met the board.\n\n"
            "Brian Hassell says no official offer has been made.")
    assert "Hassell" in process(text, ANY).text


def test_four_letter_slip_beside_a_name_used_three_times():
    from cleanup import Config, process

    text = ("Rasti grew up in Kabul. Rasti said the school was full. The children love Rasti, who teaches them. "
            "They are full of hope despite their rough lives, Rsti said.")
    r = process(text, Config(require_english=False, detect_title=False))
    assert r.text.endswith("rough lives, Rasti said.")
    once = process("Rasti grew up in Kabul. They are full of hope, Rsti said.", Config(require_english=False, detect_title=False))
    assert "Rsti said" in once.text  # one against one: no evidence which is right


def test_accented_spelling_used_most_wins_in_machine_translation():
    text = ("Mayor Ahmet Çelikkıran met the governor on Monday.\n\nCelikkiran said talks would go on.\n\n"
            "Çelikkıran left the meeting early.")
    fixed = process(text, Config(require_english=False, source_language="tr", detect_title=False))
    assert "Celikkiran" not in fixed.text and fixed.text.count("Çelikkıran") == 3
    # no other mark of MT: applied too (measured on real MT that shows none, calib34; no case on clean news)
    native = process(text, Config(require_english=False, detect_title=False))
    assert "Celikkiran" not in native.text and native.text.count("Çelikkıran") == 3


def test_a_sentence_opener_before_the_plain_spelling_names_no_one_else():
    # h2_cs_neuck_babis-zeman-meeting: 'But' before 'Babis' is capitalised as the sentence's first word
    text = ("Babiš asked for a meeting with the president.\n\nBabiš gave a brief statement. But Babis did not "
            "answer questions. After that, Babiš left.")
    r = process(text, Config(require_english=False, detect_title=False))
    assert "Babis " not in r.text and r.text.count("Babiš") == 4
    # a capitalised name before it is another person's given name: still offered in copy with no mark of MT
    other = text.replace("But Babis", "Marek Babis")
    r = process(other, Config(require_english=False, detect_title=False))
    assert "Marek Babis" in r.text
    assert [e.action for e in r.edits if e.rule == "document.name_variant.diacritics"] == ["suggest"]


def test_tie_between_accented_and_plain_spellings_is_only_offered():
    text = "Jesús Ortega spoke first.\n\nLater Jesus Ortega met the board and left."
    r = process(text, Config(require_english=False, source_language="es", detect_title=False))
    assert "Jesus Ortega" in r.text and "Jesús Ortega" in r.text
    assert [e.after for e in r.edits if e.rule == "document.name_variant.diacritics"] == ["Jesús"]


def test_spaced_name_used_most_is_not_offered_joined():
    text = "The suspect Wang Mou was arrested.\n\nPolice said Wangmou had fled.\n\nWang Mou confessed on Friday."
    r = process(text, Config(require_english=False, detect_title=False))
    assert not [e for e in r.edits if e.rule == "document.broken_name"]


def test_a_listed_given_name_spelled_another_way_by_another_person_stays():
    from cleanup import Config, process

    cfg = Config(source_language="ar", detect_title=False)
    text = ("Prime Minister Mohammed Al-Sudani met the commanders. Mohammed Al-Sudani praised the police. "
            "Brigadier-General Nihad Muhammad Hassan said the gang was caught.")
    assert "Nihad Muhammad Hassan" in process(text, cfg).output  # another man's name, his own spelling
    same = ("Prime Minister Mohammed Al-Sudani met the commanders. Mohammed Al-Sudani praised the police. "
            "Muhammad Al-Sudani said the gang was caught.")
    assert "Mohammed Al-Sudani said the gang" in process(same, cfg).output  # the same man: one spelling


def test_another_persons_given_name_is_not_unified_through_a_longer_spelling():
    # 'MP Yuri' is not written in 'MP Yuriy Boyko': the winner is Yuri Ushakov's spelling, not his
    cfg = Config(require_english=False, source_language="ru")
    text = ("Kremlin aide Yuri Ushakov said on Monday that Moscow saw no basis for talks with Kyiv.\n\n"
            "Yuri Ushakov told reporters that the offer had been passed on last week.\n\n"
            "In Kyiv, opposition MP Yuriy Boyko said the government should answer the offer in public.\n\n"
            "Ushakov said the Kremlin would wait for a formal answer.")
    assert "MP Yuriy Boyko" in process(text, cfg).output


def test_a_winner_written_only_alone_is_the_person_of_the_full_name():
    cfg = Config(require_english=False, source_language="ru")
    text = ("Moscow rejects talks offer\n\nKremlin aide Yuriy Ushakov said on Monday that Moscow saw no basis for talks.\n\n"
            "Yuri said the offer had been passed on last week.\n\nYuri added that the Kremlin would wait.")
    assert "aide Yuri Ushakov said" in process(text, cfg).output


SILAWAT = ("This government is for 42 days. Tulsi Silawat is minister for a few more days.\n\n"
           "The Congressmen who helped Silawat are now booked. They objected when Silavat was in Congress. "
           "Sanwer will defeat Tulsi Silavat. Why work for Tulsi Silavat? Water is left in Tulsi Silavat.")


def test_spelling_the_article_introduced_and_repeats_wins_one_romanisation_step_away():
    # v and w: one correspondence of document.translit_equivalents, so the spelling introduced is applied
    r = process(SILAWAT, ANY)
    assert r.text.count("Silawat") == 6 and "Silavat" not in r.text
    turned = [e for e in r.edits if e.rule == "document.name_variant.first_use"]
    assert [(e.before, e.after, e.action) for e in turned] == [("Silavat", "Silawat", "fix")] * 4


def test_spelling_the_article_introduced_is_offered_when_no_romanisation_step_apart():
    # m and w are no romanisation of one letter: offered, neither applied
    text = SILAWAT.replace("Silavat", "Silamat")
    r = process(text, ANY)
    assert r.text.count("Silawat") == 2 and r.text.count("Silamat") == 4
    offered = [e for e in r.edits if e.rule == "document.name_variant.first_use"]
    assert [(e.before, e.after, e.action) for e in offered] == [("Silamat", "Silawat", "suggest")] * 4


def test_spelling_used_less_but_later_is_still_outvoted():
    later = SILAWAT.replace("Tulsi Silawat is", "Tulsi Silavat is").replace("work for Tulsi Silavat", "work for Tulsi Silawat")
    r = process(later, ANY)
    assert "Silawat" not in r.text and r.text.count("Silavat") == 6


def test_accented_spelling_in_the_headline_wins_against_the_plain_majority():
    text = ("President Çelik: Everyone should own the city\n\nMayor Mustafa Celik spoke about Sivas Street. "
            "Mayor Çelik said the works were important. President Mustafa Celik visited the square. "
            "Mustafa Celik said traffic eased. The street was closed for Mustafa Celik.")
    r = process(text, ANY)
    assert {(e.before, e.after) for e in r.edits if e.rule.startswith("document.name_variant")} == {("Celik", "Çelik")}
    # the same letters but for the accent: one step of romanisation, the spelling introduced is applied
    assert all(e.action == "fix" for e in r.edits if e.rule.startswith("document.name_variant"))
    assert "Celik" not in r.text


def test_the_old_name_of_a_place_is_not_offered_for_the_current_one():
    text = ("Troops struck Kharkov.\n\nThey struck Kharkov again. The Kharkov region was shelled. "
            "In the Kharkiv region, two died. Kharkiv mourned.")
    r = process(text, ANY)
    assert not any(e.after == "Kharkov" for e in r.edits) and "Kharkov" not in r.text


def test_two_known_names_one_letter_apart_are_not_turned_round():
    text = ("Tory spokesman David Davis told MPs the plan would fail. David Davis said so. Mr Davis asked a question. "
            "Mr Davis said the government was confused.")
    r = process(text, ANY)
    assert not any(e.rule == "document.name_variant.first_use" for e in r.edits)


def test_two_letters_swapped_in_a_spelling_english_knows_hundreds_of_times_less():
    text = "Lloyd was arrested in June. Lloyd denied it. The jury did not see the text Llyod sent to his sister."
    assert "Llyod" not in process(text, ANY).text  # wordfreq has seen 'Llyod' (zipf 1.3), 'Lloyd' 500 times more
    two = "Singer Kristen Lee sang. Kristen smiled. Kristen left. Her manager, Kirsten Day, agreed."
    assert "Kirsten Day" in process(two, ANY).text  # two names English knows: two people


def test_a_place_in_its_russian_form_takes_the_current_name_the_article_uses_for_another():
    text = ("One person was injured in Konstantinovka due to the attack.\n\n“In Mirnograd, the Russians killed a man.”\n\n"
            "The army attacked Druzhkivka in Donetsk region.")
    r = process(text, ANY)
    assert "Kostiantynivka" in r.text and "Myrnohrad" in r.text and "Druzhkivka" in r.text
    only_russian = "Police in Kiev detained a man. The Lugansk militia said Gorlovka was shelled."
    assert process(only_russian, ANY).text == only_russian


def test_two_known_spellings_after_one_given_name_are_one_person():
    # probe:drop2 'Nicolas Aneka' beside 'Nicolas Anelka': English knows both spellings, the given name says one person
    text = ("Wenger said he would like to buy Nicolas Aneka.\n\n\"If a bid comes in for Nicolas Anelka we will look "
            "at it,\" he said. Anelka left. Nicolas Anelka smiled.")
    r = process(text, Config(require_english=False, detect_title=False))
    assert "Aneka" not in r.text and r.text.count("Anelka") == 4
    # no shared given name (Alan Thompson, the coach Thomson): two people may spell alike, still offered
    text = "Alan Thompson scored. Thompson left. Thomson, the coach, said so. Thompson agreed."
    r = process(text, Config(require_english=False, detect_title=False))
    assert r.text == text and [e.action for e in r.edits if e.rule == "document.name_variant"] == ["suggest"]
