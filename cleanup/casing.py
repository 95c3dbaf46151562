"""Stray capitals inside sentences, and in the title line.

Casing is decided with evidence: the word's class, the words around it, its case elsewhere in the article.
Each kind of evidence is its own rule (``casing.stray_capital.modal``, ``.pronoun``, ``.function_word``,
``.after_modal``, ``.verb_slot``, ``.after_function_word``, ``.common_word``): the editor sees which applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import capital_evidence, common_capitals, lexicon, loose_capitals, tagger, unseen_capitals, verb_capitals
from .article_capitals import no_title_end, stray_a
from .attributive_capitals import attributive_confidence
from .doc import Context, Doc
from .edits import Change
from .endings import rarely_final, subject_waits
from .name_function_capitals import governs, owns_verb
from .number_capitals import next_fits
from .verbless_capitals import after_open_phrase, left_by_boundary

_CAP_WORD = re.compile(r"([A-Z](?<![\w’'.-][A-Z])[a-z]+(?:[’'][a-z]+)?|(?<![\w’'.-])A(?= [a-z]))(?![\w-])")
_NEXT = re.compile(r" ([\w’'-]+)")
_AHEAD = re.compile(r"(?: [\w’'-]+){1,3}")
_STOP_AFTER = re.compile(r"[.,;:!?)\"”’]+(?=\s|$)|\s+(?:--|—|–)\s")
_TITLE_END = re.compile(r"[A-Z][\w’']* [\w’']+,? *$")
_NAME_BEHIND = re.compile(r"[A-Z][\w’'-]* (?:of|and|for|on|in|at|to|the|de|la|du|del|von|van|&)(?: the)?$")


@dataclass(frozen=True)
class _Slot:
    """What surrounds a capitalised word in mid-sentence."""

    word: str
    prev: str  # the word before, lower-cased
    prev_low: bool  # the word before is lower-case, or a comma follows it
    comma: bool
    nxt: str  # the word after (lower-case by construction)
    title_ahead: bool  # a common word capitalised in the next three words: a title in title case
    before: str
    pos: int
    name_ahead: bool = False  # a name (not a common word) capitalised in the next three words


def _slot(text: str, m: re.Match, s: int, e: int) -> _Slot | None:
    before = text[max(s, m.start() - 80):m.start()].rstrip()
    window = text[m.end():min(e, m.end() + 120)]
    nxt_m = _NEXT.match(window)
    prev, comma = _word_before(before)
    if prev and _STOP_AFTER.match(window):  # "drown their Sorrows.": no word after it in the clause
        return _Slot(m.group(1), prev.lower(), _low_before(prev) or comma, comma, "", False, before, m.start())
    if not prev or not nxt_m or not next_fits(m.group(1), prev, nxt_m.group(1)):
        return None  # a name of several words: a lower-case word next, or a number after a modifier ("a Further 300")
    ahead = _AHEAD.match(window)
    caps_ahead = [x for x in ahead.group(0).split() if x[:1].isupper() and x[1:2].islower()] if ahead else []
    title_ahead = any(_title_case_word(x) for x in caps_ahead)
    return _Slot(m.group(1), prev.lower(), _low_before(prev) or comma, comma, nxt_m.group(1), title_ahead, before,
                 m.start(), bool(caps_ahead) and not title_ahead)


#: the pronoun I and its contractions: always a capital, as lower-case as any word for what follows ("I Think you")
_PRONOUN_I_FORMS = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})


def _low_before(prev: str) -> bool:
    """Is the word before a capital as good as lower case: a lower-case word or the pronoun I
    (not a number: 'CBS's 60 Minutes show', '367 Members of Congress')?"""
    return prev[:1].islower() or prev in _PRONOUN_I_FORMS


def _word_before(before: str) -> tuple[str, bool]:
    """The word that ends ``before`` (letters, digits, _ and apostrophes), perhaps with a comma
    after it: ("", False) when there is none.  Read backwards: an end-anchored search would
    try every offset."""
    comma = before.endswith(",")
    end = len(before) - comma
    start = end
    while start > 0 and (before[start - 1].isalnum() or before[start - 1] in "_’'"):
        start -= 1
    return before[start:end], comma and start < end


@lru_cache(maxsize=32)
def _lowered(rules, *keys: str) -> frozenset[str]:
    """The lower-cased union of word lists, built once per rule set (not once per capital)."""
    return frozenset(w.lower() for k in keys for w in rules.words(k))


def _title_case_word(word: str) -> bool:
    """A capital ahead says "a title in title case" unless native news knows the word as a name it always
    capitalises ('by Wednesday', 'he wished Kaminsky', 'from Leeds'): a common word ('Do the Right Thing',
    'In Search of the Tartan') or a word the prior has not seen ('Because of Winn-Dixie') may belong to a title."""
    ratio = lexicon.capital_ratio(re.sub(r"[’'][a-z]*$|[^\w]+$", "", word))
    return ratio is None or ratio < 0.7


def _base_verb(word: str) -> bool:
    w = word.lower()
    return (w.isalpha() and not w.endswith(("ed", "ly")) and (not w.endswith("s") or w.endswith("ss"))
            or w in {"be", "not", "also", "never", "still"})


def _object_like(word: str, starters: frozenset[str]) -> bool:
    """What follows a verb: 'Stop undermining', 'Stop the war', 'Make it' (not 'Reading last year')."""
    w = word.lower()
    return w in starters or (w.endswith("ing") and len(w) > 5) or (w.endswith("ly") and len(w) > 4)


def _closed_class(x: _Slot, doc: Doc, ctx: Context) -> tuple[str, float | None] | None:
    """A pronoun, article, conjunction or preposition with a capital: (sub-rule, confidence)."""
    lw = x.word.lower()
    pronouns = _lowered(ctx.rules, "words.subject_pronouns", "words.boundary_subjects")
    clause = ctx.words("words.clause_taking", "words.function_words")
    if x.title_ahead:
        return None  # "Do the Right Thing", "How to Dismantle a Bomb": a title in title case
    if lw in pronouns and not x.comma and x.prev not in clause:
        if x.prev_low and (rarely_final(x.prev) or _inside_phrase(x, doc)):  # "giving The impression", "help With": no sentence ends there
            return ("pronoun" if lw in _lowered(ctx.rules, "words.subject_pronouns") else "function_word", None)
        return left_by_boundary(x, doc, ctx) or after_open_phrase(x, doc, ctx)  # "has spawned Its own"; "Bild The"
    if x.prev in ctx.words("casing.title_small_words") and _TITLE_END.search(x.before) and not no_title_end(lw, x.nxt, ctx):
        return None  # "World at One", "Heard of Me": the end of a title in title case
    if not (x.prev_low or lw == "an"):
        return None
    kind = "pronoun" if lw in _lowered(ctx.rules, "words.subject_pronouns") else "function_word"
    if x.name_ahead and lw in ctx.words("words.clause_taking") and x.nxt in pronouns:
        return kind, 0.5  # "the election And they believe Tony": a lost stop? only offered
    if lw in ctx.words("casing.prepositions") and not x.comma and x.prev not in clause and not rarely_final(x.prev):
        # "handing out At the end of...": a stray capital, or a lost full stop when a clause follows
        s, e = doc.sentence_at(x.pos)
        if tagger.has_finite_verb(doc.text[x.pos:e]):
            return kind, ctx.doubtful(f"casing.stray_capital.{kind}")
    return kind, None


def ctx_words_institutions(doc: Doc) -> frozenset[str]:
    return doc.rules.words("casing.institutions")


def _not_a_name(x: _Slot, doc: Doc, limit: float = 0.15) -> float | None:
    """How surely a capitalised content word is a common word here: its share of capitals in
    native news (lower is surer), or None when it may be a name (a share above ``limit``)."""
    word = re.sub(r"[’'][a-z]+$", "", x.word)  # "Japan's": the word is "Japan"
    if x.title_ahead or capital_evidence.name_behind(x, doc) or doc.case.caps[x.word] > 1 or doc.case.caps[word] > 1:
        return None  # "the Department of Trade and Industry", "the Court of Appeal": part of a name
    if word.lower() in ctx_words_institutions(doc):
        return None  # "the Government", "the Treasury": house style decides, not MT
    if x.nxt in doc.rules.words("casing.place_types"):
        return None  # "from Can hamlet", "in Bich Dao ward": a place's name before its type
    if doc.capitals[word] >= 2 and not doc.case.lows[word.lower()]:
        return None  # "Hearts" written with a capital again and never in lower case: a name here
    ratio = capital_evidence.number_pooled(x, doc, word) or lexicon.capital_ratio(word)  # "its Forecasts for"
    pooled = lexicon.verb_capital_ratio(word)  # "the rockscape Captured in": every form of "capture" counts
    if pooled is not None and not _noun_here(x, doc):  # "comedy Coupling was": a noun, not the verb
        ratio = pooled if ratio is None else min(ratio, pooled)
    if ratio is None or ratio > 0.02:  # "to Medical school", "on social Media": never capitalised next to
        closed = _lowered(doc.rules, "words.function_words", "words.closed_class")
        content = x.prev_low and not x.comma and x.prev not in closed
        at = x.pos + len(x.word) + 1 + len(x.nxt)  # no evidence from "of" before a name: "the City of London"
        named = x.nxt in closed and re.match(r" [A-Z]", doc.text[at:at + 2])
        pair = lexicon.pair_capital_ratio(word, None if named else x.nxt, x.prev if content else None)
        ratio = pair if pair is not None and pair < (ratio or 1.0) else ratio  # those words ("Medical Center" is)
    if ratio is None or ratio > limit:
        return None
    if (lexicon.is_listed_name(word) and ratio > 0.01) or (lexicon.is_place(word) and not (
            capital_evidence.place_excluded(x, word, ratio, doc))):
        return None  # "to Reading last year", "Rose said": a place or a name that is also a word
    return ratio  # after "his", "their", a word news all but never capitalises is no place ("his Opportunity";
    # "their Reading base", "her Ealing flat": English towns in -ing are left)


#: a question word shortly before: the contracted auxiliary is inverted and the capital after it is its subject
_QUESTION_BEFORE = re.compile(r"(?i)\b(?:why|how|what|when|where|who|which|whom)\b(?:\W+\w+){0,3}\W*$")

def _past_verb_with_object(x: _Slot) -> bool:
    """A past tense in -ed after a lower-case word, its object in lower case after it
    ('the firm Reported lower profits'): a sentence does not open with it."""
    return (x.word[1:].islower() and x.word.endswith("ed") and len(x.word) > 5
            and bool(re.match(r"[a-z]", x.nxt)) and tagger.tags(x.word.lower() + " it")[0][1] in ("VBD", "VBN"))


def _content_word(x: _Slot, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """A content word capitalised in mid-sentence that news writes in lower case:
    (sub-rule, confidence from how rarely native news capitalises it and where it stands)."""
    if x.name_ahead and x.nxt in ctx.words("casing.name_particles"):
        return None  # "walk up Via del Corso": a capital, a particle and a capital are one name
    ratio, paper = _not_a_name(x, doc), x.nxt in ctx.words("casing.publication_nouns")  # "editor of Develop magazine"
    if ratio is None and not x.comma and x.prev in ctx.words("casing.nameless_slot") and not paper:
        return unseen_capitals.unseen_word(x, doc, ctx) or loose_capitals.name_like(x, doc, ctx, _not_a_name(x, doc, 0.5))
    # "the film Cars was": a title; "the band Members were": its members
    if ratio is None or paper or not x.comma and x.prev in ctx.words("casing.work_nouns") and not (
            _past_or_present(x.word) or x.prev in ctx.words("casing.group_nouns") and _past_or_present(x.nxt)):
        return None if ratio is not None else unseen_capitals.unseen_word(x, doc, ctx)  # "the Stakeholders allowing"
    if x.comma:  # "in the future, Particularly when": a list of names goes on in capitals, a comma splice
        tiers: tuple[tuple[float, float], ...] = ((0.005, 0.75), (0.02, 0.7))  # is the boundary stage's
        rule = "common_word"
    elif x.prev in ctx.words("casing.non_final_words") or subject_waits(x.before) or _inside_phrase(x, doc):
        # "is Being urged", "in Response to", "the Next three", "a real Concern"; lower case elsewhere: surer
        sure = doc.case.lows[x.word.lower()] or capital_evidence.modifier_of_noun(x, doc) or (  # "a Poor stock market"
            x.prev in ctx.words("casing.nameless_slot") and capital_evidence.heads_no_noun(x, doc))  # "a Guard for"
        tiers = ((0.005, 0.95), (0.015, 0.85), (0.05, 0.6), (0.15, 0.6 if sure else 0.4))
        rule = "after_function_word"
    else:  # "the floods reached Several villages": after another lower-case word
        if ratio <= 0.1 and x.nxt.lower() in _VERB_FOLLOWERS and _verb_after_plural(x, doc):
            tiers = ((0.1, 0.75),)  # "media reports in both countries Describe the deal": the sentence's verb
        elif _past_verb_with_object(x):  # "the firm Reported lower profits": no sentence opens so
            tiers = ((0.02, 0.75), (0.05, 0.5))
        elif doc.case.lows[x.word.lower()]:
            tiers = ((0.01, 0.85), (0.1, 0.7))
        # "the situation has changed Climate change must be faced": a clause on each side, the capital
        # may open a sentence whose stop was lost; tagged only where the answer changes the confidence
        elif 0.005 < ratio <= 0.02 and _clauses_around(x, doc):
            tiers = ((0.02, 0.45),)
        else:
            tiers = ((0.02, 0.7),)
        rule = "common_word"
    conf = next((c for limit, c in tiers if ratio <= limit), None)
    conf = attributive_confidence(conf, rule, x, doc, ctx)  # 'a leading Leave campaigner': offered
    if conf is not None and x.name_ahead and ratio > 0.01 and capital_evidence.title_may_reach(x, doc):
        # "the film Escape from Alcatraz": a title may go on to a name, so only offered; a word
        # news capitalises less than once in a hundred is no title's first word ("being Sent back to Norway")
        conf = min(conf, 0.5)
    return (rule, conf) if conf is not None else None


def _past_or_present(word: str) -> bool:
    """A finite verb form on its own (``Became``, ``Says``): a work's title seldom opens with one."""
    return tagger.tags(word.lower())[0][1] in ("VBD", "VBZ")


#: tags of a word after which a sentence cannot end: the capital that follows is inside a phrase
_PHRASE_INSIDE = frozenset({"JJ", "JJR", "JJS", "VBG", "VB", "VBP", "VBZ", "CC", "IN", "DT", "PRP$", "WDT", "WP",
                            "TO", "MD", "CD", "PDT", "POS"})


def _clauses_around(x: _Slot, doc: Doc) -> bool:
    """A clause both before the capital and after it ('the situation has changed Climate change
    must be faced'): the capital may open a sentence whose stop was lost."""
    s, e = doc.sentence_at(x.pos)  # a bounded window: one long sentence is not tagged again for every capital
    after = x.pos + len(x.word)
    return tagger.has_clause(doc.text[max(s, x.pos - 300):x.pos]) and tagger.has_clause(doc.text[after:min(e, after + 300)])


#: what follows a verb with its object or adjunct: a determiner, a pronoun, a preposition
_VERB_FOLLOWERS = frozenset("the a an this that these those its their his her our my your it them him us me "
                            "on in at to from for with by into onto over under up down out off and about".split())


def _verb_after_plural(x: _Slot, doc: Doc) -> bool:
    """Is the capitalised word, read in lower case, a verb of the present or past right after
    a plural noun, its subject ('countries Describe the', 'investors Danced on')?"""
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + x.word.lower() + " " + x.nxt)
    return (len(tagged) >= 3 and tagged[-2][0] == x.word.lower() and tagged[-2][1] in ("VB", "VBP", "VBD")
            and tagged[-3][1] == "NNS")


def _noun_here(x: _Slot, doc: Doc) -> bool:
    """Is the capitalised word, read in lower case in its sentence, a noun (the kind of word
    a name or a title is made of: 'the new Tablet computers', 'such as Medicaid will')?"""
    s, _ = doc.sentence_at(x.pos)
    start = max(s, x.pos - 200)
    tagged = tagger.tags(doc.text[start:x.pos] + x.word.lower() + " " + x.nxt)
    return len(tagged) < 2 or tagged[-2][0] != x.word.lower() or tagged[-2][1].startswith("NN")


def _inside_phrase(x: _Slot, doc: Doc) -> bool:
    """Is the word before the capital one a sentence cannot end with (an adjective, a verb
    that wants its object, a conjunction...), by its part of speech in context?"""
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos + len(x.word)])
    return len(tagged) >= 2 and tagged[-1][0] == x.word and tagged[-2][1] in _PHRASE_INSIDE


def _after_name(x: _Slot, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """``Minister of Defense Giving an interview``: a verb form after a name or title, followed
    by its object or a preposition, is a carried-over capital (a title would go on in capitals;
    ``Consulting Limited now`` has no object)."""
    # no verb after a possessive: "Channel 4's Made in Chelsea" opens a title
    past = not x.before.endswith(("'s", "’s", "s'", "s’")) and (
        x.word in ctx.words("casing.irregular_past") or capital_evidence.past_form(x.word))
    if x.title_ahead or not (past or re.fullmatch(r"[A-Z][a-z]{2,}ing", x.word)):
        return None
    if x.nxt.lower() not in ctx.words("casing.object_starters", "casing.prepositions"):
        return None
    ratio = _not_a_name(x, doc)  # a past tense is surer: names end in -ing ("Fleming to", "Cumming from")
    return ("after_name", 0.75 if past else 0.6) if ratio is not None and ratio <= 0.01 else None


def _after_capital(x: _Slot, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """``Harrison Said he``, ``The Important thing``, ``It's Going to``: after a capitalised word,
    a word native news all but never capitalises, followed by a lower-case word, with no title
    in title case going on: a carried-over capital.  After a sentence-opening pronoun or
    determiner the capital cannot start a name with it; after a name it might end one, so only
    the rarest capitals are applied."""
    if (x.prev in ctx.words("casing.weekdays") and x.word.lower() in ctx.words("casing.day_parts")
            and not (x.comma or x.name_ahead or x.title_ahead)):
        return "time_of_day", None  # "Saturday Afternoon during a regatta"; not "Sunday Night at the London Palladium"
    if x.nxt in ctx.words("casing.publication_nouns"):
        return None  # "the Big Issue magazine"
    if x.title_ahead or x.comma or x.word in ctx.words("words.subject_pronouns", "words.boundary_subjects"):
        return None  # "Paris He said": a lost boundary, for the boundary stage
    if re.search(r"(?<![\w-])(?<![a-z] )[A-Z]{2,}[\w-]*$", x.before):  # not an acronym after a lower-case word
        return None  # "WHO LEFT EMPTY-HANDED While many": a heading in capitals runs into its text ("the EDAC Said that")
    ratio = _not_a_name(x, doc)
    if ratio is None:
        return None
    i = x.pos - 1
    while i > 0 and doc.text[i] == " ":
        i -= 1
    while i > 0 and (doc.text[i - 1].isalnum() or doc.text[i - 1] in "’'"):
        i -= 1
    opener = not doc.mid_sentence(i) and x.prev in ctx.words("words.closed_class") | {"it's", "we've", "i've", "we're"}
    own_verb = owns_verb(x, ctx)  # "in Houston Was closed", "Reliance Has agreed": the verb is its own
    if not opener and (x.nxt in {"and", "or", "&"} or not own_verb and _verb_follows(x, doc)):
        return None  # "Samira Said and", "Samira Said contributed": the capital ends the name
    if opener and x.prev not in {"the", "a", "an"}:
        tiers: tuple[tuple[float, float], ...] = ((0.05, 0.75),)  # "It's Going to", "We've Overcome"
    elif opener and unseen_capitals.lower_or_modifier(x, doc) and not _name_goes_on(x, doc, ctx):
        # "The Company has grown", "The Current system": lower case elsewhere, or a modifier (not "The Archers")
        tiers = ((0.02, 0.75), (0.05, 0.6))
    elif opener and capital_evidence.common_noun_opens(x, doc):  # "The Message asks", "The Company has grown"
        # only offered: a band, show or film named once opens native sentences so ("The Artist won", "The Wanted")
        tiers = ((0.1, 0.6),)
    else:  # "The Important thing" ("The Archers is"), "Netflix Had no" ("Doctor Who fans")
        tiers = ((0.005 if not opener and governs(x, doc, ctx) else 0.0015, 0.75), (0.005, 0.6))
    conf = next((c for limit, c in tiers if ratio <= limit), None)
    return ("after_name", conf) if conf is not None else None


def _name_goes_on(x: _Slot, doc: Doc, ctx: Context) -> bool:
    """Does a small word and a capital or a number follow ('The Votes at 16 alliance')?"""
    at = x.pos + len(x.word) + 1 + len(x.nxt)
    return x.nxt in ctx.words("casing.title_small_words") and re.match(r" +[A-Z0-9]", doc.text[at:at + 3]) is not None


def _verb_follows(x: _Slot, doc: Doc) -> bool:
    """Is the word after the capital a finite verb (then the capital ends its subject, a name)?"""
    tagged = tagger.tags(doc.text[x.pos:x.pos + len(x.word) + 1 + len(x.nxt)])
    return len(tagged) >= 2 and tagged[1][1] in {"VBD", "VBZ", "VBP", "MD"}


def _after_title(x: _Slot, doc: Doc, ctx: Context) -> bool:
    """``Mr. Chatchat Sitthiphan, Governor of Bangkok Met with``: a verb with its object or a
    preposition right after a name's title in apposition (the apposition ends there)."""
    if not (re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ed)", x.word)
            or x.word in ctx.words("casing.irregular_past", "casing.irregular_past_names")):
        return False
    if x.nxt.lower() not in ctx.words("casing.object_starters", "casing.prepositions"):
        return False
    if not _appositive_title(ctx.rules).search(x.before) or doc.case.caps[x.word] > 1:
        return False
    ratio = lexicon.capital_ratio(x.word)
    return ratio is not None and ratio <= 0.15 and not lexicon.is_listed_name(x.word) and not lexicon.is_place(x.word)


@lru_cache(maxsize=8)
def _appositive_title(rules) -> re.Pattern:
    titles = rules.alternation("casing.appositive_titles")
    return re.compile(rf"[a-z.], (?:{titles})(?: (?:{titles}|[A-Z][\w.’'-]*|of|and|to|the|for|&))*$")


def classify(x: _Slot, doc: Doc, ctx: Context) -> tuple[str, float | None] | None:
    """Which stray-capital rule applies to the capitalised word, if any: (sub-rule, confidence)."""
    w = ctx.words
    lw = x.word.lower()
    closed = w("words.closed_class")
    modal_names = w("casing.modal_names")
    if (lw in w("words.modal_verbs") - modal_names and _base_verb(x.nxt)
            and x.nxt.lower() not in closed | w("words.function_words")
            and not (lw == "will" and x.nxt.lower() in w("casing.will_name_followers")) and not x.title_ahead):
        return "modal", None  # "the factory in Hungary Will start": a modal, even after a name
    if lw in closed:
        return _closed_class(x, doc, ctx) or (None if x.prev_low else _after_capital(x, doc, ctx))
    if not x.prev_low:
        if _after_title(x, doc, ctx):
            return "after_title", None
        return _after_name(x, doc, ctx) or _after_capital(x, doc, ctx)
    common = lexicon.is_common_word(lw)
    contracted = "n’t" in x.prev or "n't" in x.prev
    if not x.comma and x.prev in w("words.modal_verbs") and common and not (
            lexicon.is_listed_name(x.word) and (x.nxt.lower() in w("casing.inversion_followers") or contracted)) and not (
            contracted and _QUESTION_BEFORE.search(x.before)):  # "Why don't Mary and", "why doesn't Apple make"
        return "after_modal", None  # "would Expand support": a verb after a modal
    if (not x.comma and not x.title_ahead and x.prev in w("casing.verb_slot_words")
            and _object_like(x.nxt, w("casing.object_starters")) and common and not lexicon.is_listed_name(x.word)
            and not (lexicon.is_place(x.word) and (lexicon.capital_ratio(x.word) or 1.0) >= 0.005)):
        return "verb_slot", None  # "to Stop undermining"; not "travelled to Reading the night before"
    if verb_capitals.after_auxiliary(x, ctx, common):
        return "after_auxiliary", None  # "would now be Reviewing how", "accusations that have Roiled the"
    if verb_capitals.gerund(x, ctx, common):
        return "gerund", None  # "best known for Staging the musical"
    if verb_capitals.verb_form_between(x, ctx, common) and not _NAME_BEHIND.search(x.before):
        return "verb_form", None  # "six tracks Occupying spots", "worried about supply and Underlying fears"
    return _content_word(x, doc, ctx)


def stray_capitals(doc: Doc, ctx: Context) -> list[Change]:
    """``urge them to Stop undermining`` -> ``to stop``; ``confirmed that He accepted`` -> ``he``."""
    text = doc.text
    pronouns = _lowered(ctx.rules, "words.subject_pronouns", "words.boundary_subjects")
    caps = doc.case.caps
    out: list[Change] = []
    for s, e in doc.body:
        for m in _CAP_WORD.finditer(text, s, e):
            if not doc.mid_sentence(m.start()) or (caps[m.group(1)] > 1 and m.group(1).lower() not in pronouns):
                continue  # the article capitalises it elsewhere too: a name
            x = _slot(text, m, s, e)
            if x is None or x.word == "A" and not stray_a(x, doc):
                continue  # "Plan A", "type A personality": a lone A only after a verb or a preposition
            if x.title_ahead and x.nxt.lower() not in ctx.words("casing.title_small_words"):
                # "will Also star Jessica Lange": title case would capitalise "star" too; the capitals
                # ahead are names, so the cautions for a name ahead apply, not those for a title
                x = replace(x, title_ahead=False, name_ahead=True)
            found = common_capitals.stronger(loose_capitals.before_stop(x, doc, ctx, _not_a_name(x, doc)) if not x.nxt
                                             else classify(x, doc, ctx), x, doc, ctx, _not_a_name)
            if found:
                start = m.start() - 1 if found[0] == "after_title" else m.start()  # ", met": the comma too
                ch = ctx.change(start, m.start() + 1, ("," + text[start] if start < m.start() else "")
                                + x.word[0].lower(), "casing.stray_capital." + found[0], confidence=found[1],
                                native=doc.case.lows[x.word.lower()] > 0)  # the article's lower case: any copy
                if ch:
                    out.append(ch)
    return out + loose_capitals.outside_slots(doc, ctx)


_PRONOUN_I = re.compile(r"i(?<![\w’'(./-]i)(?=(?:[’'](?:m|ve|ll|d))?\s+[a-z])")


def pronoun_i(doc: Doc, ctx: Context) -> list[Change]:
    """``then i posted it`` -> ``then I posted it``: the pronoun is always a capital."""
    text = doc.text
    edited = []
    for m in _PRONOUN_I.finditer(text):
        para = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 400)
        before = text[para:m.start()]
        if before.count('"') % 2 or before.count("“") > before.count("”") or before.count("(") > before.count(")"):
            continue  # a quoted post or an aside keeps its writer's own spelling
        edited.append(m)
    # three uses or more: the writer's habit (a reader's comment), not a slip of MT (two at most
    # in the real-MT sets): only offered, in any copy (comments show MT signals of their own).
    # Counted among the uses edited: a quoted post's own spelling is no habit of the text's
    habit = len(edited) >= 3
    out = []
    for m in edited:
        ch = ctx.change(m.start(), m.end(), "I", "casing.pronoun_i", doubt=habit)
        if ch:
            out.append(ch)
    return out
