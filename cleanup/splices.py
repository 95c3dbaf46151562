"""Comma splices: two clauses joined by a bare comma (``the motorcyclist, he had to give his
name``), parted by a semicolon (``segment.comma_splice.*``; applied in a translation whose source
language is known, offered in other copy).  Whether each side is a clause is
read as :mod:`cleanup.fragments` reads fragments (the pattern tagger's finite verbs)."""

from __future__ import annotations

import re

from . import tagger
from .doc import Context, Doc
from .edits import Change
from .fragments import clauses_in, in_quotation, main_clauses

_SPLICE = re.compile(r",(?<=[\w’'%)],)( )(?:(he|she|they|it|we|I)\b|((?:the|these|this|those|its|their|his|her|two|three|"
                     r"four|five|six|seven|eight|nine|ten|\d+)(?: [a-z][\w-]*){1,3}|this)(?= (?:is|are|was|were|has|have|had|will|would|can|cannot|could|"
                     r"should|must|did|does|do)\b)|(as a result|first of all|in addition|moreover|"
                     r"consequently)\b)")
#: these head a subordinate clause that a comma may close: 'If X, he...'; 'He said that when X, they...'
_SUBORDINATORS = frozenset({"if", "when", "whenever", "although", "though", "because", "while", "whilst", "as",
                            "after", "before", "since", "unless", "until", "once", "whether", "whereas", "where"})


_UNKNOWN_SOURCE = 0.5  # the confidence of a splice in text whose source language is not known
_LONGEST = 1_500  # characters of a sentence whose commas are read for a splice

_CLAUSE_START = frozenset({"DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "EX"})


def _splice_kind(m: re.Match) -> str:
    return "pronoun" if m.group(2) else "subject" if m.group(3) else "connective"


_PLAIN_STOP = re.compile(r"[\"“”:;]|(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bfor )\bthat\b"
                         r"|(?:not|n[’']t) (?:just|only)\b|\b(?:so|such)\b(?: [\w’'-]+){0,3}$")
_STOP_AHEAD = re.compile(r"[.!?](?=\s|$)")
_OPENING_PHRASE = frozenset({"in", "on", "at", "by", "for", "from", "with", "without", "after", "during", "despite",
                             "under", "over", "thanks", "according", "even", "should", "had", "were", "to", "like",
                             "unlike", "besides", "instead", "then", "now", "still", "yes", "no", "of"})
_SPEECH = frozenset({"said", "says", "say", "added", "told", "thinks", "believes", "argues", "announced", "reported",
                     "wonder", "think", "believe", "confirmed", "hoped", "expected", "understood", "thought",
                     "believed", "feared", "known", "claimed", "alleged", "estimated", "reckon"})


def _plain_clause(before: str, cut: bool = False) -> bool:
    """Cheap tests first: not a quotation, a list, a complement ('explained that initially, his
    firm'), 'not just X, Y', 'so enormous, it', 'the more X, the more Y'; not opening with a
    subordinator, a preposition, a participle or an adverb ('After the first year, we').
    ``cut``: the text after a colon or a complement 'that' (see :func:`_complement_tail`),
    where a later 'that' is a relative ('events that will remain')."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", before)]
    words = words[1:] if words and words[0] in {"and", "but", "so", "yet"} else words
    if len(words) < 4 or words[0] in _SUBORDINATORS or words[0] in _OPENING_PHRASE or words[0].endswith(("ed", "ing", "ly")):
        return False
    stop = (_TAIL_STOP if cut else _PLAIN_STOP).search(before)
    return not stop and not re.match(r"(?i)the \w+er\b", before)


_TAIL_STOP = re.compile(r"[\"“”:;]|(?:not|n[’']t) (?:just|only)\b|\b(?:so|such)\b(?: [\w’'-]+){0,3}$")
_COMPLEMENT = re.compile(r"(?::|(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bfor )\bthat\b) +")


def _complement_tail(before: str) -> str | None:
    """The clause after the first colon or complement 'that' ('remind netizens: the Internet is
    not a lawless place', 'meaning that there were events that will remain in history'), which
    a comma splice may follow; None when there is neither."""
    m = _COMPLEMENT.search(before)
    return before[m.end():] if m else None


def _plain_independent(before: str) -> bool:
    """A whole clause before the comma: the text itself, or the clause after its colon or
    complement 'that' (a comma after 'explained that initially' closes a phrase: too short)."""
    tail = _complement_tail(before)
    if tail is None:
        return _plain_clause(before) and _independent(before)
    return _main_head(before[:len(before) - len(tail)]) and _plain_clause(tail, cut=True) and _independent(tail)


def _main_head(head: str) -> bool:
    """Does the text before the colon or complement 'that' open a main clause?  Not 'After
    being informed that ...', 'If they find that ...', 'However, if we say that ...', 'regarding
    the measures that ...': the comma after them closes a subordinate clause or an opening
    phrase, and the sentence goes on."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", head)]
    while words and words[0] in {"and", "but", "so", "yet", "however", "also", "therefore"}:
        words = words[1:]
    # 'meaning that ...' after a clause is its complement; 'regarding the measures that ...' a phrase
    return bool(words) and not (words[0] in _SUBORDINATORS or words[0] in _OPENING_PHRASE
                                or words[0] in {"regarding", "concerning", "considering", "including", "given"})


def _independent(before: str) -> bool:
    """Is the text before the comma a whole clause of its own (one tagging)?  Not when it ends
    in a subordinate clause ('If prices rise, it...'; 'He said that when prices rise, they...')
    or in a phrase after 'and' ('They will stay and for the rest of their lives, they...')."""
    tagged = list(tagger.tags(before))
    low = [w.lower() for w, _ in tagged]
    last = max((i for i, w in enumerate(low) if w in _SUBORDINATORS), default=None)
    if last is not None and clauses_in(tagged[last + 1:]) >= 1:
        return False
    cc = max((i for i, w in enumerate(low) if w in {"and", "but", "or"}), default=-1)
    if not any(t in tagger.FINITE for _, t in tagged[cc + 1:]):
        return False
    # a subject and its relative clause, no verb of its own: 'Those who voted for the plan, they will'
    rel = next((i for i, (_, t) in enumerate(tagged) if t in {"WP", "WP$", "WDT"}), None)
    if rel is not None and not any(t in tagger.FINITE for _, t in tagged[:rel]) \
            and sum(t in tagger.FINITE for _, t in tagged[rel:]) < 2:
        return False
    # a clause that opens with its subject: not 'Aimed at children', 'Should he win'
    first = next((t for w, t in zip(low, (t for _, t in tagged)) if w not in {"and", "but", "so", "yet"}), "")
    return first in _CLAUSE_START


def _plain_after(after: str, speech: frozenset[str]) -> bool:
    """Not a parenthesis or an attribution ('It was, he said, a mistake'; '..., it was
    confirmed.'), not a question."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", after)]
    return not (any(w in speech for w in words[:5]) or after.rstrip().endswith("?") or len(words) < 4)


def _clause_after(after: str, connective: bool) -> bool:
    """After the comma, a clause of its own: 'he had to give', 'the glass was blown out';
    after a connective, a clause past its phrase ('as a result of fire, several houses burned')."""
    if connective:
        parts = after.split(",", 1)
        return len(parts) == 2 and main_clauses(parts[1]) >= 1
    return main_clauses(after) >= 1


def comma_splices(doc: Doc, ctx: Context) -> list[Change]:
    """``the police questioned the rider, he had to give his name``: two clauses joined by a
    bare comma.  A semicolon parts them (a full stop is the other way)."""
    text = doc.text
    out: list[Change] = []
    speech = ctx.words("words.speech_verbs") | _SPEECH
    for ps, pe in doc.body:
        for m in _SPLICE.finditer(text, ps, pe):
            # the sentence around the comma, found by its stops (no full segmentation: this runs
            # on every comma before a subject)
            stop = max(text.rfind(". ", ps, m.start()), text.rfind("! ", ps, m.start()), text.rfind("? ", ps, m.start()))
            s = ps if stop == -1 else stop + 2
            ahead = _STOP_AHEAD.search(text, m.end(), pe)
            e = ahead.end() if ahead else pe
            if e - s > _LONGEST:
                continue  # no sentence, a run of clauses without a stop: each comma would read all of it
            # a pronoun or a subject splices onto a clause ('..., as a person of this land, I
            # struggled' has none before it); a connective onto the sentence so far
            start = s if m.group(4) else max(s, text.rfind(",", s, m.start()) + 1)
            before, after = text[start:m.start()], text[m.end(1):e]
            if in_quotation(text, ps, m.start()):
                continue  # people speak in comma splices: a quotation is theirs
            if not (_plain_after(after, speech) and _plain_independent(before)
                    and (start == s or _plain_independent(text[s:m.start()]))
                    and _clause_after(after, bool(m.group(4)))):
                continue
            # applied in a translation from a language a pack knows; offered in other copy, which
            # may look like MT for its other slips (readers' comments: 'I think he deserves it, he has')
            ch = ctx.change(m.start(), m.start() + 1, ";", "segment.comma_splice." + _splice_kind(m),
                            confidence=None if ctx.language else _UNKNOWN_SOURCE)
            if ch:
                out.append(ch)
    return out
