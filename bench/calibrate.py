"""Confidence: how precise each rule is, and the precision/recall curve of the threshold.

    python -m bench.calibrate [--docs 300] [--fold tuning|heldout] [--write]
    python -m bench.calibrate --fold tuning --rules a,b [--probe 150] [--min-confidence 0.7] --write

``--rules`` measures and stores only the named rules (bench/calibrate_rules.py): their entries are
merged into ``rules/calibration.toml``, every other entry kept as it is.

Every candidate edit carries a confidence; ``Config.min_confidence`` applies those at or
above it and offers the rest.  This benchmark runs the chain with every candidate applied
(``min_confidence=0``) on

- injected artifacts (bench/inject.py, five per document) in BBC and CNN/DailyMail: an edit
  that repairs an artifact is right; one that touches no artifact is a false edit;
- clean native news of the same fold: every edit that changes a word or a mark is false;

and reports (1) per rule: right, false, precision and its mean confidence, so a rule whose
confidence is far from its precision shows; (2) per threshold: the share of artifacts fixed
(recall), the precision of applied edits and the false edits per 1,000 words of clean text.
The tuning fold (BBC even indices, CNN/DM 1-500) is where confidences are set (``--write``
stores each rule's measured precision in ``rules/calibration.toml``, which the loader applies);
the held-out fold (BBC odd, CNN/DM 501-1000) is where the curve is reported.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
from collections import Counter, defaultdict

from .common import BBC, SHARED, token_changes
from .inject import inject
from .scoring import outcome, window

THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def fold(name: str, n: int) -> list[tuple[str, str]]:
    files = sorted((BBC / "articles").glob("*/*.txt"))
    files = files[::2] if name == "tuning" else files[1::2]
    step = max(1, len(files) // n)
    docs = [(p.parent.name + p.name, p.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1].strip())
            for p in files[::step][:n]]
    with (SHARED / "data" / "cnndm-test-1000" / "test.jsonl").open(encoding="utf-8") as fh:
        lines = fh.readlines()
    cnn = lines[:500] if name == "tuning" else lines[500:]
    docs += [(f"cnn{i}", json.loads(x)["article"]) for i, x in enumerate(cnn[:: max(1, len(cnn) // n)][:n])]
    return docs


def chain_edits(text: str) -> list:
    """Every edit of the chain at ``MIN_CONFIDENCE`` (0: every candidate applied).  A rule that
    only speaks when another's verdict falls below the threshold (casing.stray_capital.lone_word)
    is silent at 0 and is measured at the threshold it runs under (``--min-confidence``)."""
    import os

    from cleanup import Config, process

    floor = float(os.environ.get("BENCH_CALIBRATE_MIN_CONFIDENCE", "0"))
    return list(process(text, Config(detect_title=False, require_english=False, min_confidence=floor)).edits)


def _injected(args: tuple[str, str]) -> list[tuple[str, float, bool, bool]]:
    """(rule, confidence, right, counts) per applied edit on a damaged document; plus
    ('@artifact', best confidence that fixed it or -1) per artifact."""
    name, body = args
    damaged, arts = inject(body, random.Random(f"calibrate:{name}"), 5)
    return damaged_rows(damaged, arts)


def damaged_rows(damaged: str, arts: list) -> list[tuple[str, float, bool, bool]]:
    """The rows of :func:`_injected` for any damaged text and its artifacts (``start``, ``end``,
    ``original``): shared with the second injector (bench.calibrate_rules), so both are judged alike."""
    edits = [e for e in chain_edits(damaged) if e.action == "fix"]
    rows: list[tuple[str, float, bool, bool]] = []
    used: set[int] = set()
    for a in arts:
        inside = window(edits, a.start, a.end)[2]
        used.update(id(e) for e in inside)
        ok = outcome(damaged, edits, a.start, a.end, [a.original]) == "fixed"
        low = min((e.confidence or 1.0) for e in inside) if ok and inside else -1.0
        rows.append(("@artifact", low, ok, True))
        rows += [(e.rule, e.confidence or 1.0, ok, True) for e in inside]
    for e in edits:
        if id(e) not in used and token_changes(e.before, e.after, "wordpunct"):
            rows.append((e.rule, e.confidence or 1.0, False, True))
    return rows


def _clean(args: tuple[str, str]) -> tuple[int, list[tuple[str, float, int]]]:
    """(words, [(rule, confidence, changed tokens)]) on clean text."""
    _, body = args
    out = []
    for e in chain_edits(body):
        if e.action == "fix":
            a = body[max(0, e.start - 1):e.end + 1]
            b = body[max(0, e.start - 1):e.start] + e.after + body[e.end:e.end + 1]
            n = token_changes(a, b, "wordpunct")
            if n:
                out.append((e.rule, e.confidence or 1.0, n))
    return len(body.split()), out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="documents per house style")
    ap.add_argument("--fold", choices=["tuning", "heldout"], default="heldout")
    ap.add_argument("--write", action="store_true", help="store the measured precisions (tuning fold only)")
    ap.add_argument("--prior", action="store_true", help="measure without the stored calibration")
    ap.add_argument("--rules", type=lambda v: [r for r in v.split(",") if r],
                    help="rule ids, comma-separated: --write merges only theirs, every other entry kept as it is")
    ap.add_argument("--probe", type=int, default=0, metavar="N",
                    help="with --rules: add bench.probe's tuning articles (N per kind and style, kinds of the rules)")
    ap.add_argument("--probe-kinds", type=lambda v: [k for k in v.split(",") if k],
                    help="the probe's kinds, comma-separated (default: those the rules' evidence cites)")
    ap.add_argument("--min-confidence", type=float, default=0.0,
                    help="with --rules: run the chain at this threshold (edits offered there are not measured)")
    args = ap.parse_args(argv)
    if args.min_confidence and not args.rules:
        ap.error("--min-confidence takes --rules: the whole table is measured with every candidate applied")
    if args.write and args.fold != "tuning":
        ap.error("--write takes the tuning fold: never tune and score on the same articles")
    if args.probe and (not args.rules or args.fold != "tuning"):
        ap.error("--probe takes --rules and the tuning fold: the probe's held-out articles are never measured")
    docs = fold(args.fold, args.docs)
    import os

    os.environ["BENCH_CALIBRATE_MIN_CONFIDENCE"] = str(args.min_confidence)  # read by the workers
    if args.prior or args.write:
        os.environ["MT_CLEANUP_NO_CALIBRATION"] = "1"  # the workers measure the rules' own confidences
    with mp.Pool(2) as pool:
        injected = [r for rows in pool.map(_injected, docs, chunksize=8) for r in rows]
        clean = pool.map(_clean, docs, chunksize=8)
        if args.probe:
            from .calibrate_rules import probe_rows

            injected += probe_rows(pool, args.rules, args.probe, args.probe_kinds)
    words = sum(w for w, _ in clean)
    print(f"fold: {args.fold}, {len(docs)} documents ({words:,} words of clean text)\n")
    rule_table(injected, clean, args.rules)
    if args.write:
        rows = ([(r, c, ok) for r, c, ok, _ in injected if r != "@artifact"]
                + [(r, c, False) for _, rows in clean for r, c, _ in rows])
        write_calibration(rows, only=args.rules)
    arts = [(c, ok) for rule, c, ok, _ in injected if rule == "@artifact"]
    print("\n| min_confidence | artifacts fixed | false edits per 1,000 words (clean) |\n|---|---|---|")
    curve = {}
    for t in THRESHOLDS:
        fixed = sum(1 for c, ok in arts if ok and c >= t)
        false = sum(n for _, rows in clean for _, c, n in rows if c >= t)
        curve[t] = (fixed / max(1, len(arts)), 1000 * false / max(1, words))
        print(f"| {t:.2f} | {100 * curve[t][0]:.1f}% | {curve[t][1]:.3f} |")
    return curve


def rule_table(injected: list, clean: list, only: list[str] | None = None) -> None:
    """Per rule (or only the named ones): right, false, precision and mean confidence, so a rule
    whose confidence is far from its precision shows."""
    per_rule: dict[str, Counter] = defaultdict(Counter)
    conf: dict[str, list[float]] = defaultdict(list)
    for rule, c, ok, _ in injected:
        if rule != "@artifact":
            for r in rule.split("+"):
                per_rule[r]["right" if ok else "false"] += 1
                conf[r].append(c)
    for _, rows in clean:
        for rule, c, n in rows:
            for r in rule.split("+"):
                per_rule[r]["false"] += 1
                per_rule[r]["clean_tokens"] += n
                conf[r].append(c)
    print("| rule | right | false | precision | mean confidence |\n|---|---|---|---|---|")
    for r, c in sorted(per_rule.items(), key=lambda kv: -(kv[1]["right"] + kv[1]["false"])):
        if only and r not in only:
            continue
        n = c["right"] + c["false"]
        print(f"| {r} | {c['right']} | {c['false']} | {(c['right'] + 1) / (n + 2):.2f} | "
              f"{sum(conf[r]) / len(conf[r]):.2f} |")
    for r in only or ():
        if r not in per_rule:
            print(f"| {r} | 0 | 0 | - | - |")


def measured_cells(rows: list[tuple[str, float, bool]], least: int = 6) -> dict[str, str]:
    """Per rule, its table line: for each confidence its evidence gave with ``least`` edits or
    more, [confidence, precision (Laplace), edits].  A rule with no such cell has no line."""
    buckets: dict[str, dict[float, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for rule, c, ok in rows:
        for r in rule.split("+"):
            buckets[r][round(c, 2)]["right" if ok else "false"] += 1
    lines = {}
    for r in sorted(buckets):
        cells = []
        for c, n in sorted(buckets[r].items()):
            total = n["right"] + n["false"]
            if total >= least and not r.startswith("languagetool."):
                cells.append(f"[{c:.2f}, {(n['right'] + 1) / (total + 2):.3f}, {total}]")
        if cells:
            lines[r] = f'"{r}" = [{", ".join(cells)}]'
    return lines


def write_calibration(rows: list[tuple[str, float, bool]], least: int = 6, only: list[str] | None = None) -> None:
    """For each rule and each confidence its evidence gave: the precision measured there.  With
    ``only``, those rules' entries are merged into the stored table and the rest kept byte for byte."""
    from pathlib import Path

    from .calibrate_rules import merge_table

    lines = measured_cells(rows, least)
    path = Path(__file__).resolve().parent.parent / "rules" / "calibration.toml"
    if only:
        text, report = merge_table(path.read_text(encoding="utf-8"), {r: lines.get(r) for r in only})
        path.write_text(text, encoding="utf-8")
        for r, what in report.items():
            print(f"{r}: {what}")
        return
    path.write_text(
        "# Measured precision of each rule at each confidence its evidence gives:\n"
        "#   rule = [[confidence given, precision measured, edits seen], ...]\n"
        "# on the tuning fold (BBC even indices, CNN/DM 1-500; injected artifacts and clean text). The loader\n"
        "# replaces a confidence by the precision measured for it. Rebuild: python -m bench.calibrate --fold tuning --write\n"
        "\n[data]\n[data.measured]\n" + "\n".join(lines.values()) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(lines)} rules)")


if __name__ == "__main__":
    main()
