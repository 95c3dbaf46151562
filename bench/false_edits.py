"""False edits on clean text: the chain over BBC article bodies (title line removed).

    python -m bench.false_edits [--limit N] [--show 40]

Reports changed tokens per 1,000 words and the rule ids behind them, with examples."""

from __future__ import annotations

import argparse
import multiprocessing as mp
from collections import Counter

from .common import bbc_body, bbc_files, changed_examples, token_changes


def _one(path):
    from cleanup import Config, process

    body = bbc_body(path)
    res = process(body, Config(detect_title=False))
    changes = token_changes(body, res.output)
    rules = Counter()
    for e in res.fixes:
        for r in e.rule.split("+"):
            rules[r] += 1
    wp = token_changes(body, res.output, "wordpunct")
    return str(path), len(body.split()), changes, rules, changed_examples(body, res.output), len(res.suggestions), wp


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    files = bbc_files(args.limit)
    with mp.get_context("fork").Pool(args.jobs) as pool:
        rows = pool.map(_one, files, chunksize=16)
    words = sum(r[1] for r in rows)
    changed = sum(r[2] for r in rows)
    rules = Counter()
    for r in rows:
        rules.update(r[3])
    per_k = 1000 * changed / words
    wp = sum(r[6] for r in rows)
    print(f"articles: {len(rows)}  words: {words}  changed tokens: {changed}  per 1,000 words: {per_k:.3f}")
    print(f"  counting words and punctuation marks as tokens (spacing alone is no change): {wp} changed, "
          f"{1000 * wp / words:.3f} per 1,000 words")
    print(f"suggestions offered (not applied): {sum(r[5] for r in rows)}")
    print("fix edits by rule:", dict(rules.most_common()))
    shown = 0
    for path, _, _n, _, ex, _, _wp in rows:
        for a, b in ex:
            if shown >= args.show:
                break
            print(f"  {path.split('articles/')[-1]}: {a!r}\n      -> {b!r}")
            shown += 1
    return {"per_1000": per_k, "articles": len(rows)}


if __name__ == "__main__":
    main()
