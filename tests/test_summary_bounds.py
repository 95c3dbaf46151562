"""The summary's ranking reads a bounded number of sentences: every ranking compares sentences
pairwise, and a 1 MB input once took six minutes and 3.7 GB in ``mt-cleanup run``."""

from __future__ import annotations

import math
import random
import sys

import pytest

import cleanup
from cleanup import Config

SUMMARIZE = sys.modules["cleanup.summarize"]


def _long_article(n: int) -> str:
    """n different sentences in paragraphs of four (each a body sentence a summary may use)."""
    words = ("minister", "talks", "energy", "border", "water", "prices", "officials", "capital", "trade", "rights")
    sents = [f"The {words[i % 10]} report number {i} said {words[(i * 7) % 10]} and {words[(i * 3) % 10]} "
             f"mattered to {words[(i * 9) % 10]} groups." for i in range(n)]
    return "\n\n".join(" ".join(sents[i:i + 4]) for i in range(0, n, 4))


@pytest.mark.parametrize("method", ["default", "news", "lexrank", "kl", "lead"])
def test_ranking_reads_at_most_the_bound(monkeypatch, method):
    seen: list[int] = []
    news_rank, sumy_rank = SUMMARIZE.news_rank, SUMMARIZE.sumy_rank
    monkeypatch.setattr(SUMMARIZE, "news_rank", lambda sents, n, **kw: seen.append(len(sents)) or news_rank(sents, n, **kw))
    monkeypatch.setattr(SUMMARIZE, "sumy_rank",
                        lambda text, m, n, *a: seen.append(text.count(" said ")) or sumy_rank(text, m, n, *a))
    result = cleanup.process(_long_article(3 * SUMMARIZE.MAX_RANKED), Config(require_english=False))
    summary = cleanup.summarize(result, sentences=3, method=method)
    assert len(summary) == 3 and all(s in result.text for s in summary)
    bound = SUMMARIZE.MAX_RANKED_BY_METHOD.get(method, SUMMARIZE.MAX_RANKED)
    assert method == "lead" or seen, "the ranking was not called"
    assert all(k <= bound for k in seen), (seen, bound)


def test_a_long_ratio_summary_is_filled_in_article_order_past_the_bound():
    result = cleanup.process(_long_article(2 * SUMMARIZE.MAX_RANKED), Config(require_english=False))
    summary = cleanup.summarize(result, ratio=0.75)
    positions = [result.text.index(s) for s in summary]
    assert len(summary) == round(0.75 * 2 * SUMMARIZE.MAX_RANKED)
    assert positions == sorted(positions) and len(set(summary)) == len(summary)


def _reference_mmr(sim, score, n, redundancy, near):
    """The choice as first written: each candidate's redundancy recomputed over all chosen."""
    chosen: list[int] = []
    while len(chosen) < n:
        pool = [i for i in range(len(score)) if i not in chosen]
        pool = [i for i in pool if all(sim[i][j] < near for j in chosen)] or pool
        chosen.append(max(pool, key=lambda i: score[i] - redundancy * max((sim[i][j] for j in chosen), default=0.0)))
    return sorted(chosen)


@pytest.mark.parametrize("seed", range(20))
def test_news_rank_keeps_the_choice_of_the_full_recount(seed, monkeypatch):
    """The similarity to the chosen sentences is kept as they are chosen, not recounted per
    candidate: the same choice as recounting, on random sentences of a small vocabulary."""
    rng = random.Random(seed)
    vocab = [f"w{k}" for k in range(12)]
    sents = [" ".join(rng.choice(vocab) for _ in range(rng.randint(3, 9))) for _ in range(rng.randint(6, 25))]
    n = rng.randint(1, 5)
    got = SUMMARIZE.news_rank(sents, n)
    # recompute the scores news_rank uses, then choose the old way
    terms = [SUMMARIZE._terms(s) for s in sents]
    from collections import Counter
    df = Counter(t for ts in terms for t in set(ts))
    N = len(sents)
    vecs = []
    for ts in terms:
        v = {t: c * math.log((N + 1) / (df[t] + 0.5)) for t, c in Counter(ts).items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    sim = [[sum(x * vecs[j].get(t, 0.0) for t, x in vecs[i].items()) if i != j else 0.0 for j in range(N)]
           for i in range(N)]
    flat = [sim[i][j] for i in range(N) for j in range(N) if i != j]
    thr = min(flat) + 0.1 * (max(flat) - min(flat))
    cent = [sum(max(0.0, sim[i][j] - thr) for j in range(i + 1, N)) for i in range(N)]
    top = max(abs(c) for c in cent) or 1.0
    score = [c / top + 3.0 / (i + 1) ** 2.0 for i, c in enumerate(cent)]
    if len(sents) <= n:
        assert got == list(range(len(sents)))
    else:
        assert got == _reference_mmr(sim, score, n, 0.7, SUMMARIZE.NEAR_DUPLICATE)


def test_lsa_summary_does_not_depend_on_the_hash_seed():
    """sumy's LSA numbered its terms in a frozenset's order, which changes with PYTHONHASHSEED:
    three of 50 BBC articles got another summary in another process."""
    import json
    import os
    import subprocess

    from .conftest import SHARED

    paths = [SHARED / "data" / "bbc-news-summary" / "articles" / name for name in ("business/241.txt", "politics/385.txt", "sport/208.txt")]
    if not all(p.exists() for p in paths):
        pytest.skip("needs ../shared")
    code = ("import json, sys, cleanup; cfg = cleanup.Config(require_english=False); "
            "print(json.dumps([cleanup.summarize(cleanup.process(open(p, encoding='utf-8').read().split(chr(10), 1)[1], cfg), "
            "sentences=3, method='lsa') for p in sys.argv[1:]]))")
    runs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-W", "ignore", "-c", code, *map(str, paths)], env=env,
                             capture_output=True, text=True, check=True, timeout=300)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1] == runs[2]
