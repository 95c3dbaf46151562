"""Repairing the sentence boundaries machine translation broke.

Finding boundaries is :mod:`cleanup.sentences`; here each repair reads the document view
(paragraphs, sentences) and proposes changes under a named rule, so the editor sees which
case applied (``segment.fragment.because``, ``segment.lost_boundary.pronoun``...).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import boundary_shapes as shapes
from . import common_subjects, lost_stops, lower_openers, name_subjects, opener_clauses, relative_heads, tagger
from .doc import Context, Doc
from .edits import Change
from .edits import disjoint as _disjoint
from .endings import rarely_final, stray_adverb, subject_waits
from .learned_stops import add_learned_stops
from .lexicon import capital_ratio, is_listed_name, is_place, withheld_at, zipf
from .native_shapes import caps_heading_before, lower_by_design
from .resumed_topics import resumed_topic
from .rules import RuleSet, grouped_alternation
from .sentences import WORD, abbr_of, dateline, lexicon, prev_token
from .stop_doubts import alternative_word, boundary_doubt, supplied_subject

_BREAK_LOWER = re.compile(r"\.(?<=[^\s.]\.)( +)(?:\([A-Z][\w.&-]{0,14}\) +)?([a-z][a-z’'-]*)\b")


def merge_lowercase_continuation(doc: Doc, ctx: Context) -> list[Change]:
    """``influence. and upholds`` -> ``influence and upholds``; ``said. but`` -> ``said, but``;
    ``earlier. the ministry said`` -> ``The ministry`` (a new sentence that lost its capital);
    ``spaces. is the area of`` after a clause is only offered (removing the stop leaves two verbs)."""
    text = doc.text
    lex = lexicon(ctx.rules)
    comma_words = ctx.words("segment.comma_continuations")
    starters = ctx.words("segment.lowercase_sentence_starters")
    stripped, i_word = _case_stripped(text), ctx.language in ctx.words("segment.i_word_languages")  # 'Prawo i'
    out: list[Change] = []
    for s, e in doc.body:
        for m in _BREAK_LOWER.finditer(text, s, e):
            tok = prev_token(text, m.start() + 1)
            core = abbr_of(tok)
            if lex.is_abbreviation(tok) or "." in core or len(core) <= 1:
                continue  # an abbreviation ends here, not a sentence
            if any(ch.isdigit() for ch in core) or "@" in tok or "/" in tok or lower_by_design(
                    text, m.start(2), s, e, stripped, i_word) or supplied_subject(m.group(0), ctx):
                continue  # '12.5 per', 'pic.twitter', 'citizens. (This) shows': no stop to take away
            nxt = m.group(2)
            sure = core.isalpha() and (tok[0].islower() or len(core) >= 4) and not tok.isupper()
            w = m.start(2)
            # 'the code for. the malicious bug': no sentence ends on a word that wants what follows
            ends = not (tok[:1].islower() and rarely_final(core))  # 'in May. analysts said': a month, not 'may'
            if stripped or ends and (nxt in starters or (nxt in ctx.words("segment.clause_openers")
                                                         and _two_clauses(doc, m.start(), w, s))):
                if m.group(0)[1:].lstrip().startswith("("):
                    continue
                ch = ctx.change(w, w + 1, nxt[0].upper(), "segment.lost_capital", doubt=not sure)
            elif ends and (shape := _lost_capital_shape(doc, ctx, m, s)) is not None:
                # measured on a mini-probe of both faults (a capital lost, a stop inside a sentence) in 600 native articles:
                conf = {"said": 0.9, "verb": 0.85, "opener": 0.85}[shape]  # before a verb of saying 100%, a noun's other verb 88%
                rule = "segment.lost_capital.opener" if shape == "opener" else "segment.lost_capital.subject"
                ch = ctx.change(w, w + 1, nxt[0].upper(), rule, doubt=not sure, confidence=None if not sure else conf)
            elif nxt in comma_words or (nxt.endswith("ing") and len(nxt) > 5) or any(
                    text.startswith(x, w) for x in ctx.words("segment.comma_continuation_phrases")):
                ch = ctx.change(m.start(), m.start() + 1, ",", "segment.lowercase_continuation.comma", doubt=not sure)
            else:  # offered: a second finite verb ('spaces. is the area of'), an MT alternative word ('male. males.')
                second_verb = alternative_word(text, m.end(2)) or nxt in ctx.words("words.be_finite") and _has_clause(
                    text[max(doc.sentence_start(m.start(), s), m.start() - _WINDOW):m.start()])
                ch = ctx.change(m.start(), m.start() + 1, "", "segment.lowercase_continuation", doubt=not sure or second_verb)
            if ch:
                out.append(ch)
    return _disjoint(out)


def _lost_capital_shape(doc: Doc, ctx: Context, m: re.Match, floor: int) -> str | None:
    """A subject and its verb after the stop, a clause before it that no verb of saying ends
    (``He said. officials would resign`` is one sentence): see ``lower_subject``."""
    word = m.group(2)
    # a conjunction ('. and', '. but') is left to the join: a sentence opening on it in lower case
    # is rarer than a stop MT put before 'and' or 'but' ('influence. and upholds', and before a
    # clause of its own: 'rose. and analysts said' cost our injector's spurious stops 99 -> 79%)
    if word in ("and", "but", "yet", "so") or word in ctx.words("segment.comma_continuations"):
        return None
    # 'as a result of the report, the minister announced': a phrase and its comma, then a clause
    shape = (len(word) >= 3 and shapes.lower_subject(doc.text, m.start(2), ctx.words("words.speech_verbs"))) or (
        "opener" if lower_openers.phrase_then_clause(
        doc.text, m.start(2), _subordinators(ctx.rules), ctx.words("segment.phrase_quantifiers"),
        ctx.words("segment.coordinators")) else None)
    # a short clause before a subject and its verb is a sentence too ('The talks ended. brown said')
    if shape is None or not _two_clauses(doc, m.start(), m.start(2), floor, 2):
        return None
    held = tagger.tags(" ".join(doc.text[max(floor, m.start() - 40):m.start()].split()[-3:]))
    # an adjective after a verb is the clause's predicate ('is stable. officials said'), not a phrase's
    verbs = [t for _, t in held[:-1] if t != "RB"][-1:]
    pred = bool(held) and held[-1][1] == "JJ" and bool(verbs) and verbs[0].startswith("VB")
    if held and held[-1][1] in ("JJ", "DT", "PDT", "PRP$") and not pred:
        return None  # 'the 27 hangar-like. buildings that', 'as this. maneuver will': the phrase goes on
    last = prev_token(doc.text, m.start() + 1).rstrip(".").lower()
    # 'He said. officials would resign' is one sentence; '," Prof Gellhorn said. apple has' is two
    quoted = re.search(r"[,?!][”\"’']", doc.text[max(floor, m.start() - 50):m.start()])
    return None if (last in ctx.words("words.speech_verbs") and not quoted) or last == "that" else shape


@lru_cache(maxsize=8)
def _subordinators(rules: RuleSet) -> frozenset[str]:
    return frozenset(w.lower() for w in rules.words("segment.subordinate_openers"))


# each opens with the stop it needs and looks behind it after, not at every letter (counted only)
_STOP_LOWER = re.compile(r"[.!?](?<=[a-z]{2}[.!?]) [a-z]")
_STOP_UPPER = re.compile(r"[.!?](?<=[a-z]{2}[.!?]) [A-Z]")


def _case_stripped(text: str) -> bool:
    """Most sentences after a stop start in lower case: the article lost its capitals, not its boundaries."""
    lower = len(_STOP_LOWER.findall(text))
    return lower >= 3 and lower >= 2 * len(_STOP_UPPER.findall(text))


@lru_cache(maxsize=8)
def _said_stop(rules: RuleSet) -> tuple[re.Pattern, re.Pattern]:
    verbs = rules.alternation("words.speech_verbs")
    said = re.compile(
        rf"\b(?:{verbs}|told (?:reporters|journalists|the press))"
        r"(?: (?:at|in|on|during|after|before|while|to|in a|at a|on the)\b[^.,;:!?\"“”]{0,40})?(\.)(?= [“\"][A-Z])"
    )
    attributed = re.compile(rf"[”\"],?\s+(?:\w+\s+){{0,3}}(?:{verbs})\b")
    return said, attributed


def said_colon(doc: Doc, ctx: Context) -> list[Change]:
    """``Koizumi said at a press conference. "We will..."``: a stop where a colon introduces
    the quotation (a Japanese and Korean translation pattern)."""
    text = doc.text
    if '. "' not in text and ". “" not in text:
        return []  # no stop before an opening quote: nothing for the pattern to find
    said, attributed = _said_stop(ctx.rules)
    out = []
    for s, e in doc.body:
        for m in said.finditer(text, s, e):
            clause = text[doc.sentence_start(m.start(), s):m.start()]
            if re.search(r",\s*(?:\w+\s+){0,3}$", clause) or re.search(r"[”\"]", clause):
                continue  # '"...," he said.' / '..., his office said.' attribute what came before
            close = text.find("”" if text[m.end(1) + 1] == "“" else '"', m.end(1) + 2, e)
            if close != -1 and attributed.match(text, close):
                continue  # the quotation has its own speaker
            ch = ctx.change(m.start(1), m.end(1), ":", "segment.said_colon")
            if ch:
                out.append(ch)
    return out


@lru_cache(maxsize=8)
def _subject_pattern(rules: RuleSet) -> re.Pattern:
    # the subject must be followed by its verb, not by "and", "of"...: "show Faking It and comedy duo"
    words = rules.words("words.subject_pronouns") | rules.words("words.boundary_subjects")
    # "It's an unexpected layover": any word after a contraction, no capital ahead ("sketch It's a Knockout")
    return re.compile(r"( )(?<=[\w’'%] )(" + "|".join(sorted(words)) + r")(?:[’'](?:s|re|ve|ll|d)\b(?= [a-z])"
                      r"(?!(?: [\w’'-]+){1,2} [A-Z][a-z])| "
                      r"(?!(?:and|or|nor|of|the|a|an|to|in|on|for|with|by|at|from|as|but)\b)(?=[a-z]))")


_WINDOW = 300  # characters read on each side of a candidate boundary

# found from the apostrophe ('he's', ''re'; six times faster than the pronouns tried at every letter)
_CONTRACTED = re.compile(r"['’](?:(s)|(re|ll|ve|d|m))\b", re.IGNORECASE)
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|that|there|here|what|who|where|how)\Z", re.IGNORECASE)
_FULL_FORM = {"re": " are", "ll": " will", "ve": " have", "d": " would", "m": " am"}


def _full_form(m: re.Match) -> str:
    if m.group(2):
        return _FULL_FORM[m.group(2).lower()]
    return " is" if _PRONOUN_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) else m.group(0)  # not 'Kim's'


def _has_clause(text: str) -> bool:
    """:func:`tagger.has_clause` with contractions written out: the tagger splits ``you're``
    into ``you ' re`` and finds no verb in ``That's a good thing when you're running``."""
    if "'" not in text and "’" not in text:
        return tagger.has_clause(text)  # no contraction to write out
    return tagger.has_clause(_CONTRACTED.sub(_full_form, text))


def _two_clauses(doc: Doc, stop: int, start: int, floor: int, least: int = 4) -> bool:
    """Is there a clause (a finite verb) both before ``stop`` (of ``least`` words or more) and
    from ``start`` to the end of its sentence?  Then a capital at ``start`` begins a sentence of its own."""
    text = doc.text  # bounded windows: one long "sentence" must not be read again for every candidate
    before = text[max(doc.sentence_start(stop, floor), stop - _WINDOW):stop]
    after = text[start:min(doc.sentence_at(start)[1], start + _WINDOW)]
    return len(WORD.findall(before)) >= least and _has_clause(before) and _has_clause(after)


@lru_cache(maxsize=8)
def _opener_pattern(rules: RuleSet) -> re.Pattern:
    words = grouped_alternation(sorted(rules.words("segment.sentence_openers"), key=len, reverse=True))
    # "forecast In the final quarter", "higher than expected However, analysts said"
    adverbs = grouped_alternation(sorted(rules.words("segment.sentence_adverbs"), key=len, reverse=True))
    # a capital after the opener ('In California, the company') is left to _introduces_clause; after a
    # clause adverb and its comma ('its kind However, Lakshmi Mittal has told'), to _opener_starts_sentence
    clause = grouped_alternation(sorted(rules.words("segment.clause_adverbs"), key=len, reverse=True))
    return re.compile(r"( )(?<=[\w’'%] )((?:" + words + r")(?= (?:the |a |an )?[a-z0-9A-Z])|(?:" + adverbs + r")(?=, [a-z0-9])"
                      r"|(?:" + clause + r")(?=, [A-Z]))")


# "the past decade But Northern Ireland led": a capitalised conjunction, then a name and its verb
_CONJUNCTION_NAME = re.compile(r"( )(?<=[a-z’'%] )(But|And)(?= (?:[A-Z][\w’'-]* ){1,3}[a-z])")
_WORD_AFTER_NAME = re.compile(r"(?: [A-Z][\w’'-]*){1,3} ([a-z]+)")


def _verb_after_name(text: str, m: re.Match, function_words: frozenset[str]) -> bool:
    """The word after the name is a verb ('But Northern Ireland led'), not the rest of a
    title ('the film And God Created Woman with', 'And Then They Came for Us')."""
    w = _WORD_AFTER_NAME.match(text, m.end(2))
    return bool(w) and w.group(1) not in function_words and tagger.could_be_verb(w.group(1))
_CAPITAL_AFTER_LOWER = re.compile(r"( )(?<=[a-z’'%] )([A-Z][a-z]{2,})(?= [a-z])")


def _common_capital(word: str) -> bool:
    """A capitalised word native news writes in lower case (``Climate``, not ``Moscow``)."""
    ratio = capital_ratio(word)
    return ratio is not None and ratio <= 0.02 and not is_place(word) and not is_listed_name(word)


def _opener_starts_sentence(doc: Doc, m: re.Match, kind: str, prev_tok: str, named: set[int], floor: int) -> bool:
    """An opener or a capitalised common word after a complete clause, with a clause after it,
    not inside a title ('the film In the Bedroom': another capital close ahead)."""
    text = doc.text
    if prev_tok[-1:] in "'’\"”":
        return False
    if m.group(2) in doc.rules.words("segment.clause_adverbs") and text.startswith(", ", m.end(2)):
        return _two_clauses(doc, m.start(), m.end(2) + 2, floor) and not _subordinate_open(doc, m.start(), floor)
    if kind == "opener" and opener_clauses.no_clause_after(text, m.end(2), doc.sentence_at(m.start(2))[1]):
        return False  # 'carried out In the framework of the agreement signed last year': no clause after it
    # 'Walter Scott In the first recording, an officer talks', 'benefits In California, the
    # company is fighting': the phrase, its comma, then a subject and its verb open a sentence,
    # after a name or before one too ('the film In the Bedroom, which won' has no subject there)
    titled = not prev_tok[:1].islower() and shapes.CAPITAL_AHEAD.match(text, m.end(2), m.end(2) + 40)
    if (kind == "opener" and m.start() not in named and m.group(2) not in _NOUN_PHRASE_OPENERS and not titled
            and not _subordinate_open(doc, m.start(), floor)
            and _introduces_clause(doc, m.start(2))):  # not 'Nghe An province, the ...', 'Suddenly Last Summer, Dame'
        return True
    if not prev_tok[:1].islower() and not shapes.after_name_ok(text, kind, m, named):
        return False
    if m.start() not in named and kind != "attribution" and shapes.title_ahead(text, m.end(2), m.group(2), prev_tok, doc.rules):
        return False
    return _two_clauses(doc, m.start(), shapes.clause_start(text, m), floor) and not _subordinate_open(doc, m.start(), floor)


#: openers that may begin a noun phrase in mid-sentence ('with Mr Smith, the chief executive, who')
_NOUN_PHRASE_OPENERS = frozenset({"A", "An", "His", "Her", "Our", "Mr", "Mrs", "Ms", "Dr", "Both", "Several", "Such",
                                  "Another", "Each", "Other", "Others", "Why", "What", "How", "Where"})
_SUBORDINATE_START = re.compile(r"\s*[“\"‘']?(?:Although|Though|Even though|While|When|Whenever|If|Because|As|Since|Once"
                                r"|Unless|Until|After|Before|Whereas)\b[^,;:]*$")


def _subordinate_open(doc: Doc, at: int, floor: int) -> bool:
    """The sentence so far is a subordinate clause still open ('Although the Mac mini was very
    cheap For an Apple computer, it was...'): the comma ahead closes it, no new sentence."""
    return bool(_SUBORDINATE_START.match(doc.text[max(doc.sentence_start(at, floor), at - _WINDOW):at]))


_INTRO_PHRASE = re.compile(r"[A-Z][a-z]+(?: [\w’'-]+){1,6}, ")
_SUBJECT_START = frozenset({"DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "EX", "JJ"})


def _introduces_clause(doc: Doc, start: int) -> bool:
    """``taxes After the discussion, it was mentioned``, ``agency Elsewhere in his remarks,
    Ayatollah Khamenei highlighted``: an opener, its short phrase (no verb) closed by a comma,
    then a subject and a clause.  That shape begins a sentence even when the words before it
    are a heading or a fragment with no verb of their own (a line break or a stop lost)."""
    text = doc.text
    phrase = _INTRO_PHRASE.match(text, start, start + 80)
    if not phrase or _has_clause(phrase.group(0)):
        return False  # 'For those who are interested, you can': a clause in the phrase, read no further
    after = text[phrase.end():min(doc.sentence_at(phrase.end())[1], phrase.end() + _WINDOW)]
    tagged = tagger.tags(after)
    if len(tagged) < 3 or tagged[0][1] not in _SUBJECT_START or tagged[0][0].lower() in ("that", "which", "who"):
        return False
    return _has_clause(after)


def split_lost_boundaries(doc: Doc, ctx: Context) -> list[Change]:
    """``open to negotiations on Ukraine He praised`` -> ``...on Ukraine. He praised``;
    ``forecast In the final quarter, sales rose`` -> ``forecast. In the final quarter``."""
    text = doc.text
    lex = lexicon(ctx.rules)
    out: list[Change] = []
    for s, e in doc.body:
        found, names, named = _candidates(text, s, e, ctx)
        seen: set[int] = set()
        done: set[int] = set()  # a common word's subject is read where no earlier shape made a sure change
        for m, kind in sorted(found, key=lambda f: f[0].start()):
            if m.start() in seen and not (kind.startswith("common_subject") and m.start() not in done):
                continue
            seen.add(m.start())
            prev_tok = prev_token(text, m.start())
            prev = prev_tok.lower()
            closing = kind != "conjunction" and shapes.closes_attribution(text, m.start(), prev, ctx)
            if not closing and (prev in lex.clause_words or prev in lex.function_words
                                or re.search(r"[.!?:;,]['’\"”)]*$", prev_tok)):
                continue
            if not closing and (prev_tok[:1].islower() and (kind != "opener" and rarely_final(prev) or subject_waits(
                    text[max(s, m.start() - 40):m.start()])) or stray_adverb(prev_tok) and tagger.tags(prev)[0][1] == "RB"):
                continue  # "brought The letter", "that it Now owns", "morning Reportedly It": no sentence ends there
            if kind == "capital" and not (kind := shapes.capital_kind(
                    text, m, prev, closing, _common_capital(m.group(2)), lex.clause_words, ctx.rules)):
                continue
            if len(WORD.findall(text, max(doc.sentence_start(m.start(), s), m.start() - _WINDOW), m.start())) < 4 or caps_heading_before(text, m.start(), s, lex.prepositive):
                continue
            if kind == "determiner" and (_verb_wants_object(text, m.start(), m.group(2), s) or shapes.phrase_still_open(
                    text, doc.sentence_start(m.start(), s), m.start()) or not _has_clause(
                    text[m.start(2):min(doc.sentence_at(m.start(2))[1], m.start(2) + _WINDOW)])):
                continue  # "resist The planned reforms", "according to Bild The suspect", "later This month, according"
            if m.re is shapes.THE_NAME and not _two_clauses(doc, m.start(), m.start(2), s):
                continue  # "Martin Scorsese's biopic The Aviator came third": no clause before it
            if kind == "conjunction" and not (
                    shapes.conjunction_after(text, m, prev_tok) and shapes.opens_clause(text, m, doc.rules)
                    and not _subordinate_open(doc, m.start(), s) and _two_clauses(doc, m.start(), m.start(2), s)):
                continue  # "the third And final film": a stray capital; "Sex And The City": title case
            if kind == "time" and (not _two_clauses(doc, m.start(), m.start(2), s) or _subordinate_open(doc, m.start(), s)
                                   or shapes.PHRASE_OPEN.match(text, doc.sentence_start(m.start(), s), m.start())):
                continue  # "At a conference on Thursday Intel announced": a phrase opens the sentence
            if kind in ("opener", "capital", "subject", "attribution", "quantifier") and not _opener_starts_sentence(
                    doc, m, kind, prev_tok, named, s):
                continue  # "the film In the Bedroom"; "trial In the UK under anti-terror laws": no clause
            # "coast The Italian coast guard": in copy with no other mark of MT a title is as likely (offered)
            ch = (shapes.topic_comma(text, m, kind, ctx)
                  or shapes.restated_subject(text, m, kind, text[doc.sentence_start(m.start(), s):m.start()], ctx)
                  or resumed_topic(text, m, kind, doc.sentence_start(m.start(), s), ctx, out)
                  or ctx.change(m.start(), m.start(), ".", "segment.lost_boundary." + kind,
                                doubt=m.re is shapes.THE_NAME and not ctx.mt_like and names[m.start()][1] not in (
                                    "institution", "subject") or boundary_doubt(doc, m.start(), kind, s, ctx)))
            if ch and kind.startswith("common_subject"):  # the weaker 'capital' offer at its place gives way
                out = [c for c in out if (c.start, c.end) != (ch.start, ch.end)]
            if ch:
                out.append(ch)
                done.update(() if ch.rule == "segment.lost_boundary.capital" else (m.start(),))
    return _disjoint(add_learned_stops(doc, ctx, out))


def _candidates(text: str, s: int, e: int, ctx: Context) -> tuple[list, dict, set[int]]:
    """Every place in the paragraph ``text[s:e]`` where a full stop may have been lost, with its
    kind; the ``The`` + name places with their shape; the starts of conjunctions before a name."""
    pronouns = ctx.words("words.subject_pronouns")
    found = [(m, "pronoun" if m.group(2) in pronouns else "determiner")
             for m in _subject_pattern(ctx.rules).finditer(text, s, e)]
    # before the other shapes: a capital after a quotation's attribution is read as that (a subject keeps its rule)
    found += [(m, "attribution") for m in lost_stops.after_quoted_attribution(text, s, e, ctx)]
    doc = ctx.view(text)
    found += relative_heads.without_relative_heads(  # 'delays Mr Lamberty said'; not 'the year Jones, who'
        lost_stops.subjects_after_clause(doc, s, e, ctx), text, s, ctx.rules)
    found += name_subjects.name_candidates(doc, s, e, ctx)  # 'charges Monsanto said', 'stadium Beckham said:'
    found += [(m, "quantifier") for m in lost_stops.quantified_openers(doc, s, e, ctx)]
    found += [(m, "participle") for m in lost_stops.participle_phrases(doc, s, e, ctx)]
    found += [(m, "subject") for m in lost_stops.plural_subjects(doc, s, e, ctx) + lost_stops.modified_subjects(doc, s, e, ctx)]
    found += [(m, "opener") for m in _opener_pattern(ctx.rules).finditer(text, s, e)]
    names = {m.start(): (m, shapes.the_before_name(text, m, ctx)) for m in shapes.THE_NAME.finditer(text, s, e)}
    found += [(m, "determiner") for m, shape in names.values() if shape]
    function_words = lexicon(ctx.rules).function_words
    conj = [m for m in _CONJUNCTION_NAME.finditer(text, s, e) if _verb_after_name(text, m, function_words)]
    found += [(m, "opener") for m in conj]
    found += [(m, "conjunction") for m in shapes.CONJUNCTION.finditer(text, s, e)]
    found += [(m, "capital") for m in _CAPITAL_AFTER_LOWER.finditer(text, s, e)]
    found += common_subjects.common_subjects(doc, s, e, ctx)  # 'she said New technology means': read last
    # before an opener or a capital at the same place ("early next year Mr Gammell set up", which the
    # opener rule leaves: "with Mr Smith"); a subject or a conjunction keeps its own rule
    taken = {m.start() for m, kind in found if kind in ("pronoun", "determiner", "conjunction")}
    return [(m, "time") for m in shapes.after_time(text, s, e)
            if m.start() not in taken and shapes.time_ends_clause(text, m, ctx)] + found, names, {m.start() for m in conj}


def _verb_wants_object(text: str, pos: int, det: str, start: int) -> bool:
    """``to resist The planned``, ``will bring The letter``: a base verb after "to" or a modal,
    its determiner and object after it.  Read in lower case, the determiner is the object's."""
    tagged = tagger.tags(text[max(start, pos - 200):pos] + " " + det.lower())
    if len(tagged) < 3 or tagged[-1][0] != det.lower():
        return False
    return tagged[-2][1] == "VB" and tagged[-3][1] in ("TO", "MD")


def _split_word(text: str, end: int, start: int) -> bool:
    """``in\nvestigation``, ``regio\nn:``: one word split by a line break (halves unknown, a whole known)."""
    a = re.search(r"[a-z]+$", text[max(0, end - 30):end])
    b = re.match(r"[a-z]+", text[start:start + 30])
    if not a or not b:
        return False
    return zipf(a.group() + b.group()) >= 3.5 and min(zipf(a.group()), zipf(b.group())) < 2.5


def join_broken_paragraphs(doc: Doc, ctx: Context) -> list[Change]:
    """A paragraph break in mid-sentence (no punctuation before it, lower case after it)."""
    text = doc.text
    out = []
    paras = doc.body
    openers = ctx.words("segment.paragraph_openers")
    function_words = lexicon(ctx.rules).function_words
    for (s1, e1), (s2, e2) in zip(paras, paras[1:]):
        if e1 <= s1:
            continue
        last = re.search(r"(\w+)$", text[max(s1, e1 - 60):e1])
        dangling = bool(last) and last.group(1) in function_words  # "...power of"
        if re.search(r"[a-z’']$", text[s1:e1]) and re.match(r"(?:[.,;:!?]|[’']s)(?:\s|$)", text[s2:e2]):
            ch = ctx.change(e1, s2, "", "segment.broken_paragraph")  # "comedy\n\n. And the"
            if ch:
                out.append(ch)
            continue
        first = shapes.lower_start(text[s2:e2])
        # "however, ..." after a paragraph without its stop is two slips (a lost stop, a lost capital);
        # either paragraph short: a continuation whatever its first word (counted only when asked)
        continues = bool(first) and (first not in openers
                                     or len(WORD.findall(text, s1, e1)) < 4 or len(WORD.findall(text, s2, e2)) < 4)
        if re.search(r"[A-Za-z’',]$", text[s1:e1]) and (dangling or continues):
            if s1 > 0 or len(WORD.findall(text, s1, e1)) >= 2:
                ch = ctx.change(e1, s2, "" if _split_word(text, e1, s2) else " ", "segment.broken_paragraph")
                if ch:
                    out.append(ch)
    return out


def capitalize_paragraph_start(doc: Doc, ctx: Context) -> list[Change]:
    """``over the past few years Moscow...`` at a paragraph start -> ``Over the past...``."""
    text = doc.text
    out = []
    verbs = ctx.words("segment.finite_verb_starts")
    for s, e in doc.body:
        line = dateline(ctx.rules).match(text, s, e)
        if line:
            s = line.end()
        m = re.match(r"[“\"‘']?([a-z])([a-z’'-]*)\b", text[s:min(e, s + 80)])
        if not m:
            continue
        word = m.group(1) + m.group(2)
        if not (m.group(2).islower() or m.group(2) == "") or (len(word) == 1 and word != "a"):
            continue
        if withheld_at(text, s + m.start(1)):
            continue  # "xxx 6 employees": a withheld name, not a word to capitalise
        # "was on record-breaking form": a verb first means the subject is gone; a capital
        # would hide that, so the editor is asked instead
        nxt = re.match(r"[\w’'-]+ ([\w’'-]+)", text[s + m.start(1):min(e, s + 120)])
        subjectless = (
            word in verbs
            or (word.endswith("ed") and len(word) > 4)
            or (word.endswith("ly") and bool(nxt) and nxt.group(1).endswith("ed"))  # "comfortably defended"
        )
        ch = ctx.change(s + m.start(1), s + m.end(1), m.group(1).upper(), "segment.paragraph_start", doubt=subjectless)
        if ch:
            out.append(ch)
    return out
