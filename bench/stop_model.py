"""Build ``rules/stop_model.tsv``: the weights of the learned lost-stop detector
(:mod:`cleanup.learned_stops`, ``segment.lost_boundary.learned``).

    python -m bench.stop_model [--write]

Training texts: the tuning halves ``bench.case_prior`` counts from (BBC articles with an even
index in sorted order, CNN/DailyMail articles 1-500), WITHOUT the BBC articles ``bench.probe``
scores as held out for its stop kinds (``--n 150``); the false-edit held-out halves are not in
the tuning halves.  Positives: every real boundary ``a. B`` (the probe's shape) with its stop
removed; negatives: every lower-case word followed by a capitalised word in mid-sentence.
Features with fewer than 20 occurrences are dropped; logistic regression with an L2 penalty
(numpy, full batch).  Half of the articles (by a hash of their name) is kept out of the fit
and calibrates the score: each bin's precision is measured as if one article in four had lost
ONE stop and the others none (``--damaged-share``: positives weighted share / the article's
boundaries; a learned stop applied in clean copy is a false edit, so the prior is set for a mix of
clean and damaged articles, where the false-edit limits of ``bench.false_edits`` hold), made
monotone (pool adjacent violators).  Only weights and bins ship, no text."""

from __future__ import annotations

import argparse
import bisect
import json
import re
import zlib
from collections import Counter
from pathlib import Path

from .common import BBC, SHARED

OUT = Path(__file__).resolve().parent.parent / "rules" / "stop_model.tsv"
STOP = re.compile(r"(?<=[a-z]{2})\. (?=([A-Z][a-z]*)\b)")
MIN_SUPPORT = 20
EDGES = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999)


def training_texts() -> list[tuple[str, str]]:
    """(name, text) of the tuning halves, less the probe's held-out BBC articles."""
    from .repair import corpus

    probe_bbc = {a for a, _ in corpus("bbc", 900)} - {a for a, _ in corpus("bbc", 300)}
    files = sorted((BBC / "articles").glob("*/*.txt"))[::2]
    out = [(p.name + p.parent.name, p.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1].strip())
           for p in files if p.name + p.parent.name not in probe_bbc]
    with (SHARED / "data" / "cnndm-test-1000" / "test.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 500:
                break
            out.append((f"cnn{i}", json.loads(line)["article"]))
    return out


def _gap(words: list[str], offs: list[int], at: int) -> tuple[int, int] | None:
    """The tokens before and after the space at ``at`` of the tokenised string."""
    ib = bisect.bisect_left(offs, at + 1)
    if ib <= 0 or ib >= len(words) or offs[ib] != at + 1:
        return None
    return ib - 1, ib


def samples(text: str, rules) -> list[tuple[list[str], int]]:
    """(features, label) of every candidate gap of one native article."""
    from cleanup import learned_stops as ls
    from cleanup.doc import Doc

    doc = Doc(text, False, rules)
    sents = doc.sentences
    if not sents:
        return []
    firsts = [s for s, _ in sents]
    starts, caps, lows = ls.sentence_starts(text, sents), doc.case.caps, doc.case.lows
    closed = rules.words("words.closed_class")
    out = []
    for m in STOP.finditer(text):
        i, j = bisect.bisect_right(firsts, m.start()) - 1, bisect.bisect_right(firsts, m.end()) - 1
        if i < 0 or j != i + 1:  # a stop inside a sentence ('Sen. Elizabeth Warren') is no boundary
            continue
        left, right = text[sents[i][0]:m.start()], text[m.end():sents[j][1]]
        words, offs = ls.tokens(left + " " + right)
        gap = _gap(words, offs, len(left))
        if gap:
            b = m.group(1)
            tags = ls.sentence_tags(words)
            out.append((ls.features(words, tags, *gap, starts[b] - 1, caps[b], lows[b.lower()], closed), 1))
    for s, e in sents:
        found = list(ls.CANDIDATE.finditer(text, s, e))
        if not found:
            continue
        words, offs = ls.tokens(text[s:e])
        tags = ls.sentence_tags(words)
        for m in found:
            gap = _gap(words, offs, m.start() - s)
            if gap:
                b = m.group(1)
                out.append((ls.features(words, tags, *gap, starts[b], caps[b] - 1, lows[b.lower()], closed), 0))
    return out


def fit(rows: list[tuple[list[str], int]], l2: float, steps: int = 400) -> dict[str, float]:
    import numpy as np

    support = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, n in support.items() if n >= MIN_SUPPORT)
    index = {f: i for i, f in enumerate(names)}
    cols, ptr = [], [0]
    for feats, _ in rows:
        cols += [index[f] for f in feats if f in index]
        ptr.append(len(cols))
    cols_a = np.array(cols)
    lens = np.diff(np.array(ptr))
    row_of = np.repeat(np.arange(len(rows)), lens)
    y = np.array([lab for _, lab in rows], dtype=float)
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        z = np.bincount(row_of, weights=w[cols_a], minlength=len(rows))
        p = 1 / (1 + np.exp(-z))
        g = np.bincount(cols_a, weights=(p - y)[row_of], minlength=len(names)) / len(rows) + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {f: float(x) for f, x in zip(names, w) if abs(x) >= 1e-3}


def calibrate(scored: list[tuple[float, int, float]], words: int) -> list[tuple[float, float, float, int, float]]:
    """(bin's lowest score, precision, weighted positives, negatives, negatives per 1,000 words
    at or above it) per bin of ``EDGES``; precision made monotone."""
    bins = []
    for k, lo in enumerate(EDGES):
        hi = EDGES[k + 1] if k + 1 < len(EDGES) else 1.01
        pos = sum(wt for p, lab, wt in scored if lab and lo <= p < hi)
        neg = sum(1 for p, lab, _ in scored if not lab and lo <= p < hi)
        above = sum(1 for p, lab, _ in scored if not lab and p >= lo)
        bins.append([lo, pos, neg, above * 1000 / words])
    precs = [pos / (pos + neg + 0.5) for _, pos, neg, _ in bins]  # half a false edit more: no bin is sure
    blocks = [[p, 1] for p in precs]  # pool adjacent violators: precision never falls as the score rises
    merged: list[list[float]] = []
    for p, n in blocks:
        merged.append([p, n])
        while len(merged) > 1 and merged[-2][0] > merged[-1][0]:
            (p1, n1), (p2, n2) = merged.pop(-2), merged.pop()
            merged.append([(p1 * n1 + p2 * n2) / (n1 + n2), n1 + n2])
    mono = [p for p, n in merged for _ in range(int(n))]
    return [(lo, prec, pos, int(neg), per) for (lo, pos, neg, per), prec in zip(bins, mono)]


def _all_samples(cache: str | None) -> list[tuple[str, str, list]]:
    import pickle

    from cleanup.rules import load_rules

    if cache and Path(cache).exists():
        return pickle.loads(Path(cache).read_bytes())
    rules = load_rules(())
    out = [(name, text, samples(text, rules)) for name, text in training_texts()]
    if cache:
        Path(cache).write_bytes(pickle.dumps(out))
    return out


def main(argv: list[str] | None = None) -> None:
    from cleanup import learned_stops as ls

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write rules/stop_model.tsv")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--damaged-share", type=float, default=0.25, help="share of articles that lost one stop")
    ap.add_argument("--cache", help="a pickle of the gaps' features, written once and read back (to try penalties)")
    args = ap.parse_args(argv)
    fit_rows, cal = [], []
    cal_words = 0
    for name, text, rows in _all_samples(args.cache):
        if zlib.crc32(name.encode()) % 2:
            fit_rows += rows
        else:
            npos = max(1, sum(lab for _, lab in rows)) / args.damaged_share
            cal.append((rows, npos))
            cal_words += len(text.split())
    print(f"fit: {len(fit_rows)} gaps, {sum(lab for _, lab in fit_rows)} boundaries; calibration: {len(cal)} articles")
    weights = fit(fit_rows, args.l2)
    ls.model.cache_clear()
    scored = []
    for rows, npos in cal:
        for feats, lab in rows:
            z = sum(weights.get(f, 0.0) for f in feats)
            scored.append((1 / (1 + 2.718281828 ** -max(-30, min(30, z))), lab, 1 / npos))
    table = calibrate(scored, cal_words)
    for lo, prec, pos, neg, per in table:
        print(f"p >= {lo:.3f}: precision {prec:.3f} (weighted stops {pos:.1f}, {neg} false), "
              f"false at or above: {per:.4f} per 1,000 words")
    print(f"{len(weights)} weights")
    if args.write:
        with OUT.open("w", encoding="utf-8") as fh:
            fh.write("# Learned lost-stop detector (cleanup/learned_stops.py): feature, weight; '~bin' rows: lowest\n"
                     "# probability of a calibration bin, its measured precision (one article in four lost one stop).\n"
                     "# Weights only, from the tuning halves of BBC and CNN/DailyMail less the probe's held-out\n"
                     "# articles; rebuild: python -m bench.stop_model --write\n")
            for lo, prec, *_ in table:
                fh.write(f"~bin\t{lo}\t{prec:.3f}\n")
            for f, x in sorted(weights.items()):
                fh.write(f"{f}\t{x:.4f}\n")


if __name__ == "__main__":
    main()
