"""Document-level consistency: one name spelled two ways, a name broken by a full stop,
a proper noun left in lower case, a fragment written twice."""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon
from .edits import Change, disjoint
from .repair import _mid_sentence, case_evidence
from .rules import Context

_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-z]{2,})(?![\w-])")


_SWAPS = {frozenset("iy"), frozenset("kc"), frozenset("sz"), frozenset("ie")}


def _transliteration_variant(a: str, b: str) -> bool:
    """One substitution of letters transliterations disagree on, or a doubled letter."""
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a.lower(), b.lower()) if x != y]
        return len(diff) == 1 and frozenset(diff[0]) in _SWAPS
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter for i in range(1, len(longer))
    )


def name_variants(text: str, ctx: Context) -> list[Change]:
    """``Zelensky`` x3 and ``Zelenski`` x1: the dominant spelling wins."""
    from rapidfuzz.distance import Levenshtein

    counts = Counter(m.group(1) for m in _NAME.finditer(text))
    firsts: dict[str, set[str]] = {}
    titles = ctx.rules.words("name_titles")
    for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})(?![\w-])", text):
        if m.group(1) not in titles:
            firsts.setdefault(m.group(2), set()).add(m.group(1))
    names = [n for n in counts if len(n) >= 5 and not lexicon.is_common_word(n)]
    target: dict[str, tuple[str, str]] = {}
    for rare in names:
        for common in names:
            if rare == common or counts[common] < 2 * counts[rare] or counts[common] < (2 if len(rare) > 5 else 3):
                continue
            if rare[0] != common[0]:
                continue
            longer, shorter = (rare, common) if len(rare) > len(common) else (common, rare)
            if longer.startswith(shorter) and longer != shorter + shorter[-1]:
                continue  # Russia/Russian; but Zelensky/Zelenskyy is one name
            if rare.rstrip("s") == common.rstrip("s") or rare[:-1] == common[:-1] and rare[-1] in "sn":
                continue
            d = Levenshtein.distance(rare, common)
            if d == 1 or (d == 2 and min(len(rare), len(common)) >= 9):
                # transliteration variants (Zelenski/Zelensky, Zelenskyy, Shoygu) are fixed;
                # any other one-letter difference may be two people (Clayton, Clapton): offered
                a, b = firsts.get(rare, set()), firsts.get(common, set())
                if a and b and not a & b:
                    continue  # Adam Clayton and Eric Clapton: two people
                action = "fix" if _transliteration_variant(rare, common) else "suggest"
                if rare not in target or counts[common] > counts[target[rare][0]]:
                    target[rare] = (common, action)
    out = []
    for m in _NAME.finditer(text):
        if m.group(1) in target:
            common, action = target[m.group(1)]
            ch = ctx.change(m.start(), m.end(), common, "document.name_variant", action)
            if ch:
                out.append(ch)
    return disjoint(out + _hyphen_variants(text, ctx))


_HYPHENATED = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)-([a-z]+)(?![\w-])")


def _hyphen_variants(text: str, ctx: Context) -> list[Change]:
    """Korean given names written three ways: ``Sung-hoon`` / ``Sunghoon`` / ``Sung Hoon``."""
    out: list[Change] = []
    for a, b in {m.groups() for m in _HYPHENATED.finditer(text)}:
        forms = {f"{a}-{b}": 0, f"{a}{b}": 0, f"{a} {b.capitalize()}": 0, f"{a}-{b.capitalize()}": 0}
        found = {f: list(re.finditer(r"(?<![\w’'-])" + re.escape(f) + r"(?![\w-])", text)) for f in forms}
        counts = {f: len(v) for f, v in found.items()}
        best = max(counts, key=counts.get)
        if counts[best] < 2 or sum(1 for c in counts.values() if c == counts[best]) > 1:
            continue
        if lexicon.is_common_word(a + b):
            continue
        for f, ms in found.items():
            if f != best:
                for m in ms:
                    if re.match(r" [A-Z]", text[m.end():m.end() + 2]):
                        continue  # "The Blu-Ray Association": part of a longer name
                    ch = ctx.change(m.start(), m.end(), best, "document.name_variant")
                    if ch:
                        out.append(ch)
    return out


# the second half in a lookahead, so "Mr Ken. Nedy" is tried at "Ken" after failing at "Mr"
_SPLIT_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(?=(\. | )([A-Z][a-z]+)(?![\w-]))")


def broken_names(text: str, ctx: Context) -> list[Change]:
    """``Xi Jin. Ping`` -> ``Xi Jinping`` when the article writes ``Jinping`` elsewhere."""
    out = []
    words = Counter(re.findall(r"[A-Z][a-z]+", text))
    for m in _SPLIT_NAME.finditer(text):
        joined = m.group(1) + m.group(3).lower()
        if words.get(joined, 0) >= 1 and not lexicon.is_common_word(joined):
            end = m.end() + len(m.group(2)) + len(m.group(3))
            # "Xi Jin. Ping" is broken for sure; "Air Lines" next to "Airlines" may be the real name
            action = None if m.group(2) == ". " else "suggest"
            ch = ctx.change(m.start(), end, joined, "document.broken_name", action)
            if ch:
                out.append(ch)
    return disjoint(out)


_CAPS = re.compile(r"(?<![\w’'-])[A-Z][a-z]{2,}(?![\w-])")


def proper_noun_case(text: str, ctx: Context) -> list[Change]:
    """``north of china`` -> ``China`` where the article capitalises the name on its own
    (not after 'the', not inside a longer name) at least twice and never writes it lower-case."""
    caps, lows = case_evidence(text, ctx)
    alone: Counter = Counter()
    for m in re.finditer(r"(?<![\w’'-])([A-Z][a-z]{2,})(?![\w-])", text):
        if not _mid_sentence(text, m.start()):
            continue
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 2]
        if re.search(r"(?:\b[Tt]he|\b[A-Z][\w’'&-]*)(?: (?:of|and|for|on|&|de|la|du))* $", before) or re.match(r" [A-Z&]", after):
            continue  # "the Bank", "Mortgage Lenders", "Lenders Association": part of a longer name
        alone[m.group(1)] += 1
    honorifics = ctx.rules.words("honorifics")
    # two-word names the article writes in full: "Balfour Beatty", "France Telecom"
    pairs = Counter(re.findall(r"(?<![\w’'-])([A-Z][\w’'-]*) (?=([A-Z][a-z]{2,})(?![\w-]))", text))
    out = []
    capitalised = {w.lower() for w in _CAPS.findall(text)}
    for m in re.finditer(r"(?<![\w’'-])([a-z]{3,})(?![\w-])", text):
        w = m.group(1)
        if w not in capitalised or lows[w] > 1:
            continue
        cap = w[0].upper() + w[1:]
        prev = re.search(r"([A-Z][\w’'-]*) $", text[max(0, m.start() - 40):m.start()])
        honorific = bool(prev) and prev.group(1) in honorifics and (caps[cap] + alone[cap]) >= 1
        if honorific or (prev and prev.group(1).lower() not in ctx.rules.words("closed_class_words")
                         and not lexicon.is_common_word(w) and pairs[(prev.group(1), cap)] >= 1 and lows[w] == 1):
            ch = ctx.change(m.start(), m.start() + 1, w[0].upper(), "document.proper_noun_case")
            if ch:
                out.append(ch)
            continue
        common = lexicon.is_common_word(w)
        need = 5 if common else 1  # 'china' is also a word: demand more
        if common and not re.search(r"\b(?:of|in|to|from|at|with|by|for|on|and|across|into|near)\s+$",
                                    text[max(0, m.start() - 12):m.start()]):
            continue  # "his favourite apple": a common noun after a determiner or adjective
        if alone[cap] >= need and caps[cap] >= need and lows[w] == 1 and w not in ctx.rules.words("function_words"):
            if text[max(0, m.start() - 4):m.start()].lower().endswith(("the ", " a ", "an ")):
                continue
            ch = ctx.change(m.start(), m.start() + 1, w[0].upper(), "document.proper_noun_case")
            if ch:
                out.append(ch)
    return out


def always_capitalized(text: str, ctx: Context) -> list[Change]:
    """Days, months, nationalities and languages take a capital in English: ``on friday``."""
    table = {w.lower(): w for w in ctx.rules.words("always_capitalized")}
    if not table:
        return []
    out = []
    for m in re.finditer(r"(?<![\w’'-])([a-z]{3,})(?=[’']s\b|(?![\w-]))", text):
        if m.group(1) in table and not _in_url_or_code(text, m.start()):
            ch = ctx.change(m.start(), m.start() + 1, m.group(1)[0].upper(), "document.always_capitalized")
            if ch:
                out.append(ch)
    return out


def _in_url_or_code(text: str, pos: int) -> bool:
    s = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    token = text[s:text.find(" ", pos) if text.find(" ", pos) != -1 else len(text)]
    return any(c in token for c in "/@#_") or token.startswith("www")


_DUP_FRAGMENT = re.compile(r"\b((?:[A-Z]?[a-z]+ ){0,2}[A-Za-z]+)\. \1\)")
_DOUBLED = re.compile(r"(?<![\w’'-])([A-Za-z]+) \1(?![\w’'-])", re.I)


def duplicated_fragments(text: str, ctx: Context) -> list[Change]:
    """``International Studies. Studies) at`` -> ``International Studies at``; ``the the`` -> ``the``."""
    out = []
    for m in _DUP_FRAGMENT.finditer(text):
        # only when no bracket opened before it in the sentence
        para_start = text.rfind("\n", 0, m.start()) + 1
        if text.count("(", para_start, m.start()) > text.count(")", para_start, m.start()):
            continue
        ch = ctx.change(m.end(1), m.end(), "", "document.duplicated_fragment")
        if ch:
            out.append(ch)
    safe = ctx.rules.words("doubled_word_fix")
    for m in _DOUBLED.finditer(text):
        w = m.group(1).lower()
        if m.group(1) != m.group(0).split(" ")[1] and m.group(1).lower() != m.group(0).split(" ")[1]:
            continue
        action = "fix" if w in safe else "suggest"
        if w in ctx.rules.words("doubled_word_allowed"):
            continue
        ch = ctx.change(m.start(1) + len(m.group(1)), m.end(), "", "document.doubled_word", action)
        if ch:
            out.append(ch)
    return disjoint(out)


STEPS = [broken_names, name_variants, proper_noun_case, always_capitalized, duplicated_fragments]
