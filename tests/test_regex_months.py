"""A regex rule may write out a month given as a number (``{month:\\N}``), for dates that
other languages order day/month."""

import re

import cleanup
from cleanup.repair import expand


def test_month_slot_names_the_month_and_leaves_an_impossible_one():
    m = re.match(r"(\d+)/(\d+)", "9/12")
    assert expand(m, r"{month:\2} \1") == "December 9"
    m = re.match(r"(\d+)/(\d+)", "9/13")
    assert expand(m, r"{month:\2} \1") == "13 9"
    assert expand(re.match(r"(a)", "a"), r"\1 {month}") == "a {month}"


def test_indonesian_weekday_date_through_the_chain():
    text = ("Police in Bandung said on Friday (3/12) that two suspects had been detained. "
            "The chief said the city remained conducive, Wednesday (9/12).\n")
    out = cleanup.process(text, cleanup.Config(source_language="id"))
    assert "Friday (December 3)" in out.text
    assert "Wednesday (December 9)" in out.text
    assert any(e.rule.endswith("weekday_day_month") for e in out.edits)


def test_the_same_date_is_left_alone_without_the_indonesian_pack():
    text = "Police in Leeds said on Friday (3/12) that two suspects had been detained.\n"
    out = cleanup.process(text, cleanup.Config(source_language="en"))
    assert "(3/12)" in out.text
