"""Site leftovers of real MT pages: date bars, tail labels, credits, agency tags, speaker captions,
untranslated lines; and the native lines that look like them but stay."""

from __future__ import annotations

import pytest

from cleanup import Config, process
from cleanup.boilerplate import _untranslated

ANY = Config(require_english=False)
LEAD = "Police arrested two men on Monday in the capital.\n\nThey were taken to the city's main station."


MT = Config(require_english=False, source_language="th")  # a page detected as MT: these leftovers go


def _removed(line: str, config: Config = ANY) -> bool:
    r = process(LEAD + "\n\n" + line + "\n\nThe men will appear in court on Friday.", config)
    assert process(r.text, config).text == r.text
    return line.strip() not in r.text and "appear in court" in r.text


@pytest.mark.parametrize("line", [
    "28 December 2022 - 07:20 WIB",
    "Last Updated: 21 March 2023 - 09:00",
    "Kamis 28 Jun 2012 19:35 WIB",
    "Friday, 09/20/2024",
    "Released: 31.05.2023 – 19:26",
    "23 Jun 2022 2:21 p.m.",
    "Sign in to leave a comment",
    "About the author",
    "More from author",
    "Related Post",
    "Latest Articles",
    "- Advertisement -spot_img",
    "Foto:",
    "Foto: Antara/Azhari",
    "Students are detained at the Central Jakarta Police/ Photo; IST",
    "Download the NTV application, be informed of developments",
    "https://news.example.ru/img/2020/05/13/040945.jpg",
    "[Phone] 02-398-8585",
    "[Mail] social@ytn.co.kr",
    "Contact: 18503913377 statement:.",
    "[Kakao Talk] YTN Search and Add Channel",
    "[Copyright holder (c) YTN Unauthorized reproduction, redistribution and use of AI data prohibited].",
    "※ 'Your report becomes news'",
    "Politics",
    "• news",
    "Internal Affairs",
    "HOME",
])
def test_site_leftover_line_goes(line):
    assert _removed(line, MT if line.strip("• ").lower() in ("politics", "news", "internal affairs", "home") else ANY)


def test_section_names_in_native_copy_are_subheads_and_stay():
    text = ("Labour has published its manifesto for the election on Monday.\n\nHealth\n\nThe party pledged "
            "10,000 more nurses by 2030.\n\nEducation\n\nIt promised smaller classes.\n\nCrime\n\nMore police "
            "officers would be hired, it said.")
    r = process(text, Config(require_english=False, detect_title=False))
    assert r.text == text and [e.rule for e in r.suggestions].count("boilerplate.section_label") == 3


def test_a_foreign_quotation_in_native_copy_stays():
    text = ("Mr Macron told the crowd in French:\n\nNous sommes avec vous et nous ne vous abandonnerons pas dans "
            "cette lutte pour la liberté\n\nThe speech was broadcast live.")
    assert "Nous sommes avec vous" in process(text, ANY).text


@pytest.mark.parametrize("line", [
    # a football fixture of a BBC sports page: a date without a year and a kick-off time
    "Saturday, 26 February",
    "1945 GMT",
    "On 28 December 2022 the police closed the road at 07:20.",
    "About the author of the report, little is known beyond her name.",
    "Related talks in Geneva last year also failed to bring the two sides closer to a deal.",
    "The hotline, 02-398-8585, was open all night, the ministry said.",
    "Politics is a hard trade, its new leader said.",
    "World leaders",
])
def test_native_line_stays(line):
    assert not _removed(line)


def test_agency_bracket_and_reporter_credit_go_before_the_lede():
    r = process("[서울=뉴시스] Reporter Lee Seung-jae = The Democratic Party criticized the plan on the 2nd.", ANY)
    assert r.text == "The Democratic Party criticized the plan on the 2nd."


def test_site_address_and_city_go_even_after_a_joined_headline():
    r = process("Police Secure 14 People After the Station Fire inp.polri.go.id – Jakarta. The police have "
                "arrested 14 people on Tuesday night.", ANY)
    assert "polri" not in r.text and "The police have arrested 14 people" in r.text


def test_bracketed_site_abbreviation_goes_but_a_native_dateline_stays():
    assert process("(LSO) – On September 16, the committee met.", ANY).text == "On September 16, the committee met."
    cnn = "(CNN) -- Police arrested two men on Monday."
    assert process(cnn, ANY).text == cnn


def test_speaker_caption_becomes_an_attribution():
    text = LEAD + "\n\n[Lee Jae-myung/Representative of the Democratic Party]\n“I will attend on my own feet.”"
    r = process(text, ANY)
    assert "Lee Jae-myung, Representative of the Democratic Party, said:\n\n“I will attend on my own feet.”" in r.text
    assert any(e.rule.startswith("boilerplate.speaker_label") and e.action == "fix" for e in r.edits)
    assert process(r.text, ANY).text == r.text


def test_speaker_caption_with_speech_is_only_offered():
    text = LEAD + "\n\n[Lee Jae-myung / Democratic Party leader: It showed the level of diplomacy.]"
    r = process(text, ANY)
    assert r.text == text
    assert any(e.rule == "boilerplate.speaker_caption" and e.after.endswith("said: “It showed the level of diplomacy.”")
               for e in r.suggestions)


def test_untranslated_line_removed_when_sure_offered_when_not():
    sure = "\"kinian para tersangka bakal ditahan selama 20 hari di Rutan KPK. (Penahan atas, red) pungkas Ghufron."
    assert _removed(sure, MT)
    weak = "BACA JUGA: Update Berita Politik Perspektif, Klik di Sini"
    r = process(LEAD + "\n\n" + weak, ANY)
    assert weak in r.text
    assert any(e.rule == "boilerplate.untranslated_line" for e in r.suggestions)


@pytest.mark.parametrize("line", [
    "J Laharrague; A Rougerie, Y Jauzion; S Marconnet, J de Villiers, G du Toit, J van der Westhuyzen",
    "Macarena (Bayside Boys Mix), Los Del Rio",
    "Erdoğan ve Bahçeli",
    "The word di in Indonesian means at, and dan means and.",
])
def test_lines_that_are_not_untranslated(line):
    assert _untranslated(line) is None


def test_line_patterns_read_a_run_of_spaces_in_linear_time():
    """A line rule's optional parts each open with their own spaces: adjacent ``\\s*`` made a
    date bar followed by thousands of spaces take seconds (quadratic), which no line may."""
    import time

    from cleanup.rules import load_rules

    gap = " " * 20000
    lines = [f"{head}{gap}x" for head in ("28 December 2022", "Updated", "Updated:", "Politics", "• ",
                                          "2023-05-15 03:30:56 |", "28 December 2022 - 07:20", "Friday,")]
    start = time.perf_counter()
    for rule in load_rules().by_kind("line"):
        for pattern in rule.compiled:
            for line in lines:
                pattern.fullmatch(line)
    assert time.perf_counter() - start < 10


def test_a_source_tag_reads_a_long_capitalised_word_in_linear_time():
    """'Source: <agency>' once let its words split a long capitalised run every possible way
    before a mark at the line's end failed it (90 capitals: 25 s)."""
    import time

    from cleanup.rules import load_rules

    (rule,) = [r for r in load_rules().rules if r.id == "boilerplate.agency_tag"]
    line = "The storm hit the coast on Monday. Source: " + "A" * 200 + "!"
    start = time.perf_counter()
    assert rule.compiled.search(line) is None
    assert time.perf_counter() - start < 1
    assert rule.compiled.search("The governor said more areas would be found. Source: Thai News Agency")
