"""Extractive summaries of the repaired article.

sumy ranks (every one of its summarizers is available by name), fed with our own
sentences through a tokenizer object, since sumy's default tokenizer needs an NLTK
download.  The default method, ``news``, is ours: PacSum-style directed centrality
(Zheng and Lapata 2019: a sentence is central when later sentences echo it, not
earlier ones) plus a lead prior, with redundancy control.  It was chosen by ROUGE on
the first 500 CNN/DailyMail test articles (bench/summary.py).

Boilerplate never reaches the summary (the repair stage removed it), and a sentence
never appears twice: duplicates are dropped before ranking.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from .config import Config
from .errors import CleanupError
from .result import Result
from .rules import RuleSet
from .sentences import split_sentences

SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
METHODS = ("news", "lead", *SUMY_METHODS)
DEFAULT_METHOD = "news"

_WORD = re.compile(r"[A-Za-z0-9][\w’'-]*")


class SentenceTokenizer:
    """The object sumy expects: ``to_sentences`` and ``to_words``; no downloads."""

    language = "english"

    def __init__(self, rules: RuleSet | None = None) -> None:
        self.rules = rules

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph, self.rules))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _stemmer().stem(word.lower())


def _terms(sentence: str) -> list[str]:
    stop = _stop_words()
    return [_stem(w) for w in _WORD.findall(sentence) if w.lower() not in stop]


# -- candidate sentences --------------------------------------------------------


def candidates(paragraphs: list[list[str]]) -> list[str]:
    """Sentences in article order, without duplicates and without scraps too short to inform."""
    seen: set[str] = set()
    out: list[str] = []
    for para in paragraphs:
        for s in para:
            key = re.sub(r"\W+", " ", s.lower()).strip()
            if not key or key in seen or len(_WORD.findall(s)) < 4:
                continue
            seen.add(key)
            out.append(s)
    return out


# -- our ranking ------------------------------------------------------------------


def news_rank(sents: list[str], n: int, *, lam_prev: float = 0.0, beta: float = 0.2,
              lead: float = 3.0, decay: float = 2.0, redundancy: float = 0.7) -> list[int]:
    """Indices of the ``n`` best sentences (PacSum centrality + lead prior + MMR).

    Defaults from a grid search on the first 500 CNN/DailyMail test articles
    (``python -m bench.summary --tune``): edges to later sentences count, edges to
    earlier ones do not (lam_prev 0), threshold at 20% of the similarity range."""
    if len(sents) <= n:
        return list(range(len(sents)))
    terms = [_terms(s) for s in sents]
    df = Counter(t for ts in terms for t in set(ts))
    N = len(sents)
    vecs = []
    for ts in terms:
        tf = Counter(ts)
        v = {t: c * math.log((N + 1) / (df[t] + 0.5)) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})

    def cos(a: dict, b: dict) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(x * b.get(t, 0.0) for t, x in a.items())

    sim = [[cos(vecs[i], vecs[j]) if i != j else 0.0 for j in range(N)] for i in range(N)]
    flat = [sim[i][j] for i in range(N) for j in range(N) if i != j]
    lo, hi = min(flat), max(flat)
    thr = lo + beta * (hi - lo)
    edge = [[max(0.0, sim[i][j] - thr) for j in range(N)] for i in range(N)]
    cent = [lam_prev * sum(edge[i][:i]) + sum(edge[i][i + 1:]) for i in range(N)]
    top = max(abs(c) for c in cent) or 1.0
    score = [c / top + lead / (i + 1) ** decay for i, c in enumerate(cent)]
    chosen: list[int] = []
    while len(chosen) < n:
        best = max(
            (i for i in range(N) if i not in chosen),
            key=lambda i: score[i] - redundancy * max((sim[i][j] for j in chosen), default=0.0),
        )
        chosen.append(best)
    return sorted(chosen)


def sumy_rank(text: str, method: str, n: int, title: str | None = None, rules: RuleSet | None = None) -> list[str]:
    """Rank with one of sumy's summarizers; returns the chosen sentences in article order."""
    from sumy.parsers.plaintext import PlaintextParser

    parser = PlaintextParser.from_string(text, SentenceTokenizer(rules))
    summarizer = _sumy_summarizer(method, title)
    return [str(s) for s in summarizer(parser.document, n)]


def _sumy_summarizer(method: str, title: str | None = None) -> Any:
    from sumy.nlp.stemmers import Stemmer

    if method == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as S
    elif method == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as S
    elif method == "lsa":
        from sumy.summarizers.lsa import LsaSummarizer as S
    elif method == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as S
    elif method == "edmundson":
        from sumy.summarizers.edmundson import EdmundsonSummarizer as S
    elif method == "kl":
        from sumy.summarizers.kl import KLSummarizer as S
    elif method == "sumbasic":
        from sumy.summarizers.sum_basic import SumBasicSummarizer as S
    elif method == "reduction":
        from sumy.summarizers.reduction import ReductionSummarizer as S
    else:
        raise CleanupError(f"unknown summary method {method!r}; choose one of {', '.join(METHODS)}")
    summarizer = S(Stemmer("english"))
    summarizer.stop_words = _stop_words()
    if method == "edmundson":
        summarizer.null_words = _stop_words()
        summarizer.bonus_words = tuple(_WORD.findall(title or "")) or ("said",)
        summarizer.stigma_words = ("photo", "click", "subscribe", "advertisement")
    return summarizer


# -- public API -------------------------------------------------------------------


def _length(n_sentences: int, sentences: int | None, ratio: float | None) -> int:
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise CleanupError("--ratio must be between 0 and 1")
        return max(1, round(n_sentences * ratio))
    if sentences is None or sentences < 1:
        raise CleanupError("--sentences must be at least 1")
    return sentences


def rank(result: Result, sentences: int | None = 3, method: str = "default", ratio: float | None = None,
         rules: RuleSet | None = None) -> list[str]:
    """The summary of a cleaned article: sentences as they stand in the cleaned text, in
    article order, never the same one twice."""
    method = DEFAULT_METHOD if method == "default" else method
    if method not in METHODS:
        raise CleanupError(f"unknown summary method {method!r}; choose one of default, {', '.join(METHODS)}")
    paragraphs = [split_sentences(p, rules) for p in result.text.split("\n\n") if p.strip()]
    sents = candidates(paragraphs)
    n = _length(len(sents), sentences, ratio)
    if method == "lead":
        return sents[:n]
    if method == "news":
        return [sents[i] for i in news_rank(sents, n)]
    keep = set(sents)
    body = "\n\n".join(" ".join(s for s in p if s in keep) for p in paragraphs)
    chosen = set(sumy_rank(body, method, n, result.title, rules))
    return [s for s in sents if s in chosen][:n]


def summary_of(result: Result, config: Config, rules: RuleSet | None = None) -> tuple[str, ...]:
    return tuple(rank(result, config.summary_sentences, config.summary_method, config.summary_ratio, rules))
