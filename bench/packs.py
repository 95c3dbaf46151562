"""Source-language packs: how many rules each has, whether any fires on native English, and
what they do on real machine translation.

    python -m bench.packs [--native 600] [--lang ko]

For each pack: its rules (phrase rules apart); the pack's edits on native English news
(BBC bodies and CNN/DailyMail articles) with the pack FORCED on (each is a false edit: a
pack must not fire on native English); and its edits on the real-MT texts of that source
language (../shared/data/real-mt-dev and bench/real_mt/texts, mining texts included).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
from collections import Counter
from pathlib import Path

from .common import SHARED, bbc_body, bbc_files
from .real_mt_texts import TEXTS, dev_text_paths


def real_mt_texts(shared: Path = SHARED / "data" / "real-mt-dev" / "excerpts.jsonl",
                  here: Path = TEXTS) -> list[tuple[str, str, str]]:
    """(id, lang, input) of every real-MT text we may tune on: the shared dev set and our own
    (mining pages too), never the held-out set."""
    out = []
    for line in shared.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out.append(d)
    for p in dev_text_paths(here, recursive=True):
        out.append(json.loads(p.read_text(encoding="utf-8")))
    return [(d["id"], d["lang"], (d["title"] + "\n\n" + d["text"]) if d.get("title") else d["text"]) for d in out]


def native_texts(n: int) -> list[str]:
    bbc = [bbc_body(p) for p in bbc_files(n // 2)]
    cnn = []
    with (SHARED / "data" / "cnndm-test-1000" / "test.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n // 2:
                break
            cnn.append(json.loads(line)["article"])
    return bbc + cnn


def _pack_edits(args: tuple[str, str]) -> list[tuple[str, str, str, str]]:
    from cleanup import Config, process

    text, lang = args
    try:
        res = process(text, Config(require_english=False, detect_title=False, source_language=lang))
    except Exception:
        return []
    return [(e.rule, e.action, e.before, e.after) for e in res.edits if e.rule.split(".")[0] == lang]


def main(argv: list[str] | None = None) -> None:
    from cleanup.rules import load_rules

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--native", type=int, default=600, help="native articles (half BBC, half CNN/DM)")
    ap.add_argument("--lang", default=None)
    ap.add_argument("--show", action="store_true", help="list every edit")
    args = ap.parse_args(argv)
    rules = load_rules()
    langs = [args.lang] if args.lang else list(rules.languages)
    native = native_texts(args.native)
    mt = real_mt_texts()
    print(f"| pack | rules | phrase rules | native edits ({len(native)} articles, forced) | real-MT texts | edits on them |")
    print("|---|---|---|---|---|---|")
    with mp.Pool(2) as pool:
        for lang in langs:
            pack = [r for r in rules.rules if r.language == lang]
            wrong = [e for es in pool.map(_pack_edits, [(t, lang) for t in native], chunksize=16) for e in es]
            own = [(i, t) for i, lg, t in mt if lg == lang]
            hits = [e for es in pool.map(_pack_edits, [(t, lang) for _, t in own]) for e in es]
            print(f"| {lang} | {len(pack)} | {sum(r.kind == 'phrase' for r in pack)} | {len(wrong)} | {len(own)} | "
                  f"{len(hits)} ({Counter(a for _, a, _, _ in hits).get('fix', 0)} applied) |")
            if args.show or wrong:
                for rule, action, before, after in wrong[:20]:
                    print(f"    NATIVE {rule} {action}: {before!r} -> {after!r}")
            if args.show:
                for rule, action, before, after in hits:
                    print(f"    mt {rule} {action}: {before!r} -> {after!r}")


if __name__ == "__main__":
    main()
