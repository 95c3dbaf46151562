"""Fragments: a sentence cut in two.

A piece after a full stop that opens with a subordinator (``Because``, ``When``, ``Although``),
a preposition that heads no clause (``According to``, ``Among``, ``Including``) or a
participle, and has no main clause of its own, cannot stand alone: it joins the sentence
before it (``segment.fragment.*``).  Comma splices are :mod:`cleanup.splices`.

Whether a piece has a main clause is read from the pattern tagger (:mod:`cleanup.tagger`):
finite verbs, less those a relative pronoun takes (``people who do not agree`` is no clause
of its own).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import tagger
from .doc import Context, Doc
from .edits import Change
from .lexicon import is_common_word
from .lone_clause import labelled_line, lone_subordinate_clause
from .rules import RuleSet, load_rules
from .sentences import abbr_of, prev_token

#: opener -> (rule, kind): ``sub`` and ``time`` head a subordinate clause, ``phrase`` a list,
#: ``source`` a phrase with no verb of its own ('Among them was...' has one), ``purpose`` an
#: infinitive, ``and`` a verb phrase that lost its subject
_OPENERS = {
    "Because": ("because", "sub"), "Which": ("which", "which"),
    "Although": ("although", "sub"), "Though": ("although", "sub"), "Whereas": ("although", "sub"),
    "Even though": ("although", "sub"), "While": ("although", "sub"),
    "When": ("because", "time"), "Unless": ("because", "time"),
    "Including": ("including", "phrase"), "Such as": ("including", "phrase"), "Especially": ("including", "phrase"),
    "According to": ("including", "source"), "Among": ("including", "source"), "As well as": ("including", "source"),
    "And also": ("and_also", "and"), "In order to": ("in_order_to", "purpose"), "So as to": ("in_order_to", "purpose"),
    "So that": ("in_order_to", "purpose"),
    # a phrase or a clause of time or condition: 'After a day on the loose', 'As he fights'
    "After": ("time", "prep"), "Before": ("time", "prep"), "Since": ("time", "prep"), "Until": ("time", "prep"),
    "During": ("time", "prep"), "As": ("time", "prep"), "If": ("time", "prep"),
    "Even if": ("time", "prep"), "Even as": ("time", "prep"), "As soon as": ("time", "prep"),
    "As long as": ("time", "prep"), "Despite": ("although", "prep"),
    # a relative clause cut from the noun it describes: 'his son, Elijah. Who was skeptical'
    "Who": ("which", "relative"), "Whose": ("which", "relative"), "Where": ("which", "relative"),
}
#: openers that take a comma when joined: ", which", ", although", ", according to", ", making"
_COMMA_JOIN = {"Which", "Who", "Whose", "Where", "Including", "Such as", "Especially", "Although", "Though", "Whereas", "Even though", "While",
               "According to", "Among", "As well as"}
_OPENER_ALT = "|".join(sorted(_OPENERS, key=len, reverse=True))
#: (-ing and -ed participles: :mod:`cleanup.participles`)
_FRAGMENT = re.compile(r"\.(?<=[a-z’'”0-9%)]\.)( +)(" + _OPENER_ALT + r")"
                       r"\b(?=,? [\w“\"])")
#: a writer's own link to the next point, not a clause cut off: "Which is why...", "Which brings us to..."
_WHICH_IDIOM = re.compile(r" *Which (?:is why|is where|is what|means|brings|takes|leads|leaves|raises|begs)\b")
_INITIAL_END = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Jr|Sr|No|Inc|Co|Corp|Ltd)\.$")


class _Words(NamedTuple):
    relatives: frozenset[str]  # open a relative or embedded clause ('people who do not agree')
    complement_takers: frozenset[str]  # take a clause as complement ('said it was'): no second clause
    linkers: frozenset[str]  # join a clause to the one before it inside a piece ('and', 'if', 'because')
    nominative: frozenset[str]  # subject pronouns and 'there': after a phrase, a new clause ('or foxes it was')
    as_phrases: frozenset[str]  # 'As for the budget', 'As of today': a phrase opening its own sentence
    questions: frozenset[str]  # 'Who knows', 'Where will this end': a question, not a relative clause
    be_have: frozenset[str]  # 'Murphy. Who is now representing': a relative clause after all
    deictics: frozenset[str]  # 'Before that it had', 'Since then the town has': a time phrase
    auxiliaries: frozenset[str]  # 'has', 'did': no verb of a clause that is a subject ('Where it went is')
    closes_count: frozenset[str]  # open a relative or comparative clause: its verbs are not the piece's own


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The word lists of the clause reading (``segment.clause_relatives``, ``complement_takers``,
    ``clause_linkers`` ..., ``words.nominative_pronouns`` and the finite forms of be, have and do),
    read once from the shipped rules: :func:`main_clauses` is asked by many stages with no rule
    set at hand."""
    rules = load_rules()
    return _Words(
        rules.words("segment.clause_relatives"), rules.words("segment.complement_takers"),
        rules.words("segment.clause_linkers"), rules.words("words.nominative_pronouns", "words.expletive_subjects"),
        rules.words("segment.as_phrase_words"),
        rules.words("segment.wh_question_words", "words.be_finite", "words.have_finite", "words.do_finite"),
        rules.words("words.be_finite", "words.have_finite"), rules.words("segment.time_phrase_deictics"),
        rules.words("words.have_finite", "words.do_finite"), rules.words("segment.count_closers"))


_SUBJECT = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "EX"})
_VERBISH = frozenset({"NN", "NNS", "VB", "VBN", "VBP", "VBG", "JJ"})


#: "he's", "they're": the verb in a contraction ("Bush's" is a possessive and stays)
_CONTRACTION = re.compile(r"\b(?:he|she|it|that|there|here|what|who|where|how)'(s)\b|'(re|ll|ve|d|m)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?\b")
_EXPANDED = {"s": " is", "re": " are", "ll": " will", "ve": " have", "d": " would", "m": " am"}


def _expand(m: re.Match) -> str:
    return m.group(0).split("'")[0] + _EXPANDED[(m.group(1) or m.group(2)).lower()]


def _is_verb(tagged: list[tuple[str, str]], i: int, subject: str) -> bool:
    """A finite verb, or a verb the tagger could not place after its subject: after a pronoun
    any word English knows as a verb ('they plan/NN'), after a noun a verb form ('families
    cut/VB', 'an avalanche killed/VBN'; not 'the time limit/NN')."""
    word, tag = tagged[i]
    if tag in tagger.FINITE:
        return True
    if subject in {"PRP", "EX"}:
        return word.islower() and tag in _VERBISH and tagger.could_be_verb(word)
    nxt = tagged[i + 1][1] if i + 1 < len(tagged) else ""
    # 'the mechanisms used/VBN will...' is a noun with its participle, 'killed/VBN Fredinburg' a verb
    return bool(subject) and (tag in {"VB", "VBP"} or tag == "VBN" and nxt in _OBJECT)


_OBJECT = frozenset({"DT", "CD", "PRP$", "PRP", "NNP", "NNS", "NN", "JJ"})


def main_clauses(text: str) -> int:
    """How many verbs with a subject stand outside relative clauses ('people who do not agree'
    has none of its own; 'Among them was a child' has one)."""
    return clauses_in(list(tagger.tags(_POSSESSIVE.sub("", _CONTRACTION.sub(_expand, text.replace("’", "'"))))))


def clauses_in(tagged: list[tuple[str, str]]) -> int:
    """:func:`main_clauses` over (word, tag) pairs."""
    return len(_clause_verbs(tagged))


def _clause_verbs(tagged: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """(verb, subject) positions of the clauses :func:`main_clauses` counts (subject -1: none
    seen); the count stops after a verb that takes a clause as its complement."""
    out: list[tuple[int, int]] = []
    words = _words()
    relatives, takers = words.relatives, words.complement_takers
    relative, subject, group, subject_at = False, "", False, -1
    for i, (word, tag) in enumerate(tagged):
        after_preposition = word.lower() == "that" and i > 0 and tagged[i - 1][1] == "IN"  # "of that day"
        if word.lower() in relatives and tag in {"WDT", "WP", "WP$", "WRB", "IN"} and not after_preposition:
            relative, subject, group = True, "", False
            continue
        if group and (tag.startswith("VB") or tag in {"RB", "MD"}):
            continue  # 'has never happened/VBD': one verb group
        verb = _is_verb(tagged, i, subject)
        group = verb or (relative and tag.startswith("VB"))
        if verb or tag.startswith("VB"):
            # the relative clause's own verb; not one whose subject pronoun follows a noun:
            # 'those that use blacklists it did not mean...' (its verb was read as a noun)
            if relative and not (verb and subject == "PRP" and _juxtaposed(tagged, subject_at)):
                relative, subject = False, ""
                continue
            relative = False
            if verb:
                out.append((i, subject_at if subject else -1))
            subject = ""
            if verb and word.lower() in takers:
                return out
        elif tag != "RB":  # 'agents reportedly downloaded'
            subject = tag if tag in _SUBJECT else ""
            subject_at = i
    return out


#: a subject pronoun straight after one of these opens a new clause: 'to kill deer or foxes it was'
_PHRASE_END = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "RB", "RP", "CD", "VBN", "VBG", "''", ")"})


def _juxtaposed(tagged: list[tuple[str, str]], i: int) -> bool:
    """Is the word at ``i`` a subject pronoun straight after a phrase ('or foxes it was')?"""
    word, before = tagged[i][0].lower(), tagged[i - 1][1] if i > 0 else ""
    # 'it' and 'you' are objects too: 'making it have' is no new clause
    return word in _words().nominative and before in _PHRASE_END and not (word in {"it", "you"} and before.startswith("VB"))


def unlinked_clauses(text: str, skip_first: bool = True) -> int:
    """Clauses that stand in a piece with no word joining them to what comes before: the main
    clause of 'While the economy grows he warned...' or 'Because of the storm fans stayed at
    home'.  ``skip_first``: the piece opens with a subordinate clause of its own ('While the
    economy grows'), which is not counted.

    >>> unlinked_clauses("he did not intend to kill deer or foxes it was not hunting")
    1
    >>> unlinked_clauses("it is cheap and many of the problems have been solved")
    0
    """
    tagged = list(tagger.tags(_POSSESSIVE.sub("", _CONTRACTION.sub(_expand, text.replace("’", "'")))))
    verbs = _clause_verbs(tagged)
    linkers = _words().linkers
    n, prev = 0, -1
    for k, (verb, subject) in enumerate(verbs):
        between = {w.lower() for w, _ in tagged[prev + 1:verb]}
        prev = verb
        pronoun = _juxtaposed(tagged, subject)
        if k == 0 and skip_first:
            # 'Although initially free it is thought...': a bare adjective before the subject
            # pronoun is the subordinate piece ('Although in the short term they can' is not)
            before = {t for _, t in tagged[:subject]}
            n += pronoun and before <= {"JJ", "RB", "VBN"} and bool(before & {"JJ", "VBN"})
            continue
        n += pronoun or subject >= 0 and not between & linkers  # 'and also generates': no subject, no clause
    return n


@lru_cache(maxsize=8)
def _aside(rules: RuleSet) -> re.Pattern:
    """The end of a sentence that reports speech: after it, 'Which is odd.' is the writer's aside."""
    return re.compile(rf"(?:\b(?:{rules.alternation('words.speech_verbs')})(?: \w+)?|[\"”])$")


#: a part after the comma that opens a relative clause, alone or after its preposition ('with which'):
#: what follows it belongs to that clause; not a subject and its relative clause ('everyone who came')
_RELATIVE_OPEN = re.compile(r"\s*(?:(?:with|in|of|for|to|by|from|on|at|under|through|about|among|against|"
                            r"into|upon|without|over|after|before|during|between) )?(?:which|whom|whose|who)\b",
                            re.IGNORECASE)


def _after_comma_clause(rest: str) -> bool:
    """'When asked, he said no': a comma, then a clause with its subject; not inside a relative
    clause that opens after the comma and whose verb comes after an aside ('Such as X, with
    which, he says, the cabinet...'; 'According to police, who arrived late, the man...' has one)."""
    for part in rest.split(",")[1:]:
        if _RELATIVE_OPEN.match(part):
            if tagger.has_finite_verb(part):
                continue  # the relative clause closes in this part
            return False
        if len(part.split()) >= 2 and (tagger.has_clause(part) or main_clauses(part)):
            return True
    return False


def _verdict(word: str, rest: str) -> str | None:
    """'fix', 'doubt' or None (a whole sentence) for the piece ``word rest``."""
    rule, kind = _OPENERS.get(word, ("participle", "participle"))
    if kind == "which":
        return "fix"
    if kind == "relative":  # 'Who is to blame is unclear' has a main clause; 'Where will this end' asks
        first = rest.split()[0].lower() if rest.split() else ""
        asks = first in _words().questions and (word != "Who" or first not in _words().be_have)
        return None if asks or main_clauses(word.lower() + rest) or _clause_as_subject(rest) else "fix"
    if kind == "prep":
        return _prep_verdict(word, rest)
    if kind == "and":  # 'And also from below she was calling' has a subject of its own
        return None if unlinked_clauses(rest, skip_first=False) else "fix"
    if kind == "sub" and rule == "because":
        if "," in rest:
            return None  # "Because of the storm, fans stayed at home"
        if rest.startswith(" of "):  # a phrase: a clause of its own is the main one
            # (a comma-less one in native news is rare: offered)
            return "doubt" if unlinked_clauses(rest[4:], skip_first=False) else "fix"
        # "Because he knew it he left"; not "Because it is cheap and many problems were solved"
        return "doubt" if unlinked_clauses(rest) else "fix"
    if "," in rest and _after_comma_clause(rest):
        return None  # "When asked, he said no"; "According to police, the man..."; "Speaking on Monday, he..."
    if kind == "source" and "," in rest:
        return "doubt"  # "Among my colleagues, my patients and my friends"
    if kind in {"sub", "time"}:
        # the first clause is the subordinate one; a second with no word joining it ('While the
        # economy grows he warned...') is a main clause; with none ('When installed the program
        # locks...') the main clause may be hiding
        if "," in rest or (kind == "time" and not main_clauses(rest)):
            return "doubt"
        return "doubt" if unlinked_clauses(rest) else "fix"
    if kind in {"purpose", "phrase"}:
        return "fix"
    if main_clauses(_source_phrase(rest) if kind == "source" else rest) > 0:
        return None  # "Among the dead was a child"; "Shutting down sites crippled the network"
    # a phrase or a participle ("Making it difficult to look", "Suffered from a storm") with no
    # verb of its own
    return "fix" if kind == "source" or is_common_word(word) else None


#: 'a report released Monday', 'a petition filed in April': a past participle after the noun
#: of a source, then a time, a place or an agent (no verb of the piece's own); and a parenthesis
_SOURCE_PARTICIPLE = re.compile(r"(?<=[a-z] )[a-z]+ed(?= (?:on |in |by |at |last |this |early |late )?(?:[A-Z0-9][\w-]*|the|a|an|its|his|her|their)\b)"
                                r"|\([^()]*\)")


def _source_phrase(rest: str) -> str:
    """The source phrase without its participles and parentheses ('a poll (KHN is independent)')."""
    return _SOURCE_PARTICIPLE.sub("", rest)


def _clause_as_subject(rest: str) -> bool:
    """'Where it went is still a mystery', 'Who he met is unclear': the clause is the subject of
    the verb that follows its own (two finite verbs side by side), a sentence of its own."""
    tagged = list(tagger.tags(rest))
    auxiliaries = _words().auxiliaries
    return any(t in tagger.FINITE and w.lower() not in auxiliaries and tagged[i + 1][1] in {"VBD", "VBZ", "VBP"}
               for i, (w, t) in enumerate(tagged[:-1]))


def _prep_verdict(word: str, rest: str) -> str | None:
    """A phrase with no verb ('After a day on the loose', 'Before joining Time') is cut off;
    a clause after a subject pronoun ('As he fights injustice') is a subordinate one, cut off
    unless a main clause follows it; so is one clause after a noun ('As her post went viral');
    a phrase, then a clause ('After the war the town was rebuilt', 'Since then the town has
    grown'), is a sentence of its own: offered or kept."""
    words = rest.split()
    first = words[0].lower() if words else ""
    lists = _words()
    if word == "As" and first in lists.as_phrases or first in lists.deictics or word == "If" and first == "only":
        return None
    clause = main_clauses(rest)
    if "," in rest or ":" in rest or " -- " in rest or " — " in rest or " – " in rest:
        # 'After the war, the town was rebuilt', 'If you struggle, try this': the main clause
        # may follow the comma (an order has no subject to find)
        return None if clause or _after_comma_clause(rest) else "doubt"
    if not clause:
        return "fix"
    if first.split("'")[0].split("’")[0] in lists.nominative:  # 'As he fights', 'Until she's able'
        return "doubt" if unlinked_clauses(rest) else "fix"
    if word in _PREPOSITIONS:
        return "doubt"  # 'Despite winning awards Half-Life 2 did not appear': the verb is the main clause's
    # one clause after a noun ('As her post went viral'): cut off; not 'After the war the town
    # was rebuilt' (a phrase, then the main clause), nor a piece with a second verb the tagger
    # may not have tied to the first
    return "doubt" if unlinked_clauses(rest) or _phrase_then_subject(rest) or not _one_verb(rest) else "fix"


_PREPOSITIONS = frozenset({"Despite", "During"})


def _one_verb(rest: str) -> bool:
    """One finite verb group, not counting those of a relative or comparative clause."""
    groups, group = 0, False
    closes = _words().closes_count
    for word, tag in tagger.tags(rest):
        if word.lower() in closes:
            break
        groups += tag in tagger.FINITE and not group
        group = tag in tagger.FINITE or group and (tag.startswith("VB") or tag == "RB")  # 'has never been'
    return groups == 1


_NEW_PHRASE = frozenset({"DT", "PRP$", "PRP", "CD", "EX"})
_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "RB"})


def _phrase_then_subject(rest: str) -> bool:
    """'After the war the town was rebuilt', 'As a result I feel': before the first finite verb
    a noun phrase ends and another begins, so the opener heads a phrase and the clause is the
    main one."""
    tagged = tagger.tags(rest)
    first_verb = next((i for i, (_, t) in enumerate(tagged) if t in tagger.FINITE), len(tagged))
    return any(t in _NEW_PHRASE and tagged[i - 1][1] in _NOUNISH or t == "NNP" and tagged[i - 1][1] in {"NN", "NNS"}
               for i, (_, t) in enumerate(tagged[1:first_verb], 1))  # 'Before Sunday's ceremony Owen was


def in_quotation(text: str, para_start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation?  The nearest quotation mark before it in its paragraph
    opens one (a straight one opens after a space, before a word)."""
    i = max(text.rfind(q, para_start, pos) for q in '"“”')
    if i == -1 or text[i] == "”":
        return False
    if text[i] == "“":
        return True
    return (i == para_start or text[i - 1] in " \t\n(—–-") and i + 1 < pos and not text[i + 1].isspace()


def _joiner(word: str) -> str:
    return ", " if word in _COMMA_JOIN or word.endswith("ing") and word not in _OPENERS else " "


def _doubtful(doc: Doc, ctx: Context, word: str, stop: int, end: int, para: int) -> bool:
    """Weaker evidence: after reported speech a 'Which is odd.' is the writer's aside; inside a
    quotation a short fragment is how people speak; a previous 'sentence' with no clause is a heading."""
    text = doc.text
    prev_sentence = text[doc.sentence_start(stop, para):stop].strip()
    if word == "Which" and (_aside(ctx.rules).search(prev_sentence) or _WHICH_IDIOM.match(text, stop + 2)):
        return True
    length = len(text[stop + 1:end].split())
    # inside a quotation a short fragment is how people speak ('Because it's just too painful.');
    # a long one is a clause the translation cut off
    if in_quotation(text, para, stop) and length <= 8 or (word == "Especially" and not ctx.mt_like):
        return True
    if not ctx.mt_like and _OPENERS.get(word, ("",))[0] == "although" and word != "While" and length > 14:
        # "Though Mr Lanzone added that...": a long one is also a native writer's afterthought
        # (a native 'While' sentence has its main clause: 'While X, Y')
        return True
    if in_series(text, word, prev_sentence, end):
        return True
    words = prev_sentence.split()
    heading = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    return len(words) < 3 or (heading and not (tagger.has_clause(prev_sentence) or main_clauses(prev_sentence)))


def abbreviation_stop(text: str, stop: int, ctx: Context) -> bool:
    """Is the stop at ``stop`` also an abbreviation's, kept when the fragment joins ('at 5 p.m.
    After a long day', 'Apple Inc. Which makes')?  One with dots of its own, or a listed one
    that is no English word ('Inc', 'Ltd', 'etc'; not 'no' or 'sun': 'He said no.')."""
    abbr = abbr_of(prev_token(text, stop + 1))
    return "." in abbr or (abbr in ctx.words("segment.abbreviations") and not is_common_word(abbr))


def in_series(text: str, word: str, prev_sentence: str, end: int) -> bool:
    """'Before Nixon started the war on drugs. Before Garner was stopped.': the sentence before or
    after opens with the same word, a series of fragments written for effect."""
    return prev_sentence.startswith(word + " ") or text[end:end + len(word) + 3].lstrip().startswith(word + " ")


def opener_at(text: str, stop: int) -> bool:
    """Does one of this module's openers ('In order to', 'Despite', 'Among') follow the stop at
    ``stop``?  Other stages leave those pieces to :func:`merge_fragments`."""
    return bool(_FRAGMENT.match(text, stop))


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
            if rest.rstrip().endswith("?") or len(rest.split()) < 2 or _INITIAL_END.search(rest.rstrip()):
                continue  # "Because?"; "When President George H.W." goes on after the initials
            verdict = _verdict(word, rest.rstrip(".!?"))
            if verdict is None:
                continue
            if (_OPENERS.get(word, ("", ""))[1] == "prep" and not ctx.mt_like and main_clauses(rest)
                    and not (verdict == "fix" and lone_subordinate_clause(rest.rstrip(".!"), ctx)
                             and not in_quotation(text, s, m.start()) and not labelled_line(text, s, m.start()))):
                verdict = "doubt"  # 'As I sat across from Sens.': a native sentence the splitter cut
            # "Because we are.": a short one is often said for effect
            # an -ed piece may be a relative clause that lost its 'who' ('the people. Suffered from'): offered
            doubt = verdict == "doubt" or len((word + rest).split()) < 4 or word not in _OPENERS \
                or _doubtful(doc, ctx, word, m.start(), frag_end, s)
            rid = "segment.fragment." + _OPENERS.get(word, ("participle",))[0]
            at = m.start() + 1 if abbreviation_stop(text, m.start(), ctx) else m.start()
            ch = ctx.change(at, end, _joiner(word) + word[0].lower() + word[1:], rid, doubt=doubt)
            if ch:
                out.append(ch)
    return out
