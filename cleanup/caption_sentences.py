"""A photo's caption sentence the other caption stages leave standing, for one of two reasons.

- Its credit is a reporter's byline with an e-mail address glued to it, in the same paragraph
  (h6_ko_timenews_han-donghoon-cordon-rally: ``Han Dong-hoon, chairman of ..., is appealing for
  support for candidates ... on the morning of the 7th. Reporter Song Eun-seok [email protected]``):
  the caption and its credit go whole, with the story's prose after them.  (The sentence before
  a photo credit run into the prose, h5_no_teknomers_frederiksen-new-election, is not taken: a
  rule for it was refused for offering native sentences before a 'Photo:' label, review19b F5,
  and no second text shows it.)
- It stands under the page's headline and deck (h6_ja_fridaynews_ishimaru-advice-ishiba:
  ``Shinji Ishimaru answers questions from reporters at a press conference ...`` under ``Shinji
  Ishimaru advises Prime Minister Ishiba: “If ...”``): scene_captions reads the deck's present
  tense as the story's and keeps the caption.  When the story from the caption on is told in the
  past, the caption is offered: the deck may be the lede of a story told in the present.

A caption describes the picture (a name, a verb in the present, a place and a time); the story
tells what happened, in the past, and is the one to speak in the first person or quote anyone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .scene_captions import ENDS_SENTENCE, scene_sentence, told_in_past_from
from .tagger import tags

RULE = "boilerplate.caption_sentence"
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_QUOTE = re.compile(r"[\"“”«»]|(?:^|\s)['‘]|['’](?:\s|$)")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
_WORDS = (6, 50)  # a caption's size in words
_TOP = 5  # a caption under the deck stands in the body's first paragraphs


@lru_cache(maxsize=4)
def _credit(patterns: tuple[str, ...]) -> re.Pattern:
    """A reporter's credit closing the paragraph, from the rule's ``credits``."""
    return re.compile(rf"(?<=[.!?])\s+(?:{'|'.join(patterns)})\s*$")


def _reading(sentence: str, ctx: Context) -> str | None:
    """'scene' for a scene caption's sentence, 'present' for a sentence that only reads as a
    caption (one sentence, its first finite verb in the present and no verb of saying, no pronoun before it, no quotation, no first or second person), None for the story's."""
    sentence = sentence.strip()
    words = _WORD.findall(sentence)
    if not _WORDS[0] <= len(words) <= _WORDS[1] or _QUOTE.search(sentence) or not sentence[:1].isupper() \
            or _SENTENCE_INSIDE.search(sentence.rstrip(".")):
        return None
    low = [w.lower() for w in words]
    if set(low) & ctx.words("boilerplate.caption_persons"):
        return None
    if scene_sentence(sentence, ctx):
        return "scene"
    tagged = tags(sentence)
    for k, (w, t) in enumerate(tagged):
        if t in ("VBD", "VBN", "MD"):  # 'will respond': a story's last sentence before its byline
            return None
        if t in ("VBZ", "VBP"):
            subject = {x.lower() for x, _ in tagged[:k]}
            after = [t2 for _, t2 in tagged[k + 1:k + 3] if t2 != "RB"][:1]
            if not k or subject & ctx.words("boilerplate.caption_pronouns") \
                    or w.lower() in ctx.words("words.speech_verbs") \
                    or w.lower() in ("has", "have") and after and after[0] in ("VBN", "VBD") \
                    or "TO" in (t2 for _, t2 in tagged[k + 1:k + 3]):
                return None
            return "present"
    return None


def _bylined(doc: Doc, ctx: Context, patterns: tuple[str, ...]) -> list[Change]:
    """A caption sentence closed by a reporter's credit with an e-mail, prose after it: both go."""
    text, paras = doc.text, doc.paragraphs
    credit = _credit(patterns)
    out: list[Change] = []
    for i in range(1 if doc.has_title else 0, len(paras) - 1):
        line = text[paras[i][0]:paras[i][1]]
        if "@" not in line and "[email" not in line or "\n" in line or not (m := credit.search(line)):
            continue
        if _reading(line[:m.start()], ctx) and ENDS_SENTENCE.search(text[paras[i + 1][0]:paras[i + 1][1]]):
            ch = ctx.change(paras[i][0], paras[i + 1][0], "", RULE)
            if ch and ch.action == "suggest":  # offered: the byline is boilerplate.reporter_tag's to cut
                ch = ctx.change(paras[i][0], paras[i][0] + m.start(), "", RULE)
            if ch:
                out.append(ch)
    return out


def _may_show(line: str, ctx: Context) -> bool:
    """A word of what a picture shows ('addresses', 'attending') or of a photo, read before the
    tagger is asked: most paragraphs hold neither."""
    stems = ctx.words("boilerplate.scene_verbs")
    marks = ctx.words("boilerplate.photo_marks")
    for w in _WORD.findall(line):
        low = w.lower()
        if low in marks or low.endswith("s") and (low[:-1] in stems or low[:-2] in stems) \
                or low.endswith("ing") and (low[:-3] in stems or low[:-3] + "e" in stems or low[:-4] in stems):
            return True
    return False


def _under_deck(doc: Doc, ctx: Context) -> list[Change]:
    """A scene caption among the body's first paragraphs, with a story told in the past after
    it (what stands above it, a deck in the present, is not read): offered."""
    text, paras = doc.text, doc.paragraphs
    first = 1 if doc.has_title else 0
    for i in range(first + 1, min(first + _TOP, len(paras) - 1)):
        line = text[paras[i][0]:paras[i][1]]
        if "\n" in line or not line.endswith(".") or _SENTENCE_INSIDE.search(line[:-1]) or _QUOTE.search(line) \
                or line.split(None, 1)[0].lower() in ctx.words("words.closed_class", "words.function_words") \
                or not _may_show(line, ctx) or _reading(line, ctx) != "scene":
            continue  # the cheap tests first: one sentence opening on a name, nothing quoted, a scene's word
        if ENDS_SENTENCE.search(text[paras[i + 1][0]:paras[i + 1][1]]) and told_in_past_from(doc, i, ctx):
            ch = ctx.change(paras[i][0], paras[i + 1][0], "", RULE, doubt=True)
            return [ch] if ch else []
    return []


def caption_sentences(doc: Doc, ctx: Context) -> list[Change]:
    """The caption sentences: closed by a reporter's credit, or under the deck of a story told
    in the past."""
    r = ctx.rule(RULE)
    if r is None:
        return []
    if len(doc.paragraphs) < 4:
        return []
    out = _bylined(doc, ctx, tuple(r.options.get("credits", ()))) + _under_deck(doc, ctx)
    out.sort(key=lambda c: c.start)
    kept: list[Change] = []
    for c in out:
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
    return kept
