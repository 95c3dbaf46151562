"""A line of another story left inside the body by the scraper: a related story's headline, a
teaser cut mid-sentence, a caption of another topic (``Prominent street musician has died at 63``
under a story on council seats; ``Imam fired after statements`` above a story on a gift that
exploded at a police station; ``Last 24 hrs. – India reports 264,202 new cases`` under a murder).

Read from lexical cohesion, not from the words of a list: an article's paragraphs share content
words and names with each other and with the headline; a line of another story shares none.
Signals that must agree:

- the article coheres: most of its paragraphs of prose share two content stems or more with the
  rest (a ticker of unrelated items does not, and nothing is read there);
- the line shares at most one content stem with the title and the article's other lines (a name
  counts double, so one shared name is enough to keep it), and has three stems of its own;
- it is shaped like a headline or a teaser: one line of 4 to 25 words with no final stop, or one
  sentence of at most 25 words, or a teaser cut mid-sentence at the very end;
- it stands where a page prints links: at the foot (with the lines under it, all as foreign to
  the article), above the story's first paragraph of prose, or between two paragraphs that share
  words with each other (then only a line with no stop and no word in common at all).

A native article has short lines that look off-topic too: a crosshead (short, and it names what
the next paragraph tells), a one-line quotation (it opens with a quotation mark), a credit
(``Reuters contributed to this report.``: a sentence, which is taken only at the foot, and a
credit line is kept by its words).  A native article's own closing lines cohere by pronouns and
synonyms, not by shared stems (``He leaves behind a wife``, ``Investigation continues into the
cause of the accident``): a line that holds a personal pronoun is the article's, a foot block with
a line that ends like a sentence or a single foot line with no headline mark (a figure, a colon,
Title Case) is only offered, and so is a line between paragraphs (a crosshead may share no word).
A list (``Subs not used: Ramsdale, Henderson``) is no headline.  Applied in copy that reads as MT,
offered otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from .doc import Context, Doc
from .edits import Change
from .lexicon import is_common_word
from .page_edges import LINE_WORD, printed_lines, removal_span

RULE = "boilerplate.other_story"
_STOP = re.compile(r"[.!?…:;][”\"’')\]»]*$")
_SENTENCE_INSIDE = re.compile(r"[a-z0-9)][.!?][”\"’)]*\s+[A-Z“\"]")
_QUOTED = re.compile(r"^[\"“‘'«„]")
_MIN_WORDS, _MAX_WORDS = 4, 25
_PROSE_WORDS = 12
#: a label and a list of capitalised names ('Subs not used: Ramsdale, Henderson'): a line-up, not a headline
_LABELLED_NAMES = re.compile(r"^[^:]{1,40}:\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s*(?:,|and|&)\s*[A-Z][\w’'.-]*)+\W*$")
#: a headline's marks on a line of its own: a figure or a colon
_HEADLINE_MARK = re.compile(r"[\d:]")
_POSSESSIVE = ("’s", "'s")  # a word's possessive ending, taken off its stem with a string test, not a regex per word


@lru_cache(maxsize=4096)
def _stems(line: str, skip: frozenset[str]) -> MappingProxyType[str, int]:
    """Content stems of a line with their weight: a name (capitalised past the line's first
    word) counts two, a common word one.  A common word's stem is its first five letters, so
    'sawmill' and 'sawmills', 'police' and 'policemen' meet without a lemmatizer; a name is
    read whole ('Anderson' is not 'Andersen').  Remembered for 4,096 lines (the next pass reads
    the lines no stage changed again; 1,024 missed every line of 1 MB of BBC, some 2,600, in both passes): the mapping is shared, so
    it is read-only."""
    out: dict[str, int] = {}
    for i, w in enumerate(LINE_WORD.findall(line)):
        low = w.lower()
        if low.endswith(_POSSESSIVE):
            low = low[:-2]
        if len(low) < 3 or low in skip or not low[0].isalpha():
            continue
        name = bool(i) and w[:1].isupper()
        stem = low if name else low[:5]
        weight = 2 if name else 1
        out[stem] = max(out.get(stem, 0), weight)
    return MappingProxyType(out)


@lru_cache(maxsize=4096)
def _word_set(line: str) -> frozenset[str]:
    """The line's words in lower case, once per line (the foot is read block by block)."""
    return frozenset(w.lower() for w in LINE_WORD.findall(line))


def _shared(a: Mapping[str, int], b: set[str]) -> int:
    return sum(w for s, w in a.items() if s in b)


@lru_cache(maxsize=4096)
def _prose(line: str) -> bool:
    """A paragraph of prose: twelve words or more and a final stop.  Remembered: the stage asks
    of each line up to six times (the gate, the title, the lines inside, each foot block)."""
    return len(LINE_WORD.findall(line)) >= _PROSE_WORDS and bool(_STOP.search(line))


def _headline_shape(line: str, at_end: bool) -> bool:
    """One line of a headline or a teaser: 4 to 25 words, not a quotation nor a list (a line-up
    'Subs not used: Ramsdale, Henderson, Gallagher'); no final stop (a headline), one sentence
    (a teaser), or, at the very end, a sentence cut short."""
    n = len(LINE_WORD.findall(line))
    if _QUOTED.match(line) or n < _MIN_WORDS or line.count(",") >= 3 or _LABELLED_NAMES.match(line):
        return False
    if at_end and line[-1:].isalpha() and line[-1:].islower():
        return True  # the page's last line cut mid-sentence
    return n <= _MAX_WORDS and not _SENTENCE_INSIDE.search(line)


def _whole(line: str, skip: frozenset[str]) -> bool:
    """A headline printed whole, not the article's own line cut by the excerpt ('... receives
    political parti', '... the deputy of the party (PRC),'): it opens with a capital and ends on
    a figure, a name or a dictionary word of three letters or more that is not a function word."""
    words = LINE_WORD.findall(line)
    if not words or not line[:1].isupper() or not (line[-1:].isalnum() or line[-1:] in ".!?”\"’)"):
        return False
    last = words[-1]
    if last[:1].isdigit() or last[:1].isupper():
        return True
    return len(last) >= 3 and last.lower() not in skip and is_common_word(last)


def _shared_with_rest(own: Mapping[str, int], counts: Counter[str], extra: set[str] | frozenset[str] = frozenset()) -> int:
    """The weight ``own`` (one of the lines counted in ``counts``) shares with the other lines and
    ``extra``: the stems are counted once over the lines, so no line rebuilds the others' union
    (quadratic: 3 s at 300 KB)."""
    return sum(w for s, w in own.items() if counts[s] > 1 or s in extra)


def _coheres(stems: Sequence[Mapping[str, int]], prose: Sequence[int]) -> bool:
    """Do the article's paragraphs of prose share words with each other (three at least, and
    two in three of them sharing two stems or more with the rest)?"""
    if len(prose) < 3:
        return False
    counts = Counter(s for j in prose for s in stems[j])
    good = sum(_shared_with_rest(stems[i], counts) >= 2 for i in prose)
    return 3 * good >= 2 * len(prose)


def _foreign(i: int, stems: Sequence[Mapping[str, int]], article: set[str]) -> bool:
    """Does line i share at most one common stem with the article (no name), with three of its own?"""
    own = stems[i]
    return len(own) >= 3 and _shared(own, article) <= 1


def _title_case(line: str, skip: frozenset[str]) -> bool:
    """Are all the line's content words capitalised, two at least ('Storm Hits Northern Towns')?"""
    words = [w for w in LINE_WORD.findall(line) if w.lower() not in skip and w[:1].isalpha()]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _sure_foot(lines: Sequence[str], k: int, skip: frozenset[str]) -> bool:
    """Is the block from line k surely another story's: no line of it ends like a sentence (the
    article's own closing line may: 'Tributes paid to a devoted father' over a sentence), and a
    block of one line shows a headline's marks (a figure, a colon, Title Case), not a closing
    line with no stop ('Investigation continues into the cause of the accident')?"""
    if any(_STOP.search(line) for line in lines[k:]):
        return False
    return k < len(lines) - 1 or bool(_HEADLINE_MARK.search(lines[k])) or _title_case(lines[k], skip)


def _foot(lines: Sequence[str], stems: Sequence[Mapping[str, int]], title: set[str],
          skip: frozenset[str], pronouns: frozenset[str]) -> tuple[int, bool] | None:
    """Where a block of other stories starts at the foot of the page (its lines, at most four,
    all foreign to the article above them and the title; the first headline-shaped, printed
    whole and sharing no word at all), with whether it is only offered (:func:`_sure_foot`), or
    None.  A line that holds a personal pronoun is the article's ('He leaves behind a wife'),
    unless a teaser under the block's headline tells the headline's story (two stems shared)."""
    n = len(lines)
    for k in range(max(3, n - 4), n):
        above = title.union(*stems[:k])
        block = range(k, n)
        head = set(stems[k])
        if any(_word_set(lines[i]) & pronouns and (
                i == k or _shared(stems[i], head) < 2) for i in block):
            continue
        # a teaser under the headline tells the headline's story: it may name a place the article names too
        if len(stems[k]) < 3 or _shared(stems[k], above) or not _whole(lines[k], skip) or not all(
                _foreign(i, stems, above) or _shared(stems[i], head) >= 2 >= _shared(stems[i], above)
                for i in block[1:]):
            continue
        last_cut = lines[-1][-1:].isalpha() and lines[-1][-1:].islower()
        shaped = all(_headline_shape(lines[i], i == n - 1) or (i == n - 1 and last_cut) for i in block)
        prose = [j for j in range(k) if _prose(lines[j])]
        if not (shaped and _headline_shape(lines[k], k == n - 1) and _coheres(stems, prose)):
            continue
        return k, not _sure_foot(lines, k, skip)
    return None


def _inside(lines: Sequence[str], stems: Sequence[Mapping[str, int]], title: set[str], skip: frozenset[str]) -> list[int]:
    """Lines between two paragraphs of prose that share words, that share no word with the rest
    of the article, are printed whole, have six words or more, open on no function word (a
    sentence's broken tail, 'From the effects of the war') and hold no stop, figure or quotation
    mark.  (Above the prose a page's lines are read by the furniture stages and :func:`_title`.)"""
    prose = [j for j in range(len(lines)) if _prose(lines[j])]
    if not prose or not _coheres(stems, prose):
        return []
    out = []
    counts = Counter(s for own in stems for s in own)
    for i in range(prose[0] + 1, prose[-1]):
        line = lines[i]
        words = LINE_WORD.findall(line)
        if (_STOP.search(line) or not _headline_shape(line, False) or not _whole(line, skip) or len(words) < 6
                or words[0].lower() in skip or re.search(r"[\d\"“”«»]", line)):
            continue
        if _shared_with_rest(stems[i], counts, title) or len(stems[i]) < 3:
            continue
        if i - 1 in prose and i + 1 in prose and _shared(stems[i - 1], set(stems[i + 1])) >= 2:
            out.append(i)
    return out


def _title(doc: Doc, ctx: Context, lines: Sequence[str], stems: Sequence[Mapping[str, int]],
           title: set[str]) -> list[Change]:
    """The title line is another story's headline when it shares at most one word with the body
    while the first line under it, headline-shaped with no stop, shares with the prose (two
    stems or more) and the prose coheres: the page printed a link above the article's headline.
    A native headline may be cryptic ('Storm in a teacup'): offered in copy with no mark of MT."""
    if not doc.title or len(title) < 3 or _STOP.search(lines[0]) or not _headline_shape(lines[0], False):
        return []
    prose = [j for j in range(1, len(lines)) if _prose(lines[j])]
    body = set().union(*stems)
    rest = set().union(*stems[1:])
    if _shared(dict.fromkeys(title, 1), body) > 1 or _shared(stems[0], rest) < 2 or not _coheres(stems, prose):
        return []
    s, e = doc.title
    ch = ctx.change(s, doc.body[0][0], "", RULE)
    return [ch] if ch else []


def other_stories(doc: Doc, ctx: Context) -> list[Change]:
    """Take away the lines of other stories: a block at the foot, a headline above the prose, a
    headline between two paragraphs that tell one story."""
    if ctx.rule(RULE) is None:
        return []
    text = doc.text
    body = doc.body
    spans = printed_lines(text, body[0][0]) if body else []
    if len(spans) < 4:
        return []
    lines = [text[s:e] for s, e in spans]
    if sum(map(_prose, lines)) < 3:
        return []  # every reading below wants three paragraphs of prose that cohere (a page of short lines has none)
    skip = ctx.words("boilerplate.other_story_skip_words", "words.closed_class", "words.function_words")
    stems = [_stems(line, skip) for line in lines]
    title = set(_stems(text[slice(*doc.title)], skip)) if doc.title else set()
    out: list[Change] = _title(doc, ctx, lines, stems, title)
    keep = ctx.words("boilerplate.other_story_keep_words")
    for i, line in enumerate(lines):
        if _word_set(line) & keep:
            stems[i] = {}  # a credit or a note: never foreign
    foot = _foot(lines, stems, title, skip, ctx.words("words.personal_pronouns"))
    k = foot[0] if foot else None
    for i in _inside(lines, stems, title, skip):
        if k is None or i < k:  # between paragraphs a native crosshead may share no word: offered
            ch = ctx.change(*removal_span(text, *spans[i]), "", RULE, doubt=True)
            out += [ch] if ch else []
    if foot:
        s, e = removal_span(text, spans[foot[0]][0], spans[-1][1])
        # a block with a line that ends like a sentence may be the article's own closing lines: offered
        ch = ctx.change(s, e, "", RULE, doubt=foot[1])
        out += [ch] if ch else []
    return out
