"""A paragraph of a speaker's words that lost the dash which marked it as speech: ``It's not just
about pouring money on the regions, the Minister continues.``, ``The goal is clear: patients
should receive care on time, wherever you live, says Minister Camilla Grönvall (M).`` (Swedish,
Norwegian, Danish, Polish, Russian news open a quotation with a dash; MT or the page loses it,
or keeps the dash before the tag: ``... we should all obey now – Dworczyk said.``, which may end
a sentence before the paragraph's end).  English
quotes the paragraph: ``“It's not just about pouring money on the regions,” the Minister
continues.`` (``normalize.lost_speech_dash``).

Native news writes the same shape for paraphrase (``Prices will rise, analysts say.``), so the
evidence comes from the paragraph and its document: the paragraph holds no quotation mark and
no other verb of saying, and ends with its speech tag (a comma or a dash, a speaker and a verb
of saying, or the verb and its speaker); the words of the tag's own sentence speak in the first
or second person, or a dash sets off the tag, or the document closes two or more such paragraphs on a tag in the
present tense (``says Lann``: Nordic news reports speech so).  Applied in a translated text
where the words speak in the first or second person or a dash sets off the tag; offered
otherwise, where a writer may have chosen reported speech."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

#: a quotation mark of any kind (colon_speech reads it too)
QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_VOICE = re.compile(r"\b(?:I|I[’']m|I[’']ve|we|We|our|Our|us|my|My|me|you|You)\b")  # not a generic 'your'
_SENTENCE_START = re.compile(r"[.!?] (?=[A-Z])")


@lru_cache(maxsize=8)
def _tag(rules: RuleSet) -> re.Pattern:
    """The speech tag that ends a sentence: ', says Lann.', ', the Minister continues.', ' – Michał
    Dworczyk said on Radio Jedynka today.' (group 1: the comma or dash before it, groups 2 and 3: the verb)."""
    verbs = rules.alternation("words.speech_verbs") + "|" + rules.alternation("normalize.lost_speech_dash_verbs")
    speaker = r"(?:he|she|they|the [A-Za-z]+(?: [a-z]+)?|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
    place = r"(?: (?:on|in|at|to|during|after|via|for|from|with) [^.!?\n,;:“”\"]{1,40})?"  # 'on Radio Jedynka'
    return re.compile(rf"(, | [–—] )(?:{speaker} ({verbs}){place}|({verbs}) (?:he|she|the [a-z]|[A-Z])"
                      rf"[^.!?\n,;:“”\"]{{0,60}})\.(?:$|(?= [A-Z]))")


@lru_cache(maxsize=8)
def _other_verb(rules: RuleSet) -> re.Pattern:  # 'He noted that we ...': reported speech, not a quotation
    return re.compile(rf"\b(?:{rules.alternation('words.speech_verbs')})\b")


def _candidates(doc: Doc, ctx: Context) -> list[tuple[int, re.Match, bool]]:
    """(paragraph start, tag match, present tense) of every paragraph that may be bare speech."""
    text = doc.text
    tag, other = _tag(ctx.rules), _other_verb(ctx.rules)
    out = []
    for s, e in doc.body:
        para = text[s:e]
        if para[:1] in "–—-" or QUOTE_MARKS.search(para):
            continue  # a dash-marked quotation (its own rule), or a paragraph that quotes
        # the tag ends the paragraph, or a dash sets it off ('obey now – Dworczyk said on Radio. The head ...')
        m = next((t for t in tag.finditer(para) if t.end() == len(para) or t.group(1) != ", "), None)
        if m is None or len(para[:m.start()].split()) < 4 or other.search(para, 0, m.start()):
            continue
        verb = m.group(2) or m.group(3)
        out.append((s, m, verb.endswith("s") and verb not in ("was", "has")))
    return out


def quote_lost_speech(doc: Doc, ctx: Context) -> list[Change]:
    """``... repay, says Lann.`` -> ``“... repay,” says Lann.`` where the document says it is speech."""
    text = doc.text
    if ctx.rule("normalize.lost_speech_dash") is None or ", " not in text and " –" not in text:
        return []
    found = _candidates(doc, ctx)
    present = sum(1 for _, _, p in found if p) >= 2
    opening, closing = ('"', '"') if '"' in text and "“" not in text else ("“", "”")
    out: list[Change] = []
    for s, m, _ in found:
        # the voice in the tag's own sentence: a narrative paragraph may say 'you' before it
        own = max((x.end() for x in _SENTENCE_START.finditer(text, s, s + m.start())), default=s)
        voiced = bool(_VOICE.search(text, own, s + m.start()))
        dashed = m.group(1) != ", "
        if not (voiced or dashed or present):
            continue
        doubt = not (ctx.mt_like and (voiced or dashed))
        # the mark with the first word: an offer that only touched the paragraph's start would be
        # dropped beside a fix there (a line break made a paragraph break)
        word = len(text[s:s + m.start()].split(" ", 1)[0])
        first = ctx.change(s, s + word, opening + text[s:s + word], "normalize.lost_speech_dash", doubt=doubt)
        comma = ctx.change(s + m.start(1), s + m.end(1), "," + closing + " ", "normalize.lost_speech_dash",
                           doubt=doubt)
        if first and comma:
            out += [first, comma]
    return out
