"""A stop lost before a sentence whose subject opens on a common word, read for the boundary stage
(:mod:`cleanup.segment`): ``...for its new phones Money spent on research rose by a fifth``,
``...demand for the products Unemployment in poor areas has also been a factor``.

Native news all but never capitalises such a word in mid-sentence, so its capital marks either
a sentence start or a stray capital; the words on each side tell them apart.  A sentence start
has a complete clause before it, ending on a noun, a number or an adverb (not a preposition,
determiner, title or verb that takes the word as its object or a clause: ``the study found
Students were``, nor a relative head: ``the moment Gear scored``), and after it its own noun
phrase with a finite verb.  Where news capitalises the word one time in twenty or less, the stop
is applied (``segment.lost_boundary.common_subject``); up to one time in five (``Health``,
``Crime``) it is offered (``segment.lost_boundary.common_subject_offered``): editors see it,
clean copy does not change.  Read after the other shapes, where none of them made a sure change.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon, lost_stops, relative_heads, tagger
from .doc import Context, Doc

#: a capitalised word of three letters or more after a lower-case word, before a lower-case word
_CAPITAL = re.compile(r"( )(?<=[a-z%] )([A-Z][a-z]{2,})(?= [a-zA-Z0-9])")
#: what a subject's noun phrase may hold between its first word and its verb ('Sales of bottled water')
_PHRASE = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "IN", "DT", "CD", "POS", "PRP$", "VBG"})
_HEAD = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "VBG"})
_OBJECT_START = frozenset({"DT", "PRP", "PRP$", "CD", "JJ", "NNS"})
#: two capitalised words side by side ('Resolute Support'), overlapping pairs found by the lookahead
_PAIR = re.compile(r"([A-Z](?<![\w’'-][A-Z])[\w’'-]*) (?=([A-Z][a-z]{2,})\b)")  # the capital, then its look-behind


@lru_cache(maxsize=16)
def _capital_pairs(text: str) -> Counter:
    """How often each pair of capitalised words stands together in ``text`` (read once per text:
    a str caches its hash)."""
    return Counter(_PAIR.findall(text))


def _verb_index(tagged: tuple[tuple[str, str], ...]) -> int | None:
    """The index of the subject's finite verb (after its noun phrase of up to six words and an
    adverb), or None: a past tense the tagger reads as a base form or a participle counts when
    its object follows (``Traders ignored the``)."""
    if not tagged or tagged[0][1] not in _HEAD:
        return None
    for i, (word, tag) in enumerate(tagged[1:10], 1):
        if tag == "RB":
            continue
        nxt = tagged[i + 1][1] if i + 1 < len(tagged) else ""
        # not before a number: 'heart Failure aged 70' is a participle's phrase; not in title case ('Time Is Running')
        if not word.islower() and tag not in _PHRASE:
            return None
        if tag in tagger.FINITE or tag in ("VB", "VBN") and nxt in _OBJECT_START - {"CD"} and tagged[i - 1][1] in ("NN", "NNS"):
            return i
        if tag not in _PHRASE or tag == "VBG" and i > 1:
            return None
    return None


def common_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[tuple[re.Match, str]]:
    """The capitalised common words in ``doc.text[s:e]`` that open a subject and its clause after
    a complete clause, with their kind: 'common_subject' (applied) or 'common_subject_offered'."""
    text = doc.text
    out: list[tuple[re.Match, str]] = []
    function_words, calendar = ctx.words("words.function_words"), ctx.words("segment.attribution_time_words")
    titles = ctx.words("segment.name_roles", "segment.title_nouns")
    relative = ctx.words("segment.name_clause_words")
    for m in _CAPITAL.finditer(text, s, e):
        word = m.group(2)
        ratio = lexicon.capital_ratio(word)
        if ratio is None or ratio > 0.2 or word.lower() in function_words or not lexicon.is_common_word(word.lower()):
            continue
        if ratio > 0.05 and (lexicon.is_listed_name(word) or lexicon.is_place(word)):
            continue  # 'Bath', 'Reading'; not 'Police' (a town in Poland) or 'Net', which news writes in lower case
        near = text[max(s, m.start() - 60):m.start()]
        last = near.rsplit(" ", 1)[-1]
        if lexicon.pair_capital_ratio(word, None, last.lower()) is not None:
            continue  # native news writes the pair ('police Officers', 'riot Police'): one phrase, a stray capital
        # after a name only a word news all but never capitalises ('working with Morgan Stanley Despite the')
        after_name = last[:1].isupper() and (last.lower() in calendar or ratio <= 0.02 and last.isalpha())
        if (not last[:1].islower() and not after_name or last.endswith("ing") or last.lower() in titles
                or relative_heads.inside_relative(near, ctx.rules)):
            continue  # 'meaning Police will', 'the way Police handled': a verb's clause, a relative clause
        rest = re.split(r"[;:.!?(\"“]", text[m.end(2):min(e, m.end(2) + 80)], maxsplit=1)[0]
        tagged = tagger.tags(word.lower() + rest)
        verb = _verb_index(tagged)
        if after_name and last.lower() not in calendar and (verb is None or verb < 2 or _capital_pairs(text)[(last, word)] > 1
                                                            or any(w in relative for w, _ in tagged[1:verb])):
            continue  # 'Resolute Support are', 'the Milky Way that could': the word ends the name
        if verb is None or lost_stops.object_slot(near, ctx) or not lost_stops.opens_after_clause(doc, m, s, ctx,
                                                                                                   after_name):
            continue
        out.append((m, "common_subject" if ratio <= 0.05 else "common_subject_offered"))
    return out
