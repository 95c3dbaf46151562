"""Finding sentence boundaries: Punkt with curated parameters, then ordered passes.

Every pass adds or removes boundary offsets in the paragraph it was given, and nothing
searches the text again (pySBD's offset bugs came from doing that).  Each pass is linear
in the paragraph: look-backs use sorted offsets and prefix counts, never a rescan.

>>> split_sentences("I live in the U.S. How about you? At 5 a.m. Mr. Smith went home.")
['I live in the U.S.', 'How about you?', 'At 5 a.m. Mr. Smith went home.']
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache

from . import ascii_punkt
from .errors import InputError
from .rules import RuleSet, load_rules


class Lexicon:
    """The curated data segmentation needs, from ``rules/segment.toml`` and ``rules/words.toml``."""

    def __init__(self, rules: RuleSet) -> None:
        from nltk.tokenize.punkt import PunktParameters

        self.prepositive = {a.lower().rstrip(".") for a in rules.words("segment.abbreviations_prepositive")}
        self.other = {a.lower().rstrip(".") for a in rules.words("segment.abbreviations")}
        self.starters = set(rules.words("segment.sentence_starters"))
        params = PunktParameters()
        params.abbrev_types = self.prepositive | self.other
        params.sent_starters = {s.lower() for s in self.starters}
        self.punkt = ascii_punkt.untimed(params)  # NLTK's Punkt, without nltk.redos's time limit
        self.ascii_punkt = ascii_punkt.tokenizer(params)  # the same Punkt on ``re``, for plain lines
        self.clause_words = set(rules.words("words.clause_taking"))
        self.function_words = set(rules.words("words.function_words"))

    def is_abbreviation(self, token: str) -> bool:
        core = abbr_of(token)
        return core in self.other or core in self.prepositive


@lru_cache(maxsize=8)
def lexicon(rules: RuleSet) -> Lexicon:
    return Lexicon(rules)


_ELLIPSIS = re.compile(r"\.(?: ?\.){2,}|…")
_LIST_MARKER = re.compile(r"(?:(?<=\s)|^)([•⁃]\s?)?(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)")
# a run of marks is matched from its first mark only (the look-behind after it: what stands
# before the mark is no mark), so a long run of full stops is scanned once, not once per offset
_CANDIDATE = re.compile(r"([.!?](?<=[^\s.!?][.!?])[.!?]*[”\"’')\]]*)\s+(?=\S)")
WORD = re.compile(r"[\w’'-]+")
_NON_SPACE = re.compile(r"\S+")
#: what every list marker holds: a space, maybe a bullet, one or two digits or a letter, and its stop or
#: bracket (a marker at the very start of the line: :data:`_LIST_AT_START`); a line with neither is not scanned
_LIST_HINT = re.compile(r"\s[•⁃]?\s?(?:\d{1,2}|[a-z])[.)]")
_LIST_AT_START = re.compile(r"[•⁃]?\s?(?:\d{1,2}|[a-z])[.)]")


def prev_token(text: str, b: int) -> str:
    """The whitespace-delimited token that ends at ``b`` (at most 80 characters back).  Read
    backwards character by character: an end-anchored search would try every offset."""
    floor = max(0, b - 80)
    end = b
    while end > floor and text[end - 1].isspace():
        end -= 1
    start = end
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def next_start(text: str, b: int) -> int:
    n = len(text)
    while b < n and text[b].isspace():
        b += 1
    return b


def abbr_of(token: str) -> str:
    """'(U.S.' -> 'u.s'; the form abbreviations are listed in."""
    return token.lstrip("(“\"'‘[").rstrip(".").lower()


def _list_markers(text: str) -> list[re.Match]:
    """Markers of an enumerated list: two or more in sequence (1. 2. / a) b) / • 9. • 10.)."""
    if not _LIST_AT_START.match(text) and not _LIST_HINT.search(text):
        return []
    runs: list[list[re.Match]] = []
    for m in _LIST_MARKER.finditer(text):
        val = m.group(2)
        if runs:
            last = runs[-1][-1]
            prev = last.group(2)
            same_style = last.group(3) == m.group(3) and bool(last.group(1)) == bool(m.group(1))
            nxt = (val.isdigit() and prev.isdigit() and int(val) == int(prev) + 1) or (
                val.isalpha() and prev.isalpha() and ord(val) == ord(prev) + 1
            )
            if same_style and nxt:
                runs[-1].append(m)
                continue
        runs.append([m])
    return [m for run in runs if len(run) >= 2 for m in run]


class _Para:
    """One paragraph's text with the sorted offsets the passes consult (brackets, word starts),
    so that each look-back is a bisection, not a rescan."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ellipses = [(m.start(), m.end()) for m in _ELLIPSIS.finditer(text)]
        self._ell_ends = [e for _, e in self.ellipses]
        self._opens = [m.start() for m in re.finditer(r"\(", text)]
        self._closes = [m.start() for m in re.finditer(r"\)", text)]

    @cached_property
    def _word_starts(self) -> list[int]:
        """Where each word starts: read only for a boundary after an abbreviation (few lines)."""
        return [m.start() for m in _NON_SPACE.finditer(self.text)]

    def in_ellipsis(self, b: int) -> bool:
        i = bisect.bisect_left(self._ell_ends, b)
        return i < len(self.ellipses) and self.ellipses[i][0] < b <= self.ellipses[i][1]

    def depth(self, b: int) -> int:
        """Brackets opened and not closed before ``b``."""
        return bisect.bisect_left(self._opens, b) - bisect.bisect_left(self._closes, b)

    def words(self, b: int) -> int:
        """Words that start before ``b``."""
        return bisect.bisect_left(self._word_starts, b)

    def words_since(self, bounds: list[int], b: int) -> int:
        """Words between the last boundary before ``b`` (or the start) and ``b``."""
        i = bisect.bisect_left(bounds, b)
        start = bounds[i - 1] if i else 0
        return self.words(b) - self.words(start)


def _pronoun_i(text: str, b: int, tok: str) -> bool:
    """'you and I. Did' ends a sentence; 'Albert I. Jones' does not."""
    if tok != "I.":
        return False
    before = prev_token(text, b - len(tok))
    return bool(before) and before[0].islower() and before not in {"the", "a"}


def _punkt_false(p: _Para, b: int, bounds: list[int], lex: Lexicon) -> bool:
    """Pass 1: is Punkt's boundary at ``b`` one to remove?"""
    text = p.text
    n = next_start(text, b)
    nxt = text[n:n + 1]
    tok = prev_token(text, b)
    word = tok.rstrip(".!?”\"’')]")
    if p.in_ellipsis(b) or nxt in {"", "."} or nxt.islower():
        return True
    if tok.endswith(".") and abbr_of(tok) in lex.prepositive:
        return True
    if tok.endswith(".") and abbr_of(tok) in lex.other and p.words_since(bounds, b) < 4:
        return True  # "At 5 a.m. Mr. Smith": too short to be a sentence
    if nxt.isdigit() and not re.fullmatch(r"[a-z]{2,}|\d[\d,]*(\.\d+)?",
                                          word.lower() if word.isalpha() and word.islower() else word):
        return True
    if tok.count("(") > tok.count(")") or p.depth(b) > 0:
        return True  # inside a parenthesis
    return bool(re.fullmatch(r"[A-Z]\.", tok)) and not _pronoun_i(text, b, tok)  # an initial: Jonas E. Smith


def _missed(p: _Para, bounds: list[int], lex: Lexicon) -> list[int]:
    """Pass 2: boundaries Punkt missed after an abbreviation or the pronoun 'I'."""
    text = p.text
    known = set(bounds)
    out: list[int] = []
    for m in _CANDIDATE.finditer(text):
        b = m.end(1)
        if b in known:
            continue
        tok = prev_token(text, b)
        n = next_start(text, b)
        nxt_word = WORD.match(text, n)
        nxt = nxt_word.group(0) if nxt_word else ""
        starter = nxt in lex.starters or (nxt + "." in lex.starters and text[n + len(nxt):n + len(nxt) + 1] == ".")
        if tok.endswith(".") and abbr_of(tok) in lex.other and starter:
            since = p.words_since(bounds, b)
            if out:  # a boundary this pass added is the nearer one
                since = min(since, p.words(b) - p.words(out[-1]))
            if since >= 4:
                out.append(b)
        elif _pronoun_i(text, b, tok) and nxt[:1].isupper():
            out.append(b)
    return out


def _ellipsis_ends(p: _Para) -> list[int]:
    """Pass 3: three dots keep a sentence going, four end it."""
    text = p.text
    out = []
    for s, e in p.ellipses:
        n = next_start(text, e)
        if n < len(text) and text[n].isupper() and text[s:e].count(".") >= 4:
            if s > 0 and not text[s - 1].isspace() and text[s + 1:s + 2] == " ":
                out.append(s + 1)  # "compounds. . . . The": the first dot ends it
            else:
                out.append(e)
    return out


def boundaries(text: str, rules: RuleSet | None = None) -> list[int]:
    """Offsets where a sentence ends in one paragraph (excluding the paragraph's end)."""
    lex = lexicon(rules or load_rules())
    p = _Para(text)
    tokenizer = lex.ascii_punkt if ascii_punkt.plain(text) else lex.punkt
    punkt = sorted({e for _, e in tokenizer.span_tokenize(text)} - {len(text)})
    kept: list[int] = []
    for b in punkt:
        if not _punkt_false(p, b, kept, lex):
            kept.append(b)
    bounds = set(kept) | set(_missed(p, kept, lex)) | set(_ellipsis_ends(p))
    markers = _list_markers(text)  # pass 4: enumerated lists start sentences
    if markers:
        ordered = sorted(bounds)
        for m in markers:
            lo, hi = bisect.bisect_left(ordered, m.start()), bisect.bisect_right(ordered, m.end() + 1)
            bounds.difference_update(ordered[lo:hi])
        bounds.update(m.start() for m in markers if m.start() > 0)
    return sorted(bounds)


@lru_cache(maxsize=32768)
def _line_boundaries(line: str, rules: RuleSet | None) -> tuple[int, ...]:
    """:func:`boundaries` of one line, remembered: the stages of a pass and the final result
    ask again about the many lines no stage changed."""
    return tuple(boundaries(line, rules))


@lru_cache(maxsize=4)
def _long_line_boundaries(line: str, rules: RuleSet | None) -> tuple[int, ...]:
    """:func:`boundaries` of the last few lines too long for :func:`_line_boundaries` (an article
    written as one line, as CNN/DM's are): the result's sentences ask again about the text the last
    stage segmented, a third of the segmentation of such copy.  Emptied per document
    (:func:`forget_long_lines`)."""
    return tuple(boundaries(line, rules))


def forget_long_lines() -> None:
    """Empty :func:`_long_line_boundaries` (the chain calls it before each document)."""
    _long_line_boundaries.cache_clear()


def sentence_spans(text: str, rules: RuleSet | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence; lines always end one."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        # bounded caches: many short lines, a few long ones
        found = _line_boundaries(line, rules) if len(line) <= 2000 else _long_line_boundaries(line, rules)
        cuts = [0, *found, len(line)] if line.strip() else []
        for a, b in zip(cuts, cuts[1:]):
            seg = line[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail > lead:
                spans.append((pos + a + lead, pos + a + trail))
        pos += len(line) + 1
    return spans


def split_sentences(text: str, rules: RuleSet | None = None) -> list[str]:
    """Segmentation only: the sentences of ``text`` as they stand, nothing repaired."""
    if not isinstance(text, str):  # None or bytes: said as clean() says it, not an AttributeError (faults37)
        raise InputError(f"expected text (str), got {type(text).__name__}")
    return [text[s:e] for s, e in sentence_spans(text, rules)]


#: datelines as machine-translated pages write them, next to ``words.dateline``: a place in
#: mixed case with a date (``Phichit, May 24-``, ``Baghdad-ALSHARQIYA July 7:``), a place with
#: its agency (``Port Louis (Xinhua) -``), an agency and a slash (``Shafaq News/``), a capital
#: place and a colon (``ISLAMABAD:``), ``Iran News:``, a date first (``SEPTEMBER 13, 2004 (IDG) -``,
#: ``Date 2023-10-09``), a US place with its state (``Bloomfield Township, Mich. --``)
DATELINE_FORMS = re.compile(
    r"^(?:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2}(?:, [A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2})?,? "
    r"(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2})(?:\s*\([^)]{1,30}\))?\s*(?:--|—|–|-|:)\s*"
    r"|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2}(?:, [A-Z][\w.’'-]+){0,2}\s*\([^)]{1,30}\)\s*(?:--|—|–|-|:)\s*"
    r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2} ?/\s*"  # an agency with a slash: "Shafaq News/ "
    r"|(?:[A-Z][A-Z.’'-]{2,}(?: [A-Z][A-Z.’'-]+){0,2})\s*:\s+"  # "ISLAMABAD: "
    r"|[A-Z]\w+ (?:News|Press|Agency|Times|Post|Daily|Online)\s*[:|/-]\s*"  # "Iran News: "
    r"|[A-Z][A-Za-z]+\.? \d{1,2}, \d{4}\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s*"  # "SEPTEMBER 13, 2004 (IDG) - "
    r"|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2}, [A-Z][a-z]{1,5}\.\s*(?:--|—|–|-)\s*"  # "Bloomfield Township, Mich. -- "
    r"|(?:Date:?\s*)?\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[|:-]?\s*)"
)


@lru_cache(maxsize=8)
def dateline(rules: RuleSet) -> re.Pattern:
    """``BEIJING, 14 May (Xinhua) – ``, ``SEOUL (Yonhap) -- ``, ``(CNN) -- ``, ``Phichit, May 24-``:
    where the sentence after a dateline starts (``words.dateline`` in rules/words.toml, then
    :data:`DATELINE_FORMS`).

    >>> line = dateline(load_rules())
    >>> [line.match(s).end() for s in ("BEIJING, 14 May – China's exports", "Phichit, May 24-“General")]
    [18, 16]
    """
    return re.compile("(?:" + str(rules.data.get("words.dateline", r"(?!)")) + ")|" + DATELINE_FORMS.pattern)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs (blocks separated by a blank line)."""
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans
