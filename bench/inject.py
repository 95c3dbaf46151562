"""Inject machine-translation artifacts into clean news, at known positions.

The classes come from what real MT pages show (the development set, bench/real_mt): scraper
leftovers, punctuation and quote damage, names spelled two ways or left in lower case,
stray and lost capitals, broken sentence boundaries, fragments.  Several artifacts go into
one document, some next to each other, as in real pages.

``inject(text, rng, n)`` returns the damaged text and one :class:`Artifact` per injection:
its class, its span in the damaged text and the original text it replaced, so a benchmark
can check each repair on its own (``bench.scoring.outcome``).

>>> import random
>>> damaged, arts = inject("The talks ended on Monday, officials said. He left.", random.Random(3), 1)
>>> len(arts)
1
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Artifact:
    cls: str  # the class (see CLASSES)
    kind: str  # the injector that made it
    start: int  # span in the damaged text
    end: int
    original: str  # what stood there in the clean text


# an injection site: (start, end, replacement) in the CLEAN text
Site = tuple[int, int, str]
Finder = Callable[[str, random.Random], list[Site]]

_WORDS_BEFORE = re.compile(r"[a-z][\w’'-]*$")


def _sentence_words_before(text: str, pos: int) -> int:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    return len(text[start + 1:pos].split())


# -- boundaries -------------------------------------------------------------------

def spurious_stop(text: str, rng: random.Random) -> list[Site]:
    """'A and B' -> 'A. and B'; 'A, but B' -> 'A. but B'; 'A, which' -> 'A. which'."""
    return [(m.start(1), m.end(1), ". " + m.group(1).strip(" ,") + " ")
            for m in re.finditer(r"(?<=[a-z]{3})( and |, but |, which |, while |, including | as well as )(?=[a-z]{2})", text)
            if _sentence_words_before(text, m.start()) >= 5]


def lost_boundary(text: str, rng: random.Random) -> list[Site]:
    """'forecast. In the final quarter' -> 'forecast In the final quarter' (the stop is lost)."""
    return [(m.start(1), m.end(1), " ")
            for m in re.finditer(r"(?<=[a-z]{3})(\. )(?=(?:He|She|They|We|It|The|In|But|However|This|There|After|A|At|On|"
                                 r"Its|His|Their|When|While|Although|Many|Some|Last|According) [a-z])", text)
            if _sentence_words_before(text, m.start()) >= 5]


def fragment(text: str, rng: random.Random) -> list[Site]:
    """'X, although Y.' -> 'X. Although Y.': a subordinate clause cut off as a sentence."""
    out = []
    for m in re.finditer(r"(?<=[a-z]{3})(, (which|although|though|while|including|leaving|making) | (because|so that) )(?=[a-z])",
                         text):
        end = text.find(".", m.end())
        if end == -1 or "," in text[m.end():end] or '"' in text[m.end():end] or len(text[m.end():end].split()) < 3:
            continue
        word = (m.group(2) or m.group(3))
        out.append((m.start(1), m.end(1), ". " + word[0].upper() + word[1:] + " "))
    return out


def lost_final_stop(text: str, rng: random.Random) -> list[Site]:
    """A paragraph that lost its final full stop."""
    return [(m.start(), m.end(), "") for m in re.finditer(r"(?<=[a-z]{3})\.(?=\n\n|$)", text)
            if len(text[text.rfind("\n", 0, m.start()) + 1:m.start()].split()) >= 10]


def broken_paragraph(text: str, rng: random.Random) -> list[Site]:
    """A paragraph break in mid-sentence: 'the economic power of\\n\\nChina'."""
    return [(m.start(), m.end(), "\n\n") for m in re.finditer(r"(?<=[a-z]{4}) (?=(?:of|the|and|to|in) [a-z]{3})", text)
            if 6 <= _sentence_words_before(text, m.start())][::7]


# -- casing -----------------------------------------------------------------------

def stray_capital(text: str, rng: random.Random) -> list[Site]:
    """A word capitalised in mid-sentence: 'is Being urged', 'in Response to', 'the Next three'."""
    return [(m.start(1), m.start(1) + 1, m.group(1)[0].upper())
            for m in re.finditer(r"(?<=[a-z,] )([a-z]{2,})(?= [a-z])", text)
            if _sentence_words_before(text, m.start()) >= 2]


def lost_capital(text: str, rng: random.Random) -> list[Site]:
    """'earlier. The ministry' -> 'earlier. the ministry'.  ('. But' -> '. but' is left out: it is
    the same text as a spurious stop before 'but', which real MT makes far more often.)"""
    return [(m.start(1), m.start(1) + 1, m.group(1)[0].lower())
            for m in re.finditer(r"(?<=[a-z]{3}\. )(The|He|She|They|It|This|There|In|A|After|Its|We) [a-z]", text)]


def paragraph_start(text: str, rng: random.Random) -> list[Site]:
    """A paragraph that starts in lower case."""
    return [(m.start(1), m.start(1) + 1, m.group(1)[0].lower())
            for m in re.finditer(r"(?:^|(?<=\n\n))(The|It|He|She|They|But|In|A|This|However|Over|For|There|Mr|After)\b", text)]


def _names(text: str, least: int) -> list[str]:
    counts = Counter(m.group(0) for m in re.finditer(r"(?<=[a-z,] )[A-Z][a-z]{4,}\b", text))
    from cleanup.lexicon import is_common_word

    return sorted(n for n, c in counts.items() if c >= least and not is_common_word(n))


def _occurrences(text: str, name: str) -> list[re.Match]:
    return list(re.finditer(r"(?<![\w’'-])" + name + r"(?![\w-])", text))[1:]


def lowercase_name(text: str, rng: random.Random) -> list[Site]:
    """One occurrence of a name the article uses at least twice, in lower case ('redknapp's')."""
    return [(m.start(), m.start() + 1, name[0].lower()) for name in _names(text, 2) for m in _occurrences(text, name)
            if text[m.start() - 2:m.start()] not in {". ", "\n\n"}]


# -- names ------------------------------------------------------------------------

_VOWEL_SWAPS = [("ou", "u"), ("u", "ou"), ("y", "i"), ("i", "y"), ("ei", "ey"), ("ai", "ay"), ("e", "a"), ("o", "u"),
                ("k", "c"), ("c", "k"), ("s", "z"), ("z", "s"), ("ph", "f"), ("ch", "kh"), ("sh", "ch"), ("v", "w")]


def _variant(name: str, rng: random.Random) -> str | None:
    r = rng.random()
    if r < 0.5:  # a romanisation difference
        options = [(i, a, b) for a, b in _VOWEL_SWAPS for i in range(1, len(name)) if name.startswith(a, i)]
        if options:
            i, a, b = rng.choice(options)
            return name[:i] + b + name[i + len(a):]
    if r < 0.75:  # a dropped letter
        i = rng.randint(1, len(name) - 2)
        return name[:i] + name[i + 1:]
    i = rng.randint(2, len(name) - 1)  # a doubled letter
    return name[:i] + name[i - 1] + name[i:]


def name_variant(text: str, rng: random.Random) -> list[Site]:
    """One occurrence of a name used three times or more, spelt another way ('Blayr', 'Suthampton')."""
    out = []
    for name in _names(text, 3):
        variant = _variant(name, rng)
        if variant and variant != name:
            out += [(m.start(), m.end(), variant) for m in _occurrences(text, name)]
    return out


def broken_name(text: str, rng: random.Random) -> list[Site]:
    """'Gorbachev' -> 'Gorb. Achev' in one of its occurrences."""
    out = []
    for name in _names(text, 2):
        if len(name) >= 7:
            i = len(name) // 2
            out += [(m.start(), m.end(), name[:i] + ". " + name[i].upper() + name[i + 1:]) for m in _occurrences(text, name)]
    return out


# -- punctuation and quotes ---------------------------------------------------------

def punctuation(text: str, rng: random.Random) -> list[Site]:
    """'said. The' -> 'said.The'; 'word, next' -> 'word ,next'; a stop doubled or spaced."""
    sites = [(m.start(), m.end(), ".") for m in re.finditer(r"(?<=[a-z]{3})\. (?=[A-Z][a-z]{2})", text)]
    sites += [(m.start(), m.end(), " ,") for m in re.finditer(r"(?<=[a-z]{2}), (?=[a-z]{2})", text)]
    sites += [(m.start(), m.end(), " .") for m in re.finditer(r"(?<=[a-z]{3})\.(?= [A-Z])", text)]
    sites += [(m.start(), m.end(), ". ,") for m in re.finditer(r"(?<=[a-z]{3}),(?= [a-z])", text)][::3]
    return sites


def whitespace(text: str, rng: random.Random) -> list[Site]:
    """A doubled space, a non-breaking space, a Windows line ending: page conversion debris."""
    sites = [(m.start(), m.end(), rng.choice(["  ", "\u00a0", " \t"])) for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", text)]
    return sites + [(m.start(), m.end(), "\r\n\r\n") for m in re.finditer(r"\n\n", text)]


def invisible(text: str, rng: random.Random) -> list[Site]:
    """A zero-width space or a soft hyphen inside or after a word, invisible on the page."""
    return [(m.end(), m.end(), rng.choice(["\u200b", "\u00ad", "\ufeff"])) for m in re.finditer(r"[a-z]{3}(?=[ ,.])", text)]


def quotes(text: str, rng: random.Random) -> list[Site]:
    """'," he said' -> ', "he said'; a TeX quotation; a doubled closing quote."""
    sites = [(m.start(2), m.end(2), ' "') for m in re.finditer(r'([,.?!])(" )(?=[a-z])', text)]
    for m in re.finditer(r'"([^"\n]{5,200})"', text):
        sites.append((m.start(), m.end(), "``" + m.group(1) + "''") if rng.random() < 0.5
                     else (m.end() - 1, m.end(), '" "'))
    return sites


# -- leftovers, encoding, doubled words ---------------------------------------------

LEFTOVERS = [
    "Share this:", "Facebook | Twitter | WhatsApp", "Related Articles", "READ ALSO: Markets close higher as oil eases",
    "Home > World > Asia", "Tags: economy, markets, politics", "Copyright © 2024 Example Media. All rights reserved.",
    "ADVERTISEMENT", "Source: https://www.example.com/news/12345", "12 Comments", "Follow us on Google News",
    "Photo: Reuters", "Editor: Wang Lin", "Leave a Comment", "Next Post: Council approves new budget",
]


def leftover(text: str, rng: random.Random) -> list[Site]:
    """A scraper leftover line between paragraphs or at the end; an agency tag glued to a sentence."""
    sites = [(m.start(), m.start(), "\n\n" + rng.choice(LEFTOVERS)) for m in re.finditer(r"\n\n", text)]
    sites.append((len(text), len(text), "\n\n" + rng.choice(LEFTOVERS)))
    sites += [(m.end(), m.end(), rng.choice(["-Thai News Agency", " (Xinhua)", " - Bernama", "-ALSHARQIYA"]))
              for m in re.finditer(r"(?<=[a-z]{3})\.(?=\n\n|$)", text)][:2]
    return sites


def mojibake(text: str, rng: random.Random) -> list[Site]:
    """A non-ASCII character (£, é, ’) decoded as Windows-1252."""
    out = []
    for m in re.finditer(r"[^\x00-\x7f]", text):
        try:
            bad = m.group(0).encode("utf-8").decode("cp1252")
        except UnicodeDecodeError:
            continue
        out.append((m.start(), m.end(), bad))
    return out


def doubled_word(text: str, rng: random.Random) -> list[Site]:
    return [(m.end(), m.end(), m.group(1) + " ") for m in re.finditer(r"(?<= )(the|of|to|in|a) (?=[a-z])", text)]


#: class -> finders; a class is what an editor sees (the development set's classes)
CLASSES: dict[str, list[Finder]] = {
    "leftover": [leftover],
    "punctuation": [punctuation, mojibake, whitespace, invisible],
    "quote": [quotes],
    "name": [name_variant, broken_name],
    "proper_noun_case": [lowercase_name],
    "stray_capital": [stray_capital],
    "lost_capital": [lost_capital, paragraph_start],
    "spurious_stop": [spurious_stop],
    "lost_boundary": [lost_boundary],
    "fragment": [fragment],
    "final_stop": [lost_final_stop],
    "broken_paragraph": [broken_paragraph],
    "doubled_word": [doubled_word],
}
INJECTORS: dict[str, Finder] = {f.__name__: f for fs in CLASSES.values() for f in fs}


def inject(text: str, rng: random.Random, n: int = 4, classes: list[str] | None = None,
           adjacent: float = 0.3) -> tuple[str, list[Artifact]]:
    """Up to ``n`` artifacts of the given classes (all by default) at non-overlapping sites;
    with probability ``adjacent`` the next one goes right after the previous one."""
    pool = [(c, f) for c in (classes or list(CLASSES)) for f in CLASSES[c]]
    chosen: list[tuple[str, str, Site]] = []
    taken: list[tuple[int, int]] = []
    for _ in range(n * 4):
        if len(chosen) >= n:
            break
        cls, finder = rng.choice(pool)
        sites = [s for s in finder(text, rng) if not any(s[0] < e and b < s[1] or s[0] == b == s[1] or
                                                         (s[0] == s[1] and b < s[0] < e) for b, e in taken)]
        if not sites:
            continue
        if chosen and rng.random() < adjacent:  # next to the last artifact, if there is a site there
            last = chosen[-1][2]
            near = [s for s in sites if abs(s[0] - last[1]) <= 12 or abs(last[0] - s[1]) <= 12]
            sites = near or sites
        site = rng.choice(sites)
        chosen.append((cls, finder.__name__, site))
        taken.append((site[0], site[1]))
    return apply_sites(text, chosen)


def apply_sites(text: str, chosen: list[tuple[str, str, Site]]) -> tuple[str, list[Artifact]]:
    pieces, arts, pos, shift = [], [], 0, 0
    for cls, kind, (s, e, new) in sorted(chosen, key=lambda c: (c[2][0], c[2][1])):
        pieces += [text[pos:s], new]
        arts.append(Artifact(cls, kind, s + shift, s + shift + len(new), text[s:e]))
        shift += len(new) - (e - s)
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces), arts


def damage(cls: str, body: str, name: str, seed: object = 1, n: int = 1) -> tuple[str, list[Artifact]] | None:
    """``n`` artifacts of one class in ``body``, the same for the same (seed, name, class) in
    every benchmark; None when the article offers no place for it."""
    damaged, arts = inject(body, random.Random(f"{seed}:{name}:{cls}"), n, [cls], adjacent=0.0)
    return (damaged, arts) if arts else None
