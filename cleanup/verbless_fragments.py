"""Verbless fragments: a phrase cut from its sentence by a full stop.

Machine translation from Arabic, Thai, Indonesian, Chinese and Turkish, among others, closes a
sentence where the source had a clause boundary or a comma, leaving the phrase that finishes it
as a 'sentence' with no verb: ``strengthen bilateral cooperation. Between the two countries
within the framework of...``, ``we report him to the Criminal Investigation. On the alleged
defamation``, ``are working to the fullest. And confident that...``.  Such a piece joins the
sentence before it: the stop goes and the capital is lowered (``segment.fragment.preposition``,
``segment.fragment.and_phrase``).  Subordinators, ``Including``/``Such as`` and participles
are :mod:`cleanup.fragments` and :mod:`cleanup.participles`.

Native news writes verbless sentences too, on purpose: ``Not any more.``, ``And so to the
final.``, ``By far the handiest tool.``, ``For scant reward.``, a crosshead or a
list item.  The openers are data (``rules/segment.toml``): those native news never opens a
verbless piece with (measured on the 3,225 BBC and CNN/DailyMail articles) are applied where
the text shows MT and offered elsewhere (sport and feature copy writes ``Amid chaotic scenes.``);
the others are only offered.  Every piece must also have no verb the tagger can find, no comma or
colon (a phrase, then a clause the tagger missed: ``In 2004, all tickets sold out``), four words
or more, and a sentence before it with a clause of its own that ends on a word.
"""

from __future__ import annotations

import re

from . import tagger
from .doc import Context, Doc
from .edits import Change
from .fragments import abbreviation_stop, in_quotation, in_series, main_clauses, opener_at

#: the stop after a word, then a capitalised opener and a space
_OPENING = re.compile(r"\.(?<=[a-z’'0-9%)]\.)( +)([A-Z][a-z]+)(?= [\w“\"‘])")
#: in the piece: a clause may hide behind these (a phrase, then a clause the tagger missed)
_BREAKS = re.compile(r"[,:;(]| [-–—] ")
#: a quotation's close after the piece: the speech tag that follows is not part of it
_QUOTE_END = re.compile(r"[,.]?[”\"]")

PREPOSITION = "segment.fragment.preposition"
AND_PHRASE = "segment.fragment.and_phrase"


#: tags of a word a verb the tagger missed may follow: 'people use', 'Star-Farm 3 dominated'
_BEFORE_VERB = frozenset({"NNS", "NNP", "NNPS", "CD"})
_MISSED_VERB = frozenset({"NN", "NNS", "VB", "VBN", "VBD", "VBP"})


def _hidden_verb(piece: str, demonstratives: frozenset[str]) -> bool:
    """A verb the tagger read as a noun or a participle right after a plural noun, a name, a
    number or a demonstrative (adverbs between): 'At least four million people use/NN apps',
    'On Friday Star-Farm 3 dominated/VBN', 'Both pagodas also served/VBN', 'this put/NN'
    (``words.demonstratives``).  Native sentences the tagger finds no verb in are mostly these."""
    tagged = tagger.tags(piece)
    before = ""
    for i, (word, tag) in enumerate(tagged):
        if tag == "RB" and i:
            continue
        if i > 1 and word.islower() and tag in _MISSED_VERB and tagger.could_be_verb(word) \
                and (before in _BEFORE_VERB or before in demonstratives):
            return True
        before = word.lower() if word.lower() in demonstratives else tag
    return False


def _verbless(piece: str, ctx: Context) -> bool:
    """No finite verb, no subject and verb the tagger could not place (nor one it read as a
    noun, :func:`_hidden_verb`), no clause counted by :func:`cleanup.fragments.main_clauses`,
    no pronoun a verb may follow (``words.nominative_pronouns``), no wh-word that makes the piece
    a question or a clause ('Over what to name': ``words.wh_words``) and no contracted verb ('that's')."""
    words = {w.lower().strip("“”\"'‘’") for w in piece.split()}
    if words & ctx.words("words.nominative_pronouns", "words.wh_words") or re.search(r"\w[’'](?:s|re|ll|ve|d|m)\b", piece):
        return False
    return not (tagger.has_finite_verb(piece) or tagger.has_clause(piece) or main_clauses(piece)
                or _hidden_verb(piece, ctx.words("words.demonstratives")))


def _prev_is_clause(sentence: str) -> bool:
    """The sentence before is a clause that ends on a word: not a heading, a list item or a
    one-word line ('Not used: Fury, Brooks'), which a verbless line may well follow."""
    words = sentence.split()
    if len(words) < 4 or ":" in sentence:
        return False
    return tagger.has_finite_verb(sentence) or bool(main_clauses(sentence))


def _candidate(doc: Doc, ctx: Context, m: re.Match, s: int, e: int) -> tuple[str, bool] | None:
    """(rule id, doubt) for the opener at ``m``, or None when the piece may stand alone."""
    text = doc.text
    word = m.group(2)
    low = word.lower()
    sure = ctx.words("segment.fragment_prepositions")
    offered = ctx.words("segment.fragment_prepositions_native")
    if low == "and":
        rid = AND_PHRASE
    elif low in sure or low in offered:
        rid = PREPOSITION
    else:
        return None
    if opener_at(text, m.start()):
        return None  # 'In order to', 'And also': cleanup.fragments reads those
    if doc.sentence_start(m.start(2)) != m.start(2):
        return None  # the splitter reads no sentence end there ('Rep. In Jae-keun', 'Dr. In Yo-han': a title's stop)
    frag_end = min(e, doc.sentence_at(m.end())[1])
    piece = text[m.end(1):frag_end].rstrip()
    quoted = in_quotation(text, s, m.start())
    close = _QUOTE_END.search(piece) if quoted else None
    if close:  # '... to the Criminal Investigation. On the alleged defamation," said X'
        piece = piece[:close.start()] + "."
    words = piece.split()
    if not piece.endswith(".") or len(words) < 4 or _BREAKS.search(piece):
        return None  # 'On with the fun!', 'Why not?', a piece a comma or a colon may complete
    if rid == AND_PHRASE and words[1].lower().strip("“”\"") in ctx.words("segment.and_phrase_links"):
        return None  # 'And so to the final', 'And yet', 'And then': a native writer's link, not a cut phrase
    if not _verbless(piece.rstrip("."), ctx):
        return None
    prev = text[doc.sentence_start(m.start(), s):m.start()].strip()
    if not _prev_is_clause(prev) or in_series(text, word, prev, frag_end):
        return None
    # inside a quotation a short piece is how people speak, and native news also opens a verbless
    # piece with some openers: offered (an 'And' piece is offered by its rule's own confidence)
    # a verb phrase of its own ('With their support despite the controversy to take X as prime
    # minister'): the piece may have lost its main clause rather than its sentence, offered
    doubt = low in offered or quoted and len(words) <= 8 or _infinitive(piece)
    return rid, doubt


def _infinitive(piece: str) -> bool:
    """Does the piece hold 'to' and a verb's base form ('to take him'; 'to name/NN him' too, a
    verb before its object)?"""
    tagged = tagger.tags(piece)
    for i, (_, t) in enumerate(tagged[:-2]):
        word, tag = tagged[i + 1]
        if t == "TO" and (tag == "VB" or tag == "NN" and tagged[i + 2][1] in _OBJECT_START
                          and tagger.could_be_verb(word)):
            return True
    return False


_OBJECT_START = frozenset({"PRP", "DT", "PRP$"})


def phrase_fragments(doc: Doc, ctx: Context) -> list[Change]:
    """Join a verbless piece opened by a preposition or 'And' to the sentence before it."""
    text = doc.text
    out: list[Change] = []
    for s, e in doc.body:
        for m in _OPENING.finditer(text, s, e):
            found = _candidate(doc, ctx, m, s, e)
            if found is None:
                continue
            rid, doubt = found
            word = m.group(2)
            at = m.start() + 1 if abbreviation_stop(text, m.start(), ctx) else m.start()
            ch = ctx.change(at, m.end(2), " " + word.lower(), rid, doubt=doubt)
            if ch:
                out.append(ch)
    return out
