"""A direct question MT ended with a full stop: ``Where will the democracy be alive when the MLA is
sold.``, ``you say he polishes boots, what do you do.``

Urdu and Hindi end a question with a mark MT does not always carry over (or a scraper loses);
the English question keeps its inverted order (a question word, an auxiliary, then its subject),
which is the evidence read here.  Clean copy ends a rhetorical question with a stop now and then
('Where will this end.', BBC politics/290) and a relative clause reads alike (', who is the
chief.'), so the question mark is only offered (in any text: the Urdu and Hindi pages read here show
few other marks of MT), and never after a relative pronoun or before an abbreviation's stop ('What can I add to Mr.')."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change

RULE = "normalize.lost_question_mark"
SEMICOLON_RULE = "normalize.question_semicolon"
RULES = (RULE, SEMICOLON_RULE)


@lru_cache(maxsize=8)
def _question(words: frozenset[str], auxiliaries: frozenset[str], subjects: frozenset[str]) -> re.Pattern:
    """A sentence (or a clause after a comma) that opens with a question word (capital or not), an
    auxiliary and its subject (``normalize.lost_question_*``), and ends in a stop after a
    lower-case word, with no quotation inside it."""
    opener = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(words))
    first = re.escape("".join(sorted({c for w in words for c in (w[0].upper(), w[0])})))
    first = f"(?=[{first}])" if first else ""  # a question word's first letter before the look-behinds (a third of the time)
    return re.compile(
        first + r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))"
        rf"(?:{opener}) (?:{'|'.join(sorted(auxiliaries))}) (?:{'|'.join(sorted(subjects))})\b"
        # no comma inside: 'Why should I care, she asked the crowd.' ends in its tag, not the question
        # nor another script's stop or question mark ('Why did he leave؟ Nobody knows.': the
        # question ended there, normalize.script_punctuation's business)
        r"[^.?!\n\"”“:;,\u061f\u037e\u0964\u0965\u06d4]{0,80}[a-z]{2}(\.)(?=\s|$)")


@lru_cache(maxsize=8)
def _semicolon_question(words: frozenset[str], auxiliaries: frozenset[str], subjects: frozenset[str]) -> re.Pattern:
    """The same question ended by a semicolon before a capital ('What did he say; Nobody knows.'):
    Greek writes its question mark as ';' and MT may keep it (or the ASCII look-alike)."""
    opener = "|".join(sorted(w.capitalize() for w in words))
    return re.compile(
        r"(?:^|(?<=[.!?] )|(?<=\n))"
        rf"(?:{opener}) (?:{'|'.join(sorted(auxiliaries))}) (?:{'|'.join(sorted(subjects))})\b"
        r"[^.?!\n\"”“:;,]{0,80}[a-z]{2}(;)(?= [A-Z][a-z])")


def lost_question_marks(doc: Doc, ctx: Context) -> list[Change]:
    """Offer ``?`` for the stop of a question in inverted order (see the module's docstring)."""
    text = doc.text
    if ctx.rule(RULE) is None or "." not in text:
        return []
    out: list[Change] = []
    pattern = _question(ctx.words("normalize.lost_question_words"), ctx.words("normalize.lost_question_auxiliaries"),
                        ctx.words("normalize.lost_question_subjects"))
    for m in pattern.finditer(text):
        if m.start() >= 2 and text[m.start() - 2] == "," and m.group()[0].isupper():
            continue  # ', What do ...': a capital after a comma opens a quotation, not this clause
        if (ch := ctx.change(m.start(1), m.end(1), "?", RULE)):
            out.append(ch)
    return out + semicolon_questions(text, ctx)


def semicolon_questions(text: str, ctx: Context) -> list[Change]:
    """Offer ``?`` for the semicolon that ends a question in inverted order before a capital."""
    if ctx.rule(SEMICOLON_RULE) is None or ";" not in text:
        return []
    pattern = _semicolon_question(ctx.words("normalize.lost_question_words"),
                                  ctx.words("normalize.lost_question_auxiliaries"),
                                  ctx.words("normalize.lost_question_subjects"))
    return [ch for m in pattern.finditer(text) if (ch := ctx.change(m.start(1), m.end(1), "?", SEMICOLON_RULE))]
