"""Shapes of a lost full stop that the boundary stage (:mod:`cleanup.segment`) reads apart from the rest.

- A name and its title with no verb, then a pronoun and its verb of saying (``Adis Ngamjitsuksri,
  Advisor to the Governor of Bangkok He added that``): the pronoun restates the subject.
- A topic phrase with no verb of its own (``As for the lower Gulf of Thailand The sea has
  waves``): the clause after it is the one it introduces, so a comma joins them, not a stop.
- ``The`` before a capitalised name after a complete clause (``off the Libyan coast The
  Italian coast guard, however, told``): a sentence opening with a name, not a title in title
  case (``the biopic The Aviator``, ``told The Guardian``, ``in The Hague``).
- A capitalised conjunction opening a clause (``with traffic And if more is needed``, ``spent
  But the bank``), not one inside a phrase (``the third And final film``).
- A capital after a verb of saying that closes an attribution (``," he said Analysts expect``),
  after a number word or a plural subject and its verb (``the dollar Analysts said``).
- A capital after a time expression that closes a clause (``hit recent highs on Thursday
  Allied Irish Banks``), not after a verb of saying's time (``said on Monday Microsoft would``).
- A line that opens with a quotation in lower case that the sentence goes on after (``With the
  motto\n"the State and people do it together", the commune``): the line before runs on into it."""

from __future__ import annotations

import re

from . import attributed_names, tagger
from .doc import Context
from .edits import Change
from .lexicon import capital_ratio, is_common_word
from .rules import RuleSet
from .subject_heads import long_subject

#: a sentence opened by a topic phrase with no verb yet ("As for the lower Gulf of Thailand")
_TOPIC_OPEN = re.compile(r"(?:^|[.!?]['’\"”]? +|\n|(?<=[a-z]) )(?:As for|As to|As regards|Regarding|Concerning|With regard to)"
                         r" [^,;:.!?\n]{2,80}$")


def topic_comma(text: str, m: re.Match, kind: str, ctx: Context) -> Change | None:
    """``As for the lower Gulf of Thailand The sea has waves``: the subject after a topic phrase
    is the clause the phrase introduces; a comma joins them (a stop would leave ``As for the
    lower Gulf of Thailand.`` standing alone, with no verb)."""
    if kind not in ("pronoun", "determiner") or not _TOPIC_OPEN.search(text, max(0, m.start() - 100), m.start()):
        return None
    word = m.group(2)
    lowered = word if word == "I" else word[0].lower() + word[1:]
    return ctx.change(m.start(), m.start(2) + 1, "," + m.group(1) + lowered[0], "segment.lost_boundary.topic")


#: a sentence that opens with a name and its title set off by a comma ('Pol. Gen. Adis Ngamjitsuksri, Advisor to the
#: Governor of Bangkok', 'Denis Pushilin, former head of the DPR'), no verb yet
_NAME_AND_TITLE = re.compile(r"\s*(?:[A-Z][\w’'-]*\.? ){1,5}?[A-Z][\w’'-]*, ([^,;:.!?\n“”\"]{3,90})$")
_SPEECH_NEXT = re.compile(r" ([a-z]+)\b")


def restated_subject(text: str, m: re.Match, kind: str, sentence: str, ctx: Context) -> Change | None:
    """``Adis Ngamjitsuksri, Advisor to the Governor of Bangkok He added that``: a name and its
    title, with no verb, then a pronoun and a verb of saying.  The pronoun restates the subject
    (the source language repeats it); a stop would leave the name and title standing alone, so
    the pronoun goes and a comma closes the title (``..., Advisor to the Governor of Bangkok,
    added that``)."""
    if kind != "pronoun" or m.group(2) not in ("He", "She", "They"):
        return None
    verb = _SPEECH_NEXT.match(text, m.end(2))
    title = _NAME_AND_TITLE.match(sentence)
    if not verb or verb.group(1) not in ctx.words("words.speech_verbs") or not title:
        return None
    if len(title.group(1).split()) > 12 or tagger.has_clause(title.group(1)):
        return None  # 'Sanchez, who was asked, barely provided any news He limited': a clause of its own
    return ctx.change(m.start(), m.end(2), ",", "segment.lost_boundary.restated_subject")


#: 'The' after a lower-case word, before a capitalised one ('The Italian', 'The NYPD', 'The U.S. Coast Guard')
THE_NAME = re.compile(r"( )(?<=[a-z] )(The)(?= [A-Z][\w.])")


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
#: a relative clause's verb right before ``The`` ('The man who owns The Spectator says'): the name is its object
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)(?: [\w’'-]+){1,2}$")


def the_before_name(text: str, m: re.Match, ctx: Context) -> str | None:
    """May ``The`` + name at ``m`` open a sentence?  Not after a word that names a work, a paper
    or a band (``biopic The Aviator``, ``newspaper The Times``) or a verb that takes one as its
    object (``told The Guardian``, ``starring The Rock``), and not when a capitalised run goes on
    for three words or more before a lower-case one (a title in title case: ``The Life Of Brian``),
    unless the run ends with the head of an institution's name (``The Palestine Liberation
    Organization condemned``): 'institution' then, a name as surely as the grammar allows;
    'subject' for one or two capitalised words and their finite verb (``The EU said``), 'name'
    for one or two capitalised words otherwise, which may still be a title."""
    prev = re.search(r"(?<![\w’'-])([a-z]+)$", text[max(0, m.start() - 30):m.start()])
    if not prev or prev.group(1) in ctx.words("segment.title_nouns"):
        return None  # "2003's The Black Album", "Meet The Fockers": no lower-case word of its own
    run = re.match(r"(?: (?:[A-Z][\w’'.-]*|of|and|the|in|a|to|for))+", text[m.end(2):m.end(2) + 80])
    caps = [w for w in (run.group(0).split() if run else []) if w[:1].isupper()]
    if 2 <= len(caps) <= 5 and caps[-1] in ctx.words("segment.institution_heads") | ctx.words(
            "casing.institution_heads"):
        return "institution"
    if len(caps) > 2:
        return None
    verb = _NEXT_WORD.match(text, m.end(2) + len(run.group(0))) if run else None
    if (verb and caps and prev.group(1) not in ctx.words("words.speech_verbs")
            and not _RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and tagger.tags(f"The {' '.join(caps)} {verb.group(1)}")[-1][1] in tagger.FINITE):
        return "subject"  # "under pressure The EU said a tax": a name and its verb (not "he said The Game was")
    return "name"


#: a capitalised conjunction after a lower-case word ('with traffic And if more is needed', 'spent But the')
CONJUNCTION = re.compile(r"( )(?<=[a-z’'%] )(And|But|Yet|So)(?= [\w’']|, )")
#: what may open the clause after the conjunction: a subject, a determiner, an adverb or a subordinator ('And he
#: had', 'And then', 'But when'), not a noun or adjective going on with a phrase ('the third And final film')
_CLAUSE_START_TAGS = frozenset({"PRP", "PRP$", "DT", "EX", "RB", "WRB", "IN", "NNP", "NNPS", "CD", ","})


_BETWEEN = re.compile(r"\b(?:between|both)\b(?: [\w’'.-]+){1,4}$")


def conjunction_after(text: str, m: re.Match, prev: str) -> bool:
    """May the conjunction at ``m`` open a sentence after ``prev``?  After a lower-case word; after
    a capitalised one only when the word after the conjunction is in lower case (``from Tokyo But
    the US market``; not ``Sex And The City``), and not inside ``between the Lords And the Commons``."""
    if prev[:1].islower():
        return True
    return text[m.end(2) + 1:m.end(2) + 2].islower() and not _BETWEEN.search(text, max(0, m.start() - 50), m.start())


def opens_clause(text: str, m: re.Match, rules: RuleSet) -> bool:
    """Does the conjunction at ``m`` open a clause (its next word a subject, an adverb or a
    subordinator, ``segment.and_subordinators``: 'And he had', 'And then', 'But when')?  Not a
    second complement ('counterparts And that its economy', 'And whether the script'), nor a
    preposition whose phrase goes on into the verb of the first clause's subject ('after a death
    And in no way implicates'): a phrase that opens a sentence is closed by a comma ('And in
    March, the agency')."""
    after = text[m.end(2):m.end(2) + 60]
    tagged = tagger.tags(after)
    if not tagged or tagged[0][1] not in _CLAUSE_START_TAGS or tagged[0][0].lower() in ("whether", "than", "of"):
        return False
    first = tagged[0][0].lower()
    if first == "that":
        return bool(re.match(r" that(?:['’]s| is| was| has| had| will| would)\b", after))
    if tagged[0][1] == "IN" and first not in rules.words("segment.and_subordinators"):
        phrase = [t for w, t in tagged[:8]]
        return "," in phrase and not any(t.startswith(("VB", "MD")) for t in phrase[:phrase.index(",")])
    return True



_NOUNS = frozenset({"NN", "NNS"})


def subject_and_verb(text: str, m: re.Match, common: bool, clause_words: frozenset[str] | set[str]) -> bool:
    """Does the capitalised common word at ``m`` head a subject whose finite verb comes next
    (``against the dollar Analysts said``, ``chart Download sales are``)?  A stray capital seldom
    lands there: on a verb (``the damage Had been``), a preposition (``heard About``) or a
    noun with no verb after it (``five Years ago``).  ``common``: native news all but never
    capitalises the word; else it must be a dictionary word it capitalises at most one time
    in five (``Police``, as in ``Baltimore Police``)."""
    word = m.group(2).lower()
    if not common and not (is_common_word(word) and (capital_ratio(word) or 0.0) <= 0.2):
        return False
    before = text[max(0, m.start() - 30):m.start()].split()[-3:]
    if any(w.lower().strip(",") in clause_words for w in before):
        return False  # 'police said the village Residents were': the clause a verb of saying takes
    held = tagger.tags(" ".join(before)) if before else ()
    if held and held[-1][1].startswith("VB"):
        return False  # 'the study found Students were': the verb's object clause
    tagged = tagger.tags(" ".join(before + [word]) + text[m.end(2):m.end(2) + 40])[len(held):]
    # an adjective after its verb ends the clause as its predicate ('the picture remains strong Analysts see')
    predicate = len(held) > 1 and held[-1][1] == "JJ" and held[-2][1].startswith("VB")
    if (len(tagged) < 2 or tagged[0][1] not in _NOUNS or held and held[-1][1] in ("JJ", "CD", "DT") and not predicate
            or len(held) > 1 and held[-2][1] == "CD"):
        return False  # 'three saudi Soldiers were killed': a number or an adjective before it still holds the phrase
    verb = 2 if tagged[1][1] in _NOUNS and len(tagged) > 2 else 1
    # a plural head ('Officials said', 'Download sales are'): a bare singular is a name ('the moment Gear scored')
    plural = tagged[verb - 1][1] == "NNS" or tagged[verb - 1][0] == "police"
    return plural and (tagged[verb][1] in tagger.FINITE or _misread_verb(tagged, verb))


def _misread_verb(tagged: list[tuple[str, str]], verb: int) -> bool:
    """A plural subject's verb the tagger reads as a base form or a participle: ``Analysts see
    two spurs``, ``Traders ignored the possible effects`` (a past tense with its object after it,
    not a participle's phrase: ``Officials involved in the talks``)."""
    tag = tagged[verb][1]
    nxt = tagged[verb + 1][1] if len(tagged) > verb + 1 else ""
    return (tag == "VB" or tag == "VBN" and tagged[verb][0].endswith("ed")) and nxt in _OBJECT_START


_OBJECT_START = frozenset({"DT", "PRP", "PRP$", "CD", "JJ", "NNS"})


_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
#: what a subject's noun phrase holds before its verb ('jurors in Virginia recommended',
#: 'competitors like Google already have', 'microsoft chief Bill Gates is')
_NOUN_PHRASE = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "POS", "CD", "IN", "RB"})


def lower_subject(text: str, at: int, speech: frozenset[str] | set[str]) -> str | None:
    """Does the lower-case word at ``at``, after a stop, head a subject whose finite verb
    follows (``rose sharply. analysts said the``, ``the talks ended. brown said``,
    ``won easily. tories have``)?  Then it opens a sentence that lost its capital (or a
    name that lost its own), not a continuation of the one before.  'said' when the verb is
    one of saying (the shape a news sentence takes), 'verb' for any other finite verb, None
    when no subject and verb follow (``influence. and upholds``, ``expansion. (NATO) in``)."""
    tagged = tagger.tags(text[at:at + 80].split("\n", 1)[0])[:8]
    if len(tagged) < 2 or tagged[0][1] not in _SUBJECT_TAGS or not tagged[0][0].isalpha():
        return None
    for i, (word, tag) in enumerate(tagged[1:], 1):
        if tag in tagger.FINITE:
            return "said" if word in speech and i <= 2 else "verb"
        if tag == "WP" and i <= 3:
            return "verb"  # 'criminals who try to': a subject and its relative clause
        # a preposition's object has its article ('officials at the ministry said')
        if (tag not in _NOUN_PHRASE and not (tag == "DT" and tagged[i - 1][1] == "IN")) or i >= 5:
            return None  # 'influence. and upholds', 'expansion. (NATO) in'
    return None


#: the subject stands between the quotation or comma and the verb; right after it the verb is inverted
#: ('," said Save the Children, which'), and the capital after the verb is its subject
_ATTRIBUTION_BEFORE = re.compile(r"(?:[,?!][”\"’']|,) (?:[\w’'.-]+ ){1,5}$")


def closes_attribution(text: str, at: int, prev: str, ctx: Context) -> bool:
    """``...forces," the military said The airstrikes``, ``..., Netflix said The show``: a
    speech verb closing an attribution after a quotation or a comma ends its sentence, so a
    capitalised subject after it starts the next one (not ``said He was``, its object)."""
    if prev not in ctx.words("words.speech_verbs"):
        return False
    return bool(_ATTRIBUTION_BEFORE.search(text, max(0, at - len(prev) - 60), at - len(prev)))


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ENDS = ("day", "week", "weekend", "month", "year", "ago", "uary", "March", "April", "May", "June", "July", "August",
         "ber", "night", "morning", "afternoon", "evening", "season", "summer", "winter", "spring", "autumn")
#: a capital after a word that may end a time expression ('on Thursday Allied Irish Banks', 'last month
#: Throughout') or after four digits (or fewer at the text's start; the class holds every digit str.isdigit
#: knows, and more: :func:`after_time` tests again): the look-behinds are tried only at a space before a
#: capital, which halves the scan of a test in Python at every capital
_CAPITAL_AFTER_SPACE = re.compile(
    r"( )(?=[A-Z])(?:" + "|".join(f"(?<={re.escape(end)} )" for end in sorted(_ENDS, key=len, reverse=True))
    + r"|(?<=[^\W_a-zA-Z]{4} )|(?<=^[^\W_a-zA-Z] )|(?<=^[^\W_a-zA-Z]{2} )|(?<=^[^\W_a-zA-Z]{3} ))([A-Z][\w’'.-]*)")


def after_time(text: str, s: int, e: int) -> list[re.Match]:
    """The capitals in ``text[s:e]`` right after a word that may end a time expression."""
    return [m for m in _CAPITAL_AFTER_SPACE.finditer(text, s, e)
            if text.endswith(_ENDS, max(0, m.start() - 9), m.start()) or text[max(0, m.start() - 4):m.start()].isdigit()]
_PART = r"(?: (?:morning|afternoon|evening|night))?"
#: a time expression that may close a clause, read back from the capital after it
_TIME_END = re.compile(
    r"(?<![\w’'-])(?:(?:(?:on|last|next|this|since|until|late|early|later|earlier)(?: on)? )?" + _WEEKDAY + _PART +
    r"|(?:last|next|this|every|that) (?:week|weekend|month|year|season|summer|winter|spring|autumn|morning|afternoon|"
    r"evening|night)|on (?:the )?\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r"|on " + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?"
    r"|(?:in|since|until|by|from|of|during|early|late|mid-) ?" + _MONTH + r"(?: (?:19|20)\d\d)?"
    r"|(?:in|since|until|by|from|during|early|late|mid-) ?(?:19|20)\d\d"  # not 'a sample of 2000 Britons'
    r"|yesterday|today|(?:\w+) (?:days|weeks|months|years) ago)$")
#: capitals that go on with the time ('on Monday GMT', 'on Friday Morning') or open a date ('on Monday March 3')
_TIME_GOES_ON = re.compile(r"(?:GMT|BST|EST|EDT|PST|PDT|CET|UTC|ET|PT|Morning|Afternoon|Evening|Night|Eve)$|" + _MONTH + "$|"
                           + _WEEKDAY + "$")


#: a sentence opened by a phrase not yet closed by a comma ('In a statement issued on Wednesday Lord Woolf said')
PHRASE_OPEN = re.compile(r"\s*[“\"‘']?(?:In|At|On|During|From|For|With|Under|Over|Through|Throughout|Following|Speaking|"
                         r"Writing|Asked|Addressing|Despite|Without|Amid|Unlike|Having|Given|[Aa]ccording)\b[^,;:]*$")


def phrase_still_open(text: str, start: int, end: int) -> bool:
    """A phrase opens the sentence at ``start``, no comma or finite verb up to ``end``: the capital there is its
    subject ('according to the newspaper Bild The suspect', h3_es_theglobalfrontier)."""
    return bool(PHRASE_OPEN.match(text, start, end)) and not tagger.verb_so_far(text[start:end])


def time_ends_clause(text: str, m: re.Match, ctx: Context) -> bool:
    """Does a time expression close a clause before the capital at ``m`` (``hit recent highs on
    Thursday Allied Irish Banks, Ireland's biggest``, ``fell 11,000 last month Throughout 2004``)?
    A clause that ends on its time is the commonest end of a news sentence; not a time after a
    verb of saying, whose reported clause may follow without 'that' (``said on Monday Microsoft
    would``).  The boundary stage then asks for a clause on both sides."""
    if ctx.rule("segment.lost_boundary.time") is None or m.group(2) == "I" or _TIME_GOES_ON.match(m.group(2)):
        return False  # "What I have lived today I do not think I will live again": a fronted object
    t = _TIME_END.search(text, max(0, m.start() - 40), m.start())
    if not t:
        return False
    before = text[max(0, t.start() - 40):t.start()].split()[-3:]
    if t.group(0)[0].isupper() and not (before and before[-1].islower() and before[-1].isalpha()
                                         and before[-1] not in ctx.words("words.function_words")):
        return False  # a bare weekday in a name ("South Africa's Sunday Times", "the Sunday Telegraph")
    saying = ctx.words("words.clause_taking", "words.speech_verbs", "segment.finding_verbs")
    return not any(w.lower().strip(",") in saying for w in before) and not _said_with_phrases(text, t.start(), ctx)


def _said_with_phrases(text: str, at: int, ctx: Context) -> bool:
    """Is the time at ``at`` the adverbial of a verb of saying a few phrases back, with no verb
    between (``said in a statement Tuesday Iran had``, ``told reporters in Brussels on Monday
    Britain would``), whose reported clause follows without 'that'?"""
    words = re.split(r"[.!?;:]\s", text[max(0, at - 90):at])[-1].split()[-9:]
    verbs = ctx.words("words.speech_verbs", "segment.finding_verbs") | {"confirmed", "reported"}
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower().strip(",") in verbs:
            between = " ".join(words[i + 1:])
            return not between or not any(tag.startswith(("VB", "MD")) for _, tag in tagger.tags(between))
    return False


#: a quotation closed, then its attribution up to the verb of saying ('," he said', '?" the minister added')
_QUOTED_BEFORE = re.compile(r"[,?!][”\"’'] (?:[\w’'.-]+ ){1,5}[a-z]+$")


def _closed_before(text: str, m: re.Match, rules: RuleSet) -> bool:
    """Has the attribution before ``m`` closed a quotation (``," he said``) or a clause of its own
    (``There was a risk to the public, police said``)?  Not a phrase before its comma
    (``Meanwhile, officials said Prices would``: the capital is a stray one in the reported clause),
    nor a clause a conjunction opens after the comma (``, and analysts said Chase would recover``:
    what they said follows; review35a)."""
    if _QUOTED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return True
    if text[max(0, m.start() - 6):m.start()].split()[-1:] not in (["said"], ["says"], ["added"], ["adds"]):
        return False  # "..., Eli Yishai declared Grass a persona non grata": a verb with its object
    comma = text.rfind(",", max(0, m.start() - 80), m.start())
    stop = max(text.rfind(c, max(0, comma - 200), comma) for c in ".!?\n")
    between = text[comma + 1:m.start()].split()
    inverted = len(between) < 2  # ", said Save the Children": the verb's subject follows
    joined = bool(between) and between[0].lower() in rules.words("segment.coordinators", "segment.and_subordinators")
    return comma > 0 and not inverted and not joined and tagger.has_clause(text[stop + 1:comma])


def _noun_before(text: str, at: int) -> bool:
    """Does the word before ``at`` end a noun phrase or an adverb (``the brink of bankruptcy``,
    ``arrived later``), not a verb or a preposition that wants the capital as its object
    (``killed Two people``, ``for Two years``)?"""
    before = text[max(0, at - 40):at].split()[-3:]
    tagged = tagger.tags(" ".join(before)) if before else ()
    return bool(tagged) and tagged[-1][1] in ("NN", "NNS", "NNP", "NNPS", "RB", "RP")


def capital_kind(text: str, m: re.Match, prev: str, closing: bool, common: bool, clause_words: set[str],
                 rules: RuleSet) -> str | None:
    """Which lost boundary a capitalised word after a lower-case one marks, if any: 'attribution'
    after a verb of saying that closes a quotation's attribution (``," he said Prices for autos
    also jumped``: the quotation is what he said, so the capital opens the next sentence),
    'subject' before its verb (``the dollar Analysts said``), 'capital' for another word native
    news writes in lower case (offered), None for a name."""
    word = m.group(2).lower()
    numbers = rules.words("segment.number_words")
    if (closing and prev not in rules.words("segment.addressee_verbs")
            and word not in rules.words("segment.attribution_title_openers") | rules.words("segment.calendar_words")
            and (word in numbers or is_common_word(word) and (capital_ratio(word) or 0.0) <= 0.2)
            and _closed_before(text, m, rules)):
        return "attribution"
    if closing and not common and attributed_names.name_opens_sentence(text, m, prev, rules, PHRASE_OPEN) \
            and _closed_before(text, m, rules):
        return "attribution"  # '," Netflix said Stamos will produce': a name and its verb after the attribution
    if word in numbers and prev not in rules.words("segment.title_nouns") | rules.words("segment.numbered_nouns") and _noun_before(
            text, m.start()):
        return "subject"  # "on the brink of bankruptcy One suspects", "at the scene Two passengers were"
    if prev not in rules.words("segment.title_nouns") and (subject_and_verb(text, m, common, clause_words) or long_subject(
            text, m.start(2), m.end(2), text[max(0, m.start() - 30):m.start()].split()[-3:], clause_words)):
        return "subject"  # "as he sang Organisers were": a subject and its verb, surer than any capital
    return "capital" if common else None


#: a capital close ahead of an opener: the words before it, the name's other capitalised words, the word after them
CAPITAL_AHEAD = re.compile(r"((?: [\w’'-]+){0,2}) [A-Z][a-z][\w’'.-]*((?: [A-Z][\w’'.-]*)*)(?: ([\w’'-]+))?")


def title_ahead(text: str, start: int, opener: str, prev: str, rules: RuleSet) -> bool:
    """Is there a capital close ahead of the opener ending at ``start`` in what may be a title or
    a name (``the film In the Bedroom with``, ``When Harry Met Sally``, ``said Mr Blair had``)?
    After a lower-case word that names no work, a subordinator or a preposition before a name
    opens a clause when a word around the name is in lower case as only a sentence writes it: a
    content word before the capital (``in public When news reached Lee that``) or a verb after
    the name (``drive closely behind After Pyongyang fired on``); so does a sentence adverb that
    seldom opens a title (``as well Now the allegations It takes``, ``dangers of disunity Now Mr
    Blair is trying``: ``segment.untitled_openers``)."""
    m = CAPITAL_AHEAD.match(text, start, start + 60)
    if not m:
        return False
    if (opener in rules.words("segment.noun_phrase_determiners") and prev[:1].islower()
            and all(w[:1].isupper() for w in m.group(1).split())
            and prev.lower() not in rules.words("segment.title_nouns") and _noun_after(m, rules)):
        return False  # 'had not set up a valid business A Home Office spokesman said': a title would write 'Spokesman'
    if (opener not in _CLAUSE_OPENERS and opener not in rules.words("segment.untitled_openers") or not prev[:1].islower()
            or prev.lower() in rules.words("segment.title_nouns")):
        return True
    words, title_lower = m.group(1).split(), rules.words("segment.title_lower_words")  # lower case in a title
    if words and all(w.islower() for w in words) and any(w not in title_lower for w in words):
        return False  # 'When news reached Lee': lower-case words as a sentence writes them (not 'Until Dawn creator')
    after = m.group(3) or _after_acronym(text, m.end())  # 'the International Monetary Fund (IMF) admits'
    if after and after.islower() and after not in title_lower and words and words[-1] in ("the", "a", "an"):
        return False  # 'According to the Datamonitor report the trend': a title would write 'Report'
    # 'After Pyongyang fired on': a verb after the name; not 'Until Dawn creator Will Byles'
    return not (after and after.islower() and tagger.tags(m.group(0).split()[-1] + " " + after)[-1][1] in tagger.FINITE)


def _noun_after(m: re.Match, rules: RuleSet) -> bool:
    """Is the name ahead followed by a lower-case noun it qualifies (``Home Office spokesman``)?"""
    after = m.group(3)
    return bool(after) and after.islower() and after not in rules.words("segment.title_lower_words") and tagger.tags(
        m.group(0).split()[-2] + " " + after)[-1][1] in ("NN", "NNS")


_ACRONYM_AFTER = re.compile(r" \([A-Z][A-Z.&-]{1,9}\) ([a-z][\w’'-]*)")


def _after_acronym(text: str, at: int) -> str | None:
    """The word after a name's acronym in brackets (``Fund (IMF) admits``), if any."""
    m = _ACRONYM_AFTER.match(text, at)
    return m.group(1) if m else None


#: openers of a clause or a phrase that a name may follow: "When news reached Lee", "After Pyongyang fired"
_CLAUSE_OPENERS = frozenset({"When", "While", "If", "As", "After", "Before", "Since", "Although", "Though", "Because",
                             "Unless", "Until", "Once", "In", "On", "At", "During", "Under", "Despite"})


#: a preposition opening a sentence, a determiner, and the word after them (the lazy repeat stops at the first
#: word whatever follows): 'For suspects', 'In the final', 'In December'
_PREPOSITION_PHRASE = re.compile(r"(?:In|On|At|For|By|From|With|Under|Over|During)(?: (?:the|a|an|this|that|these|those|"
                                 r"his|her|its|their|our|my|your))?(?: [\w’'-]+){1,3}?(?=[,;:.!?]| [a-z]| [A-Z]|$)")


def clause_start(text: str, m: re.Match) -> int:
    """Where the clause an opener brings must be found: after the phrase a preposition heads
    (``looking For suspects.`` has none: the tagger reads 'suspects' as a verb), at the opener
    otherwise."""
    p = _PREPOSITION_PHRASE.match(text, m.start(2), m.start(2) + 80)
    return p.end() if p and m.group(2) != "As" else m.start(2)


_TWO_CAPITALS_BEFORE = re.compile(r"[A-Z][\w’'-]* [A-Z][\w’'-]*$")


def after_name_ok(text: str, kind: str, m: re.Match, named: set[int]) -> bool:
    """May a sentence opener follow a capitalised word ('sales in Europe In contrast, ...')?
    Not a capitalised common word, a conjunction before a name ('Sex And The City'), an
    article ('Nghe An province'), a post-modifier ('the Members Only jacket'), or after two
    capitalised words ('All Right Now, that')."""
    return (kind == "opener" and m.start() not in named and m.group(2) not in ("A", "An", "Only")
            and not _TWO_CAPITALS_BEFORE.search(text, max(0, m.start() - 60), m.start()))


_LOWER_START = re.compile(r"[“\"‘]?([a-z][\w’'-]*)")


def lower_start(para: str) -> str | None:
    """The lower-case word a paragraph opens with, also inside a quotation the sentence goes on
    after (``"the State and people do it together", the commune``: a line broken before it); not
    for a line that is only a quotation (``"xxx 6 employees have aids"``), which stands on its own."""
    first = _LOWER_START.match(para)
    if not first or first.start(1) and re.search(r"[\"”’][.!?]?$", para):
        return None
    return first.group(1)
