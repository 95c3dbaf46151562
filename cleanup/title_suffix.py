"""A site's section names or its own name after the headline, read from their shape:
``... terrible act” – Panorama – Society``, ``... at Museumplein | Interior``, ``... Borisov!
(VIDEO) – Blitz``, ``... meeting – 686556 | Kaler Kantho``.

``title.site_tag`` knows the agencies and sites by name (``title.site_suffixes``); the section a
page files the story under and the names of small sites are too many to list.  Their shape is
what gives them away: after a separator (a bar, a dash), one to four capitalised words that make
no clause and that the article never names, where the headline before them is written in
sentence case (a quotation's headline names its speaker so: 'Abortion not a poll issue - Blair',
and the story quotes Blair).  A bar, two or more such
pieces, a tag in capitals (``VIDEO``) or an article number are the page's own; one dash and one
capitalised piece may be the headline's (a subtitle, a name), so it is offered, not applied.
A bar or a dash with nothing after it is the separator of a site's name the scraper cut.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .lexicon import is_common_word, zipf
from .tagger import has_finite_verb

RULE = "title.section_suffix"
_WORD = re.compile(r"\w+")
_PIECE = r"(?:[A-Z][\w.&’'-]*|\d{3,})(?: (?:[A-Z][\w.&’'-]*|of|the|and|de|di|del|la|for|in)){0,3}"
_SEP = r"(?: [|–—-] ?|[|–—-] )"
_SUFFIX = re.compile(rf"(?: ?\((?:VIDEO|PHOTOS?|VIDEOS?|AUDIO)\))?(?:{_SEP}{_PIECE}){{1,4}}\s*$")
_ONE = re.compile(rf"{_SEP}({_PIECE})")
# pieces in lower case too: two or more ('– news Urix – Foreign news and documentaries') or one
# word that is no English word, a site's handle ('– rahnam')
_LOOSE_PIECE = r"[\w.&’'-]+,?(?: [\w.&’'-]+,?){0,8}"
_LOOSE = re.compile(rf"(?:{_SEP}{_LOOSE_PIECE}){{2,4}}\s*$")
# how far from the title's end the pieces are sought: a site's name and sections are short, and the
# pieces' words and separators share the hyphen, so each start in a run of hyphens ('a- a- a-')
# tries many splits; searched through a long title, that cost seconds
_LOOSE_REACH = 240
_HANDLE = re.compile(rf"{_SEP}([a-z][a-z0-9.-]{{2,30}})\s*$")
# a dash with nothing after it: the separator of a site's name the scraper cut ('... to hold a meeting –')
_BARE_DASH = re.compile(r"\s+[|–—-]\s*$")


def _sentence_case(headline: str) -> bool:
    """Most longer words after the first in lower case: the headline is no title-case one
    (where 'Markets Fall - Investors Flee' would be one headline in two parts)."""
    later = [w for w in re.findall(r"[A-Za-z][\w’'-]*", headline)[1:] if len(w) > 3]
    return not later or sum(w[0].isupper() for w in later) <= 0.6 * len(later)


def section_suffix(doc: Doc, ctx: Context) -> list[Change]:
    """Take the section names or the site's name off the end of the title (see the docstring)."""
    if doc.title is None or ctx.rule(RULE) is None:
        return []
    s, e = doc.title
    title = doc.text[s:e]
    if (bare := _BARE_DASH.search(title)) and len(_WORD.findall(title[:bare.start()])) >= 3:
        ch = ctx.change(s + bare.start(), e, "", RULE)  # no headline ends on a separator
        return [ch] if ch else []
    m = _SUFFIX.search(title)
    if m is None:
        return _lower_case_suffix(doc, ctx, title, s, e)
    headline, suffix = title[:m.start()], m.group()
    pieces = [p.group(1) for p in _ONE.finditer(suffix)]
    if len(_WORD.findall(headline)) < 3 or not _sentence_case(headline) or not pieces:
        return []
    if any(has_finite_verb(p) for p in pieces):
        return []  # '... - Ministers Agree': a clause, the headline's own
    tagged = suffix.lstrip().startswith("(")
    body = doc.text[e:]
    if not tagged and any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", body) for p in pieces):
        return []  # 'Abortion not a poll issue - Blair': the speaker the story quotes, not the site
    strong = ("|" in suffix or len(pieces) >= 2 or tagged
              or any(p.isupper() and len(p) >= 3 or p.isdigit() for p in pieces))
    ch = ctx.change(s + m.start(), e, "", RULE, doubt=not strong)
    return [ch] if ch else []


def _named(piece: str) -> bool:
    """Does the piece hold a name: a capitalised word, or one that is no English word?"""
    return any(w[0].isupper() or not is_common_word(w) for w in re.findall(r"[^\W\d_][\w’'-]*", piece))


def _lower_case_suffix(doc: Doc, ctx: Context, title: str, s: int, e: int) -> list[Change]:
    """A site's name in lower case after the headline: a handle that is no English word (``... of
    the shrine – rahnam``, the article's 'rahnam News Agency'), or two or more pieces with no
    clause (``... a press conference – news Urix – Foreign news and documentaries``).  A native
    headline's lower-case tail is one phrase of English words ('Live music returns - at last')."""
    m = _HANDLE.search(title)
    if m and (zipf(m.group(1)) >= 2.0 or is_common_word(m.group(1))):
        m = None  # an English word: the headline's own ('Prices rise - again')
    if m is None:
        # from the headline's first separator on ('– It’s unpleasant – news Oslo – Local news':
        # the dash before the headline, a quotation's, is none)
        m = _LOOSE.search(title, max(1 + len(title) - len(title.lstrip("–—- ")), len(title) - _LOOSE_REACH))
        pieces = [p for p in re.split(_SEP, m.group()) if p.strip()] if m else []
        if not pieces or any(has_finite_verb(p) or not _named(p) for p in pieces):
            return []  # a clause, or English words only: '... the coast - and the sea - for survivors'
    headline = title[:m.start()]
    if len(_WORD.findall(headline)) < 3 or not _sentence_case(headline):
        return []
    ch = ctx.change(s + m.start(), e, "", RULE)
    return [ch] if ch else []
