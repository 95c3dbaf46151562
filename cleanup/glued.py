"""Words glued together or split apart where a page lost its markup (a link, a line break, a
drop cap), and marks with their space on the wrong side of a word (from :mod:`cleanup.normalize`).

Each repair is judged on word evidence (:mod:`cleanup.lexicon`): the pieces must be common
words and the glued or split form must not be one, so brand names (iPhone, YouTube, eBay),
names and foreign words are left alone.  Every pattern opens with the character it needs."""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .edits import disjoint as _disjoint
from .lexicon import capital_ratio, is_common_word, is_hyphenated_compound, zipf

# "saidIt prevents" / "agencyCon Cuong": a lower-case letter run into a capital and its word
_CAMEL = re.compile(r"[a-z](?=[A-Z][a-z])")
# "hoursas the": a common word glued to the function word after it
_TAIL_WORDS = ("the", "has", "to", "as", "and", "of", "in", "is", "was", "for", "that", "with", "on", "at",
               "by", "which", "who", "will", "had", "have", "are", "were", "from", "said")
_GLUED_TAIL = re.compile(r"\b[A-Za-z][a-z]{2,}?(?=(?:" + "|".join(sorted(_TAIL_WORDS, key=len, reverse=True)) + r")\b)")
# "ev eryone" / "t here": a word cut in two by a space (the right piece read by look-ahead: it may
# be the left piece of the next match)
_SPLIT = re.compile(r"\b([a-z]{1,3}) (?=([a-z]{2,})\b)")
# "the concept of’less home" / "15 days’administrative": an apostrophe with no space on one side
_APOSTROPHE = re.compile(r"[’'](?<=[a-z][’'])(?=[a-z]{3})")
# "high -level" / "socio- political": the hyphen of a compound with a space on one side
_HYPHEN = re.compile(r" -(?=[a-z]{2})|-(?<=[a-z]-) (?=[a-z]{2})")
_SPACED_BEFORE = frozenset("high low post pre anti non self socio co on off multi semi inter well long short full "
                           "part cross mid ex vice sub".split())
_SPACED_AFTER = frozenset("socio anti non pre post multi semi inter pseudo quasi neo geo bio eco macro micro "
                          "self".split())
_SUSPENDED = frozenset("and or to nor but as".split())  # 'pre- and post-war': a suspended hyphen
_CONTRACTION_TAILS = frozenset("s t re ve ll d m".split())
_PAIRED_DASH = re.compile(r"[^.!?\n]*?(?:\w- | -\w)")
_WORD_CHARS = re.compile(r"[A-Za-z]{0,41}")
_LONGEST = 40  # letters: a longer run is no pair of words (and reading it whole at every capital is quadratic)


def _token(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The letters around text[start:end]: (start, end) of the whole run, or None when it runs
    on for more than 40 letters either way."""
    s = start
    while s > 0 and text[s - 1].isalpha():
        s -= 1
        if start - s > _LONGEST:
            return None
    m = _WORD_CHARS.match(text, end)
    if m and m.end() - end > _LONGEST:
        return None
    return s, m.end() if m else end


def _free(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a word of its own, not part of an address, a handle, a code or a hyphenated
    compound?"""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    return not (before.isalnum() or before in "'’@#/._-&" or after.isalnum() or after in "@/_-&" or
                (after in "'’" and text[e + 1:e + 2].isalpha() and text[e + 1:e + 2] not in "s"))


def _camel(text: str, m: re.Match, ctx: Context) -> Change | None:
    """``knowledgeableHe said`` -> ``knowledgeable He said``: both halves common words (or the
    right one a name), the whole no word; never a brand's camel case (a short lower-case head)."""
    span = _token(text, m.start(), m.end())
    if span is None:
        return None
    s, e = span
    left, right = text[s:m.end()], text[m.end():e]
    if not (left.islower() and len(left) >= 4 and right[1:].islower() and _free(text, s, e)):
        return None
    if zipf(left) < 3.0 or zipf(left + right.lower()) >= 2.0:
        return None
    if zipf(right) < 2.5 and (capital_ratio(right) or 0) < 0.8:
        return None
    return ctx.change(m.end(), m.end(), " ", "normalize.glued_words")


def _glued_tail(text: str, m: re.Match, ctx: Context) -> Change | None:
    """``hoursas`` -> ``hours as``: a dictionary word glued to a function word.  A capitalised
    head is left: a misspelt name ('Jamieon' for Jamieson) reads as a name and a tail, and one
    glued to its verb ('Rodriguezhas') is seen in one text only."""
    span = _token(text, m.start(), m.end())
    if span is None:
        return None
    s, e = span
    word, head = text[s:e], m.group()
    if not word.islower() or zipf(word) > 0 or s != m.start() or is_common_word(word) or not _free(text, s, e):
        return None  # a word (nearly every match), no word start, or a capital
    # a dictionary word as the head: not a lower-cased name ('jamieon')
    if zipf(head) < 3.0 or not is_common_word(head):
        return None
    return ctx.change(m.end(), m.end(), " ", "normalize.glued_words")


def _split(text: str, m: re.Match, ctx: Context) -> Change | None:
    """``with ev eryone`` -> ``with everyone``; ``whether t here will`` -> ``whether there will``:
    the joined form a common word, the right piece no word (or the left one a lone letter)."""
    left, right = m.group(1), m.group(2)
    if len(left) == 1:
        if left in "ai" or (left == "s" and re.search(r"(?:^|[^\w.])[A-Z] $", text[max(0, m.start() - 3):m.start()])):
            return None  # 'Plan B s team': a lost apostrophe's tail after an initial, not 'steam' (review24)
    elif zipf(left) >= 4.0 or zipf(right) >= 3.0:
        return None  # a word of its own on the left ('the', 'of'), or a word on the right: most pairs end here
    s, e = m.start(), m.end() + len(right)
    if not _free(text, s, m.end() - 1) or not _free(text, m.end(), e) or text[max(0, s - 2):s] in ("' ", "’ "):
        return None  # "don' t here": a contraction's tail cut off, not a word
    joined = zipf(left + right)
    if joined < 4.0 or (len(left) == 1 and joined < 4.5 and zipf(right) >= 3.0):
        return None
    return ctx.change(m.end() - 1, m.end(), "", "normalize.split_word")


def _apostrophe(text: str, m: re.Match, ctx: Context) -> Change | None:
    """``15 days’administrative`` -> ``15 days’ administrative`` (a plural's possessive);
    ``the concept of’less home`` -> ``the concept of ‘less home`` (a quotation's opening mark)."""
    i = m.start()
    before, after = _token(text, i, i), _token(text, i + 1, i + 1)
    if before is None or after is None:
        return None
    s, e = before[0], after[1]
    left, right = text[s:i], text[i + 1:e]
    if len(left) < 2 or not left.islower() or not right.islower() or right in _CONTRACTION_TAILS:
        return None
    if s and (text[s - 1].isalnum() or text[s - 1] in "'’-@#/."):
        return None
    if zipf(left + right) > 0 or zipf(left) < 3.0 or zipf(right) < 3.0 or right == "clock":
        return None
    if left.endswith("s") and len(left) >= 4:
        return ctx.change(i + 1, i + 1, " ", "normalize.quote_apostrophe")
    if m.group() != "’":
        return None
    return ctx.change(i, i + 1, " ‘", "normalize.quote_apostrophe")


def _hyphen(text: str, m: re.Match, ctx: Context) -> Change | None:
    """``high -level`` -> ``high-level``; ``socio- political`` -> ``socio-political`` (a closed
    list of compound heads, or a compound the dictionary writes hyphenated: ``so -called``; not
    a suspended hyphen, 'pre- and post-war')."""
    before, after = _token(text, m.start(), m.start()), _token(text, m.end(), m.end())
    if before is None or after is None:
        return None
    s, e = before[0], after[1]
    if m.group().startswith(" "):
        head, heads = text[s:m.start()].lower(), _SPACED_BEFORE
        space = (m.start(), m.start() + 1)
    else:
        head, heads = text[s:m.start()].lower(), _SPACED_AFTER
        space = (m.end() - 1, m.end())
    known = head in heads or is_hyphenated_compound(f"{head}-{text[m.end():e]}")
    if not known or text[m.end():e] in _SUSPENDED or (s and (text[s - 1].isalnum() or text[s - 1] in "-’'")):
        return None
    if _PAIRED_DASH.match(text, e - 1, min(len(text), e + 60)):
        return None  # "stayed on -briefly- during": a dash used as brackets, closed further on
    return ctx.change(space[0], space[1], "", "normalize.hyphen_spacing")


_CHECKS = (("normalize.glued_words", _CAMEL, _camel, None), ("normalize.glued_words", _GLUED_TAIL, _glued_tail, None),
           ("normalize.split_word", _SPLIT, _split, None), ("normalize.quote_apostrophe", _APOSTROPHE, _apostrophe, "’'"),
           ("normalize.hyphen_spacing", _HYPHEN, _hyphen, "-"))


def fix_glued_words(doc: Doc, ctx: Context) -> list[Change]:
    """Split glued words, join split ones, and put a space on the right side of an apostrophe
    or a compound's hyphen (each rule judged on word evidence).  The two checks that read every
    word run only in a text that shows marks of MT, where they apply."""
    text = doc.text
    out: list[Change] = []
    for rid, pattern, check, literal in _CHECKS:
        if ctx.rule(rid) is None or (literal and not any(c in text for c in literal)):
            continue
        if not ctx.mt_like and check in (_glued_tail, _split):
            continue  # they scan every word: in a text without marks of MT they would only offer
        out += [ch for m in pattern.finditer(text) if (ch := check(text, m, ctx))]
    return _disjoint(out)
