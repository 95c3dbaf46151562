"""Casing conventions of the source languages that machine translation carries into English.

document.unit_name: an administrative unit's noun left in lower case inside a place's name: ``in Giurgiu county``
beside ``Arad County``, ``Bich Dao ward`` beside ``Dong Phong Ward``, ``Police leaders in
district 9`` beside ``District 9``.

Romanian (``județul Giurgiu``), Vietnamese (``phường Bích Đào``, ``quận 9``), Polish, Czech and
the Balkan languages write the unit's noun in lower case before or after the name; machine
translation keeps the lower case and puts the noun after the name.  English news writing about
those places capitalises the noun as part of the name (``Giurgiu County``, ``District 6``,
``Ward 14``: the sites' own English editions), and the translated page itself mostly does too:
the page's own majority is the evidence, so house styles that write ``Helmand province`` or
``the Gorkha district`` in lower case throughout are left alone.

Two shapes, each with its noun list in ``rules/document.toml``:

- a capitalised name, then a unit noun (``document.unit_nouns``) in lower case, where the page
  writes that noun capitalised after a name at least as often as in lower case; not after ``the``
  (``the Kedabek district`` is English), a nationality (``the German city``) or a sentence's
  first word (``The city``), nor after a possessive (``Ferguson's city council``).  In copy
  with no mark of MT only offered (``native_confidence``: 'Santa Barbara county' beside 'Santa
  Barbara County' in clean BBC entertainment/108 is a house style's slip, not the page's);
- a unit noun (``document.numbered_units``) in lower case before a number that ends its phrase
  (``in district 9,``; not ``district 60 km north``): a number names no place in English
  without the capital.

Evidence: holdout2:h2_ro_brasov_cement-truck-accidents ('Giurgiu county' beside 'Arad County',
'Brașov County'), dev:vi_vietnam-vn_ninh-binh-motorbike-robber ('Bich Dao ward', '(Ninh Binh
city)' beside 'Phong Ward', 'Ninh Binh City'), holdout12:h12_vi_hamsara_district9-police-fence-clip
('in district 9,' beside 'District 9' three times), mining:m_vi_laodong_lac-duong-two-level-government
('(village 1, Lac Duong' beside 'Village 6').

document.lower_title (offered only): a title in lower case right before a person's full name,
after a verb of saying or ``by`` (``said president Karol Nawrocki``): Polish, Romanian, French,
Spanish and Italian write the title in lower case (``prezydent``, ``le président``) and MT keeps
it.  English news writes a title alone before the name capitalised, but BBC style lowers it after
a qualifier (``shadow chancellor Oliver Letwin``, ``Fifa president Sepp Blatter``) and now and
then after 'of' or 'that' ('of president Umberto Agnelli', clean BBC), so only the slot after a
verb of saying or 'by' is read, and one real text shows it (holdout3:h3_pl_polandcopl_nawrocki-tusk-department, 'said president
Karol Nawrocki'): an offer, never applied.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change

RULE = "document.unit_name"
TITLE_RULE = "document.lower_title"
#: the confidence of a lower-case title's offer: one real text, below the apply threshold
TITLE_OFFER = 0.5
#: the capitals of Latin Extended-A ('Ś', 'Ł', 'İ'), not its lower-case letters ('świętokrzyskie county')
_EXT_CAPS = "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
#: a capitalised name word (letters of the Latin alphabets), then a space
_NAME = r"(?<![\w’'-])([A-ZÀ-ÖØ-Þ" + _EXT_CAPS + r"][\w’'-]*) "
#: the word before the name, if any
_BEFORE = re.compile(r"(\S+)\s+$")
#: the word after a unit's noun
_NEXT = re.compile(r" ([A-Za-z]+)")
#: what may follow a numbered unit: the phrase ends (not a decimal or thousands figure: 'village 1.5 km')
_NUMBER_END = re.compile(r"\d{1,3}(?![.,]\d)(?=[,.;:)]|\s*$|\s+\()")


def _sentence_start(text: str, at: int) -> bool:
    """Does the word at ``at`` open a sentence or a line?"""
    head = text[max(0, at - 3):at]
    return at == 0 or head.endswith("\n") or bool(re.search(r"[.!?:\"“”]\s+$", head))


def _next_word(text: str, at: int) -> str:
    """The lower-cased word right after ``at`` (past one space), or ''."""
    m = _NEXT.match(text, at)
    return m.group(1).lower() if m else ""


def _counts(text: str, unit: str) -> tuple[int, int]:
    """How often the page writes ``unit`` capitalised after a capitalised name word (in
    mid-sentence) and in lower case there."""
    cap = sum(1 for m in re.finditer(_NAME + unit.capitalize() + r"\b", text) if not _sentence_start(text, m.start()))
    low = sum(1 for m in re.finditer(_NAME + unit + r"\b", text) if not _sentence_start(text, m.start()))
    return cap, low


def _named_units(doc: Doc, ctx: Context) -> list[Change]:
    text = doc.text
    out: list[Change] = []
    skip = ctx.words("document.always_capitalized")
    heads = ctx.words("document.unit_compound_heads")
    for unit in sorted(ctx.words("document.unit_nouns")):
        if unit.capitalize() not in text or f" {unit}" not in text:
            continue  # the page never writes one of the two forms
        cap, low = _counts(text, unit)
        if not cap or cap < low:
            continue
        pattern = re.compile(_NAME + "(" + unit + r")(?![\w’'-])")
        for s, e in doc.body:
            for m in pattern.finditer(text, s, e):
                name = m.group(1)
                if _sentence_start(text, m.start()) or name.lower() in skip or name.endswith(("'s", "’s")):
                    continue
                before = _BEFORE.search(text, max(0, m.start() - 30), m.start())
                if before and before.group(1).lower() in ("the", "a", "an"):
                    continue
                if _next_word(text, m.end()) in heads:
                    continue  # 'Kuala Lumpur city centre', 'Leeds city council': the noun heads no name
                at = m.start(2)
                ch = ctx.change(at, at + 1, unit[0].upper(), RULE, confidence=0.75)
                if ch:
                    out.append(ch)
    return out


def _numbered_units(doc: Doc, ctx: Context) -> list[Change]:
    text = doc.text
    out: list[Change] = []
    units = ctx.words("document.numbered_units")
    if not units or not re.search(r"[a-z] \d", text):
        return out
    pattern = re.compile(r"(?<![\w’'-])(" + "|".join(sorted(units)) + r") (?=\d)")
    for s, e in doc.body:
        for m in pattern.finditer(text, s, e):
            if not _NUMBER_END.match(text, m.end(), e):
                continue  # 'district 60 km north': a distance, not a unit's number
            ch = ctx.change(m.start(), m.start() + 1, m.group(1)[0].upper(), RULE, confidence=0.8)
            if ch:
                out.append(ch)
    return out


@lru_cache(maxsize=8)
def _title_pattern(verbs: frozenset[str], titles: frozenset[str]) -> re.Pattern:
    """A lower-case title after a verb of saying or 'by', before two capitalised words: built once
    per word lists, not per document."""
    slots = sorted(verbs | {"by"}, key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, slots)) + r") ("
                      + "|".join(sorted(map(re.escape, titles), key=len, reverse=True))
                      + r") (?=[A-ZÀ-ÖØ-Þ][\w’'-]+ [A-ZÀ-ÖØ-Þ][\w’'-]+)")


def _lower_titles(doc: Doc, ctx: Context) -> list[Change]:
    """``said president Karol Nawrocki`` -> ``said President Karol Nawrocki``, offered."""
    text = doc.text
    titles = ctx.words("document.lower_titles_before_name")
    if not titles:
        return []
    pattern = _title_pattern(ctx.words("words.speech_verbs"), titles)
    out: list[Change] = []
    for s, e in doc.body:
        for m in pattern.finditer(text, s, e):
            title = m.group(1)
            after = " ".join(w[0].upper() + w[1:] for w in title.split(" "))
            ch = ctx.change(m.start(1), m.end(1), after, TITLE_RULE, confidence=TITLE_OFFER)
            if ch:
                out.append(ch)
    return out


def source_case(doc: Doc, ctx: Context) -> list[Change]:
    """``Giurgiu county`` -> ``Giurgiu County`` (the page writes ``Arad County``);
    ``in district 9,`` -> ``in District 9,``; ``said president Karol Nawrocki`` offered."""
    return _named_units(doc, ctx) + _numbered_units(doc, ctx) + _lower_titles(doc, ctx)
