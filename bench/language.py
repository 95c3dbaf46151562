"""Source-language detection: right, wrong and null per language on real machine translation,
and on native English news (which must all come out null).

    python -m bench.language [--tables PATH] [--native 1000] [--show]

The signals come from the packs' ``[detect]`` tables (``rules/packs/*.toml``); a language
whose pack has none (or no pack yet) takes the draft table of
``../notes/detect-tables.toml`` (``[<lang>.detect]`` tables).  ``--tables`` reads only the
given file (drafts format) or folder (pack files) instead.  Each table's source is printed.

Texts, as the chain sees them (``title + "\\n\\n" + text``):

- dev: ``../shared/data/real-mt-dev/excerpts.jsonl`` and ``bench/real_mt/texts/*.json``;
- mining: ``bench/real_mt/texts/mining/*.json``, the pages the draft tables were tuned on
  (reported apart: they flatter the tables);
- native: BBC bodies and CNN/DailyMail articles, half each.

A text whose language has no table (de, fa, fr, pt in the dev set) is right when null.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

from cleanup.analysis import detect_source
from cleanup.language import Detection, Signals, signals_from_table

from .common import ROOT, SHARED, bbc_body, bbc_files
from .real_mt_texts import dev_text_paths

PACKS = ROOT / "rules" / "packs"
DRAFTS = ROOT.parent / "notes" / "detect-tables.toml"
TEXTS = ROOT / "bench" / "real_mt" / "texts"
EXCERPTS = SHARED / "data" / "real-mt-dev" / "excerpts.jsonl"
CNNDM = SHARED / "data" / "cnndm-test-1000" / "test.jsonl"


def tables_from_drafts(path: Path) -> dict[str, dict]:
    """``{lang: detect table}`` of a drafts file: top-level ``[<lang>.detect]`` tables."""
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    return {lang: body["detect"] for lang, body in doc.items() if isinstance(body, dict) and "detect" in body}


def tables_from_packs(folder: Path) -> dict[str, dict]:
    """``{lang: detect table}`` of the pack files of a folder that have a ``[detect]`` table."""
    out = {}
    for path in sorted(folder.glob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        if "detect" in doc and doc.get("language"):
            out[doc["language"]] = doc["detect"]
    return out


def load_tables(path: Path | None) -> tuple[dict[str, Signals], dict[str, str]]:
    """Compiled signals per language and where each table came from.  Without ``path``: what
    the chain uses (the shipped packs' tables and their calques, ``analysis.detection_signals``)."""
    if path is None:
        from cleanup.analysis import detection_signals
        from cleanup.rules import load_rules

        signals = detection_signals(load_rules())
        return dict(sorted(signals.items())), dict.fromkeys(signals, f"{PACKS}/<lang>.toml and its phrase rules")
    if path is not None:
        raw = tables_from_packs(path) if path.is_dir() else tables_from_drafts(path)
        where = dict.fromkeys(raw, str(path))
    else:
        drafts = tables_from_drafts(DRAFTS) if DRAFTS.exists() else {}
        packs = tables_from_packs(PACKS) if PACKS.is_dir() else {}
        raw = drafts | packs
        where = {lang: (f"{PACKS}/{lang}.toml" if lang in packs else str(DRAFTS)) for lang in raw}
    return {lang: signals_from_table(t) for lang, t in sorted(raw.items())}, where


def _input(d: dict) -> str:
    title = d.get("title") or ""
    return f"{title}\n\n{d['text']}" if title else d["text"]


def mt_texts() -> dict[str, list[tuple[str, str, str]]]:
    """(id, lang, input) of the dev and the mining texts (never the held-out set, texts/holdout/)."""
    dev = [json.loads(line) for line in EXCERPTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev += [json.loads(p.read_text(encoding="utf-8")) for p in dev_text_paths(TEXTS)]
    mining = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((TEXTS / "mining").glob("*.json"))]
    return {name: [(d["id"], d["lang"], _input(d)) for d in docs] for name, docs in (("dev", dev), ("mining", mining))}


def native_texts(n: int) -> list[tuple[str, str]]:
    out = [(f"bbc:{p.parent.name}/{p.name}", bbc_body(p)) for p in bbc_files(n // 2)]
    with CNNDM.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n - n // 2:
                break
            out.append((f"cnndm:{i}", json.loads(line)["article"]))
    return out


def outcome(found: Detection, truth: str, langs: set[str]) -> str:
    expected = truth if truth in langs else None
    if found.language == expected:
        return "right"
    return "null" if found.language is None else "wrong"


def report(name: str, texts: list[tuple[str, str, str]], packs: dict[str, Signals], show: bool) -> tuple[int, int]:
    rows: dict[str, Counter] = {}
    misses = []
    for tid, lang, text in texts:
        found = detect_source(text, packs)
        o = outcome(found, lang, set(packs))
        rows.setdefault(lang, Counter())[o] += 1
        if o != "right":
            misses.append((tid, lang, o, found))
    print(f"\n{name}: {len(texts)} texts")
    print("| language | texts | right | wrong | null |")
    print("|---|---|---|---|---|")
    total: Counter = Counter()
    for lang in sorted(rows):
        c = rows[lang]
        total.update(c)
        mark = "" if lang in packs else " (no table: null is right)"
        print(f"| {lang}{mark} | {sum(c.values())} | {c['right']} | {c['wrong']} | {c['null']} |")
    n = sum(total.values())
    print(f"| all | {n} | {total['right']} ({100 * total['right'] / max(n, 1):.0f}%) | {total['wrong']} | {total['null']} |")
    if show:
        for tid, lang, o, found in misses:
            print(f"  {o:5} {tid} ({lang}) -> {found.language} {found.score:.1f} {', '.join(found.evidence[:6])}")
    return total["right"], n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tables", type=Path, default=None,
                    help="a drafts file ([<lang>.detect] tables) or a folder of pack files")
    ap.add_argument("--native", type=int, default=1000, help="native articles, half BBC, half CNN/DM")
    ap.add_argument("--show", action="store_true", help="list every miss and every native detection")
    args = ap.parse_args(argv)

    packs, where = load_tables(args.tables)
    if not packs:
        print("no [detect] tables found", file=sys.stderr)
        return 1
    for lang in packs:
        print(f"{lang}: {len(packs[lang].patterns)} signals from {where[lang]}")
    texts = mt_texts()
    for name in ("dev", "mining"):
        report(name, texts[name], packs, args.show)

    started = time.perf_counter()
    native = native_texts(args.native)
    detected = [(tid, detect_source(text, packs)) for tid, text in native]
    wrong = [(tid, d) for tid, d in detected if d.language is not None]
    per_text = (time.perf_counter() - started) / max(len(native), 1) * 1000
    print(f"\nnative: {len(native)} texts, {len(wrong)} detected (must be 0), {per_text:.2f} ms a text")
    for tid, d in wrong:
        print(f"  {tid} -> {d.language} {d.score:.1f} {', '.join(d.evidence[:6])}")
    if args.show:
        near = sorted(detected, key=lambda x: -x[1].score)[:10]
        print("  highest native scores: " + "; ".join(f"{tid} {d.score:.1f} {d.evidence[:3]}" for tid, d in near))
    return 0


if __name__ == "__main__":
    sys.exit(main())
