"""False edits on clean text: the chain over native news in two house styles.

    python -m bench.false_edits [--style bbc|cnn|both] [--split heldout|tuning|all] [--show 40]
                                [--min-confidence X]

BBC bodies (title line removed) and CNN/DailyMail articles.  ``heldout`` (the default)
measures on the halves no table or threshold was tuned on: BBC articles with an odd index in
sorted order, CNN/DM articles 501-1000.  Reports changed tokens per 1,000 words (tokens split
at spaces, and words and punctuation marks), the rules behind them, and examples."""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
from collections import Counter

from .common import BBC, SHARED, changed_examples, token_changes


def documents(style: str, split: str) -> list[tuple[str, str]]:
    if style == "bbc":
        files = sorted((BBC / "articles").glob("*/*.txt"))
        files = files[1::2] if split == "heldout" else files[::2] if split == "tuning" else files
        return [(str(p).split("articles/")[-1], p.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1].strip())
                for p in files]
    out = []
    with (SHARED / "data" / "cnndm-test-1000" / "test.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if (split == "heldout" and i < 500) or (split == "tuning" and i >= 500) or i == 988:
                continue  # line 989 repeats line 988
            out.append((f"cnn{i + 1}", json.loads(line)["article"]))
    return out


def _one(args: tuple[str, str, float | None]) -> tuple:
    from cleanup import Config, process

    name, body, min_conf = args
    cfg = Config(detect_title=False, require_english=False)
    if min_conf is not None:
        cfg = cfg.replace(min_confidence=min_conf)
    res = process(body, cfg)
    rules: Counter = Counter()
    for e in res.fixes:
        for r in e.rule.split("+"):
            rules[r] += 1
    return (name, len(body.split()), token_changes(body, res.output), rules, changed_examples(body, res.output),
            len(res.suggestions), token_changes(body, res.output, "wordpunct"), token_changes(body, res.output, "words"))


def run(style: str, split: str, min_conf: float | None = None, jobs: int = 2) -> dict:
    docs = documents(style, split)
    with mp.get_context("fork").Pool(jobs) as pool:
        rows = pool.map(_one, [(n, b, min_conf) for n, b in docs], chunksize=16)
    words = sum(r[1] for r in rows)
    rules: Counter = Counter()
    for r in rows:
        rules.update(r[3])
    return {"style": style, "articles": len(rows), "words": words, "changed": sum(r[2] for r in rows),
            "wordpunct": sum(r[6] for r in rows), "words_only": sum(r[7] for r in rows), "suggestions": sum(r[5] for r in rows), "rules": rules,
            "examples": [(r[0], a, b) for r in rows for a, b in r[4]]}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", choices=["bbc", "cnn", "both"], default="both")
    ap.add_argument("--split", choices=["heldout", "tuning", "all"], default="heldout")
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--min-confidence", type=float, default=None)
    args = ap.parse_args(argv)
    out = {}
    for style in (["bbc", "cnn"] if args.style == "both" else [args.style]):
        r = run(style, args.split, args.min_confidence, args.jobs)
        out[style] = 1000 * r["changed"] / r["words"]
        print(f"{style} ({args.split}): {r['articles']} articles, {r['words']} words, changed tokens {r['changed']} = "
              f"{out[style]:.3f} per 1,000 words; words and marks: {1000 * r['wordpunct'] / r['words']:.3f}; "
              f"words only: {1000 * r['words_only'] / r['words']:.3f}; "
              f"suggestions offered: {r['suggestions']}")
        print("  fix edits by rule:", dict(r["rules"].most_common()))
        for name, a, b in r["examples"][:args.show]:
            print(f"    {name}: {a!r}\n        -> {b!r}")
    return out


if __name__ == "__main__":
    main()
