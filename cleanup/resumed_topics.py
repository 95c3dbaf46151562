"""A capitalised pronoun that resumes a topic the sentence has just named (segment.lost_boundary.resumed_topic).

Languages that put the topic first (Thai, Arabic, Chinese, Japanese) name it, then take it up again
with a pronoun; MT keeps both and capitalises the pronoun as if a sentence began there:

- ``stressed in the context that the protests in Algeria It shrank``: the subject of a
  ``that``-clause, no verb yet, then the pronoun and the verb that clause was waiting for;
- ``which must be fair to the police as well Now the allegations It takes time``: an opener
  in mid-sentence, a noun phrase with no verb, then the pronoun and its clause;
- ``to join hands with the far-reaching how much is possible This depends``: a clause
  opened by ``how`` or ``what`` after a noun (a subject clause, not a verb's object), then
  ``This`` and its verb.

A full stop there leaves a clause without its verb (``that the protests in Algeria.``) or a
stranded phrase; the pronoun belongs to the same sentence.  Whether the editor wants a comma
(``the allegations, it takes time``) or the pronoun gone (``the protests in Algeria shrank``)
depends on the sentence, so the repair is only offered: the pronoun goes when the verb after it
is past or modal (no agreement to mend), otherwise a comma joins the two halves.
"""

from __future__ import annotations

import re

from . import tagger
from .doc import Context
from .edits import Change

#: the first word of a noun phrase that a clause opener's subject begins with ('that the protests')
_SUBJECT_START = r"(?:the|a|an|this|these|those|its|their|his|her|our|some|many|most|[A-Z][\w’'-]*)"
#: words that end a stretch read back from the pronoun: a clause was closed there
_STOP_MARK = re.compile(r"[.!?;:,()“”\"]")
#: tags of a word a subject clause may follow ('the far-reaching how much', 'the question what')
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
#: the verb after the pronoun: past or modal (the pronoun may go whatever the topic's number)
_NO_AGREEMENT = frozenset({"VBD", "MD"})
_MAX_TOPIC_WORDS = 8


def _topic_after_opener(before: str, ctx: Context) -> str | None:
    """The stretch at the end of ``before`` that a clause opener begins and no verb ends:
    ``that the protests in Algeria``, ``Now the allegations``, ``how much is possible``; None
    when the last words are not such a stretch."""
    tail = _STOP_MARK.split(before)[-1]
    words = tail.split()
    openers = ctx.words("segment.subject_clause_openers")
    adverbs = ctx.words("segment.sentence_adverbs")
    times = ctx.words("segment.time_relative_heads")  # 'will breach that this year It will be': a time, no subject
    for i in range(len(words) - 1, max(0, len(words) - _MAX_TOPIC_WORDS - 1) - 1, -1):
        w = words[i]
        rest = " ".join(words[i + 1:])
        if not rest or i == 0:
            continue  # an opener at the sentence's start: a heading or a fragment, not a topic inside a clause
        head = " ".join(words[:i])
        if w in openers and re.match(_SUBJECT_START + r"\b", rest) and words[-1].lower() not in times:
            return None if tagger.has_clause(rest) or not tagger.has_clause(head) else rest
        if w in adverbs and words[i - 1][:1].islower():
            return None if tagger.has_clause(rest) or not tagger.has_clause(head) else rest
        if w in ("how", "what") and len(words) - i <= 5:  # a short subject clause: 'how much is possible'
            tagged = tagger.tags(" ".join(words[max(0, i - 4):i + 1]))
            if len(tagged) >= 2 and tagged[-1][0] == w and tagged[-2][1] in _NOUN_TAGS:
                return rest if i >= 3 else None  # its own words are the clause's subject; no verb needed before
    return None


def resumed_topic(text: str, m: re.Match, kind: str, sentence_start: int, ctx: Context,
                  out: list[Change]) -> Change | None:
    """An offer for ``that the protests in Algeria It shrank`` (the pronoun goes) or ``as well
    Now the allegations It takes time`` (a comma joins): the pronoun at ``m`` takes up a topic
    that has no verb of its own, so no full stop belongs before it.  None for any other shape.
    The comma and the pronoun's lower case are two offers (the second put on ``out``): the casing
    stage may lower the capital itself (``possible This depends``), and a fix drops any offer it
    touches, so the comma must not touch the capital."""
    if kind not in ("pronoun", "determiner") or m.group(2).lower() not in ctx.words("segment.resuming_pronouns"):
        return None
    before = text[max(sentence_start, m.start() - 200):m.start()]
    if "\n" in before or _topic_after_opener(before, ctx) is None:
        return None
    after = tagger.tags(text[m.start(2):m.start(2) + 80].split("\n")[0])
    if len(after) < 2 or not after[1][1].startswith(("VB", "MD")):
        return None  # 'This month', 'These people': a noun phrase, not a pronoun and its verb
    rule = "segment.lost_boundary.resumed_topic"
    if after[1][1] in _NO_AGREEMENT:
        return ctx.change(m.start(), m.end(2), "", rule)
    lower = ctx.change(m.start(2), m.start(2) + 1, m.group(2)[0].lower(), rule)
    out.extend([lower] if lower else [])
    return ctx.change(m.start(), m.start(), ",", rule)
