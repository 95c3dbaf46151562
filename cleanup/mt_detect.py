"""Is this text machine-translated?  A linear score from generic features only.

The source-language detector (:func:`cleanup.language.detect`, the packs' ``[detect]`` tables)
reads topic signals learnt from the dev set and stays silent on most text nobody has read, and
:func:`cleanup.language.mt_signals` needs damage that MT shows only now and then.  This detector
reads what every translation shares whatever its topic: how often each closed-class word is
used (``w:<word>`` rows), and shapes of punctuation, casing and sentences (``s:<shape>`` rows):
a capital after a lower-case word mid-sentence, a stop before a conjunction, a comma then a
pronoun and a verb, doubled words, sentence lengths, contractions, abstract nouns, the over-used
connectives of translated text (``words.translationese``).  No topic word, name, place or site
name is a feature, nor a line with no sentence in it (a page's furniture), nor a lower-case
sentence start: the chain repairs it, and a score that moves when the text is cleaned would
break ``clean(clean(x)) == clean(x)``.  Tokenised spacing (CNN/DailyMail's ``dies . The``) is
closed up before counting, so that house style does not read as MT.

The weights are data (``rules/mt_detect.tsv``, built by ``python -m bench.mt_detect --write``):
a logistic regression whose standardisation is folded into the weights, so scoring is one pass
of regular expressions and a dot product, linear in the text.  A text with fewer words than
the model's ``~min_words`` gets no decision (``None``): rates over a few sentences are noise.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from .rules import load_rules

TABLE = "mt_detect.tsv"
SD_CAP = 60  # words: longer sentences count as this long in the spread of sentence lengths

_SPACED = re.compile(r"(?<=\S)[ \t]+(?=[.,;:!?%)](?:\s|$)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b)")
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
#: a sentence ends at a stop after a lower-case letter, a digit or a bracket ('U.S. Army' is no end)
_END = re.compile(r"(?<=[a-z0-9%)][.!?])[\"'“”‘’«»]?\s+(?=[\"'“”‘’«»(]?[A-Za-z0-9])")
# possessive runs: a shorter run of letters is followed by a letter, never by what comes next
# in the pattern, so giving letters back finds no other match (the same matches, no backtracking)
_CAP_MID = re.compile(r"\b[a-z]{2,}+[,;:]? ([A-Z][a-z]++)\b")
_DOUBLED = re.compile(r"\b([A-Za-z]++) \1\b", re.IGNORECASE)
_DASH = re.compile(r" [-–—] ")
_OF_THE = re.compile(r"\b[a-z]+ of the\b")
#: endings of abstract nouns: translations keep the source's nominal style ('the implementation of')
_NOMINAL = ("tion", "tions", "sion", "sions", "ment", "ments", "ity", "ities", "ance", "ence")
_PROSE_END = re.compile(r"[.!?…][\"'“”‘’«»)]*\s*$")  # any quotation mark: a turned one is repaired later
_QUOTE = re.compile(r"[\"“”«»„]")


class Verdict(NamedTuple):
    """The detector's answer: the probability that the text is MT and whether it passes the
    threshold; ``score`` None when the text is too short to decide."""

    score: float | None
    is_mt: bool


class Model(NamedTuple):
    bias: float
    threshold: float
    min_words: int
    weights: dict[str, float]


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped weights (``rules/mt_detect.tsv``)."""
    from .lexicon import shipped_table

    weights: dict[str, float] = {}
    head: dict[str, float] = {}
    for name, value in shipped_table(TABLE):
        (head if name.startswith("~") else weights)[name] = float(value)
    return Model(head["~bias"], head["~threshold"], int(head["~min_words"]), weights)


def body_of(text: str) -> str:
    """The prose of the text: its paragraphs that end as a sentence ends or hold one sentence end.
    A line with no stop (a headline, a masthead, a menu, a caption) is a page's furniture, which
    the chain may remove: read, it would say more about the site than about the translation, and
    the score of the cleaned text would differ from the input's.  The title goes with the
    furniture (whether the first line is one is not asked: that answer may change once the
    furniture above it is gone)."""
    return "\n".join(p for p in text.split("\n") if _PROSE_END.search(p) or _END.search(p))


class _Shapes(NamedTuple):
    closed: frozenset[str]  # words.closed_class: a capital in mid-sentence that is a closed-class word
    stop_conj: re.Pattern[str]  # a stop, then a conjunction ('... on Monday. And the')
    comma_pronoun: re.Pattern[str]  # a comma, a pronoun, a verb ('..., he was')
    translationese: re.Pattern[str]
    varied_reporting: re.Pattern[str]


@lru_cache(maxsize=1)
def _shapes() -> _Shapes:
    """The detector's word lists (``words.closed_class``, ``words.mt_stop_conjunctions``,
    ``words.mt_comma_pronouns``, ``words.mt_comma_verbs``, ``words.translationese``,
    ``words.varied_reporting``), from the shipped rules only: the weights were fitted on them.
    The phrase lists are lower case and are matched on the lower-cased text: no IGNORECASE scan
    (a case-insensitive alternation costs three times as much on every document)."""
    rules = load_rules()
    return _Shapes(rules.words("words.closed_class"),
                   re.compile(rf"[.!?][\"'”’]? {rules.alternation('words.mt_stop_conjunctions')}\b"),
                   re.compile(rf", {rules.alternation('words.mt_comma_pronouns')} "
                              rf"{rules.alternation('words.mt_comma_verbs')}\b"),
                   re.compile(rf"\b(?:{rules.alternation('words.translationese')})\b"),
                   re.compile(rf"\b(?:{rules.alternation('words.varied_reporting')})\b"))


def features(text: str) -> tuple[int, dict[str, float]]:
    """(number of words, feature values) of a text: word features are rates per word, shape
    features rates per word or per sentence.  One pass of each expression: linear time.  The
    word lists are the shipped ones (:func:`_shapes`), whatever rules a run loads."""
    text = _SPACED.sub("", text)
    words, lengths = _words(text)
    n = len(words)
    if not n:
        return 0, {}
    sents = max(1, len(lengths))
    shapes = _shapes()
    closed = shapes.closed
    low = text.lower()
    written = Counter(words)  # each form once: the endings below read each distinct form, not every word
    counts: Counter[str] = Counter()
    genitive = negation = nominal = letters = 0  # whole numbers: summed in one loop, the same totals
    for w, c in written.items():
        counts[w.lower()] += c
        letters += len(w) * c
        if w.endswith(_NOMINAL):
            nominal += c
        if w.endswith(("'s", "’s")):
            genitive += c
        elif w.endswith(("n't", "n’t")):
            negation += c
    out = {f"w:{w}": c / n for w, c in counts.items()}
    caps = _CAP_MID.findall(text)
    out |= {
        "s:cap_mid": len(caps) / n,
        "s:cap_mid_closed": sum(c.lower() in closed for c in caps) / n,
        "s:stop_conj": len(shapes.stop_conj.findall(text)) / sents,
        "s:comma_pronoun_verb": len(shapes.comma_pronoun.findall(text)) / sents,
        "s:doubled": len(_DOUBLED.findall(text)) / n,
        "s:sentence_mean": sum(lengths) / sents / 100,
        # lengths capped: one list or table row of 200 words must not decide the spread alone
        "s:sentence_sd": (statistics.pstdev([min(x, SD_CAP) for x in lengths]) if len(lengths) > 1 else 0.0) / 100,
        "s:long_sentences": sum(x > 40 for x in lengths) / sents,
        "s:comma": text.count(",") / n,
        "s:semicolon": text.count(";") / n,
        "s:colon": text.count(":") / n,
        "s:bracket": text.count("(") / n,
        "s:dash": len(_DASH.findall(text)) / n,
        "s:quote": len(_QUOTE.findall(text)) / n,
        "s:genitive": genitive / n,
        "s:negation": negation / n,
        "s:nominal": nominal / n,
        "s:word_length": letters / n / 10,
        "s:of_the": len(_OF_THE.findall(text)) / n,
        "s:translationese": len(shapes.translationese.findall(low)) / sents,
        "s:varied_reporting": len(shapes.varied_reporting.findall(low)) / sents,
    }
    return n, out


def _words(text: str) -> tuple[list[str], list[int]]:
    """The words of the text and the word count of each sentence that has words, in one scan of
    the sentences: a split removes spaces and a quotation mark after a stop, never part of a word,
    so the sentences' words are the text's."""
    words: list[str] = []
    lengths: list[int] = []
    for para in text.split("\n"):
        for s in _END.split(para):
            found = WORD.findall(s)
            if found:
                lengths.append(len(found))
                words += found
    return words, lengths


def score(text: str) -> float | None:
    """The probability that ``text`` is machine-translated; None when it is too short to say.
    The features read the shipped word lists (``words.closed_class``, ``words.translationese``,
    ``words.varied_reporting``), never a user's extension of them: the weights were fitted on
    the shipped lists, and a longer list would move every score without a refit."""
    return body_score(body_of(text))


@lru_cache(maxsize=4)
def body_score(body: str) -> float | None:
    """:func:`score` of the prose lines alone.  Cached: a later pass of the chain asks again
    (``analysis.reanalyse``) and, in about half the documents, its fixes left the prose lines
    as they were."""
    m = model()
    n, feats = features(body)
    if n < m.min_words:
        return None
    z = m.bias + sum(w * feats.get(name, 0.0) for name, w in m.weights.items())
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def verdict(text: str) -> Verdict:
    """:func:`score` and whether it reaches the shipped threshold."""
    p = score(text)
    return Verdict(p, p is not None and p >= model().threshold)
