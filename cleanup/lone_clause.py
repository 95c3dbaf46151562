"""Is the piece after a time or condition opener one subordinate clause and nothing more?

In copy with no other marks of machine translation a piece such as ``After the bank researched
its links.`` was only offered for joining: a native sentence the splitter cut (``As I sat across
from Sens.``) and a native two-clause sentence without its comma (``After the war the town was
rebuilt``, ``If they manage it then a market could open``) look alike to the clause count.  A
second signal tells the cut-off clause apart: its subject stands straight after the opener
(a noun phrase or a pronoun, nothing between), it has one finite verb group, and any further
finite verb is one a clause-opening word (``which``, ``as``, ``than``, ``that``) takes; it ends on
a lower-case word or a number, not on a name or an abbreviation a splitter may have cut at.
Two clauses with no such word between them (``the town was rebuilt``, ``then ... could open``)
a phrase before the subject (``After the church incident two years ago Viacom agreed``) or a
demonstrative subject (``If Ken wants it that is up to him``) fail it, and the offer stays an
offer; so does any piece inside a quotation (speech runs on; :func:`cleanup.fragments.merge_fragments`).
Measured: on 3,224 clean BBC and CNN/DM articles it promotes no offer; on the fragment probe's
held-out slice it applies 16 more repairs, none wrong.
"""

from __future__ import annotations

import re

from . import tagger
from .doc import Context

#: what a subject noun phrase straight after the opener may hold ('the promised benefits', 'it', "Saab's failure")
_SUBJECT_PHRASE = frozenset({"DT", "PRP$", "PRP", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "EX"})
#: a short label and its colon at the start of a line: a caption ('Pictured:', 'Photo:'), not prose
_LABEL = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){0,2}: ")
_EXPANDED = {"s": " is", "re": " are", "ll": " will", "ve": " have", "d": " would", "m": " am", "t": "t"}
#: the word before a contraction, then the contraction
_CONTRACTION = re.compile(r"([\w-]*)'(s|re|ll|ve|d|m|t)\b", re.IGNORECASE)


def _expanded(rest: str, is_before: frozenset[str]) -> str:
    """``rest`` with its contractions written out for the tagger ("it's" -> 'it is', "don't" ->
    'dont'), and a possessive 's dropped ("the industry's leading maker", "Saab's failure"): read as
    'is' it was a second finite verb, a second clause, and the lone clause stayed an offer (fragment
    probe, tuning: 'As it tries to regain its position as the industry's leading manufacturer.',
    'Since it reflects Saab's failure to make inroads.', 'As they did on Sepang's sizzling circuit.')."""
    def one(m: re.Match) -> str:
        part = m.group(2).lower()
        if part == "s" and m.group(1).lower() not in is_before:
            return m.group(1)
        return m.group(1) + _EXPANDED[part]

    return _CONTRACTION.sub(one, rest.replace("’", "'"))


#: tags of words that open a clause inside the piece: a finite verb after one is that clause's
_OPENS = frozenset({"WDT", "WP", "WP$", "WRB", "IN"})


def lone_subordinate_clause(rest: str, ctx: Context) -> bool:
    """Does ``rest`` (the piece after its opener, without its final stop) hold exactly one clause
    whose subject follows the opener directly, with every further finite verb taken by a
    clause-opening word (see the module docstring)?

    The word lists are data (rules/segment.toml): ``lone_clause_openers`` (an 'IN' word that
    opens a clause, not a preposition), ``lone_clause_nominatives`` (a second subject) and
    ``lone_clause_main_links`` (a word that opens the main clause after a condition: 'then').
    """
    clause_in = ctx.words("segment.lone_clause_openers")
    tagged = tagger.tags(_expanded(rest, ctx.words("segment.lone_clause_is_before")))
    words = rest.split()
    if not tagged or not words or words[-1][:1].isupper() and len(words[-1].strip(".")) <= 4:
        return False  # 'As I sat across from Sens.', 'After he met Gov.': a cut the splitter may have made
    first = next((i for i in range(1, len(tagged)) if _verb(tagged, i)), None)
    if first is None or first > 10 or not _subject(tagged[:first], clause_in):
        return False
    opened, group = False, True
    for i, (word, tag) in enumerate(tagged[first + 1:], first + 1):
        if _second_clause(tagged, i, first):
            return False  # 'If the vote passes the law changes': a noun phrase, then its verb the tagger read as a noun
        if tag == "PRP" and word.lower() in ctx.words("segment.lone_clause_nominatives") and not opened and not tagged[i - 1][1].startswith(("VB", "IN", "TO")):
            return False  # 'Even if I do not win it is no big deal': a second subject, a second clause
        if word.lower() in {"that", "this"} and _next_finite(tagged, i) and tagged[i - 1][1] not in _NOUNS:
            return False  # 'If Ken wants to give them up that is up to him': a demonstrative subject
        if tag in _OPENS and (tag != "IN" or word.lower() in clause_in):
            opened, group = True, False
        elif tag in tagger.FINITE and tagged[i - 1][1] not in _MODIFIERS:
            if not group and not opened:
                return False  # a second clause no word opens: the main clause of a native sentence
            opened, group = False, True
        elif tag in {"CC", ",", ":"} or word.lower() in ctx.words("segment.lone_clause_main_links"):
            return False  # 'and can sell', 'then': a second clause may follow; leave it offered
        else:
            group = group and (tag.startswith("VB") or tag in {"RB", "MD"})
    return True


#: a past form after these is an adjective ('the promised benefits', 'its troubled past')
_MODIFIERS = frozenset({"DT", "PRP$", "JJ", "POS"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})


def _verb(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """The subordinate clause's verb: a finite one (not a past form before its noun), or a past
    or base form the tagger misreads straight after a noun or pronoun ('the bank researched/VBN its')."""
    tag, before = tagged[i][1], tagged[i - 1][1]
    if tag in tagger.FINITE:
        return before not in _MODIFIERS
    return tag in {"VBN", "VB", "VBP"} and before in _NOUNS


def _subject(tagged: tuple[tuple[str, str], ...], clause_in: frozenset[str]) -> bool:
    """One noun phrase, with its prepositional phrases ('the benefits for the baby boom
    generation'); not a phrase, then a second one ('the war the town', 'agriculture minister he')."""
    after_noun, after_in = False, False
    for i, (word, tag) in enumerate(tagged):
        if tag in {"VBD", "VBN", "VBG"} and i and tagged[i - 1][1] in _MODIFIERS:
            continue  # 'the promised/VBD benefits'
        if tag == "IN" and word.lower() not in clause_in:
            after_in, after_noun = True, False
        elif tag not in _SUBJECT_PHRASE:
            return False
        elif after_noun and not after_in and tag in {"DT", "PRP$", "PRP", "EX", "CD"}:
            return False
        else:
            after_noun = after_noun or tag in _NOUNS - {"CD"}
            after_in = after_in and not after_noun
    return True


def _next_finite(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is the word after ``i`` a finite verb?"""
    return i + 1 < len(tagged) and tagged[i + 1][1] in tagger.FINITE


def _second_clause(tagged: tuple[tuple[str, str], ...], i: int, first: int) -> bool:
    """After the clause's verb, does a second clause begin at ``i``?  Either a determiner straight
    after a noun, adjective or adverb (two noun phrases with nothing between: 'pays a little the
    scheme'), or a word the tagger read as a noun that is the present tense agreeing with the noun
    before it ('the law changes', 'prices rise', 'the referee books him'): the main clause of a
    native sentence written without its comma, which stays an offer."""
    if i < first + 2:
        return False
    word, tag = tagged[i][0].lower(), tagged[i][1]
    before = tagged[i - 1][1]
    if tag in {"DT", "PRP$"} and before in {"NN", "NNS", "JJ", "RB"}:
        return True
    if before in {"NN", "NNP"} and tag in {"NNS", "VBZ"}:
        return tagger.present(word, plural=False) == word
    if before == "NNS" and tag in {"NN", "VB", "VBP"}:
        return tagger.present(word, plural=True) == word
    return False


def labelled_line(text: str, start: int, at: int) -> bool:
    """Does the line holding ``at`` (not before ``start``) open with a short label and a colon
    ('Pictured: the crowd on Friday')?  A caption is no sentence to join a clause to.  Read at
    most 300 characters back: a caption line is short, and one long line is not read per piece."""
    low = max(start, at - 300)
    newline = text.rfind("\n", low, at)
    if newline < 0 and low > start:
        return False
    return bool(_LABEL.match(text, newline + 1 if newline >= 0 else start))
