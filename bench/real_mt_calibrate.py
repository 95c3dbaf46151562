"""Per rule: are its suggestions right on real machine translation, and do its applied edits hold?

    python -m bench.real_mt_calibrate [--rules PREFIX ...] [--show] [--no-clean] [--json PATH]

``bench.calibrate`` measures each rule's precision on our injector and clean news; real MT
never enters it.  This benchmark measures the same rules on the annotated in-sample real MT
(``bench/real_mt``), one rule at a time, on the chain's default run:

- *suggestions* (``suggest`` edits of rule R): R's suggestions are turned into fixes (every other
  edit as it was) and the excerpt is scored again.  A repair that becomes ``fixed`` is a *right*
  suggestion; one that becomes ``wrong`` or stops being ``fixed`` is *wrong*; a keep that breaks is
  *keep*; an edit touching no annotation is *unannotated* (read it with ``--show``: a missed
  annotation or a false edit).
- *applied* (``fix`` edits of R): R's fixes are turned into suggestions.  A repair that stops
  being ``fixed`` was a *right* fix; one that stops being ``wrong``, a *wrong* one; a keep that
  mends, *keep*; R's unannotated fixes are counted too.

A case is one verdict of R in one paragraph (a line of the excerpt): the opening and the closing
mark of one quote, annotated as two repairs, are one right case; R's unannotated edits in one
paragraph are one.  The excerpts R's ``evidence`` cites (``dev:``, ``holdout:``, ``mining:``,
``real-mt:`` ids, or the URL an excerpt was taken from; also the evidence of the rules R's id
extends, as ``document.name_variant`` for ``document.name_variant.first_use``) are the texts R was
written from: their cases are dropped from the counts (``--show`` lists them, marked ``cited``).

Precision is right / (right + wrong + keep); unannotated edits are not in it.  Two folds:
``dev`` (the dev set) and ``held`` (the look sets: holdout .. holdout5 and holdout12).  The check
sets (holdout6, holdout8, holdout9, holdout10) never enter a fold: they judge a promotion afterwards,
by their totals in ``bench.real_mt`` alone, so no rule may be tuned on their cases.  Beside them, clean news of the tuning split (``bench.false_edits`` documents, BBC
even indices and CNN/DM 1-500): how many of R's fixes and suggestions there change a word or a
mark.  A promotion needs, on the texts R does not cite: precision >= 0.8 in both folds, right
cases on >= 3 texts of >= 2 sites, no keep broken (cited texts included), and no suggestion on
clean news to turn into a false edit.

The cascade a promoted edit would start (a later stage reading the changed text) is not replayed:
each rule is judged by its own edits.  Neither the check sets nor the unseen sets (holdout7,
holdout11, holdout13) are read."""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing as mp
from collections import Counter, defaultdict
from collections.abc import Sequence
from urllib.parse import urlsplit

from cleanup.rules import RuleSet, load_rules

from .common import token_changes
from .real_mt import Annotation, load_annotations, load_excerpts, make_config, score_excerpt

LOOK_SETS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout12")
CHECK_SETS = ("holdout6", "holdout8", "holdout9", "holdout10")
FOLDS = {"dev": ("dev",), "held": LOOK_SETS}
KINDS = ("right", "wrong", "keep", "unann")


def site(url: str) -> str:
    host = urlsplit(url).hostname or url or "?"
    return host.removeprefix("www.")


def flipped(edits: Sequence, rule: str, action: str) -> list:
    """The edits with rule's ``action`` edits turned into the other action."""
    other = "fix" if action == "suggest" else "suggest"
    return [dataclasses.replace(e, action=other) if e.rule == rule and e.action == action else e for e in edits]


def compare(original: str, base, turned, promoted: bool) -> list[tuple[str, str, int]]:
    """(kind, what, start) for each repair, keep and unannotated edit that differs between two scores
    of ``original``.

    ``promoted``: ``turned`` has the rule's suggestions applied; otherwise its fixes withdrawn,
    and the verdicts are of the withdrawn fixes (base is then the run with them)."""
    after, before = (turned, base) if promoted else (base, turned)
    out = []
    for r0, r1 in zip(before.repairs, after.repairs):
        if r0["outcome"] == r1["outcome"]:
            continue
        kind = "right" if r1["outcome"] == "fixed" else "wrong" if r1["outcome"] == "wrong" or r0["outcome"] == "fixed" \
            else None
        if kind:
            out.append((kind, f"{r0['outcome']}->{r1['outcome']} [{r1['class']}] {r1['context']}  got {r1['got_fix']!r}",
                        original.index(r1["find"])))
    for k0, k1 in zip(before.keeps, after.keeps):
        if k1["broken"] and not k0["broken"]:
            out.append(("keep", f"keep {k1['text'][:80]!r} -> {str(k1['got'])[:80]!r}", original.index(k1["text"])))
    seen = {(u["rule"], u["start"], u["after"]) for u in before.unannotated}
    out += [("unann", f"{u['before']!r} -> {u['after']!r}  {u['context']}", u["start"])
            for u in after.unannotated if (u["rule"], u["start"], u["after"]) not in seen]
    return out


def by_paragraph(original: str, found: Sequence[tuple[str, str, int]]) -> list[tuple[str, str]]:
    """One (kind, what) per paragraph (a line) and kind: the opening and the closing mark of one
    quote are one case, not two; the whats of a merged case are joined with `` | ``."""
    cases: dict[tuple[int, str], list[str]] = {}
    for kind, what, start in found:
        cases.setdefault((original.count("\n", 0, start), kind), []).append(what)
    return [(kind, " | ".join(whats)) for (_, kind), whats in cases.items()]


def judge(original: str, edits: Sequence, ann: Annotation | None, lang: str, eid: str) -> list[tuple]:
    """(rule, view, kind, what) for every rule with edits in one excerpt, one per paragraph and kind;
    view is ``suggest`` or ``apply``."""
    base = score_excerpt(original, edits, ann, lang, eid)
    rows = []
    for rule, action in sorted({(e.rule, e.action) for e in edits}):
        turned = score_excerpt(original, flipped(edits, rule, action), ann, lang, eid)
        view = "suggest" if action == "suggest" else "apply"
        rows += [(rule, view, kind, what)
                 for kind, what in by_paragraph(original, compare(original, base, turned, action == "suggest"))]
    return rows


def url_key(url: str) -> str:
    """A URL without its scheme, ``www.`` and final slash, to match a cited page to an excerpt's source."""
    parts = urlsplit(url.strip())
    return site(url.strip()).lower() + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")


def cited(rule: str, rules: RuleSet) -> set[str]:
    """The excerpt ids and URL keys the evidence of ``rule`` cites; of each rule in a merged id
    (``a+b``) and of each rule the id extends (``document.name_variant`` for its ``.first_use``)."""
    out: set[str] = set()
    for part in rule.split("+"):
        pieces = part.split(".")
        for n in range(1, len(pieces) + 1):
            r = rules.get(".".join(pieces[:n]))
            for ev in r.options.get("evidence", []) if r else ():
                if ev.startswith(("http://", "https://")):
                    out.add(url_key(ev.split()[0]))
                elif ev.partition(":")[2].split():
                    out.add(ev.partition(":")[2].split()[0])
    return out


def _excerpt(args: tuple) -> list[tuple]:
    import cleanup

    eid, lang, text, ann, url = args
    res = cleanup.process(text, make_config())
    rules = load_rules()
    return [(*row, eid, site(url), bool({eid, url_key(url)} & cited(row[0], rules)))
            for row in judge(text, res.edits, ann, lang, eid)]


def real_mt_rows(jobs: int = 2) -> list[tuple]:
    """(fold, rule, view, kind, what, excerpt id, site, cited) over the annotated in-sample excerpts;
    ``cited``: the rule's evidence cites the excerpt."""
    work = []
    for fold, sets in FOLDS.items():
        for which in sets:
            excerpts = load_excerpts(which=which)
            annotations, _ = load_annotations(which=which)
            work += [(fold, (ex.id, ex.lang, ex.input, annotations[ex.id], ex.source_url))
                     for ex in excerpts.values() if ex.id in annotations]
    with mp.get_context("fork").Pool(jobs) as pool:
        done = pool.map(_excerpt, [w for _, w in work], chunksize=4)
    return [(fold, *row) for (fold, _), rows in zip(work, done) for row in rows]


def _clean(args: tuple[str, str]) -> tuple[int, list[tuple[str, str]]]:
    """(words, [(rule, action)]) of the edits that change a word or a mark in clean text."""
    from cleanup import Config, process

    _, body = args
    out = []
    for e in process(body, Config(detect_title=False, require_english=False)).edits:
        a = body[max(0, e.start - 1):e.end + 1]
        b = body[max(0, e.start - 1):e.start] + e.after + body[e.end:e.end + 1]
        if token_changes(a, b, "wordpunct"):
            out.append((e.rule, e.action))
    return len(body.split()), out


def clean_counts(jobs: int = 2) -> tuple[int, Counter]:
    """Words, and (rule, action) counts on the tuning split of clean BBC and CNN/DM news."""
    from .false_edits import documents

    docs = documents("bbc", "tuning") + documents("cnn", "tuning")
    with mp.get_context("fork").Pool(jobs) as pool:
        done = pool.map(_clean, docs, chunksize=16)
    return sum(w for w, _ in done), Counter(x for _, rows in done for x in rows)


def verdict(c: dict[str, Counter], texts: set, sites: set, clean_n: int, view: str, cited_keeps: int = 0) -> str:
    """``promote`` where, on the texts the rule does not cite, both folds show precision >= 0.8 and the
    right cases come from >= 3 texts of >= 2 sites, no keep is broken (``cited_keeps``: on the texts
    it cites) and nothing is offered on clean news; ``demote`` where the applied edits are mostly
    wrong in both folds on the texts it does not cite; empty otherwise."""
    prec = [c[f]["right"] / n if (n := c[f]["right"] + c[f]["wrong"] + c[f]["keep"]) else None for f in FOLDS]
    if view == "suggest" and all(p is not None and p >= 0.8 for p in prec) and len(texts) >= 3 \
            and len(sites) >= 2 and not any(c[f]["keep"] for f in FOLDS) and not cited_keeps and clean_n == 0:
        return "promote"
    if view == "apply" and all(p is not None and p < 0.5 for p in prec):
        return "demote"
    return ""


def tally_rows(rows: list[tuple], view: str) -> tuple[dict, dict, dict, dict]:
    """Per rule, of one view: the case counts per fold and the texts and sites of the right cases,
    all on texts the rule does not cite; and the counts of the cases dropped as cited."""
    cells: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    texts: dict[str, set] = defaultdict(set)
    sites: dict[str, set] = defaultdict(set)
    dropped: dict[str, Counter] = defaultdict(Counter)
    for fold, rule, v, kind, _, eid, host, is_cited in rows:
        if v != view:
            continue
        if is_cited:
            dropped[rule][kind] += 1
            continue
        cells[rule][fold][kind] += 1
        if kind == "right":
            texts[rule].add(eid)
            sites[rule].add(host)
    return cells, texts, sites, dropped


def table(rows: list[tuple], view: str, words: int, clean: Counter, least: int = 1) -> list[str]:
    """The markdown table of one view: per rule and fold, right/wrong/keep/unannotated and precision
    on the texts the rule does not cite; the texts and sites of those right cases; the precision over
    both folds ((right + 1) / (judged + 2), as bench.calibrate writes it); the cases dropped as cited
    (r/w/k/u); the rule's edits on clean news; the verdict."""
    cells, texts, sites, dropped = tally_rows(rows, view)
    action = "suggest" if view == "suggest" else "fix"
    out = ["| rule | dev r/w/k/u | dev precision | held r/w/k/u | held precision | texts / sites right | "
           f"precision (both) | cited, dropped | clean {'suggestions' if view == 'suggest' else 'fixes'} | verdict |",
           "|---|--:|--:|--:|--:|--:|--:|--:|--:|---|"]
    every = set(cells) | set(dropped)
    order = sorted(every, key=lambda r: (-sum(sum(c.values()) for c in cells[r].values()), -sum(dropped[r].values()), r))
    for rule in order:
        c, d = cells[rule], dropped[rule]
        if sum(c[f][k] for f in FOLDS for k in KINDS) + sum(d.values()) < least:
            continue
        row = [rule]
        for fold in FOLDS:
            judged = c[fold]["right"] + c[fold]["wrong"] + c[fold]["keep"]
            row += [f"{c[fold]['right']}/{c[fold]['wrong']}/{c[fold]['keep']}/{c[fold]['unann']}",
                    f"{c[fold]['right'] / judged:.2f}" if judged else "-"]
        right = sum(c[f]["right"] for f in FOLDS)
        judged = sum(c[f]["right"] + c[f]["wrong"] + c[f]["keep"] for f in FOLDS)
        clean_n = clean[(rule, action)]
        row += [f"{len(texts[rule])} / {len(sites[rule])}", f"{(right + 1) / (judged + 2):.2f}",
                "/".join(str(d[k]) for k in KINDS) if d else "-", str(clean_n) if words else "-",
                verdict(c, texts[rule], sites[rule], clean_n if words else 1, view, d["keep"])]
        out.append("| " + " | ".join(row) + " |")
    return out


def main(argv: list[str] | None = None) -> list[tuple]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules", nargs="*", default=None, metavar="PREFIX", help="only rules starting with these")
    ap.add_argument("--show", action="store_true", help="list every judged case of the chosen rules")
    ap.add_argument("--no-clean", action="store_true", help="skip the clean-news counts")
    ap.add_argument("--least", type=int, default=1, help="rules with fewer judged cases are left out")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", default=None, metavar="PATH", help="write every judged case here")
    args = ap.parse_args(argv)
    rows = real_mt_rows(args.jobs)
    if args.rules:
        rows = [r for r in rows if any(r[1] == p or r[1].startswith(p) for p in args.rules)]
    words, clean = (0, Counter()) if args.no_clean else clean_counts(args.jobs)
    for view, title in (("suggest", "Suggestions applied (promotion)"), ("apply", "Applied edits withdrawn (demotion)")):
        n = sum(1 for r in rows if r[2] == view and r[7])
        print(f"## {title}\n\nr/w/k/u: right, wrong, keep broken, unannotated, one case per rule, paragraph "
              f"and kind, on texts the rule's evidence does not cite; folds dev and held (look sets: "
              f"{', '.join(FOLDS['held'])}); {n} cases on cited texts dropped; clean: the rule's edits changing a word or a mark "
              f"in the tuning split, {words:,} words\n")
        print("\n".join(table(rows, view, words, clean, args.least)) + "\n")
    if args.show:
        for fold, rule, view, kind, what, eid, host, is_cited in sorted(rows, key=lambda r: (r[1], r[2], r[0], r[3])):
            print(f"{rule} {view} {fold} {kind:5} {eid} ({host}){' cited' if is_cited else ''}: {what}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, ensure_ascii=False, indent=0)
    return rows


if __name__ == "__main__":
    main()
