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
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Any

from . import roles
from .config import METHODS, Config
from .edits import EditLog
from .errors import CleanupError
from .result import Result
from .rules import RuleSet, load_rules
from .sentences import dateline, split_sentences

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


def _key(text: str, rules: RuleSet | None) -> str:
    """What makes two sentences the same: the words, after any dateline."""
    m = dateline(rules or load_rules()).match(text)
    return re.sub(r"\W+", " ", text[m.end():] if m else text).lower().strip()


def body_candidates(body: str, rules: RuleSet | None = None, title: str | None = None) -> list[roles.Sentence]:
    """The sentences a summary may use, with their spans in the body: body text only (no
    caption, credit, heading, byline, date, list item, reporter's question or leftover), no
    duplicate (nor the title again), no scrap of fewer than four words."""
    seen: set[str] = set()
    head = _key(title, rules) if title else None
    out: list[roles.Sentence] = []
    for s in roles.sentences(body, rules):
        key = _key(s.text, rules)
        if s.role != "body" or not key or key in seen or len(_WORD.findall(s.text)) < 4 or (
                head and (key.startswith(head) or (len(head.split()) >= 5 and head in key))):
            continue
        seen.add(key)
        out.append(s)
    return out


# -- our ranking ------------------------------------------------------------------


#: cosine similarity (tf-idf) at which a candidate restates a chosen sentence
NEAR_DUPLICATE = 0.5


def news_rank(sents: list[str], n: int, *, lam_prev: float = 0.0, beta: float = 0.1,
              lead: float = 3.0, decay: float = 2.0, redundancy: float = 0.7,
              eligible: Callable[[int, Collection[int]], bool] | None = None) -> list[int]:
    """Indices of the ``n`` best sentences (PacSum centrality + lead prior + MMR).

    Defaults from a grid search on the first 500 CNN/DailyMail test articles
    (``python -m bench.summary --tune``): edges to later sentences count, edges to
    earlier ones do not (lam_prev 0), threshold at 10% of the similarity range (tuned again
    with the candidates that stand alone: the grid is flat within 0.3 ROUGE-1).
    ``eligible(i, chosen)`` says whether sentence i may join those chosen so far (a
    sentence that cannot stand alone waits for the one it leans on)."""
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
    taken: set[int] = set()
    closest = [0.0] * N  # each sentence's highest similarity to a chosen one, kept as sentences are chosen
    while len(chosen) < n:
        pool = [i for i in range(N) if i not in taken and (eligible is None or eligible(i, taken))]
        if not pool:
            break
        # a restatement of a chosen sentence (MT pages often say the lede twice) is passed over
        pool = [i for i in pool if closest[i] < NEAR_DUPLICATE] or pool
        best = max(pool, key=lambda i: score[i] - redundancy * closest[i])
        chosen.append(best)
        taken.add(best)
        closest = [max(c, sim[i][best]) for i, c in enumerate(closest)]
    return sorted(chosen)


# -- sentences that stand alone ------------------------------------------------------

_CONNECTIVE = re.compile(
    r"^(?:And|But|However|Meanwhile|Yet|Still|Also|So(?! far| much| many| long| be)|Now|Instead|Nevertheless|Nonetheless|Moreover|Furthermore|"
    r"Besides|In addition|Additionally|Indeed|In fact|Then|Even so|Thus|Therefore|Hence|Plus|Or|Nor|Likewise|"
    r"Similarly|Otherwise|Rather)\b,?\s+(?=[\w“\"‘'])")
#: connectives that answer the sentence before: such a sentence is never the first of a summary
_CONTRAST = re.compile(r"^(?:But|However|Yet|Still|Instead|Nevertheless|Nonetheless|Even so|Thus|Therefore|Hence|"
                       r"Or|Nor|Then|Otherwise|Rather|So(?! far| much| many| long| be))\b")
_PERSON_PRONOUN = re.compile(r"^(?:He|She|His|Her|Him)\b")
_NAME = re.compile(r"(?<=[a-z,] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                   r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z’'-]+")


def leans_on(sents: list[str]) -> list[int | None]:
    """For each sentence whose subject is only a pronoun ('He said that ...'), the sentence it
    leans on: the nearest of the three before it that names someone (he, she), or the one
    before it (it, they, this); -1 when there is none.  None for a sentence that stands alone."""
    out: list[int | None] = []
    for i, s in enumerate(sents):
        if not roles.pronoun_subject(s) or s.startswith(("There", "Here")):
            out.append(None)
            continue
        j = i - 1
        if _PERSON_PRONOUN.match(s):
            j = next((k for k in range(i - 1, max(-1, i - 4), -1) if _NAME.search(sents[k])), i - 1)
        out.append(j)
    return out


def eligibility(sents: list[str]) -> Callable[[int, Collection[int]], bool]:
    """May sentence i join the chosen ones?  Not before the sentence it leans on is chosen,
    and not as the first of the summary when it opens with 'But', 'However' and the like."""
    leans = leans_on(sents)
    contrast = [bool(_CONTRAST.match(s)) for s in sents]

    def ok(i: int, chosen: Collection[int]) -> bool:
        if leans[i] is not None and leans[i] not in chosen:
            return False
        return not (contrast[i] and not any(j < i for j in chosen))

    return ok


def standing(sents: list[str], chosen: list[int], rules: RuleSet | None = None) -> list[str]:
    """The chosen sentences as the summary shows them: without a dateline (``BEIJING, 14 May
    –``), and a leading connective dropped unless the sentence it answers comes right before
    it in the summary too."""
    out = []
    line = dateline(rules or load_rules())
    taken = set(chosen)
    for i in chosen:
        s = sents[i]
        m = line.match(s)
        if m and len(_WORD.findall(s[m.end():])) >= 4:
            s = s[m.end():]
            s = s[:1].upper() + s[1:]
        m = _CONNECTIVE.match(s)
        if m and (i - 1) not in taken:
            s = s[m.end():]
            s = s[:1].upper() + s[1:]
        out.append(s)
    return out


def sumy_rank(text: str, method: str, n: int, title: str | None = None, rules: RuleSet | None = None) -> list[str]:
    """Rank with one of sumy's summarizers; returns the chosen sentences in article order."""
    from sumy.parsers.plaintext import PlaintextParser

    parser = PlaintextParser.from_string(text, SentenceTokenizer(rules))
    summarizer = _sumy_summarizer(method, title)
    return [str(s) for s in summarizer(parser.document, n)]


@lru_cache(maxsize=1)
def _sorted_lsa() -> type:
    """sumy's LSA with its terms numbered in sorted order: sumy numbers them by iterating a
    frozenset, whose order changes with the process's hash seed, so the same article got
    another summary in another process (3 of 50 BBC articles)."""
    from sumy.summarizers.lsa import LsaSummarizer

    class SortedLsa(LsaSummarizer):
        def _create_dictionary(self, document: Any) -> dict[str, int]:
            words = map(self.normalize_word, document.words)
            unique = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
            return {w: i for i, w in enumerate(unique)}

    return SortedLsa


def _sumy_summarizer(method: str, title: str | None = None) -> Any:
    from sumy.nlp.stemmers import Stemmer

    if method == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as S
    elif method == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as S
    elif method == "lsa":
        S = _sorted_lsa()
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


#: the sentences a ranking reads: the body's first 400 candidates, ten times a long news article.  Every
#: ranking compares sentences pairwise (ours, lexrank, textrank), so without a bound a 1 MB input took
#: minutes and gigabytes; with it the summary's cost stops growing (a longer summary, ``--ratio``, is
#: filled in article order past the bound)
MAX_RANKED = 400
#: sumy's KL-sum re-reads every candidate for each pick (cubic: 400 candidates take 25 s, 150 under 2 s)
MAX_RANKED_BY_METHOD = {"kl": 150}


def _length(n_sentences: int, sentences: int | None, ratio: float | None) -> int:
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise CleanupError("--ratio must be between 0 and 1")
        return max(1, round(n_sentences * ratio))
    if sentences is None or sentences < 1:
        raise CleanupError("--sentences must be at least 1")
    return sentences


def choose(result: Result, sentences: int | None = 3, method: str = "default", ratio: float | None = None,
           rules: RuleSet | None = None) -> tuple[list[roles.Sentence], list[int]]:
    """The candidate sentences of the body and the indices chosen, in article order."""
    method = DEFAULT_METHOD if method == "default" else method
    if method not in METHODS:
        raise CleanupError(f"unknown summary method {method!r}; choose one of default, {', '.join(METHODS)}")
    cands = body_candidates(result.text, rules, result.title)
    sents = [c.text for c in cands]
    n = _length(len(sents), sentences, ratio)
    ranked = sents[:MAX_RANKED_BY_METHOD.get(method, MAX_RANKED)]
    ok = eligibility(ranked)
    if method == "news":
        chosen = news_rank(ranked, n, eligible=ok)
    elif method == "lead":
        chosen = []
        for i in range(len(ranked)):
            if len(chosen) < n and ok(i, chosen):
                chosen.append(i)
    else:
        chosen = _sumy_choose(result, cands[:len(ranked)], method, n, ok, rules)
    if len(chosen) < min(n, len(sents)):  # nothing else stands alone (or is ranked): fill in article order
        taken = set(chosen)
        chosen = sorted(chosen + [i for i in range(len(sents)) if i not in taken][:n - len(chosen)])
    return cands, chosen


def _sumy_choose(result: Result, cands: list[roles.Sentence], method: str, n: int,
                 ok: Callable[[int, list[int]], bool], rules: RuleSet | None) -> list[int]:
    """sumy's choice of n (asking for more when some cannot stand alone), in article order."""
    sents = [c.text for c in cands]
    index = {s: i for i, s in enumerate(sents)}
    paras: dict[int, list[str]] = {}
    for c in cands:
        paras.setdefault(c.paragraph, []).append(c.text)
    body = "\n\n".join(" ".join(p) for p in paras.values())
    chosen: list[int] = []
    for k in (n, 2 * n, 4 * n):
        picked = sorted(index[s] for s in sumy_rank(body, method, k, result.title, rules) if s in index)
        chosen = []
        for i in picked:
            if len(chosen) < n and ok(i, chosen):
                chosen.append(i)
        if len(chosen) >= n or len(picked) >= len(sents):
            break
    return sorted(chosen)


def original_spans(result: Result, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the cleaned body mapped onto the ORIGINAL input through the edit log (offsets,
    never a search): the original text there is what the repairs turned into the body's text."""
    log = EditLog(result.original)
    log.edits = [e for e in result.edits if e.action == "fix"]
    base = len(result.title) + 2 if result.title is not None else 0
    return [(log.to_original(base + s, "start"), log.to_original(base + e, "end")) for s, e in spans]


def rank(result: Result, sentences: int | None = 3, method: str = "default", ratio: float | None = None,
         rules: RuleSet | None = None) -> list[str]:
    """The summary of a cleaned article: sentences as they stand in the cleaned text (a
    leading connective dropped when the sentence it answers is not in the summary), in
    article order, never the same one twice."""
    cands, chosen = choose(result, sentences, method, ratio, rules)
    return standing([c.text for c in cands], chosen, rules)


def summary_of(result: Result, config: Config, rules: RuleSet | None = None) -> tuple[str, ...]:
    return tuple(rank(result, config.summary_sentences, config.summary_method, config.summary_ratio, rules))


def summary_with_spans(result: Result, config: Config, rules: RuleSet | None = None
                       ) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The summary and, for each of its sentences, its [start, end) in the original input."""
    cands, chosen = choose(result, config.summary_sentences, config.summary_method, config.summary_ratio, rules)
    spans = original_spans(result, [(cands[i].start, cands[i].end) for i in chosen])
    return tuple(standing([c.text for c in cands], chosen, rules)), tuple(spans)
