"""A photo's caption left between two paragraphs of an article told in the past tense: one
sentence in the present tense about someone named (``Chairman of the provincial People's
Committee Nguyen Dinh Viet addresses the working session.``, ``Shinji Ishimaru answers questions
from reporters at a press conference...``).

A caption describes the picture as it is seen, in the present; a news story tells what
happened, in the past.  So the signals that must agree are the paragraph's own (one sentence,
its first verb in the present tense and not a verb of saying, a name in its subject, no
quotation) and the document's (every other paragraph of prose opens in the past tense: an
article that writes 'says' or 'visits next week' anywhere is told in the present, and its
present-tense paragraphs are its own).
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .tagger import tags

RULE = "boilerplate.scene_caption"
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_QUOTE = re.compile(r"[\"“”«»]|(?:^|\s)['‘]|['’](?:\s|$)")
ENDS_SENTENCE = re.compile(r"[.!?…][”\"’')\]]*$")
_QUOTED = re.compile(r"[“\"«][^”\"»]*(?:[”\"»]|$)")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
_PRESENT = frozenset({"VBZ", "VBP"})
_PAST = frozenset({"VBD", "MD"})
_OBJECT_OPENERS = frozenset({"DT", "PRP$", "IN", "CD", "JJ", "TO"})
_MAX_SCANNED = 80  # paragraphs read for the article's tense


def _tense(words: tuple[tuple[str, str], ...], speech: frozenset[str]) -> tuple[str, int] | None:
    """('present' or 'past', index) of the first finite verb; present perfect ('has visited')
    reads as neither (news writes it in past-tense stories too), and None without a verb."""
    for k, (w, t) in enumerate(words):
        nxt = words[k + 1][1] if k + 1 < len(words) else ""
        # the tagger reads a verb in -s after a name as a plural noun ('Minh addresses the session')
        if t == "NNS" and k and words[k - 1][1] == "NNP" and nxt in _OBJECT_OPENERS and w.islower():
            t = "VBZ"
        if t in _PAST or t == "VBN":  # a participle first is a past form the tagger misread ('Rain flooded')
            return "past", k
        if t in _PRESENT:
            after = [t2 for _, t2 in words[k + 1:k + 3] if t2 != "RB"][:1]
            if w.lower() in ("has", "have") and after and after[0] in ("VBN", "VBD") \
                    or "TO" in (t2 for _, t2 in words[k + 1:k + 3]):
                return None  # 'has pushed', 'is to pay', 'is set to': a news lede's tenses
            if w.lower() in speech:
                return "speech", k
            return "present", k
    return None


def _candidate(line: str, ctx: Context) -> bool:
    """One sentence of 6 to 45 words with its stop, in the present tense, about someone named:
    it opens on a name, the subject before the verb holds no pronoun, nothing is quoted."""
    words = _WORD.findall(line)
    if not 6 <= len(words) <= 45 or not line.endswith(".") or "\n" in line or _QUOTE.search(line) \
            or _SENTENCE_INSIDE.search(line.rstrip(".")):
        return False
    if {w.lower() for w in words} & ctx.words("boilerplate.calendar_weekdays", "boilerplate.future_words"):
        return False  # news writes a scheduled event in the present ('Biden meets Xi on Wednesday')
    tagged = _retag(tags(line), ctx.words("boilerplate.scene_verbs"))
    if tagged[0][1] not in ("NNP", "NNPS"):
        return False  # a caption opens on the pictured ('Governor ...'), prose on anything ('Currently, ...')
    read = _tense(tagged, ctx.words("words.speech_verbs"))
    if not read or read[0] != "present" or read[1] < 2:
        return False
    subject = [w for w, _ in tagged[:read[1]]]
    if {w.lower() for w in subject} & ctx.words("boilerplate.caption_pronouns"):
        return False
    following = [w.lower() for w, _ in tagged[read[1] + 1:read[1] + 3]]
    if "that" in following:
        return False
    # a second signal: a photo named, or a verb of what a picture shows (never a state: 'remains')
    verb = tagged[read[1]][0].lower()
    if verb in ("is", "are") and read[1] + 1 < len(tagged):
        verb = tagged[read[1] + 1][0].lower()  # 'is attending', not 'is currently being treated'
    return _scene_verb(verb, ctx.words("boilerplate.scene_verbs")) \
        or any(w.lower() in ctx.words("boilerplate.photo_marks") for w in words)


def _retag(tagged: tuple[tuple[str, str], ...], stems: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Read a scene verb in -s the tagger took for a plural noun before its own noun object
    ('Shinji Ishimaru answers questions from reporters': 'answers' NNS, 'questions' NNS) as
    the verb it is; only after a name and before a plural noun, so a noun phrase ('the minister's
    answers', 'Minh answers matter') is untouched."""
    out = list(tagged)
    for k in range(1, len(out) - 1):
        w, t = out[k]
        if t == "NNS" and out[k - 1][1] == "NNP" and w.islower() and out[k + 1][1] == "NNS" \
                and _scene_verb(w, stems):
            out[k] = (w, "VBZ")
    return tuple(out)


def prose_paragraph(para: str) -> bool:
    """A paragraph of prose: eight words or more, ending on a stop (a caption or a headline
    between such paragraphs is what this module and ``unstopped_lines`` look for)."""
    return bool(ENDS_SENTENCE.search(para)) and len(_WORD.findall(para)) >= 8


def _scene_verb(verb: str, stems: frozenset[str]) -> bool:
    """Is a verb in -s or -ing one of the base forms listed ('addresses', 'attending', 'waving',
    'shaking', 'sitting')?"""
    if verb.endswith("ing"):
        stem = verb[:-3]
        return stem in stems or stem + "e" in stems or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in stems)
    return verb[:-1] in stems or verb.endswith("es") and verb[:-2] in stems


def _main_clause(prose: str, openers: frozenset[str]) -> str:
    """The paragraph from its main clause: a subordinate clause before a comma is in the tense
    of what it frames ('While calls for him to step down are rife ..., a rival offered advice')."""
    first = prose.split(None, 1)[0] if prose.strip() else ""
    if first in openers and "," in prose:
        return prose[prose.index(",") + 1:]
    return prose


def _repeats(para: str, title: str) -> bool:
    """The paragraph repeats the title: most of the title's words of three letters or more
    (two thirds) stand in it, as in a headline printed again in the body."""
    words = {w.lower() for w in _WORD.findall(title) if len(w) >= 3}
    return bool(words) and 3 * len(words & {w.lower() for w in _WORD.findall(para)}) >= 2 * len(words)


def _told_in_past(text: str, paras: list[tuple[int, int]], skip: int, speech: frozenset[str],
                  openers: frozenset[str] = frozenset(), title: str = "") -> bool:
    """Every other paragraph of prose opens its main clause in the past tense (three at least).
    A paragraph in the present that repeats the title is the headline printed in the body ('X
    advises Y: “If you ...”'), which headline style writes in the present: it does not count
    against.  Any other in the present does, a verb of saying above all ('Mayor X says of the
    damage: “...”', whose only stop is inside its quotation)."""
    past = 0
    for k, (s, e) in enumerate(paras[:_MAX_SCANNED]):
        para = text[s:e]
        if k == skip or not prose_paragraph(para):
            continue
        # what the people quoted say is in their own tense, not the story's
        prose = _QUOTED.sub(" ", para[:300])
        read = _tense(tags(_main_clause(prose, openers)), speech)
        if read and read[0] == "past":
            past += 1
        elif read and not (title and _repeats(prose, title)):  # present, or a verb of saying ('says')
            return False
    return past >= 3


def scene_captions(doc: Doc, ctx: Context) -> list[Change]:
    """Take away a caption in the present tense between two paragraphs of a past-tense story."""
    if ctx.rule(RULE) is None or len(doc.paragraphs) < 5:
        return []
    text, paras = doc.text, doc.paragraphs
    first = 1 if doc.has_title else 0
    out: list[Change] = []
    told: bool | None = None  # the article's tense, read once and only when a candidate is found
    for i in range(first, min(len(paras) - 1, _MAX_SCANNED)):  # a caption may stand under the headline
        line = text[paras[i][0]:paras[i][1]]
        if i == first and not ctx.mt_like:
            continue  # native copy's lede may open in the present ('X is facing action after ...')
        if not line[:1].isupper() or not _candidate(line, ctx):
            continue
        if not ENDS_SENTENCE.search(text[paras[i + 1][0]:paras[i + 1][1]]):
            continue  # prose after it (above it may be the page's furniture: a date bar, a byline)
        if told is None:
            told = _told_in_past(text, paras[first:], i - first, ctx.words("words.speech_verbs"),
                                 ctx.words("segment.subordinate_openers"),
                                 text[paras[0][0]:paras[0][1]] if doc.has_title else "")
        if not told:
            return out
        if ch := ctx.change(paras[i][0], paras[i + 1][0], "", RULE):
            out.append(ch)
    return out
