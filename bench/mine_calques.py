"""Mine candidate calques: word n-grams far more frequent in machine-translated news than in
native English news, overall and per source language.

    python -m bench.mine_calques [--min-docs 2] [--top 200] [--min-z 1.0] [--alpha0 N]
                                 [--out bench/results/calque_candidates]

MT corpus: ``../shared/data/real-mt-dev/excerpts.jsonl``, ``bench/real_mt/texts/*.json`` (the
dev texts other sessions rebuilt) and ``bench/real_mt/texts/mining/*.json`` (pages collected
for mining, recipes in ``bench/real_mt/mining_recipes.jsonl``).  Native corpus: every BBC
article body and every CNN/DailyMail article of ``../shared``.

Method (Monroe, Colaresi & Quinn 2008, "Fightin' Words", section 3.5): for each n-gram order
n = 2..5 separately, the log-odds ratio of MT against native with an informative Dirichlet
prior, ``alpha_w = alpha0 * (y_w^MT + y_w^native) / (n^MT + n^native)``, and its z-score
``delta_w / sqrt(1/(y_w^MT + alpha_w) + 1/(y_w^native + alpha_w))``.  ``alpha0`` defaults to
the pooled size of that order, so ``alpha_w`` is the pooled count (the default of the
Fightin' Words implementations): an n-gram never seen in native news scores by its support
(count and documents), and a phrase frequent in both corpora needs a real ratio to score.

Tokens are lower-cased words; an n-gram never crosses punctuation or a line break, only the
spaces between words.  Kept: n-grams found in at least ``--min-docs`` MT documents that are
neither made only of stop words, nor hold a digit, nor are names only (every word that is not
a stop word capitalised in most MT occurrences: ``Democratic Party``, ``Lee Jae-myung``).  An
n-gram that occurs in MT only inside one longer kept n-gram (same MT count and documents) is
left out: the longer one says more.

Output: one TSV per source language and ``all.tsv`` (ngram, z, MT docs, MT count, native
count, example doc ids), at most ``--top`` rows each, sorted by z then n-gram, so reruns on
the same data give the same files.  Only short n-grams are written, never sentences.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .common import ROOT, SHARED, bbc_body, bbc_files
from .real_mt_texts import dev_text_paths

REAL_MT = ROOT / "bench" / "real_mt" / "texts"
EXCERPTS = SHARED / "data" / "real-mt-dev" / "excerpts.jsonl"
CNNDM = SHARED / "data" / "cnndm-test-1000" / "test.jsonl"
OUT = ROOT / "bench" / "results" / "calque_candidates"
ORDERS = (2, 3, 4, 5)

# English function words: an n-gram made only of these says nothing about a source language.
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves s t don't it's i'm he's she's that's
there's they're we're you're isn't aren't wasn't weren't won't can't didn't doesn't
""".split())

# a word: letters/digits, with inner apostrophes or hyphens (Jae-myung, don't); anything else
# (punctuation, quotes, brackets, dashes, line breaks) ends the run an n-gram may span
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_BREAK = re.compile(r"[^\w\s'’\-]+|\n|\s[-–—]+\s|(?<=\s)['’]|['’](?=\s)")


@dataclass(frozen=True)
class Doc:
    """One MT document: its id, source language, where it comes from (dev or mining) and text."""

    id: str
    lang: str
    origin: str
    text: str


def _doc_text(d: dict) -> str:
    title = d.get("title") or ""
    return f"{title}\n\n{d['text']}" if title else d["text"]


def load_mt(root: Path = REAL_MT, excerpts: Path = EXCERPTS) -> list[Doc]:
    """Every MT document, sorted by id: the shared dev set, the dev texts rebuilt into
    ``texts/`` and the mining pages in ``texts/mining/`` (never the held-out set, ``texts/holdout/``)."""
    docs: dict[str, Doc] = {}
    if excerpts.exists():
        for line in excerpts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = Doc(d["id"], d["lang"], "dev", _doc_text(d))
    for origin, folder in (("dev", root), ("mining", root / "mining")):
        for path in dev_text_paths(folder):
            d = json.loads(path.read_text(encoding="utf-8"))
            docs[d["id"]] = Doc(d["id"], d["lang"], origin, _doc_text(d))
    return [docs[k] for k in sorted(docs)]


def load_native() -> Iterator[str]:
    """BBC article bodies (title line dropped) and CNN/DailyMail articles."""
    for path in bbc_files():
        yield bbc_body(path)
    with CNNDM.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["article"]


def runs(text: str) -> Iterator[list[tuple[str, bool]]]:
    """Runs of words between punctuation marks: (lower-cased word, starts with a capital).

    >>> [[w for w, _ in r] for r in runs("Lee said, “We will.” Then: the end")]
    [['lee', 'said'], ['we', 'will'], ['then'], ['the', 'end']]
    """
    for chunk in _BREAK.split(text.replace("’", "'")):
        words = _WORD.findall(chunk)
        if words:
            yield [(w.lower(), w[0].isupper()) for w in words]


def ngrams(run: list[tuple[str, bool]], orders: Iterable[int] = ORDERS) -> Iterator[tuple[str, bool]]:
    """(n-gram, every non-stop word capitalised) for each n-gram of the run."""
    for n in orders:
        for i in range(len(run) - n + 1):
            part = run[i:i + n]
            content = [cap for w, cap in part if w not in STOP_WORDS]
            yield " ".join(w for w, _ in part), bool(content) and all(content)


def _is_dropped(gram: str) -> bool:
    words = gram.split()
    return all(w in STOP_WORDS for w in words) or any(ch.isdigit() for ch in gram)


@dataclass
class MTCounts:
    """Counts over a set of MT documents."""

    count: Counter
    docs: dict[str, set[str]]
    caps: Counter  # occurrences where every content word is capitalised
    totals: Counter  # n-gram positions per order


def count_mt(docs: list[Doc]) -> MTCounts:
    count: Counter = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    caps: Counter = Counter()
    totals: Counter = Counter()
    for doc in docs:
        for run in runs(doc.text):
            for n in ORDERS:
                totals[n] += max(0, len(run) - n + 1)
            for gram, cap in ngrams(run):
                count[gram] += 1
                where[gram].add(doc.id)
                if cap:
                    caps[gram] += 1
    return MTCounts(count, dict(where), caps, totals)


def count_native(texts: Iterable[str], wanted: set[str]) -> tuple[Counter, Counter]:
    """Native counts of the ``wanted`` n-grams only, and n-gram positions per order."""
    count: Counter = Counter()
    totals: Counter = Counter()
    for text in texts:
        for run in runs(text):
            words = [w for w, _ in run]
            for n in ORDERS:
                totals[n] += max(0, len(words) - n + 1)
                for i in range(len(words) - n + 1):
                    gram = " ".join(words[i:i + n])
                    if gram in wanted:
                        count[gram] += 1
    return count, totals


def log_odds_z(y_mt: int, y_nat: int, n_mt: int, n_nat: int, alpha0: float) -> float:
    """z-score of the log-odds ratio MT vs native with an informative Dirichlet prior
    (Monroe et al. 2008, eq. 16 and 20), the prior proportional to the pooled frequency.

    >>> never_native = log_odds_z(10, 0, 1_000, 100_000, 101_000)
    >>> ten_times_native = log_odds_z(10, 100, 1_000, 100_000, 101_000)
    >>> never_native > ten_times_native > 0 > log_odds_z(1, 1_000, 1_000, 100_000, 101_000)
    True
    """
    alpha_w = alpha0 * (y_mt + y_nat) / (n_mt + n_nat)
    a_mt = y_mt + alpha_w
    a_nat = y_nat + alpha_w
    delta = math.log(a_mt / (n_mt + alpha0 - a_mt)) - math.log(a_nat / (n_nat + alpha0 - a_nat))
    return delta / math.sqrt(1.0 / a_mt + 1.0 / a_nat)


@dataclass(frozen=True)
class Candidate:
    ngram: str
    z: float
    docs: int
    mt_count: int
    native_count: int
    examples: tuple[str, ...]


def candidates(mt: MTCounts, native: Counter, native_totals: Counter, min_docs: int,
               min_z: float, alpha0: float | None) -> list[Candidate]:
    """Kept n-grams of one MT corpus against the native corpus, best first."""
    kept: dict[str, Candidate] = {}
    for gram, y in mt.count.items():
        where = mt.docs[gram]
        if len(where) < min_docs or _is_dropped(gram) or mt.caps[gram] * 2 > y:
            continue
        n = gram.count(" ") + 1
        a0 = alpha0 if alpha0 is not None else float(mt.totals[n] + native_totals[n])
        z = log_odds_z(y, native[gram], mt.totals[n], native_totals[n], a0)
        if z >= min_z:
            kept[gram] = Candidate(gram, z, len(where), y, native[gram], tuple(sorted(where)[:3]))
    # an n-gram seen in MT only inside a longer kept one adds nothing
    covered = set()
    for gram, cand in kept.items():
        words = gram.split()
        for sub in (" ".join(words[1:]), " ".join(words[:-1])):
            inner = kept.get(sub)
            if inner and inner.mt_count == cand.mt_count and inner.docs == cand.docs:
                covered.add(sub)
    out = [c for g, c in kept.items() if g not in covered]
    return sorted(out, key=lambda c: (-round(c.z, 6), c.ngram))


def write_tsv(path: Path, rows: list[Candidate]) -> None:
    lines = ["ngram\tz\tmt_docs\tmt_count\tnative_count\texample_doc_ids"]
    lines += [f"{c.ngram}\t{c.z:.2f}\t{c.docs}\t{c.mt_count}\t{c.native_count}\t{','.join(c.examples)}"
              for c in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-docs", type=int, default=2, help="least MT documents an n-gram must occur in")
    ap.add_argument("--top", type=int, default=200, help="rows written per language")
    ap.add_argument("--min-z", type=float, default=1.0,
                    help="least z-score of a candidate (2 MT occurrences, none native: 1.5)")
    ap.add_argument("--alpha0", type=float, default=None,
                    help="prior weight (default: the pooled n-gram count of each order)")
    ap.add_argument("--out", type=Path, default=OUT, help="folder of the TSV files")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    docs = load_mt()
    if not docs:
        print("no MT documents found", file=sys.stderr)
        return 1
    langs = sorted({d.lang for d in docs})
    corpora = {"all": docs} | {lang: [d for d in docs if d.lang == lang] for lang in langs}
    mt_counts = {name: count_mt(ds) for name, ds in corpora.items()}
    wanted = {g for c in mt_counts.values() for g, where in c.docs.items()
              if len(where) >= args.min_docs and not _is_dropped(g)}
    native, native_totals = count_native(load_native(), wanted)

    args.out.mkdir(parents=True, exist_ok=True)
    print(f"| language | dev docs | mining docs | candidates (z >= {args.min_z}) | written |")
    print("|---|---|---|---|---|")
    for name, ds in corpora.items():
        found = candidates(mt_counts[name], native, native_totals, args.min_docs, args.min_z, args.alpha0)
        write_tsv(args.out / f"{name}.tsv", found[:args.top])
        dev = sum(d.origin == "dev" for d in ds)
        print(f"| {name} | {dev} | {len(ds) - dev} | {len(found)} | {min(len(found), args.top)} |")
    print(f"native: {native_totals[2]:,} bigram positions; {time.perf_counter() - started:.1f} s; "
          f"files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
