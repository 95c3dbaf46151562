"""Real machine-translated news: what the chain repairs and what it breaks, per class and language.

    python -m bench.real_mt [--set dev|holdout|holdout2 .. holdout13|all]
                            [--grammar languagetool] [--min-confidence X] [--only ID_PREFIX] [--show]
                            [--json PATH] [--check]

Excerpts come from ``../shared/data/real-mt-dev/excerpts.jsonl`` and from the texts a session
rebuilt into ``bench/real_mt/texts/*.json``; the editor's truth from
``bench/real_mt/annotations/<id>.toml`` (format and classes: ``bench/real_mt/README.md``).

Each repair is scored on a window: its ``find`` span widened to the edits that touch it and
to any edit that straddles the window's edge, so an edit is judged whole.  The applied
(``fix``) edits of the window give ``got_fix``; with the suggestions accepted too, ``got_all``.
A repair is *fixed* when ``got_fix`` is one of the annotated corrections (whitespace runs
collapsed, case kept), *offered* when only ``got_all`` is, *wrong* when an applied edit touches
it and neither is, *missed* otherwise.  A keep is *broken* when an applied edit touching it
changes its window.  Applied edits touching no annotation are *unannotated*: read them, they
are a missed annotation or a false edit.  ``--check`` only validates the annotations.

``--set`` chooses the excerpts: ``dev`` (the default: every figure rules were written against),
``holdout`` (ids ``h_...``, texts in ``bench/real_mt/texts/holdout/``: real MT no rule was written,
tuned or evidenced on; see the README), ``holdout2`` (ids ``h2_...``, texts in
``bench/real_mt/texts/holdout2/``: the second held-out set, built when the first had been used to
write rules), ``holdout3`` (ids ``h3_...``, texts in ``bench/real_mt/texts/holdout3/``: the third,
built when the second had been scored), ``holdout4`` (ids ``h4_...``, texts in
``bench/real_mt/texts/holdout4/``: the fourth, built when the third had been scored), ``holdout5``
(ids ``h5_...``, texts in ``bench/real_mt/texts/holdout5/``: the fifth, built when the fourth had
been scored), ``holdout6`` (ids ``h6_...``, texts in ``bench/real_mt/texts/holdout6/``: the sixth,
built when the fifth had been scored), ``holdout7`` (ids ``h7_...``, texts in
``bench/real_mt/texts/holdout7/``: the seventh, built when the sixth had been scored), ``holdout8``
(ids ``h8_...``, texts in ``bench/real_mt/texts/holdout8/``: the eighth, built when the seventh had
been scored), ``holdout9`` (ids ``h9_...``, texts in ``bench/real_mt/texts/holdout9/``: the ninth, built
when the eighth had been read), ``holdout10`` (ids ``h10_...``, texts in
``bench/real_mt/texts/holdout10/``: the tenth, built when the ninth had been scored), ``holdout11`` (ids
``h11_...``, texts in ``bench/real_mt/texts/holdout11/``: the eleventh, built while the tenth was still
unread), ``holdout12`` (ids ``h12_...``, texts in ``bench/real_mt/texts/holdout12/``: the twelfth, built
while the eleventh was still unread), ``holdout13`` (ids ``h13_...``, texts in
``bench/real_mt/texts/holdout13/``: the thirteenth, built while the twelfth was still unread) or ``all``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .common import SHARED
from .real_mt_texts import HELD_OUT_SETS, held_out_set

if TYPE_CHECKING:
    from cleanup import Config

HERE = Path(__file__).resolve().parent / "real_mt"
EXCERPTS = SHARED / "data" / "real-mt-dev" / "excerpts.jsonl"
TEXTS = HERE / "texts"
ANNOTATIONS = HERE / "annotations"

SETS = ("dev", *HELD_OUT_SETS, "all")
CLASSES = ("leftover", "punctuation", "quote", "name", "casing", "boundary", "garbled", "mistranslation")
OUTCOMES = ("fixed", "offered", "wrong", "missed")


class EditLike(Protocol):
    """What the scorer reads of an edit (``cleanup.Edit`` has it), so tests can pass their own."""

    rule: str
    start: int
    end: int
    before: str
    after: str
    action: str


# -- data ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Excerpt:
    id: str
    lang: str
    source_url: str
    title: str
    text: str

    @property
    def input(self) -> str:
        """What the chain gets for a scraped page: the title, a blank line, the body."""
        return input_text(self.title, self.text)


def input_text(title: str | None, text: str) -> str:
    return f"{title}\n\n{text}" if title else text


@dataclass(frozen=True)
class Repair:
    cls: str
    find: str
    fix: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Keep:
    text: str
    note: str = ""


@dataclass(frozen=True)
class Annotation:
    id: str
    lang: str
    repairs: tuple[Repair, ...]
    keeps: tuple[Keep, ...]
    path: str = ""


def in_set(excerpt_id: str, which: str) -> bool:
    """Whether an excerpt id belongs to the set ``dev``, a held-out set (``holdout``, ``holdout2``,
    ``holdout3`` .. ``holdout13``) or ``all``."""
    if which not in SETS:
        raise ValueError(f"unknown set {which!r}: one of {', '.join(SETS)}")
    return which == "all" or (held_out_set(excerpt_id) or "dev") == which


def load_excerpts(shared: Path = EXCERPTS, texts: Path = TEXTS, which: str = "dev") -> dict[str, Excerpt]:
    """The given dev set, then whatever texts a session rebuilt (later files do not override);
    ``which`` keeps one set (``texts/<held-out set>/`` is read for that set and ``all`` only)."""
    out: dict[str, Excerpt] = {}

    def add(d: dict) -> None:
        if d["id"] not in out and in_set(d["id"], which):
            out[d["id"]] = Excerpt(d["id"], d.get("lang", "?"), d.get("source_url", ""), d.get("title") or "",
                                   d["text"])

    if shared.exists():
        for line in shared.read_text(encoding="utf-8").splitlines():
            if line.strip():
                add(json.loads(line))
    if texts.is_dir():
        held_out = [p for name in HELD_OUT_SETS if which in (name, "all")
                    for p in sorted((texts / name).glob("*.json"))]
        for path in sorted(texts.glob("*.json")) + held_out:
            add(json.loads(path.read_text(encoding="utf-8")))
    return out


def parse_annotation(data: dict, path: str = "") -> Annotation:
    repairs = tuple(Repair(r.get("class", ""), r.get("find", ""), tuple(r.get("fix", ())), r.get("note", ""))
                    for r in data.get("repair", ()))
    keeps = tuple(Keep(k.get("text", ""), k.get("note", "")) for k in data.get("keep", ()))
    return Annotation(data.get("id", ""), data.get("lang", ""), repairs, keeps, path)


def load_annotations(folder: Path = ANNOTATIONS, which: str = "dev") -> tuple[dict[str, Annotation], list[str]]:
    """Annotations of one set by id, and the files that do not parse (reported, not fatal)."""
    out, errors = {}, []
    for path in sorted(p for p in folder.glob("*.toml") if in_set(p.stem, which)):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            errors.append(f"{path.name}: does not parse: {exc}")
            continue
        ann = parse_annotation(data, path.name)
        if ann.id != path.stem:
            errors.append(f"{path.name}: id {ann.id!r} is not the file name")
        out[path.stem] = ann
    return out, errors


def check_annotation(ann: Annotation, text: str, lang: str | None = None) -> list[str]:
    """Why the annotation cannot be scored on ``text`` (empty when it can).

    A find or keep must occur exactly once: scoring anchors it by position, and a second
    occurrence would make the anchor a guess.

    >>> ann = parse_annotation({"id": "x", "repair": [{"class": "punctuation", "find": "a", "fix": ["b"]}]})
    >>> check_annotation(ann, "a banana")
    ["repair 1: find 'a' occurs 4 times"]
    """
    problems = []
    if lang is not None and ann.lang != lang:
        problems.append(f"lang {ann.lang!r} is not the excerpt's {lang!r}")
    for i, r in enumerate(ann.repairs, 1):
        if r.cls not in CLASSES:
            problems.append(f"repair {i}: class {r.cls!r} is not one of {', '.join(CLASSES)}")
        if not r.fix or not all(isinstance(f, str) for f in r.fix):
            problems.append(f"repair {i}: fix must be a non-empty list of strings")
        elif squash(r.find) in {squash(f) for f in r.fix}:
            problems.append(f"repair {i}: a fix repeats the find {r.find!r}")
        n = text.count(r.find) if r.find else 0
        if n != 1:
            problems.append(f"repair {i}: find {r.find!r} occurs {n} times")
    for i, k in enumerate(ann.keeps, 1):
        n = text.count(k.text) if k.text else 0
        if n != 1:
            problems.append(f"keep {i}: text {k.text!r} occurs {n} times")
    return problems


# -- scoring (pure) -----------------------------------------------------------------------------

def squash(s: str) -> str:
    """Whitespace runs collapsed to one space, ends stripped: spacing is not what is judged."""
    return " ".join(s.split())


def touches(edit: EditLike, s: int, e: int) -> bool:
    """Whether an edit acts on [s, e): overlaps it, or inserts inside it or at its edges."""
    if edit.start == edit.end:
        return s <= edit.start <= e
    return edit.start < e and edit.end > s


def spacing_only(original: str, edit: EditLike) -> bool:
    """Whether the edit only changes whitespace that scoring collapses anyway (a paragraph break
    normalised, indentation removed): such an edit can be neither right nor wrong here.

    Judged with a character of context on each side, so that inserting the missing space in
    ``said.The`` is not spacing only."""
    a, b = max(0, edit.start - 1), min(len(original), edit.end + 1)
    return squash(original[a:b]) == squash(original[a:edit.start] + edit.after + original[edit.end:b])


def window(edits: Sequence[EditLike], s: int, e: int) -> tuple[int, int, list[EditLike]]:
    """[s, e) widened to the edits touching it, then until no edit straddles its edges.

    Returns the window and the edits inside it (which replay the window on its own)."""
    ws, we = s, e
    for ed in edits:
        if touches(ed, s, e):
            ws, we = min(ws, ed.start), max(we, ed.end)
    changed = True
    while changed:
        changed = False
        for ed in edits:
            if ed.start < we and ed.end > ws and (ed.start < ws or ed.end > we):
                ws, we = min(ws, ed.start), max(we, ed.end)
                changed = True
    inside = [ed for ed in edits if ws <= ed.start and ed.end <= we and (touches(ed, ws, we))]
    return ws, we, inside


def replay_window(original: str, edits: Iterable[EditLike], ws: int, we: int, include_suggestions: bool) -> str:
    """original[ws:we] with the chosen edits applied (they must lie inside the window).  Of two
    offers that are each other's alternative only the first is taken, as ``replay`` does."""
    out, pos, taken = [], ws, set()
    for ed in sorted((x for x in edits if x.action == "fix" or include_suggestions), key=lambda x: (x.start, x.end)):
        if ed.start < pos:  # overlapping edits: the chain never makes them; keep the first
            continue
        if ed.action == "suggest" and getattr(ed, "alternative", None) in taken:
            continue
        taken.add((ed.start, ed.end))
        out.append(original[pos:ed.start])
        out.append(ed.after)
        pos = ed.end
    out.append(original[pos:we])
    return "".join(out)


Piece = tuple[int, int, Sequence[str]]  # a span of the original and what may stand there


def variants(original: str, ws: int, we: int, pieces: Sequence[Piece], limit: int = 4096) -> set[str]:
    """original[ws:we] with each piece replaced by one of its options, whitespace-squashed.

    Pieces must be disjoint and inside the window.  Past ``limit`` combinations only the
    first option of every piece is tried (annotations never come near it)."""
    pieces = sorted(pieces)
    combos = 1
    for _, _, opts in pieces:
        combos *= max(1, len(opts))
    if combos > limit:
        pieces = [(a, b, list(opts)[:1]) for a, b, opts in pieces]
    out = {""}
    pos = ws
    for a, b, opts in pieces:
        gap = original[pos:a]
        out = {x + gap + o for x in out for o in opts}
        pos = b
    tail = original[pos:we]
    return {squash(x + tail) for x in out}


def neighbours(original: str, ws: int, we: int, s: int, e: int, others: Iterable[Piece]) -> list[Piece]:
    """Other repairs lying wholly in the window, disjoint from [s, e) and from each other.

    Each may stand as it is or corrected: one edit that fixes two neighbouring errors (a
    sidebar deleted in one go) is right for both."""
    taken: list[Piece] = []
    for a, b, fixes in sorted(others):
        if ws <= a and b <= we and (b <= s or a >= e) and all(b <= x or a >= y for x, y, _ in taken):
            taken.append((a, b, [original[a:b], *fixes]))
    return taken


@dataclass(frozen=True)
class RepairScore:
    outcome: str          # fixed | offered | wrong | missed
    window: tuple[int, int]
    got_fix: str
    got_all: str
    rules: tuple[str, ...]  # rules of the edits in the window
    suggestion_only: bool = False  # missed although a suggestion touched it


def score_repair(original: str, edits: Sequence[EditLike], s: int, e: int, fixes: Iterable[str],
                 others: Iterable[Piece] = ()) -> RepairScore:
    """Judge the edits around the annotated error original[s:e] against its corrections.

    ``others`` are the other repairs of the excerpt (span and fixes): when the window takes
    one of them in whole, it may come out corrected or untouched."""
    ws, we, inside = window(edits, s, e)
    got_fix = replay_window(original, inside, ws, we, include_suggestions=False)
    got_all = replay_window(original, inside, ws, we, include_suggestions=True)
    if any(getattr(ed, "alternative", None) for ed in inside):  # the editor may take the other offer
        later = [ed for ed in inside if not (getattr(ed, "alternative", None) or (-1, -1)) > (ed.start, ed.end)]
        other = replay_window(original, later, ws, we, include_suggestions=True)
    else:
        other = got_all
    expected = variants(original, ws, we, [(s, e, list(fixes)), *neighbours(original, ws, we, s, e, others)])
    touching = [ed for ed in edits if touches(ed, s, e) and not spacing_only(original, ed)]
    rules = tuple(ed.rule for ed in inside)
    if squash(got_fix) in expected:
        outcome = "fixed"
    elif squash(got_all) in expected or squash(other) in expected:
        outcome = "offered"
    elif any(ed.action == "fix" for ed in touching):
        outcome = "wrong"
    else:
        return RepairScore("missed", (ws, we), got_fix, got_all, rules, suggestion_only=bool(touching))
    return RepairScore(outcome, (ws, we), got_fix, got_all, rules)


def keep_broken(original: str, edits: Sequence[EditLike], s: int, e: int, others: Iterable[Piece] = ()) -> str | None:
    """What an applied edit made of the keep original[s:e]'s window, or None when it is intact.

    Repairs that the window takes in whole may come out corrected without breaking the keep."""
    fixes = [ed for ed in edits if ed.action == "fix"]
    if not any(touches(ed, s, e) and not spacing_only(original, ed) for ed in fixes):
        return None
    ws, we, inside = window(fixes, s, e)
    got = replay_window(original, inside, ws, we, include_suggestions=False)
    intact = variants(original, ws, we, neighbours(original, ws, we, s, e, others))
    return None if squash(got) in intact else got


@dataclass
class ExcerptScore:
    id: str
    lang: str
    annotated: bool
    repairs: list[dict] = field(default_factory=list)
    keeps: list[dict] = field(default_factory=list)
    unannotated: list[dict] = field(default_factory=list)
    spacing_edits: int = 0  # applied edits that only change whitespace: not judged
    problems: list[str] = field(default_factory=list)


def context(original: str, s: int, e: int, width: int = 40) -> str:
    return (original[max(0, s - width):s] + "[" + original[s:e] + "]" + original[e:e + width]).replace("\n", "⏎")


def score_excerpt(original: str, edits: Sequence[EditLike], ann: Annotation | None, lang: str = "?",
                  excerpt_id: str = "") -> ExcerptScore:
    """Every repair, keep and unannotated applied edit of one excerpt (no I/O, no chain).

    Items that cannot be anchored (see ``check_annotation``) are listed as problems, not scored."""
    out = ExcerptScore(excerpt_id or (ann.id if ann else ""), lang, ann is not None)
    spans: list[tuple[int, int]] = []
    if ann is not None:
        out.problems = check_annotation(ann, original)
        repairs = [(original.index(r.find), r) for r in ann.repairs
                   if r.cls in CLASSES and r.fix and r.find and original.count(r.find) == 1]
        pieces = [(s, s + len(r.find), list(r.fix)) for s, r in repairs]
        for (s, r), piece in zip(repairs, pieces):
            e = piece[1]
            spans.append((s, e))
            sc = score_repair(original, edits, s, e, r.fix, [p for p in pieces if p is not piece])
            out.repairs.append({"class": r.cls, "find": r.find, "fix": list(r.fix), "outcome": sc.outcome,
                                "suggestion_only": sc.suggestion_only, "window": list(sc.window),
                                "got_fix": sc.got_fix, "got_all": sc.got_all, "rules": list(sc.rules),
                                "context": context(original, s, e)})
        for k in ann.keeps:
            if not k.text or original.count(k.text) != 1:
                continue
            s = original.index(k.text)
            e = s + len(k.text)
            spans.append((s, e))
            got = keep_broken(original, edits, s, e, pieces)
            out.keeps.append({"text": k.text, "broken": got is not None, "got": got,
                              "rules": [ed.rule for ed in edits if ed.action == "fix" and touches(ed, s, e)]})
    for ed in edits:
        if ed.action == "fix" and spacing_only(original, ed):
            out.spacing_edits += 1
        elif ed.action == "fix" and not any(touches(ed, s, e) for s, e in spans):
            out.unannotated.append({"rule": ed.rule, "start": ed.start, "end": ed.end, "before": ed.before,
                                    "after": ed.after, "context": context(original, ed.start, ed.end)})
    return out


def overlaps(ann: Annotation, text: str) -> list[str]:
    """Annotated spans that overlap (a warning: an edit fixing one then looks wrong for the other)."""
    spans = sorted((text.index(x), text.index(x) + len(x), f"{kind} {x!r}")
                   for kind, x in [*(("repair", r.find) for r in ann.repairs), *(("keep", k.text) for k in ann.keeps)]
                   if x and text.count(x) == 1)
    return [f"{a[2]} overlaps {b[2]}" for i, a in enumerate(spans) for b in spans[i + 1:] if b[0] < a[1]]


# -- running the chain --------------------------------------------------------------------------

def make_config(grammar: str | None = None, min_confidence: float | None = None) -> Config:
    """Config for scraped pages of any source language; min_confidence only if Config knows it."""
    import cleanup

    cfg = cleanup.Config(require_english=False)
    changes: dict[str, object] = {}
    if grammar:
        changes["grammar"] = grammar
        changes["languagetool_url"] = os.environ.get("MT_CLEANUP_LANGUAGETOOL_URL")
    if min_confidence is not None and "min_confidence" in {f.name for f in dataclasses.fields(cleanup.Config)}:
        changes["min_confidence"] = min_confidence
    return dataclasses.replace(cfg, **changes) if changes else cfg


def run(excerpts: Sequence[Excerpt], annotations: dict[str, Annotation], config: Config) -> list[ExcerptScore]:
    import cleanup

    scores = []
    for ex in excerpts:
        res = cleanup.process(ex.input, config)
        scores.append(score_excerpt(ex.input, res.edits, annotations.get(ex.id), ex.lang, ex.id))
    return scores


# -- report -------------------------------------------------------------------------------------

def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f}%" if d else "-"


def tally(repairs: Iterable[dict]) -> Counter:
    c: Counter = Counter()
    for r in repairs:
        c["repairs"] += 1
        c[r["outcome"]] += 1
        if r["suggestion_only"]:
            c["missed_suggestion"] += 1
    return c


def report(scores: Sequence[ExcerptScore], show: bool = False) -> str:
    lines: list[str] = []
    head = "| {} | repairs | fixed | offered | wrong | missed (of which a suggestion) | fixed % | fixed+offered % |"
    rule = "|---|--:|--:|--:|--:|--:|--:|--:|"

    def row(name: str, c: Counter, extra: Sequence[object] = ()) -> str:
        cells = [name, c["repairs"], c["fixed"], c["offered"], c["wrong"], f"{c['missed']} ({c['missed_suggestion']})",
                 _pct(c["fixed"], c["repairs"]), _pct(c["fixed"] + c["offered"], c["repairs"]), *extra]
        return "| " + " | ".join(str(x) for x in cells) + " |"

    all_repairs = [r for sc in scores for r in sc.repairs]
    lines += ["## By class", "", head.format("class"), rule]
    by_class: dict[str, list[dict]] = defaultdict(list)
    for r in all_repairs:
        by_class[r["class"]].append(r)
    for cls in CLASSES:
        lines.append(row(cls, tally(by_class[cls])))
    lines.append(row("**total**", tally(all_repairs)))
    lines.append(row("**total without mistranslation**", tally(r for r in all_repairs if r["class"] != "mistranslation")))

    lines += ["", "## By source language", "",
              head.format("lang") + " keeps | broken | unannotated edits | excerpts (annotated) |",
              rule + "--:|--:|--:|--:|"]
    by_lang: dict[str, list[ExcerptScore]] = defaultdict(list)
    for sc in scores:
        by_lang[sc.lang].append(sc)

    def lang_row(name: str, group: Sequence[ExcerptScore]) -> str:
        keeps = [k for sc in group for k in sc.keeps]
        return row(name, tally(r for sc in group for r in sc.repairs),
                   (len(keeps), sum(k["broken"] for k in keeps), sum(len(sc.unannotated) for sc in group),
                    f"{len(group)} ({sum(sc.annotated for sc in group)})"))

    for lang in sorted(by_lang):
        lines.append(lang_row(lang, by_lang[lang]))
    lines.append(lang_row("**total**", scores))

    total = tally(all_repairs)
    keeps = [k for sc in scores for k in sc.keeps]
    lines += ["", "## Totals", "", "| repairs | fixed | fixed or offered | wrong | missed | keeps broken | "
              "unannotated edits | spacing-only edits (not judged) | excerpts (annotated) |",
              "|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
              f"| {total['repairs']} | {total['fixed']} ({_pct(total['fixed'], total['repairs'])}) | "
              f"{total['fixed'] + total['offered']} ({_pct(total['fixed'] + total['offered'], total['repairs'])}) | "
              f"{total['wrong']} | {total['missed']} | {sum(k['broken'] for k in keeps)} of {len(keeps)} | "
              f"{sum(len(sc.unannotated) for sc in scores)} | {sum(sc.spacing_edits for sc in scores)} | "
              f"{len(scores)} ({sum(sc.annotated for sc in scores)}) |"]

    not_annotated = [sc.id for sc in scores if not sc.annotated]
    if not_annotated:
        lines += ["", f"Not annotated ({len(not_annotated)}): " + ", ".join(not_annotated)]
    problems = [(sc.id, p) for sc in scores for p in sc.problems]
    if problems:
        lines += ["", f"Annotation problems ({len(problems)}; those items are not scored):"]
        lines += [f"- {i}: {p}" for i, p in problems]

    if show:
        lines += ["", "## Details"]
        for sc in scores:
            items = [f"- {r['outcome']}{' (a suggestion did not match)' if r['suggestion_only'] else ''} "
                     f"[{r['class']}] {r['context']}\n    want {r['fix'][0]!r}; got {r['got_fix']!r}"
                     + (f" / with suggestions {r['got_all']!r}" if r["got_all"] != r["got_fix"] else "")
                     + (f" ({', '.join(r['rules'])})" if r["rules"] else "")
                     for r in sc.repairs if r["outcome"] in ("wrong", "missed")]
            items += [f"- keep broken: {k['text']!r} -> {k['got']!r} ({', '.join(k['rules'])})"
                      for k in sc.keeps if k["broken"]]
            items += [f"- unannotated {u['rule']}: {u['before']!r} -> {u['after']!r}  {u['context']}"
                      for u in sc.unannotated]
            if items:
                lines += ["", f"### {sc.id}" + ("" if sc.annotated else " (not annotated)"), *items]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> list[ExcerptScore]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=SETS, default="dev", dest="which",
                    help="dev (default), holdout, holdout2 .. holdout13 (the held-out sets: "
                         "bench/real_mt/README.md) or all")
    ap.add_argument("--grammar", choices=["languagetool"], default=None,
                    help="run the LanguageTool pass (server: MT_CLEANUP_LANGUAGETOOL_URL)")
    ap.add_argument("--min-confidence", type=float, default=None)
    ap.add_argument("--only", default=None, metavar="ID_PREFIX", help="only excerpts whose id starts with this")
    ap.add_argument("--show", action="store_true", help="list misses, wrong repairs, broken keeps, unannotated edits")
    ap.add_argument("--json", default=None, metavar="PATH", help="write the per-excerpt details here")
    ap.add_argument("--check", action="store_true", help="only validate the annotations; exit 1 on a problem")
    args = ap.parse_args(argv)

    excerpts = load_excerpts(which=args.which)
    annotations, errors = load_annotations(which=args.which)
    warnings: list[str] = []
    for ann_id, ann in annotations.items():
        ex = excerpts.get(ann_id)
        if ex is None:
            errors.append(f"{ann.path}: no text for this id (rebuild bench/real_mt/texts: python -m bench.real_mt_texts)")
        elif args.check:
            errors += [f"{ann.path}: {p}" for p in check_annotation(ann, ex.input, ex.lang)]
            warnings += [f"{ann.path}: {w}" for w in overlaps(ann, ex.input)]
    if args.check:
        n_rep = sum(len(a.repairs) for a in annotations.values())
        n_keep = sum(len(a.keeps) for a in annotations.values())
        print(f"{len(annotations)} annotation files, {n_rep} repairs, {n_keep} keeps; {len(errors)} problems")
        for err in errors:
            print(" ", err)
        if warnings:
            print(f"{len(warnings)} warnings (overlapping annotations):")
            for w in warnings:
                print(" ", w)
        raise SystemExit(1 if errors else 0)
    for err in errors:
        print("warning:", err, file=sys.stderr)

    chosen = [ex for ex in excerpts.values() if args.only is None or ex.id.startswith(args.only)]
    from cleanup.errors import CleanupError

    try:
        scores = run(chosen, annotations, make_config(args.grammar, args.min_confidence))
    except CleanupError as exc:  # e.g. no LanguageTool server: one line, not a traceback
        raise SystemExit(f"error: {exc}") from None
    print(f"Set: {args.which} ({len(scores)} excerpts)\n")
    print(report(scores, show=args.show))
    if args.json:
        Path(args.json).write_text(json.dumps([dataclasses.asdict(sc) for sc in scores], ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    return scores


if __name__ == "__main__":
    main()
