"""Summaries and headlines."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from cleanup import CleanupError, headline, process, summarize
from cleanup.cli import main
from cleanup.headline import trim_lede
from cleanup.summarize import METHODS

from .conftest import SEED


@pytest.fixture(scope="module")
def seed():
    return process(SEED.read_text(encoding="utf-8"), summarize=True)


def test_seed_summary_is_repaired_sentences_in_order(seed):
    assert seed.summary and len(seed.summary) == 3
    positions = [seed.text.index(s) for s in seed.summary]
    assert positions == sorted(positions)
    for s in seed.summary:
        assert s in seed.sentences
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
