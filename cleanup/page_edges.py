"""Page furniture read from its shape at the edges of a scraped page: a line printed twice in a
row (an image's alt text and its caption, a logo's alt text and its name) and a section label
above the headline that names a country or a city ('Ukraine', 'Sweden news').

Both run before the ``leftovers`` stage: a caption printed twice must go whole, before
``boilerplate.repeated_text`` takes its second copy for a headline printed again and leaves the
first.  (``boilerplate.py`` holds the line rules; these need the tagger and the gazetteer.)
"""

from __future__ import annotations

import re

from .boilerplate import classify, line_rules
from .doc import Context, Doc
from .edits import Change
from .fragments import main_clauses
from .lexicon import is_country, is_place

_WORD = re.compile(r"\w+")
_LINE = re.compile(r"[^\n]+")
#: a word as the line shapes count them: letters or figures, joined by an apostrophe, a stop or a hyphen
LINE_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
# a photo credit in the line ('... vehicle. Photo.aussiedlerbote.de', 'Photo: AFP', 'Foto/Antara')
_CREDIT = re.compile(r"\b(?:photo|foto|image|picture|credit)s?\s*[.:/©]", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?…][”\"’')\]]*$")


def printed_lines(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every line with a printed character from ``start`` on, its spaces trimmed."""
    out = []
    for m in _LINE.finditer(text, start):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def removal_span(text: str, s: int, e: int) -> tuple[int, int]:
    """The span that takes a block of lines away with the line breaks after it (before it when
    nothing follows), so that the paragraphs around it keep their break."""
    if text[e:].strip():
        while e < len(text) and text[e] in " \t\n":
            e += 1
    else:
        while s > 0 and text[s - 1] in " \t\n":
            s -= 1
    return s, e


def _caption_like(line: str) -> bool:
    """A caption or a label, not a headline or a sentence: a photo credit in it, or no clause of
    its own and a capital past its first word, as a name has ('CM Himanta Biswa Sarma', 'Shafaq
    Live'; not a song's line quoted twice, 'Happy birthday to you')."""
    later = _WORD.findall(line)[1:]
    return bool(_CREDIT.search(line)) or (any(w[:1].isupper() for w in later) and main_clauses(line) == 0)


_TRUNCATED = re.compile(r"(?:\.\.\.|…)[”\"’')\]]*$")


def _wordy(line: str) -> bool:
    """Four words or more in letters, not cut short with an ellipsis: a headline or a sentence
    ('Saturday, October 1, 2022' and a trail ending in '...' are not)."""
    return sum(w[:1].isalpha() for w in _WORD.findall(line)) >= 4 and not _TRUNCATED.search(line)


def _page_headline(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether the doubled line ``lines[i]`` is the page's headline: it reads as one (a lower-case
    word, as a name or a label has not; no photo's credit) and no line above it could be one (a
    date bar, a trail cut with '...' may be there).  A headline printed twice at the top of a page
    keeps its first copy; under a headline or a paragraph, a line printed twice is a caption."""
    line = text[slice(*lines[i])]
    return (_wordy(line) and any(w[:1].islower() for w in _WORD.findall(line)) and not _CREDIT.search(line)
            and not any(_wordy(text[s:e]) for s, e in lines[:i]))


def doubled_lines(doc: Doc, ctx: Context) -> list[Change]:
    """``CM Himanta Biswa Sarma`` / ``CM Himanta Biswa Sarma``: a short line printed twice in a
    row, which is not the title: a picture's alt text and its caption, or a logo's alt text and
    its name, scraped together.  Both copies go when the line reads as a caption or a label (a
    photo credit, or no clause of its own); a headline printed again keeps one copy
    (``boilerplate.repeated_text``; here when a page with no title opens with it below a date bar),
    and a paragraph a line rule knows ('Shafaq Live') is left to it."""
    if ctx.rule("boilerplate.doubled_line") is None:
        return []
    text = doc.text
    lines = printed_lines(text)
    title = text[slice(*doc.paragraphs[0])].strip() if doc.paragraphs else ""
    rules = line_rules(ctx)
    out: list[Change] = []
    i = 0
    while i + 1 < len(lines):
        (s1, e1), (s2, e2) = lines[i], lines[i + 1]
        line = text[s1:e1]
        # a line a colon introduces is the article's ('The crowd chanted:' above a slogan twice)
        if (line == text[s2:e2] and line != title and 1 <= len(_WORD.findall(line)) <= 25
                and not text[:s1].rstrip().endswith(":")
                and _caption_like(line) and ("\n\n" not in text[e1:s2] or classify(line, rules) is None)):
            # the headline's first copy stays, with the break after it ('Head\nHead\n\nBody')
            span = (e1, e2) if _page_headline(text, lines, i) else removal_span(text, s1, e2)
            ch = ctx.change(*span, "", "boilerplate.doubled_line")
            if ch:
                out.append(ch)
            i += 2
            continue
        i += 1
    return out


def _headline_shaped(line: str) -> bool:
    """A headline: one line of 4 to 30 words that does not end like a sentence."""
    return "\n" not in line and 4 <= len(_WORD.findall(line)) <= 30 and not _ENDS_SENTENCE.search(line)


def place_label(doc: Doc, ctx: Context) -> list[Change]:
    """``Ukraine`` above ``As a result of Russian shelling in the Kherson region, 2 people were
    killed``; ``Sweden news`` above the lede: the page's first line names the site's section, a
    country (alone above a headline) or a city ('<city> news'), not the article.  English news
    never opens with a country's name alone above its headline ('Reading' may be a town's guide)."""
    if ctx.rule("boilerplate.place_label") is None or len(doc.paragraphs) < 3:
        return []
    text = doc.text
    (s, e), (s2, e2) = doc.paragraphs[0], doc.paragraphs[1]
    words = text[s:e].split()
    if not 1 <= len(words) <= 4 or "\n" in text[s:e]:
        return []
    news = words[-1].lower() == "news" and len(words) > 1
    place = " ".join(words[:-1] if news else words)
    if not (is_place(place) if news else is_country(place) and _headline_shaped(text[s2:e2].strip())):
        return []
    ch = ctx.change(s, s2, "", "boilerplate.place_label")
    return [ch] if ch else []


# what joins a headline's copy to the sentence it was run into: a colon or a dash, or nothing at
# all before a capital ('... by the Zionist’s FMReleasing a statement')
_RUN_IN = re.compile(r"\s*[:–—-]\s+(?=\S)|(?=[A-Z])")


def title_run_in(doc: Doc, ctx: Context) -> list[Change]:
    """``Yomra Municipality continues its work at full speed: Mayor of Yomra ...`` under the
    headline ``Yomra Municipality Continues Its Work at Full Speed``: the headline printed again
    at the start of one of the first paragraphs and run into its first sentence, after a colon or
    a dash or glued to its capital.  The copy goes; the sentence after it stays (four words or
    more, opening in a capital: after 'Floods hit the north - and more rain...' the lede goes
    on).  An article's lede may restate its headline, never letter for letter and then go on."""
    if ctx.rule("boilerplate.title_run_in") is None or doc.title is None:
        return []
    text = doc.text
    title = text[slice(*doc.title)].strip()
    if len(_WORD.findall(title)) < 3:
        return []
    low = title.lower()
    for s, e in doc.body[:8]:  # below a date bar, a byline and other furniture
        if text[s:s + len(title)].lower() != low:
            continue
        m = _RUN_IN.match(text, s + len(title), e)
        if not m or (m.end() == m.start() and not text[m.start() - 1].isalnum()):
            continue  # 'Title. The lede...': a sentence after the headline's own stop
        if not text[m.end():m.end() + 1].isupper():
            continue  # 'Title - and more rain is on the way': the lede's own clause goes on after it
        if len(_WORD.findall(text[m.end():e])) >= 4:
            ch = ctx.change(s, m.end(), "", "boilerplate.title_run_in")
            return [ch] if ch else []
    return []
