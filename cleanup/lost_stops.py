"""More places where a full stop was lost, read for the boundary stage (:mod:`cleanup.segment`),
which then checks them as it checks its own candidates (a clause on both sides, no title).

- A capital of any kind after the attribution that closes a quotation (``...1%," he says Mr
  Addink blames the euro``, ``," he said Some 350 films will``): the quotation is what was
  said, so whatever follows the verb of saying opens a new sentence.  Native news writes a
  capital there only for the day or month of the saying (``," the prosecutor said Monday``);
  on the clean tuning and held-out halves (1.2 million words) the shape occurs with no other
  capital after it.
- A participle's phrase, its comma, a subject and its clause (``absence Directed by Andrey
  Zvyagintsev, The Return won``, see :func:`participle_phrases`).
- A quantifier opening a subject (``the holes Many of the flaws``, see :func:`quantified_openers`), or
  a plural noun, its phrase and its verb (``talks failed Sources familiar with the deal said``, see
  :func:`plural_subjects`).
- An honorific and a name with their verb after a complete clause (``delays Mr Lamberty said``, see
  :func:`honorific_subjects`), or a name with its verb and object (``without a fight Microsoft is
  going to push``, see :func:`named_subjects`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import clause_ends, honorifics, lexicon, name_slots, tagger, verb_capitals
from .boundary_shapes import PHRASE_OPEN
from .doc import Context, Doc
from .rules import RuleSet

#: a quotation closed, then its attribution (one to five words, no comma or stop) up to its verb
_QUOTE_ATTRIBUTION = re.compile(r"[,?!][”\"’'] (?:[\w’'-]+ ){1,5}?([a-z]+)(?= [A-Z])")
#: the capitalised word after the verb, the shape the boundary stage reads (group 1 the space, 2 the word)
_CAPITAL = re.compile(r"( )([A-Z][\w’'.-]*)")


def after_quoted_attribution(text: str, s: int, e: int, ctx: Context) -> list[re.Match]:
    """The capitals in ``text[s:e]`` right after a verb of saying that closes a quotation's
    attribution (``," he said Nigel Harding, head of``), not an addressee's verb (``," he told
    CNN``) nor a day or a month (``," Uber said Tuesday``)."""
    verbs = ctx.words("words.speech_verbs") - ctx.words("segment.addressee_verbs")
    when = ctx.words("segment.attribution_time_words")
    out = []
    for m in _QUOTE_ATTRIBUTION.finditer(text, s, e):
        cap = _CAPITAL.match(text, m.end(1), e)
        if m.group(1) in verbs and cap and re.sub(r"[’'].*|\W+$", "", cap.group(2)).lower() not in when:
            out.append(cap)
    return out


#: a subordinate clause or a quotation still open at the end of the words before: they need no stop yet
_STILL_OPEN = clause_ends.STILL_OPEN
_TAKING, _JOINS = ("words.clause_taking", "segment.finding_verbs", "segment.complement_nouns"), "segment.subordinate_joins"


@lru_cache(maxsize=8)
def _title_words(rules: RuleSet) -> frozenset[str]:
    """The words after which an honorific and a name are no new sentence (read once per rule set)."""
    return rules.words("segment.title_nouns") | rules.words("segment.attribution_title_openers") | rules.words(
        "segment.relative_heads")


def honorific_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """``by any means Mr Lamberty said that 92 flights``: an honorific and a name followed by
    their finite verb, after a noun, a number or an adverb that ends a complete clause (or a
    passive participle, ``was needed Mr Howard also called``).  Native news writes that shape
    inside a sentence as the object of a verb (``accused Mr Blair of``), after a title
    (``Labour spokesman Mr Kemp said``), after a phrase or a clause still open (``in light of
    the changes``, ``as a Cambridge student Mr Howard was``, ``but on Wednesday Mr Straw``) or
    in a relative clause without 'that' (``the way Mr Blunkett introduced``, ``something Mr
    Sullivan denies``): each is left."""
    text = doc.text
    out = []
    titles: frozenset[str] = frozenset()
    for m in honorifics.after_lower_word().finditer(text, s, e):
        titles = titles or _title_words(ctx.rules)
        prev = text[max(s, m.start() - 40):m.start()].rsplit(" ", 1)[-1]
        if not prev.isalpha() or prev in titles or prev in ctx.words("segment.sentence_openers") or not _verb_after(m):
            continue  # 'disunity Now Mr Blair is trying': the opener goes with the name's clause
        before = text[max(doc.sentence_start(m.start(), s), m.start() - 300):m.start()]
        if (clause_ends.subordinate_open(before, ctx.words(*_TAKING), ctx.words(_JOINS)) or PHRASE_OPEN.match(before) or before.count('"') % 2
                or before.count("“") > before.count("”")):
            continue
        if _ends_clause(before, ctx) or _ends_on_name(before, prev, ctx):  # the clause after it: the name and its verb
            out.append(m)
    return out


def _ends_on_name(before: str, prev: str, ctx: Context) -> bool:
    """``from oil giant Shell Mr Gammell is``, ``writes Mr Peston Mr Prescott said``: a complete
    clause that ends on a name, then an honorific.  Native news puts a name before ``Mr`` in
    mid-sentence only after a phrase that opens the sentence (``Speaking in Harrogate Mr Kennedy
    said``, ``On Tuesday Mr Blair``: no clause before it), after a subordinate clause that opens
    it with no comma (``Once the talks collapsed in Geneva Mr Kerry flew home``) or as the object
    of a verb that takes a clause (``told the Sunday Times Mr Campbell would``)."""
    if not prev[:1].isupper() or prev.lower() in ctx.words("segment.attribution_time_words"):
        return False
    opener = before.split(maxsplit=1)[0].lstrip("“\"‘'") if before.strip() else ""
    if opener in ctx.words("segment.subordinate_openers") and not re.search(r"[,;:]", before):
        return False  # 'As the Prime Minister arrived in Brussels Mrs May was': the main clause's subject
    near = {w.lower().strip(",") for w in before.split()[-5:]}
    if near & ctx.words("words.clause_taking", "segment.finding_verbs"):
        return False
    return tagger.has_clause(before) and clause_ends.last_clause_complete(before)


def _verb_after(m: re.Match) -> bool:
    """Is the name followed by its finite verb, perhaps after an adverb ('Mr Howard also called')?"""
    name = [honorifics.bare(w) for w in m.group(2).split()]  # 'Prof.' is one token to the tagger as 'Prof'
    tagged = tagger.tags(" ".join([*name, m.group(3), m.group(4) or ""]).strip())
    k = len(name)
    if len(tagged) <= k:
        return False
    # after an adverb the tagger reads a past tense as a participle ('Mr Howard also called')
    return tagged[k][1] in tagger.FINITE or (tagged[k][1] == "RB" and len(tagged) > k + 1
                                             and tagged[k + 1][1] in tagger.FINITE | {"VBN"})


def _ends_clause(before: str, ctx: Context, name_end: bool = False) -> bool:
    """Do the words before end a complete clause on a noun, a number, an adverb or a passive
    participle (after a form of 'be', ``words.be_forms``; or, with ``name_end``, a name), the
    last clause (after its comma or conjunction) with a finite verb of its own?"""
    tagged = tagger.tags(before)
    if len(tagged) < 4:
        return False
    passive = tagged[-1][1] == "VBN" and any(w.lower() in ctx.words("words.be_forms") for w, _ in tagged[-3:-1])
    ends = ("NN", "NNS", "CD", "RB", "NNP", "NNPS") if name_end else ("NN", "NNS", "CD", "RB")
    if tagged[-1][1] not in ends and not passive:
        return False
    return tagger.has_clause(before) and clause_ends.last_clause_complete(before)


#: a quantifier and 'of' or 'than', 'Among' and its noun phrase, 'Not only', 'Because' and its subject: words
#: that open a sentence's subject or a fronted phrase, after a lower-case word (the boundary stage then asks for a
#: clause on each side)
_QUANTIFIED = re.compile(r"( )(?<=[a-z%] )((?:Many|Most|Some|None|All|Each|Several|Few|Both|Much|Any|Neither|Either|Half)"
                         r"(?= of (?:the|them|those|these|his|her|its|their|our|us|you|which)\b)|(?:More|Less|Fewer)(?= than )"
                         r"|Among(?= (?:the|those|them|other|others|its|his|her|their)\b)|Not(?= (?:only|just|since|surprisingly)\b)"
                         r"|Because(?= (?:of|the|he|she|it|they|we|there|his|her|their|its)\b(?=[^.,;!?]{3,}, )))")


def quantified_openers(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """``the holes Many of the flaws could be used``, ``a year earlier More than 90,000 firms``,
    ``vociferously against the scheme Among those reported``: capitalised words that open a subject
    or a fronted phrase and that no name or title begins after a lower-case word.  Not after a
    verb, whose object they may start (``he met Many of the leaders``): a stray capital."""
    out = []
    for m in _QUANTIFIED.finditer(doc.text, s, e):
        before = doc.text[max(s, m.start() - 60):m.start()].split()[-3:]
        tagged = tagger.tags(" ".join(before)) if before else ()
        if tagged and not tagged[-1][1].startswith(("VB", "MD", "IN", "TO", "DT", "JJ")):
            out.append(m)
    return out


#: a capitalised participle after a lower-case word ('absence Directed by', 'codes Speaking in')
_PARTICIPLE = re.compile(r"( )(?<=[a-z%] )([A-Z][a-z]{2,}(?:ing|ed))(?= [\w’'-])")
#: the participle's phrase up to its comma (no clause in it)
_PHRASE = re.compile(r"[A-Z][a-z]+(?! (?:us|him|them|me|her|it|you)\b)(?: [\w’'-]+){1,8}?, ")
_SUBJECT_START = frozenset({"DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "EX"})


def participle_phrases(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """``after a 10-year absence Directed by Andrey Zvyagintsev, The Return won``, ``codes Speaking
    in London on Monday, Gen Musharraf said``: a participle's phrase closed by a comma, then a
    subject and its clause, after a complete clause: the phrase opens a sentence.  A stray
    capital on a participle inside a clause has no subject after its phrase (``the firm
    Headquartered in Paris, said``, ``people Living in poverty has risen``)."""
    text = doc.text
    out = []
    pronouns, be_have = ctx.words("words.personal_pronouns"), ctx.words("words.be_forms") | {"has", "have", "had"}
    for m in _PARTICIPLE.finditer(text, s, e):
        word = m.group(2)
        prev = text[max(s, m.start() - 40):m.start()].rsplit(" ", 1)[-1]
        if not prev[:1].islower() or prev in pronouns:
            continue  # "the Great Housing Mission": a name goes on; "How are you Compared to": a question
        ratio = lexicon.capital_ratio(word)
        if (ratio is None or ratio > 0.05 or not lexicon.is_common_word(word.lower()) or lexicon.is_listed_name(word)
                or lexicon.is_place(word) or not verb_capitals.verb_stem(word.lower())):
            continue
        phrase = _PHRASE.match(text, m.start(2), min(e, m.start(2) + 100))
        if not phrase or tagger.has_clause(phrase.group(0)):
            continue
        after = text[phrase.end():min(doc.sentence_at(phrase.end())[1], phrase.end() + 300)]
        tagged = tagger.tags(after)
        if len(tagged) < 3 or tagged[0][1] not in _SUBJECT_START or tagged[0][0].lower() in ("that", "which", "who"):
            continue
        before = text[max(doc.sentence_start(m.start(), s), m.start() - 300):m.start()]
        if _STILL_OPEN.search(before) or set(before.lower().split()[-2:]) & be_have:
            continue  # "while Downey may be understandably Tired of": a participle in its verb phrase
        if tagger.has_clause(after) and tagger.has_clause(before):
            out.append(m)
    return out


#: a capitalised plural noun and the phrase that qualifies it ('Reports of', 'Sources familiar with', 'Changes to')
_PLURAL_HEAD = re.compile(r"( )(?<=[a-z%] )([A-Z][a-z]{2,}s)(?= (?:of|to|from|for|in|on|at|with|by|among|familiar|close"
                          r"|across) )")
_BEFORE_SUBJECT = frozenset({"NN", "NNS", "RB", "RP", "CD"})


def _lower_case_word(word: str) -> bool:
    """A dictionary word native news writes in lower case (capitalised at most one time in
    twenty) and no listed name or place: its capital here is a sentence's, or a stray one."""
    ratio = lexicon.capital_ratio(word)
    return (ratio is not None and ratio <= 0.05 and lexicon.is_common_word(word.lower())
            and not lexicon.is_listed_name(word) and not lexicon.is_place(word))


def plural_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """``talks failed Sources familiar with the deal said``, ``cool down Changes to mortgage
    regulation may have``: a capitalised plural noun, its phrase and then its finite verb (no
    comma between), after a noun or adverb that ends a clause: the subject of a new sentence.  A
    stray capital on a plural noun is a verb's or a preposition's object (``detailed Changes to
    the law``), which the word before shows."""
    text = doc.text
    out = []
    pronouns = ctx.words("words.personal_pronouns")
    for m in _PLURAL_HEAD.finditer(text, s, e):
        word = m.group(2)
        if not _lower_case_word(word):
            continue
        before = text[max(s, m.start() - 60):m.start()].split()[-3:]
        if not before or not before[-1][:1].islower() or before[-1] in pronouns:
            continue
        held = tagger.tags(" ".join(before))
        phrase = re.split(r"[,;:.!?]", text[m.end(2):min(e, m.end(2) + 120)], maxsplit=1)[0]
        tagged = tagger.tags(word.lower() + phrase)
        if not held or held[-1][1] not in _BEFORE_SUBJECT or not tagged or tagged[0][1] != "NNS":
            continue
        if any(t in tagger.FINITE for _, t in tagged[2:12]):
            out.append(m)
    return out


#: a capitalised word and the next two words ('Big manufacturers were', 'Consumer spending was')
_MODIFIED_HEAD = re.compile(r"( )(?<=[a-z%] )([A-Z][a-z]{2,})(?= ([a-z]+) ([a-z]+))")


def modified_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """``a survey of 10,227 firms Big manufacturers were``, ``a "mixed" rating Consumer spending
    was``: a capitalised modifier (an adjective or a noun native news writes in lower case), its
    noun and the finite verb right after them, after a noun that ends a clause.  After a verb or
    a preposition the capital is more likely a stray one inside the object."""
    text = doc.text
    out = []
    for m in _MODIFIED_HEAD.finditer(text, s, e):
        word = m.group(2)
        if not _lower_case_word(word) or m.group(3) in ctx.words("words.function_words"):
            continue
        before = text[max(s, m.start() - 60):m.start()].split()[-3:]
        held = tagger.tags(" ".join(before)) if before else ()
        if not held or held[-1][1] not in ("NN", "NNS") or not before[-1][:1].islower():
            continue
        tagged = tagger.tags(f"{word.lower()} {m.group(3)} {m.group(4)}")
        if (len(tagged) == 3 and tagged[0][1] in ("JJ", "NN", "VBG") and tagged[1][1] in ("NN", "NNS")
                and tagged[2][1] in tagger.FINITE):
            out.append(m)
    return out


#: a name (one to three capitalised words) and its possessive after a lower-case word ('tide Henol's friend')
_POSSESSIVE = re.compile(r"( )(?<=[a-z] )([A-Z][\w-]+(?: [A-Z][\w-]+){0,2}['’]s)(?= [a-z0-9])")
_NOUN_PHRASE = frozenset({"JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "CD"})
#: a name, its comma, an appositive opening in lower case or with a number ('a spokesman for Yukos', '45'),
#: its comma, then the next two words (the verb, perhaps after an adverb)
_APPOSITION = re.compile(r"( )(?<=[a-z] )([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?=, ([A-Za-z\d][\w’'-]*(?: [\w’'&.-]+){0,11}?),"
                         r" ([a-z]+)(?: ([a-z]+))?\b)")


def _after_content_word(near: list[str], ctx: Context) -> bool:
    """Is the last of the words ``near`` one a clause may end on (not a function word or a title)?"""
    prev = near[-1] if near else ""
    return prev.isalpha() and prev not in _title_words(ctx.rules) and prev not in ctx.words("words.function_words")


def opens_after_clause(doc: Doc, m: re.Match, s: int, ctx: Context, name_end: bool = False) -> bool:
    """Is the capital at ``m`` after a word that ends a complete clause (a noun, number or adverb,
    or a name with ``name_end``; not a function word, a title or a relative head: ``the way Tony
    Blair's government operates``), with no verb or noun that takes a clause just before it, and
    no subordinate clause, phrase or quotation still open?"""
    text = doc.text
    near = text[max(s, m.start() - 40):m.start()].split()[-4:]
    if not _after_content_word(near, ctx):
        return False
    # 'said Ofsted boss Mr Bell's comments were', 'the suggestion Britain's hospitality was': a clause
    # that a verb of saying or a noun takes without 'that'
    taking = ctx.words(*_TAKING)
    if clause_ends.takes_clause_near([w.lower().strip(",") for w in near], taking):
        return False
    before = text[max(doc.sentence_start(m.start(), s), m.start() - 300):m.start()]
    if (clause_ends.subordinate_open(before, taking, ctx.words(_JOINS)) or PHRASE_OPEN.match(before) or before.count('"') % 2
            or before.count("“") > before.count("”")):
        return False
    return _ends_clause(before, ctx, name_end)


def possessive_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """``set sail at high tide Henol's friend Soloman was among``, ``the location of police
    officers Google's executives won't discuss``: a name's possessive, its noun phrase and the
    finite verb right after it, after a complete clause.  Inside a sentence native news writes
    the shape after a preposition (``the rise in London's house prices``), a verb (``showed
    Britain's economy grew``) or as a relative clause without 'that' (``the way Tony Blair's
    government operates``): none on the 1,600 clean tuning articles once those are left."""
    out = []
    for m in _POSSESSIVE.finditer(doc.text, s, e):
        if not _after_content_word(doc.text[max(s, m.start() - 40):m.start()].split()[-1:], ctx):
            continue  # 'in Britain's economy': the cheap half of the clause test, before any tagging
        rest = re.split(r"[,;:.!?(\"“]", doc.text[m.end(2):min(e, m.end(2) + 80)], maxsplit=1)[0]
        tagged = tagger.tags(rest)[:7]
        verb = next((i for i, (_, t) in enumerate(tagged) if t not in _NOUN_PHRASE), None)
        if verb and tagged[verb][1] in tagger.FINITE and opens_after_clause(doc, m, s, ctx):
            out.append(m)
    return out


def appositive_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """``in distress Roberta Metsola, a Maltese member of the European Parliament, said``,
    ``the set in protest Hill, the Choctaw actor, seemed``: a name, an appositive between
    commas with no verb of its own, then the name's finite verb, after a complete clause.  A
    list of names (``Queen, Muse, Manic Street Preachers``) has no lower-case appositive; a
    name after a verb of saying is that verb's subject (``said Mike Lake, a spokesman``)."""
    out = []
    not_appositive = ctx.words("segment.not_appositive_openers")  # 'Smith, who', 'Paris, and': no appositive
    for m in _APPOSITION.finditer(doc.text, s, e):
        prev = doc.text[max(s, m.start() - 40):m.start()].split()[-1:]
        if not _after_content_word(prev, ctx) or prev[0].lower() in ctx.words("segment.name_roles"):
            continue  # 'Labour leader Keir Starmer, who attended, said': the name of the role, no new subject
        first, inner = m.group(2).split()[0], m.group(3)
        relative = inner.startswith("who ")  # 'Jones, who won five medals, is': a relative clause has its own verb
        if (lexicon.is_common_word(first.lower()) and (lexicon.capital_ratio(first) or 0.0) < 0.5
                or inner.split()[0] in not_appositive and not relative or inner[:1].isupper() and inner.istitle()):
            continue  # 'Director Alexander Payne, 61, said': a capitalised word, not a name; 'Paris, Texas': no role
        verb = tagger.tags(f"he {m.group(4)} {m.group(5) or ''}".strip())
        finite = verb[1][1] in tagger.FINITE or (verb[1][1] == "RB" and len(verb) > 2
                                                 and verb[2][1] in tagger.FINITE | {"VBN"})
        if relative:  # 'a kick Stephen Jones, who had seen it fall, would have approached with': a relative's gap
            after = doc.text[m.end(2) + len(inner) + 4:min(e, m.end(2) + len(inner) + 80)]
            finite = finite and verb_gap(re.split(r"[;:.!?(\"“]", after, maxsplit=1)[0], ctx) is False
        if (finite and (relative or not any(t in tagger.FINITE for _, t in tagger.tags(inner)))
                and opens_after_clause(doc, m, s, ctx)):
            out.append(m)
    return out


#: a name of one to three capitalised words after a lower-case word: 'without a fight Microsoft is going'
_NAMED = re.compile(r"( )(?<=[a-z%] )([A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*){0,2})(?= [a-z])")
#: a relative clause without 'that' or a question still open a few words before the name ('the best thing
#: Hernandez ever had', 'in what section of the prison Hernandez does his time')
RELATIVE_NEAR = re.compile(r"\b(?:what|which|whose|whom|where|how|the (?:\w+ )?(?:way|time|moment|day|thing|things|one|only)"
                            r"|the (?:best|worst|first|last|biggest|most) \w+)\b(?: [\w’'-]+){0,4}$")
_GAP_AFTER = frozenset({"IN", "TO", "RP", ",", ".", ":", "(", "CC"})


def verb_gap(rest: str, ctx: Context) -> bool | None:
    """After the name: None when no finite verb comes first; True when the verb group ends with
    no object or complement (end, comma, preposition, particle, 'to': ``the money Britain
    wanted to spend``, ``a car Hernandez was driving.``), the gap a relative clause leaves."""
    tagged = tagger.tags(rest)
    verbs = 0
    for i, (word, tag) in enumerate(tagged):
        if tag == "RB" or tag.startswith("VB") or tag == "MD" or (
                tag == "TO" and verbs and i + 1 < len(tagged) and tagger.could_be_verb(tagged[i + 1][0])):
            if i == 0 and tag not in tagger.FINITE and tag != "RB":
                return None
            verbs += tag != "RB"
            continue
        if not verbs:
            return None
        last, be, head = tagged[i - 1][0].lower(), ctx.words("words.be_forms"), " ".join(w for w, _ in tagged[i + 1:i + 2])
        if word.lower() in ctx.words("segment.time_after_verb", "segment.attribution_time_words", "segment.frequency_adverbs") or (
                word.lower() in ctx.words("segment.time_quantifiers") and head.lower() in ctx.words("segment.time_relative_heads")
                or tag == "CD" and head.lower() in ctx.words("segment.frequency_nouns")):
            # 'the loans Rosneft received last year', 'the risks Buffett takes every day', 'the title Federer won five times'
            return last not in be
        return tag in _GAP_AFTER and last not in be and last not in ctx.words("words.speech_verbs")
    return bool(verbs) or None


#: a sentence's end inside the words before a name: a stop after a lower-case word or a number, then a capital
_SENTENCE_END = re.compile(r"[.!?](?<=[a-z\d%)][.!?])[\"”’]?\s+(?=[\"“]?[A-Z])")  # the mark, then its look-behind


def object_slot(near: str, ctx: Context) -> bool:
    """Is the name in the words after ``near`` an object or a complement's subject: after a base
    verb (``used to plug Labour's``, ``could not access Freeview``) or after a verb that takes a
    clause with no finite verb since (``He said the family of sound engineer Thorne Nogar did``)?
    Only the words of the name's own sentence count (not ``said Vieira. "I had a talk``)."""
    return _object_slot(near, ctx.rules)


@lru_cache(maxsize=16384)
def _object_slot(near: str, rules: RuleSet) -> bool:
    """:func:`object_slot`, remembered: the named and recurring-name shapes ask it of the same words."""
    ends = list(_SENTENCE_END.finditer(near)) if "." in near or "?" in near or "!" in near else ()
    words = [w.lower().strip(",") for w in near[ends[-1].end() if ends else 0:].split()]
    if len(words) >= 2 and words[-2] in rules.words("segment.base_verb_before", "words.modal_verbs"):
        return True
    return clause_ends.taken_clause_open(words, rules.words("words.clause_taking", "words.speech_verbs"),
                                         rules.words("words.object_pronouns"))


def named_subjects(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """``without a fight Microsoft is going``, ``bankruptcy protection Yukos is suing a host``: a
    name (no dictionary word, no sentence opener) and its finite verb with its object after a
    complete clause that ends on a noun, a number or an adverb.  Native news writes the shape inside
    a sentence after a word naming a role (``security firm MessageLabs has``,
    ``segment.name_roles``), a verb that takes a clause (``said Yukos was``) or as a relative
    clause without 'that', which leaves its verb without an object (``the loans Rosneft received
    to finance``, ``the shoes Hernandez wore``): each is left."""
    out = []
    openers, roles = ctx.words("segment.sentence_openers"), ctx.words("segment.name_roles")
    calendar, pre_verb = ctx.words("segment.attribution_time_words"), ctx.words("segment.pre_verb_adverbs")
    for m in _NAMED.finditer(doc.text, s, e):
        first = m.group(2).split()[0]
        if first in openers or first.lower() in calendar or lexicon.is_common_word(first.lower()) and (
                " " in m.group(2) or (lexicon.capital_ratio(first) or 0.0) < 0.5):
            continue  # one dictionary word native news mostly capitalises is a name ('Fox is developing', 'Lee will')
        near = doc.text[max(s, m.start() - 60):m.start()]
        last = near.rsplit(" ", 1)[-1]
        if (not last[:1].islower() or not _after_content_word([last], ctx) or last.lower() in roles
                or RELATIVE_NEAR.search(near) or last.endswith("ing") and lexicon.is_common_word(first.lower())):
            continue  # the cheap tests first: most names in news follow a function word or a title
        rest = re.split(r"[;:.!?(\"“]", doc.text[m.end(2):min(e, m.end(2) + 60)], maxsplit=1)[0]
        nxt = rest.split(maxsplit=1)[0] if rest.strip() else ""
        if not (nxt.endswith("ly") or nxt in pre_verb or tagger.could_be_verb(nxt)):
            continue  # no verb next ('Microsoft chief', 'Yukos shares'): no tagging
        # the words before first: a name is most often a verb's object (fewer taggings than its verb's gap)
        if (not object_slot(near, ctx) and verb_gap(rest, ctx) is False and not name_slots.inside_phrase(near)
                and opens_after_clause(doc, m, s, ctx)):
            out.append(m)
    return out


#: 'That's' after a lower-case word, no title in title case ahead ('That's So Raven'); 'The' before a number and a
#: lower-case word ('The 64-year-old has', 'The 10 were arrested'; not 'The 39 Steps')
_DEMONSTRATIVE = re.compile(r"( )(?<=[a-z%] )(That['’]s(?= [a-z0-9])(?!(?: [\w’'-]+){1,2} [A-Z][a-z])"
                            r"|The(?= \d[\d,.]*(?:-[a-z]+)* [a-z]))")


def subjects_after_clause(doc: Doc, s: int, e: int, ctx: Context) -> list[tuple[re.Match, str]]:
    """The candidates of a subject after a complete clause, with their kind: 'honorific' (``delays
    Mr Lamberty said``), 'possessive' (``tide Henol's friend Soloman was``), 'appositive' (``in
    protest Hill, the Choctaw actor, seemed``), and 'determiner' for ``That's`` and ``The`` before
    a number (``a reflection That's not``, ``awaiting trial The 64-year-old has denied``), which
    native news capitalises in mid-sentence only in a title ('That's Life', 'The 39 Steps')."""
    return ([(m, "honorific") for m in honorific_subjects(doc, s, e, ctx)]
            + [(m, "possessive") for m in possessive_subjects(doc, s, e, ctx)]
            + [(m, "appositive") for m in appositive_subjects(doc, s, e, ctx)]
            + [(m, "named") for m in named_subjects(doc, s, e, ctx)]
            + [(m, "determiner") for m in _DEMONSTRATIVE.finditer(doc.text, s, e)])
