"""Shared helpers for the benchmarks: data paths and token-level comparison."""

from __future__ import annotations

import argparse
import difflib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BBC = SHARED / "data" / "bbc-news-summary"


def bbc_files(limit: int | None = None) -> list[Path]:
    files = sorted((BBC / "articles").glob("*/*.txt"))
    if limit:
        step = max(1, len(files) // limit)
        files = files[::step][:limit]
    return files


def bbc_body(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    return text.split("\n", 1)[1].strip() if "\n" in text else text


_WORDPUNCT = re.compile(r"\w+|[^\w\s]")
_WORDS = re.compile(r"\w+")


def token_changes(a: str, b: str, mode: str = "whitespace") -> int:
    """How many tokens differ between a and b (the larger side of each change).

    ``whitespace``: tokens split at spaces, so 'Nairobi .' -> 'Nairobi.' changes two;
    ``wordpunct``: words and punctuation marks, so spacing alone changes none;
    ``words``: words only, so punctuation and spacing change none."""
    if mode == "whitespace":
        ta, tb = a.split(), b.split()
    elif mode == "words":  # words only: punctuation and spacing are no change
        ta, tb = _WORDS.findall(a), _WORDS.findall(b)
    else:
        ta, tb = _WORDPUNCT.findall(a), _WORDPUNCT.findall(b)
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")


def changed_examples(a: str, b: str, context: int = 3) -> list[tuple[str, str]]:
    ta, tb = a.split(), b.split()
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            out.append((" ".join(ta[max(0, i1 - context):i2 + context]), " ".join(tb[max(0, j1 - context):j2 + context])))
    return out


def tally_cases(cases: Iterable[tuple[str, str, str | None]], clean: Callable[[str, str], str],
                misses: bool = False) -> dict[str, tuple[int, int]]:
    """A made-up inventory's (shape, text, wanted output or None for a keep) cases: per shape,
    (right, total), where ``clean(shape, text)`` gives the chain's output."""
    out: dict[str, list[int]] = {}
    for shape, text, want in cases:
        got = clean(shape, text)
        ok = got == (text if want is None else want)
        tally = out.setdefault(shape, [0, 0])
        tally[0] += ok
        tally[1] += 1
        if misses and not ok:
            print(f"MISS {shape}: {text!r}\n   got  {got!r}\n   want {want if want is not None else text!r}")
    return {k: (v[0], v[1]) for k, v in out.items()}


def tally_main(doc: str, run: Callable[[bool], dict[str, tuple[int, int]]]) -> None:
    """The command line of an inventory: per shape right/total, then the total (``--misses`` lists
    the cases the chain gets wrong)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the cases the chain gets wrong")
    result = run(parser.parse_args().misses)
    for shape, (right, total) in result.items():
        print(f"{shape:20} {right}/{total}")
    right = sum(r for r, _ in result.values())
    total = sum(t for _, t in result.values())
    print(f"{'total':20} {right}/{total}")
