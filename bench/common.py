"""Shared helpers for the benchmarks: data paths and token-level comparison."""

from __future__ import annotations

import difflib
import re
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
