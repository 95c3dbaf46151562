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
  by the factor ``RATIO``;
- otherwise the answer is None: null rather than wrong when the evidence is thin or split.

The evidence names the best language's signals with their match counts, strongest first
(``ko.hyphenated_given_name x3``); it is reported even when the answer is None, so an editor
can see why the text stayed undecided.  Patterns are compiled once, by
:func:`signals_from_table`; each runs once over the text, and stops at its third match.
No I/O here: the tables come from the rule loader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from .errors import RuleError

MAX_COUNTED = 3  # matches of one signal beyond this add nothing
TOPIC_CAP = 4.0  # at most this much of a language's score may come from topic signals
MIN_SCORE = 6.0  # the best language needs at least this
MIN_STYLE = 3.0  # ... of which this much from style (non-topic) signals
MIN_SIGNALS = 2  # ... from at least this many different signals
MARGIN = 3.0  # ... and this many points more than the runner-up
RATIO = 1.5  # ... and this many times the runner-up's score

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

    def count(self, text: str, lower: str | None, grams: frozenset | None = None) -> int:
        """Matches in ``text`` up to :data:`MAX_COUNTED`.  A pattern none of whose needles is
        in the text (``lower``, the text lower-cased or None, for a pattern that ignores case)
        is skipped without a scan; ``grams`` (:func:`trigrams` of ``lower``) narrows the
        needles worth looking for to those whose first three characters are there."""
        hay = text if self.cased else lower
        if hay is not None and self.needles is not None:
            index = _gram_index(self.needles)
            if grams is not None and index is not None:
                if not any(n in hay for g in index[0] & grams for n, tail in index[1][g] if tail in grams):
                    return 0
            elif not any(n in hay for n in self.needles):
                return 0
        return sum(1 for _ in islice(self.pattern.finditer(text), MAX_COUNTED))


@lru_cache(maxsize=1024)
def _gram_index(needles: tuple[str, ...]) -> tuple[frozenset, dict] | None:
    """The needles by their first three characters lower-cased, each with its last three (a
    needle is looked for only when the text has both); None when a needle is shorter."""
    if min(map(len, needles)) < 3 or any(len(n.lower()) != len(n) for n in needles):
        return None
    by: dict[tuple[str, str, str], tuple[tuple[str, tuple[str, str, str]], ...]] = {}
    for n in needles:
        low = n.lower()
        key = (low[0], low[1], low[2])
        by[key] = (*by.get(key, ()), (n, (low[-3], low[-2], low[-1])))
    return frozenset(by), by


def trigrams(lower: str) -> frozenset[tuple[str, str, str]]:
    """Every three consecutive characters of ``lower``: one pass, then a set test per signal."""
    return frozenset(zip(lower, lower[1:], lower[2:]))


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
    return lower, frozenset(_WORDS.findall(lower)), frozenset(_RUNS.findall(lower))


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
        cased = not compiled.flags & re.IGNORECASE and not _INLINE_I.search(pattern)
        out.append(Signal(sid, compiled, float(weight), topic, needles(pattern, keep_case=cased), cased))
    return Signals(tuple(out))


@dataclass(frozen=True)
class _Score:
    language: str
    total: float
    style: float
    hits: tuple[tuple[Signal, int], ...]


def _score(language: str, signals: Signals, text: str, lower: str | None, grams: frozenset | None) -> _Score:
    hits = []
    style = topic = 0.0
    for signal in signals.patterns:
        count = signal.count(text, lower, grams)
        if count:
            hits.append((signal, count))
            if signal.topic:
                topic += signal.weight * count
            else:
                style += signal.weight * count
    hits.sort(key=lambda h: (-h[0].weight * h[1], h[0].id))
    return _Score(language, style + min(topic, TOPIC_CAP), style, tuple(hits))


def detect(text: str, packs: Mapping[str, Signals]) -> Detection:
    """The source language of ``text`` among ``packs`` (language -> signals), or None when
    the evidence is thin or split between languages.

    >>> ko = signals_from_table({"patterns": [
    ...     {"id": "hyphenated_given_name", "pattern": r"\\b(?:Kim|Lee) [A-Z][a-z]+-[a-z]+\\b", "weight": 2.0, "topic": True},
    ...     {"id": "date_without_month", "pattern": r"\\bon the \\d{1,2}(?:st|nd|rd|th)\\b", "weight": 2.0}]})
    >>> found = detect("Kim Min-jun met Lee Seo-yeon on the 3rd. Lee Seo-yeon left on the 4th.", {"ko": ko})
    >>> found.language, found.evidence
    ('ko', ('ko.hyphenated_given_name x3', 'ko.date_without_month x2'))
    >>> detect("Kim Min-jun met Lee Seo-yeon in Seoul.", {"ko": ko}).language is None
    True
    """
    lower = None if _FOLDS_ODDLY.search(text) else text.lower()
    grams = None if lower is None else trigrams(lower)
    scores = sorted((_score(lang, sig, text, lower, grams) for lang, sig in packs.items()),
                    key=lambda s: (-s.total, s.language))
    if not scores:
        return Detection(None, 0.0, ())
    best = scores[0]
    second = scores[1].total if len(scores) > 1 else 0.0
    evidence = tuple(f"{best.language}.{s.id} x{n}" for s, n in best.hits)
    decided = (
        best.total >= MIN_SCORE
        and best.style >= MIN_STYLE
        and len(best.hits) >= MIN_SIGNALS
        and best.total - second >= MARGIN
        and best.total >= RATIO * second
    )
    return Detection(best.language if decided else None, round(best.total, 3), evidence)


# -- needles: literal strings a pattern cannot match without ------------------------------

#: characters that re.IGNORECASE matches with a letter that str.lower() does not give
def _odd_folders() -> str:
    chars = set("\u0130\u0131\u017f\u212a\u212b\u0345\u03c2\u03d0\u03d1\u03d5\u03d6"
                "\u03f0\u03f1\u03f5\u1e9b\u1e9e\u1fbe\ufb05\ufb06\u00b5\u00df\u03a3")
    try:  # the pairs re.IGNORECASE adds beyond simple case mapping, as the re module lists them
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

        # the non-ASCII side of each pair: a text holding one is not lower-cased for needles,
        # and a needle holding one is not used ('i' stays usable: its partner 'ı' marks the text)
        pairs = {chr(c) for c in _EXTRA_CASES} | {chr(x) for v in _EXTRA_CASES.values() for x in v}
        chars |= {c for c in pairs if not c.isascii()}
    except ImportError:
        pass
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


_FOLDS_ODDLY = re.compile(_odd_folders())


_INLINE_I = re.compile(r"\(\?[a-zA-Z-]*i")  # an inline (?i) or (?i:...) anywhere: treated as ignoring case


def needles(pattern: str, *, keep_case: bool = False) -> tuple[str, ...] | None:
    """Strings one of which is in every text the pattern matches in (lower-cased unless
    ``keep_case``), or None when no such set is found: a cheap test that spares the scan of
    most texts.

    >>> needles(r"\\b(?:Kim|Lee) [A-Z][a-z]+-[a-z]+\\b")
    ('kim ', 'lee ')
    >>> needles(r"\\b(?:Kim|Lee) [A-Z][a-z]+-[a-z]+\\b", keep_case=True)
    ('Kim ', 'Lee ')
    >>> needles(r"(?i)\\bcorona ?19\\b")
    ('corona',)
    """
    if keep_case and (_INLINE_I.search(pattern) or re.compile(pattern).flags & re.IGNORECASE):
        keep_case = False  # a pattern that ignores case is matched by the text lower-cased
    try:
        found = _required(sre_parse.parse(pattern), keep_case)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply scanned
        return None
    if not found or not all(found) or (not keep_case and any(_FOLDS_ODDLY.search(n) for n in found)):
        return None
    return tuple(sorted(found))


@lru_cache(maxsize=1024)
def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings, exactly as written, one of which is in every text a case-sensitive compiled
    ``pattern`` matches in (None for a pattern that ignores case, or when none is found): a
    text with none of them needs no scan.

    >>> required_literals(re.compile(r"(?<=\\w) \\.\\.(?![.\\w])"))
    (' ..',)
    >>> required_literals(re.compile(r"said", re.I)) is None
    True
    """
    if pattern.flags & re.IGNORECASE or _INLINE_I.search(pattern.pattern):
        return None
    try:
        found = _required(sre_parse.parse(pattern.pattern, pattern.flags), True)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply scanned
        return None
    return tuple(sorted(found)) if found and all(found) else None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None:
        return a if b is None else b
    return a if _strength(a) >= _strength(b) else b


def _strength(found: frozenset[str]) -> tuple[int, bool]:
    """Longer needles first; on a tie, needles that are not bare spaces (which every text has)."""
    return min(map(len, found)), not any(n.isspace() for n in found)


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _required(items, keep_case: bool = False) -> frozenset[str] | None:
    """The best set of strings one of which every match of ``items`` contains.  Items that
    match a known, small set of strings (a letter, ``[,;]``, ``(?:on|from)``) are joined into
    the strings they form together, since they stand side by side in the text; ``\\b`` and
    anchors take no room and keep them side by side."""
    best: frozenset[str] | None = None
    cur: frozenset[str] | None = None  # strings one of which ends where the scan now is
    for op, av in list(items) + [(None, None)]:
        if op is sre.AT:
            continue
        found = _literal_set(op, av, keep_case)
        if found is not None:
            joined = _joined(cur, found)
            if joined is None:
                best, joined = _better(best, cur), found
            cur = joined
            continue
        if op in _REPEATS and av[0] >= 1 and (inner := _literal_items(av[2], keep_case)) is not None:
            best = _better(best, _joined(cur, inner) or cur)  # ' +\\.': ' .' is in the text
            cur = inner
            continue
        best = _better(best, cur)
        cur = None
        if op is not None:
            best = _better(best, _required_one(op, av, keep_case))
    return best


_MAX_SET = 64  # strings in one set of needles, at most


def _joined(a: frozenset[str] | None, b: frozenset[str]) -> frozenset[str] | None:
    """Every string of ``a`` followed by every string of ``b`` (None when too many)."""
    if a is None:
        return b
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x in a for y in b)


def _literal_set(op, av, keep_case: bool) -> frozenset[str] | None:
    """The exact strings one regex item matches, when they are few and known; else None."""
    if op is sre.LITERAL:
        return frozenset([chr(av) if keep_case else chr(av).lower()])
    if op is sre.SUBPATTERN:
        if keep_case and av[1] & sre.SRE_FLAG_IGNORECASE:
            return None
        return _literal_items(av[3], keep_case)
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _literal_items(branch, keep_case)
            if found is None or len(out | found) > _MAX_SET:
                return None
            out |= found
        return frozenset(out)
    return None


def _literal_items(items, keep_case: bool) -> frozenset[str] | None:
    cur: frozenset[str] | None = frozenset([""])
    for op, av in items:
        if op is sre.AT:
            continue
        found = _literal_set(op, av, keep_case)
        cur = None if found is None else _joined(cur, found)
        if cur is None:
            return None
    return cur


def _required_one(op, av, keep_case: bool) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        if keep_case and av[1] & sre.SRE_FLAG_IGNORECASE:
            return None  # '(?i:kim)' in a case-sensitive pattern: its case is not kept
        return _required(av[3], keep_case)
    if op is sre.ATOMIC_GROUP:
        return _required(av, keep_case)
    if op is sre.ASSERT:
        return _required(av[1], keep_case)
    if op in _REPEATS:
        return _required(av[2], keep_case) if av[0] >= 1 else None
    if op is sre.IN and len(av) <= 8 and all(o is sre.LITERAL for o, _ in av):
        return frozenset(chr(v) if keep_case else chr(v).lower() for _, v in av)  # '[,;]'

    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _required(branch, keep_case)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    return None
