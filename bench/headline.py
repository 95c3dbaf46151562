"""Headline quality against three baselines in one run: the first 10 words of the lede, its
first 75 bytes (the DUC 2004 baseline), and the first 10 words after the dateline (the
dateline pattern our headline writer uses too, so that stripping ``LONDON (Reuters) -`` is
not counted as our gain).

    python -m bench.headline [--limit N]

AG News (../shared/data/agnews-headlines: real headline, and the description, usually the
lede) and BBC News Summary titles (the title line hidden; the body is the input).
ROUGE-1 and ROUGE-L F1 with stemming, and mean length in words."""

from __future__ import annotations

import argparse
import multiprocessing as mp

from .common import BBC, SHARED

AG = SHARED / "data" / "agnews-headlines"


def first_words(text: str, n: int = 10) -> str:
    return " ".join(text.split()[:n])


def first_bytes(text: str, n: int = 75) -> str:
    return text.encode("utf-8")[:n].decode("utf-8", errors="ignore")


def after_dateline(text: str) -> str:
    from cleanup.rules import load_rules
    from cleanup.sentences import dateline

    m = dateline(load_rules()).match(text)
    return text[m.end():] if m else text


def _ours(text: str) -> str:
    from cleanup import CleanupError, Config, headline

    try:
        return headline(text, generate=True, config=Config(detect_title=False, require_english=False))
    except CleanupError:
        return ""


def _lede(text: str) -> str:

    paras = [p for p in text.split("\n") if p.strip()]
    return paras[0] if paras else ""


def score(pairs: list[tuple[str, str]], jobs: int) -> dict:
    """pairs: (reference headline, input text)."""
    from rouge_score import rouge_scorer

    texts = [t for _, t in pairs]
    with mp.get_context("fork").Pool(jobs) as pool:
        ours = pool.map(_ours, texts, chunksize=32)
    systems = {
        "mt-cleanup": ours,
        "first 10 words": [first_words(_lede(t)) for t in texts],
        "first 75 bytes": [first_bytes(_lede(t)) for t in texts],
        "first 10 after dateline": [first_words(after_dateline(_lede(t))) for t in texts],
    }
    scorer = rouge_scorer.RougeScorer(["rouge1", "rougeL"], use_stemmer=True)
    table = {}
    for name, outs in systems.items():
        r1 = rl = words = 0.0
        for (ref, _), out in zip(pairs, outs):
            s = scorer.score(ref, out)
            r1 += s["rouge1"].fmeasure
            rl += s["rougeL"].fmeasure
            words += len(out.split())
        n = len(pairs)
        table[name] = (100 * r1 / n, 100 * rl / n, words / n)
    return table


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    titles = AG.joinpath("title.txt").read_text(encoding="utf-8").splitlines()
    descs = AG.joinpath("description.txt").read_text(encoding="utf-8").splitlines()
    ag = list(zip(titles, descs))[: args.limit or None]
    bbc = []
    for p in sorted((BBC / "articles").glob("*/*.txt"))[: args.limit or None]:
        title, _, body = p.read_text(encoding="utf-8", errors="replace").partition("\n")
        bbc.append((title.strip(), body.strip()))
    for name, pairs in (("AG News", ag), ("BBC titles", bbc)):
        table = score(pairs, args.jobs)
        print(f"\n{name} ({len(pairs)} headlines)   ROUGE-1  ROUGE-L  words")
        for sysname, (r1, rl, w) in table.items():
            print(f"{sysname:24} {r1:8.2f} {rl:8.2f} {w:6.1f}")
        best = max(v[0] for k, v in table.items() if k != "mt-cleanup")
        print(f"ROUGE-1 against the best baseline: {table['mt-cleanup'][0] / best:.3f}x")


if __name__ == "__main__":
    main()
