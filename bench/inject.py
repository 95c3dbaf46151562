"""Inject machine-translation artifacts into clean news, at known positions.

Each injector takes a clean article body and a random generator and returns the damaged
text, or None when the article offers no place for that artifact.  One artifact per
document, so a repair is scored as: the chain maps the damaged text to the same output
as the clean text (``clean(damaged) == clean(original)``)."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable

Injector = Callable[[str, random.Random], "str | None"]


def _pick(rng: random.Random, matches: list[re.Match]) -> re.Match | None:
    return rng.choice(matches) if matches else None


def _replace(text: str, m: re.Match, group: int, new: str) -> str:
    return text[: m.start(group)] + new + text[m.end(group):]


def lowercase_continuation(text: str, rng: random.Random) -> str | None:
    """'A and B' -> 'A. and B'; 'A, but B' -> 'A. but B' (a spurious full stop)."""
    ms = [m for m in re.finditer(r"(?<=[a-z]{3})( and |, but |, which |, while )(?=[a-z]{2})", text)
          if len(text[text.rfind(".", 0, m.start()) + 1:m.start()].split()) >= 6]
    m = _pick(rng, ms)
    return None if not m else _replace(text, m, 1, ". " + m.group(1).strip(" ,") + " ")


def lost_boundary(text: str, rng: random.Random) -> str | None:
    """'Ukraine. He praised' -> 'Ukraine He praised'."""
    ms = [m for m in re.finditer(r"(?<=[a-z]{3})(\. )(?=(?:He|She|They|We) [a-z])", text)
          if len(text[text.rfind(".", 0, m.start()) + 1:m.start()].split()) >= 5]
    m = _pick(rng, ms)
    return None if not m else _replace(text, m, 1, " ")


def lost_capital(text: str, rng: random.Random) -> str | None:
    """'earlier. The ministry' -> 'earlier. the ministry'."""
    ms = [m for m in re.finditer(r"(?<=[a-z]{3}\. )(The|He|She|They|It|This|There) [a-z]", text)
          if len(text[text.rfind(".", 0, m.start() - 2) + 1:m.start()].split()) >= 5]
    m = _pick(rng, ms)
    return None if not m else _replace(text, m, 1, m.group(1).lower())


def paragraph_start(text: str, rng: random.Random) -> str | None:
    """A paragraph that starts in lower case."""
    ms = list(re.finditer(r"(?:^|(?<=\n\n))(The|It|He|She|They|But|In|A|This|However|Over|For|There)\b", text))
    m = _pick(rng, ms)
    return None if not m else _replace(text, m, 1, m.group(1).lower())


def final_period(text: str, rng: random.Random) -> str | None:
    """A paragraph that lost its final full stop."""
    ms = [m for m in re.finditer(r"(?<=[a-z]{3})\.(?=\n\n|$)", text)
          if len(text[text.rfind("\n", 0, m.start()) + 1:m.start()].split()) >= 10]
    m = _pick(rng, ms)
    return None if not m else text[: m.start()] + text[m.end():]


def stray_capital(text: str, rng: random.Random) -> str | None:
    """'said that he' -> 'said that He'; 'to stop the' -> 'to Stop the'."""
    ms = list(re.finditer(r"\b(?:that|and|if|when) (he|she|we|they)(?= [a-z])", text))
    ms += list(re.finditer(r"\b(?:will|would|could|should) ([a-z]{4,})(?= [a-z])", text))
    m = _pick(rng, ms)
    return None if not m else _replace(text, m, 1, m.group(1).capitalize())


def quote_spacing(text: str, rng: random.Random) -> str | None:
    """',” said' style: '," he said' -> ', "he said'."""
    ms = list(re.finditer(r'([,.?!])(" )(?=[a-z])', text))
    m = _pick(rng, ms)
    return None if not m else text[: m.start(2)] + ' "' + text[m.end(2):]


def punctuation_spacing(text: str, rng: random.Random) -> str | None:
    """'word, next' -> 'word ,next'."""
    ms = list(re.finditer(r"(?<=[a-z]{2})(, )(?=[a-z]{2})", text))
    m = _pick(rng, ms)
    return None if not m else _replace(text, m, 1, " ,")


FOOTERS = [
    ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    ["Share this:", "Facebook | Twitter | WhatsApp"],
    ["Related Articles: \"Markets close higher as oil prices ease\""],
    ["Tags: economy, markets, politics"],
    ["Copyright © 2024 Example Media. All rights reserved."],
    ["ADVERTISEMENT"],
    ["Previous Post: Weather warning for the weekend", "Next Post: Council approves new budget"],
    ["READ MORE: Five things to know about the election"],
    ["Follow us on Twitter for the latest updates"],
    ["Leave a Comment", "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
]


def boilerplate(text: str, rng: random.Random) -> str | None:
    """Scraper leftovers, at the end or between paragraphs."""
    lines = rng.choice(FOOTERS)
    paras = text.split("\n\n")
    at = len(paras) if rng.random() < 0.6 else rng.randint(1, len(paras))
    return "\n\n".join(paras[:at] + lines + paras[at:])


def _names(text: str) -> Counter:
    return Counter(m.group(0) for m in re.finditer(r"(?<=[a-z,] )[A-Z][a-z]{5,}\b", text))


def name_variant(text: str, rng: random.Random) -> str | None:
    """One occurrence of a name used three times or more, misspelt by one letter."""
    from cleanup.lexicon import is_common_word

    names = [n for n, c in _names(text).items() if c >= 3 and not is_common_word(n)]
    if not names:
        return None
    name = rng.choice(sorted(names))
    ms = list(re.finditer(r"\b" + name + r"\b", text))
    m = rng.choice(ms[1:])
    # the ways transliterations disagree: y/i, k/c, s/z, ie/ee, a doubled letter
    swaps = [(i, b) for i, ch in enumerate(name) if i > 0
             for a, b in (("y", "i"), ("i", "y"), ("k", "c"), ("c", "k"), ("s", "z"), ("z", "s")) if ch == a]
    if swaps and rng.random() < 0.6:
        i, b = rng.choice(swaps)
        variant = name[:i] + b + name[i + 1:]
    else:
        i = rng.randint(2, len(name) - 1)
        variant = name[:i] + name[i - 1] + name[i:]
    return text[: m.start()] + variant + text[m.end():]


def broken_name(text: str, rng: random.Random) -> str | None:
    """'Gorbachev' -> 'Gorb. Achev' in one of its occurrences."""
    from cleanup.lexicon import is_common_word

    names = [n for n, c in _names(text).items() if c >= 2 and len(n) >= 7 and not is_common_word(n)]
    if not names:
        return None
    name = rng.choice(sorted(names))
    ms = list(re.finditer(r"\b" + name + r"\b", text))
    m = rng.choice(ms[1:])
    i = len(name) // 2
    return text[: m.start()] + name[:i] + ". " + name[i].upper() + name[i + 1:] + text[m.end():]


def proper_noun_case(text: str, rng: random.Random) -> str | None:
    """One occurrence of a name the article uses on its own three times, in lower case."""
    from cleanup.lexicon import is_common_word

    names = [n for n, c in _names(text).items() if c >= 3 and not is_common_word(n)]
    if not names:
        return None
    name = rng.choice(sorted(names))
    ms = [m for m in re.finditer(r"(?<=[a-z] )" + name + r"\b(?! [A-Z])", text)]
    if len(ms) < 2:
        return None
    m = rng.choice(ms[1:])
    return text[: m.start()] + name.lower() + text[m.end():]


def doubled_word(text: str, rng: random.Random) -> str | None:
    ms = list(re.finditer(r"(?<= )(the|of|to|in) (?=[a-z])", text))
    m = _pick(rng, ms)
    return None if not m else text[: m.end()] + m.group(1) + " " + text[m.end():]


def mojibake(text: str, rng: random.Random) -> str | None:
    """A non-ASCII character (£, é, ’) decoded as Windows-1252."""
    ms = list(re.finditer(r"[^\x00-\x7f]", text))
    m = _pick(rng, ms)
    if not m:
        return None
    try:
        bad = m.group(0).encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text[: m.start()] + bad + text[m.end():]


def fragment(text: str, rng: random.Random) -> str | None:
    """'X, which Y' -> 'X. Which Y'; 'X because Y' -> 'X. Because Y'."""
    ms = [m for m in re.finditer(r"(?<=[a-z]{3})(, which | because )(?=[a-z])", text)
          if "," not in text[m.end(): text.find(".", m.end())]]
    m = _pick(rng, ms)
    return None if not m else _replace(text, m, 1, ". " + m.group(1).strip(" ,").capitalize() + " ")


def damage(kind: str, body: str, name: str, seed: object = 1) -> str | None:
    """One artifact of ``kind`` in ``body``, the same for the same (seed, name, kind) in every
    benchmark; None when the article offers no place for it."""
    damaged = INJECTORS[kind](body, random.Random(f"{seed}:{name}:{kind}"))
    return None if damaged is None or damaged == body else damaged


INJECTORS: dict[str, Injector] = {
    "lowercase_continuation": lowercase_continuation,
    "lost_boundary": lost_boundary,
    "lost_capital": lost_capital,
    "fragment": fragment,
    "paragraph_start": paragraph_start,
    "final_period": final_period,
    "stray_capital": stray_capital,
    "quote_spacing": quote_spacing,
    "punctuation_spacing": punctuation_spacing,
    "boilerplate": boilerplate,
    "name_variant": name_variant,
    "broken_name": broken_name,
    "proper_noun_case": proper_noun_case,
    "doubled_word": doubled_word,
    "mojibake": mojibake,
}
