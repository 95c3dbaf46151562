"""Casing errors machine translation repeats through one article: a stray capital written at
every use of a word (``that Early elections would ... would be Early elections``, ``in
General, probably ... speaking in General about``) and a name written in lower case at every
use (``before christmas ... his christmas speech``).

MT renders one source term the same way every time, so its stray capital recurs; the casing
stage reads a word the article capitalises twice in mid-sentence as a name and leaves it, and
the proper-noun stage reads a word written twice in lower case as a common word.  Native news
that capitalises a common word twice in mid-sentence does so in a name, and a name stands in a
run of capitals, after a word that names it (``the film Cars``) or on its own before a stop;
here every use must deny a name:

- between lower-case words, the word after it a lower-case word: a word native news
  capitalises in 2% of its uses or fewer, before a lower-case noun, is an adjective or a noun
  modifying it (``Early elections``), not a name (one would capitalise the head too); or
- beside a neighbour that native news writes it in lower case with every time, three uses or
  more (``rules/case_bigrams.tsv``: ``in general``), and never capitalises it beside either
  neighbour in a tenth of the pair's uses.

A lower-case word written twice or more, which native news capitalises at every one of its
twenty or more uses in mid-sentence and the dictionary does not list in lower case (a name:
``christmas``, ``britain``), is capitalised at every use the article writes it so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from . import capital_evidence, lexicon, tagger
from .doc import Context, Doc
from .edits import Change

CAPITAL_RULE = "casing.recurring_capital"
LOWER_RULE = "document.recurring_lower_name"

_CAP_WORD = re.compile(r"[A-Z](?<![\w’'.-][A-Z])[a-z]+(?![\w’'-])")
_PREV_WORD = re.compile(r"(?<![\w’'-])([a-z]+) $")
_NEXT_WORD = re.compile(r" ([a-z][a-z’'-]*)\b")
_CLAUSE_MARK = re.compile(r"[,;:.](?:\s|$)")
#: native news capitalises the word in no more share of its mid-sentence uses than this for the
#: capital before a lower-case word to be read as a modifier, not a name
MAX_RATIO = 0.02
#: times native news must have written the pair in lower case, never with the capital
MIN_PAIR_LOWER = 3
#: times native news must have capitalised a word, and never written it in lower case, for a
#: recurring lower-case use to be a name
MIN_NAME_CAPS = 20


class _Use(NamedTuple):
    """One use of a capitalised word: what capital_evidence.name_behind reads."""

    before: str
    pos: int


def recurring_capitals(doc: Doc, ctx: Context) -> list[Change]:
    """``would be Early elections`` twice -> ``early elections``: a capital the article repeats
    where every use denies a name."""
    text, caps = doc.text, doc.case.caps
    skip = ctx.words("words.closed_class", "words.function_words", "words.subject_pronouns", "words.boundary_subjects")
    wanted = {w for w, n in caps.items() if n > 1 and len(w) > 2 and w[1:].islower() and w.lower() not in skip}
    if not wanted:
        return []
    uses: dict[str, list[int]] = defaultdict(list)
    for s, e in doc.body:
        for m in _CAP_WORD.finditer(text, s, e):
            if m.group(0) in wanted and doc.mid_sentence(m.start()):
                uses[m.group(0)].append(m.start())
    out: list[Change] = []
    for word, starts in uses.items():
        if len(starts) < 2 or lexicon.is_listed_name(word) or lexicon.is_place(word):
            continue
        verdicts = [_stray_use(doc, ctx, word, p) for p in starts]
        if any(v is None for v in verdicts):
            continue  # one use that may be a name makes them all one
        for p in starts:
            ch = ctx.change(p, p + 1, word[0].lower(), CAPITAL_RULE)
            if ch:
                out.append(ch)
    return out


def _stray_use(doc: Doc, ctx: Context, word: str, pos: int) -> bool | None:
    """True when this use of the capitalised word denies a name (see the module's docstring);
    None when a name may stand there."""
    text = doc.text
    end = pos + len(word)
    before = text[max(0, pos - 80):pos]
    prev = _PREV_WORD.search(before)
    if not prev:
        return None  # after a capital, a number, a comma or a bracket: a name may run on
    p = prev.group(1)
    # native news names a body, a brand or a campaign it repeats after a determiner (casing.recurring_determiners:
    # 'the Authority could', 'the Yes campaign': each twice or more in one of 3,225 BBC and CNN/DM articles)
    if p in ctx.words("casing.recurring_determiners", "casing.work_nouns", "casing.naming_words", "casing.naming_nouns",
                      "casing.title_verbs", "words.speech_verbs"):
        return None  # "the Smart brand", "the film Cars", "called Spotlight", "told Seventeen", "the charity Crisis"
    if capital_evidence.name_behind(_Use(before.rstrip(), pos), doc):
        return None  # "the Department of Trade and Industry"
    nxt_m = _NEXT_WORD.match(text, end)
    nxt = nxt_m.group(1) if nxt_m else ""
    if not nxt and not _CLAUSE_MARK.match(text, end):
        return None  # a capital, a quotation mark or a bracket after it: a name or a title goes on
    if nxt in ctx.words("casing.title_after", "casing.place_types", "casing.title_small_words"):
        return None  # "Develop magazine", "Bich Dao ward", "Full of Grace"
    lw = word.lower()
    nxt_tag = _next_tag(text, pos, lw) if nxt else ""
    if nxt_tag in _VERB_TAGS:
        return None  # "staff at Crisis said", "customers of Three were": a name and its verb
    ratio = lexicon.capital_ratio(word)
    if nxt_tag in _NOUN_TAGS and ratio is not None and ratio <= MAX_RATIO and lexicon.is_common_word(lw):
        return True  # "Early elections": a modifier before its lower-case noun, the head
    return _pair_denies(lw, p, nxt) or None


_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "MD"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


def _next_tag(text: str, pos: int, lw: str) -> str:
    """The tagger's reading of the word after the capital, with the capital lowered (so that it
    does not read a name) and the clause's next words as context: 'early elections/NNS would',
    'crisis said/VBD the'."""
    tail = text[pos + len(lw):pos + len(lw) + 60]
    cut = _CLAUSE_MARK.search(tail)
    tagged = tagger.tags(lw + (tail[:cut.start() + 1] if cut else tail))
    return tagged[1][1] if len(tagged) > 1 else ""


def _pair_denies(lw: str, prev: str, nxt: str) -> bool:
    """Does native news write the word in lower case every time beside one of its neighbours
    (``MIN_PAIR_LOWER`` uses or more) and capitalise it beside neither in a tenth of the uses?"""
    lower = False
    for side, other in (("<", prev), (">", nxt)):
        if not other:
            continue
        caps, lows = lexicon.pair_counts(lw, side, other)
        if caps and caps >= 0.1 * (caps + lows):
            return False  # "the House": news capitalises it there often
        lower = lower or (caps == 0 and lows >= MIN_PAIR_LOWER)
    return lower


_LOWER_WORD = re.compile(r"(?<![\w’'@#/.:-])[a-z]{3,}(?![\w@/-]|\.[a-z]|[’'][a-rt-z])")
_QUOTES = frozenset("\"“‘'")


def recurring_lower_names(doc: Doc, ctx: Context) -> list[Change]:
    """``before christmas`` and ``his christmas speech`` -> ``Christmas``: a name native news
    always capitalises, written in lower case at each of its uses."""
    lows = doc.case.lows
    names = {w for w, n in lows.items() if n > 1 and w.isalpha() and w.islower() and _always_a_name(w)}
    if not names:
        return []
    text = doc.text
    out: list[Change] = []
    verb_slot = {w.lower() for w in ctx.words("words.modal_verbs", "words.subject_pronouns")} | ctx.words(
        "casing.lower_name_verb_slot")
    objects = ctx.words("casing.verb_object_starts")
    for s, e in doc.body:
        for m in _LOWER_WORD.finditer(text, s, e):
            if m.group(0) in names and text[m.start() - 1:m.start()] not in _QUOTES \
                    and not _verb_use(text, m, verb_slot, objects):
                ch = ctx.change(m.start(), m.start() + 1, m.group(0)[0].upper(), LOWER_RULE)
                if ch:
                    out.append(ch)
    return out


_TWO_BEFORE = re.compile(r"([A-Za-z]+)(?: (?:not|never|often|also|just|always|usually|still))? $")


def _verb_use(text: str, m: re.Match, verb_slot: set[str], objects: frozenset[str]) -> bool:
    """Is the lower-case word a verb here ('patients who google their symptoms', 'you should not
    google a rash')?  House styles write a name used as a verb in lower case; the tagger reads
    such a verb as a noun, so the slot tells: a subject, a modal or 'to' before (``verb_slot``:
    those of ``casing.lower_name_verb_slot`` too), an object's first word after (``objects``)."""
    before = _TWO_BEFORE.search(text, max(0, m.start() - 40), m.start())
    after = _NEXT_WORD.match(text, m.end())
    return bool(before and after) and before.group(1).lower() in verb_slot \
        and after.group(1) in objects


def _always_a_name(word: str) -> bool:
    """Does native news capitalise the word at every one of ``MIN_NAME_CAPS`` or more uses in
    mid-sentence, and the dictionary not list it in lower case?"""
    caps, lows = lexicon.case_counts(word)
    return caps >= MIN_NAME_CAPS and lows == 0 and not lexicon.is_common_word(word)
