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

from . import tagger
from .fragments import main_clauses

#: the opening words a noun-phrase subject may have after the comma
_DETERMINED = frozenset({"the", "these", "this", "those", "that", "its", "their", "his", "her", "our", "my",
                         "a", "an", "all", "some", "many", "most", "several", "both", "each", "every", "no",
                         "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                         "hundreds", "thousands", "half", "another", "other", "none", "neither"})
#: adverbs of time that open a clause with its own subject ('..., today the same police escort')
TIME_ADVERBS = frozenset({"today", "now", "nowadays", "currently", "yesterday", "meanwhile", "later"})
_NOUN = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
_MODIFIER = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "POS", "VBN", "VBG"})
#: a preposition inside the subject: 'the driver of the car', 'the number of wounded in the area'
_INNER_PREPOSITIONS = frozenset({"of", "in", "at", "from", "on", "for", "with"})
_OBJECT = frozenset({"DT", "PRP$", "JJ", "CD", "PRP"})
_WORD = re.compile(r"[\w’'-]+")
#: verbs of an attribution after the comma ('..., a committee of MPs has warned'; 'is warning')
_REPORTING = frozenset({"said", "warned", "suggested", "told", "posted", "reported", "added", "stated", "claimed",
                        "revealed", "announced", "insisted", "noted", "wrote", "tweeted", "found", "showed", "confirmed",
                        "estimated", "argued", "explained", "quoted", "cited", "according", "ruled", "goes"})
#: nouns a clause follows without 'that': 'the first time Wales had toured', 'the night Mocha stayed'
TIME_NOUNS = frozenset({"time", "times", "year", "years", "day", "days", "night", "moment", "week", "month", "way"})
_AUXILIARY = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
                        "could", "can", "may", "might", "should", "must", "also", "not", "now", "already"})
#: no subject: 'whilst John received', 'while ...'
_NOT_SUBJECT = frozenset({"whilst", "while", "whereas", "although", "though", "because", "unless", "until", "if",
                          "when", "where", "since", "once", "than", "whether"})


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
        or i + 1 < len(tagged) and tagged[i + 1][0] in {"him", "them", "us", "me"}
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
    head = noun = False  # a word that may head the phrase ('the terrorist/JJ was'); a noun
    after_prep = False  # inside 'of the car': its noun phrase comes first
    for i, (word, tag) in enumerate(tagged[:14]):
        low = word.lower()
        if head and not after_prep and _verb_at(tagged, i, head):
            return low
        if noun and (tag in {"NNP", "NNPS"} and tagged[i - 1][1] in {"NN", "NNS"}
                     or tagged[i - 1][0].lower() in TIME_NOUNS and tag not in {"IN"} | tagger.FINITE):
            return None  # 'the first time Wales had toured', 'the first time Chinese-built cars will'
        if after_prep and tag == "VBG":
            return None  # 'a great way of letting your mates discover': an apposition
        if after_prep and tag in _NOUN | _MODIFIER | {"PRP"}:
            after_prep = tag in _MODIFIER - {"CD", "JJ"}
            head = noun = head or tag in _NOUN | {"PRP", "JJ"}
        elif tag == "IN" and low in _INNER_PREPOSITIONS and noun and not after_prep:
            after_prep = True
        elif tag == "RB" and head and i + 1 < len(tagged) and tagged[i + 1][1] in tagger.FINITE:
            continue  # 'the police also said'
        elif tag in _NOUN or tag in _MODIFIER and not (noun and tag in {"DT", "PRP$"}):
            head = head or tag in _NOUN | {"JJ"}
            noun = noun or tag in _NOUN
        else:
            return None
    return None


def clause_shape(after: str, speech: frozenset[str]) -> str | None:
    """What opens the clause after the comma: ``subject`` (a determiner or a number and its
    noun phrase, then a verb), ``bare_subject`` (an adjective or a noun without a determiner:
    'preliminary information indicates'), ``adverb`` (a time adverb, then a subject: 'today the
    same police escort'); None for anything else, and for a speech tag ('the minister said')."""
    words = _WORD.findall(after[:200])
    if len(words) < 4:
        return None
    first = words[0].lower()
    kind = "subject" if first in _DETERMINED or first[0].isdigit() else "bare_subject"
    if first in TIME_ADVERBS:
        kind, after = "adverb", after.split(" ", 1)[1]
        if after.split(" ", 1)[0] in {"he", "she", "they", "we", "it", "I", "there"}:
            return kind if main_clauses(after) >= 1 else None
    elif not (words[0][0].islower() or first[0].isdigit()):
        return None
    elif kind == "bare_subject" and (tagger.tags(first)[0][1] not in {"JJ", "NN", "NNS"} or first.endswith(("ing", "ed"))):
        return None
    if first in _NOT_SUBJECT:
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
    for w in group:
        if w in speech or w in _REPORTING or set(tagger.verb_forms(w)) & (speech | _REPORTING):
            return True
        if w not in _AUXILIARY:
            return False
    return False
