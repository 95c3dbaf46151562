"""Page furniture whose shape holds across sites and languages: a widget printed as a list item
('• Share on LINE'), a CMS label left in the site's language ('Artikel Populer', 'Bir yanıt
yazın'), a byline alone on its line, a reporter's credit with Cloudflare's hidden address; and
the native lines that look like them but stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process

ANY = Config(require_english=False)
LEAD = "Two men held after the attack\n\nPolice arrested two men on Monday in the capital.\n\nThey were taken to the city's main station."
TAIL = "The men will appear in court on Friday."


def _clean(middle: str) -> str:
    r = process(LEAD + "\n\n" + middle + "\n\n" + TAIL, ANY)
    return r.text


@pytest.mark.parametrize("line", [
    "• Share on Twitter\n• Share on LINE",
    "- Share on Facebook",
    "Artikel Populer",
    "Bir yanıt yazın",
    "Berita Lainnya",
    "Leia também:",
    "Articoli correlati",
    "Schreibe einen Kommentar",
    "관련기사",
    "By Angela Ulrich, ARD capital studio",
    "by times news cr",
])
def test_furniture_lines_go(line: str) -> None:
    out = _clean(line)
    assert all(part.strip("•- ") not in out for part in line.split("\n"))
    assert "appear in court" in out and "main station" in out


@pytest.mark.parametrize("line", [
    "By then the two men had already left the country, the police said.",
    "By train and by bus",
    "Artikel Populer was the blog's most read page, its editor said.",
    "- Share prices fell by a fifth on Monday.",
    "• Lire aussi is the name of the column he wrote for the paper.",
    "By Land And Sea",  # title-case headings, not a name
    "By The Numbers",
    "By Royal Appointment, the new shop opened",  # prose after the comma, not a desk
])
def test_prose_and_headings_stay(line: str) -> None:
    assert line.lstrip("•- ").split()[0] in _clean(line)
    r = process(LEAD + "\n\n" + line + "\n\n" + TAIL, ANY)
    assert line.lstrip("•- ") in r.text or line.lstrip("•- ")[:1].upper() + line.lstrip("•- ")[1:] in r.text


def test_a_lower_case_by_phrase_is_no_byline() -> None:
    r = process(LEAD + "\n\nby the way\n\n" + TAIL, ANY)
    assert not any(e.rule == "boilerplate.byline" for e in r.edits)


def test_reporter_credit_with_hidden_address_goes() -> None:
    out = _clean("The leader speaks at the station on the 7th. Reporter Song Eun-seok [email\u00a0protected]")
    assert "Reporter" not in out and "protected" not in out and "the station on the 7th." in out


def test_reporters_in_prose_stay() -> None:
    out = _clean("The leader spoke at the station on the 7th. Reporters waited outside.")
    assert "Reporters waited outside." in out


BODY = "The mayor took office on Monday and wore the sash for the first time.\n\nHe promised to clean the streets."


@pytest.mark.parametrize("head", [
    "Italy 24 Press News",
    "The Limited Times\n\nNow you can see non-English news...",
    "News Israel today\n\nlatest news from Israel in english",
])
def test_masthead_above_the_headline_goes(head: str) -> None:
    r = process(head + "\n\nNew mayor takes office in the port town\n\n" + BODY, ANY)
    assert r.title == "New mayor takes office in the port town"
    assert all(line not in r.text for line in head.split("\n\n"))


@pytest.mark.parametrize("text", [
    "Daily Mail editor\n\nThe new editor of the paper\n\n" + BODY,  # the name is the story's topic
    "Press freedom day\n\n" + BODY + "\n\nThe march was peaceful.",  # prose under the headline
    # a headline in sentence case above its deck: a site's name is in title case or has its tagline
    "Daily life in Gaza\n\nFamilies queue for water in the heat\n\nFamilies queue for hours for water in the heat "
    "of the day.\n\nThe UN says supplies are low.\n\nAid trucks are waiting.",
])
def test_headline_with_a_newspaper_noun_stays(text: str) -> None:
    r = process(text, ANY)
    assert r.title == text.split("\n\n")[0] and text.split("\n\n")[1] in r.text


def test_kicker_headline_between_paragraphs_gets_no_stop_and_is_offered() -> None:
    line = "Fiala: Even in the towns, we prefer a coalition of five parties"
    r = process(LEAD + "\n\n" + line + "\n\n" + TAIL, ANY)
    assert line in r.text and line + "." not in r.text
    assert any(e.rule == "boilerplate.teaser_line" and e.confidence < 0.7 for e in r.edits)


def test_speech_verb_colon_is_prose_and_gets_its_stop() -> None:
    line = 'The minister told reporters: "We will do everything we can to bring prices down"'
    r = process(LEAD + "\n\n" + line + "\n\n" + TAIL, ANY)
    assert 'down."' in r.text and not any(e.rule == "boilerplate.teaser_line" for e in r.edits)


def test_headline_printed_again_without_the_sites_name_goes() -> None:
    head = "Floods hit the north of the country after three days of rain"
    r = process(head + " | DAILY DIGITAL\n\n" + head + "\n\n" + BODY, ANY)
    assert r.title == head and head not in r.text


def test_trail_with_a_date_keeps_the_headline_below() -> None:
    head = "Floods hit the north of the country after three days of rain"
    r = process("date 2023-05-17 Home » " + head + "\n\n" + head + "\n\n" + BODY, ANY)
    assert head in (r.title or "") + r.text


LEDE = "The opposition leader on Friday warned the prime minister to think before he speaks at rallies."


def test_another_storys_headline_above_the_headline_goes() -> None:
    text = ("Leader welcomes the election date\n\nLeader warns the prime minister to think before he speaks\n\n"
            + LEDE + "\n\nHe spoke in the capital.")
    r = process(text, Config(require_english=False, source_language="ur"))
    assert r.title == "Leader warns the prime minister to think before he speaks" and "welcomes" not in r.text
    r = process(text.replace("date\n", "date | DAILY DIGITAL\n", 1), ANY)  # the site's name after a bar
    assert r.title == "Leader warns the prime minister to think before he speaks" and "welcomes" not in r.text


def test_a_native_standfirst_restating_the_lede_is_only_offered() -> None:
    # native layout: the standfirst restates the lede better than the headline does
    text = ("Storm Ciara batters Britain\n\nRail services cancelled and flights grounded as winds reach 90mph\n\n"
            "Rail services were cancelled and hundreds of flights grounded on Sunday as winds of up to 90mph hit the "
            "country.\n\nThe Met Office issued warnings.\n\nMore rain is due.")
    r = process(text, ANY)
    assert r.title == "Storm Ciara batters Britain"
    assert [e.action for e in r.edits if e.rule == "boilerplate.other_headline"] == ["suggest"]


def test_a_deck_under_the_headline_stays() -> None:
    r = process("Leader warns the prime minister\n\nA speech on the eve of the election campaign\n\n"
                + LEDE + "\n\nHe spoke in the capital.", ANY)
    assert r.title == "Leader warns the prime minister" and "A speech on the eve" in r.text


@pytest.mark.parametrize("lines", [
    "Subs not used: Cech, Zouma, Remy, Christensen, Brown, Ake\n\nBooked: Matic, Costa, Fabregas, Ivanovic, Terry, "
    "Cahill\n\nScorers: Hazard 23, Costa 78, Willian 85, Oscar 90",
    "Chelsea: Courtois, Ivanovic, Cahill, Terry, Azpilicueta\n\nSubs: Cech, Zouma, Remy, Christensen\n\n"
    "Booked: Matic, Costa, Fabregas",
])
def test_a_line_up_after_its_labels_is_no_list_of_kicker_headlines(lines: str) -> None:
    text = "The match was played in heavy rain on Saturday.\n\n" + lines + "\n\nThe visitors left for home that evening."
    r = process(text, Config(require_english=False, detect_title=False))
    assert r.output == text and not any(e.rule == "boilerplate.teaser_line" for e in r.edits)


@pytest.mark.parametrize("line", [
    "More details are available at www.example.com/reuters",  # an address, no credit
    "The results are due next week and will be published on the council's website /ap",
])
def test_a_slash_in_prose_is_no_wire_credit(line: str) -> None:
    r = process(LEAD + "\n\n" + line + "\n\n" + TAIL, ANY)
    assert line in r.text and not any(e.rule == "boilerplate.caption" for e in r.edits)


def test_an_inequality_is_no_html_tag() -> None:
    text = "The test showed a < b > c for every sample taken, the scientists said."
    assert process(text, ANY).output == text
    assert process("The <strong>cabinet</strong> met.<br /> It was < p>late.", ANY).output == "The cabinet met. It was late."
