"""``The`` capitalised in mid-sentence before a name (``group leader for The Liberals``, ``opens
The National Museum``, ``in France, The UK and elsewhere``), which casing's slots do not read (a
capital after the capital makes them take the pair for a name of several words).

Native news writes ``The`` in mid-sentence after a lower-case word before a title (``beat The
Office``, ``album The College Dropout``), a paper (``told The Washington Post``), a band or a
show, and now and then a company that takes the article (``The Woda Group``): some 600 times in
2,700 BBC and CNN/DailyMail texts, against 8,000 ``the`` before a capital there.  MT copies the
capital from a source that capitalises the article of a name, or from a heading.  So ``The`` is
lowered only with evidence:

- the article writes the same name with a lower-case ``the`` elsewhere, more often than with
  ``The`` (``the Liberals``): offered, as native house styles mix ``the Guardian`` and ``The Guardian``;
- the name is a country's or a body's short acronym (``The UK``, ``The EU``: ``casing.the_acronyms``),
  which native news writes with ``The`` in mid-sentence only inside a title in title case (``Born
  In The USA``): applied; any other acronym of two or three capitals is only offered, as a band or
  a show may take ``The`` (``supported The XX on tour``, ``Stars of The OC``);
- the name ends in the head noun of an institution or a party (``The National Museum``, ``The
  Liberals``): only offered, since a company or a foundation may take ``The``; applied in copy that
  reads as MT (``Context.mt_like``), as is a title of three words or more with such a noun inside
  (``to The National Police Commissioner``): the translation title-cased the name, article and all.

Never after a work noun, a naming word or a verb whose object is often a title (``show The
Office``, ``called The Pavilion``, ``played The Game``), before a paper's or a work's noun (``The
Big Issue magazine``), after a capital (a title in title case), nor before a finite verb unless a
preposition stands before ``The`` (``firms The EC says``: a lost full stop, the boundary stages' to
judge; ``Exports to The EU fell``: no sentence ends on ``to``).
"""

from __future__ import annotations

import re
from collections import Counter

from . import tagger
from .doc import Context, Doc
from .edits import Change

#: ``The`` after a lower-case word or a comma, then a run of capitalised words (small words between
#: them), then what follows the run
_CANDIDATE = re.compile(
    r"(?<=[a-z,] )The +([A-Z][\w’'-]*(?: +(?:(?:of|and|for|the|de|&) +)?[A-Z][\w’'-]*)*)(?: +([\w’'-]+))?")
_PREV_WORD = re.compile(r"(?<![\w’'-])([\w’'-]+)(,?)$")
_ACRONYM = re.compile(r"[A-Z]{2,3}")
#: ``The`` in mid-sentence (after a lower-case word or a comma) and ``the``, each before a space
_CAPS_THE = re.compile(r"(?<=[a-z,] )The +")
_LOW_THE = re.compile(r"\bthe +")
#: a word a name of the candidate's pattern is made of (a capitalised word or a small word between them)
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*|of|and|for|the|de|&")
_LEAD = re.compile(r"[\w’'-]+")
#: ``The`` before a body's name in copy that reads as MT (``Context.mt_like``): Italian (holdout
#: h_it_italianbiggestnews_renzi-bronzes 'opens The National Museum'), Thai (dev
#: th_mangamanhwa_pm-police-sweep-own-house 'to The National Police Commissioner') and Swedish (h6 'for The
#: Liberals') MT title-case the whole name, article included; native news does so 25 times in 2,700 texts
MT_INSTITUTION = 0.8


def before_name(doc: Doc, ctx: Context) -> list[Change]:
    """``for The Liberals`` -> ``for the Liberals`` when the article writes ``the Liberals`` too;
    ``France, The UK and`` -> ``the UK``; ``opens The National Museum`` offered ``the``."""
    text = doc.text
    if " The " not in text:
        return []
    out: list[Change] = []
    counts: tuple[Counter, Counter] | None = None  # read once per document, on the first candidate that asks
    for s, e in doc.body:
        for m in _CANDIDATE.finditer(text, s, e):
            if not doc.mid_sentence(m.start()):
                continue
            if counts is None:
                counts = article_counts(doc)
            found = _evidence(m, doc, ctx, counts)
            if found is None:
                continue
            ch = ctx.change(m.start(), m.start() + 1, "t", "casing.stray_capital.article_before_name", confidence=found)
            if ch:
                out.append(ch)
    return out


def _evidence(m: re.Match, doc: Doc, ctx: Context, counts: tuple[Counter, Counter]) -> float | None:
    """The confidence that ``The`` at ``m`` is a stray capital, or None when a title, a paper or a
    name that takes the article may stand there (``counts``: :func:`article_counts` of the document)."""
    text = doc.text
    prev = _PREV_WORD.search(text[max(0, m.start() - 60):m.start()].rstrip())
    if prev is None:
        return None
    p, comma = prev.group(1).lower(), bool(prev.group(2))
    if not comma and not prev.group(1)[:1].islower():
        return None  # "Born In The USA": a title in title case
    if p in ctx.words("casing.work_nouns", "casing.naming_words", "casing.title_verbs", "casing.publication_nouns"):
        return None  # "show The Office", "called The Pavilion", "played The Game"
    run, after = m.group(1).split(), (m.group(2) or "")
    first, head = run[0], run[-1]
    if after.lower() in ctx.words("casing.title_after", "casing.publication_nouns"):
        return None  # "The Big Issue magazine"
    if p not in ctx.words("casing.capital_prepositions") and _clause_follows(m.start(), text):
        return None  # "firms The EC says", "fell The UK economy grew": a lost stop (none before "to The EU fell")
    name = " ".join(run)
    caps, lows = counts[0][name], counts[1][name]
    if caps > 1 and not lows:
        return None  # "The Office" again and never "the Office": the name takes the article
    if lows >= 2 and lows > caps:
        return 0.5  # "for The Liberals" beside "the Liberals" twice; native house styles mix "The Guardian" in too
    if len(run) == 1 and _ACRONYM.fullmatch(first) and (after[:1].islower() or not after):
        # "France, The UK and elsewhere"; a band or a show may take "The" ("supported The XX on tour")
        return 0.8 if first in ctx.words("casing.the_acronyms") else 0.5
    heads = ctx.words("casing.institution_heads", "casing.the_name_heads")
    if head in heads:
        # "opens The National Museum", "for The Liberals": a company may take "The", so only offered,
        # but applied in copy that reads as MT, where the article's capital is the translation's
        return MT_INSTITUTION if ctx.mt_like else 0.5
    if ctx.mt_like and len(run) >= 3 and any(w in heads for w in run[1:-1]):
        return MT_INSTITUTION  # "to The National Police Commissioner": a title headed by a body's name
    return None


def _clause_follows(at: int, text: str) -> bool:
    """Does a finite verb follow ``The`` before the next mark (then ``The`` may open a sentence whose
    stop was lost)?"""
    rest = re.match(r"[^,;:.!?()\n]{0,80}", text[at:])
    return rest is not None and tagger.has_finite_verb(rest.group(0))


def article_counts(doc: Doc) -> tuple[Counter, Counter]:
    """How often the document writes each run of name words after ``The`` in mid-sentence, and after
    ``the`` (``The Liberal Democrats`` counts for ``Liberal`` and for ``Liberal Democrats``).

    One pass over the text: a search per candidate name would read the whole document for each of
    them, quadratic in a long feed of ``told The Times`` lines."""
    text = doc.text
    caps: Counter = Counter()
    lows: Counter = Counter()
    for m in _CAPS_THE.finditer(text):
        if doc.mid_sentence(m.start()):
            caps.update(_runs_at(text, m.end()))
    for m in _LOW_THE.finditer(text):
        lows.update(_runs_at(text, m.end()))
    return caps, lows


def _runs_at(text: str, at: int) -> list[str]:
    """The names a search for ``the +NAME(?![\\w’'-])`` would find at ``at``: each run of whole words
    (separated by spaces) that a name may be made of, closed by the word characters of the next one."""
    out: list[str] = []
    words: list[str] = []
    while at < len(text):
        end = text.find(" ", at)
        end = len(text) if end < 0 else end
        chunk = text[at:end]
        lead = _LEAD.match(chunk)
        if lead:
            out.append(" ".join(words + [lead.group(0)]))
        if not _NAME_WORD.fullmatch(chunk):
            break  # "Liberals," or "Liberals\nThe": no name goes on past the mark ("&" goes on: "Life & Death")
        words.append(chunk)
        at = end
        while at < len(text) and text[at] == " ":
            at += 1
    return out
