"""A stop lost before a speaker who introduces a quotation with a colon, read for the boundary
stage (:mod:`cleanup.segment`, ``segment.lost_boundary.speaker``).

``...the Bernabeu stadium Beckham said: "It's expected``: a name (perhaps after an honorific)
and a verb of saying closed by a colon.  The colon hands the verb its object (the quotation), so
the verb is the main verb of a sentence whose subject is the name; native news writes that
shape at the start of a sentence, after a fronted phrase with no clause of its own
(``Speaking after the match Wenger said:``) or after a verb that takes a clause (``He told
reporters Smith said:``).  Each of those is left by the tests the named-subject shapes apply
(:func:`cleanup.lost_stops.opens_after_clause`, :func:`cleanup.lost_stops.object_slot`); what
this shape adds is the second signal the colon gives: the words after the name are a finite
verb of saying with its object already in place, not a relative clause's verb missing its
object (``the things Beckham said``), which the named-subject shape must fear.

The same file reads a name's title as that second signal (``segment.lost_boundary.titled``):
``...on the bill Tory leader Michael Howard also faces``, ``...its best film of the year accolade
Director Alexander Payne was named``: a capitalised phrase that ends on a word naming a role
(``segment.name_roles``), a name, then the name's finite verb or its relative clause (``, who``).
Inside a sentence native news writes a titled name after a preposition or a verb (``by Tory
leader Michael Howard``, ``said Tory leader...``), a noun only in apposition with a comma; after a
noun, a number or an adverb that closes a complete clause, the title opens a subject.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import lexicon, lost_stops, relative_heads, tagger
from .doc import Context, Doc
from .rules import RuleSet


@lru_cache(maxsize=8)
def _speaker(rules: RuleSet) -> re.Pattern:
    """A name of one to three capitalised words (perhaps after an honorific, segment.speaker_honorifics)
    after a lower-case word or a number, then perhaps an adverb, then a lower-case word closed by a
    colon (group 3: that word); built once per rule set, the words being data."""
    honorifics, adverbs = rules.alternation("segment.speaker_honorifics"), rules.alternation("segment.speaker_adverbs")
    return re.compile(r"( )(?<=[a-z%\d] )((?:(?:" + honorifics + r") )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
                      r"(?= (?:[a-z]+ly |(?:" + adverbs + r") )?([a-z]+):)")


def _after_role(near: str, ctx: Context) -> bool:
    """Is the word before the name a role word (``and manager Brendan Rodgers said:``)? The name is
    then that role's holder, inside the clause the role's noun phrase belongs to."""
    last = near.rsplit(" ", 1)[-1].strip(",").lower()
    return last in ctx.words("segment.name_roles", "segment.attribution_title_openers")


def _plain_word_before(near: str) -> bool:
    """Is the word before the capital a lower-case word or a number (the patterns look behind at
    its last letter only: 'Carlos Alberto Perreira' is one name, 'Defence Secretary' one title)?"""
    word = near.rsplit(" ", 1)[-1]
    return word[:1].islower() or word[:1].isdigit()


def colon_speakers(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """The names in ``doc.text[s:e]`` that a verb of saying and its colon follow, after a
    complete clause (see the module docstring)."""
    text = doc.text
    out: list[re.Match] = []
    verbs = ctx.words("words.speech_verbs")
    openers, calendar = ctx.words("segment.sentence_openers"), ctx.words("segment.attribution_time_words")
    function_words = ctx.words("words.function_words")
    for m in _speaker(ctx.rules).finditer(text, s, e):
        first = m.group(2).split()[0]
        if (m.group(3) not in verbs or first in openers or first.lower() in calendar
                or first.lower() in function_words):
            continue
        near = text[max(s, m.start() - 60):m.start()]
        if (not _plain_word_before(near) or _after_role(near, ctx) or relative_heads.inside_relative(near, ctx.rules)
                or lost_stops.object_slot(near, ctx)):
            continue  # 'what the coach Smith said:', 'told reporters Smith said:', 'and manager Smith said:': inside a clause
        if lost_stops.opens_after_clause(doc, m, s, ctx):
            out.append(m)
    return out


#: a capitalised word after a lower-case word or a number, then the words after it up to a mark
_TITLE_START = re.compile(r"( )(?<=[a-z%\d] )([A-Z][\w’'-]*)")
_WORDS = re.compile(r"[\w’'-]+(?: [\w’'-]+)*")


#: a word, its space and what may open a capitalised word (A-Z or a letter beyond ASCII: tested again)
_BEFORE_CAPITAL = re.compile(r"(?<![\w’'-])([\w’'-]++) (?=[A-Z\x80-\U0010ffff])")


def _role_starts(text: str, s: int, e: int, rules: RuleSet) -> list[int]:
    """Where a role word (segment.name_roles) followed by a capitalised word starts in ``text[s:e]``,
    read once in the paragraph: :func:`_titled_name` needs one, and most capitals have none among
    the words ahead."""
    roles = rules.words("segment.name_roles")
    return [m.start() for m in _BEFORE_CAPITAL.finditer(text, s, e)
            if m.group(1).lower() in roles and text[m.end():m.end() + 1].isupper() and text[m.end() + 1:m.end() + 2].islower()]


def _titled_name(words: list[str], roles: frozenset[str], function_words: frozenset[str]) -> int:
    """The number of words of a title ending on a role and of the name after it (one to three
    capitalised words) at the start of ``words``, or 0 (``Tory leader Michael Howard`` -> 4).
    ``function_words`` include the words that join two names (segment.title_joining)."""
    for k in range(1, min(5, len(words))):
        if any(w.lower() in function_words for w in words[1:k]):
            return 0  # 'Bill Clinton and singer Harry Belafonte': two names, no title
        if words[k - 1].lower() in roles and words[k][:1].isupper() and words[k][1:2].islower():
            n = k
            while n < len(words) and n < k + 3 and words[n][:1].isupper():
                n += 1
            return n
    return 0


def _verb_next(rest: str) -> bool:
    """Do the words after the name open its verb (``also faces``, ``was named``) or a relative
    clause after a comma (``, who headed``)?"""
    if rest.startswith(", who "):
        return True
    tagged = tagger.tags("he " + " ".join(rest.split()[:2]))
    if len(tagged) < 2:
        return False
    return tagged[1][1] in tagger.FINITE or (tagged[1][1] == "RB" and len(tagged) > 2
                                             and tagged[2][1] in tagger.FINITE | {"VBN"})


def _role_ahead(text: str, starts: list[int], at: int) -> bool:
    """Is the first role word from ``at`` on (``starts``: :func:`_role_starts`) within the four words
    :func:`_titled_name` reads as a title?"""
    i = bisect.bisect_left(starts, at)
    return i < len(starts) and starts[i] < at + 120 and text.count(" ", at, starts[i]) <= 3


#: after a titled name: perhaps an auxiliary or adverb, a verb (group 1), then the words up to the sentence's end (group 2)
_TAG_TAIL = re.compile(r" (?:(?:has|had|have|would|will|later|also|then|[a-z]+ly) ){0,2}([a-z]+)\b([^.!?\n,]{0,60})[.!?,]")
#: what makes the words after a verb of saying a clause or a quotation of their own
_TAIL_CLAUSE = re.compile(r"\bthat\b|[:;\"“”‘]")


def _speech_tag(rest: str, ctx: Context) -> bool:
    """``...will review the case Chief Inspector John Smith said.``, ``... said on Monday.``, ``... told
    reporters.``, ``... has said in a statement.``: a verb of saying after the name (perhaps after an
    auxiliary or an adverb), then the sentence's end or a comma, or at most six words of place or time
    (or a listener) with no ``that``, colon or quotation: a speech tag trailing its sentence, which native news writes without a comma as often
    as with one, and MT as often as a sentence of its own (``said in a tweet.``); such a tag is left to
    the offer of ``common_subject`` rather than applied here."""
    tag = _TAG_TAIL.match(rest)
    if not tag or tag.group(1) not in ctx.words("words.speech_verbs"):
        return False
    tail = tag.group(2).split()
    if len(tail) > 6 or _TAIL_CLAUSE.search(tag.group(2)):
        return False
    # nothing more, a phrase of place or time ('on Monday', 'in a statement'), or the listener of a verb that
    # names one ('told reporters'); not an object ('announced the plan on Monday': a sentence of its own)
    return (not tail or tail[0].lower() in ctx.words("segment.speech_tag_openers")
            or tag.group(1) in ctx.words("segment.listener_speech_verbs"))


def titled_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """The titles in ``doc.text[s:e]`` that open a titled name and its verb after a complete
    clause (see the module docstring)."""
    text = doc.text
    out: list[re.Match] = []
    roles, function_words = ctx.words("segment.name_roles"), ctx.words("words.function_words", "segment.title_joining")
    openers, calendar = ctx.words("segment.sentence_openers"), ctx.words("segment.attribution_time_words")
    roles_at = _role_starts(text, s, e, ctx.rules)
    if not roles_at:
        return out  # no word naming a role before a capitalised word in the paragraph: no title
    for m in _TITLE_START.finditer(text, s, e):
        if m.group(2) in openers or m.group(2).lower() in calendar or m.group(2).lower() in function_words:
            continue
        if not _role_ahead(text, roles_at, m.start(2)):
            continue  # no role word and name among the words read ahead (the cheap test before reading them)
        run = _WORDS.match(text, m.start(2), min(e, m.start(2) + 120))
        words = run.group(0).split() if run else []
        n = _titled_name(words, roles, function_words)
        if not n:
            continue
        at = [w.lower() in roles for w in words[:n]].index(True) + 1
        name = words[at]
        if name in openers or n - at < 2 and lexicon.is_common_word(name.lower()) and (
                lexicon.capital_ratio(name) or 0.0) < 0.5:
            continue  # 'chief executive Dutch co-chairman': a word, not a name
        near = text[max(s, m.start() - 60):m.start()]
        if not _plain_word_before(near) or sum(lexicon.pair_counts(m.group(2).lower(), "<", near.rsplit(" ", 1)[-1].lower())) >= 3:
            continue  # 'conferences with police Chief Tom Jackson': news writes 'police chief' in mid-sentence
        after = m.start(2) + len(" ".join(words[:n]))
        rest = text[after:min(e, after + 40)]
        if (not _verb_next(rest) or relative_heads.inside_relative(near, ctx.rules) or lost_stops.object_slot(near, ctx)
                or lost_stops.verb_gap(rest, ctx) is True or _speech_tag(text[after:min(e, after + 120)], ctx)):
            continue  # 'the challenges Prime Minister Rishi Sunak now faces.', 'the case Chief Inspector Smith said.'
        if lost_stops.opens_after_clause(doc, m, s, ctx):
            out.append(m)
    return out
