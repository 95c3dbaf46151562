"""Sentence ends glued to the next sentence in shapes :mod:`cleanup.normalize` leaves for their
look-alikes in code and figures: after a figure (``since January 21.On February 6``), and after
a capitalised word before a two-letter opener of a clause or of a phrase closed by a comma
(``in Duan Township.At present, Baise``), where ``System.In`` and ``3.5`` would be read the same way.

Both shapes are rare: one each in 237 real MT texts (dev, mining, held-out), none in 3,225 BBC
and CNN/DM articles (a scan of ``\\d[.!?][A-Z][a-z]`` and of every glued end the code guard kept).

And a comma left before a sentence's full stop (``your false claims, . What``, ``1,900 times,
etc,.``): the comma goes; and a straight quotation mark glued to the colon before it with its
space after it (``said:" President Moon``), set on the side of its words."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

# 'January 21.On February 6': a figure of one to four digits standing after a word (not '3.5',
# 'v2.0', 'No.2' nor a list's '1.Introduction' at a line's start), glued to a capitalised word
# that a word or a figure follows
AFTER_FIGURE = re.compile(r"\.(?:(?<=[A-Za-z,] \d\.)|(?<=[A-Za-z,] \d\d\.)|(?<=[A-Za-z,] \d{3}\.)|(?<=[A-Za-z,] \d{4}\.))"
                          r"(?=[A-Z][a-z]+ [A-Za-z\d])")
_WORD = re.compile(r"[A-Za-z]+")


def after_figure(text: str, ctx: Context, m: re.Match) -> str | None:
    """The space for an ``AFTER_FIGURE`` match, or None before a month: '21.January 2020' is a
    date written the European way (de, cs, pl, hr), the day's ordinal stop before its month."""
    word = _WORD.match(text, m.end())
    return None if word and word.group().lower() in ctx.words("boilerplate.calendar_months") else ". "

# '(South Sulawesi).Sigit asserted': a stop after a closing bracket glued to the next sentence, a
# capitalised word and a lower-case one after it (not '(a).Net' nor a member after a call, 'foo().Bar');
# after a quotation mark ('from "Go To Eat".The number', holdout8) it is left: a caption's only case
AFTER_CLOSE = re.compile(r"([.!?])(?<=[a-z]{2}\)[.!?])(?=[A-Z][a-z]+ [a-z])")

# a pronoun and a lower-case word ('He added'); a preposition, a lower-case word and, before the
# sentence ends, the comma that closes an opening phrase ('At present, Baise is'); 'In to' opens
# none ('Console.In to read input, then': a member in code), 'As to' and 'So to speak' do
_PRONOUN_CLAUSE = re.compile(r"[A-Z][a-z] [a-z]")
_OPENING_PHRASE = re.compile(r"[A-Z][a-z] (?!(?<!As )(?<!So )to\b)[a-z][^.!?\n,]{0,40},")


def two_letter_opener(text: str, at: int, rules: RuleSet) -> bool:
    """Does the two-letter word at ``at`` open a sentence glued to the one before it
    ('Division.He added', 'Township.At present, Baise'), not name a member in code ('System.In
    to read it')?  The words: ``normalize.glued_end_pronouns`` and ``_prepositions``."""
    word = text[at:at + 2]
    if word in rules.words("normalize.glued_end_pronouns"):
        return _PRONOUN_CLAUSE.match(text, at) is not None
    return word in rules.words("normalize.glued_end_prepositions") and _OPENING_PHRASE.match(text, at) is not None


@lru_cache(maxsize=8)
def no_space_after_end(rules: RuleSet) -> re.Pattern:
    """"dispute.And": a sentence end glued to the next sentence (also after a capitalised word,
    'World Cup.Al-Sudani', before 'A' and a word, 'drugs.A suspect', and before a two-letter
    opener or a title, ``normalize.glued_end_pronouns``, ``_prepositions``, ``_titles``); not
    inside a dotted abbreviation of short capitalised parts, the Thai 'Kor.Tor.' or 'Pol.Gen.'
    (a title after a sentence's end is no such part: 'dispute.Mr. Smith')."""
    short = "|".join(sorted(rules.words("normalize.glued_end_pronouns", "normalize.glued_end_prepositions",
                                        "normalize.glued_end_titles")))
    return re.compile(r"([.!?])(?<=[A-Za-z][a-z]{2}[.!?])(?!(?<=\b[A-Z][a-z]{2}\.)[A-Z][a-z]{1,3}\.)"
                      rf"(?=[A-Z][a-z]{{2}}|[A-Z][a-z]?-[A-Z][a-z]|A (?=[a-z]{{2}})|(?:{short})\b)")


# 'false claims, . What' / 'etc,.' at a paragraph's end: a comma, then the stop that ends the
# sentence (not ', ...', an ellipsis; not ': .', a list's debris in scraped copy)
_COMMA_BEFORE_STOP = re.compile(r",(?<=\w,) ?\.(?!\.)(?= [A-Z\"“]|\n|$)")
COMMA_RULE = "normalize.comma_before_stop"


def comma_before_stop(doc: Doc, ctx: Context) -> list[Change]:
    """``your false claims, . What`` -> ``your false claims. What``: the comma before a stop goes
    (applied in text with marks of MT; scraped clean copy has the same debris, 'told CNN, . And',
    where it is offered)."""
    text = doc.text
    if ",." not in text and ", ." not in text:
        return []
    out = []
    for m in _COMMA_BEFORE_STOP.finditer(text):
        if (ch := ctx.change(m.start(), m.end(), ".", COMMA_RULE)):
            out.append(ch)
    return out


# 'Shin Bo-rae, said:" President Moon': an opening mark glued to its colon, its space after it
# (a closing mark after a colon and before a capital is no English; 'read:"We' is left)
_COLON_QUOTE = re.compile(r':(?<=\w:)" (?=[A-Z])')
# 'read "Danger:" The workers': a short quotation opened earlier in the sentence ends in the colon,
# and the mark closes it
_OPENED_BEFORE = re.compile(r'(?:^|[\s(])"[^"\n.!?]{1,60}$')
COLON_QUOTE_RULE = "normalize.colon_quote"


def colon_quote(doc: Doc, ctx: Context) -> list[Change]:
    """``said:" President`` -> ``said: "President``.  Read apart from the quotation stages, which
    leave a straight mark whose pairing in its paragraph is off (a quotation left open before)."""
    text = doc.text
    if ':" ' not in text:
        return []
    out = []
    for m in _COLON_QUOTE.finditer(text):
        if _OPENED_BEFORE.search(text, max(0, m.start() - 62), m.start()):
            continue
        if (ch := ctx.change(m.start(), m.end(), ': "', COLON_QUOTE_RULE)):
            out.append(ch)
    return out
