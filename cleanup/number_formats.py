"""Numbers, units and signs written in the source language's format.

MT engines (Google, DeepL, Papago, Baidu) carry a page's typography into English more often
than not: a decimal comma (``3,5 percent``), thousands grouped with points or spaces
(``1.500.000 euros``, ``2 500 people``), a spaced or leading percent sign (``5 %``, ``%5``),
a currency sign spaced from its figure or after it (``€ 7500``, ``5 €``), a degree sign set
apart or typed as the ordinal sign (``27-31° C``, ``17ºC``).  English news writes ``3.5``,
``1,500,000``, ``2,500``, ``5%``, ``€7500``, ``€5``, ``30°C`` (BBC ``20C``).

Only the spaced currency sign and the spaced degree sign are applied (each seen on more than
one real MT page: rules/normalize.toml cites them); the others are offered, read so only where
the figure cannot be native English (a unit after a decimal comma, two groups of points, a
count noun after one).  Dates (``12.03.2023``) and times (``10.30 a.m.``, BBC style) stay.
Word lists: ``normalize.number_*`` in rules/normalize.toml.
"""

from __future__ import annotations

import re

from .doc import Context, Doc
from .edits import Change
from .tokens import token_at

DEGREE = "normalize.degree_sign"
CURRENCY = "normalize.currency_space"
CURRENCY_AFTER = "normalize.currency_after"
DECIMAL = "normalize.decimal_comma"
DOTS = "normalize.thousands_dots"
SPACE = "normalize.thousands_space"
PERCENT = "normalize.percent_sign"
RULES = (DEGREE, CURRENCY, CURRENCY_AFTER, DECIMAL, DOTS, SPACE, PERCENT)

_DIGIT_OR_SIGN = re.compile(r"[\d%$€£¥°º₺₽]")
# a figure, then a spaced degree sign or the ordinal sign, then C or F ('30 ° C', '27-31° C', '17ºC')
_DEGREE = re.compile(r"(?<=\d)(?:º| °|° | ° )([CF])\b")
# a currency sign after a space, a bracket or the start, a space, a figure ('€ 7500', '$ 5 million')
_CURRENCY = re.compile(r"(?:(?<=[\s(])|^)([$€£¥₺₽]) (?=\d)", re.M)
# a figure (and a scale word) then a currency sign, not before another figure ('5 €', '10 million €')
_CURRENCY_AFTER = re.compile(r"(?<![\w.,$€£¥])(\d(?:[\d,]*\d)?(?: (?:million|billion|thousand))?) ?([€$₺₽])(?![\w$€]| ?\d)")
# a decimal comma: 1-3 digits, a comma, 1-2 or 4+ digits; not after a sign, a hyphen or a figure
_DECIMAL = re.compile(r"(\d(?<![\w.,\-–/$€£¥:]\d)\d{0,2}),(\d{1,2}|\d{4,})(?![\d,]|\.\d|-\d)( ?%| (\S+(?: cent)?))")
# thousands grouped with points: two groups or more, or one group before a decimal comma
_DOTS = re.compile(r"(\d(?<![\w.,\-/]\d)\d{0,2}(?:\.\d{3})+)(,\d{1,2})?(?![\d.,]\d|\.\d|[\w-])(?: (\w+))?")
# thousands grouped with spaces (plain, no-break, thin, narrow no-break)
# (these three open on their first digit, the look-behinds read after it: the engine then tries
# only the offsets of digits, not a look-behind at every offset)
_SPACE = re.compile(r"(\d(?<![\w.,:\-+/]\d)(?<!\d \d)\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+)(?![\w.,\-/]\d|[\w\-/]|[ \u00a0]\d)")
_PERCENT_AFTER = re.compile(r"(?<=\d) (%)")
_PERCENT_BEFORE = re.compile(r"(?:(?<=[\s(])|^)% ?(\d+(?:[.,]\d+)?)(?![\d%\w.,]\d|[\w%])", re.M)


def fix_number_formats(doc: Doc, ctx: Context) -> list[Change]:
    """``30 ° C`` -> ``30°C``, ``€ 7500`` -> ``€7500`` (applied); ``3,5 percent`` -> ``3.5
    percent``, ``1.500.000`` -> ``1,500,000``, ``2 500 people`` -> ``2,500 people``, ``5 %`` and
    ``%5`` -> ``5%``, ``5 €`` -> ``€5`` (offered)."""
    text = doc.text
    if not _DIGIT_OR_SIGN.search(text) or all(ctx.rule(r) is None for r in RULES):
        return []
    found: list[Change | None] = []
    # a pattern whose every match holds a sign is not run on a text without one (a look for one
    # character is a fraction of a scan that tries a look-behind at every offset)
    if "°" in text or "º" in text:
        found += [ctx.change(m.start(), m.end(), "°" + m.group(1), DEGREE) for m in _DEGREE.finditer(text)]
    if any(sign in text for sign in "$€£¥₺₽"):
        found += [ctx.change(m.start(), m.end(), m.group(1), CURRENCY) for m in _CURRENCY.finditer(text)]
        found += _currency_after(text, ctx)
    found += _decimal_commas(text, ctx)
    found += _thousands_dots(text, ctx)
    found += _thousands_spaces(text, ctx)
    if "%" in text:
        found += [ctx.change(m.start(), m.end(), "%", PERCENT) for m in _PERCENT_AFTER.finditer(text)]
        found += [ctx.change(m.start(), m.end(), m.group(1) + "%", PERCENT) for m in _PERCENT_BEFORE.finditer(text)
                  if not _in_address(text, m.start())]
    out: list[Change] = []
    end = -1
    for ch in sorted((c for c in found if c is not None), key=lambda c: (c.start, c.end)):
        if ch.start >= end:  # one change per span: the first one found
            out.append(ch)
            end = ch.end
    return out


_ADDRESS = re.compile(r"[/=?&]|https?:|www\.")


def _in_address(text: str, pos: int) -> bool:
    """Is ``pos`` inside an address or a piece of code (``a%20b``, ``?id=%5``)?"""
    return bool(_ADDRESS.search(token_at(text, pos)))


def _currency_after(text: str, ctx: Context) -> list[Change | None]:
    out: list[Change | None] = []
    for m in _CURRENCY_AFTER.finditer(text):
        if m.group(2) == "$" and "$" in text[m.end():m.end() + 40]:
            continue  # LaTeX math or a variable ('5$ and $6')
        if _in_address(text, m.start()):
            continue
        out.append(ctx.change(m.start(), m.end(), m.group(2) + m.group(1), CURRENCY_AFTER))
    return out


def _decimal_commas(text: str, ctx: Context) -> list[Change | None]:
    units = ctx.words("normalize.number_units")
    out: list[Change | None] = []
    for m in _DECIMAL.finditer(text):
        unit = m.group(3).strip()
        word = (m.group(4) or "").rstrip(".,;:)!?").lower()
        if unit != "%" and word not in units:
            continue
        out.append(ctx.change(m.start(), m.start(3), m.group(1) + "." + m.group(2), DECIMAL))
    return out


def _thousands_dots(text: str, ctx: Context) -> list[Change | None]:
    nouns = ctx.words("normalize.number_count_nouns")
    out: list[Change | None] = []
    for m in _DOTS.finditer(text):
        figure, decimals, after = m.group(1), m.group(2) or "", (m.group(3) or "").lower()
        groups = figure.count(".")
        if groups >= 3 and not decimals and after not in nouns and after not in ctx.words("normalize.number_units"):
            continue  # an address ('192.168.100.200')
        if groups == 1 and not decimals and after not in nouns:
            continue  # a decimal ('43.305 per dollar', '4.483 million')
        if re.search(r"\b[vV](?:ersion)?\s?$|\b(?:[Ss]ection|[Aa]rticle|[Cc]hapter|[Vv]ersion)\s$", text[max(0, m.start() - 9):m.start()]):
            continue
        after_text = figure.replace(".", ",") + decimals.replace(",", ".")
        out.append(ctx.change(m.start(), m.start() + len(figure) + len(decimals), after_text, DOTS))
    return out


def _thousands_spaces(text: str, ctx: Context) -> list[Change | None]:
    stops = ctx.words("normalize.number_month_names")
    out: list[Change | None] = []
    for m in _SPACE.finditer(text):
        before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 20):m.start()])
        if before and (before.group(1).lower().rstrip(",") in stops or re.fullmatch(r"[\d+\-()]+", before.group(1))):
            continue  # a day of the month, a numbered item, a phone number's head
        if m.group(1).startswith("0"):
            continue  # a phone number ('0800 555 111')
        if before and _named_model(text, m.start() - len(before.group(0)), before.group(1), ctx):
            continue
        if re.match(r"\s(?:million|billion|trillion|thousand)\b", text[m.end():m.end() + 12]):
            continue  # a scale word after it: a garbled decimal ('1 376 million' for 1.376 million)
        figure = re.sub(r"[ \u00a0\u2009\u202f]", ",", m.group(1))
        out.append(ctx.change(m.start(), m.end(), figure, SPACE))
    return out


def _named_model(text: str, at: int, word: str, ctx: Context) -> bool:
    """Is the word before a spaced figure, at ``at``, a model's name inside its sentence (``a Boeing
    737 800``, ``flight SU 100 200``, ``the A320 200``): a maker (rules/normalize.toml
    number_model_makers), a code in capitals or with a figure?  Then the figure is a model or a code
    whose hyphen MT dropped (English writes ``737-800``), or two figures; a grouped number follows a
    count or a verb (``showed 232 243 cases``), a place or a source (``In Poland 2 500 people``,
    ``According to Rosstat 145 000``), or opens its sentence (``About 2 500 people``)."""
    word = word.rstrip(",")
    if not word[:1].isupper():
        return False
    if not (word.isupper() or any(c.isdigit() for c in word)
            or word.lower() in ctx.words("normalize.number_model_makers")):
        return False
    left = text[max(0, at - 5):at].rstrip()
    return bool(left) and left[-1] not in ".!?:;\"“”‘’'(["
