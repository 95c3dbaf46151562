"""Build ``rules/stop_model.tsv`` and ``rules/stop_words.tsv``: the weights and word counts of the
learned lost-stop detector (:mod:`cleanup.learned_stops`, ``segment.lost_boundary.learned``).

    python -m bench.stop_model [--write]

Training texts: the tuning halves ``bench.case_prior`` counts from (BBC articles with an even
index in sorted order, CNN/DailyMail articles 1-500), WITHOUT the BBC articles ``bench.probe``
scores as held out for its stop kinds (``--n 150``); the false-edit held-out halves are not in
the tuning halves.  Positives: every real boundary ``a. B`` (the probe's shape) with its stop
removed; negatives: every lower-case word followed by a capitalised word in mid-sentence.  Only
the gaps the runtime judges are fitted and calibrated (:func:`cleanup.learned_stops.judged`, the
runtime's own predicate: not closed-class capitals, gaps after function words, subject pronouns,
capitals, work nouns; ``--all-gaps`` for every gap, as before 17).  The runtime also skips a gap
after a capitalised word with a letter beyond ASCII (:func:`cleanup.learned_stops.gaps`, 'Vestergård
Madsen'); the fit still samples those (two negatives in the tuning halves), so that the shipped weights
stay what this script rebuilds: a refit may take them out.  Half of the articles (by a
hash of their name) is fitted: their word counts (:mod:`cleanup.stop_stats`; each fitted article
reads them without its own) ship in ``rules/stop_words.tsv``; features with fewer than 20
occurrences are dropped; logistic regression with an L2 penalty (numpy, full batch).  The other
half calibrates the score: each bin's precision is measured as if one article in four had lost
ONE stop (of all its boundaries, also those the hand rules take) and the others none
(``--damaged-share``; a learned stop applied in clean copy is a false edit, so the prior is set
for a mix of clean and damaged articles, where the false-edit limits of ``bench.false_edits``
hold), made monotone (pool adjacent violators); a logistic curve fitted on the same gaps is
printed beside the bins as a check.  Only weights, bins and word counts ship, no text."""

from __future__ import annotations

import argparse
import bisect
import json
import math
import re
import zlib
from collections import ChainMap, Counter
from pathlib import Path

from cleanup import stop_stats

from .common import BBC, SHARED

OUT = Path(__file__).resolve().parent.parent / "rules" / "stop_model.tsv"
STATS_OUT = OUT.parent / "stop_words.tsv"
MIN_COUNTED = 3  # a word counted fewer times over the fitted articles is not shipped
STOP = re.compile(r"(?<=[a-z]{2})\. (?=([A-Z][a-z]*)\b)")
MIN_SUPPORT = 20
APPLIED = 0.7  # segment.lost_boundary.learned's confidence: a bin at or above it is applied
EDGES = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9998)


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


def samples(text: str, rules) -> list[tuple[list[str], int, bool, str, str]]:
    """(features, label, judged, word before, word after) of every candidate gap of one native
    article; ``judged``: the runtime judges the gap (:func:`cleanup.learned_stops.judged`, the same
    predicate), the rest it leaves to the hand rules.  The word counts of :mod:`cleanup.stop_stats`
    are left out here: :func:`main` counts them over the fitted articles and adds them."""
    from cleanup import learned_stops as ls
    from cleanup.doc import Doc

    doc = Doc(text, False, rules)
    sents = doc.sentences
    if not sents:
        return []
    firsts = [s for s, _ in sents]
    starts, caps, lows = ls.sentence_starts(text, sents), doc.case.caps, doc.case.lows
    closed, lists = rules.words("words.closed_class"), ls.gap_lists(rules.words)
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
            feats = ls.features(words, tags, *gap, starts[b] - 1, caps[b], lows[b.lower()], closed, {})
            out.append((feats, 1, ls.judged(words, *gap, lists), words[gap[0]], b))
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
                feats = ls.features(words, tags, *gap, starts[b], caps[b] - 1, lows[b.lower()], closed, {})
                out.append((feats, 0, ls.judged(words, *gap, lists), words[gap[0]], b))
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
    at or above it) per bin of ``EDGES``; precision made monotone, the applied bins pooled."""
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
    mono = _pool_applied(bins, [p for p, n in merged for _ in range(int(n))])
    return [(lo, prec, pos, int(neg), per) for (lo, pos, neg, per), prec in zip(bins, mono)]


def _pool_applied(bins: list, mono: list[float]) -> list[float]:
    """The bins from the first one applied (precision >= APPLIED) up pooled into one, by their
    counts: above 0.995 the calibration articles hold one false gap in all, so a bin of its own
    rests on 0 or 1 of them and one gap more or less moves the first applied bin (review17b F4)."""
    first = next((k for k, p in enumerate(mono) if p >= APPLIED), len(mono))
    pos, neg = sum(b[1] for b in bins[first:]), sum(b[2] for b in bins[first:])
    return mono[:first] + [pos / (pos + neg + 0.5)] * (len(mono) - first)


def platt(scored: list[tuple[float, int, float]]) -> tuple[float, float]:
    """(slope, intercept) of the precision as a logistic function of the score's log-odds, fitted
    on the calibration articles with the same prior weights (Newton's method, two parameters): a
    bin of a few false gaps moves it little, where the bins' own counts jump."""
    import numpy as np

    p = np.clip(np.array([s for s, _, _ in scored]), 1e-9, 1 - 1e-9)
    x = np.stack([np.log(p / (1 - p)), np.ones(len(p))], axis=1)
    y = np.array([lab for _, lab, _ in scored], dtype=float)
    wt = np.array([w if lab else 1.0 for _, lab, w in scored])
    theta = np.zeros(2)
    for _ in range(50):
        q = 1 / (1 + np.exp(-(x @ theta)))
        grad = x.T @ (wt * (q - y))
        hess = (x * (wt * q * (1 - q))[:, None]).T @ x + 1e-9 * np.eye(2)
        theta -= np.linalg.solve(hess, grad)
    return float(theta[0]), float(theta[1])


def bin_precision(lo: float, curve: tuple[float, float]) -> float:
    """The precision of the fitted curve at a bin's lowest score (the least the bin holds)."""
    z = curve[0] * math.log(lo / (1 - lo)) + curve[1]
    return 1 / (1 + math.exp(-z))


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


def word_counts(rows: list) -> dict[tuple[str, str], list[int]]:
    """(side, word) -> [times at a boundary, times inside a sentence] over one article's gaps:
    side '<' the lower-case word before the gap, '>' the capitalised word after it."""
    out: dict[tuple[str, str], list[int]] = {}
    for _, lab, _, a, b in rows:
        for key in ((("<", a),) if a[:1].islower() else ()) + ((">", b),):  # the runtime judges no capital before
            out.setdefault(key, [0, 0])[0 if lab else 1] += 1
    return out


def _split(arts: list, args) -> tuple[list, list, int, dict[tuple[str, str], tuple[int, int]]]:
    """The fit rows, the calibration articles (rows, prior weight), their words and the word counts
    of the fitted articles (each fitted article's features read the counts without its own)."""
    fitted = {name for name, _, _ in arts if zlib.crc32(name.encode()) % 2}
    own = {name: word_counts(rows) for name, _, rows in arts if name in fitted}
    total: dict[tuple[str, str], list[int]] = {}
    for counts in own.values():
        for key, (ends, inside) in counts.items():
            t = total.setdefault(key, [0, 0])
            t[0] += ends
            t[1] += inside
    counted = {k: (v[0], v[1]) for k, v in total.items() if sum(v) >= MIN_COUNTED}
    fit_rows, cal, cal_words = [], [], 0
    for name, text, rows in arts:
        stats = counted if name not in fitted else ChainMap(
            {k: (counted[k][0] - c[0], counted[k][1] - c[1]) for k, c in own[name].items() if k in counted}, counted)
        kept = [([f for f in feats if not f.startswith(("w<", "w>"))] + stop_stats.word_features(a, b, stats), lab)
                for feats, lab, judged, a, b in rows if judged or args.all_gaps]
        if name in fitted:
            fit_rows += kept
        else:  # the prior counts every boundary the article has: the lost stop may be one the rules take
            cal.append((kept, max(1, sum(row[1] for row in rows)) / args.damaged_share))
            cal_words += len(text.split())
    return fit_rows, cal, cal_words, counted


def _write(table: list, weights: dict[str, float], counted: dict[tuple[str, str], tuple[int, int]]) -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Learned lost-stop detector (cleanup/learned_stops.py): feature, weight; '~bin' rows: lowest\n"
                 "# probability of a calibration bin, its measured precision (one article in four lost one stop).\n"
                 "# Weights only, fitted on the gaps the detector judges in the tuning halves of BBC and\n"
                 "# CNN/DailyMail less the probe's held-out articles; rebuild: python -m bench.stop_model --write\n")
        for lo, prec, *_ in table:
            fh.write(f"~bin\t{lo}\t{prec:.3f}\n")
        for f, x in sorted(weights.items()):
            fh.write(f"{f}\t{x:.4f}\n")
    with STATS_OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Words at the gaps of the learned lost-stop detector (cleanup/stop_stats.py): side ('<' the\n"
                 "# lower-case word before a gap, '>' the capitalised word after it), word, times at a sentence\n"
                 f"# boundary, times inside a sentence (words seen at least {MIN_COUNTED} times). Counts only, from the\n"
                 "# articles bench/stop_model.py fits its weights on; rebuild: python -m bench.stop_model --write\n")
        for (side, word), (ends, inside) in sorted(counted.items()):
            fh.write(f"{side}\t{word}\t{ends}\t{inside}\n")


def main(argv: list[str] | None = None) -> None:
    from cleanup import learned_stops as ls

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write rules/stop_model.tsv and rules/stop_words.tsv")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--damaged-share", type=float, default=0.25, help="share of articles that lost one stop")
    ap.add_argument("--cache", help="a pickle of the gaps' features, written once and read back (to try penalties)")
    ap.add_argument("--all-gaps", action="store_true",
                    help="fit and calibrate on every gap, also those the runtime leaves to the hand rules (before 17)")
    ap.add_argument("--shipped", action="store_true", help="calibrate the shipped weights (no fit) on the same gaps")
    args = ap.parse_args(argv)
    fit_rows, cal, cal_words, counted = _split(_all_samples(args.cache), args)
    print(f"fit: {len(fit_rows)} gaps, {sum(lab for _, lab in fit_rows)} boundaries; calibration: {len(cal)} articles")
    weights = ls.model()[0] if args.shipped else fit(fit_rows, args.l2)
    ls.model.cache_clear()
    scored = []
    for rows, npos in cal:
        for feats, lab in rows:
            z = sum(weights.get(f, 0.0) for f in feats)
            scored.append((1 / (1 + 2.718281828 ** -max(-30, min(30, z))), lab, 1 / npos))
    curve, counted_bins = platt(scored), calibrate(scored, cal_words)
    table = counted_bins
    print(f"a check on the bins: precision = logistic({curve[0]:.3f} * log-odds {curve[1]:+.3f}), fitted on the same gaps")
    for lo, prec, pos, neg, per in table:
        print(f"p >= {lo:.4f}: precision {prec:.3f} (the curve at its lowest score {bin_precision(lo, curve):.3f}; "
              f"weighted stops {pos:.1f}, {neg} false), false at or above: {per:.4f} per 1,000 words")
    total = sum(wt for _, lab, wt in scored if lab)
    for name, least in (("applied", APPLIED), ("offered or applied", 0.25)):
        share = sum(pos for lo, prec, pos, _, _ in table if prec >= least) / max(total, 1e-9)
        print(f"{name} (precision >= {least}): {share:.1%} of the lost stops the detector judges")
    print(f"{len(weights)} weights, {len(counted)} counted words")
    if args.write:
        _write(table, weights, counted)


if __name__ == "__main__":
    main()
