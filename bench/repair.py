"""Repair rate on artifacts injected into clean news of two house styles (BBC, CNN/DailyMail).

    python -m bench.repair [--per-class 200] [--seed 1] [--mixed 300] [--min-confidence X]

Per class: artifacts injected (several per document in the mixed run), and the share the
chain fixed, offered, got wrong or missed, each artifact scored on its own
(``bench.scoring.outcome``); plus the edits that touch no artifact (false edits on the
damaged documents).  CNN/DM articles come from the held-out half (501-1000)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing as mp
import random
from collections import Counter, defaultdict

from .common import SHARED, bbc_body, bbc_files
from .inject import CLASSES, damage, inject
from .scoring import outcome, window


def cnn_articles(start: int = 500, stop: int = 1000) -> list[tuple[str, str]]:
    out = []
    with (SHARED / "data" / "cnndm-test-1000" / "test.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if start <= i < stop and i not in (987, 988):  # lines 988 and 989 are the same article
                out.append((f"cnn{i}", json.loads(line)["article"]))
    return out


def corpus(style: str, n: int) -> list[tuple[str, str]]:
    if style == "bbc":
        return [(p.name + p.parent.name, bbc_body(p)) for p in bbc_files(n)]
    arts = cnn_articles()
    step = max(1, len(arts) // n)
    return arts[::step][:n]


def _score(args: tuple) -> list[tuple[str, str]] | int:
    from cleanup import Config, process

    damaged, arts, min_conf = args
    cfg = Config(detect_title=False, require_english=False)
    if min_conf is not None:
        cfg = cfg.replace(min_confidence=min_conf)
    edits = process(damaged, cfg).edits
    rows = [(a.cls, outcome(damaged, edits, a.start, a.end, [a.original])) for a in arts]
    touched: set = set()
    for a in arts:
        touched.update(id(e) for e in window(edits, a.start, a.end)[2])
    rows.append(("_false", str(sum(1 for e in edits if e.action == "fix" and id(e) not in touched))))
    return rows


def run(style: str, per_class: int, seed: int, mixed: int, min_conf: float | None) -> dict:
    docs = corpus(style, max(per_class, mixed))
    jobs = []
    for cls in CLASSES:
        for name, body in docs[:per_class]:
            got = damage(cls, body, name, seed)
            if got:
                jobs.append((got[0], got[1], min_conf))
    for name, body in docs[:mixed]:
        damaged, arts = inject(body, random.Random(f"{seed}:{name}:mixed"), 5)
        jobs.append((damaged, [dataclasses.replace(a, cls=a.cls + "+mixed") for a in arts], min_conf))
    with mp.Pool(2) as pool:
        results = pool.map(_score, jobs, chunksize=8)
    table: dict[str, Counter] = defaultdict(Counter)
    for rows in results:
        for cls, out in rows:
            if cls == "_false":
                table["_false"]["edits"] += int(out)
            else:
                table[cls][out] += 1
    return table


def report(style: str, table: dict) -> None:
    print(f"\n{style}: per class (single-class documents) and mixed documents (5 artifacts each)")
    print("| class | artifacts | fixed | offered | wrong | missed |")
    print("|---|---|---|---|---|---|")
    total = Counter()
    for cls in sorted(k for k in table if k != "_false"):
        c = table[cls]
        n = sum(c.values())
        if "+mixed" not in cls:
            total.update(c)
        print(f"| {cls} | {n} | {100 * c['fixed'] / n:.1f}% | {100 * c['offered'] / n:.1f}% | "
              f"{100 * c['wrong'] / n:.1f}% | {100 * c['missed'] / n:.1f}% |")
    n = sum(total.values())
    print(f"| **all classes** | {n} | **{100 * total['fixed'] / n:.1f}%** | {100 * total['offered'] / n:.1f}% | "
          f"{100 * total['wrong'] / n:.1f}% | {100 * total['missed'] / n:.1f}% |")
    print(f"applied edits touching no artifact: {table['_false']['edits']}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-class", type=int, default=200)
    ap.add_argument("--mixed", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--style", choices=["bbc", "cnn", "both"], default="both")
    ap.add_argument("--min-confidence", type=float, default=None)
    args = ap.parse_args(argv)
    for style in (["bbc", "cnn"] if args.style == "both" else [args.style]):
        report(style, run(style, args.per_class, args.seed, args.mixed, args.min_confidence))


if __name__ == "__main__":
    main()
