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
- the name is a country's or a body's short acronym (``The UK``, ``The EU``), which native news
  writes with ``The`` in mid-sentence only inside a title in title case (``Born In The USA``):
  applied;
- the name ends in the head noun of an institution or a party (``The National Museum``, ``The
  Liberals``): only offered, since a company or a foundation may take ``The``.

Never after a work noun, a naming word or a verb whose object is often a title (``show The
Office``, ``called The Pavilion``, ``played The Game``), before a paper's or a work's noun (``The
Big Issue magazine``), after a capital (a title in title case), nor before a finite verb unless a
preposition stands before ``The`` (``firms The EC says``: a lost full stop, the boundary stages' to
judge; ``Exports to The EU fell``: no sentence ends on ``to``).
"""

from __future__ import annotations

import re

from . import tagger
from .doc import Context, Doc
from .edits import Change

#: ``The`` after a lower-case word or a comma, then a run of capitalised words (small words between
#: them), then what follows the run
_CANDIDATE = re.compile(
    r"(?<=[a-z,] )The +([A-Z][\w’'-]*(?: +(?:(?:of|and|for|the|de|&) +)?[A-Z][\w’'-]*)*)(?: +([\w’'-]+))?")
_PREV_WORD = re.compile(r"(?<![\w’'-])([\w’'-]+)(,?)$")
_ACRONYM = re.compile(r"[A-Z]{2,3}")


def before_name(doc: Doc, ctx: Context) -> list[Change]:
    """``for The Liberals`` -> ``for the Liberals`` when the article writes ``the Liberals`` too;
    ``France, The UK and`` -> ``the UK``; ``opens The National Museum`` offered ``the``."""
    text = doc.text
    if " The " not in text:
        return []
    out: list[Change] = []
    for s, e in doc.body:
        for m in _CANDIDATE.finditer(text, s, e):
            if not doc.mid_sentence(m.start()):
                continue
            found = _evidence(m, doc, ctx)
            if found is None:
                continue
            ch = ctx.change(m.start(), m.start() + 1, "t", "casing.stray_capital.article_before_name", confidence=found)
            if ch:
                out.append(ch)
    return out


def _evidence(m: re.Match, doc: Doc, ctx: Context) -> float | None:
    """The confidence that ``The`` at ``m`` is a stray capital, or None when a title, a paper or a
    name that takes the article may stand there."""
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
    if _named_with_the(name, doc):
        return None  # "The Office" again and never "the Office": the name takes the article
    if _mostly_lower_the(name, doc):
        return 0.5  # "for The Liberals" beside "the Liberals" twice; native house styles mix "The Guardian" in too
    if len(run) == 1 and _ACRONYM.fullmatch(first) and (after[:1].islower() or not after):
        return 0.8  # "France, The UK and elsewhere"
    if head in ctx.words("casing.institution_heads", "casing.the_name_heads"):
        return 0.5  # "opens The National Museum", "for The Liberals": a company may take "The"
    return None


def _clause_follows(at: int, text: str) -> bool:
    """Does a finite verb follow ``The`` before the next mark (then ``The`` may open a sentence whose
    stop was lost)?"""
    rest = re.match(r"[^,;:.!?()\n]{0,80}", text[at:])
    return rest is not None and tagger.has_finite_verb(rest.group(0))


def _spelt(name: str) -> str:
    """A pattern of the name's words with any run of spaces between them."""
    return r" +".join(re.escape(w) for w in name.split())


def _with_the(name: str, doc: Doc) -> tuple[int, int]:
    """How often the article writes the name after ``The`` in mid-sentence, and after ``the``."""
    caps = sum(1 for m in re.finditer(rf"(?<=[a-z,] )The +{_spelt(name)}(?![\w’'-])", doc.text)
               if doc.mid_sentence(m.start()))
    return caps, len(re.findall(rf"\bthe +{_spelt(name)}(?![\w’'-])", doc.text))


def _named_with_the(name: str, doc: Doc) -> bool:
    """Does the article write ``The`` before the name in mid-sentence more than once, and never ``the``?"""
    caps, lows = _with_the(name, doc)
    return caps > 1 and not lows


def _mostly_lower_the(name: str, doc: Doc) -> bool:
    """Does the article write ``the`` before the same name twice or more, and more often than ``The``?"""
    caps, lows = _with_the(name, doc)
    return lows >= 2 and lows > caps
