"""Source-language detection (cleanup/language.py): evidence, then a decision that prefers
null to a wrong language.  Every text here is written for the test."""

from __future__ import annotations

import re
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup.errors import RuleError
from cleanup.language import (
    MAX_COUNTED,
    MIN_SCORE,
    Detection,
    detect,
    required_literals,
    signals_from_table,
)

PACKS = Path(__file__).resolve().parent.parent / "rules" / "packs"

KO = signals_from_table({"patterns": [
    {"id": "hyphenated_given_name", "weight": 2.0, "topic": True,
     "pattern": r"\b(?:Kim|Lee|Park|Choi|Yoon) [A-Z][a-z]+-[a-z]+\b"},
    {"id": "places", "weight": 1.0, "topic": True, "pattern": r"\b(?:Seoul|Busan|Incheon)\b"},
    {"id": "day_without_month", "weight": 2.0, "pattern": r"(?i)\bon the \d{1,2}(?:st|nd|rd|th)\b(?! of)"},
    {"id": "title_before_surname", "weight": 2.5, "pattern": r"\b(?:Representative|CEO) (?:Lee|Kim|Park)\b"},
]})
ZH = signals_from_table({"patterns": [
    {"id": "day_without_month", "weight": 2.0, "pattern": r"(?i)\bon the \d{1,2}(?:st|nd|rd|th)\b(?! of)"},
    {"id": "mou_placeholder", "weight": 3.0, "pattern": r"\b[A-Z][a-z]{1,5} ?(?:[Mm]oumou|[Mm]ou)\b"},
    {"id": "officialese", "weight": 2.5, "pattern": r"(?i)\b(?:public security organs?|according to law)\b"},
    {"id": "pinyin_name", "weight": 1.0, "topic": True, "pattern": r"\b(?:Wang|Zhang|Li) [A-Z][a-z]{1,6}\b"},
]})
PACKS_SIGNALS = {"ko": KO, "zh": ZH}

KOREAN_MT = (
    "On the 24th, Representative Lee Jae-myung of the Democratic Party said the budget must pass. "
    "Representative Lee added that Kim Min-jun, a lawmaker from Busan, agreed with him on the 25th."
)
CHINESE_MT = (
    "On the 3rd, Zhang Moumou was summoned by the public security organs and dealt with according "
    "to law. Wang Wei, the director, said Zhang Moumou had confessed."
)
NATIVE = (
    "The government said on Tuesday that it would publish the report next month. Ministers "
    "have been under pressure from MPs to explain the delay, which critics called unacceptable."
)


def test_korean_snippet_is_korean_with_its_evidence() -> None:
    found = detect(KOREAN_MT, PACKS_SIGNALS)
    assert found.language == "ko"
    assert "ko.title_before_surname x2" in found.evidence
    assert "ko.day_without_month x2" in found.evidence
    assert "ko.hyphenated_given_name x2" in found.evidence
    assert found.score >= MIN_SCORE


def test_chinese_snippet_is_chinese() -> None:
    found = detect(CHINESE_MT, PACKS_SIGNALS)
    assert found.language == "zh"
    assert found.evidence[0] == "zh.mou_placeholder x2"  # strongest first


def test_native_english_is_null() -> None:
    found = detect(NATIVE, PACKS_SIGNALS)
    assert found == Detection(None, 0.0, ())


def test_topic_alone_never_decides() -> None:
    # native news about Korea: names and places, however many, say what the text is about
    text = " ".join(["Kim Jong-un met Moon Jae-in in Seoul, and Lee Hae-chan flew to Busan."] * 20)
    found = detect(text, PACKS_SIGNALS)
    assert found.language is None
    assert "ko.hyphenated_given_name x3" in found.evidence  # seen, reported, not enough


def test_one_style_signal_is_thin_evidence() -> None:
    found = detect("Representative Lee spoke to reporters in the morning.", PACKS_SIGNALS)
    assert found.language is None
    assert found.evidence == ("ko.title_before_surname x1",)


def test_evidence_split_between_languages_is_null() -> None:
    # the shared date shape adds to both; one Korean and one Chinese style mark tie
    text = "On the 3rd, Representative Lee met Zhang Moumou. On the 4th they left."
    found = detect(text, PACKS_SIGNALS)
    assert found.language is None


def test_a_signal_counts_at_most_three_matches() -> None:
    three = detect("CEO Lee, CEO Kim, CEO Park.", {"ko": KO}).score
    many = detect("CEO Lee, CEO Kim, CEO Park, CEO Lee, CEO Kim, CEO Park.", {"ko": KO}).score
    assert three == many == 2.5 * MAX_COUNTED


def test_no_packs_gives_null() -> None:
    assert detect(KOREAN_MT, {}) == Detection(None, 0.0, ())


@pytest.mark.parametrize("table, message", [
    ({"patterns": [{"id": "x", "pattern": "(", "weight": 1}]}, "not a valid regex"),
    ({"patterns": [{"id": "x", "pattern": "a*", "weight": 1}]}, "empty string"),
    ({"patterns": [{"id": "x", "pattern": "a", "weight": 0}]}, "positive number"),
    ({"patterns": [{"id": "x", "pattern": "a", "weight": True}]}, "positive number"),
    ({"patterns": [{"id": "Bad Id", "pattern": "a", "weight": 1}]}, "lower-case"),
    ({"patterns": [{"id": "x", "pattern": "a", "weight": 1}, {"id": "x", "pattern": "b", "weight": 1}]}, "twice"),
    ({"patterns": [{"id": "x", "pattern": "a", "weight": 1, "colour": "red"}]}, "unknown keys"),
    ({"patterns": [{"id": "x", "pattern": "a", "weight": 1, "topic": "yes"}]}, "true or false"),
    ({"patterns": "a"}, "must be a list"),
    ({"pattern": []}, "unknown keys"),
])
def test_malformed_tables_say_what_to_fix(table: dict, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        signals_from_table(table)


def test_detection_is_linear_on_long_adversarial_text() -> None:
    small = "Kim Min- " * 2_000 + "On the 3" * 2_000 + "Zhang Mou" * 2_000
    start = time.process_time()
    detect(small, PACKS_SIGNALS)
    t_small = time.process_time() - start
    start = time.process_time()
    detect(small * 10, PACKS_SIGNALS)
    t_big = time.process_time() - start
    assert t_big < 2.0
    assert t_big < 40 * max(t_small, 1e-3)  # ten times the text, not a hundred times the time


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_and_decides_only_on_enough_evidence(text: str) -> None:
    found = detect(text, PACKS_SIGNALS)
    assert found.language in (None, "ko", "zh")
    if found.language is not None:
        assert found.score >= MIN_SCORE and len(found.evidence) >= 2


def _pack_tables() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(PACKS.glob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        if "detect" in doc:
            out.append((path.name, doc["detect"]))
    return out


@pytest.mark.parametrize("name, table", _pack_tables() or [pytest.param("none", {}, marks=pytest.mark.skip)])
def test_shipped_detect_tables_compile(name: str, table: dict) -> None:
    signals = signals_from_table(table)
    assert signals.patterns, f"{name}: an empty [detect] table detects nothing"
    for entry in table["patterns"]:  # a TOML key pasted inside a pattern makes it match nothing
        assert not re.search(r"\b(?:topic|weight|id) = ", entry["pattern"]), (name, entry["id"])
    assert detect(NATIVE, {"xx": signals}).language is None


def _module_patterns() -> list[re.Pattern]:
    from cleanup import boilerplate, document, lexicon, normalize, quotes, segment

    return [v for m in (normalize, quotes, segment, document, boilerplate, lexicon)
            for v in vars(m).values() if isinstance(v, re.Pattern)]


_MATCHING = st.text(alphabet=st.sampled_from(list(" .,;:!?\"'“”‘’«»()-\n\t\u00a0\ufe0f\u200bAaBbSsTt19`")), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MATCHING, min_size=1, max_size=6))
def test_required_literals_are_in_every_text_a_pattern_matches(pieces: list[str]) -> None:
    """The scan a stage skips when none of a pattern's literals is in the text would have found nothing."""
    text = " ".join(pieces)
    for pattern in _module_patterns():
        literals = required_literals(pattern)
        if literals is not None and pattern.search(text):
            assert any(s in text for s in literals), (pattern.pattern, text)


def test_needles_are_in_every_sample_a_shipped_signal_matches() -> None:
    """Detection skips a signal whose needles are absent: on texts where a signal matches,
    one of its needles must be there (else the skip would change the detected language)."""
    from cleanup.analysis import detection_signals
    from cleanup.rules import load_rules

    samples = Path(__file__).resolve().parent.parent / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    texts += ["Kim Min-jun met Lee Seo-yeon on the 3rd in Seoul (Yonhap).", "Zhang Moumou, 3 billion yuan, Rp 5"]
    checked = 0
    for signals in detection_signals(load_rules(())).values():
        for sig in signals.patterns:
            if sig.needles is None:
                continue
            for text in texts:
                if sig.pattern.search(text):
                    checked += 1
                    assert any(n in (text if sig.cased else text.lower()) for n in sig.needles), sig.id
    assert checked >= 5


def _scanned_patterns() -> list[re.Pattern]:
    return [p for p in _module_patterns() if required_literals(p) is not None]


@pytest.mark.parametrize("pattern", _scanned_patterns(), ids=lambda p: p.pattern[:30])
def test_every_text_a_pattern_matches_holds_one_of_its_literals(pattern: re.Pattern) -> None:
    """Texts drawn from the pattern itself (hypothesis.from_regex): each holds a literal."""
    literals = required_literals(pattern)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        if pattern.search(text):
            assert any(s in text for s in literals), (pattern.pattern, text)

    check()


def test_required_literals_keep_case_and_join_repeats() -> None:
    assert required_literals(re.compile(r"(?<=[a-z]{2}) +\.(?=[A-Z])")) == (" .",)
    assert required_literals(re.compile(r"\b(?:Kim|Lee) [A-Z]")) == ("Kim ", "Lee ")
    assert required_literals(re.compile(r"\b(?:on|from) the \d")) == ("from the ", "on the ")
    assert required_literals(re.compile(r"(\() +|[,;]")) == ("( ", ",", ";")
    assert required_literals(re.compile(r"(\() +|[a-z]")) is None  # a branch with no literal
    assert required_literals(re.compile(r"(?i)\bkim\b")) is None
    assert required_literals(re.compile(r"[a-z]+")) is None


def test_required_literals_join_across_groups_and_assertions() -> None:
    """A group's last letters, a look-behind's and a look-ahead's are side by side with what follows."""
    quote_stop = required_literals(re.compile(r'([^\W_][”"]) (?=[.,](?:\s|$))(?!\. \.)'))
    assert quote_stop == ('" ,', '" .', '” ,', '” .')
    assert required_literals(re.compile(r'(?<=[?!][”"])\.(?=\s)')) == ('!".', '!”.', '?".', '?”.')
    assert required_literals(re.compile(r"(?<=\w[.,!?…])‘")) == ("!‘", ",‘", ".‘", "?‘", "…‘")
    assert required_literals(re.compile(r"(\w+) (?=\d)")) == (" ",)  # the look-ahead adds nothing known
    for text in ('he said" . Then', 'it was” , and'):
        assert any(n in text for n in quote_stop)


def test_topic_signals_decide_only_in_a_text_that_shows_mt_damage():
    from cleanup.analysis import detect_source, detection_signals
    from cleanup.rules import load_rules

    packs = detection_signals(load_rules())
    native = ("Kim Min-jun of the People Power Party met Lee Seo-yeon of the Democratic Party of Korea "
              "in Seoul on Monday. Kim Min-jun said the National Assembly would vote on the budget in Busan.")
    damaged = native.replace("on Monday.", "on Monday. and").replace("budget in", "budget. and in")
    assert detect_source(native, packs).language is None
    assert detect_source(damaged, packs).language == "ko"


@pytest.mark.parametrize("text, lang", [
    # Vietnamese MT: a name, a dash and the title; a birth year and a residence; "propagate about"
    ("Mr. Tran Van Binh - Chairman of the District People's Committee said the commune had worked to "
     "propagate about the new law. Mr. Le Van Nam - born in 1990; residence: Dong village, was fined.", "vi"),
    # Indonesian MT: a translated police rank, an Indonesian domain and dateline, "brother" before initials
    ("antaranews.co.id – The police named brother AS a suspect, said Police Grand Commissioner Budi, "
     "reported from, Monday. The suspect was detained.", "id"),
    # Thai MT: persons in quotation marks as subjects, "As for whether"
    ("“Somchai” insists there is no deal after “Somsak” took a trip. As for whether the party will "
     "join, Mr. Somchai said it was normal. Mr. Somsak said nothing.", "th"),
])
def test_style_signals_of_a_language_decide_without_topic(text: str, lang: str) -> None:
    from cleanup.analysis import detect_source, detection_signals
    from cleanup.rules import load_rules

    assert detect_source(text, detection_signals(load_rules())).language == lang


def test_quoted_titles_of_native_news_are_no_thai_evidence() -> None:
    from cleanup.analysis import detect_source, detection_signals
    from cleanup.rules import load_rules

    native = ('"Frozen" was the biggest film of the year and "Jazz" is on at the Barbican. '
              "The critics said the show in London was a success.")
    assert detect_source(native, detection_signals(load_rules())).language is None


def test_a_grouped_screen_answers_as_the_literals_do() -> None:
    """literal_screen groups a rule's literals under shared substrings: on every text it must
    say what searching each literal says (else a stage would skip a scan that finds something)."""
    from cleanup.literals import any_in, literal_screen
    from cleanup.rules import load_rules

    lists = [lits for r in load_rules(()).by_kind("regex") if (lits := required_literals(r.compiled))]
    grouped = [lits for lits in lists if len(literal_screen(lits)) < len(lits)]
    assert len(grouped) >= 10
    texts = [NATIVE, KOREAN_MT, CHINESE_MT, "Kyiv OVA said.", "He said, this Monday (AFP): Photo credit"]
    texts += [lit for lits in grouped for lit in lits[:3]]
    for lits in lists:
        screen = literal_screen(lits)
        for text in texts:
            assert any_in(text, screen) == any(x in text for x in lits), (lits, text)


@pytest.mark.parametrize("pattern", [r"[\uac00-\ud7a3]{2,}", r"[\u0400-\u04ff]{2,}", r"[èêëçôîïûÈÊÇÔ]"])
def test_a_script_signal_is_scanned_only_in_a_text_with_its_characters(pattern: str) -> None:
    """A signal opened by a class of characters beyond ASCII is filed by that class: counted
    where the text has them, absent (no scan) where it has none."""
    from cleanup.literals import opening_ranges

    ranges = opening_ranges(pattern)
    assert ranges and all(lo >= 128 for lo, _ in ranges)
    sig = signals_from_table({"patterns": [{"id": "script", "pattern": pattern, "weight": 3.0},
                                           {"id": "placeholder", "pattern": r"\bMoumou\b", "weight": 2.0}]})
    sample = "".join(chr(lo) + chr(lo) for lo, _ in ranges[:2])
    with_script = detect(f"Zhang Moumou said {sample} and {sample} on Monday.", {"xx": sig})
    assert any(e.startswith("xx.script x") for e in with_script.evidence)
    assert not any("script" in e for e in detect("Zhang Moumou said ’so’ on Monday.", {"xx": sig}).evidence)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        assert any(lo <= ord(ch) <= hi for ch in text for lo, hi in ranges)

    check()


def test_dotted_capital_i_is_screened_and_agrees_with_a_full_scan() -> None:
    """A text whose only odd folder is 'İ' is screened with it read as 'i' (no scan of every
    pattern), and finds what the unscreened scan finds: 'İstanbul' still matches '(?i)istanbul'."""
    from cleanup.language import screen_lower

    tr = signals_from_table({"patterns": [
        {"id": "city", "pattern": r"(?i)\bistanbul\b", "weight": 2.0},
        {"id": "lira", "pattern": r"\blira\b", "weight": 2.0}]})
    text = "Prices in İstanbul rose, and the lira fell. İstanbul traders said the lira would fall."
    assert screen_lower(text, {"tr": tr}) == text.replace("İ", "i").lower()
    assert screen_lower(text + " ı", {"tr": tr}) is None  # another odd folder: not screened
    found = detect(text, {"tr": tr})
    assert found.evidence == ("tr.city x2", "tr.lira x2")


KOREA_TOPIC = ("Kim Min-jun met Lee Seo-yeon in Seoul. Park Ji-won flew to Busan and Choi Su-bin "
               "stayed in Incheon with Yoon Ha-eun.")


def test_in_mt_copy_topic_from_two_signals_decides() -> None:
    # names x3 (6.0) and places x3 (3.0): the topic fills the cap from two signals, no style at all
    assert detect(KOREA_TOPIC, PACKS_SIGNALS).language is None
    found = detect(KOREA_TOPIC, PACKS_SIGNALS, mt_copy=True)
    assert found.language == "ko"
    assert found.score == pytest.approx(6.0)  # topic counted up to MT_TOPIC_CAP, not TOPIC_CAP


def test_in_mt_copy_one_topic_signal_alone_stays_null() -> None:
    text = "Kim Min-jun met Lee Seo-yeon, and Park Ji-won agreed with Choi Su-bin."
    found = detect(text, PACKS_SIGNALS, mt_copy=True)
    assert found.language is None
    assert found.evidence == ("ko.hyphenated_given_name x3",)


def test_in_mt_copy_thin_topic_stays_null() -> None:
    # two topic signals that do not fill TOPIC_CAP (2.0 + 1.0) are no evidence of a source language
    found = detect("Kim Min-jun was in Seoul.", PACKS_SIGNALS, mt_copy=True)
    assert found.language is None


@pytest.mark.parametrize("is_mt, expected", [(True, "ko"), (False, None)])
def test_detect_source_asks_the_mt_detector_when_topic_could_decide(monkeypatch, is_mt: bool, expected) -> None:
    from cleanup import analysis, mt_detect

    asked = []

    def verdict(text: str) -> mt_detect.Verdict:
        asked.append(text)
        return mt_detect.Verdict(0.9 if is_mt else 0.1, is_mt)

    monkeypatch.setattr(analysis.mt_detect, "verdict", verdict)
    assert analysis.detect_source(KOREA_TOPIC, PACKS_SIGNALS).language == expected
    assert asked == [KOREA_TOPIC]
    asked.clear()
    assert analysis.detect_source(NATIVE, PACKS_SIGNALS).language is None
    assert asked == []  # no evidence to relax: the detector is not run
