"""The words the name-variant rules compare (cleanup/name_words.py): names a Turkish, Polish or Czech
capital opens, and a person one letter from a place (bench/name_inventory.py)."""

from __future__ import annotations

import cleanup
from bench.name_inventory import KEEPS, article
from cleanup.name_words import given_names, names, vietnamese


def _fixes(result: cleanup.Result) -> list[tuple[str, str, str]]:
    return [(e.rule, e.before, e.after) for e in result.edits if e.action == "fix"]


def test_capitals_of_latin_extended_open_names() -> None:
    words = [m.group(1) for m in names("Şırnak and İzmir, Łukasz and łódź, Nguyễn and Merz")]
    assert words == ["Şırnak", "İzmir", "Łukasz", "Nguyễn", "Merz"]


def test_a_packs_pair_with_a_turkish_capital_is_unified() -> None:
    # the tr pack lists Şırnak/Sirnak; the name stage never saw a word that Ş opens
    text = article(("The governor of Şırnak", "Şırnak", "Sirnak", "Şırnak"))
    out = cleanup.process(text, cleanup.Config(source_language="tr"))
    assert ("document.name_variant.known", "Sirnak", "Şırnak") in _fixes(out)
    assert "Sirnak" not in out.text


def test_a_polish_given_name_with_and_without_its_mark() -> None:
    text = article(("Łukasz Szumowski", "Łukasz Szumowski", "Lukasz Szumowski", "Łukasz Szumowski"))
    out = cleanup.process(text, cleanup.Config(source_language="ru"))
    assert [e.after for e in out.edits if e.before == "Lukasz"] == ["Łukasz"]


def test_vietnamese_names_are_only_offered() -> None:
    assert vietnamese("Nguyễn") and not vietnamese("Erdoğan")
    text = article(("Nguyễn Phú Trọng", "Nguyễn Phú Trọng", "Nguyen Phu Trong", "Nguyễn Phú Trọng"))
    out = cleanup.process(text, cleanup.Config(source_language="vi"))
    assert out.text == text
    assert any(e.before == "Nguyen" and e.after == "Nguyễn" for e in out.suggestions)


def test_vietnamese_horned_letters_are_compared_and_offered() -> None:
    # ơ and ư (Latin Extended-B) open and fill Vietnamese names: 'Trương' beside 'Truong' (review33b)
    assert [m.group(1) for m in names("Trương and Ưng met Lưu")] == ["Trương", "Ưng", "Lưu"]
    assert vietnamese("Trương")
    text = article(("Trương Mỹ Lan", "Trương", "Truong", "Trương"))
    out = cleanup.process(text, cleanup.Config(source_language="vi"))
    assert out.text == text
    assert any(e.before == "Truong" and e.after == "Trương" for e in out.suggestions)


def test_a_person_one_letter_from_a_place_keeps_his_name() -> None:
    for slots in (("King Abdullah of Jordan", "the King of Jordan", "Danny Jordaan", "the King of Jordan"),
                  ("Georgia's prime minister", "Irakli Kobakhidze", "Georgiy Gongadze", "Kobakhidze")):
        text = article(slots)
        assert cleanup.process(text).text == text


def test_a_slip_for_a_place_is_still_mended() -> None:
    text = article(("King Abdullah of Jordan", "the King of Jordan", "Jordn", "the King of Jordan"))
    assert "Jordn" not in cleanup.process(text).text
    # a town the gazetteer lists is no country: 'Carlos Adrino' beside 'Mr Adriano' is a slip
    text = article(("Carlos Adriano", "Mr Adriano", "Carlos Adrino", "Mr Adriano"))
    assert "Adrino" not in cleanup.process(text).text


def test_a_slip_for_a_country_before_an_english_word_is_mended() -> None:
    # 'Rusia Today', 'Kenia Airways' (es): the word before 'Today' is no given name (review33b)
    for slip, country, text in (
            ("Rusia", "Russia", "Speaking to Rusia Today on Monday, the minister said talks would go on. Russia said "
             "it would answer. Russia's envoy left the meeting early. Officials in Russia agreed."),
            ("Kenia", "Kenya", "A plane of Kenia Airways landed on Monday. Kenya said the crew was safe. Kenya's "
             "minister spoke later. Kenya sent help.")):
        out = cleanup.process(text, cleanup.Config(source_language="es"))
        assert (slip, country) in [(e.before, e.after) for e in out.edits if e.action == "fix"]


def test_a_given_name_before_a_surname_seen_alone_still_counts() -> None:
    # 'Young' is an English word, but the article writes it alone as a surname
    given = given_names("Danny Young met them. Later, officials said Young left.", {"Young": {"Danny"}})
    assert given == {"Danny"}
    assert not given_names("Speaking to Rusia Today on Monday.", {"Today": {"Rusia"}})


def test_the_inventorys_keeps_stay() -> None:
    for _, slots in KEEPS:
        text = article(slots)
        assert cleanup.process(text).text == text, slots


def test_a_source_language_title_keeps_its_letters() -> None:
    # the page prints the Turkish title above the English text (mining:m_tr_gozcu_kilicdaroglu-izmir-rally)
    title = "Bakan İzmir ziyaretinde konuştu: limana yeni yatırımlar gelecek ve şehir büyüyecek"
    body = article(("The minister", "he", "the people of Izmir", "Izmir officials"))
    out = cleanup.process(title + "\n\n" + body, cleanup.Config(source_language="tr"))
    assert not [e for e in out.edits if e.before == "İzmir"]


def test_romanisations_without_real_evidence_are_only_offered() -> None:
    # document.translit_offers: Cyrillic ye/e, German oe/ö, Japanese ou/o
    for slots, before, after in ((("Yevgeny Prigozhin", "Prigozhin", "Evgeny Prigozhin", "Yevgeny Prigozhin"), "Evgeny", "Yevgeny"),
                                 (("Jürgen Köhler", "Köhler", "Koehler", "Köhler"), "Koehler", "Köhler"),
                                 (("Taro Kono", "Kono", "Kouno", "Kono"), "Kouno", "Kono")):
        text = article(slots)
        out = cleanup.process(text)
        assert out.text == text
        assert [(e.before, e.after) for e in out.suggestions if e.rule == "document.name_variant.transliteration"] == [(before, after)]
