"""A word left in lower case inside a name the article writes, word for word, with capitals
elsewhere: ``the Nobel peace Prize`` beside ``the Nobel Peace Prize``, ``Human rights Watch``,
``the Kurdistan workers' Party``, ``Saturday Night live`` beside ``Saturday Night Live``.

Machine translation cases each use of a name on its own, so one use of a multi-word name loses
a capital the others keep; the word is English (``peace``, ``rights``, ``live``), so neither a
dictionary nor how often news capitalises the word can tell, and the article's other tests ask
for the word capitalised on its own or for the word in lower case nowhere else
(``document.proper_noun_case``: ``human rights`` elsewhere stops them).  The evidence here is the
whole run: the same three capitalised words or more, in the same order, written elsewhere in
mid-sentence outside a title-case line, and the lower-case run written only here.
The stage runs after ``document.proper_noun_case``: it only adds where that rule leaves a word
(a name it repairs or offers, house style after a name, is its call).

Native copy mixes a name's case only where house style lowers a common noun after a name (``the
Labour party`` beside ``Labour Party``, ``San Francisco police``): a two-word run, which is not
read here, or a longer one that elsewhere goes on with another capital (``the New York state
budget`` beside ``New York State Police``), which must not count: a word at the end of its run
needs the capitalised run to end there too, and is only offered: on clean BBC copy the article
itself writes 'Death Row records' beside 'Death Row Records', 'the All England club' beside 'the
All England Club'.  A word between two capitals is applied (none such in 1,112 clean BBC articles).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .doc import Context, Doc, mid_sentence
from .edits import Change
from .inner_lowers import RULE as INNER_RULE
from .inner_lowers import lowered_inside_names
from .name_runs import END, JOINERS, count_parts

RULE = "document.restated_run"
__all__ = ["INNER_RULE", "RULE", "restated_run", "restated_runs"]

_JOINERS = JOINERS
_WORD = re.compile(r"[A-Z][\w’'&.-]*|[a-z]+[’']?")
_EDGE = re.compile(r"[,.;:!?)\]\"”]+$")
#: a capitalised token, a run of them (with joiners), as name_runs reads it
_RUN = re.compile(r"[A-Z](?<!\S[A-Z])\S*(?:(?: (?:of|for|and|&|the|de))* [A-Z]\S*)+")
#: a lower-case word right after a capitalised token (and a joiner), possessive or plural apostrophe kept
_CANDIDATE = re.compile(r"[A-Z](?<![\w’'-][A-Z])[\w’'&.-]*(?: (?:of|for|and|&|the|de))? ([a-z]{3,})(?=(?:[’']s?)?(?:[\s,.;:!?)\]\"”]|$))")
#: a line whose words are capitalised, most of them: a headline in title case says nothing of a name
_TITLE_LINE_SHARE = 0.2
_END = END


def _token(word: str) -> str:
    """A token of a run as compared: its possessive dropped ('Watch's' is 'Watch')."""
    if "'" not in word and "’" not in word:
        return word  # most tokens: no apostrophe, nothing to drop
    return re.sub(r"[’']s?$", "", word)


@lru_cache(maxsize=4)
def _index(text: str) -> Counter:
    """Every part (three tokens or more, opening and ending on a capital) of every run of
    capitalised words the text writes in mid-sentence outside a title-case line, with how often;
    a part that ends its run is counted again with ``_END`` after it."""
    out: Counter = Counter()
    titled: dict[int, bool] = {}  # per line start: a long paragraph's runs read its words once, not once each
    for m in _RUN.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if line not in titled:
            titled[line] = _title_line(text, m.start())
        if titled[line]:
            continue
        tokens: list[str] = []
        for i, raw in enumerate(m.group().split(" ")):
            word = _EDGE.sub("", raw)
            if i == 0 and not mid_sentence(text, m.start()):
                continue  # the sentence's first word: its capital says nothing
            if word and (word[0].isupper() or word in _JOINERS and tokens):
                tokens.append(_token(word))
            else:
                count_parts(tokens, out, 3)
                tokens = []
            if word != raw:  # 'Watch,': the run ends at the mark
                count_parts(tokens, out, 3)
                tokens = []
        count_parts(tokens, out, 3)
    return out


def _title_line(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` written in title case (most of its words capitalised)?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in _WORD.findall(text, start, len(text) if end < 0 else end) if w not in _JOINERS]
    if len(words) < 4:
        return True
    need, lower = _TITLE_LINE_SHARE * len(words), 0
    for w in words:  # a line of prose has its share of lower-case words early: no need to count them all
        if w[0].islower():
            lower += 1
            if lower >= need:
                return False
    return True


def _left(text: str, start: int) -> list[str]:
    """The capitalised tokens (and joiners) right before the word, nearest last; the sentence's
    first word dropped (its capital says nothing)."""
    out: list[tuple[str, int]] = []
    pos = start - 1
    for raw in reversed(text[max(0, start - 80):start - 1].split(" ")):
        at = pos - len(raw)
        if not raw or "\n" in raw or not (raw[0].isupper() and raw[-1].isalnum() or raw in _JOINERS):
            break
        out.append((raw, at))
        pos = at - 1
    while out and out[-1][0] in _JOINERS:
        out.pop()
    if out and not mid_sentence(text, out[-1][1]):
        out.pop()
    return [_token(t) for t, _ in reversed(out)]


def _right(text: str, end: int) -> list[str]:
    """The capitalised tokens (and joiners) right after the word, up to a mark."""
    out: list[str] = []
    rest, *after = text[end:end + 80].split(" ")
    if rest not in ("", "'", "’", "'s", "’s"):
        return out  # 'live,': the run ends at the word
    for raw in after:
        word = _EDGE.sub("", raw)
        if not word or "\n" in raw or not (word[0].isupper() or word in _JOINERS):
            break
        out.append(_token(word))
        if word != raw:
            break
    while out and out[-1] in _JOINERS:
        out.pop()
    return out


def restated_run(text: str, start: int, end: int, skip: frozenset[str]) -> float | None:
    """Confidence that the lower-case word text[start:end] is a word of a name the article
    writes capitalised, word for word, elsewhere, or None.  ``skip``: function words, titles,
    name particles, compass points and nationalities (written in lower case on purpose)."""
    w = text[start:end]
    if w in skip:
        return None
    left = _left(text, start)
    if not left or left[-1] in _JOINERS:
        return None
    cap = w[0].upper() + w[1:]
    if cap not in _tokens(text):
        return None  # no run of capitals elsewhere holds the word (most words; asked first)
    right = _right(text, end)
    if right and right[0] in _JOINERS:
        right = right[:2] if len(right) > 1 else []
    index = _index(text)
    if right:
        key = (left[-1], cap, right[0]) if right[0] not in _JOINERS else (left[-1], cap, *right[:2])
        if index[key] and not _lowered_again(text, left[-1:], w, right[:len(key) - 2]):
            return 0.8
        return None
    if left[-1].lower() in skip:
        return None  # 'the Italian navy': house style after a nationality
    part = tuple(left[-3:]) if len(left) >= 3 and left[-3] not in _JOINERS else tuple(left[-2:])
    if len(part) < 2 or part[0] in _JOINERS or sum(1 for t in part if t not in _JOINERS) < 2:
        return None
    if index[(*part, cap, _END)] and not _lowered_again(text, list(part), w, []):
        return 0.6  # 'Saturday Night live,': offered, house style lowers a last word ('the All England club')
    return None


@lru_cache(maxsize=4)
def _tokens(text: str) -> frozenset[str]:
    """The tokens of the parts :func:`_index` counts."""
    return frozenset(t for key in _index(text) for t in key)


def _lowered_again(text: str, left: list[str], w: str, right: list[str]) -> bool:
    """Does the article write the run with the word in lower case more than once (house style)?"""
    return _written(text, " ".join((*left, w, *right))) > 1


@lru_cache(maxsize=1024)
def _written(text: str, phrase: str) -> int:
    """How often the text holds ``phrase`` (each phrase counted once per text: a long text
    repeating a run must not be read once per use).  Emptied after each document by
    :func:`restated_runs`, so that a batch worker keeps no past document alive through it."""
    return text.count(phrase)


def restated_runs(doc: Doc, ctx: Context) -> list[Change]:
    """``the Nobel peace Prize`` -> ``Peace`` where the article writes ``Nobel Peace Prize``; then
    ``Manchester city Football Club`` where it writes the word capitalised elsewhere (``inner_lowers``,
    for a word the whole run does not settle)."""
    text = doc.text
    if not _index(text):
        return lowered_inside_names(doc, ctx, ())  # no run of three capitalised words in mid-sentence to restate
    skip = ctx.words("words.function_words") | frozenset(t.lower() for t in ctx.words("words.name_titles")) | (
        ctx.words("casing.name_particles") | ctx.words("document.compass_points")
        | ctx.words("document.always_capitalized"))
    out = []
    try:
        for m in _CANDIDATE.finditer(text):
            conf = restated_run(text, m.start(1), m.end(1), skip)
            if conf is not None:
                ch = ctx.change(m.start(1), m.start(1) + 1, m.group(1)[0].upper(), RULE, confidence=conf)
                if ch:
                    out.append(ch)
    finally:
        _written.cache_clear()
    return out + lowered_inside_names(doc, ctx, {ch.start for ch in out})
