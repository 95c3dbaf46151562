"""Fragments and comma splices: a sentence cut in two, and two sentences run together.

A piece after a full stop that opens with a subordinator (``Because``, ``When``, ``Although``),
a preposition that heads no clause (``According to``, ``Among``, ``Including``) or a
participle, and has no main clause of its own, cannot stand alone: it joins the sentence
before it (``segment.fragment.*``).  Two clauses joined by a bare comma (``the motorcyclist,
he had to give his name``) are offered a semicolon (``segment.comma_splice.*``).

Whether a piece has a main clause is read from the pattern tagger (:mod:`cleanup.tagger`):
finite verbs, less those a relative pronoun takes (``people who do not agree`` is no clause
of its own).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import tagger
from .doc import Context, Doc
from .edits import Change
from .lexicon import is_common_word
from .rules import RuleSet

#: opener -> (rule, kind): ``sub`` and ``time`` head a subordinate clause, ``phrase`` a list,
#: ``source`` a phrase with no verb of its own ('Among them was...' has one), ``purpose`` an
#: infinitive, ``and`` a verb phrase that lost its subject
_OPENERS = {
    "Because": ("because", "sub"), "Which": ("which", "which"),
    "Although": ("although", "sub"), "Though": ("although", "sub"), "Whereas": ("although", "sub"),
    "Even though": ("although", "sub"), "While": ("although", "sub"),
    "When": ("because", "time"), "Unless": ("because", "time"),
    "Including": ("including", "phrase"), "Such as": ("including", "phrase"), "Especially": ("including", "phrase"),
    "According to": ("including", "source"), "Among": ("including", "source"),
    "And also": ("and_also", "and"), "In order to": ("in_order_to", "purpose"), "So as to": ("in_order_to", "purpose"),
    "So that": ("in_order_to", "purpose"),
}
#: openers that take a comma when joined: ", which", ", although", ", according to", ", making"
_COMMA_JOIN = {"Which", "Including", "Such as", "Especially", "Although", "Though", "Whereas", "Even though", "While",
               "According to", "Among"}
_OPENER_ALT = "|".join(sorted(_OPENERS, key=len, reverse=True))
_FRAGMENT = re.compile(r"(?<=[a-z’'”0-9%)])\.( +)(" + _OPENER_ALT + r"|(?!During\b|Nothing\b|Something\b|Everything\b|Anything\b)[A-Z][a-z]{2,}ing\b(?= [a-z])|[A-Z][a-z]{3,}ed(?= (?:from|by|with|in|to)\b))"
                       r"\b(?=,? [\w“\"])")
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that", "where"})


_SUBJECT = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "EX"})
_VERBISH = frozenset({"NN", "NNS", "VB", "VBN", "VBP", "JJ"})


_CONTRACTION = re.compile(r"'(s|re|ll|ve|d|m)\b", re.IGNORECASE)
_EXPANDED = {"s": " is", "re": " are", "ll": " will", "ve": " have", "d": " would", "m": " am"}


def main_clauses(text: str) -> int:
    """How many verbs with a subject stand outside relative clauses ('people who do not agree'
    has none of its own; 'Among them was a child' has one).  A word after a subject that English
    knows as a verb counts, whatever the tagger said ('they plan/NN to')."""
    n, relative, subject = 0, False, False
    for word, tag in tagger.tags(_CONTRACTION.sub(lambda m: _EXPANDED[m.group(1).lower()], text.replace("’", "'"))):
        low = word.lower()
        if low in _RELATIVE and tag in {"WDT", "WP", "WP$", "WRB", "IN", "DT"}:
            relative, subject = True, False
            continue
        verb = tag in tagger.FINITE or (subject and tag in _VERBISH and word.islower() and tagger.could_be_verb(word))
        if verb or tag.startswith("VB"):
            if relative:  # the relative clause's own verb
                relative, subject = False, False
                continue
            n += verb
            subject = False
        elif tag != "RB":  # 'agents reportedly downloaded'
            subject = tag in _SUBJECT
    return n


@lru_cache(maxsize=8)
def _aside(rules: RuleSet) -> re.Pattern:
    """The end of a sentence that reports speech: after it, 'Which is odd.' is the writer's aside."""
    return re.compile(rf"(?:\b(?:{rules.alternation('words.speech_verbs')})(?: \w+)?|[\"”])$")


def _after_comma_clause(rest: str) -> bool:
    """'When asked, he said no': a comma, then a clause with its subject."""
    return any(main_clauses(part) for part in rest.split(",")[1:] if len(part.split()) >= 2)


def _verdict(word: str, rest: str) -> str | None:
    """'fix', 'doubt' or None (a whole sentence) for the piece ``word rest``."""
    rule, kind = _OPENERS.get(word, ("participle", "participle"))
    if kind == "which" or kind == "and":
        return "fix"
    if kind == "sub" and rule == "because":
        if "," in rest or (rest.startswith(" of") and len(rest.split()) > 10):
            return None  # "Because of the storm, fans stayed at home"
        return "fix" if main_clauses(rest) <= 1 else "doubt"  # "Because he knew it he..."
    if "," in rest and _after_comma_clause(rest):
        return None  # "When asked, he said no"; "According to police, the man..."; "Speaking on Monday, he..."
    if kind in {"sub", "time"}:
        # one clause is the subordinate one ('While the economy grows he warned...' has a second)
        return "fix" if main_clauses(rest) == 1 and "," not in rest else "doubt"
    if kind in {"purpose", "phrase"}:
        return "fix"
    if main_clauses(rest) > 0:
        return None  # "Among the dead was a child"; "Shutting down sites crippled the network"
    # a phrase or a participle ("Making it difficult to look", "Suffered from a storm") with no
    # verb of its own
    return "fix" if kind == "source" or is_common_word(word) else None


def _in_quotation(text: str, para_start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation that opened earlier in its paragraph?"""
    before = text[para_start:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _joiner(word: str) -> str:
    return ", " if word in _COMMA_JOIN or word.endswith("ing") and word not in _OPENERS else " "


def _doubtful(doc: Doc, ctx: Context, word: str, stop: int, para: int) -> bool:
    """Weaker evidence: after reported speech a 'Which is odd.' is the writer's aside; inside a
    quotation a fragment is how people speak; a previous 'sentence' with no clause is a heading."""
    text = doc.text
    prev_sentence = text[doc.sentence_start(stop, para):stop].strip()
    if word == "Which" and _aside(ctx.rules).search(prev_sentence):
        return True
    if _in_quotation(text, para, stop) or (word == "Especially" and not ctx.mt_like):
        return True
    return len(prev_sentence.split()) < 3 or not (tagger.has_clause(prev_sentence) or main_clauses(prev_sentence))


def merge_fragments(doc: Doc, ctx: Context) -> list[Change]:
    """A sentence that cannot stand alone (``Because China has...`` with no main clause,
    ``Which is...``, ``According to the ministry.``) joins the sentence before it."""
    text = doc.text
    out: list[Change] = []
    for s, e in doc.body:
        for m in _FRAGMENT.finditer(text, s, e):
            word = m.group(2)
            frag_end = min(e, doc.sentence_at(m.end())[1])
            end = m.end(2)
            if text.startswith(",", end):  # "Because, that way it can be known": the comma goes too
                end += 1
            rest = text[end:frag_end]
            if rest.rstrip().endswith("?") or len(rest.split()) < 2:
                continue
            verdict = _verdict(word, rest.rstrip(".!?"))
            if verdict is None:
                continue
            doubt = verdict == "doubt" or _doubtful(doc, ctx, word, m.start(), s)
            rid = "segment.fragment." + _OPENERS.get(word, ("participle",))[0]
            ch = ctx.change(m.start(), end, _joiner(word) + word[0].lower() + word[1:], rid, doubt=doubt)
            if ch:
                out.append(ch)
    return out
