"""The site's word about itself under the article, kept by a scraper that took the page's foot:
``We will deliver the latest news in Japan and abroad in a precise and prompt manner.`` (under
the agency's name), ``... we will deliver seasonal news and topics closely related to the
region.``, ``The English ... versions are automatically generated ... please always see
Indonesian as our main language.``

Three signals must agree: the place (one of the page's last paragraphs, after the article's
prose), the site speaking in the first person plural (we, our, us), and three words of what a
news site offers its readers (news, latest, information, version, translated, topics...), a
closed set that a story's last paragraphs seldom gather around a 'we'.  The site's name on its
own line above such a paragraph goes with it.  Offered in copy with no mark of MT.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .tagger import has_finite_verb

RULE = "boilerplate.site_blurb"
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_QUOTE = re.compile(r"[\"“”«»]")
_SPOKEN = re.compile(r"\s*[-–—]")  # a dash opening a paragraph: someone speaks (pl, ru, es MT)
_ENDS = re.compile(r"[.!?][”\"’')\]]*$")
_LAST = 4  # paragraphs read at the foot


def _blurb(line: str, ctx: Context) -> bool:
    """A paragraph of 6 to 80 words, nothing quoted, with 'we' or 'our' and three of the site's words;
    not someone's words reported (MT drops the marks of speech: 'The ministry said we will publish
    the latest information ...', 'According to the minister, we ...', '– We will ...')."""
    found = _WORD.findall(line)
    words = {w.lower() for w in found}
    if not 6 <= len(found) <= 80 or _QUOTE.search(line) or not ctx.words("boilerplate.site_blurb_pronouns") & words or _SPOKEN.match(line):
        return False
    if "according" in words or words & ctx.words("words.speech_verbs"):
        return False
    return len(words & ctx.words("boilerplate.site_blurb_words")) >= 3


def _name_line(line: str) -> bool:
    """The site's name on its own line: one to six words, no stop, no verb ('Kyodo News')."""
    return 1 <= len(_WORD.findall(line)) <= 6 and not _ENDS.search(line) and "\n" not in line \
        and not has_finite_verb(line)


def site_blurbs(doc: Doc, ctx: Context) -> list[Change]:
    """Take away the site's word about itself (and its name above it) among the last paragraphs."""
    paras = doc.paragraphs
    if ctx.rule(RULE) is None or len(paras) < 5:
        return []
    text = doc.text
    lower = text[paras[-_LAST][0]:].lower()
    if not any(f"{w} " in lower for w in ctx.words("boilerplate.site_blurb_pronouns")):
        return []  # the cheap test first: no 'we' at the foot
    out: list[Change] = []
    for i in range(len(paras) - _LAST, len(paras)):
        s, e = paras[i]
        if not _blurb(text[s:e], ctx) or not any(_ENDS.search(text[a:b]) and len(_WORD.findall(text[a:b])) >= 8
                                                  for a, b in paras[max(1, i - 4):i]):
            continue  # the article's prose must come before it
        first = i - 1 if _name_line(text[paras[i - 1][0]:paras[i - 1][1]].strip()) else i
        start, end = (paras[first][0], paras[i + 1][0]) if i + 1 < len(paras) else (paras[first - 1][1], e)
        if ch := ctx.change(start, end, "", RULE):
            out.append(ch)
    return out
