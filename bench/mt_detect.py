"""Train and report the machine-translation detector (:mod:`cleanup.mt_detect`).

    python -m bench.mt_detect [--write] [--cut WORDS]

Training texts, each as the chain sees it at its analysis (after the normalising stages that
run before it; the detector reads only its prose lines, :func:`cleanup.mt_detect.body_of`):
machine-translated = the real-MT dev set (``bench.real_mt.load_excerpts(which="dev")``, which
holds the mining texts of ``bench/real_mt/mining_recipes.jsonl``: 196 texts); native = the TUNING
halves of BBC and CNN/DailyMail (``bench.false_edits.documents(style, "tuning")``).  A native
article is cut to its first ``--cut`` words (at a sentence end) for fitting, so that both classes
have the length of an MT excerpt (about 300 words) and length is not what the model learns.

Features: :func:`cleanup.mt_detect.features` (rates of closed-class words, shapes of punctuation,
casing and sentences; no topic word).  Logistic regression with an L2 penalty on standardised
features, classes weighted to equal mass (numpy, Newton steps); the penalty is chosen by 5-fold
cross-validation (stratified, by a hash of the text's name) on the out-of-fold recall at the
threshold's false-positive rate (log loss breaks ties).  The
threshold is the highest out-of-fold score of a native text that leaves at most ``--fp`` (0.5%)
of the native tuning texts above it, raised to the highest in-sample native score when that is
higher (a shipped model is the in-sample one).  Then, never used to choose anything, the report:
recall on the in-sample held-out real-MT sets (holdout, holdout2..6, holdout8..10) and false
positives on the held-out halves of BBC and CNN/DailyMail, whole articles as the chain gets them.
``--write`` saves ``rules/mt_detect.tsv`` (weights on the raw features, standardisation folded in).
"""

from __future__ import annotations

import argparse
import re
import zlib
from pathlib import Path

import numpy as np

from cleanup import mt_detect
from cleanup.config import Config
from cleanup.doc import Context
from cleanup.edits import EditLog
from cleanup.rules import load_rules

OUT = Path(__file__).resolve().parent.parent / "rules" / "mt_detect.tsv"
HELD_OUT = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout8", "holdout9",
            "holdout10")
LAMBDAS = (3.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0, 10000.0)
MIN_WORDS = 80
WORD_LISTS = ("words.closed_class", "words.function_words")


def as_analysed(text: str, config: Config) -> tuple[str, bool]:
    """The text the chain's analysis reads (the stages before ``analyse`` applied) and whether
    it takes the first line for a title."""
    from cleanup import pipeline, title

    rules = load_rules(config.rules_dirs)
    log, ctx = EditLog(text), Context(rules, config)
    for stage in pipeline.STAGES:
        if stage.name == "analyse":
            break
        log.apply(stage.run(ctx.view(log.text), ctx))
    return log.text, config.detect_title and title.detect_title(log.text, rules)


def cut(text: str, words: int) -> str:
    """The start of ``text`` up to the first sentence end after ``words`` words."""
    if not words:
        return text
    for m in re.finditer(r"[.!?][\"'”’]?(?=\s)", text):
        if len(mt_detect.WORD.findall(text, 0, m.end())) >= words:
            return text[:m.end()]
    return text


def corpus(cut_words: int) -> dict[str, list[tuple[str, str, bool]]]:
    """(name, analysed text, has_title) of each set: mt (dev), native (tuning, cut), the held-out
    MT sets and the native held-out halves (whole)."""
    from .false_edits import documents
    from .real_mt import load_excerpts

    mt_cfg, native_cfg = Config(require_english=False), Config(detect_title=False, require_english=False)
    out: dict[str, list[tuple[str, str, bool]]] = {}
    out["mt"] = [(k, *as_analysed(e.input, mt_cfg)) for k, e in sorted(load_excerpts(which="dev").items())]
    out["native"] = [(f"{style}:{k}", cut(as_analysed(t, native_cfg)[0], cut_words), False)
                     for style in ("bbc", "cnn") for k, t in documents(style, "tuning")]
    out["native_full"] = [(f"{style}:{k}", as_analysed(t, native_cfg)[0], False)
                          for style in ("bbc", "cnn") for k, t in documents(style, "tuning")]
    out["heldout_mt"] = [(k, *as_analysed(e.input, mt_cfg)) for s in HELD_OUT
                         for k, e in sorted(load_excerpts(which=s).items())]
    for style in ("bbc", "cnn"):
        out[f"heldout_{style}"] = [(k, as_analysed(t, native_cfg)[0], False) for k, t in documents(style, "heldout")]
    return out


def names(rules) -> list[str]:
    """The feature names: the closed-class and function words, then every shape."""
    words = sorted(w.lower() for w in rules.words(*WORD_LISTS) if w.isalpha())
    _, probe = mt_detect.features("A probe. It is one.")
    return [f"w:{w}" for w in words] + sorted(k for k in probe if k.startswith("s:"))


def matrix(texts: list[tuple[str, str, bool]], feats: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The feature rows of ``texts`` and their word counts."""
    rows, counts = [], []
    for _, text, _ in texts:
        n, f = mt_detect.features(mt_detect.body_of(text))
        rows.append([f.get(k, 0.0) for k in feats])
        counts.append(n)
    return np.array(rows, dtype=float), np.array(counts)


def fit(x: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    """Weights and bias of a logistic regression on standardised ``x`` (classes weighted to
    equal mass, L2 penalty ``lam`` on the weights, not the bias), by Newton's method."""
    n, d = x.shape
    sw = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum())) * n
    a = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    pen = np.full(d + 1, lam)
    pen[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(a @ w, -50, 50)))
        grad = a.T @ (sw * (p - y)) + pen * w
        hess = (a * (sw * p * (1 - p))[:, None]).T @ a + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mu, sd = x.mean(axis=0), x.std(axis=0)
    return mu, np.where(sd > 0, sd, 1.0)


def prob(x: np.ndarray, mu: np.ndarray, sd: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(((x - mu) / sd) @ w + b, -50, 50)))


def folds(keys: list[str], k: int = 5) -> np.ndarray:
    return np.array([zlib.crc32(key.encode()) % k for key in keys])


def out_of_fold(x: np.ndarray, y: np.ndarray, fold: np.ndarray, lam: float) -> np.ndarray:
    """Each text's score from the model fitted without its fold."""
    out = np.zeros(len(y))
    for f in np.unique(fold):
        tr, te = fold != f, fold == f
        mu, sd = standardise(x[tr])
        w, b = fit((x[tr] - mu) / sd, y[tr], lam)
        out[te] = prob(x[te], mu, sd, w, b)
    return out


def threshold_for(native: np.ndarray, fp: float) -> float:
    """The lowest threshold that leaves at most ``fp`` of ``native`` at or above it."""
    s = np.sort(native)[::-1]
    allowed = int(np.floor(fp * len(s)))
    return float(s[allowed]) + 1e-6 if allowed < len(s) else 0.0


def quantiles(v: np.ndarray) -> str:
    qs = (0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 0.995, 1.0)
    return " ".join(f"q{int(q * 1000) / 10:g}={np.quantile(v, q):.3f}" for q in qs) if len(v) else "-"


def choose(x: np.ndarray, y: np.ndarray, keys: list[str], fp: float) -> tuple[float, np.ndarray]:
    """The penalty with the highest out-of-fold recall at the native false-positive rate ``fp``
    (what the threshold is set for; the lower log loss breaks a tie), and its out-of-fold scores."""
    fold = folds(keys)
    best: tuple[tuple[float, float], float, np.ndarray] | None = None
    for lam in LAMBDAS:
        p = np.clip(out_of_fold(x, y, fold, lam), 1e-9, 1 - 1e-9)
        loss = -0.5 * (np.log(p[y == 1]).mean() + np.log(1 - p[y == 0]).mean())
        t = threshold_for(p[y == 0], fp)
        print(f"lambda {lam:>6}: out-of-fold loss {loss:.4f}, recall at {fp:.1%} native FP "
              f"{(p[y == 1] >= t).mean():.3f} (threshold {t:.3f})")
        key = (-float((p[y == 1] >= t).mean()), loss)
        if best is None or key < best[0]:
            best = (key, lam, p)
    assert best is not None
    return best[1], best[2]


def write(path: Path, feats: list[str], w: np.ndarray, b: float, mu: np.ndarray, sd: np.ndarray,
          threshold: float, header: list[str]) -> None:
    """Weights on the raw features (standardisation folded in), bias, threshold, minimum words."""
    raw = w / sd
    bias = b - float((w * mu / sd).sum())
    lines = [f"# {h}" for h in header]
    lines += [f"~bias\t{bias:.6f}", f"~threshold\t{threshold:.4f}", f"~min_words\t{MIN_WORDS}"]
    lines += [f"{k}\t{v:.6f}" for k, v in zip(feats, raw) if abs(v) > 1e-9]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report(name: str, p: np.ndarray, n: np.ndarray, threshold: float) -> str:
    """Decided texts above the threshold, of all; the undecided (too short) counted apart."""
    decided = n >= MIN_WORDS
    hits = int((p[decided] >= threshold).sum())
    return (f"{name}: {hits} of {len(p)} over the threshold ({int((~decided).sum())} too short to decide); "
            f"scores {quantiles(p[decided])}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help=f"save {OUT.name}")
    ap.add_argument("--cut", type=int, default=340, help="fit native articles on their first WORDS words (0: whole)")
    ap.add_argument("--fp", type=float, default=0.005, help="share of native tuning texts allowed over the threshold")
    ap.add_argument("--cache", type=Path, help="pickle of the analysed texts (built when absent)")
    args = ap.parse_args(argv)
    import pickle

    if args.cache and args.cache.exists():
        sets = pickle.loads(args.cache.read_bytes())
    else:
        sets = corpus(args.cut)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(sets))
    rules = load_rules()
    feats = names(rules)
    xm, nm = matrix(sets["mt"], feats)
    xn, nn = matrix(sets["native"], feats)
    keep_m, keep_n = nm >= MIN_WORDS, nn >= MIN_WORDS
    x = np.vstack([xm[keep_m], xn[keep_n]])
    y = np.concatenate([np.ones(keep_m.sum()), np.zeros(keep_n.sum())])
    keys = [k for (k, _, _), ok in zip(sets["mt"] + sets["native"], np.concatenate([keep_m, keep_n])) if ok]
    print(f"{len(feats)} features; fitted on {int(y.sum())} MT and {int((1 - y).sum())} native texts")
    lam, oof = choose(x, y, keys, args.fp)
    mu, sd = standardise(x)
    w, b = fit((x - mu) / sd, y, lam)
    inside = prob(x, mu, sd, w, b)
    t_oof = threshold_for(oof[y == 0], args.fp)
    threshold = max(t_oof, threshold_for(inside[y == 0], args.fp))
    print(f"lambda {lam}; threshold {threshold:.4f} (out-of-fold {t_oof:.4f})")
    print(report("dev MT, out of fold", oof[y == 1], np.full(int(y.sum()), MIN_WORDS), threshold))
    print(report("native tuning (cut), out of fold", oof[y == 0], np.full(int((1 - y).sum()), MIN_WORDS), threshold))
    for name in ("native_full", "heldout_mt", "heldout_bbc", "heldout_cnn"):
        xs, ns = matrix(sets[name], feats)
        print(report(name, prob(xs, mu, sd, w, b), ns, threshold))
    order = np.argsort(-np.abs(w))
    print("largest standardised weights: " + ", ".join(f"{feats[i]} {w[i]:+.2f}" for i in order[:25]))
    if args.write:
        write(OUT, feats, w, b, mu, sd, threshold, [
            "Machine-translation detector (cleanup/mt_detect.py): feature, weight on the raw feature value;",
            "~bias, ~threshold (probability), ~min_words (shorter texts get no decision).",
            "Logistic regression, L2 penalty (lambda: best 5-fold CV recall at that FP rate), classes weighted equally;",
            f"MT = real-MT dev set ({int(y.sum())} texts incl. mining); native = tuning halves of BBC and",
            f"CNN/DailyMail ({int((1 - y).sum())} texts, cut to their first {args.cut} words); threshold: at most",
            f"{args.fp:.1%} of the native tuning texts over it (out of fold and in sample).",
            "Rebuild: python -m bench.mt_detect --write",
        ])
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
