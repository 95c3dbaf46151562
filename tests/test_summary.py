"""Summaries and headlines."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup import CleanupError, Config, headline, process, summarize
from cleanup.cli import main
from cleanup.headline import trim_lede
from cleanup.rules import load_rules
from cleanup.sentences import dateline
from cleanup.summarize import METHODS

from .conftest import SEED


@pytest.fixture(scope="module")
def seed():
    return process(SEED.read_text(encoding="utf-8"), summarize=True)


def test_seed_summary_is_repaired_sentences_in_order(seed):
    assert seed.summary and len(seed.summary) == 3 and len(seed.summary_spans) == 3
    starts = [s for s, _ in seed.summary_spans]
    assert starts == sorted(starts)
    for s in seed.summary:
        assert any(t.endswith(s[1:]) for t in seed.sentences)  # as in the text, or without its connective
        assert not re.search(r"\. [a-z]", s)
        assert "Related Articles" not in s and "Akismet" not in s


def test_seed_headline_is_its_cleaned_title(seed):
    assert seed.headline == seed.title and seed.headline_source == "title"
    assert "peace leader, but still" in seed.headline


@pytest.mark.parametrize("method", METHODS)
def test_every_method_returns_distinct_sentences_of_the_text(seed, method):
    out = summarize(seed, sentences=3, method=method)
    assert 1 <= len(out) <= 3
    assert len(set(out)) == len(out)
    assert all(s in seed.text for s in out)


def test_duplicated_paragraphs_never_fill_the_summary():
    para = "The central bank raised interest rates by half a point on Thursday to curb inflation."
    text = "\n\n".join([para, para, para, "Markets fell after the decision was announced in London.",
                        "Economists had expected a smaller rise, a survey by the agency showed."])
    out = summarize(text, sentences=3)
    assert len(out) == len(set(out)) == 3


def test_ratio_and_bad_arguments(seed):
    n = len(summarize(seed, sentences=None, ratio=0.2))
    assert n >= 4
    with pytest.raises(CleanupError):
        summarize(seed, method="nonsense")
    with pytest.raises(CleanupError):
        summarize(seed, sentences=None, ratio=1.5)


@pytest.mark.parametrize(
    "lede, must_not",
    [("LONDON (Reuters) - Oil prices rose sharply on Monday after the cartel cut output, traders said.", ["Reuters", "said", "Monday"]),
     ("But on Tuesday, the minister, who took office in May, announced a new budget for schools (worth $2bn).", ["But", "who took", "$2bn", "Tuesday"]),
     ("(CNN)A stray dog in Washington State has survived being hit by a car and buried in a field.", ["(CNN)"])],
)
def test_generated_headline_trims_the_lede(lede, must_not):
    h = trim_lede(lede)
    assert h and h[0].isupper() and not h.endswith(".")
    assert len(h.split()) <= 12
    for bad in must_not:
        assert bad not in h
    assert h.count("(") == h.count(")") and h.count('"') % 2 == 0


def test_generate_headline_overrides_title():
    text = SEED.read_text(encoding="utf-8")
    generated = headline(text, generate=True)
    assert generated != headline(text) and not generated.endswith(".")


def test_cli_summarize_headline_run_and_batch(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["summarize", str(SEED), "-n", "2", "--method", "lexrank"])
    assert res.exit_code == 0 and len(res.output.strip().splitlines()) == 2
    res = runner.invoke(main, ["headline", str(SEED)])
    assert res.exit_code == 0 and ", but still" in res.output
    res = runner.invoke(main, ["run", str(SEED), "--format", "json"])
    data = json.loads(res.output)
    assert data["headline_source"] == "title" and len(data["summary"]) == 3
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": SEED.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["batch", str(src), "-o", str(out), "--summarize", "--ratio", "0.1", "--generate-headline"])
    assert res.exit_code == 0, res.output
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["headline_source"] == "generated" and len(row["summary"]) >= 3
    res = runner.invoke(main, ["summarize", str(SEED), "--ratio", "3"])
    assert res.exit_code == 2 and "ratio" in res.output  # a usage error (click range)


# -- summaries that stand alone, and traced to the original --------------------------------


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _pre_repair_sentence_checks(result) -> None:
    """Every summary sentence has a span in the original; no applied edit crosses its borders;
    the edits inside it turn the original text there into the sentence (its leading
    connective aside, when the summary dropped it)."""
    from cleanup import replay

    assert result.summary is not None and len(result.summary_spans) == len(result.summary)
    fixes = [e for e in result.edits if e.action == "fix"]
    for sentence, (s, e) in zip(result.summary, result.summary_spans):
        assert 0 <= s < e <= len(result.original)
        assert not [x for x in fixes if x.start < s < x.end or x.start < e < x.end], (s, e)
        inner = [dataclasses.replace(x, start=x.start - s, end=x.end - s) for x in fixes if s <= x.start and x.end <= e]
        repaired = _norm(replay(result.original[s:e], inner))
        shown = _norm(sentence)
        if repaired != shown:  # a dateline or a connective was dropped: "And there is ..." -> "There is ..."
            prefix = repaired[: len(repaired) - len(shown)]
            assert repaired.endswith(shown[1:]) and repaired[len(prefix)].lower() == shown[0].lower(), (repaired, shown)
            line = dateline(load_rules()).match(repaired)
            rest = prefix[line.end():] if line else prefix
            assert rest == "" or re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)?,? ", rest), prefix


def test_summary_spans_trace_every_sentence_in_damaged_bbc_articles():
    import random

    from bench.inject import inject

    from .conftest import bbc_articles, bbc_body

    files = bbc_articles()[::37]
    for path in files:
        damaged, _ = inject(bbc_body(path), random.Random(path.name), 5)
        result = process(damaged, Config(detect_title=False), summarize=True)
        _pre_repair_sentence_checks(result)
        data = result.to_dict()
        assert data["summary_spans"] == [list(x) for x in result.summary_spans]


_WORDS = ["minister", "talks", "the", "bank", "rates", "rose", "Moscow", "said", "on", "Monday", "and", "of", "prices"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=5, max_size=14), min_size=4, max_size=9),
       st.lists(st.sampled_from(["  ", " ,", ". and", " He", "", "\n\nShare this:\n\n", "ﬁ"]), min_size=9, max_size=9))
def test_summary_spans_trace_generated_damaged_text(sentences, damage):
    parts = []
    for k, words in enumerate(sentences):
        text = " ".join(words)
        parts.append(text[0].upper() + text[1:] + damage[k] + ".")
    result = process(" ".join(parts), Config(detect_title=False, require_english=False), summarize=True)
    _pre_repair_sentence_checks(result)


def test_captions_headings_bylines_and_questions_are_never_summarised():
    text = "\n\n".join([
        "Photo: Reuters",
        "By Jane Smith, Staff Writer",
        "The central bank raised interest rates by half a point on Thursday to curb inflation in the country.",
        "Key decisions",
        "Will the central bank raise interest rates again before the end of the year to curb inflation?",
        "Markets fell sharply after the central bank decision on interest rates was announced in the capital.",
        "Economists had expected a smaller rise in interest rates, a survey of bank economists showed.",
        "The bank said inflation would fall back to its target of two percent within two years.",
    ])
    out = summarize(text, sentences=3)
    assert len(out) == 3
    assert not any(s.startswith(("Photo", "By ", "Key", "Will ")) or s.endswith("?") for s in out)


def test_connectives_and_pronoun_subjects():
    text = "\n\n".join([
        "But the government rejected the union's demand for higher wages for railway workers on Monday.",
        "Railway workers across the country walked out over wages and pensions on Monday morning.",
        "The union leader Anna Berg told reporters the railway strike would continue all week.",
        "He said that the strike would go on until the government made a better offer to the workers.",
        "And the railway strike has already cost the country's economy millions of pounds in lost trade.",
    ])
    result = process(text, Config(detect_title=False), summarize=True)
    first = result.summary[0]
    assert not first.startswith(("But", "And", "He "))
    for k, s in enumerate(result.summary):
        assert not s.startswith("And ")
        if s.startswith("He "):
            assert k > 0 and "Anna Berg" in result.summary[k - 1]
    from cleanup.summarize import eligibility, leans_on

    sents = text.split("\n\n")
    assert leans_on(sents) == [None, None, None, 2, None]  # "He" leans on the sentence naming Anna Berg
    ok = eligibility(sents)
    assert not ok(3, []) and not ok(3, [0, 1]) and ok(3, [2])
    assert not ok(0, []) and ok(4, [])  # "But ..." never first; "And ..." may be, without its "And"
    _pre_repair_sentence_checks(result)


def test_a_pronoun_sentence_never_opens_a_bbc_summary():
    from .conftest import bbc_articles, bbc_body

    for path in bbc_articles()[::53]:
        result = process(bbc_body(path), Config(detect_title=False), summarize=True)
        assert result.summary and not re.match(r"(?:He|She|They|It|This|These|Those|His|Her|Their)\b", result.summary[0])
        assert not re.match(r"(?:But|However|Yet|And|Also|Meanwhile)\b", result.summary[0])


def test_a_restated_lede_is_not_summarised_twice() -> None:
    # MT pages often give the lede twice, the second time with a detail added
    text = ("Flood defences fail in the river town\n\n"
            "The regional water board criticised local officials for their slow response to the floods in the river town. "
            "The regional water board of the province criticised local officials (county staff) for their slow response to floods in the river town. "
            "Residents said the water reached the first floor of their homes within an hour. "
            "Engineers will inspect the old embankment on Monday, the board said. "
            "A farmer said his whole harvest was lost. "
            "The board promised compensation for families whose houses were damaged. "
            "Schools in the town will stay closed until the end of the week.")
    chosen = summarize(process(text, Config()))
    assert len(chosen) == 3
    restated = [s for s in chosen if s.startswith("The regional water board")]
    assert len(restated) == 1, chosen
