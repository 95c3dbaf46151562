"""The second clause of a comma splice when it opens with a noun phrase or a time adverb:
``had to leave the villages, 100 of them were tourists``, ``injured by flying debris, the
driver of the car had suffered a shock``, ``neutralized by a guard, preliminary information
indicates``, ``used to beat citizens, today the same police escort``.

Machine translation from languages that join sentences with a comma (Russian, German, Hebrew,
Spanish, Bulgarian, Czech ...) keeps the comma; a regular expression cannot tell these from an
apposition (``in 2010, the year the team won``) or a list, so the noun phrase is read with the
pattern tagger (:mod:`cleanup.tagger`): determiners, adjectives, nouns and ``of`` phrases up to a
verb, and nothing that opens a relative clause on the way.  :mod:`cleanup.splices` checks the
clause before the comma and decides."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import tagger
from .fragments import main_clauses
from .rules import load_rules

_NOUN = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
_MODIFIER = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "POS", "VBN", "VBG"})
_OBJECT = frozenset({"DT", "PRP$", "JJ", "CD", "PRP"})
_WORD = re.compile(r"[\w’'-]+")


class _Words(NamedTuple):
    determiners: frozenset[str]  # open a noun-phrase subject ('the', 'its', 'two', 'dozens')
    time_adverbs: frozenset[str]  # open a clause with its own subject ('..., today the same police escort')
    prepositions: frozenset[str]  # inside the subject: 'the driver of the car'
    reporting: frozenset[str]  # an attribution's verbs ('..., a committee of MPs has warned')
    time_nouns: frozenset[str]  # a clause follows them without 'that': 'the first time Wales had toured'
    verb_group: frozenset[str]  # auxiliaries and adverbs before the verb of an attribution ('has also warned')
    not_subjects: frozenset[str]  # open no subject: 'whilst John received'
    objects: frozenset[str]  # object pronouns: 'families cut/NN them'


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The word lists of the comma-splice shapes (``segment.splice_*``), read once from the
    shipped rules: :func:`subject_verb` is a tagger-level check, asked with no rule set at hand."""
    rules = load_rules()
    return _Words(rules.words("segment.splice_determiners"), rules.words("segment.splice_time_adverbs"),
                  rules.words("segment.splice_subject_prepositions"), rules.words("segment.splice_reporting_verbs"),
                  rules.words("segment.splice_time_nouns"), rules.words("segment.splice_verb_group"),
                  rules.words("segment.splice_not_subjects"), rules.words("words.object_pronouns"))


def _verb_at(tagged: tuple[tuple[str, str], ...], i: int, head: bool) -> bool:
    """Is the word at ``i``, after a subject, its verb?  A finite tag (not a participle before
    'by': 'a magazine put out by'); a base form or a participle the tagger could not place,
    straight after a noun and before its object ('families cut/VB costs', 'an avalanche
    killed/VBN the'); a verb it read as a noun in a compound ('the same police escort/NN
    elderly people', 'the building houses/NNS a museum')."""
    word, tag = tagged[i]
    nxt = tagged[i + 1][1] if i + 1 < len(tagged) else ""
    by = [w.lower() for w, _ in tagged[i + 1:i + 3]]
    if "by" in by and word.endswith(("ed", "t", "n")):
        return False
    if tag in tagger.FINITE:
        return True
    prev = tagged[i - 1][1] if i else ""
    if not head or not word.islower() or prev not in {"NN", "NNS", "NNP", "NNPS"}:
        return False
    if tag in {"VB", "VBP"} and nxt in _OBJECT | {"NN", "NNS", "RB", "IN", "TO"} or tag == "VBN" and nxt in _OBJECT - {"JJ"}:
        return True
    nxt2 = tagged[i + 2][1] if i + 2 < len(tagged) else ""
    obj = nxt in {"DT", "PRP$"} or nxt == "JJ" and nxt2 in {"NN", "NNS"} \
        or i + 1 < len(tagged) and tagged[i + 1][0] in _words().objects
    return tag in {"NN", "NNS"} and obj and tagger.could_be_verb(word)


def subject_verb(text: str) -> str | None:
    """The verb after the noun-phrase subject that opens ``text``, or None when ``text`` does
    not open with a subject and its verb ('the year the team won': a second determiner after a
    noun opens a relative clause; 'the man who', 'the plan, which': no verb of its own).

    >>> subject_verb("the driver of the car had suffered a shock")
    'had'
    >>> subject_verb("the year the team won the league") is None
    True
    """
    tagged = tagger.tags(text)
    words = _words()
    time_nouns, prepositions = words.time_nouns, words.prepositions
    head = noun = False  # a word that may head the phrase ('the terrorist/JJ was'); a noun
    after_prep = False  # inside 'of the car': its noun phrase comes first
    for i, (word, tag) in enumerate(tagged[:14]):
        low = word.lower()
        if head and not after_prep and _verb_at(tagged, i, head):
            return low
        if noun and (tag in {"NNP", "NNPS"} and tagged[i - 1][1] in {"NN", "NNS"}
                     or tagged[i - 1][0].lower() in time_nouns and tag not in {"IN"} | tagger.FINITE):
            return None  # 'the first time Wales had toured', 'the first time Chinese-built cars will'
        if after_prep and tag == "VBG":
            return None  # 'a great way of letting your mates discover': an apposition
        if after_prep and tag in _NOUN | _MODIFIER | {"PRP"}:
            after_prep = tag in _MODIFIER - {"CD", "JJ"}
            head = noun = head or tag in _NOUN | {"PRP", "JJ"}
        elif tag == "IN" and low in prepositions and noun and not after_prep:
            after_prep = True
        elif tag == "RB" and head and i + 1 < len(tagged) and tagged[i + 1][1] in tagger.FINITE:
            continue  # 'the police also said'
        elif tag in _NOUN or tag in _MODIFIER and not (noun and tag in {"DT", "PRP$"}):
            head = head or tag in _NOUN | {"JJ"}
            noun = noun or tag in _NOUN
        else:
            return None
    return None


@lru_cache(maxsize=8192)
def clause_shape(after: str, speech: frozenset[str]) -> str | None:
    """What opens the clause after the comma: ``subject`` (a determiner or a number and its
    noun phrase, then a verb), ``bare_subject`` (an adjective or a noun without a determiner:
    'preliminary information indicates'), ``adverb`` (a time adverb, then a subject: 'today the
    same police escort'); None for anything else, and for a speech tag ('the minister said').
    Remembered (it reads only its arguments and the shipped word lists): the next pass asks again
    of every comma in a paragraph no stage changed (1 MB of BBC: some 5,300 commas a pass)."""
    words = _WORD.findall(after[:200])
    if len(words) < 4:
        return None
    first = words[0].lower()
    lists = _words()
    kind = "subject" if first in lists.determiners or first[0].isdigit() else "bare_subject"
    if first in lists.time_adverbs:
        head, _, rest = after.partition(" ")
        if head.lower() != first or not rest.strip():
            return None  # 'today.com/news/...', 'today…the…same': no word of its own, no clause after it
        kind, after = "adverb", rest.lstrip()
        if after.split(" ", 1)[0] in {"he", "she", "they", "we", "it", "I", "there"}:
            return kind if main_clauses(after) >= 1 else None
    elif not (words[0][0].islower() or first[0].isdigit()):
        return None
    elif kind == "bare_subject" and (tagger.tags(first)[0][1] not in {"JJ", "NN", "NNS"} or first.endswith(("ing", "ed"))):
        return None
    if first in lists.not_subjects:
        return None
    verb = subject_verb(after[:200])
    if verb is None or _reporting(after, verb, speech):
        return None
    return kind


def _reporting(after: str, verb: str, speech: frozenset[str]) -> bool:
    """Is the verb group an attribution ('the minister said', 'a committee has warned', 'the
    agency is warning')?  The verb and the words of its group after it are read."""
    words = [w.lower() for w in _WORD.findall(after[:200])]
    at = words.index(verb) if verb in words else 0
    group = [verb] + [w for w in words[at + 1:at + 4]]
    lists = _words()
    for w in group:
        if w in speech or w in lists.reporting or set(tagger.verb_forms(w)) & (speech | lists.reporting):
            return True
        if w not in lists.verb_group:
            return False
    return False
