"""A capital that the article gives a common word once, between lower-case words, weighed on all
the evidence at once (from :mod:`cleanup.common_capitals`, after casing's own sub-rules).

Casing's sub-rules each read one kind of evidence and leave or only offer a word native news also
writes as a name in 5-35% of its mid-sentence uses (``reached General agreement``, ``regaining
Control of``, ``play Live at``): each share alone cannot tell a stray capital from a one-word name.
A one-word name, though, leaves marks that a carried-over capital does not: the article capitalises
it again, a capital stands beside it (``Cairn Energy``, ``Bank of England``), a title or a naming
word stands before it (``senior Economist``, ``called Spotlight``), or native news capitalises the
word beside the very neighbour it has here.  When none of those marks is there, the word's share
of capitals, whether it is counted (``rules/case_prior.tsv``) and the pairs of its two neighbours
(``rules/case_bigrams.tsv``) give a score; the score's precision was measured on the probe's tuning
articles and clean tuning news (``rules/calibration.toml``), not guessed.
"""

from __future__ import annotations

import re
from typing import Any
from weakref import WeakKeyDictionary

from . import capital_evidence, lexicon
from .doc import Context, Doc
from .segment import split_lost_boundaries

#: a share of capitals counted from fewer native uses than this is too noisy to weigh
MIN_COUNTED = 20
#: a pair written in lower case this often, never with the capital, denies a name on that side
MIN_PAIR_LOWER = 3


def marks_of_a_name(x: Any, doc: Doc, ctx: Context) -> bool:
    """Does anything around the capital mark a name: a comma or a capital before it, a title or a
    name ahead, the article's other capitals of it, a name behind, a naming or title word before,
    an institution, a listed name or place, or a closed-class word (a lost boundary's doubt)?"""
    word, lw = x.word, x.word.lower()
    if x.comma or x.title_ahead or x.name_ahead or not x.prev_low or not x.nxt or not x.nxt[:1].islower():
        return True  # 'hotels, Railways, construction': a list may go on in capitals
    if not word[1:].islower() or not word.isalpha() or doc.capitals[word] > 1 or doc.case.caps[word] > 1:
        return True  # "Japan's", "Hearts ... Hearts": the article's own name
    if lw in ctx.words("casing.institutions", "casing.institution_nouns", "words.closed_class", "words.function_words",
                       "words.subject_pronouns", "words.boundary_subjects", "words.clause_taking", "casing.prepositions"):
        return True
    if x.prev in ctx.words("casing.work_nouns", "casing.naming_words", "casing.title_verbs", "words.speech_verbs",
                           "casing.naming_nouns", "casing.group_nouns") or x.nxt in ctx.words(
            "casing.title_after", "casing.place_types") or x.nxt in ("vs", "v"):
        return True  # "the film Cars", "called Spotlight", "Develop magazine", "from Can hamlet"
    if re.search(rf"\b(?:{ctx.rules.alternation('casing.appositive_titles')})$", x.before, re.I):
        return True  # "senior Economist at": a title-like word before a job or a name
    if lexicon.is_listed_name(word) or lexicon.is_place(word) or capital_evidence.name_behind(x, doc):
        return True
    return False


def pair_sides(lw: str, prev: str, nxt: str) -> tuple[int, bool]:
    """(sides whose pair native news writes in lower case ``MIN_PAIR_LOWER`` times or more and
    never with the capital, whether either pair is capitalised in a tenth of its uses or more)."""
    lower, capital = 0, False
    for side, other in (("<", prev), (">", nxt)):
        caps, lows = lexicon.pair_counts(lw, side, other)
        lower += caps == 0 and lows >= MIN_PAIR_LOWER
        capital = capital or bool(caps and caps >= 0.1 * (caps + lows))
    return lower, capital


def evidence(x: Any, doc: Doc, ctx: Context) -> dict | None:
    """The evidence for a lone capital at casing's slot ``x``, or None when a name is marked."""
    if marks_of_a_name(x, doc, ctx):
        return None
    lw = x.word.lower()
    caps, lows = lexicon.case_counts(lw)
    ratio = lexicon.capital_ratio(x.word)
    if ratio is None:
        return None
    sides, capital = pair_sides(lw, x.prev, x.nxt)
    return {"ratio": ratio, "counted": caps + lows >= MIN_COUNTED, "sides": sides, "capital_pair": capital,
            "doc_lower": doc.case.lows[lw] > 0, "after_small": x.prev in ctx.words("words.function_words",
                                                                                     "words.closed_class")}


#: the share of capitals up to which a lone capital after a content word is applied (casing's own bar for a
#: modifier after a content word): measured on the probe's tuning articles (150 per kind and house style, three
#: capital kinds) and 1,000 clean tuning articles, where casing had only offered: 6 of 6 right up to 10%; from
#: 10% to 15% native one-word names stand there ('quit Test rugby', BBC sport), as 'the core Retail price' may
MAX_SHARE = 0.1


def lone_word(x: Any, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """("lone_word", confidence) for a capital casing left or offered, after a lower-case content
    word and before a lower-case word, with no mark of a name, whose counted share of capitals in
    native news is ``MAX_SHARE`` or less and whose neighbours' pairs never give it a capital often;
    None otherwise.  After a function word a name stands too often ('the Power inquiry')."""
    ev = evidence(x, doc, ctx)
    if ev is None or not ev["counted"] or ev["capital_pair"] or ev["after_small"] or ev["ratio"] > MAX_SHARE:
        return None
    if x.prev in ctx.words("casing.non_final_words", "casing.nameless_slot", "casing.opening_determiners",
                           "casing.title_small_words", "casing.prepositions", "words.clause_taking"):
        return None  # casing's own slots, a preposition or a conjunction ('as Variety urging': a name may follow)
    if x.pos in stops_offered(doc, ctx):
        return None  # 'in the street Crime has risen': a capital after a possible lost stop may open a sentence
    return "lone_word", 0.8


#: per document view: the positions of the words that the lost-boundary rules put a stop before
_STOPS: WeakKeyDictionary[Doc, dict[tuple, frozenset[int]]] = WeakKeyDictionary()


def stops_offered(doc: Doc, ctx: Context) -> frozenset[int]:
    """Where segment.lost_boundary applies or offers a full stop, the position of the word after it.
    The boundary stage runs before casing but its offers leave the text as it was: a capital it
    reads as a sentence's first word is evidence of a sentence start, not of a stray capital, so
    it is not lowered ('in the street Crime has risen': the stop and the lower case cannot both be
    right). Read once per document view (only for a capital that reaches this point)."""
    key = (ctx.language, ctx.mt_like, ctx.has_title)
    per_doc = _STOPS.setdefault(doc, {})
    if key not in per_doc:
        text, at = doc.text, set()
        for ch in split_lost_boundaries(doc, ctx):
            if not text[ch.start:ch.end].strip() and ch.after.strip() == ".":
                q = ch.end
                while q < len(text) and text[q] in " \u00a0":
                    q += 1
                at.add(q)
        per_doc[key] = frozenset(at)
    return per_doc[key]
