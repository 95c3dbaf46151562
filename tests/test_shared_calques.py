"""Calques of the shared phrase table (rules/phrases.toml): they apply whatever language is
detected, since real MT about another country's news is often not detected as its source
language, and they leave the same words alone where they are English."""

from __future__ import annotations

import pytest

from cleanup import Config, process


def _fixed(text: str) -> str:
    return process(text, Config(require_english=False, detect_title=False)).text


def _rules(text: str) -> set[str]:
    res = process(text, Config(require_english=False, detect_title=False))
    return {part for e in res.edits for part in e.rule.split("+")}


@pytest.mark.parametrize("text, want, rule", [
    # Spanish MT about Iran, detected as no language: the weekday calque still goes
    ("Khamenei indicated this Saturday that the enemies are trying to divide the country.",
     "Khamenei indicated on Saturday that", "phrases.this_weekday"),
    ("She said this Friday evening that she would run again.", "She said on Friday evening that", "phrases.this_weekday"),
    ("The police confirmed this saturday the death of the man.", "confirmed on Saturday the death",
     "phrases.this_weekday"),
    ("The head of the OVA added that two houses were damaged.",
     "The head of the regional military administration added", "phrases.ova_head"),
    ("This was announced by the head of the Kharkiv OVA Oleg Sinegubov.",
     "the Kharkiv Regional Military Administration Oleg", "phrases.region_ova"),
    ("Candidate Lee visited the cemetery on Sunday.", "Lee visited the cemetery", "phrases.candidate_surname"),
])
def test_calque_is_repaired_without_a_detected_language(text: str, want: str, rule: str) -> None:
    assert want in _fixed(text)
    assert rule in _rules(text)


@pytest.mark.parametrize("text", [
    "The talks will resume this Friday, the minister said.",
    "He said this Friday's match would be his last.",
    "Democratic Party Candidate Lee said he would visit Busan.",
    "Democratic Party candidate Lee Jae-myung said he would visit Busan.",
    "The rapper, known as Hova, released the album in 2003.",
    "The Kharkiv Regional Military Administration said two people were hurt.",
    # native copy: the day belongs to what follows, an American candidate, the rapper, the imperative
    "The coach said this Friday will be his last game in charge of the club.",
    "Forecasters warned this Sunday could bring the heaviest snow of the winter.",
    "The club confirmed this Saturday as the date for the final.",
    "She added this Thursday to her schedule of rallies in Ohio.",
    "Candidate Obama promised to close the prison at Guantanamo Bay.",
    "Jay-Z, known to fans as the Hova, released a new single.",
    "Recall, for example, that the bank raised rates twice in 2008.",
    "Recall, too, the promises made before the last election.",
])
def test_english_with_the_same_words_is_left_alone(text: str) -> None:
    assert not {r for r in _rules(text) if r.startswith("phrases.")}


@pytest.mark.parametrize("text, want", [
    ("I was fortunate to work with Modi ji as Minister of State.", "work with Modi as"),
    ("During this, Shri Sarma cornered the Congress government.", "During this, Sarma cornered"),
])
def test_hindi_honorific_is_offered(text: str, want: str) -> None:
    res = process(text, Config(require_english=False, detect_title=False))
    offered = [e for e in res.edits if "phrases.hindi_honorific" in e.rule]
    assert offered and all(e.action == "suggest" for e in offered)
    assert f"{offered[0].after} " in want and res.text == text


@pytest.mark.parametrize("text", [
    "The footballer Park Ji-sung scored twice.",
    "The leader will visit the Shri Swaminarayan Mandir on Sunday.",
    "She studied at Shri Ram College of Commerce.",
])
def test_names_with_ji_or_shri_are_left_alone(text: str) -> None:
    assert "phrases.hindi_honorific" not in _rules(text)


@pytest.mark.parametrize("text, want", [
    ("He denounces that Sánchez did not disavow his vice president.", "complains"),
    ("He criticizes that the government is sitting idle.", "complains"),
    ("The minister has denounced, however, that the opposition blocks every reform.", "has complained"),
])
def test_spanish_denounces_that_is_offered(text: str, want: str) -> None:
    res = process(text, Config(require_english=False, detect_title=False, source_language="es"))
    assert [e.after for e in res.edits if e.rule == "es.denounced"] == [want]


@pytest.mark.parametrize("text", [
    "The opposition criticizes that decision every week.",
    "The minister denounced the attack as cowardly.",
])
def test_denounce_with_an_object_is_left_alone(text: str) -> None:
    res = process(text, Config(require_english=False, detect_title=False, source_language="es"))
    assert not [e for e in res.edits if e.rule == "es.denounced"]


@pytest.mark.parametrize("text, want", [
    ("He faces up to 7 years in prison. Recall, earlier a man caused a fire.", "As reported earlier, a man caused"),
    ("Two people were hurt. We will remind, in Kamianets the police detained a man.", "As a reminder, in Kamianets"),
])
def test_ukrainian_reminder_opening_is_repaired(text: str, want: str) -> None:
    assert want in _fixed(text)


@pytest.mark.parametrize("text", [
    "After the product recall, earlier models were withdrawn.",
    "We will remind voters of our record.",
    "Witnesses could not recall that night.",
])
def test_recall_in_english_is_left_alone(text: str) -> None:
    assert not {r for r in _rules(text) if r.startswith("phrases.reminder")}


def test_korean_day_of_month_after_today_goes() -> None:
    assert "apologized today regarding" in _fixed("The director apologized today (23rd) regarding the incident.")


@pytest.mark.parametrize("text", [
    "The Supreme Council met this morning (7th) in Seoul.",
    "The match is today (kick-off 3pm).",
])
def test_other_brackets_after_a_day_are_left_alone(text: str) -> None:
    assert "phrases.today_day_of_month" not in _rules(text)


@pytest.mark.parametrize("text, want", [
    ("The army said in Beirut today, Thursday, noting that it arrested nine people.", "in Beirut on Thursday, noting that"),
    ("An MP expected today, Friday, that prices would fall.", "expected on Friday that prices"),
    ("Today, Friday, the committee said the rate would fall.", "On Friday, the committee said"),
    ("The new rate applies from today, Sunday.", "applies from Sunday."),
])
def test_arabic_today_weekday_keeps_the_comma_before_a_participle(text: str, want: str) -> None:
    res = process(text, Config(require_english=False, detect_title=False, source_language="ar"))
    assert want in res.text
