"""A photo's caption that still carries the photo's credit, in a paragraph of its own between
paragraphs of the story (``Riot Between Residents in Kupang. © 2020 Merdeka.com/NAME``,
``Emmanuel Macron at the Elysee on February 11. (NAME / MAXPPP)``, ``... took the stage to answer
questions. (Photo source: NAME file photo)``).

The credit rules (boilerplate.photo_credit_inline, photo_credit_run_in) cut the credit alone and
leave the caption it closed standing in the story.  Two signals agree here: the credit of a
picture (a copyright sign with a year, an agency after a slash in brackets, a bracket that names a
photo) ends the paragraph, and the paragraph is short (a caption: at most three sentences) with
prose after it.  A paragraph of the story that ends on a credit is rare: the credit is the
caption's.  Offered only, not fixed, in copy with no mark of MT.

A caption names what the picture shows: no verb in the past tense and no speech tag before the
credit (``The governor visited the villages ... (Photo: VNA)`` and ``..., the minister told
reporters. (ANSA / AFP)`` are the story's, their credit the credit rules' alone), and a bracket
that names a writer or two agencies (``(Writing by NAME / Reuters)``, ``(ANSA / AFP)``) credits
the story, not a photo.  A wire photo's own credit, the agency in capitals, a slash and the
photographer (``... in the region of Kharkiv, Ukraine, October 21, 2022. REUTERS/NAME``,
pages:world-today-news.com/tag/government-politics/page/6, and the same credit under the captions
of pages:russellboyce.com/temptop.html), credits a picture and
nothing else: its caption goes whatever its tense (a wire caption tells what someone said of the
thing pictured).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet
from .tagger import tags

RULE = "boilerplate.credited_caption"
_WORD = re.compile(r"[^\W_]+")
_ENDS = re.compile(r"[.!?…][”\"’')\]]*\s*$")
_STOPS = re.compile(r"[.!?](?:\s+|$)")
_MIN_WORDS, _MAX_WORDS, _MAX_SENTENCES = 3, 70, 3


@lru_cache(maxsize=4)
def _credit(patterns: tuple[str, ...]) -> re.Pattern:
    """The credits of the rule's patterns, anchored at the paragraph's end."""
    return re.compile(rf"(?:{'|'.join(patterns)})\s*$")


@lru_cache(maxsize=4)
def _speech_tag(rules: RuleSet) -> re.Pattern:
    """A speech tag after a comma (', the minister told reporters', ', said the mayor')."""
    return re.compile(rf",(?:\s+[\w’'-]+){{0,5}}?\s+(?:{rules.alternation('words.speech_verbs')})\b")


def _caption(line: str, credit: re.Pattern, not_credit: re.Pattern | None, marks: re.Pattern | None,
             rules: RuleSet, photo: re.Pattern | None = None) -> bool:
    """A caption and its credit: the words before the credit are few (3 to 70), make at most
    three sentences, and tell nothing in the past tense and no one's words (a story's sentence
    does) unless they place the people pictured; the credit is a photo's, not the story's writer
    or agencies."""
    m = credit.search(line)
    if not m or (not_credit is not None and not_credit.search(line[m.start():])):
        return False
    head = line[:m.start()].strip()
    words = len(_WORD.findall(head))
    if not (_MIN_WORDS <= words <= _MAX_WORDS and len(_STOPS.findall(head)) <= _MAX_SENTENCES
            and head[:1].isupper()):
        return False
    if photo is not None and photo.search(line):
        return True  # a wire photo's credit ('REUTERS/NAME'): a picture's caption whatever its tense
    if marks is not None and marks.search(head):
        return True  # who stands where in the picture ('(from left)'): a caption whatever its tense
    return not _speech_tag(rules).search(head) and all(t != "VBD" for _, t in tags(head))


def credited_captions(doc: Doc, ctx: Context) -> list[Change]:
    """Take away a caption whose photo credit ends its paragraph, with prose after it."""
    r = ctx.rule(RULE)
    if r is None or len(doc.paragraphs) < 3:
        return []
    credit = _credit(tuple(r.options.get("patterns", ())))
    nots = tuple(r.options.get("not_credits", ()))
    not_credit = _credit(nots) if nots else None
    marks = re.compile("|".join(r.options["caption_marks"])) if r.options.get("caption_marks") else None
    photos = tuple(r.options.get("photo_credits", ()))
    photo = _credit(photos) if photos else None
    text, paras = doc.text, doc.paragraphs
    first = 1 if doc.has_title else 0
    out: list[Change] = []
    for i in range(first, len(paras) - 1):
        line = text[paras[i][0]:paras[i][1]]
        if "\n" in line or not _caption(line, credit, not_credit, marks, ctx.rules, photo):
            continue
        nxt = text[paras[i + 1][0]:paras[i + 1][1]]
        if not _ENDS.search(nxt) or len(_WORD.findall(nxt)) < 8:
            continue  # prose after it: a caption stands between paragraphs, a byline at the foot
        if ch := ctx.change(paras[i][0], paras[i + 1][0], "", RULE):
            out.append(ch)
    return out
