"""Headlines: the cleaned title when it is good, else one written from the lede; on real
machine translation, never a dateline, a byline or an attribution left hanging."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from bench.real_mt_texts import dev_text_paths
from cleanup import Config, headline, process
from cleanup.cli import main
from cleanup.headline import good_title, title_headline, trim_lede
from cleanup.rules import load_rules
from cleanup.sentences import dateline

from .conftest import ROOT, SHARED

DEV = SHARED / "data" / "real-mt-dev" / "excerpts.jsonl"
REAL_MT_TEXTS = ROOT / "bench" / "real_mt" / "texts"

_DATELINE = re.compile(
    r"^[A-Z]{3,}[A-Z .'-]*(?:,|\(|\s*[-–—:])"  # BEIJING, / LONDON (Reuters) / ISLAMABAD:
    r"|^[A-Z][\w.' -]{0,40},?\s+(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})\b\s*[-–—:(]"  # Phichit, May 24-
    r"|^\(?[A-Z][\w.]*\)\s*[-–—]|^[\w ]{2,30}/\s|\((?:Xinhua|Reuters|AP|AFP|Yonhap|Bernama|IRNA)\)"
    r"|^\d{4}-\d{2}-\d{2}|^Date\b")
_BYLINE = re.compile(r"^\W*By [A-Z]|\bStaff (?:Writer|Reporter)\b|\bPosted (?:on|by)\b|\b(?:Reporter|Editor|Author):",
                     re.I)
_HANGING = re.compile(r"\b(?:said|says|say|told|tells|added|adds|according to|reported|reports|announced|stated|"
                      r"noted|explained|stressed|emphasized|claimed|commented)\W*$", re.I)


def _dev_documents() -> list[tuple[str, str]]:
    docs = []
    if DEV.is_file():
        for line in DEV.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            docs.append((d["id"], ((d.get("title") or "") + "\n\n" + d["text"]).strip()))
    if REAL_MT_TEXTS.is_dir():
        for path in dev_text_paths(REAL_MT_TEXTS):  # never the held-out set
            d = json.loads(path.read_text(encoding="utf-8"))
            docs.append((d["id"], ((d.get("title") or "") + "\n\n" + d["text"]).strip()))
    return docs


DOCS = _dev_documents()


@pytest.mark.skipif(not DOCS, reason="../shared/data/real-mt-dev is not here")
def test_generated_headlines_of_real_mt_have_no_dateline_byline_or_hanging_attribution(tmp_path):
    runner = CliRunner()
    rules = load_rules()
    bad = []
    for doc_id, text in DOCS:
        src = tmp_path / f"{doc_id}.txt"
        src.write_text(text, encoding="utf-8")
        res = runner.invoke(main, ["headline", str(src), "--generate-headline", "--any-language"])
        assert res.exit_code == 0, (doc_id, res.output)
        head = res.output.strip()
        problems = [name for name, bad_pattern in (("dateline", _DATELINE), ("byline", _BYLINE), ("hanging", _HANGING))
                    if bad_pattern.search(head)]
        if dateline(rules).match(head):
            problems.append("dateline")
        words = re.findall(r"[\w’'-]+", head)
        if not 2 <= len(words) <= 14 or head.endswith("."):
            problems.append(f"shape ({len(words)} words)")
        if problems:
            bad.append((doc_id, head, problems))
    assert not bad, "\n".join(map(str, bad))


@pytest.mark.parametrize("lede, absent, present", [
    ("BEIJING, 14 May – China's new energy vehicle exports continued to grow in April.", ["BEIJING", "May"], ["exports"]),
    ("Phichit, May 24-“General Prayut” appreciates the help given to the people.", ["Phichit", "24"], ["Prayut"]),
    ("SEOUL (Yonhap) -- The central bank left its key rate unchanged on Thursday.", ["Yonhap", "Thursday"], ["rate"]),
    ("Prices of rice rose sharply, officials said on Monday.", ["officials", "said"], ["rice"]),
    ("The minister said that the talks would resume next month.", ["minister", "said"], ["talks"]),
    ("According to the ministry, exports fell by 5% in May.", ["According", "ministry"], ["exports"]),
    ("On Tuesday morning, the company, which is based in Tokyo, opened a factory in Ohio.", ["Tuesday", "which"],
     ["factory"]),
    ("Wang Chuanfu, chairman of the carmaker BYD since its founding, announced a new plant in Hungary for buses.",
     ["chairman"], ["Wang Chuanfu"]),
])
def test_the_lede_loses_what_a_headline_does_without(lede, absent, present):
    h = trim_lede(lede)
    assert re.match(r"\W*[A-Z0-9]", h) and not h.endswith(".") and len(h.split()) <= 12, h
    for word in absent:
        assert word not in h, h
    for word in present:
        assert word.lower() in h.lower(), h


@pytest.mark.parametrize("lede, verb", [
    ("Jesper Gronkjaer has won the award for the best goal of the season.", "wins"),
    ("The striker won the award for the best goal of the season.", "wins"),
    ("The two clubs agreed a fee for the striker after long talks.", "agree"),
    ("Iran said it would reject any proposal that requires it to halt enrichment.", "to reject"),
    ("Two students were expelled from the school for wearing head scarves.", "expelled"),
])
def test_headline_tense(lede, verb):
    assert verb in trim_lede(lede).split(" ", 1)[1]


def test_dated_past_stays_past():
    assert "won" in trim_lede("The club won the league in 1998 with a record number of points.")


def test_a_good_title_is_the_headline_and_a_bad_one_is_replaced():
    body = ("The central bank raised its key interest rate by half a point on Thursday to curb inflation.\n\n"
            "Markets fell after the decision was announced in the capital. Economists had expected a smaller rise.")
    titled = process("Central bank raises rates to curb inflation\n\n" + body, summarize=True)
    assert titled.headline_source == "title" and titled.headline == titled.title
    assert not good_title("23.7 C") and not good_title("2022-01-10 19:57:00")
    generated = headline("23.7 C\n\n" + body)
    assert "bank" in generated.lower() and "23.7" not in generated
    assert title_headline("How the party can survive among the elite, a political scientist told") == \
        "How the party can survive among the elite"


def test_the_lede_is_a_body_sentence_not_a_caption_byline_or_heading():
    text = ("Image Source\n\nBy Jane Smith, Staff Writer\n\nKey facts\n\n"
            "Floods forced thousands of people from their homes in the north of the country on Sunday.\n\n"
            "Rescue teams reached the worst-hit villages by boat.")
    h = headline(text, generate=True, config=Config(detect_title=False))
    assert "Floods" in h and "Image" not in h and "Smith" not in h
