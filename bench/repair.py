"""Repair rate on artifacts injected into BBC articles (one artifact per document).

    python -m bench.repair [--per-class 300] [--seed 1]

Per class: documents damaged, share repaired (the chain maps the damaged text to the same
output as the clean text), and the mean token edit distance to the original before and
after the chain."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random

from .common import bbc_body, bbc_files, token_changes
from .inject import INJECTORS, damage


def _one(args):
    from cleanup import Config, clean

    kind, path, seed = args
    body = bbc_body(path)
    damaged = damage(kind, body, path.name, seed)
    if damaged is None:
        return kind, None
    cfg = Config(detect_title=False)
    ref = clean(body, cfg)
    out = clean(damaged, cfg)
    return kind, (out == ref, token_changes(body, damaged), token_changes(body, out), token_changes(ref, out))


def run(per_class: int = 300, seed: int = 1, jobs: int = 2, kinds=None) -> dict:
    files = bbc_files()
    rng = random.Random(seed)
    tasks = []
    for kind in kinds or INJECTORS:
        for path in rng.sample(files, min(len(files), per_class * 2)):
            tasks.append((kind, path, seed))
    with mp.get_context("fork").Pool(jobs) as pool:
        rows = pool.map(_one, tasks, chunksize=16)
    table = {}
    for kind in kinds or INJECTORS:
        got = [r for k, r in rows if k == kind and r is not None][:per_class]
        n = len(got)
        if not n:
            continue
        table[kind] = {
            "n": n,
            "repaired": sum(r[0] for r in got) / n,
            "dist_before": sum(r[1] for r in got) / n,
            "dist_after": sum(r[2] for r in got) / n,
        }
    return table


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-class", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    table = run(args.per_class, args.seed, args.jobs)
    print(f"{'class':24} {'docs':>5} {'repaired':>9} {'tok.dist before':>16} {'after':>7}")
    for kind, row in table.items():
        print(f"{kind:24} {row['n']:5d} {100 * row['repaired']:8.1f}% {row['dist_before']:16.2f} {row['dist_after']:7.2f}")
    return table


if __name__ == "__main__":
    main()
