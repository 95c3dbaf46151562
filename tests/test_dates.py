"""Time-expression calques shared across source languages (rules/dates.toml): the day named
twice ('announced today, Monday') is applied whatever language is detected; the shapes with no
two real texts yet are offered, never applied; native English that looks alike stays."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.edits import replay

OFFERS = Config(min_confidence=0.4)


@pytest.mark.parametrize("text, want", [
    # Persian امروز چهارشنبه: not read as Arabic, so the ar pack's rule does not reach it
    ("In a press conference today, Wednesday, November 17, the spokesman of the Judiciary said the case was closed.",
     "In a press conference on Wednesday, November 17, the spokesman of the Judiciary said the case was closed."),
    ("The ministry announced today, Monday, that schools will reopen next week.",
     "The ministry announced on Monday that schools will reopen next week."),
    ("Parliament will vote tomorrow, Tuesday, on the new budget.",
     "Parliament will vote on Tuesday on the new budget."),
    ("Yesterday, Thursday, the army closed the road to the border.",
     "On Thursday, the army closed the road to the border."),
])
def test_day_named_twice_is_applied_without_a_language(text, want):
    res = process(text)
    assert res.text == want
    assert any(e.rule.startswith("dates.today_weekday") for e in res.edits)
    assert replay(text, res.edits) == res.text
    assert process(res.text).text == res.text


@pytest.mark.parametrize("text", [
    "Shops are open today, Monday and Tuesday, from nine.",
    "Today, Monday is the busiest day for hospital admissions.",
    "Shortly after 1am today (Sunday), police were alerted to the fire.",
    "The exhibition runs from today, Monday, until the end of March.",
    "The decision will come out tomorrow (Friday), the lawyer added.",
])
def test_native_days_stay(text):
    assert process(text, OFFERS).text == text


@pytest.mark.parametrize("text, want, rule", [
    ("The agreement was signed the past Monday in Madrid.", "The agreement was signed last Monday in Madrid.", "dates.the_past_weekday"),
    ("A fire broke out in the night to Sunday in a hotel.", "A fire broke out overnight into Sunday in a hotel.", "dates.night_to_weekday"),
    ("President Yoon met the envoy last 5th at the office.", "President Yoon met the envoy on the 5th at the office.", "dates.last_nth"),
    ("The two sides met in Beijing on the 5th of this month.", "The two sides met in Beijing on the 5th.", "dates.nth_of_this_month"),
    ("This Tuesday, the Congress approved the new law with 180 votes.", "On Tuesday, the Congress approved the new law with 180 votes.", "dates.this_weekday.sentence_start"),
])
def test_shapes_without_two_real_texts_are_offered_not_applied(text, want, rule):
    assert process(text).text == text
    res = process(text, OFFERS)
    assert res.text == want
    assert any(e.rule == rule for e in res.edits)


@pytest.mark.parametrize("text", [
    "This Tuesday, the Congress will vote on the new law.",
    "Prices have risen sharply over the past week.",
    "He finished 42nd last Sunday at Atlanta.",
    "The last 5 minutes of the match were chaotic.",
    "He was last seen on the night of Saturday, 3 May.",
])
def test_offers_leave_native_alone(text):
    assert process(text, OFFERS).text == text


@pytest.mark.parametrize("text", [
    # review33a: 'on' after a preposition ('for on Tuesday'): the day named twice stays there
    "The forecast for tomorrow, Tuesday, is for heavy rain across the north.",
    "Applications must be submitted by tomorrow, Friday, at noon.",
    "As of today, Monday, the new rules apply.",
    "The strike has continued since yesterday, Sunday, and no talks are planned.",
    "Compared with yesterday, Sunday, prices fell 2.5%.",
    # a list of days at a sentence's head
    "Today, Friday, Saturday and Sunday are public holidays in the emirate.",
])
@pytest.mark.parametrize("language", [None, "ar"])
def test_day_named_twice_stays_after_a_preposition_or_in_a_list(text, language):
    assert process(text, Config(min_confidence=0.4, source_language=language)).text == text


@pytest.mark.parametrize("text, want", [
    # no comma left between the verb and its object
    ("The ministry announced today, Monday, the names of the winners.",
     "The ministry announced on Monday the names of the winners."),
    # after an opening phrase the comma stays
    ("In Baghdad today, Monday, the ministry said schools would reopen.",
     "In Baghdad on Monday, the ministry said schools would reopen."),
    # 'I' of World War I and the i of i.e. are no speaker's 'I'
    ("The ministry announced today, Monday, that World War I archives would open.",
     "The ministry announced on Monday that World War I archives would open."),
    ("Talks resumed today, Monday, i.e. a day after the vote.", "Talks resumed on Monday, i.e. a day after the vote."),
])
def test_day_named_twice_commas_and_speakers(text, want):
    res = process(text)
    assert res.text == want
    assert replay(text, res.edits) == res.text


@pytest.mark.parametrize("text", [
    "Rent is due on the 1st of the month, the landlord said.",
    "He bogeyed the last 5th hole and dropped a shot.",
    "The shop was robbed in the night on Sunday.",
])
def test_offers_leave_native_dates_alone(text):
    assert process(text, OFFERS).text == text


def test_the_nth_of_the_month_is_offered_in_turkish_mt():
    text = "The suspect was caught on the 5th of the month in Izmir."
    res = process(text, Config(min_confidence=0.4, source_language="tr"))
    assert res.text == "The suspect was caught on the 5th in Izmir."
    assert any(e.rule == "tr.nth_of_the_month" for e in res.edits)
