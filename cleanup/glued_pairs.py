"""Two words run together where the page lost the space between them: ``continuing torenovate
the``, ``was implemented in theprovince``, ``the actualimplementation of the plan``.

:mod:`cleanup.glued` splits a word glued to a listed function word after it, and
:mod:`cleanup.glued_names` a name glued to one.  Here the evidence is frequency alone
(:mod:`cleanup.lexicon`): a letter run wordfreq does not know (or knows as far rarer than its
halves, ``inthe``) that splits in exactly one way into two words English uses.  A half as
common as a function word (Zipf 6 or more: ``the``, ``was``, ``has``, ``all``) beside a
dictionary word is strong evidence (``theprovince``, ``hasadvised``); two content words
(``actualimplementation``) are weaker, since compounds a dictionary lacks (``newsreader``) and
misspellings (``loadspeaker``) split so too: they are only offered.  Names, brands, handles,
addresses, codes and capitalised words are left, except a dictionary word opening a sentence
with a function word glued to its end (``Implementingthe direction``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change, disjoint
from .lexicon import dictionary_words, is_common_word, is_listed_name, zipf

FUNCTION = "normalize.glued_function_word"
CONTENT = "normalize.glued_content_words"

# a letter run long enough to hold two words ('inthe'), no longer than two long words
_RUN = re.compile(r"[^\W\d_]{5,32}")
# a function word: as common as 'all' (6.5), 'has' (6.4), 'its' (6.1); 'each' (5.7) is not
FUNCTION_ZIPF = 6.0
# the other half: a dictionary word at least as common as 'renovate' (3.05)
_WORD_ZIPF = 3.0
# two content words: each at least as common as 'participating' (4.2) or 'enterprises' (4.0)
_CONTENT_ZIPF = 4.0
# the glued form, when wordfreq knows it at all, is this much rarer than its rarer half
# ('inthe' 2.6 beside 'in' 7.3; 'policewomen' 1.9 beside 'police' 5.3 is a word)
_RARER = 4.0
# the unknown runs read in one document: real MT has a few dozen (the most in 3,462 dev, mining,
# held-out and clean news texts: 46); a text of thousands is no English prose, and reading each
# run's every split in it would be slow (250 KB of unknown runs: 5 s)
_BUDGET = 200
_MOST_COMMON = 7.5  # no half but 'the' (7.7) is more common: a run known at Zipf 3.5 or more is a word
# a particle that forms compounds: the dictionary holds this many words made of it and a word on
# that side per unit of its frequency (10 ** (Zipf - 6)): 'out' ends 47 words at Zipf 6.4 (20),
# 'up' opens 414 at 6.4 (165), 'back' ends 125 at 6.0; 'to' opens 68 at 7.4 (2.5), 'the' 37
# (0.7), 'he' 48 at 6.7 (9.8), 'good' 13 at 6.1 (10)
COMPOUNDING = 15.0
# what may not touch a run for it to be a word of its own: an address, a handle, a code, an
# elision ('l'entreprise'), a name in camel case
_JOINERS = "'’@#/_&.\\"


# the dictionary-word half has four letters or more: every split seen in real MT and clean news
# has one ('file|that', 'will|mean', 'to|renovate'); three-letter halves are a lower-cased name's
# fragments ('igor bis|can', 'jug|not', 'rut|to', 'can|as', 'my|rio')
_WORD_LETTERS = 4


def _part(word: str) -> str | None:
    """What kind of half ``word`` could be: 'function', 'word' or None (no word)."""
    z = zipf(word)
    if z >= FUNCTION_ZIPF:
        return "function"
    if len(word) >= _WORD_LETTERS and z >= _WORD_ZIPF and is_common_word(word):
        return "word"
    return None


Particles = tuple[frozenset[str], frozenset[str]]
_NO_PARTICLES: Particles = (frozenset(), frozenset())


@lru_cache(maxsize=1)
def _sorted_words() -> tuple[list[str], list[str]]:
    """The dictionary's lower-case words sorted, and sorted spelt backwards (for their endings)."""
    words = dictionary_words()
    return sorted(words), sorted(w[::-1] for w in words)


@lru_cache(maxsize=256)
def compounding(particle: str, first: bool) -> float:
    """How many dictionary words ``particle`` forms with another word (of three letters or more)
    on that side (``first``: it opens them, 'upgrade'; else it ends them, 'workout'), per unit
    of its frequency.  A high figure: a native compound ('writeback', 'overperform'), no glue.
    The chain reads the particles it found (``normalize.compounding_first`` and ``_last`` in
    rules/normalize.toml, checked against this measure by the tests): sorting the dictionary
    for it costs half a second."""
    words = dictionary_words()
    ordered, backwards = _sorted_words()
    key = particle if first else particle[::-1]
    table = ordered if first else backwards
    count = 0
    for i in range(bisect.bisect_left(table, key), len(table)):
        w = table[i]
        if not w.startswith(key):
            break
        rest = w[len(key):] if first else w[len(key):][::-1]
        count += len(rest) >= 3 and rest in words
    return count / 10 ** (zipf(particle) - FUNCTION_ZIPF)


@lru_cache(maxsize=1 << 16)
def unknown(word: str) -> bool:
    """Could ``word`` be two glued words: no dictionary word, and wordfreq does not know it or
    knows it too rarely for any split to be as common as its halves.  Remembered: the stage asks
    it of every different run of every document, and news repeats its words."""
    return zipf(word) < _MOST_COMMON - _RARER and not is_common_word(word)


def split_point(word: str, particles: Particles = _NO_PARTICLES) -> tuple[int, str] | None:
    """Where a glued lower-case ``word`` splits and which rule: (offset, rule id), or None when
    it is a word, splits no way or more than one way.  ``particles``: the function words that
    open compounds and those that end them (``normalize.compounding_first`` and ``_last``).

    >>> split_point("theprovince")
    (3, 'normalize.glued_function_word')
    >>> split_point("actualimplementation")
    (6, 'normalize.glued_content_words')
    >>> split_point("newsreader") is None  # wordfreq knows it: a compound, no glue
    True
    """
    if not unknown(word):
        return None
    whole = zipf(word)
    found: list[tuple[int, str, str]] = []
    for i in range(2, len(word) - 1):
        left = _part(word[:i])
        right = left and _part(word[i:])
        if left and right:
            found.append((i, left, right))
            if len(found) > 1:
                return None  # 'offrom': 'of from' or 'off rom'
    if not found:
        return None
    i, left, right = found[0]
    rarer = min(zipf(word[:i]), zipf(word[i:]))
    if whole > 0 and whole > rarer - _RARER:
        return None  # a compound wordfreq knows ('backstabbing', 'policewomen')
    if left == right == "function":
        # 'inthe' (the web writes it often enough for wordfreq to know it), not 'offrom' (two
        # prepositions side by side are a doubled word, not a lost space) nor 'makeout'
        known = whole > 0 and word[i:] not in particles[1]
        return (i, FUNCTION) if known else None
    if "function" in (left, right):
        compound = word[:i] in particles[0] if left == "function" else word[i:] in particles[1]
        return None if compound else (i, FUNCTION)
    if rarer < _CONTENT_ZIPF or min(i, len(word) - i) < 4:
        return None
    return i, CONTENT


def _free(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a word of its own, not part of an address, a handle, a code or an elision?
    (A compound's last part may follow a hyphen: 'socio-economicdevelopment'.)"""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before in _JOINERS or after in "@#/_&\\" or after.isdigit() or before.isdigit():
        return False
    if after in "'’" and text[e + 1:e + 2].isalpha() and text[e + 1:e + 2] not in "sS":
        return False
    return not (after == "." and text[e + 1:e + 2].isalnum())  # 'wowkorea.jp'


def _opens(text: str, s: int, e: int) -> bool:
    """Does the run text[s:e] open a sentence that goes on in lower case ('Implementingthe
    direction'; not 'Publicat: 29-09-2020')?"""
    if re.match(r" [a-z]", text[e:e + 2]) is None:
        return False
    if text[max(0, s - 2):s] in (". ", "! ", "? "):
        return True
    k = s  # only spaces back to the line's start: read back over them, not the whole line
    while k and text[k - 1] != "\n" and text[k - 1].isspace():
        k -= 1
    return not k or text[k - 1] == "\n"


def _capitalised(word: str, particles: Particles, tails: frozenset[str]) -> tuple[int, str] | None:
    """``Implementingthe direction``: a capitalised run that opens a sentence splits only as a
    dictionary word (no name) with a function word glued to its end, one of ``tails`` (an
    article, a preposition, a conjunction: ``normalize.capitalised_tails``) or after a verb's
    -ing or -ed; any other capitalised run is more likely a name ('Thewin', 'Hasina', 'Saladin',
    'Northall said': a surname that halves into 'North all')."""
    found = split_point(word.lower(), particles)
    if found is None or found[1] != FUNCTION:
        return None
    head, tail = word[:found[0]], word[found[0]:]
    if len(head) < 5 or zipf(tail) < FUNCTION_ZIPF or is_listed_name(head) or not is_common_word(head.lower()):
        return None
    return found if tail in tails or head.endswith(("ing", "ed")) else None


def fix_glued_pairs(doc: Doc, ctx: Context) -> list[Change]:
    """Put the space back in a run of two glued words (see the module's docstring).  A run the
    document writes more than once is a term of its own: only offered."""
    if ctx.rule(FUNCTION) is None and ctx.rule(CONTENT) is None:
        return []
    text = doc.text
    out: list[Change] = []
    seen: dict[str, int] = {}
    budget = _BUDGET
    particles = ctx.words("normalize.compounding_first"), ctx.words("normalize.compounding_last")
    tails = ctx.words("normalize.capitalised_tails")
    # the runs wordfreq or the dictionary knows are read no further (below): asked once per
    # different run, a text whose every run is known is not walked run by run
    unknowns = {w for w in set(_RUN.findall(text)) if unknown(w.lower())}
    for m in _RUN.finditer(text) if unknowns else ():
        word, s = m.group(), m.start()
        if word not in unknowns:
            continue
        if (s and text[s - 1].isalpha()) or (m.end() < len(text) and text[m.end()].isalpha()):
            continue  # part of a longer run (over 32 letters): no pair of words
        capital = not word.islower()
        if capital and not (word[0].isupper() and word[1:].islower() and _opens(text, s, m.end())):
            continue  # a name, an acronym, camel case: only a sentence's opener is read
        if not unknown(word.lower()):
            continue
        budget -= 1
        if budget < 0:
            break
        found = _capitalised(word, particles, tails) if capital else split_point(word, particles)
        if found is None or not _free(text, s, m.end()):
            continue
        if found[1] == FUNCTION and zipf(word[found[0]:].lower()) >= FUNCTION_ZIPF and \
                not re.match(r" \w", text[m.end():m.end() + 2]):
            continue  # 'Arrested sican, you': a function word glued to an end is followed by a word
        repeated = seen.setdefault(word, text.count(word)) > 1
        at, rule = s + found[0], found[1]
        if (ch := ctx.change(at, at, " ", rule, doubt=repeated)):
            out.append(ch)
    return disjoint(out)
