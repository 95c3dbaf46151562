"""A name glued to the word after it where a page stripped a link: ``the city of Dresdenin the
east``, ``Tino Utassywho alerted``, ``the newspaper BildThe suspect``.

:mod:`cleanup.glued` splits two dictionary words; a name is no dictionary word, so the evidence
here is the shape and the document: a capitalised head that is no common English word, a tail
that is a function word (or a capitalised sentence opener, the capital standing inside the word),
a glued form no dictionary knows and the document does not repeat, and the sentence going on in
lower case after it.  Names end in the letters of short prepositions and verbs (Dendias, Putin,
Arshad, Vogtland), so a tail such as ``in``, ``as`` or ``and`` is split only when the head stands
on its own elsewhere in the document (``Dresden``); longer tails that no name ends in (``who``,
``has``, ``was``, ``but``) and a capitalised opener (``The``, ``He``) are split on the shape alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change, disjoint
from .lexicon import is_common_word, unaccented, zipf

RULE = "normalize.glued_name"
# what may stand before or after a name for it to be a word of its own (not an address, a handle
# or a code: 'Dresdenin.de', '@Bildthe', 'Bild_The')
_JOINERS = "'’@#/._-&"
_RUN = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=8)
def _patterns(safe: frozenset[str], guarded: frozenset[str], openers: frozenset[str]) -> tuple[re.Pattern, re.Pattern]:
    """A capitalised word ending in a tail, and a capitalised word with an opener glued to it
    (compiled once per word lists)."""
    tails = "|".join(sorted(safe | guarded, key=len, reverse=True))
    lower = re.compile(rf"[A-Z](?<![\w’'-][A-Z])[A-Za-z]{{2,40}}?(?:{tails})(?=[ ,])")
    upper = re.compile(rf"[A-Z](?<![\w’'-][A-Z])(?:[a-z]{{2,30}}|[A-Z]{{1,5}})(?:{'|'.join(sorted(openers))})(?= [a-z])")
    return lower, upper


def _free(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a word of its own (no address, handle, code or hyphenated compound)?"""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    return not (before.isalnum() or before in _JOINERS or after.isalnum() or after in _JOINERS)


def _unknown(word: str, text: str) -> bool:
    """A glued form: no word English knows, and written only once in the document."""
    return zipf(word.lower()) == 0 and text.count(word) == 1


def _name_like(head: str) -> bool:
    """A name rather than a common word (``News`` in ``Newsis`` is a word: the agency's name)."""
    return len(head) >= 3 and head[0].isupper() and not is_common_word(head.lower())


def _stands_alone(head: str, text: str) -> bool:
    """Does the head stand on its own elsewhere, written with or without its accents ('Aragonesto
    withdraw' beside 'Aragonès': the page and the MT spell a name's accents differently)?"""
    return head in _runs(text) or head in _folded_runs(text)


@lru_cache(maxsize=4)
def _folded_runs(text: str) -> frozenset[str]:
    """The text's runs with their accents taken off ('Aragonès' -> 'Aragones')."""
    return frozenset(unaccented(r) for r in _runs(text) if not r.isascii())


@lru_cache(maxsize=4)
def _runs(text: str) -> frozenset[str]:
    """The text's runs of word letters, apostrophes and hyphens: a head stands alone when it is one
    of them (read once per text; a search of the whole text per glued word made the stage quadratic)."""
    return frozenset(_RUN.findall(text))


# an article after a preposition the name ends in: 'Dendiasin an interview' (a name ending in 'in'
# before an article is rarer, 'gave Lukashin a medal': the split is only offered;
# normalize.glued_name_prepositions)
_ARTICLE_AFTER = re.compile(r" (?:the|a|an)\b")


def _tail_split(text: str, m: re.Match, safe: frozenset[str], guarded: frozenset[str],
                preps: frozenset[str]) -> tuple[int, bool] | None:
    """Where ``Dresdenin`` splits: the offset after its head and whether the split is only
    offered, or None when the evidence is thin.  Of the tails the word ends in, a head that stands
    alone elsewhere wins; else a safe tail; else a preposition with an article after it (offered)."""
    word, s = m.group(), m.start()
    if not _free(text, s, m.end()) or not _unknown(word, text):
        return None
    after = text[m.end():m.end() + 2]
    if after[:1] == " " and not after[1:2].islower():
        return None  # the sentence does not go on in lower case: 'Vogtland Council'
    best = None
    for tail in sorted(safe | guarded, key=len, reverse=True):
        head = word[:-len(tail)]
        if not word.endswith(tail) or not _name_like(head):
            continue
        if _stands_alone(head, text):
            return s + len(head), False
        if best is None and tail in safe and after[:1] == " ":
            best = s + len(head), False
        elif best is None and tail in preps and _ARTICLE_AFTER.match(text, m.end()):
            best = s + len(head), True
    return best


def fix_glued_names(doc: Doc, ctx: Context) -> list[Change]:
    """Put the space back between a name and the word glued to it (see the module's docstring)."""
    if ctx.rule(RULE) is None:
        return []
    text = doc.text
    safe, guarded = ctx.words("normalize.glued_name_tails"), ctx.words("normalize.glued_name_guarded_tails")
    openers, preps = ctx.words("normalize.glued_name_openers"), ctx.words("normalize.glued_name_prepositions")
    lower, upper = _patterns(safe, guarded, openers)
    out: list[Change] = []
    for m in lower.finditer(text):
        found = _tail_split(text, m, safe, guarded, preps)
        if found is not None and (ch := ctx.change(found[0], found[0], " ", RULE, doubt=found[1])):
            out.append(ch)
    for m in upper.finditer(text):
        word = m.group()
        head = re.match(r"[A-Z](?:[a-z]+|[A-Z]+(?=[A-Z][a-z]))", word)
        if head is None or not _free(text, m.start(), m.end()) or not _unknown(word, text):
            continue
        if not _name_like(head.group()) and not head.group().isupper():
            continue
        at = m.start() + head.end()
        # 'the newspaper BildThe suspect, a ...': a stop or a comma lost too; which one is unclear
        if (ch := ctx.change(at, at, " ", RULE, doubt=not ctx.mt_like)):
            out.append(ch)
    return disjoint(out)
