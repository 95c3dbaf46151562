"""Summary quality: ROUGE on CNN/DailyMail highlights, and reference-extract overlap on BBC.

    python -m bench.summary [--split test|tune|all] [--limit N] [--tune] [--damaged]

CNN/DailyMail (../shared/data/cnndm-test-1000): the first 500 articles are for tuning,
the last 500 for scoring (the default).  3-sentence summaries, ROUGE-1/2/L F1 with
stemming (rouge-score), for our default, Lead-3 and every sumy method, in one run.
Lead-3 is the first three sentences of the text as given (our sentence splitter, no
filtering); ``lead`` is our first three candidates (captions, headings, questions and
sentences that cannot stand alone passed over).

``--damaged``: the same articles with machine-translation damage from our injector
(``bench.inject``, every class, seeded by the article's index) at the density of the real
MT development set: DAMAGE_PER_1000_WORDS artifacts per 1,000 words (the median over its
30 annotated pages, idioms left out since the injector makes none; the pooled figure is
25); ours cleans the damaged text and summarises it, Lead-3 and sumy run on the same
damaged text as it is (segmented by our splitter, nothing repaired).  Two variants:
``--paragraphs`` first puts the article back in paragraphs of one to three sentences, as on
the sites' pages (the data set joined them, and the injector places leftovers and broken
paragraphs between paragraphs); ``--furniture`` adds page furniture above the article on
about half of them, as the development set's pages have.
BBC News Summary: the share of chosen sentences that appear in the reference extract."""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing as mp
import random
import re

from .common import BBC, SHARED

CNN = SHARED / "data" / "cnndm-test-1000" / "test.jsonl"
#: artifacts injected per 1,000 words with --damaged: the median density of the annotated
#: repairs (idioms aside) in the real MT development set, bench/real_mt/annotations
DAMAGE_PER_1000_WORDS = 16
#: share of the development set's pages (62, bench/real_mt and ../shared/data/real-mt-dev) with a
#: line that is not body text (menu, date, caption, repeated title) among their first three
FURNITURE_RATE = 0.48
METHODS = ["news", "lead", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction"]


def cnn_rows(split: str) -> list[dict]:
    rows = [json.loads(x) for x in CNN.read_text(encoding="utf-8").splitlines() if x.strip()]
    return rows[:500] if split == "tune" else rows[500:] if split == "test" else rows


def paragraphs(text: str, rng: random.Random) -> str:
    """The article in paragraphs of one to three sentences, as on the sites' pages (the data
    set joined them into one): where the injector puts leftovers and broken paragraphs."""
    from cleanup.sentences import split_sentences

    sents, out = split_sentences(text), []
    while sents:
        k = rng.randint(1, 3)
        out.append(" ".join(sents[:k]))
        sents = sents[k:]
    return "\n\n".join(out)


def damaged(row: dict, restore_paragraphs: bool = False, furniture: bool = False) -> str:
    """The article with injected artifacts at the development set's density, the same for the
    same article every run; with ``furniture``, page furniture above it at the development
    set's rate (FURNITURE_RATE of its pages have one or more such lines among their first
    three: menus, dates, captions, a repeated title; here one to three of the injector's
    leftover lines, 0.96 on average against 0.92 measured)."""
    from .inject import LEFTOVERS, inject

    rng = random.Random(f"summary:{row['idx']}")
    text = paragraphs(row["article"], rng) if restore_paragraphs else row["article"]
    n = max(1, round(DAMAGE_PER_1000_WORDS * len(re.findall(r"\w+", text)) / 1000))
    text = inject(text, rng, n)[0]
    if furniture and rng.random() < FURNITURE_RATE:
        text = "\n\n".join(rng.sample(LEFTOVERS, rng.randint(1, 3))) + "\n\n" + text
    return text


def _clean_cnn(args):
    from cleanup import Config, process

    text, summarize = args
    return process(text, Config(detect_title=False, require_english=False), summarize=summarize)


def _lead3(text: str) -> list[str]:
    from cleanup.sentences import split_sentences

    return split_sentences(text)[:3]


def _score_one(args):
    from rouge_score import rouge_scorer

    from cleanup import summarize
    from cleanup.summarize import sumy_rank

    result, reference, methods, kwargs = args
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    out = {}
    for m in methods:
        try:
            if m == "Lead-3":
                summ = _lead3(result.original)
            elif m.startswith("raw "):  # sumy on the text as given, nothing repaired
                summ = sumy_rank(result.original, m[4:], 3)
            elif m == "news" and kwargs:
                from cleanup.summarize import body_candidates, eligibility, news_rank

                sents = [c.text for c in body_candidates(result.text)]
                summ = [sents[i] for i in news_rank(sents, 3, eligible=eligibility(sents), **kwargs)]
            else:
                summ = summarize(result, sentences=3, method=m)
        except Exception as exc:  # a method that fails on one article scores 0 there
            print(f"{m}: {type(exc).__name__}: {exc}")
            summ = []
        s = scorer.score(reference, "\n".join(summ))
        out[m] = (s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeL"].fmeasure)
    return out


def rouge_table(results, references, methods, jobs=2, **kwargs) -> dict:
    tasks = [(r, ref, methods, kwargs) for r, ref in zip(results, references)]
    with mp.get_context("fork").Pool(jobs) as pool:
        rows = pool.map(_score_one, tasks, chunksize=8)
    return {m: tuple(100 * sum(r[m][k] for r in rows) / len(rows) for k in range(3)) for m in methods}


def bbc_overlap(methods, limit=None, jobs=2) -> dict:
    files = sorted((BBC / "articles").glob("*/*.txt"))[: limit or None]
    with mp.get_context("fork").Pool(jobs) as pool:
        rows = pool.map(_bbc_one, [(f, methods) for f in files], chunksize=8)
    return {m: 100 * sum(r[m][0] for r in rows) / max(1, sum(r[m][1] for r in rows)) for m in methods}


def _bbc_one(args):
    from cleanup import Config, process, summarize

    path, methods = args
    text = path.read_text(encoding="utf-8", errors="replace")
    body = text.split("\n", 1)[1].strip()
    ref_path = BBC / "summaries" / path.parent.name / path.name
    ref = ref_path.read_text(encoding="utf-8", errors="replace")
    ref_sents = {s.strip() for s in re.split(r"(?<=[.!?\"])(?=[A-Z\"])", ref) if s.strip()}
    result = process(body, Config(detect_title=False))
    out = {}
    for m in methods:
        summ = summarize(result, sentences=3, method=m)
        out[m] = (sum(s in ref_sents for s in summ), len(summ))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=["test", "tune", "all"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--tune", action="store_true", help="grid search of the news method on the tune split")
    ap.add_argument("--damaged", action="store_true", help="the articles with injected MT damage")
    ap.add_argument("--paragraphs", action="store_true",
                    help="with --damaged: put the article back in paragraphs of one to three sentences first")
    ap.add_argument("--furniture", action="store_true",
                    help="with --damaged: page furniture above the article at the development set's rate")
    ap.add_argument("--no-bbc", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    split = "tune" if args.tune else args.split
    rows = cnn_rows(split)[: args.limit or None]
    texts = [damaged(r, args.paragraphs, args.furniture) if args.damaged else r["article"] for r in rows]
    with mp.get_context("fork").Pool(args.jobs) as pool:
        results = pool.map(_clean_cnn, [(t, False) for t in texts], chunksize=8)
    refs = [r["highlights"] for r in rows]
    if args.tune:
        _tune(results, refs, args.jobs)
        return
    sumy = [m for m in METHODS if m not in {"news", "lead"}]
    methods = ["news", "lead", "Lead-3"] + ([f"raw {m}" for m in sumy] if args.damaged else sumy)
    table = rouge_table(results, refs, methods, args.jobs)
    what = f"{DAMAGE_PER_1000_WORDS} injected artifacts per 1,000 words" if args.damaged else "clean"
    print(f"CNN/DailyMail {split} ({len(rows)} articles, {what}), 3 sentences, ROUGE F1 with stemming")
    print(f"{'method':16} {'R-1':>6} {'R-2':>6} {'R-L':>6}")
    for m, (r1, r2, rl) in sorted(table.items(), key=lambda kv: -kv[1][0]):
        print(f"{m:16} {r1:6.2f} {r2:6.2f} {rl:6.2f}")
    best = max((m for m in methods if m not in {"news", "lead"}), key=lambda m: table[m][0])
    print(f"news against the best of Lead-3 and sumy ({best}): {table['news'][0] / table[best][0]:.3f}x ROUGE-1")
    if not args.no_bbc and not args.damaged:
        ov = bbc_overlap(METHODS, args.limit, args.jobs)
        print("\nBBC News Summary: share of chosen sentences found in the reference extract")
        for m, v in sorted(ov.items(), key=lambda kv: -kv[1]):
            print(f"{m:12} {v:6.1f}%")


def _tune(results, refs, jobs: int) -> None:
    grid = itertools.product([0.0], [0.1, 0.2], [2.0, 3.0, 5.0], [2.0, 3.0], [0.7, 1.0])
    best = None
    for lam, beta, lead, decay, red in grid:
        kw = dict(lam_prev=lam, beta=beta, lead=lead, decay=decay, redundancy=red)
        r1 = rouge_table(results, refs, ["news"], jobs, **kw)["news"]
        print(kw, "R1 {:.2f} R2 {:.2f} RL {:.2f}".format(*r1), flush=True)
        if best is None or r1[0] > best[1][0]:
            best = (kw, r1)
    print("best:", best)


if __name__ == "__main__":
    main()
