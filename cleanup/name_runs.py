"""A word of a longer name in lower case inside a run of capitals the article writes in full
elsewhere: ``the Metropolitan opera came`` beside ``the Metropolitan Opera``, ``Guy's hospital
Medical School``, ``the New York Mercantile exchange``.

``name_phrases`` looks at the word and one neighbour; this looks at the whole run of
capitalised words around it (joined by ``of``, ``for``, ``and``, ``&``, ``the``, ``de``), and
at every part of that run holding the word and a capitalised neighbour: the longer the part
the article writes capitalised elsewhere, the surer.  The article's capitalised runs are
indexed once per text (``_runs``), so a candidate costs a few look-ups, not a scan.

House style writes a common noun in lower case after a name (``San Francisco police``,
``the Labour party``, ``the US embassy``), so how often native news capitalises the word
(``rules/case_prior.tsv``) decides whether the repair is applied or offered.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon
from .doc import Doc, mid_sentence

JOINERS = frozenset(("of", "for", "and", "&", "the", "de"))
_JOINERS = JOINERS
_CAPITAL = re.compile(r"[A-Z][\w’'&.-]*$")
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"[,.;:!?)\]\"”’]+$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'&.-]*(?: (?:of|for|and|&|the|de))? $")
_CAPITAL_AFTER = re.compile(r" (?:(?:of|for|and|&|the|de) ){0,2}[A-Z]")  # "pirates of the Caribbean"
#: the longest part of a run looked up (capitalised words and joiners)
_LONGEST = 6
#: the last item of a key of :func:`_runs` that counts a part written at the end of its run
END = ""
_END = END


def _capital(token: str) -> bool:
    return bool(_CAPITAL.match(token)) and token[-1].isalnum() or token.endswith(("'s", "’s"))


#: two capitalised words or more, with joiners between them (a cheap first cut: _runs splits it at marks)
_RUN = re.compile(  # the capital, then its look-behind: not tried at every offset
    r"[A-Z](?<!\S[A-Z])[\w’'&.,;:!?)\]\"”-]*(?:(?: (?:of|for|and|&|the|de))* [A-Z][\w’'&.,;:!?)\]\"”-]*)+")


@lru_cache(maxsize=4)
def _runs(text: str) -> Counter:
    """Every part of every run of capitalised words in the text (two capitalised words at
    least, opening and ending on one), as a tuple of words, with how often it is written.
    Summed line by line: a run never crosses a line break (its pattern reads no newline), and a
    line's count is remembered, so the stage's settling run and the next pass count again only
    the lines a stage changed (1 MB of BBC: some 2,650 lines, each counted three times)."""
    out: Counter = Counter()
    for line in text.split("\n"):
        if line:
            out.update(_line_runs(line))
    return out


@lru_cache(maxsize=4096)
def _line_runs(line: str) -> Counter:
    """:func:`_runs` of one line (shared by the cache: read, never changed)."""
    out: Counter = Counter()
    for m in _RUN.finditer(line):
        run: list[str] = []
        for token in m.group().split(" "):
            word = _EDGE.sub("", token)
            if word and (_capital(word) and word[0].isupper() or run and word in _JOINERS):
                run.append(word)
                if word == token:
                    continue
            count_parts(run, out)
            run = []
        count_parts(run, out)
    return out


def count_parts(run: list[str], out: Counter, shortest: int = 2) -> None:
    """Count in ``out`` every part of ``run`` of ``shortest`` tokens or more (up to the longest
    looked up) that neither starts nor ends on a joiner, and each part that ends the run once more
    with :data:`END` after it (also :mod:`cleanup.restated_runs`, which reads parts of three)."""
    while run and run[-1] in _JOINERS:
        run.pop()
    for i, first in enumerate(run):
        if first in _JOINERS:
            continue
        for j in range(i + shortest, min(len(run), i + _LONGEST) + 1):
            if run[j - 1] not in _JOINERS:
                out[tuple(run[i:j])] += 1
                if j == len(run):
                    out[(*run[i:j], _END)] += 1  # the part ends its run ('New York State' alone, not before 'Police')


def _left(text: str, start: int) -> list[str]:
    """The capitalised words (and joiners between them) right before the word; none when the
    nearest one opens its sentence and is an English word ('Human rights groups')."""
    out: list[tuple[str, int]] = []
    for m in reversed(list(_TOKEN.finditer(text, max(0, start - 80), start))):
        if not (_capital(m.group()) and m.group()[0].isupper() or m.group() in _JOINERS):
            break
        out.append((m.group(), m.start()))
    while out and out[-1][0] in _JOINERS:
        out.pop()
    if out and not mid_sentence(text, out[-1][1]) and lexicon.is_common_word(out[-1][0].lower()):
        out.pop()  # the sentence's first word: its capital says nothing
    return [t for t, _ in reversed(out)]


def _right(text: str, end: int) -> list[str]:
    """The capitalised words (and joiners between them) right after the word, up to a mark."""
    out: list[str] = []
    for token in _TOKEN.findall(text, end, end + 80):
        word = _EDGE.sub("", token)
        if not word or not (_capital(word) and word[0].isupper() or word in _JOINERS):
            break
        out.append(word)
        if word != token:
            break  # 'Awards,': the run ends at the mark
    while out and out[-1] in _JOINERS:
        out.pop()
    return out


def run_name(text: str, start: int, end: int, doc: Doc, words: tuple[frozenset[str], ...]) -> float | None:
    """Confidence that the lower-case word text[start:end] belongs to a run of capitals the
    article writes in full elsewhere, or None.  ``words``: function words, titles in lower case,
    name particles, compass points and the words always capitalised (lower case)."""
    if not (_CAPITAL_BEFORE.search(text, max(0, start - 20), start) or _CAPITAL_AFTER.match(text, end)):
        return None  # no capitalised word beside it: no run (most words; asked first)
    w = text[start:end]
    function_words, titles, particles, compass, always_capital = words
    lows = doc.case.lows
    if w in titles or w in function_words or w in particles or w in compass:
        return None  # 'attorney general', 'van Gogh', 'north America': written so on purpose
    written = sum(lows[w + t] for t in ("", "'s", "’s", "'", "’"))
    again = written > 1
    caps_news, lows_news = lexicon.case_counts(w)
    ratio = lexicon.capital_ratio(w) or 0.0
    if ratio < 0.1:
        return None  # 'but', 'when', 'three': a sentence start elsewhere, not a name
    common = ratio >= 0.5 and caps_news + lows_news >= 20  # news capitalises it as often as not
    right = _right(text, end) if text[end:end + 1] == " " else []
    if again and right and not common:
        return None  # what the tests below conclude, without reading the run (a long text's most words)
    left = _left(text, start) if text[start - 1:start] == " " else []
    if left and left[-1].lower() in always_capital:
        left = []  # 'the Italian navy' beside 'the Italian Navy': house style after a nationality
    cap = w[0].upper() + w[1:]
    if not again and _spelled_out(text, end, right, (*left, cap)):
        return 0.8  # 'the Overseas Private Investment corporation (OPIC)': the initials say so
    best, times, part = _best_part(text, left, cap, right)
    if not right and best >= 2 and not _runs(text)[(*part, _END)]:
        # the article writes the part only before another capital ('New York State Police' beside 'the New
        # York state budget', 'Washington State University'): that capital is the longer name's, house style
        return 0.6
    if again:
        # also written in lower case elsewhere ('member states'): only a word news capitalises as
        # often as not, in a run written more often than the word in lower case and twice, or three
        # words long ('the United states will'; not 'the Mac mini' six times beside 'Mac Mini')
        sure = times > written and (times >= 2 or best >= 3)
        return 0.8 if common and best >= 2 and sure and not any(p.isupper() for p in part) else None
    if best < 2:
        # inside a run it was never written as ('Clinical diagnostic Laboratory'): capitals on both sides
        # (not across 'of': 'the Gnostic gospel of Mary Magdalene')
        flanked = left and right and left[-1] not in _JOINERS and right[0] not in _JOINERS and doc.case.caps[cap]
        return (0.75 if ratio >= 0.25 else 0.6) if flanked else None
    if best == 2 and any(p.isupper() for p in part):
        return 0.6  # 'the EU commission', 'a BBC radio show': house style after an acronym
    # a word news capitalises as often as not, a run of three, or a pair written twice: applied
    if common or best >= 3 and ratio >= 0.25 or times >= 2:
        return 0.8
    return 0.6


def _best_part(text: str, left: list[str], cap: str, right: list[str]) -> tuple[int, int, tuple[str, ...]]:
    """The longest part of the run around the word (capitalised) that the text writes elsewhere:
    its length, how often it is written, and its words."""
    runs = _runs(text)
    best, times, part = 0, 0, ()
    for i in range(len(left) + 1):
        for j in range(len(right) + 1):
            found = (*left[i:], cap, *right[:j])
            if len(found) > best and len(found) <= _LONGEST and found[0] not in _JOINERS and found[-1] not in _JOINERS \
                    and runs[found]:
                best, times, part = len(found), runs[found], found
    return best, times, part


_ACRONYM = re.compile(r" \(([A-Z]{3,6})\)")


def _spelled_out(text: str, end: int, right: list[str], before: tuple[str, ...]) -> bool:
    """Is the run, up to the word and its capitalised words after it, followed by an acronym in
    brackets made of the initials of its words, the word's among them ('Private Investment
    corporation (OPIC)')?"""
    after = len(" ".join(right))
    m = _ACRONYM.match(text, end + (after + 1 if right else 0))
    if not m:
        return False
    words = [x for x in (*before, *right) if x not in _JOINERS]
    acronym = m.group(1)
    n = len(acronym)
    return len(words) >= n and len(words) - len(right) - 1 >= len(words) - n \
        and "".join(x[0] for x in words[-n:]) == acronym and any(x[0].isupper() for x in words[-n:])
