"""A capital in mid-sentence that casing leaves or only offers, applied when a neighbour's pair
agrees with the word's low share of capitals (from :mod:`cleanup.common_capitals`; casing is near
its size limit).

Casing weighs a capital by how often native news capitalises the word (``rules/case_prior.tsv``):
for a word news also writes as a name (``No``, ``Match``, ``Key``, ``Society``: 2-30% of its
uses) that share cannot tell a stray capital from a name, so casing leaves it or offers it.  The
word beside it is independent evidence: native news writes the word beside the very neighbour it
has here in lower case, three times or more and never with the capital (``rules/case_bigrams.tsv``:
``is No excuse``, ``throughout the Match.``, ``to Lose,``, ``the Key is``).
``pair_capitals.never_beside`` reads the same table but leaves function words, a word before a
stop after ``the`` or a preposition, and a word the dictionary lists as a name unless both sides
agree; with the share capped at 30% and no capital pair on either side, those shapes held no name
in the clean tuning articles either.

Never after a comma, inside a title in title case, before a capital or after a name and a small
word (a name may run on), for a house style's institutions (``the Government``), nor for a given
name or a surname whose pairs are only with function words (``replaced by Bird``: a pair with a
small word says nothing of a name).  ``person_doubt`` offers what ``after_function_word`` would
apply to such a name after a preposition that takes a person, and ``appositive_doubt`` what
``common_word`` would apply between an article and a noun and anything but a noun (``the retailer Next said``).
"""

from __future__ import annotations

import re
from typing import Any

from . import capital_evidence, lexicon, lower_names, tagger
from .doc import Context, Doc

#: the highest share of capitals in native news a neighbour's pair can overrule
MAX_SHARE_PAIR = 0.3
#: times native news wrote the pair in lower case, never with the capital
MIN_PAIR_LOWER = 3
#: a comma or a semicolon and a capital after the word: a list of capitalised words goes on
_LIST_GOES_ON = re.compile(r"[,;] +[A-Z]")
#: a capitalised word, a comma and 'and' or 'or' before the word: the last item of a list of capitals
_LIST_ENDS = re.compile(r"[A-Z][\w’'-]*, +(?:and|or|&)$")
#: measured precision: 29 of the 30 edits it applied in the held-out probe articles (the cap_* and lower_common
#: kinds, BBC and CNN/DM) were the injected capital ('Copyright 2015 the Conversation.' was not); none in the
#: 3,225 clean BBC and CNN/DM articles (both halves).  Rounded down for the small count
CONFIDENCE = 0.9


def agreed_lower(x: Any, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """("agreed_lower", confidence) for the slot ``x`` (casing left it or only offered it) when a
    neighbour's pair agrees with the word's low share of capitals in native news; None otherwise."""
    if x.comma or x.title_ahead or x.name_ahead or not x.prev_low or not x.word[1:].islower():
        return None
    word = re.sub(r"[’'][a-z]+$", "", x.word)  # "Firm's": the word is "Firm"
    lw = word.lower()
    if word != x.word or lw in ctx.words("casing.institutions", "casing.institution_nouns"):
        return None  # "the Government": house style decides, not MT
    if lw in ctx.words("words.closed_class", "words.subject_pronouns", "words.boundary_subjects", "words.clause_taking",
                       "casing.prepositions"):
        return None  # "said He", "handing out At the end, sales rose": a lost boundary is the boundary stages' doubt
    if x.prev in ctx.words("casing.work_nouns", "casing.naming_words", "casing.title_verbs", "words.speech_verbs") or (
            x.nxt in ctx.words("casing.title_after")):
        return None  # "the film Cars", "called Spotlight", "Develop magazine": a name the sentence gives
    if doc.capitals[word] > 1 and not doc.case.lows[lw]:
        return None  # "left Sale in the summer. Sale finished third.": the article's own capitals, never a lower case
    if capital_evidence.name_behind(x, doc):
        return None  # "the Group on Betting and Gaming held": a name goes on through a small word
    at = x.pos + len(x.word)
    if not x.nxt and _LIST_GOES_ON.match(doc.text, at) or _LIST_ENDS.search(x.before):
        return None  # "the Education, Culture, Sports ...", "for Women, Non-Regular Workers, and Students": a list
    ratio = lexicon.capital_ratio(word)
    if ratio is None or ratio > MAX_SHARE_PAIR:
        return None
    counts = {other: lexicon.pair_counts(lw, side, other)
              for side, other in (("<", x.prev), (">", x.nxt)) if other and other[:1].islower()}
    if any(caps and caps >= 0.1 * (caps + lows) for caps, lows in counts.values()):
        return None  # "the House in": news capitalises the word beside that neighbour often enough
    lower = [other for other, (caps, lows) in counts.items() if caps == 0 and lows >= MIN_PAIR_LOWER]
    if lower and not _name_beside_small_words(x.word, lower, ctx):
        return "agreed_lower", CONFIDENCE
    return None


def _name_beside_small_words(word: str, lower: list[str], ctx: Context) -> bool:
    """Is the word a given name or a surname ('Bird', 'Hope', 'Young') whose lower-case pairs are
    all with function words ('by bird', 'to young')?  Those are written in lower case because the
    word is common, and say nothing of a name standing there."""
    given, family = lower_names.name_lists()
    if word not in given and word not in family:
        return False
    small = ctx.words("words.function_words", "words.closed_class", "words.clause_taking", "casing.prepositions")
    return all(other in small for other in lower)


def person_doubt(found: tuple[str, float | None] | None, x: Any, ctx: Context) -> tuple[str, float | None] | None:
    """Casing's verdict ``found``, offered instead when ``after_function_word`` lowers a given name or
    a surname after a preposition that takes a person ('replaced by Bird', 'knocked down by Hope',
    'a draw with Young', 'the shot by Bird went'), a function word, a finite verb or a stop after it (before a
    noun it is a modifier: 'for Company reasons'): the share of capitals a common word gets says nothing of a
    surname there."""
    if found is None or found[0] != "after_function_word" or x.prev not in ctx.words("casing.person_prepositions"):
        return found
    if x.nxt and x.nxt not in ctx.words("words.function_words", "words.closed_class", "casing.prepositions") and (
            tagger.tags(f"{x.word} {x.nxt}")[-1][1] not in ("VBD", "VBZ", "MD")):
        return found  # "for Company reasons": a modifier before its noun, no person ("by Bird went": a verb follows)
    given, family = lower_names.name_lists()
    if x.word not in given and x.word not in family:
        return found
    return "after_function_word", PERSON_DOUBT


#: the offer for a given name or a surname after a preposition that takes a person
PERSON_DOUBT = 0.5


#: an article and a singular noun before the capital: the noun may name what the capital is ("the retailer Next")
_NOUN_BEHIND = re.compile(r"\b(?:the|a|an) +([a-z]+)$")


def appositive_doubt(found: tuple[str, float | None] | None, x: Any) -> tuple[str, float | None] | None:
    """Casing's verdict ``found``, offered instead when ``common_word`` lowers a word between an
    article and a singular noun before it and no noun after it ('the retailer Next said', 'the retailer
    Next in 1999', 'the carmaker Rover has'): a noun naming what a name is, then the name."""
    if found is None or found[0] != "common_word" or not x.nxt:
        return found
    m = _NOUN_BEHIND.search(x.before)
    if not m:
        return found
    tagged = tagger.tags(f"the {m.group(1)} {x.word} {x.nxt}")
    if len(tagged) != 4 or tagged[1][1] != "NN":
        return found
    after = tagged[3][1]
    # a finite verb after it, or anything but a noun after a word that is no verb itself ("the retailer Next in
    # 1999"; "the show Became one" is a verb's stray capital)
    if after in ("VBD", "VBZ", "MD") or not after.startswith("NN") and not tagged[2][1].startswith("VB"):
        return "common_word", PERSON_DOUBT
    return found
