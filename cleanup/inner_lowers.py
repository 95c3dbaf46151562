"""A word in lower case between two capitals of one name, where the article writes the word
capitalised elsewhere and nowhere else in lower case: ``Manchester city Football Club`` beside
``City`` (bench.probe lower_common, BBC sport), ``Yutian County Public security Bureau`` beside
``Public Security Management`` (real MT, m_zh_dloid_tangshan-woman-detained).

Machine translation cases each word of a name on its own, so one word of a name loses its
capital between two that keep theirs, or after a joiner (``the Epidemiology and prevention
Branch``); ``restated_runs`` needs the whole run written elsewhere, which a long name seldom is (the article shortens it: ``the IEA``, ``City``).  Native English
writes a lower-case word between two capitals in mid-sentence almost only as a role before a
person's name (``Nissan chairman Carlos Ghosn``, ``Warwick student Helen``, ``Shadow Europe
minister Mr Brady``: 17 such words, whose capital the article writes elsewhere, in 1,000 clean
BBC articles, 6 in 500 CNN/DM ones), or after a sentence's first word (``The veteran
Martinez``).  So the capital after the word must not open a person's name (a given name or an
honorific), the capital before must be inside the sentence, and the word is none that
introduces a title (``the ITV1 show Filthy Love``), no particle (``David dal Maso``) and no title;
and it is English (one no dictionary lists is ``document.proper_noun_case``'s).  With
these, no word of 2,225 clean BBC articles nor of 1,000 CNN/DM ones is read so, after a joiner
either.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from . import lexicon, lower_names
from .doc import Context, Doc, mid_sentence
from .edits import Change

RULE = "document.lowered_inside_name"

#: a capitalised token (no possessive), a joiner maybe, the lower-case word, then a capitalised token
_INNER = re.compile(r"(?<![\w’'&.-])([A-Z][\w&.-]*[\w.])(?: (?:and|of|for|&))? ([a-z]{3,}) (?=([A-Z][\w’'&.-]*))")

#: lists of the heads of a body's or a place's name (rules/casing.toml)
_HEADS = ("institution_heads", "acronym_heads", "lower_name_heads", "the_name_heads")


def _person_next(token: str, honorifics: frozenset[str]) -> bool:
    """Does ``token`` open a person's name ('George', 'Mr', 'Dr.')?"""
    bare = token.rstrip(".,;:")
    return bare in honorifics or lower_names.given_name(re.sub(r"[’']s$", "", bare))


def _head_next(text: str, m: re.Match, heads: frozenset[str]) -> bool:
    """Is the capital after the word a name's head ('Bureau', 'Branch') or followed by another capital
    ('Football Club')?  A lone capital after a role is a person's surname ('dictator Pinochet', review36a)."""
    return m.group(3).rstrip(".,;:") in heads or text[m.end(3):m.end(3) + 2].startswith(" ") and \
        text[m.end(3) + 1:m.end(3) + 2].isupper()


def inner_lower(text: str, m: re.Match, doc: Doc, skip: frozenset[str], honorifics: frozenset[str],
                heads: frozenset[str]) -> bool:
    """Is the lower-case word of the ``_INNER`` match ``m`` a word of a name (see the module)?"""
    w = m.group(2)
    if w in skip or doc.case.lows[w] != 1 or not mid_sentence(text, m.start()) or not lexicon.is_common_word(w):
        return False  # a word no dictionary lists is the other stages'
    cap = w[0].upper() + w[1:]
    if not doc.case.caps[cap] and not doc.case.caps[cap + "'s"] and not doc.case.caps[cap + "’s"]:
        return False  # the article never writes the word capitalised in mid-sentence
    return not _person_next(m.group(3), honorifics) and _head_next(text, m, heads)


def lowered_inside_names(doc: Doc, ctx: Context, taken: Collection[int]) -> list[Change]:
    """``Manchester city Football Club`` -> ``City`` where the article capitalises the word elsewhere;
    ``taken``: starts of words another rule of the stage already repairs.  Run by the stage
    ``document.restated_runs``, after its own rule."""
    text = doc.text
    skip = ctx.words("words.function_words") | frozenset(t.lower() for t in ctx.words("words.name_titles")) | (
        ctx.words("casing.name_particles") | ctx.words("document.compass_points")
        | ctx.words("casing.title_after") | ctx.words("casing.naming_nouns") | ctx.words("casing.group_nouns"))
    honorifics = ctx.words("words.honorifics") | ctx.words("words.name_titles")
    heads = frozenset().union(*(ctx.words(f"casing.{k}") for k in _HEADS))
    out = []
    for s, e in doc.body:
        for m in _INNER.finditer(text, s, e):
            if m.start(2) not in taken and inner_lower(text, m, doc, skip, honorifics, heads):
                ch = ctx.change(m.start(2), m.start(2) + 1, m.group(2)[0].upper(), RULE)
                if ch:
                    out.append(ch)
    return out
