"""A second look at names, made differently from ``bench.inject`` so that rules tuned to one
injector show up: one name per article damaged in ways that injector does not make.

    python -m bench.names_probe [--style bbc|cnn|both] [--n 150]

Kinds (each a separate run over the same articles, one artifact per article):

- ``lower_once``: the only occurrence of a name lower-cased (``jacques Barrot``);
- ``lower_twice``: one occurrence of a name used twice or more (any length, any position in
  mid-sentence);
- ``lower_common``: the same, for names that are also dictionary words (``Time warner``,
  ``the bank of England``), which the chain leaves alone on purpose (news writes ``Baltimore
  police`` beside ``Baltimore Police``);
- ``drop2`` / ``sub2``: a letter dropped or changed in one occurrence of a name used twice
  (one spelling against one);
- ``swap3`` / ``sub3``: two letters swapped or one changed in a name used three times.

Scored like the injector (``bench.scoring.outcome``): fixed, offered, wrong, missed."""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

from .repair import corpus
from .scoring import outcome

KINDS = ("lower_once", "lower_twice", "lower_common", "drop2", "sub2", "swap3", "sub3")
_CAP = re.compile(r"(?<![\w’'-])([A-Z][a-z]{2,})(?![\w-])")


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


def run(style: str, n: int, kind: str) -> Counter:
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False)
    result: Counter = Counter()
    for name, body in corpus(style, n)[:n]:
        rng = random.Random(f"{name}:{kind}")
        found = sites(body, kind, rng)
        if not found:
            continue
        s, e, rep = rng.choice(found)
        damaged = body[:s] + rep + body[e:]
        result[outcome(damaged, process(damaged, cfg).edits, s, s + len(rep), [body[s:e]])] += 1
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", choices=("bbc", "cnn", "both"), default="both")
    ap.add_argument("--n", type=int, default=150)
    args = ap.parse_args(argv)
    print("| kind | style | articles | fixed | offered | wrong | missed | fixed % |")
    print("|---|---|--:|--:|--:|--:|--:|--:|")
    for kind in KINDS:
        for style in (("bbc", "cnn") if args.style == "both" else (args.style,)):
            r = run(style, args.n, kind)
            total = sum(r.values())
            print(f"| {kind} | {style} | {total} | {r['fixed']} | {r['offered']} | {r['wrong']} | {r['missed']} | "
                  f"{r['fixed'] / max(1, total):.0%} |")


if __name__ == "__main__":
    main()
