"""Which language was this English translated from?  Evidence from the text's own signals.

Every source-language pack declares, in its ``[detect]`` table, the signals that an English
text was machine-translated from its language: romanisation shapes of names, placeholders
(``Zhang Moumou``), datelines and agency tags, characteristic calques::

    [detect]
    patterns = [
      { id = "hyphenated_given_name", pattern = '\\b(?:Kim|Lee|Park) [A-Z][a-z]+-[a-z]+\\b', weight = 2.0, topic = true },
      { id = "corona19", pattern = '(?i)\\bcorona ?19\\b', weight = 3.0 },
    ]

``pattern`` is a Python regex (write its flags inline, ``(?i)``), ``weight`` what one match is
worth.  ``topic = true`` marks a signal that says what the text is *about* rather than how it
was translated: Korean names, Iraqi governorates and ``Yonhap`` also fill native English news
about Korea or Iraq.  Those are what tells one source language from another, but they cannot
decide alone.

How the evidence becomes a decision (:func:`detect`):

- a signal's score is ``weight * min(matches, 3)``: repeating one name adds little after the
  third time, so a long article about one person does not outweigh varied evidence;
- a language's score is its signals' sum, with the *topic* part capped at ``TOPIC_CAP``;
- the best language wins when its score reaches ``MIN_SCORE``, of which at least
  ``MIN_STYLE`` from how the text is written (the signals that are not topic), from at least
  ``MIN_SIGNALS`` different signals, and when it beats the runner-up by ``MARGIN`` points and
  by the factor ``RATIO``; a text that shows machine-translation damage of its own (the
  caller's ``min_style=0``) may be decided by topic signals alone, since native news about
  Korea does not read like a translation; copy the MT detector calls MT (``mt_copy``) may
  be decided by topic signals that fill the cap from two different signals;
- otherwise the answer is None: null rather than wrong when the evidence is thin or split.

The evidence names the best language's signals with their match counts, strongest first
(``ko.hyphenated_given_name x3``); it is reported even when the answer is None, so an editor
can see why the text stayed undecided.  Patterns are compiled once, by
:func:`signals_from_table`; each runs once over the text, and stops at its third match.
No I/O here: the tables come from the rule loader.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from .errors import RuleError
from .literals import FOLDS_ODDLY, INLINE_I, needles, opening_ranges, required_literals

MAX_COUNTED = 3  # matches of one signal beyond this add nothing
TOPIC_CAP = 4.0  # at most this much of a language's score may come from topic signals
MIN_SCORE = 4.0  # the best language needs at least this
MIN_STYLE = 3.0  # ... of which this much from style (non-topic) signals
MIN_SIGNALS = 2  # ... from at least this many different signals
MARGIN = 3.0  # ... and this many points more than the runner-up
RATIO = 1.5  # ... and this many times the runner-up's score
MT_TOPIC_CAP = 6.0  # copy that reads as MT (``mt_copy``): topic signals count up to this
MT_TOPIC_SIGNALS = 2  # ... and decide alone when they fill TOPIC_CAP from this many signals

_ID = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Signal:
    """One compiled pattern of a ``[detect]`` table."""

    id: str
    pattern: re.Pattern[str]
    weight: float
    topic: bool = False
    #: strings of which every match needs one in the text, or None; lower-case unless ``cased``
    needles: tuple[str, ...] | None = field(default=None, compare=False)
    #: the pattern matches case-sensitively, so its needles keep their case (``Kim``, not ``kim``)
    cased: bool = field(default=False, compare=False)

    def count(self, text: str, lower: str | None, screened: bool = False) -> int:
        """Matches in ``text`` up to :data:`MAX_COUNTED`.  A pattern none of whose needles is
        in the text (``lower``, the text lower-cased or None, for a pattern that ignores case)
        is skipped without a scan; ``screened``: the caller has found one already (:func:`detect`)."""
        hay = text if self.cased else lower
        if hay is not None and self.needles is not None and not screened:
            if not any(n in hay for n in self.needles):
                return 0
        return sum(1 for _ in islice(self.pattern.finditer(text), MAX_COUNTED))


@dataclass(frozen=True)
class Signals:
    """What a pack's ``[detect]`` table declares, compiled."""

    patterns: tuple[Signal, ...]


class PhraseSet:
    """Literal phrases found case-insensitively as whole words, with the ``finditer`` of a
    pattern: a pack's hundreds of calques checked in one pass over the words of a text, where
    one alternation of them all would try every phrase at every offset."""

    def __init__(self, phrases: list[str]) -> None:
        self.by_first: dict[str, list[str]] = {}
        #: a phrase's runs of letters and digits: each is a whole run in any text it is found in
        self.runs: dict[str, frozenset[str]] = {}
        #: phrases by their longest run, the likeliest to be missing from a text
        self.by_key: dict[str, list[str]] = {}
        for p in sorted({p.lower() for p in phrases if p.strip()}):
            self.by_first.setdefault(p.split()[0], []).append(p)
            self.runs[p] = frozenset(_RUNS.findall(p))
            self.by_key.setdefault(max(sorted(self.runs[p]), key=len, default=""), []).append(p)
        self.pattern = "|".join(sorted(self.by_first))  # for display only

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        lower, words, runs = _lower_words(text)
        for key in sorted(runs & self.by_key.keys() | ({""} & self.by_key.keys())):
            for phrase in self.by_key[key]:
                if phrase.split(None, 1)[0] not in words or not self.runs[phrase] <= runs:
                    continue
                at = lower.find(phrase)
                while at != -1:
                    end = at + len(phrase)
                    if (at == 0 or not _WORDISH(lower[at - 1])) and (end == len(lower) or not _WORDISH(lower[end])):
                        yield at, end
                    at = lower.find(phrase, end)


_WORDS = re.compile(r"[\w’'-]+")
_RUNS = re.compile(r"[^\W_]+")  # what str.isalnum() calls letters and digits


@lru_cache(maxsize=4)
def _lower_words(text: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """The text lower-cased, its words, and its runs of letters and digits: the same for
    every pack's phrases."""
    lower = text.lower()
    words = frozenset(_WORDS.findall(lower))
    # a run lies inside one word (its letters and digits are word characters): the runs of the
    # text's different words are the text's, without a second scan of the whole text; most
    # words are one run whole
    runs = {w for w in words if w.isalnum()}
    runs.update(run for w in words if not w.isalnum() for run in _RUNS.findall(w))
    return lower, words, frozenset(runs)


def _WORDISH(ch: str) -> bool:  # noqa: N802
    return ch.isalnum() or ch in "-_"


@dataclass(frozen=True)
class Detection:
    """The detected source language (ISO 639-1) or None, its score, and the signals seen."""

    language: str | None
    score: float
    evidence: tuple[str, ...]


def signals_from_table(table: Mapping[str, Any]) -> Signals:
    """Compile a ``[detect]`` table; a malformed one raises :class:`RuleError` saying what
    to fix.

    >>> s = signals_from_table({"patterns": [{"id": "agency", "pattern": r"\\bYonhap\\b", "weight": 3}]})
    >>> s.patterns[0].id, s.patterns[0].weight, s.patterns[0].topic
    ('agency', 3.0, False)
    """
    if not isinstance(table, Mapping):
        raise RuleError("a [detect] table must be a table with a 'patterns' list")
    unknown = set(table) - {"patterns"}
    if unknown:
        raise RuleError(f"[detect] has unknown keys {sorted(unknown)}; only 'patterns' is read")
    raw = table.get("patterns", [])
    if not isinstance(raw, list):
        raise RuleError("[detect] patterns must be a list of {id, pattern, weight} tables")
    out: list[Signal] = []
    seen: set[str] = set()
    for i, entry in enumerate(raw):
        where = f"[detect] patterns[{i}]"
        if not isinstance(entry, Mapping):
            raise RuleError(f"{where} must be a table {{id, pattern, weight}}")
        extra = set(entry) - {"id", "pattern", "weight", "topic"}
        if extra:
            raise RuleError(f"{where} has unknown keys {sorted(extra)} (id, pattern, weight, topic)")
        sid, pattern, weight = entry.get("id"), entry.get("pattern"), entry.get("weight")
        if not isinstance(sid, str) or not _ID.fullmatch(sid):
            raise RuleError(f"{where}: id must be lower-case letters, digits and _ such as 'agency'")
        if sid in seen:
            raise RuleError(f"{where}: id {sid!r} is used twice")
        seen.add(sid)
        if not isinstance(pattern, str) or not pattern:
            raise RuleError(f"{where} ({sid}): pattern must be a non-empty regex string")
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise RuleError(f"{where} ({sid}): pattern is not a valid regex: {exc}") from None
        if compiled.search("") is not None:
            raise RuleError(f"{where} ({sid}): pattern matches the empty string; make it match something")
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
            raise RuleError(f"{where} ({sid}): weight must be a positive number")
        topic = entry.get("topic", False)
        if not isinstance(topic, bool):
            raise RuleError(f"{where} ({sid}): topic must be true or false")
        cased = not compiled.flags & re.IGNORECASE and not INLINE_I.search(pattern)
        out.append(Signal(sid, compiled, float(weight), topic, needles(pattern, keep_case=cased), cased))
    return Signals(tuple(out))


@dataclass(frozen=True)
class _Score:
    language: str
    total: float
    style: float
    hits: tuple[tuple[Signal, int], ...]
    topic: float = 0.0  # uncapped


def _score(language: str, signals: Signals, text: str, lower: str | None, found: _Found,
           cap: float = TOPIC_CAP) -> _Score:
    hits = []
    style = topic = 0.0
    for signal in signals.patterns:
        key = id(signal)
        if key in found.absent:
            continue  # none of its needles is in the text: no scan
        count = found.counted.get(key)
        if count is None:
            count = signal.count(text, lower, screened=key in found.indexed)
        if count:
            hits.append((signal, count))
            if signal.topic:
                topic += signal.weight * count
            else:
                style += signal.weight * count
    hits.sort(key=lambda h: (-h[0].weight * h[1], h[0].id))
    return _Score(language, style + min(topic, cap), style, tuple(hits), topic)


@dataclass(frozen=True)
class _Found:
    """What one pass over every pack's needles found in the text."""

    indexed: frozenset[int]  # ids of signals whose needles are looked for here
    absent: frozenset[int]  # ... of which none of the needles is in the text
    counted: Mapping[int, int] = field(default_factory=dict)  # matches of the phrase signals


@dataclass(frozen=True)
class _Plan:
    """Every pack's needles and phrases in one table, read once per text."""

    indexed: frozenset[int]
    #: (signal id, needle, cased, the needle's trigrams) by one of its trigrams
    by_key: dict[tuple[str, ...], list[tuple[int, str, bool, frozenset]]]
    #: (signal id, needle, cased) of needles the trigram table cannot hold ('ov', 'İzmir')
    direct: tuple[tuple[int, str, bool], ...]
    #: signals whose needles are single characters, by character, tested against the text as written
    by_char: dict[str, set[int]]
    #: signals opened by a character of a wide class beyond ASCII (a script), with its code point ranges
    by_range: tuple[tuple[int, tuple[tuple[int, int], ...]], ...]
    #: every pack's calques in one phrase set, and the signals each phrase counts for
    phrases: PhraseSet | None
    owners: dict[str, tuple[int, ...]]
    phrase_signals: tuple[int, ...]
    #: the trigrams of ``by_key`` as a set: intersected with the text's set, each side's stored hashes
    #: serve (intersected with the dict, every key tuple was hashed again for every text)
    key_grams: frozenset = frozenset()
    #: a needle holds the dot 'İ' lower-cases to ('i̇'): a text with 'İ' is not screened (see screen_lower)
    dotted: bool = False


_PLANS: dict[int, tuple[Mapping, _Plan]] = {}


def _plan(packs: Mapping[str, Signals]) -> _Plan:
    """Built once per packs mapping (the chain keeps one per rule set)."""
    got = _PLANS.get(id(packs))
    if got is not None and got[0] is packs:
        return got[1]
    indexed: set[int] = set()
    entries: list[tuple[int, str, bool, frozenset]] = []
    direct: list[tuple[int, str, bool]] = []
    by_char: dict[str, set[int]] = {}
    by_range: list[tuple[int, tuple[tuple[int, int], ...]]] = []
    owners: dict[str, tuple[int, ...]] = {}
    for signals in packs.values():
        for s in signals.patterns:
            if isinstance(s.pattern, PhraseSet):
                for phrase in s.pattern.runs:
                    owners[phrase] = (*owners.get(phrase, ()), id(s))
            elif s.needles is None and _file_class(s, by_char, by_range):
                indexed.add(id(s))
            if s.needles is None:
                continue
            indexed.add(id(s))
            if all(len(n) == 1 for n in s.needles) and (s.cased or all(n == n.lower() == n.upper() for n in s.needles)):
                for n in s.needles:
                    by_char.setdefault(n, set()).add(id(s))
            else:  # a needle the trigram table cannot hold is looked for directly; its signal's others are filed
                direct.extend((id(s), n, s.cased) for n in s.needles if len(n) < 3 or len(n.lower()) != len(n))
                entries.extend((id(s), n, s.cased, _trigrams(n.lower())) for n in s.needles
                               if len(n) >= 3 and len(n.lower()) == len(n))
    # each needle is filed under its trigram that the fewest needles share: 'the' and ' of'
    # open many needles and are in every text, 'zak' and 'ouk' are in few texts
    shared = Counter(g for entry in entries for g in entry[3])
    by_key: dict[tuple[str, ...], list[tuple[int, str, bool, frozenset]]] = {}
    for entry in entries:
        by_key.setdefault(min(entry[3], key=lambda g: (shared[g], " " in g, g)), []).append(entry)
    if len(_PLANS) >= 8:
        _PLANS.clear()
    phrases = PhraseSet(list(owners)) if owners else None
    keys = tuple(dict.fromkeys(k for ks in owners.values() for k in ks))
    dotted = any("\u0307" in n for signals in packs.values() for s in signals.patterns for n in s.needles or ())
    plan = _Plan(frozenset(indexed), by_key, tuple(direct), by_char, tuple(by_range), phrases, owners, keys, frozenset(by_key),
                 dotted)
    _PLANS[id(packs)] = (packs, plan)
    return plan


def _file_class(s: Signal, by_char: dict[str, set[int]], by_range: list) -> bool:
    """A signal without needles whose every match opens with a character of a class beyond
    ASCII (``[\\u0400-\\u04ff]{2,}``, ``[èêëç]``): a small class is filed by its characters, a
    script by its ranges.  False when the pattern opens otherwise."""
    ranges = opening_ranges(s.pattern.pattern)
    if ranges is None:
        return False
    if sum(hi - lo + 1 for lo, hi in ranges) <= 256:
        for lo, hi in ranges:
            for code in range(lo, hi + 1):
                by_char.setdefault(chr(code), set()).add(id(s))
    else:
        by_range.append((id(s), ranges))
    return True


def _screen(packs: Mapping[str, Signals], text: str, lower: str | None) -> _Found:
    """Which signals have a needle in the text, for all packs at once: the text's trigrams are
    read once, and a needle is looked for only when the text has all its trigrams.
    Every pack's calques are counted in one pass over the text's words."""
    if lower is None:
        return _Found(frozenset(), frozenset())
    plan = _plan(packs)
    hit: set[int] = set()
    grams = _trigrams(lower)
    for gram in grams & plan.key_grams:
        # a needle whose every trigram is in the text is looked for (a scan of the text)
        for key, needle, cased, needed in plan.by_key[gram]:
            if key not in hit and needed <= grams and needle in (text if cased else lower):
                hit.add(key)
    for key, needle, cased in plan.direct:
        if key not in hit and needle in (text if cased else lower):
            hit.add(key)
    if plan.by_char or plan.by_range:
        chars = set(text)
        for ch in plan.by_char.keys() & chars:  # one-letter needles ('é', 'ş', '▲'): the text's letters, once
            hit.update(plan.by_char[ch])
        rare = [ord(ch) for ch in chars if ch > "\x7f"] if plan.by_range else ()
        for key, ranges in plan.by_range:  # a script: one of the text's few characters beyond ASCII in it
            if any(lo <= code <= hi for code in rare for lo, hi in ranges):
                hit.add(key)
    counted: dict[int, int] = {}
    if plan.phrases is not None:
        counted = dict.fromkeys(plan.phrase_signals, 0)
        true_lower = text.lower() if "\u0130" in text else lower
        for at, end in plan.phrases.finditer(text):  # offsets in text.lower(), as the phrase set reads it
            for key in plan.owners[true_lower[at:end]]:
                counted[key] = min(counted[key] + 1, MAX_COUNTED)
    return _Found(plan.indexed, plan.indexed - hit, counted)


def screen_lower(text: str, packs: Mapping[str, Signals]) -> str | None:
    """The text lower-cased for the needle screen, or None when it is not screened (``FOLDS_ODDLY``).
    A text whose only odd folder is 'İ' (Turkish names: 'İstanbul') is screened with 'İ' read as
    'i': under re.IGNORECASE it matches 'I', 'i', 'İ' and 'ı', and no needle holds 'ı' (an odd
    folder) or, checked here, the dot of 'i̇'; unscreened, such a text cost every pattern's scan."""
    if not FOLDS_ODDLY.search(text):
        return text.lower()
    if "\u0130" not in text or _plan(packs).dotted:
        return None
    folded = text.replace("\u0130", "i")
    return None if FOLDS_ODDLY.search(folded) else folded.lower()


def _trigrams(text: str) -> frozenset:
    return frozenset(zip(text, text[1:], text[2:]))


def detect(text: str, packs: Mapping[str, Signals], *, min_style: float = MIN_STYLE, mt_copy: bool = False) -> Detection:
    """The source language of ``text`` among ``packs`` (language -> signals), or None when
    the evidence is thin or split between languages.  ``mt_copy``: the caller found that the
    copy reads as machine translation (``mt_detect``, whatever its topic).  Native news about
    Korea has Korea's topic signals but not MT's style, so in MT copy topic signals may decide
    without style evidence when they fill ``TOPIC_CAP`` from ``MT_TOPIC_SIGNALS`` different
    signals (one signal alone, Kyiv's places in Ukrainian copy, misleads), and they count up
    to ``MT_TOPIC_CAP`` towards the margin over the runner-up.

    >>> ko = signals_from_table({"patterns": [
    ...     {"id": "hyphenated_given_name", "pattern": r"\\b(?:Kim|Lee) [A-Z][a-z]+-[a-z]+\\b", "weight": 2.0, "topic": True},
    ...     {"id": "date_without_month", "pattern": r"\\bon the \\d{1,2}(?:st|nd|rd|th)\\b", "weight": 2.0}]})
    >>> found = detect("Kim Min-jun met Lee Seo-yeon on the 3rd. Lee Seo-yeon left on the 4th.", {"ko": ko})
    >>> found.language, found.evidence
    ('ko', ('ko.hyphenated_given_name x3', 'ko.date_without_month x2'))
    >>> detect("Kim Min-jun met Lee Seo-yeon in Seoul.", {"ko": ko}).language is None
    True
    """
    lower = screen_lower(text, packs)
    found = _screen(packs, text, lower)
    cap = MT_TOPIC_CAP if mt_copy else TOPIC_CAP
    scores = sorted((_score(lang, sig, text, lower, found, cap) for lang, sig in packs.items()),
                    key=lambda s: (-s.total, s.language))
    if not scores:
        return Detection(None, 0.0, ())
    best = scores[0]
    second = scores[1].total if len(scores) > 1 else 0.0
    evidence = tuple(f"{best.language}.{s.id} x{n}" for s, n in best.hits)
    topical = mt_copy and best.topic >= TOPIC_CAP and sum(s.topic for s, _ in best.hits) >= MT_TOPIC_SIGNALS
    decided = (
        best.total >= MIN_SCORE
        and (best.style >= min_style or topical)
        and len(best.hits) >= MIN_SIGNALS
        and best.total - second >= MARGIN
        and best.total >= RATIO * second
    )
    return Detection(best.language if decided else None, round(best.total, 3), evidence)


__all__ = ["Detection", "PhraseSet", "Signal", "Signals", "detect", "needles", "required_literals", "signals_from_table"]


_MT_SIGNALS = re.compile(
    # each branch tests its own character first and its look-behind after, not a look-behind at every offset
    r"\.(?<=[a-z]{3}\.) (?:and|but|which|or|because|including|for|to|in|of|so)\b"  # a stop inside a sentence
    r"| (?<=[a-z] )(?:He|She|They|We|It|The|And|But|Of|In|To|For|With|On|At|By|From|Is|Are|Was|Were|Will|Would) [a-z]"
    r"|[\u3000-\u303f\uff00-\uffef]"  # CJK and full-width punctuation
    r"|(?<![\w’'-])([a-z]+) \1(?![\w’'-])"  # a doubled word
)


def mt_signals(text: str, enough: int | None = None) -> int:
    """How many marks of machine translation the text shows (a stop inside a sentence, a
    capital mid-sentence after a lower-case word, CJK punctuation, a doubled word); counted
    up to ``enough`` when given (a caller that asks 'two or more?' needs no third: the scan
    of a long text stops there)."""
    return sum(1 for _ in islice(_MT_SIGNALS.finditer(text), enough))
