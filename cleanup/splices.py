"""Comma splices: two clauses joined by a bare comma (``the motorcyclist, he had to give his
name``), parted by a semicolon (``segment.comma_splice.*``; applied in a translation whose source
language is known, ``Context.language``, given or detected; offered in other copy, whatever the
generic MT detector says: a native writer's splice and formal register fool it).  The second clause opens with a
pronoun, a subject and its verb (:mod:`cleanup.splice_shapes`), or a connective.  Whether each side is a clause is
read as :mod:`cleanup.fragments` reads fragments (the pattern tagger's finite verbs)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import NamedTuple

from . import tagger
from .doc import Context, Doc
from .edits import Change
from .fragments import clauses_in, in_quotation, main_clauses
from .rules import load_rules
from .sentences import dateline
from .splice_shapes import clause_shape


@lru_cache(maxsize=1)
def _splice() -> re.Pattern[str]:
    """A comma before a pronoun, a short subject and its verb, or a connective (group 2, 3, 4):
    ``segment.splice_pronouns``, ``_subject_openers``, ``_subject_verbs``, ``_connectives``, read once
    from the shipped rules, as :func:`_words`."""
    rules = load_rules()
    pronouns = rules.alternation("segment.splice_pronouns")
    openers = rules.alternation("segment.splice_subject_openers")
    verbs = rules.alternation("segment.splice_subject_verbs")
    connectives = rules.alternation("segment.splice_connectives")
    return re.compile(rf",(?<=[\w’'%)],)( )(?:({pronouns})\b|((?:{openers}|\d+)(?: [a-z][\w-]*){{1,3}}|this)"
                      rf"(?= {verbs}\b)|({connectives})\b)")


#: any comma before a lower-case word or a number: the clause after it is read by splice_shapes
_COMMA = re.compile(r",(?<=[\w’'%)],)( )(?=[a-z\d]|I\b)")


_LONGEST = 1_500  # characters of a sentence whose commas are read for a splice
#: the confidence of a splice in copy whose source language is not known (offered, not applied)
_UNKNOWN_SOURCE = 0.5

_CLAUSE_START = frozenset({"DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "EX"})


def _splice_kind(m: re.Match) -> str:
    return "pronoun" if m.group(2) else "subject" if m.group(3) else "connective"


_PLAIN_STOP = re.compile(r"[\"“”:;]|(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bfor )\bthat\b"
                         r"|(?:not|n[’']t) (?:just|only)\b|\b(?:so|such)\b(?: [\w’'-]+){0,3}$")


class _Words(NamedTuple):
    subordinators: frozenset[str]  # head a clause a comma may close: 'If X, he...'; 'He said that when X, they...'
    opening: frozenset[str]  # open a phrase, no clause, before a comma: 'After the first year, we'
    complement: frozenset[str]  # verbs whose complement holds the comma: 'Organizers say this year, public interest is'
    clause_links: frozenset[str]  # read past at the clause's start: 'And the talks ended, ...'
    head_links: frozenset[str]  # read past before a complement 'that': 'However, we say that ...'
    phrase_heads: frozenset[str]  # a phrase, no main clause, before 'that': 'regarding the measures that'


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The word lists of the clause tests (``segment.splice_subordinators``, ``_opening_words``,
    ``_complement_verbs``, ``_clause_links``, ``_head_links``, ``_phrase_heads``), read once from the
    shipped rules: the tests below are asked comma by comma, with no rule set at hand."""
    rules = load_rules()
    return _Words(rules.words("segment.splice_subordinators"), rules.words("segment.splice_opening_words"),
                  rules.words("segment.splice_complement_verbs"), rules.words("segment.splice_clause_links"),
                  rules.words("segment.splice_head_links"), rules.words("segment.splice_phrase_heads"))


def _plain_clause(before: str, cut: bool = False) -> bool:
    """Cheap tests first: not a quotation, a list, a complement ('explained that initially, his
    firm'), 'not just X, Y', 'so enormous, it', 'the more X, the more Y'; not opening with a
    subordinator, a preposition, a participle or an adverb ('After the first year, we').
    ``cut``: the text after a colon or a complement 'that' (see :func:`_complement_tail`),
    where a later 'that' is a relative ('events that will remain')."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", before)]
    lists = _words()
    words = words[1:] if words and words[0] in lists.clause_links else words
    if len(words) < 4 or words[0] in lists.subordinators or words[0] in lists.opening or words[0].endswith(("ed", "ing", "ly")):
        return False
    stop = (_TAIL_STOP if cut else _PLAIN_STOP).search(before)
    # 'the more X, the more Y'; not 'The attacker was stopped'
    return not stop and not re.match(r"(?i)(?:(?:but|and|so) )?the (?:more|less|fewer|\w+er)\b(?! (?:is|was|were|are|has|had|have|will|would|could|of)\b)",
                                     before) and not _time_clause().match(before)


@lru_cache(maxsize=1)
def _time_clause() -> re.Pattern[str]:
    """'Each time the court has considered a case, ...', 'The night Mocha stayed in hospital, ...': a
    time clause (``segment.time_clause_openers``, ``_ordinals``, ``_nouns``, ``_not_after``), read once
    from the shipped rules."""
    rules = load_rules()
    openers = rules.alternation("segment.time_clause_openers")
    ordinals = rules.alternation("segment.time_clause_ordinals")
    nouns = rules.alternation("segment.time_clause_nouns")
    not_after = rules.alternation("segment.time_clause_not_after")
    return re.compile(rf"(?i)\s*{openers}(?: {ordinals})? {nouns}s? (?!{not_after}\b)")


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
    clause = _plain_shape(before)
    return clause is not None and _independent(clause)


def _plain_shape(before: str) -> str | None:
    """The tests of :func:`_plain_independent` that need no tagging: the clause the tagger is to
    read (the text, or its part after a colon or complement 'that'), or None when they fail."""
    before = before.lstrip(' "“')  # the first words of a quotation (read only in copy that looks like MT)
    tail = _complement_tail(before)
    if tail is None:
        return before if _plain_clause(before) else None
    head, tail = before[:len(before) - len(tail)], tail.lstrip(' "“')
    return tail if _main_head(head) and _plain_clause(tail, cut=True) else None


def _main_head(head: str) -> bool:
    """Does the text before the colon or complement 'that' open a main clause?  Not 'After
    being informed that ...', 'If they find that ...', 'However, if we say that ...', 'regarding
    the measures that ...': the comma after them closes a subordinate clause or an opening
    phrase, and the sentence goes on."""
    if _time_clause().match(head):
        return False  # 'The same year that England ruled the roost, ...'
    words = [w.lower() for w in re.findall(r"[\w’'-]+", head)][:-1 if head.rstrip().endswith("that") else None]
    lists = _words()
    while words and words[0] in lists.head_links:
        words = words[1:]
    # 'meaning that ...' after a clause is its complement; 'regarding the measures that ...' a
    # phrase; 'Realizing that ...' a participle opening the sentence; a sentence that opens with 'that' has no head
    return bool(words) and not (words[0] in lists.subordinators or words[0] in lists.opening
                                or words[0] in lists.phrase_heads
                                or len(words) == 1 and head.lstrip()[:1].isupper() and words[0].endswith(("ing", "ed")))


def _independent(before: str) -> bool:
    """Is the text before the comma a whole clause of its own (one tagging)?  Not when it ends
    in a subordinate clause ('If prices rise, it...'; 'He said that when prices rise, they...')
    or in a phrase after 'and' ('They will stay and for the rest of their lives, they...')."""
    tagged = list(tagger.tags(before.lstrip(' "“')))
    low = [w.lower() for w, _ in tagged]
    # 'because of him India is flourishing', 'as well as': a preposition, no subordinate clause
    subordinators = _words().subordinators
    last = max((i for i, w in enumerate(low) if w in subordinators
                and low[i + 1:i + 2] not in (["of"], ["well"])), default=None)
    if last is not None and clauses_in(tagged[last + 1:]) >= 1:
        return False
    cc = max((i for i, w in enumerate(low) if w in {"and", "but", "or"}), default=-1)
    tail = tagged[cc + 1:]
    # a verb the tagger read as a participle after its subject counts ('the president
    # highlighted/VBN the progress'), and so does 'used to' ('the police used/VBN to beat')
    if not (any(t in tagger.FINITE for _, t in tail) or clauses_in(tail) >= 1 and any(t in {"VBN", "VB"} for _, t in tail)
            or any(w == "used" and low[cc + 2 + i:cc + 3 + i] == ["to"] for i, w in enumerate(low[cc + 1:]))):
        return False
    # a subject and its relative clause, no verb of its own: 'Those who voted for the plan, they will'
    rel = next((i for i, (_, t) in enumerate(tagged) if t in {"WP", "WP$", "WDT"}), None)
    if rel is not None and not any(t in tagger.FINITE for _, t in tagged[:rel]) \
            and sum(t in tagger.FINITE for _, t in tagged[rel:]) < 2:
        return False
    # a clause that opens with its subject: not 'Aimed at children', 'Should he win'; 'About 450 people' is one
    opening = [t for w, t in zip(low, (t for _, t in tagged)) if w not in {"and", "but", "so", "yet"}]
    return bool(opening) and (opening[0] in _CLAUSE_START or opening[:2] == ["IN", "CD"] and low[0] != "in")


def _plain_after(after: str, speech: frozenset[str]) -> bool:
    """Not a parenthesis or an attribution ('It was, he said, a mistake'; '..., it was
    confirmed.'), not a question.  A speech verb with its complement 'that' reports speech in
    a clause of its own ('..., he assured that the risk was low')."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", after)]
    tag = any(w in speech and words[i + 1:i + 2] != ["that"] for i, w in enumerate(words[:5]))
    return not (tag or after.rstrip().endswith("?") or len(words) < 4)


def _clause_after(after: str, connective: bool) -> bool:
    """After the comma, a clause of its own: 'he had to give', 'the glass was blown out';
    after a connective, a clause past its phrase ('as a result of fire, several houses burned')."""
    if connective:
        parts = after.split(",", 1)
        return len(parts) == 2 and main_clauses(parts[1]) >= 1
    return main_clauses(after) >= 1


def _after_opening(sentence: str) -> str | None:
    """The sentence past an opening phrase and its comma ('During the conference, AMLO
    defended ...'; 'According to him, the pillars were ...'), or None when it opens otherwise:
    a splice may follow the clause after the phrase."""
    head, comma, rest = sentence.partition(",")
    words = re.findall(r"[\w’'-]+", head.lower())
    if not comma or not words or words[0] not in _words().opening | {"at", "as"} or tagger.has_finite_verb(head):
        return None
    return rest.lstrip()


def _sentence_clause(sentence: str) -> bool:
    """The sentence up to the comma is a main clause, or one after an opening phrase."""
    if _plain_independent(sentence):
        return True
    rest = _after_opening(sentence)
    return rest is not None and "," not in rest and _plain_independent(rest)


def _candidate(text: str, at: int, end: int, speech: frozenset[str],
               hopeless: Callable[[], bool] = lambda: False) -> tuple[str, int, bool] | None:
    """The kind of splice a comma at ``at`` may be ('pronoun', 'subject', 'connective',
    'bare_subject', 'adverb'), where its second clause starts, and whether that clause's
    subject and verb were read already (by :func:`clause_shape`); None for no candidate.
    ``hopeless``: the caller's tests without tagging of a clause after the comma, asked before
    :func:`clause_shape` tags it (most commas fail them: no tagging for those)."""
    m = _splice().match(text, at)
    if m and re.match(r"[\w ]*? of (?:which|whom)\b", text[m.end(1):m.end(1) + 60]):
        return None  # 'the bulk of which are', 'as a result of which two people died': a relative clause
    if m:
        return _splice_kind(m), m.end(1), False
    if hopeless():
        return None
    kind = clause_shape(text[at + 2:min(end, at + 300)], speech)
    return (kind, at + 2, True) if kind else None


def _open_clause(before: str, after: str, sentence: str) -> bool:
    """Is the comma inside a complement ('Organizers say this year, public interest is') or a
    series of clauses with one subject ('we won the war, we put a man on the moon, we
    invented')?  Neither is a splice to part."""
    words = re.findall(r"[\w’'-]+", before.lower())
    # 'It said during the operation, ...'; not 'said nothing to them, ...'
    complement = _words().complement
    if any(w in complement and words[i + 1:i + 2] != ["nothing"] for i, w in enumerate(words[-4:-1], len(words) - 4)):
        return True
    first = after.split(" ", 1)[0].lower()
    return first in {"he", "she", "it", "they", "we", "i"} and sentence.lower().count(", " + first + " ") >= 2


def _parallel(before: str, after: str) -> bool:
    """Does the second clause repeat the first one's verb ('a kilo of Semtex will flatten a
    building, a kilo of plutonium will flatten a city')?  A writer's antithesis, not a
    translation's splice: offered only."""
    tagged = tagger.tags(after[:120])
    v = next((i for i, (_, t) in enumerate(tagged) if t in tagger.FINITE), None)
    if v is None or v + 1 >= len(tagged):
        return False
    pair = f" {tagged[v][0]} {tagged[v + 1][0]} ".lower()
    return pair in " " + " ".join(re.findall(r"[\w’'-]+", before.lower())) + " "


#: a stop after initials ('George H.W. Bush', 'the U.S. Supreme Court'): the segmenter may end a sentence there
_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){1,3}\s+$")


def _sentence(doc: Doc, ctx: Context, pos: int, ps: int, pe: int) -> tuple[int, int]:
    """The sentence around the comma at ``pos``, as the document splits it: the stop of 'Mr.',
    'U.S.' or an initial ends no sentence ('When Mr. Brown was walking, he saw' is one; after
    'When President George H.W.' the sentence goes on), and a dateline glued to the first words
    is not part of it ('New Delhi, India (CNN)As the earth shook, ...' opens with 'As')."""
    s, e = doc.sentence_at(pos)
    s, e = max(s, ps), min(e, pe)
    while s > ps and _INITIALS.search(doc.text, max(ps, s - 12), s):
        back = max(ps, doc.sentence_at(s - 1)[0])
        if back >= s:
            break
        s = back
    d = dateline(ctx.rules).match(doc.text, s, pos)
    return (d.end() if d and d.end() > s else s), e


def _hopeless(before: str, after: str, sentence: str, speech: frozenset[str], connectives: frozenset[str]) -> bool:
    """The tests of :func:`comma_splices` that read no tags, for a clause after the comma: when
    one fails, no splice whatever the tagger would read."""
    return (_connective_end(before, connectives) or _open_clause(before, after, sentence)
            or not _plain_after(after, speech) or _plain_shape(before) is None)


def _connective_end(before: str, connectives: frozenset[str]) -> bool:
    """Does the text before the comma end on a connective ('— instead, they float', '-- in
    fact, it's prompted')?  The comma closes the connective that opens the clause after it."""
    words = re.findall(r"[\w’'-]+", before[-40:].lower())
    return any(" ".join(words[-n:]) in connectives for n in (1, 2, 3) if len(words) >= n)


def comma_splices(doc: Doc, ctx: Context) -> list[Change]:
    """``the police questioned the rider, he had to give his name``: two clauses joined by a
    bare comma.  A semicolon parts them (a full stop is the other way)."""
    text = doc.text
    out: list[Change] = []
    speech = ctx.words("words.speech_verbs", "segment.splice_speech_verbs")
    connectives = ctx.words("segment.splice_connectives_before")
    for ps, pe in doc.body:
        for m in _COMMA.finditer(text, ps, pe):
            # people speak in comma splices: a quotation is theirs, unless the source language is
            # known (a translated quotation keeps the source's commas: 'not residents of Garut,
            # they are'); the generic detector is not enough: formal native copy passes it
            if not ctx.language and in_quotation(text, ps, m.start()):
                continue
            s, e = _sentence(doc, ctx, m.start(), ps, pe)
            if e - s > _LONGEST:
                continue  # no sentence, a run of clauses without a stop: not tagged, comma by comma
            # a pronoun or a subject splices onto a clause ('..., as a person of this land, I
            # struggled' has none before it); a connective onto the sentence so far
            clause_start = max(s, text.rfind(",", s, m.start()) + 1)
            found = _candidate(text, m.start(), pe, speech, partial(
                _hopeless, text[clause_start:m.start()], text[m.start() + 2:e], text[s:e], speech, connectives))
            if found is None:
                continue
            kind, at, read = found
            start = s if kind == "connective" else clause_start
            before, after = text[start:m.start()], text[at:e]
            if _connective_end(before, connectives) or _open_clause(before, after, text[s:e]) or not (_plain_after(after, speech) and _plain_independent(before)
                    and (start == s or _sentence_clause(text[s:m.start()]))
                    and (read or _clause_after(after, kind == "connective"))):
                continue
            # applied when the source language is known (ctx.language); offered in other copy,
            # even when the generic detector reads it as MT (readers' comments: 'I think he
            # deserves it, he has'; institutional prose: 'When the U.S. Army withdrew, the town')
            ch = ctx.change(m.start(), m.start() + 1, ";", "segment.comma_splice." + kind,
                            confidence=None if ctx.language else _UNKNOWN_SOURCE,
                            doubt=kind != "connective" and _parallel(before, after))
            if ch:
                out.append(ch)
    return out
