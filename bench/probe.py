"""A second look, made differently from ``bench.inject`` so that rules tuned to one injector
show up: one artifact per article, of kinds that injector does not make.

    python -m bench.probe [--style bbc|cnn|both] [--n 150] [--kind KIND] [--tuning] [--per-article N]

By default the articles after the first ones (held out: the rules were written while
looking at the first ``n``; ``--tuning`` scores those).

Names (each kind a separate run over the same articles):

- ``lower_once``: the only occurrence of a name lower-cased (``jacques Barrot``);
- ``lower_twice``: one occurrence of a name used twice or more (any length, any position in
  mid-sentence);
- ``lower_common``: the same, for names that are also dictionary words (``Time warner``,
  ``the bank of England``), which the chain leaves alone on purpose (news writes ``Baltimore
  police`` beside ``Baltimore Police``);
- ``drop2`` / ``sub2``: a letter dropped or changed in one occurrence of a name used twice
  (one spelling against one);
- ``swap3`` / ``sub3``: two letters swapped or one changed in a name used three times.

Lost sentence boundaries: the stop between two sentences of the article removed, whatever
word opens the second one, reported by that word's kind: ``stop_pronoun`` (He, They),
``stop_determiner`` (The, This), ``stop_conjunction`` (But, However), ``stop_preposition``
(In, After), ``stop_common`` (any other dictionary word), ``stop_name``.

Stray capitals: one lower-case word in mid-sentence capitalised (``is Being urged``, ``the
Sharp rise``), drawn uniformly from every such word of the article (any length, hyphenated
or not, before any punctuation; not after an opening quote, a bracket or a colon), not only
from shapes our rules know.  ``bench.inject`` wants a lower-case letter or comma before and a
lower-case word after; this draw has neither condition.  Reported by the word before it, as
the part-of-speech tagger reads the clean sentence: ``cap_after_verb`` (an auxiliary or any
verb: ``is Being``, ``has Roiled``), ``cap_after_prep`` (a preposition or ``to``: ``in
Response``), ``cap_after_det`` (a determiner or possessive: ``the Next``, ``his Opportunity``),
``cap_after_other`` (an adjective, noun, adverb, number, conjunction...); and
``cap_namelike``, the same draw among words native news also capitalises as names (capital
ratio 0.05 to 0.5 in ``rules/case_prior.tsv``, capitalised there twice or more: ``the Sharp rise``, ``on Mobile phones``),
whatever the word before.

Two faults of one place, read together since a rule that repairs one makes the other: a stop
followed by a lower-case word is a sentence whose first letter was lost, or a stop put inside
a sentence.  ``lost_capital``: a sentence's first word lower-cased after a stop, whatever the
word (``rose sharply. analysts said``, ``ended. sony has``); ``inner_stop``: a stop put before
a lower-case word in mid-sentence, whatever the word (``the code for. the malicious bug``).

Scored like the injector (``bench.scoring.outcome``): fixed, offered, wrong, missed.

``--per-article N``: N artifacts in each article instead of one, of kinds drawn from ``--kind`` (all
by default), at sites that neither overlap nor touch, on the held-out articles of the stop kinds
(the first ``n``), scored one by one: a damaged page, as real MT pages are, where one artifact is
a hint to the others (``cleanup.damage``)."""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

from .repair import corpus
from .scoring import outcome

NAME_KINDS = ("lower_once", "lower_twice", "lower_common", "drop2", "sub2", "swap3", "sub3")
STOP_KINDS = ("stop_pronoun", "stop_determiner", "stop_conjunction", "stop_preposition", "stop_common", "stop_name")
CAP_KINDS = ("cap_after_verb", "cap_after_prep", "cap_after_det", "cap_after_other", "cap_namelike")
SENTENCE_KINDS = ("lost_capital", "inner_stop")
KINDS = NAME_KINDS + STOP_KINDS + CAP_KINDS + SENTENCE_KINDS
_STOP = re.compile(r"(?<=[a-z]{2})(\. )(?=([A-Z][a-z]*)\b)")
_OPENERS = {
    "stop_pronoun": {"He", "She", "They", "We", "It", "I", "You"},
    "stop_determiner": {"The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Its"},
    "stop_conjunction": {"But", "And", "However", "So", "Yet", "Or", "Also", "Meanwhile"},
    "stop_preposition": {"In", "On", "At", "For", "After", "Before", "With", "By", "From", "During", "Since", "Under",
                         "Over", "As", "If", "When", "While"},
}


def _opener_kind(word: str) -> str:
    from cleanup.lexicon import is_common_word

    for kind, words in _OPENERS.items():
        if word in words:
            return kind
    return "stop_common" if is_common_word(word.lower()) else "stop_name"


def stop_sites(text: str, kind: str) -> list[tuple[int, int, str]]:
    """The stops before a sentence whose first word is of ``kind``, as (start, end, ' ')."""
    return [(m.start(1), m.end(1), " ") for m in _STOP.finditer(text) if _opener_kind(m.group(2)) == kind]


_CAP = re.compile(r"(?<![\w’'-])([A-Z][a-z]{2,})(?![\w-])")
_SENTENCE_START = re.compile(r"(?<=[a-z]\. )[A-Z](?=[a-z]+ [a-z])")
_INNER = re.compile(r"(?<=[a-z]{3}) (?=[a-z]+ [a-z]+ [a-z])")


def sentence_sites(text: str, kind: str) -> list[tuple[int, int, str]]:
    """``lost_capital``: every sentence opening on a capitalised word after a stop, as (start,
    start + 1, its letter in lower case); ``inner_stop``: every space between two lower-case
    words, as (start, end, '. ')."""
    if kind == "lost_capital":
        return [(m.start(), m.end(), m.group().lower()) for m in _SENTENCE_START.finditer(text)]
    return [(m.start(), m.end(), ". ") for m in _INNER.finditer(text)]


def _mid_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i >= 0 and text[i] not in '.!?"“\n:('


def _misspelt(name: str, kind: str, rng: random.Random) -> str:
    i = rng.randint(1, len(name) - 3)
    if kind == "swap3":
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if kind.startswith("sub"):
        return name[:i] + rng.choice("aeioun") + name[i + 1:]
    return name[:i] + name[i + 1:]


def sites(text: str, kind: str, rng: random.Random) -> list[tuple[int, int, str]]:
    """(start, end, replacement) in the clean text, for one kind."""
    from cleanup.lexicon import is_common_word

    mid: dict[str, list[re.Match]] = defaultdict(list)
    counts = Counter(m.group(1) for m in _CAP.finditer(text))
    for m in _CAP.finditer(text):
        if _mid_sentence(text, m.start()):
            mid[m.group(1)].append(m)
    out = []
    for name, ms in sorted(mid.items()):
        common = is_common_word(name.lower())
        if kind.startswith("lower"):
            wanted = {"lower_once": counts[name] == 1 and not common, "lower_twice": counts[name] >= 2 and not common,
                      "lower_common": counts[name] >= 2 and common}[kind]
            if wanted:
                m = rng.choice(ms)
                out.append((m.start(), m.start() + 1, name[0].lower()))
        elif len(name) >= 5 and not common and counts[name] >= int(kind[-1]):
            m = rng.choice(ms[1:] or ms)
            variant = _misspelt(name, kind, rng)
            if variant != name:
                out.append((m.start(), m.end(), variant))
    return out


_LOWER = re.compile(r"(?<![\w’'&@/.-])([a-z][a-z’'-]*)(?![\w’'-]*[\w@/])")
_SENT_START = re.compile(r"[.!?]\W*\s+$|[\n:;(\[\"“‘]\s*$|^\s*$")


def _tag_kind(tag: str) -> str:
    if tag.startswith("VB") or tag == "MD":
        return "cap_after_verb"
    if tag in ("IN", "TO"):
        return "cap_after_prep"
    if tag in ("DT", "PRP$", "PDT", "WP$", "POS"):
        return "cap_after_det"
    return "cap_after_other"


def cap_sites(text: str, kind: str) -> list[tuple[int, int, str]]:
    """Every lower-case word in mid-sentence of ``kind`` (see the module docstring), as
    (start, start + 1, its first letter capitalised).  The word before is tagged in its
    clean sentence (up to 200 characters before it)."""
    from cleanup import lexicon, tagger

    out = []
    for m in _LOWER.finditer(text):
        s = m.start()
        before = text[max(0, s - 200):s]
        if _SENT_START.search(before) or not before.endswith(" "):
            continue
        if kind == "cap_namelike":
            word = m.group(1).strip("’'-")
            ratio = lexicon.capital_ratio(word)  # counted, not estimated from frequency: seen as a name
            if lexicon.case_counts(word)[0] >= 2 and ratio is not None and 0.05 <= ratio <= 0.5:
                out.append((s, s + 1, m.group(1)[0].upper()))
            continue
        words = re.sub(r"^\S*\s", "", before) if len(before) == 200 else before
        cut = max(words.rfind(". "), words.rfind("\n"))
        tagged = tagger.tags(words[cut + 1:] + m.group(1))
        if len(tagged) >= 2 and tagged[-1][0] == m.group(1) and _tag_kind(tagged[-2][1]) == kind:
            out.append((s, s + 1, m.group(1)[0].upper()))
    return out


def run(style: str, n: int, kind: str, heldout: bool = True) -> Counter:
    """One kind over ``n`` articles (twice as many for the rarer stop kinds): by default the
    held-out slice after the first ones, which the rules were written while looking at."""
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    result: Counter = Counter()
    articles = articles_of(style, n, kind, heldout)
    for name, body in articles:
        hit = damage(name, body, kind)
        if hit is None:
            continue
        damaged, s, e, original = hit
        result[outcome(damaged, process(damaged, cfg).edits, s, e, [original])] += 1
    return result


def articles_of(style: str, n: int, kind: str, heldout: bool = True) -> list[tuple[str, str]]:
    """The articles a kind is run on: the first ``n`` (twice as many for the stop kinds) with
    ``heldout=False``, else the next ones."""
    size = 2 * n if kind in STOP_KINDS else n
    articles = corpus(style, size)[:size]
    if heldout:
        seen = {a for a, _ in articles}
        articles = [(a, b) for a, b in corpus(style, 3 * size) if a not in seen][:size]
    return articles


def _sites_of(body: str, kind: str, rng: random.Random) -> list[tuple[int, int, str]]:
    return (stop_sites(body, kind) if kind in STOP_KINDS else cap_sites(body, kind) if kind in CAP_KINDS
            else sentence_sites(body, kind) if kind in SENTENCE_KINDS else sites(body, kind, rng))


def damage_many(name: str, body: str, kinds: list[str], n: int) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Up to ``n`` artifacts in one article, each of a kind drawn from ``kinds``, at sites that
    neither overlap nor touch (the draw seeded by the article's name): the damaged text and
    (kind, start, end, original) per artifact, in the damaged text."""
    rng = random.Random(f"{name}:many:{n}")
    chosen: list[tuple[str, tuple[int, int, str]]] = []
    for _ in range(4 * n):
        if len(chosen) >= n:
            break
        kind = rng.choice(kinds)
        found = [st for st in _sites_of(body, kind, rng)
                 if not any(st[0] <= e + 1 and s - 1 <= st[1] for _, (s, e, _) in chosen)]
        if found:
            chosen.append((kind, rng.choice(found)))
    out, pieces, pos, shift = [], [], 0, 0
    for kind, (s, e, rep) in sorted(chosen, key=lambda c: c[1][0]):
        pieces += [body[pos:s], rep]
        out.append((kind, s + shift, s + shift + len(rep), body[s:e]))
        shift += len(rep) - (e - s)
        pos = e
    return "".join(pieces) + body[pos:], out


def run_many(style: str, n: int, kinds: list[str], per_article: int, heldout: bool = True) -> dict[str, Counter]:
    """``per_article`` artifacts of mixed kinds in each of ``n`` articles (the held-out slice of the
    stop kinds' articles by default), scored one by one: per kind, the outcomes."""
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    result: dict[str, Counter] = defaultdict(Counter)
    for name, body in articles_of(style, n, STOP_KINDS[0], heldout)[:n]:
        damaged, arts = damage_many(name, body, kinds, per_article)
        if not arts:
            continue
        edits = process(damaged, cfg).edits
        for kind, s, e, original in arts:
            result[kind][outcome(damaged, edits, s, e, [original])] += 1
    return result


def damage(name: str, body: str, kind: str) -> tuple[str, int, int, str] | None:
    """One artifact of ``kind`` drawn in an article (the draw seeded by its name and the kind):
    (damaged text, start, end of the artifact in it, the original), or None if there is no site."""
    rng = random.Random(f"{name}:{kind}")
    found = _sites_of(body, kind, rng)
    if not found:
        return None
    s, e, rep = rng.choice(found)
    return body[:s] + rep + body[e:], s, s + len(rep), body[s:e]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", choices=("bbc", "cnn", "both"), default="both")
    ap.add_argument("--n", type=int, default=150, help="articles (twice as many for the stop kinds, which are rarer)")
    ap.add_argument("--kind", choices=KINDS, action="append", help="only these kinds (repeatable)")
    ap.add_argument("--tuning", action="store_true", help="the first articles (looked at while writing rules)")
    ap.add_argument("--per-article", type=int, default=1,
                    help="artifacts per article, of kinds drawn from --kind (all by default), scored together")
    args = ap.parse_args(argv)
    if args.per_article > 1:
        report_many(args.kind or list(KINDS), args.style, args.n, args.per_article, args.tuning)
        return
    report(run, args.kind or KINDS, args.style, args.n, args.tuning)


def report_many(kinds: list[str], style: str, n: int, per_article: int, tuning: bool) -> None:
    """The table of a probe with ``per_article`` mixed artifacts per article, by kind."""
    print(f"{per_article} artifacts per article, of the kinds: {', '.join(kinds)}")
    print("| kind | style | artifacts | fixed | offered | wrong | missed | fixed % |")
    print("|---|---|--:|--:|--:|--:|--:|--:|")
    for one in (("bbc", "cnn") if style == "both" else (style,)):
        by_kind = run_many(one, n, kinds, per_article, heldout=not tuning)
        total: Counter = Counter()
        for kind in kinds:
            r = by_kind.get(kind, Counter())
            total.update(r)
            if r:
                print(f"| {kind} | {one} | {sum(r.values())} | {r['fixed']} | {r['offered']} | {r['wrong']} | "
                      f"{r['missed']} | {r['fixed'] / max(1, sum(r.values())):.0%} |")
        print(f"| **all** | {one} | {sum(total.values())} | {total['fixed']} | {total['offered']} | {total['wrong']} | "
              f"{total['missed']} | {total['fixed'] / max(1, sum(total.values())):.0%} |")


def report(run_kind, kinds, style: str, n: int, tuning: bool) -> None:
    """The table of a probe: ``run_kind(style, n, kind, heldout=...)`` per kind and house style."""
    print("| kind | style | articles | fixed | offered | wrong | missed | fixed % |")
    print("|---|---|--:|--:|--:|--:|--:|--:|")
    for kind in kinds:
        for one in (("bbc", "cnn") if style == "both" else (style,)):
            r = run_kind(one, n, kind, heldout=not tuning)
            total = sum(r.values())
            print(f"| {kind} | {one} | {total} | {r['fixed']} | {r['offered']} | {r['wrong']} | {r['missed']} | "
                  f"{r['fixed'] / max(1, total):.0%} |")


if __name__ == "__main__":
    main()
