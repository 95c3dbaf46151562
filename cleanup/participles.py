"""Participle fragments: a participle clause cut off from its sentence by a full stop.

``The house collapsed. Leaving his father searching the rubble.`` has no finite verb of its
own after ``Leaving``: it is the end of the sentence before (``..., leaving his father...``).
A sentence that opens with a gerund has one (``Trying to get away was hard``), and so has
one whose main clause follows a comma (``Speaking on Monday, he said...``): those stand.
A verb inside a clause the participle governs does not count (``Leaving two dead as police
scrambled``, ``Saying the boxes are not enough``).

In native copy a fragment for effect is a writer's choice, so the join is only offered
there (``native_confidence``), unless no word of the piece can be read as a finite verb at all
(``sure_confidence``: a gerund subject always has its verb, 'Building schools costs money'); in
text with marks of machine translation it is applied when the evidence is strong (the sentence
before is a clause, the piece is no quotation).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import NamedTuple

from . import tagger
from .doc import Context, Doc
from .edits import Change
from .fragments import abbreviation_stop, in_quotation, in_series, main_clauses, merge_fragments
from .lexicon import capital_ratio, is_common_word
from .past_participles import past_verdict
from .rules import load_rules
from .verbless_fragments import phrase_fragments

RULE = "segment.fragment.participle"
#: '... the hills. Leaving 12 dead': a capitalised -ing word after a stop that ends a word (or a
#: past form, 'Designed to look': :mod:`cleanup.past_participles`)
_CANDIDATE = re.compile(r"\.(?<=[a-z’'”0-9%)]\.)( +)([A-Z][a-z]{2,}(?:ing|ed))\b(?= [\w“\"$£€])")
#: words that open a clause the participle governs: a finite verb after one is not the piece's own
_OPENS_CLAUSE = frozenset({"IN", "WDT", "WP", "WP$", "WRB"})
#: a clause reported by 'saying', 'knowing' opens with these ('Saying the boxes are...', 'Knowing that it was')
_CLAUSE_START = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "EX"})
_MAIN_SUBJECT = frozenset({"DT", "PRP", "NNP", "NNPS", "NN", "NNS", "EX"})
_NAMES = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
#: 'the piled boxes', 'its troubled past': a past form after these is an adjective
_MODIFIES = frozenset({"DT", "PRP$", "JJ", "POS"})
_OBJECT = frozenset({"DT", "PRP", "PRP$", "CD"})
_NOUN = frozenset({"NN", "NNS", "JJ"})
_MID_CAPITAL = re.compile(r"[A-Z](?<=[a-z] [A-Z])[a-z]+\b")  # the capital, then its look-behind
_HEADING = re.compile(r"(?::|--|—) [A-Z]")
_NEGATION = re.compile(r"n[’']t\b")


class _Words(NamedTuple):
    subordinators: frozenset[str]  # open a clause the participle governs ('as police scrambled')
    adverbs: frozenset[str]  # before a verb the tagger reads as a noun ('just splits/NNS the vote')
    particles: frozenset[str]  # 'built/VBN up' is 'built up'
    nominative: frozenset[str]  # a subject: a base form after one is finite ('before we exploit/VB them')
    noun_prepositions: frozenset[str]  # tie a phrase to the noun before it ('Rising levels of debt'), not to a verb
    than_quantities: frozenset[str]  # 'more than half': a quantity's 'than', no subordinator
    than_comparatives: frozenset[str]  # 'more', 'less', 'fewer': only these make a quantity's 'than'
    than_nouns: frozenset[str]  # 'more than a third': after 'a'/'an' only these are a quantity


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The stage's word lists (``segment.participle_*``, ``segment.verb_particles``,
    ``words.nominative_only``, ``segment.noun_prepositions``, ``segment.than_*``), read once from the shipped rules: the tagger-level checks here
    are also asked with no rule set at hand (:mod:`cleanup.past_participles`, the tests)."""
    rules = load_rules()
    return _Words(rules.words("segment.participle_subordinators"), rules.words("segment.participle_adverbs"),
                  rules.words("segment.verb_particles"), rules.words("words.nominative_only"),
                  rules.words("segment.noun_prepositions"), rules.words("segment.than_quantities"),
                  rules.words("segment.than_comparatives"), rules.words("segment.than_quantity_nouns"))


def own_clause(tagged: tuple[tuple[str, str], ...], takes_clause: bool,
               finite: Callable[[tuple[tuple[str, str], ...], int], bool] | None = None) -> bool:
    """Does a piece that opens with a participle have a finite verb of its own?  Not the verb
    of a clause opened by a subordinator or relative (``as police scrambled``) or, after a verb
    of saying or knowing, of the clause it reports (``Saying the boxes are...``); a gerund
    subject's verb is (``Trying to get away was hard``), and so is one after that clause
    (``Shutting down sites that listed trackers crippled the network``).

    >>> own_clause(tagger.tags("leaving several dead as authorities scrambled to react"), False)
    False
    >>> own_clause(tagger.tags("trying to get away is hard"), False)
    True

    ``finite`` tells a finite verb (default: as the tagger reads it, less its slips).
    """
    finite = finite or _finite
    subordinators = _words().subordinators
    opened, group = takes_clause and tagged[1][1] in _CLAUSE_START, False
    governed = False  # the last verb seen was one the participle governs (a clause's, an infinitive)
    for i, (word, tag) in enumerate(tagged[1:], 1):
        if tag == ",":
            opened = group = governed = False  # 'Speaking after the vote, he said': the main clause follows the comma
        elif (tag in _OPENS_CLAUSE and (tag != "IN" or word.lower() in subordinators)
              and (tagged[i - 1][1] != "IN" or tag == "WP")
              and tagged[i - 1][0] != "such" and not quantity_than(tagged, i)):
            # ('under that/IN theory': a determiner after a preposition, but 'of what families earn'
            # opens a clause; 'such as' opens no clause)
            opened, group = True, False
        elif group and (tag.startswith("VB") or tag in {"RB", "MD"}):
            continue  # 'that had been shut': one verb group
        elif finite(tagged, i):
            if not opened and not (governed and _conjoined(tagged, i)):
                return True
            # the verb of the clause opened before it, or one joined to a governed verb by 'and'
            # ('as police scrambled to detain them and prevent', 'that he did good and was close')
            opened, group, governed = False, True, True
        else:
            group = False
            governed = governed or tag.startswith("VB") and _after_to(tagged, i)
    return False


def quantity_than(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is the 'than' at ``i`` a quantity's ('more than half of the votes', 'fewer than 20 people')?
    It opens no clause then, so the verb after the quantity ('... votes is considered') belongs to
    the piece, which is a gerund subject's sentence, not a participle fragment.

    >>> quantity_than(tagger.tags("looking at more than half of the votes"), 3)
    True
    >>> quantity_than(tagger.tags("going faster than the police expected"), 2)
    False

    Only after 'more', 'less', 'fewer' ('faster than 20 analysts had expected' compares with a
    clause), and after 'a'/'an' only before a quantity noun ('more than a third', not 'more than a
    doctor earns').
    """
    words = _words()
    if (tagged[i][0].lower() != "than" or i + 1 >= len(tagged) or i == 0
            or tagged[i - 1][0].lower() not in words.than_comparatives):
        return False
    nxt = tagged[i + 1][0].lower()
    if nxt in {"a", "an"}:
        return i + 2 < len(tagged) and tagged[i + 2][0].lower() in words.than_nouns
    return tagged[i + 1][1] == "CD" or nxt in words.than_quantities


def _conjoined(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Does a conjunction ('and', 'or', 'but'; perhaps an adverb after it) stand right before the
    verb at ``i``?  Such a verb shares the subject of the verb before it, so it is no new clause."""
    j = i - 1
    while j > 0 and tagged[j][1] == "RB":
        j -= 1
    return j > 0 and tagged[j][1] == "CC"


def _after_to(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """Is the verb at ``i`` an infinitive: 'to' before it, perhaps with adverbs between ('to
    significantly boost')?"""
    j = i - 1
    while j > 0 and tagged[j][1] == "RB":
        j -= 1
    return j >= 0 and tagged[j][1] == "TO"


def _finite(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """A finite verb, less the tagger's slips ('the piled/VBD boxes', 'to capsize/VBP'), plus
    the verbs it reads as nouns or participles after their subject ('just splits/NNS the
    vote', 'firm Mori interviewed/VBN more than')."""
    word, tag = tagged[i]
    before = tagged[i - 1][1]
    after = tagged[i + 1][1] if i + 1 < len(tagged) else ""
    if tag in tagger.FINITE:
        return not (tag == "VBD" and before in _MODIFIES or _after_to(tagged, i))
    if tag == "NNS" and before == "RB":  # 'just splits', not 'down payments'
        adverb = tagged[i - 1][0].lower()
        return adverb.endswith("ly") or adverb in _words().adverbs and tagger.could_be_verb(word)
    if tag == "VBN" and tagged[i - 1][0].lower() in {"that", "which", "who"}:
        return True  # 'sites that listed/VBN trackers'
    if tag in {"VB", "VBP", "NN"} and tagged[i - 1][0].lower() in _words().nominative:
        return tagger.could_be_verb(word)  # 'before we exploit/VB them'
    if tag == "VB" and before in {"NNS", "PRP"}:
        return after in {"IN", "DT", "PRP$"}  # 'examples demonstrate/VB that'; not 'families pay/VB bills'
    particle = tagged[i + 1][0].lower() in _words().particles if after else False
    return tag == "VBN" and before in _NAMES and (after in _OBJECT | {"JJR", "NNP"} or particle)  # 'laid/VBN down'



def verdict(word: str, rest: str, ctx: Context) -> str | None:
    """'fix', 'doubt' or None for the piece ``word rest`` ('Leaving', ' 12 dead in the city')."""
    lower = word.lower()
    if lower in ctx.words("segment.not_participles") or not tagger.verb_forms(lower) or not is_common_word(lower):
        return None  # 'Nothing new', 'Morning in Kabul', 'During the war' (a fragments.py opener)
    if rest.startswith(",") or len(rest.split()) < 2 or _HEADING.search(rest):
        return None  # 'Rolling Stone: A guide to...', 'Fleeing ISIS -- A family's tale': a heading
    tagged = _perfect(tagger.tags(lower + _NEGATION.sub(" not", rest)))
    if len(tagged) < 2 or tagged[1][1] in tagger.FINITE | {","} or tagged[0][1] not in {"VBG", "NN"}:
        return None
    if own_clause(tagged, lower in ctx.words("segment.clause_taking_participles")) or _after_comma(tagged):
        return None
    # read as a noun ('Spending hours', 'Housing prices'): a participle only before its object
    if tagged[0][1] != "VBG" and tagged[1][1] not in _OBJECT:
        return "doubt" if tagged[1][1] in _NOUN else None
    # 'sure': no word that any reading makes a finite verb ('Screaming built/VBN up', 'Building
    # schools costs/NNS money' are gerund subjects with theirs), so not even native copy's; and a
    # verb before its object ('Cutting the fees'), not an adjective before its noun: a native list
    # of noun phrases ('Rising prices and falling wages.', 'Breaking news from Kabul.') stays
    takes = lower in ctx.words("segment.clause_taking_participles")
    if not (_before_object(tagged) or _before_complement(tagged) or _perfect_form(tagged)) or own_clause(tagged, takes, partial(_maybe_finite, ctx.words("segment.auxiliaries"))):
        return "fix"
    return "sure"


#: participles of an auxiliary: the past form after one is a participle ('Having bought/VBD')
_AUXILIARY_PARTICIPLES = frozenset({"having", "being"})


def _perfect(tagged: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """'having bought/VBD': the tagger's past tense after 'having' or 'being' is the participle."""
    if len(tagged) > 1 and tagged[0][0] in _AUXILIARY_PARTICIPLES and tagged[1][1] == "VBD":
        return (tagged[0], (tagged[1][0], "VBN")) + tagged[2:]
    return tagged


def _perfect_form(tagged: tuple[tuple[str, str], ...]) -> bool:
    """'Having bought Amey in 2003', 'Being held in custody': an auxiliary's participle and a past
    participle are a verb form, never an adjective before its noun as 'Rising prices' is."""
    return tagged[0][0] in _AUXILIARY_PARTICIPLES and tagged[1][1] == "VBN"


def past_verdict_of(word: str, rest: str, ctx: Context) -> str | None:
    """:func:`cleanup.past_participles.past_verdict` with this module's tests of a finite verb."""
    return past_verdict(word, rest, ctx, own_clause, _maybe_finite)


def _before_object(tagged: tuple[tuple[str, str], ...]) -> bool:
    """The participle stands before what only an object starts: a determiner, a pronoun, a number,
    or an adjective no noun follows ('Leaving several/JJ dead/JJ'); before a noun ('Citing security
    concerns', 'Soaring energy bills') it may be an adjective, as in a native list of noun phrases."""
    after = tagged[2][1] if len(tagged) > 2 else ""
    return tagged[1][1] in _OBJECT or (tagged[1][1] == "JJ" and not after.startswith("NN"))


def _before_complement(tagged: tuple[tuple[str, str], ...]) -> bool:
    """The participle stands before a preposition, a particle or 'to' ('Breaking through a fence',
    'Dropping out after two years', 'Hoping to keep') or a clause's wh-word ('Contravening what
    the statement promised'): what follows a verb, never an adjective.
    Not before an adverb ('Laughing again at $300.', a native fragment for effect)."""
    if tagged[1][1] in {"IN", "TO", "RP", "WP", "WRB"}:
        return True  # ('Contravening what the statement promised', 'Explaining how': a clause as object)
    if tagged[1][1] == "CC" and len(tagged) > 3 and tagged[2][1] == "VBG":  # 'Advising and supporting militias'
        return _before_object(tagged[2:]) or _before_complement(tagged[2:])
    return _object_then_infinitive(tagged) or _object_then_adjunct(tagged)




def _object_then_adjunct(tagged: tuple[tuple[str, str], ...]) -> bool:
    """'Cutting domestic spending in a bid to', 'Putting upward pressure on rates', 'Allowing
    passage for those': a bare noun phrase, then a preposition that ties it to a verb, as a verb's
    object and its complement run; an adjective before its noun makes a native heading or a list
    ('Rising prices and falling wages', 'Rising levels of debt'), and so is a short piece ('Breaking
    news from Kabul')."""
    subordinators = _words().subordinators
    if len(tagged) < 6:
        return False  # 'Breaking news from Kabul': a short one is a heading or a native fragment
    for i, (word, tag) in enumerate(tagged[1:6], 1):
        if tag in {"IN", "TO"}:
            lower = word.lower()
            return (i > 1 and tagged[i - 1][1] in {"NN", "NNS"} and lower not in _words().noun_prepositions
                    and lower not in subordinators)
        if tag not in {"JJ", "RB", "NN", "NNS", "NNP"}:  # ('supporting Iraqi Shia militias in')
            return False
    return False


def _object_then_infinitive(tagged: tuple[tuple[str, str], ...]) -> bool:
    """'Leaving passengers to fend', 'Making motorists reluctant to use them': a noun phrase, then
    'to' and a verb, as only a verb's object and its infinitive run ('Rising prices and falling
    wages' has none)."""
    for i, (_, tag) in enumerate(tagged[1:5], 1):
        if tag == "TO":
            after = tagged[i + 1] if i + 1 < len(tagged) else ("", "")
            return i > 1 and (after[1] in {"VB", "VBP"} or after[1] == "NN" and tagger.could_be_verb(after[0]))
        if tag not in _NOUN_PHRASE:
            return False
    return False


_NOUN_PHRASE = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "CD"})


#: after a noun, an -s word that may be a verb is one before these ('schools costs money')
_OBJECT_AFTER = frozenset({"DT", "PRP", "PRP$", "CD", "NN", "NNS", "JJ", "RB"})


def _maybe_finite(auxiliaries: frozenset[str], tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """A word that some reading makes a finite verb: what the tagger calls one, and a past form
    it reads as a participle unless a preposition follows it ('rates faced by consumers'), and
    an -s noun after a noun that may be a verb before an object ('schools costs money').  Not
    after an auxiliary or 'to', nor the participle of the piece's own 'Having dealt'."""
    word, tag = tagged[i]
    prev = tagged[i - 1]
    after = tagged[i + 1] if i + 1 < len(tagged) else ("", "")
    if prev[0] in auxiliaries or _after_to(tagged, i) or (i <= 2 and tagged[0][0] in auxiliaries and tag == "VBN"):
        return False
    if tag == "VB" and (prev[1] in {"DT", "PRP$"} or prev[1] == "IN" and prev[0] not in _words().subordinators):
        return False  # 'into the throw/VB', 'for help/VB': a noun the tagger reads as a verb
    if _finite(tagged, i) or tag in tagger.FINITE | {"VB"}:
        return True
    if tag == "VBN":
        return after[1] != "IN" or after[0] in _words().particles  # 'built/VBN up' is 'built up'
    return tag == "NNS" and prev[1] in {"NN", "NNS", "NNP"} and after[1] in _OBJECT_AFTER and tagger.could_be_verb(word)


def _after_comma(tagged: tuple[tuple[str, str], ...]) -> bool:
    """'Looking ahead, Mr Cherkasky forecast/NN growth': after a comma, a subject; its verb may
    be one the tagger does not know as such."""
    return any(t == "," and n in _MAIN_SUBJECT for (_, t), (_, n) in zip(tagged, tagged[1:]))


def _lost_boundary_inside(piece: str) -> bool:
    """'Paving the way for amendments Annul the decree': a verb capitalised after a lower-case
    word, a boundary lost inside the piece; where the piece ends is then unsure."""
    for m in _MID_CAPITAL.finditer(piece):
        if re.match(r" [A-Z]", piece[m.end():]):
            continue  # 'from Springs Creative': a name of two capitalised words, no verb
        lower = m.group(0).lower()
        ratio = capital_ratio(lower)
        if tagger.could_be_verb(lower) and is_common_word(lower) and (ratio is None or ratio < 0.2):
            return True
    return False


def _doubtful(doc: Doc, stop: int, end: int, para: int) -> bool:
    """Weaker evidence: a short piece, a piece inside a quotation or with a boundary lost
    inside it, or a 'sentence' before it that is no clause (a heading, a name)."""
    text = doc.text
    piece = text[stop + 1:end]
    if len(piece.split()) < 4 or in_quotation(text, para, stop) or _lost_boundary_inside(piece):
        return True
    prev_sentence = text[doc.sentence_start(stop, para):stop].strip()
    if in_series(text, piece.split()[0], prev_sentence, end):
        return True
    # ('He later secured the rights': a verb the tagger reads as a participle, after its subject)
    return len(prev_sentence.split()) < 4 or not (tagger.has_clause(prev_sentence) or main_clauses(prev_sentence))


def participle_fragments(doc: Doc, ctx: Context) -> list[Change]:
    """Join each participle piece with no clause of its own to the sentence before, with a
    comma."""
    text = doc.text
    out: list[Change] = []
    r = ctx.rule(RULE)
    if r is None:
        return out
    for s, e in doc.body:
        for m in _CANDIDATE.finditer(text, s, e):
            word = m.group(2)
            frag_end = min(e, doc.sentence_at(m.end())[1])
            rest = text[m.end(2):frag_end]
            judge = past_verdict_of if word.endswith("ed") else verdict
            found = None if rest.rstrip().endswith("?") else judge(word, rest.rstrip(".!"), ctx)
            if found is None:
                continue
            # 'at 5 p.m. Leaving', 'Apple Inc. Leaving': the stop is also the abbreviation's and stays
            at = m.start() + 1 if abbreviation_stop(text, m.start(), ctx) else m.start()
            doubt = found == "doubt" or _doubtful(doc, m.start(), frag_end, s)
            # a piece with no possible verb is a fragment in native copy too: its confidence is
            # not capped there (the rule's sure_confidence)
            sure = found == "sure" and not doubt and not ctx.mt_like
            ch = ctx.change(at, m.end(2), ", " + word.lower(), RULE, doubt=doubt, native=sure,
                            confidence=float(r.options["sure_confidence"]) if sure else None)
            if ch:
                out.append(ch)
    return out


def all_fragments(doc: Doc, ctx: Context) -> list[Change]:
    """The fragments stage: :func:`cleanup.fragments.merge_fragments`, the participles, then the
    verbless phrases (:func:`cleanup.verbless_fragments.phrase_fragments`)."""
    return merge_fragments(doc, ctx) + participle_fragments(doc, ctx) + phrase_fragments(doc, ctx)
