"""One name in two transliterations more than a letter apart, and a long name cut short
(document.name_variant.transliteration, document.name_variant.dropped_end)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)
TRANSLIT = "document.name_variant.transliteration"
DROPPED = "document.name_variant.dropped_end"


def _changes(text: str, rule: str) -> list[tuple[str, str, str]]:
    return [(e.before, e.after, e.action) for e in process(text, CFG).edits if e.rule == rule]


def test_two_romanisations_become_the_one_used_most() -> None:
    text = "Manju Begum was taken to hospital. The dead was identified as Manjoo Begum. Manju was 40."
    assert _changes(text, TRANSLIT) == [("Manjoo", "Manju", "fix")]
    text = "Min-joon Kim spoke. Minjun Kim left. Min-joon Kim said so."
    assert _changes(text, TRANSLIT) == [("Minjun", "Min-joon", "fix")]
    # a space inside the name: two capitalised words written as one elsewhere
    text = "The police held Wang Mou on Friday. Wang Mou denied it. Later Wangmou confessed."
    assert _changes(text, TRANSLIT) == [("Wangmou", "Wang Mou", "fix")]


def test_one_against_one_without_outside_knowledge_is_offered() -> None:
    text = "The Egrichay river rose. Later the Egrichai flooded the town."
    assert _changes(text, TRANSLIT) == [("Egrichai", "Egrichay", "suggest")]


def test_words_accents_and_two_people_are_kept() -> None:
    for text in ("Théâtre du Châtelet reopened. The Theatre Royal followed. Theatre fans came.",
                 "Germanwings said so. A Germanwings plane fell. The German Wings flight was full.",
                 "Scott met the press. A Scot, he said, never forgets. Scott left.",
                 "Odin Lloyd was shot. Lloyd died. Lloyd was 27. Odin Loyd was his friend.",
                 "Manju Begum spoke. Manju Begum left. Manjoo Rahman stayed."):
        assert not _changes(text, TRANSLIT), text


def test_two_known_names_beside_different_names_are_two_people() -> None:
    for text in ("Chelsea signed Filip. Filip scored. Philip Neville said so.",
                 "Prince Philip arrived. Philip waved. Later Filip scored."):
        assert not _changes(text, TRANSLIT), text


def test_a_tie_between_two_names_english_has_seen_beside_different_names_is_left() -> None:
    # Mohammad Yousuf and Yusuf Pathan, each written twice: no offer either way
    assert not _changes("Yousuf scored. Yousuf ran. Yusuf agreed. Yusuf Pathan batted.", TRANSLIT)


def test_a_long_name_that_lost_its_end_is_offered_whole() -> None:
    # one real text (Fial's beside Fiala) and the probe: offered, not applied
    text = "Prime Minister Petr Fiala spoke. Fiala was not surprised. In addition to Fial's government, others spoke."
    assert _changes(text, DROPPED) == [("Fial", "Fiala", "suggest")]


def test_a_place_and_its_people_or_a_single_use_are_kept() -> None:
    for text in ("Russia said the Russian army and the Russians would stay. Russian troops left.",
                 "Prime Minister Petr Fiala spoke. In addition to Fial's government, others spoke.",
                 "Rooney went mad in the Bernab&#233;u. The Bernabeu roared. Bernabeu was full."):
        assert not _changes(text, DROPPED), text


def test_a_tie_between_a_split_and_a_joined_name_is_left_to_broken_name() -> None:
    out = process("Police detained Wang Mou on Friday. Wangmou denied it.", CFG)
    assert [(e.rule, e.after) for e in out.edits if "name" in e.rule] == [("document.broken_name", "Wangmou")]
