"""Where a stop the boundary stage would put or take away is only as likely as not (offered, not applied).

- ``segment.lowercase_continuation``: ``a 20-year-old male. males.`` (h3_zh_thebl), ``the deadline.
  mandate. For his part`` (h8_pl_opportunitiestravel): MT gives a second word for the one before the
  stop, itself closed by a stop; joining the two makes a phrase no one wrote.
- ``segment.lost_boundary.determiner``: ``is that in addition to the fair handling of the issue The
  criminal aspects ... should be dealt with`` (h5_fa_rahnam): the clause a verb's ``that`` opened has
  no finite verb yet, so a stop there would leave a fragment.
- ``segment.lost_boundary.opener``: ``and said: çık In a study we made`` (h9_tr_shilfa): two words or
  fewer after a colon or an opening quotation mark are no clause of their own to end.
"""

from __future__ import annotations

import re

from . import tagger
from .doc import Context, Doc

#: the word after the stop is closed by a stop of its own, then a new sentence or the paragraph's end
_ALTERNATIVE = re.compile(r"[.!?](?=\s|$)")
#: a stop or a clause-ending mark; the stretch after the last one is the clause a new stop would close
_LAST_MARK = re.compile(r"[.!?;:](?=\s)")
_WORD = re.compile(r"[\w’'-]+")
_LEAD = re.compile(r"(?:^|\s)[“\"‘]|:(?=\s)")
_WINDOW = 300


def supplied_subject(gap: str, ctx: Context) -> bool:
    """Is the bracketed word between a stop and a lower-case word a pronoun or a determiner the
    translator supplied as the subject (``with citizens. (This) shows that``, ja_wowkorea, whose
    translator brackets subjects throughout: ``(Representative Lee) unconsciously used``)?  The
    sentence opens there and the stop stays; an agency's tag (``(AFP)``) is no such word."""
    bracket = re.search(r"\(([\w’'-]+)\)", gap)
    return bool(bracket) and bracket.group(1).lower() in ctx.words("words.closed_class", "words.function_words")


def alternative_word(text: str, word_end: int) -> bool:
    """Is the lower-case word after a stop followed at once by a stop (``male. males.``)?"""
    return _ALTERNATIVE.match(text, word_end) is not None


def leaves_fragment(doc: Doc, gap: int, floor: int, ctx: Context) -> bool:
    """Would a stop at ``gap`` close a clause a verb's ``that`` opened (``is that in addition to the
    fair handling of the issue``) before its own finite verb?"""
    before = doc.text[max(doc.sentence_start(gap, floor), gap - _WINDOW):gap]
    marks = list(_LAST_MARK.finditer(before))
    tagged = tagger.tags(before[marks[-1].end():] if marks else before)
    links = ctx.words("segment.fragment_links")
    cut = max((i for i in range(1, len(tagged)) if tagged[i][0] in links and tagged[i - 1][1].startswith("VB")),
              default=-1)
    rest = tagged[cut + 1:]  # no verb form at all: the tagger reads some past verbs as participles ('passed over')
    return cut > 0 and len(rest) >= 3 and not any(t.startswith(("VB", "MD")) for _, t in rest)


def short_lead(text: str, gap: int, floor: int) -> bool:
    """Do two words or fewer stand between a colon or an opening quotation mark and ``gap``?"""
    before = text[max(floor, gap - 60):gap]
    leads = list(_LEAD.finditer(before))
    inside = before[leads[-1].end():] if leads else ""
    # a quotation still open ('a "measured" pace In a statement' is closed, not a lead)
    return bool(leads) and not any(q in inside for q in "”\"’") and len(_WORD.findall(inside)) <= 2


def boundary_doubt(doc: Doc, gap: int, kind: str, floor: int, ctx: Context) -> bool:
    """A lost stop the boundary stage should offer rather than apply, by its kind."""
    if kind == "determiner":
        return leaves_fragment(doc, gap, floor, ctx)
    return kind == "opener" and short_lead(doc.text, gap, floor)
