"""The title line: is the first line a title, and its repairs.

A title gets the body's normalisation, leftovers and name consistency from the other
stages; here, what only a title needs: a site's prefix or suffix removed (``Last minute:``,
``| News``), a carried-over capital in a sentence-case title lowered, a clause joined with a
comma (``peace leader But still`` -> ``peace leader, but still``).  A title never gets a
final full stop."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet
from .sentences import split_sentences

_WORD = re.compile(r"\w+")


def detect_title(text: str, rules: RuleSet | None = None) -> bool:
    """A short first line followed by the body is the title: without final punctuation, or
    a short sentence with its stop when what follows reads as a body of several sentences."""
    first, sep, rest = text.partition("\n\n")
    if not sep or not rest.strip():
        return False
    first = first.strip()
    words = _WORD.findall(first[:2000])
    if not 0 < len(words) <= 30:
        return len(words) <= 60 and "\n" not in first and _printed_again(first, rest)  # a long headline, printed again
    if not re.search(r"[.,;:]$", first):
        return True
    if _printed_again(first, rest):
        return True  # a headline with a stop, printed again at the top of the body
    return (first.endswith(".") and len(words) <= 14 and len(split_sentences(first, rules)) == 1
            and len(split_sentences(rest[:3000], rules)) >= 3)


def _printed_again(first: str, rest: str) -> bool:
    """The first line, of three words or more, is one of the next three paragraphs again (below a
    date bar, say): the page's headline printed twice, whatever its stop; prose never opens so."""
    key = re.sub(r"\W+", " ", first).strip().lower()
    return len(key.split()) >= 3 and any(repeats_title(re.sub(r"\W+", " ", p).strip().lower(), key, "\n" not in first)
                                         for p in rest.split("\n\n", 3)[:3])


def repeats_title(para: str, title: str, partial: bool = True) -> bool:
    """Is a paragraph (its words, lower case) the title again: all of it, or (``partial``: a title
    of one line) all of it but the site's name after it or a kicker before it ('<headline> |
    FRIDAY DIGITAL' above '<headline>'; 'Ahok vs Haji Lulung "<headline>"' above '<headline>'),
    six words or more of it.  A title of two lines, or one whose other words hold a number (a
    date bar: 'date 2023-05-17 Home » <headline>'), may be a trail: no part of it."""
    if para == title or not partial or len(para.split()) < 6 or len(para) < 0.6 * len(title):
        return para == title
    rest = title[len(para):] if title.startswith(para + " ") else title[:-len(para)] if title.endswith(" " + para) else "0"
    return not any(c.isdigit() for c in rest)


@lru_cache(maxsize=8)
def _site_tags(rules: RuleSet) -> tuple[re.Pattern, re.Pattern]:
    prefixes = "|".join(rules.words("title.site_prefixes"))
    suffixes = "|".join(rules.words("title.site_suffixes"))
    return (re.compile(rf"(?:{prefixes})\s*[:|–—-]\s*", re.I) if prefixes else re.compile("(?!)"),
            re.compile(rf"\s*(?:\||–|—|-)\s*(?:{suffixes})\s*$", re.I) if suffixes else re.compile("(?!)"))


_VERB_FORM = re.compile(r"([A-Z][a-z]{2,})(?:ing|ed)")


def _verb_form(word: str) -> bool:
    """'Experiencing', 'Suffered': an -ing or -ed form of a common word ('Lightning' is not)."""
    m = _VERB_FORM.fullmatch(word)
    if not m:
        return False
    stem = m.group(1).lower()
    return any(lexicon.is_common_word(w) for w in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""))


def _sentence_case(title: str) -> bool:
    later = [w for w in re.findall(r"[A-Za-z][\w’'-]*", title)[1:] if len(w) > 3]
    return bool(later) and sum(w[0].isupper() for w in later) <= 0.6 * len(later)


def title_fixes(doc: Doc, ctx: Context) -> list[Change]:
    """``Last minute: X`` -> ``X``; ``peace leader But still`` -> ``peace leader, but still``;
    ``helping the people Experiencing a storm`` -> ``experiencing``."""
    if doc.title is None:
        return []
    s, e = doc.title
    title = doc.text[s:e]
    out: list[Change | None] = []
    prefix, suffix = _site_tags(ctx.rules)
    m = prefix.match(title)
    if m and len(_WORD.findall(title[m.end():])) >= 3:
        first = title[m.end():m.end() + 1]  # the headline that remains starts with a capital
        out.append(ctx.change(s, s + m.end() + 1, first.upper(), "title.site_tag"))
    m = suffix.search(title)
    if m and len(_WORD.findall(title[:m.start()])) >= 3:
        out.append(ctx.change(s + m.start(), e, "", "title.site_tag"))
    if _sentence_case(title):
        out += _stray_capitals(doc, ctx, s, title)
    return [c for c in out if c]


def _stray_capitals(doc: Doc, ctx: Context, s: int, title: str) -> list[Change | None]:
    conj = ctx.words("title.conjunctions")
    closed = ctx.words("words.closed_class") - {"i"}
    out: list[Change | None] = []
    for m in re.finditer(r"(?<![\w’'-])[a-z][\w’'-]* ([A-Z][a-z]+)(?= [a-z])", title):  # after a lower-case word
        word = m.group(1)
        ratio = lexicon.capital_ratio(word)
        # a verb form ('people Experiencing a storm') is a carried-over capital at a looser prior
        limit = 0.1 if _verb_form(word) else 0.02
        common = (ratio is not None and ratio <= limit and not doc.case.caps[word] and not lexicon.is_place(word)
                  and not lexicon.is_listed_name(word))
        if (word.lower() in closed and word not in conj) or common:
            out.append(ctx.change(s + m.start(1), s + m.start(1) + 1, word[0].lower(), "title.stray_capital"))
    for m in re.finditer(r"(?<=[a-z’'])( )(" + "|".join(sorted(conj)) + r")(?= [a-z])", title):
        out.append(ctx.change(s + m.start(), s + m.end(), ", " + m.group(2).lower(), "title.conjunction"))
    return out
