"""Document-level consistency: one name spelled two ways, a name broken by a full stop,
a proper noun left in lower case, a word written twice."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change, disjoint
from .rules import RuleSet

# a capitalised word, letters with diacritics too ("Erdoğan" beside "Erdogan", a pack's known pair)
_NAME = re.compile(r"(?<![\w’'-])([A-Z\u00c0-\u00de](?:[a-z\u00df-\u00ff\u0100-\u017f]){2,})(?![\w-])")


_SWAPS = {frozenset("iy"), frozenset("kc"), frozenset("sz"), frozenset("ie")}


def _transliteration_variant(a: str, b: str, swaps: tuple[tuple[str, str], ...] = ()) -> bool:
    """One substitution of letters transliterations disagree on, or a doubled letter; a
    source-language pack adds its own correspondences (Korean ``eo``/``u``, Thai ``t``/``th``)."""
    la, lb = a.lower(), b.lower()
    for x, y in swaps:
        for src, dst in ((x, y), (y, x)):
            i = la.find(src)
            while i != -1:
                if la[:i] + dst + la[i + len(src):] == lb:
                    return True
                i = la.find(src, i + 1)
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(la, lb) if x != y]
        return len(diff) == 1 and frozenset(diff[0]) in _SWAPS
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter for i in range(1, len(longer))
    )


def _first_names(text: str, titles: frozenset[str]) -> dict[str, set[str]]:
    """The words written before each capitalised word: 'Adam Clayton' -> {'Clayton': {'Adam'}}."""
    firsts: dict[str, set[str]] = {}
    for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})(?![\w-])", text):
        ratio = lexicon.capital_ratio(m.group(1))
        if m.group(1) not in titles and (ratio is None or ratio >= 0.5):  # not "Later Blayr said"
            firsts.setdefault(m.group(2), set()).add(m.group(1))
    return firsts


def _variant_pair(rare: str, common: str, counts: Counter) -> bool:
    """Could ``rare`` be a misspelling of ``common`` (used at least twice as often, or as often
    when English knows only ``common``: ``Suthampton`` beside ``Southampton``)?"""
    if rare == common:
        return False
    longer, shorter = (rare, common) if len(rare) > len(common) else (common, rare)
    if longer.startswith(shorter) and longer != shorter + shorter[-1]:
        return False  # Russia/Russian, Carson/Carsoni; but Zelensky/Zelenskyy is one name
    if rare.rstrip("s") == common.rstrip("s") or rare[:-1] == common[:-1] and rare[-1] in "sn":
        return False
    from rapidfuzz.distance import OSA, Levenshtein

    # two letters swapped count as one slip ('Chaevz') only in a spelling English has never seen:
    # Kirsten and Kristen, Carol and Carlo are two people
    swap_ok = lexicon.zipf(rare) < 0.5
    if _usual_spelling(rare, common) and counts[common] >= counts[rare]:
        return (OSA if swap_ok else Levenshtein).distance(rare, common, score_cutoff=1) == 1
    if len(rare) < 5:
        return False  # four letters: only a spelling English has never seen ('Sctt' beside 'Scott')
    if counts[common] < 2 * counts[rare] or counts[common] < (2 if len(rare) > 5 else 3):
        return False

    d = (OSA if swap_ok else Levenshtein).distance(rare, common, score_cutoff=2)
    return d == 1 or (d == 2 and min(len(rare), len(common)) >= 9)


def _usual_spelling(rare: str, common: str) -> bool:
    """English text (wordfreq) knows ``common`` as a name news capitalises and has never seen
    ``rare`` ('Khodorkovky'), or seen it hundreds of times less often ('Sudi' beside 'Saudi')."""
    ratio = lexicon.capital_ratio(common)
    if ratio is None or ratio < 0.5:
        return False
    z_rare, z_common = lexicon.zipf(rare), lexicon.zipf(common)
    return (z_rare < 0.5 and z_common >= 1.5) or (z_rare < 2.0 and z_common - z_rare >= 2.5)


def name_variants(doc: Doc, ctx: Context) -> list[Change]:
    """``Zelensky`` x3 and ``Zelenski`` x1: the dominant spelling wins."""
    text = doc.text
    counts = Counter(m.group(1) for m in _NAME.finditer(text))
    firsts = _first_names(text, ctx.words("words.name_titles"))
    # by spelling alone, ASCII names only (Québec beside Quebec is a house style); with diacritics,
    # the pairs a source-language pack lists (Erdoğan/Erdogan) below
    names = [n for n in counts if (len(n) >= 5 or len(n) == 4 and lexicon.zipf(n) == 0) and n.isascii()
             and not lexicon.is_common_word(n)]
    by_initial: dict[str, list[str]] = defaultdict(list)
    for n in counts:  # the spelling that wins may be a word news capitalises ('Blair' beside 'Blayr')
        if n in names or (len(n) >= 4 and n.isascii() and (lexicon.capital_ratio(n) or 0) >= 0.5):
            by_initial[n[0]].append(n)
    swaps = tuple(tuple(x) for x in ctx.rules.data.get(f"{ctx.language}.letter_swaps", ()) if len(x) == 2)
    target: dict[str, tuple[str, bool]] = {}
    for rare in names:
        for common in by_initial[rare[0]]:
            if abs(len(rare) - len(common)) > 2 or not _variant_pair(rare, common, counts):
                continue
            # transliteration variants (Zelenski/Zelensky, Zelenskyy, Shoygu) are fixed;
            # any other one-letter difference may be two people (Clayton, Clapton): offered
            a, b = firsts.get(rare, set()), firsts.get(common, set())
            if a and b and not a & b:
                continue  # Adam Clayton and Eric Clapton: two people
            # a spelling English does not know (zipf 0) is a slip; two known names may be two people
            doubt = not _transliteration_variant(rare, common, swaps) and lexicon.zipf(rare) > 1.0
            if rare not in target or counts[common] > counts[target[rare][0]]:
                target[rare] = (common, doubt)
    # a pack's pair in an article of another language, unless the spelling rule already has it
    known = {w: v for w, v in _rare_pairs(counts, ctx).items() if w not in target}
    known.update(_known_variants(counts, ctx))
    official = _official_spellings(counts, ctx)
    current = _current_names(counts, ctx)
    out = []
    for m in _NAME.finditer(text):
        w = m.group(1)
        if w in current:
            ch = ctx.change(m.start(), m.end(), current[w], "document.name_variant.current")
        elif w in known:
            ch = ctx.change(m.start(), m.end(), known[w], "document.name_variant.known")
        elif w in official:
            ch = ctx.change(m.start(), m.end(), official[w], "document.name_variant.official")
        elif w in target:
            ch = ctx.change(m.start(), m.end(), target[w][0], "document.name_variant", doubt=target[w][1])
        else:
            continue
        if ch:
            out.append(ch)
    return disjoint(out + _hyphen_variants(doc, ctx) + _particle_variants(doc, ctx))


def _known_variants(counts: Counter, ctx: Context) -> dict[str, str]:
    """Spellings of one name that a source-language pack lists (``["Prayut", "Prayuth"]``):
    when the article uses two of them, the more frequent wins (the first listed on a tie)."""
    out: dict[str, str] = {}
    if ctx.rule("document.name_variant.known") is None:
        return out  # its spellings are left to the rule by spelling alone
    for group in ctx.rules.data.get(f"{ctx.language}.name_variants", ()):
        present = [g for g in group if counts[g]]
        if len(present) < 2:
            continue
        best = max(present, key=lambda g: (counts[g], -group.index(g)))
        out.update({g: best for g in present if g != best})
    return out


def _rare_pairs(counts: Counter, ctx: Context) -> dict[str, str]:
    """:func:`_known_variants` for the groups of :func:`_rare_name_groups`, in any article."""
    out: dict[str, str] = {}
    if ctx.rule("document.name_variant.known") is None:
        return out
    for group in _rare_name_groups(ctx.rules):
        present = [g for g in group if counts[g]]
        if len(present) >= 2 and not any(g in out for g in present):
            best = max(present, key=lambda g: (counts[g], -group.index(g)))
            out.update({g: best for g in present if g != best})
    return out


@lru_cache(maxsize=8)
def _rare_name_groups(rules: RuleSet) -> tuple[tuple[str, ...], ...]:
    """The groups of every pack whose spellings are all rare in English and plain ASCII
    and long (``Konashenkov``/``Konashenko``): one person's name in any article, whatever its source
    language (a German text about a Russian general); not ``Mohammed``/``Muhammad`` (two people)."""
    return tuple(tuple(g) for key, groups in rules.data.items() if key.endswith(".name_variants")
                 for g in groups if all(x.isascii() and len(x) >= 8 and lexicon.zipf(x) < 2.5 for x in g))


def _current_names(counts: Counter, ctx: Context) -> dict[str, str]:
    """A place written in its current English name (``Kyiv``) and in the old one (``Kiev``) in
    one article: the current name wins, however often the old one is used (a Russian source
    keeps the Russian form in the body while the headline has the English one)."""
    if ctx.rule("document.name_variant.current") is None:
        return {}
    out: dict[str, str] = {}
    for group in ctx.rules.data.get("document.current_names", ()):
        if counts[group[0]]:
            out.update({g: group[0] for g in group[1:] if counts[g]})
    return out


def _official_spellings(counts: Counter, ctx: Context) -> dict[str, str]:
    """A public figure's own romanisation (``Chadchart Sittipunt``) for the one MT derives from
    the source script (``Chatchat Sitthiphan``, RTGS), when a source-language pack lists the pair
    and the article is in that language; English news writes the figure's own spelling."""
    if ctx.rule("document.name_variant.official") is None:
        return {}
    out: dict[str, str] = {}
    for group in ctx.rules.data.get(f"{ctx.language}.official_spellings", ()):
        out.update({g: group[0] for g in group[1:] if counts[g]})
    return out


_HYPHENATED = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)-([a-z]+)(?![\w-])")


def _hyphen_variants(doc: Doc, ctx: Context) -> list[Change]:
    """Korean given names written three ways: ``Sung-hoon`` / ``Sunghoon`` / ``Sung Hoon``."""
    text = doc.text
    pairs = {m.groups() for m in _HYPHENATED.finditer(text)}
    if not pairs:
        return []
    forms_of = {(a, b): (f"{a}-{b}", f"{a}{b}", f"{a} {b.capitalize()}", f"{a}-{b.capitalize()}") for a, b in pairs}
    every = sorted({f for forms in forms_of.values() for f in forms}, key=len, reverse=True)
    found: dict[str, list[re.Match]] = defaultdict(list)
    for m in re.finditer(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, every)) + r")(?![\w-])", text):
        found[m.group(0)].append(m)  # one scan for every form of every name
    out: list[Change] = []
    for (a, b), forms in sorted(forms_of.items()):
        counts = {f: len(found[f]) for f in forms}
        best = max(counts, key=counts.get)
        if counts[best] < 2 or sum(1 for c in counts.values() if c == counts[best]) > 1:
            continue
        if lexicon.is_common_word(a + b):
            continue
        for f in forms:
            for m in found[f] if f != best else ():
                if re.match(r" [A-Z]", text[m.end():m.end() + 2]):
                    continue  # "The Blu-Ray Association": part of a longer name
                ch = ctx.change(m.start(), m.end(), best, "document.name_variant")
                if ch:
                    out.append(ch)
    return out


# 'Hisham al-Hashemi' / 'Tulul Al-Baj': the Arabic article inside a name, after a capitalised word
_PARTICLE = re.compile(r"(?<![\w’'-])(?!(?:The|An?|In|Of|On|At|By|For|From|To|With|And|But|That|This)\b)[A-Z][a-z]+ "
                       r"([Aa]l|[Ee]l)-([A-Z][a-z]{2,})(?![\w-])")


def _particle_variants(doc: Doc, ctx: Context) -> list[Change]:
    """``Hisham Al-Hashemi`` then ``Hisham al-Hashemi``: the article writes the particle of one
    name in both cases (Arabic MT copies whatever each source sentence had).  The case it uses
    most wins, the first one on a tie; only a particle after a given name counts (not "Al-Assad said")."""
    if ctx.rule("document.name_variant.particle") is None:
        return []
    text = doc.text
    seen: dict[tuple[str, str], list[re.Match]] = defaultdict(list)
    for m in _PARTICLE.finditer(text):
        seen[(m.group(1).lower(), m.group(2))].append(m)
    out: list[Change] = []
    for matches in seen.values():
        forms = Counter(m.group(1) for m in matches)
        if len(forms) < 2:
            continue
        first = matches[0].group(1)
        best = max(forms, key=lambda f: (forms[f], f == first))
        for m in matches:
            ch = m.group(1) != best and ctx.change(m.start(1), m.end(1), best, "document.name_variant.particle")
            if ch:
                out.append(ch)
    return out


# the second half in a lookahead, so "Mr Ken. Nedy" is tried at "Ken" after failing at "Mr"
_SPLIT_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(?=(\. | )([A-Z][a-z]+)(?![\w-]))")


def broken_names(doc: Doc, ctx: Context) -> list[Change]:
    """``Xi Jin. Ping`` -> ``Xi Jinping`` when the article writes ``Jinping`` elsewhere."""
    text = doc.text
    out = []
    words = Counter(re.findall(r"[A-Z][a-z]+", text))
    for m in _SPLIT_NAME.finditer(text):
        joined = m.group(1) + m.group(3).lower()
        if words.get(joined, 0) >= 1 and not lexicon.is_common_word(joined):
            end = m.end() + len(m.group(2)) + len(m.group(3))
            # "Xi Jin. Ping" is broken for sure; "Air Lines" next to "Airlines" may be the real name
            ch = ctx.change(m.start(), end, joined, "document.broken_name", doubt=m.group(2) != ". ")
            if ch:
                out.append(ch)
    return disjoint(out)


_CAPS = re.compile(r"(?<![\w’'-])[A-Z][a-z]{2,}(?![\w-])")
_LOWER3 = re.compile(r"(?<![\w’'-])([a-z]{3,})(?![\w-])")
_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|to|from|at|with|by|for|on|and|across|into|near)\s+$")


def _pair_written(text: str, m: re.Match, cap: str, bigrams: Counter) -> bool:
    """``Balfour beatty`` / ``gordon Brown``: the article writes the two-word name in full elsewhere."""
    prev = re.search(r"([A-Z][\w’'-]*) $", text[max(0, m.start() - 40):m.start()])
    nxt = re.match(r" ([A-Z][a-z]+)", text[m.end():m.end() + 40])
    return bool(prev and bigrams[(prev.group(1), cap)]) or bool(nxt and bigrams[(cap, nxt.group(1))])


def _proper_noun_confidence(text: str, m: re.Match, doc: Doc, ctx: Context, bigrams: Counter,
                            written: Counter) -> float | None:
    """How surely a lower-case word is a name the article (or news in general) capitalises."""
    w = m.group(1)
    cap = w[0].upper() + w[1:]
    case = doc.case
    if case.lows[w] > 1 or w in ctx.words("words.function_words"):
        return None  # written in lower case more than once: the article means the word
    if re.match(r"[’'][a-rt-z]", text[m.end():m.end() + 2]):
        return None  # "don't", "they'll": a contraction
    common = lexicon.is_common_word(w)
    caps_news, lows_news = lexicon.case_counts(w)
    if not common and caps_news >= 5 and lows_news * 20 <= caps_news and (written[cap] or lexicon.is_country(cap)):
        return 0.9  # 'britain', 'linux', 'everton': news (nearly) always capitalises them
    if len(w) >= 4 and _always_a_name(w, caps_news, lows_news, common) and w not in ctx.words("document.always_capitalized"):
        return 0.85  # 'microsoft', 'tories' once in an article: native news never writes them lower-case
    if not written[cap]:
        return None
    prev = re.search(r"([A-Z][\w’'-]*) $", text[max(0, m.start() - 40):m.start()])
    if prev and prev.group(1) in ctx.words("words.honorifics"):
        return 0.9  # "Mr clarke" where the article writes Clarke
    if _pair_written(text, m, cap, bigrams) and not common:
        return 0.9
    if not common and lexicon.zipf(w) < 3.5 and case.caps[cap] >= 1:
        # "said wenger" where the article writes Wenger in mid-sentence: not an English word
        return 0.85 if case.caps[cap] >= 2 else 0.45
    need = 5 if common else 2  # 'china' is also a word: demand more
    if common and not _AFTER_PREPOSITION.search(text, max(0, m.start() - 12), m.start()):
        return None  # "his favourite apple": a common noun after a determiner or adjective
    if (case.alone[cap] >= need and case.caps[cap] >= need
            and not text[max(0, m.start() - 4):m.start()].lower().endswith(("the ", " a ", "an "))):
        return 0.8
    return None


_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w-])")


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) $")


def _given_name(text: str, m: re.Match, ctx: Context) -> float | None:
    """``said jacques Barrot``, ``Sen. Charles schumer``: a word native news always capitalises,
    not an English word, written beside a capitalised name (a first name before a surname,
    or a surname after a first name)."""
    w = m.group(1)
    if len(w) < 4 or not (_NAME_AFTER.match(text, m.end()) or _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 30),
                                                                                          m.start())):
        return None  # no capitalised word beside it
    if lexicon.is_common_word(w) or w in ctx.words("words.function_words"):
        return None
    ratio = lexicon.capital_ratio(w)
    if ratio is None or ratio < 0.9:
        return None
    nxt = _NAME_AFTER.match(text, m.end())
    if nxt and (lexicon.capital_ratio(nxt.group(1)) or 1.0) >= 0.5 and not _always_capital(nxt.group(1), ctx):
        return 0.85  # not 'chart bible British Hit Singles': a nationality is no surname
    prev = _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if (prev and (lexicon.capital_ratio(prev.group(1)) or 0.0) >= 0.9 and not _always_capital(prev.group(1), ctx)
            and w not in _lower_titles(ctx)):
        return 0.85  # not 'a senior Shia ayatollah': a title after an adjective is no surname
    return None


def _lower_titles(ctx: Context) -> frozenset[str]:
    return frozenset(t.lower() for t in ctx.words("words.name_titles"))


def _always_capital(word: str, ctx: Context) -> bool:
    """A day, month, nationality or language (``document.always_capitalized``)."""
    return word.lower() in ctx.words("document.always_capitalized")  # listed in lower case


def _always_a_name(w: str, caps_news: int, lows_news: int, common: bool) -> bool:
    """Native news capitalised the word every time it wrote it, often enough to tell: 20 times
    for a word no dictionary lists ('microsoft'; 'sims' and 'bros' at 10 are parts of names);
    50 for one it does ('tories'), unless English at large uses the word often ('turkey' the
    bird, 'china' the plates)."""
    if lows_news or caps_news < (50 if common else 20):
        return False
    return not common or (lexicon.zipf(w) < 4.0 and not lexicon.is_country(w[0].upper() + w[1:]))


def proper_noun_case(doc: Doc, ctx: Context) -> list[Change]:
    """``north of china`` -> ``China`` where the article capitalises the name on its own
    (not after 'the', not inside a longer name) often enough and never writes it lower-case;
    ``said wenger`` where the article writes ``Wenger``; ``britain`` which news always capitalises."""
    text = doc.text
    bigrams = Counter(re.findall(r"(?<![\w’'-])([A-Z][\w’'-]*) (?=([A-Z][a-z]{2,})(?![\w-]))", text))
    written = Counter(_CAPS.findall(text))
    out = []
    lows = doc.case.lows
    for m in _LOWER3.finditer(text):
        w = m.group(1)
        if lows[w] > 1:
            continue
        conf = _given_name(text, m, ctx)
        if conf is None:
            if w[0].upper() + w[1:] not in written and not lexicon.case_counts(w)[0]:
                continue
            conf = _proper_noun_confidence(text, m, doc, ctx, bigrams, written)
        if conf is not None and not _in_url_or_code(text, m.start()):
            ch = ctx.change(m.start(), m.start() + 1, m.group(1)[0].upper(), "document.proper_noun_case",
                            confidence=conf)
            if ch:
                out.append(ch)
    return out


_LOWER_RUN = re.compile(r"[a-z]{3,}")


def always_capitalized(doc: Doc, ctx: Context) -> list[Change]:
    """Days, months, nationalities and languages take a capital in English: ``on friday``."""
    text = doc.text
    table = {w.lower(): w for w in ctx.words("document.always_capitalized")}
    if not table:
        return []
    out = []
    # a listed word is a whole run of lower-case letters: a text with none is not walked word by word
    listed = not table.keys().isdisjoint(_LOWER_RUN.findall(text))
    for m in re.finditer(r"(?<![\w’'-])([a-z]{3,})(?=[’']s\b|(?![\w-]))", text) if listed else ():
        if m.group(1) in table and not _in_url_or_code(text, m.start()):
            ch = ctx.change(m.start(), m.start() + 1, m.group(1)[0].upper(), "document.always_capitalized")
            if ch:
                out.append(ch)
    for m in _DATED_MONTH.finditer(text):  # "on august 13", "13 may 2024": a date, not a word
        g = next(i for i in (1, 2, 3) if m.group(i))
        month, at = m.group(g), m.start(g)
        ch = ctx.change(at, at + 1, month[0].upper(), "document.always_capitalized")
        if ch:
            out.append(ch)
    return out


_DATED_MONTH = re.compile(r"(?<![\w’'-])(march|may|august)(?= \d{1,2}(?:st|nd|rd|th)?(?:[,.)]|\s+(?:and|to|at|in|on|"
                          r"when|after|before|that|this|last|\d{4})\b|$))|(?<=\b\d\d )(march|may|august)(?= \d{4}\b|[,.])"
                          r"|(?<=\b\d )(march|may|august)(?= \d{4}\b|[,.])")


def _in_url_or_code(text: str, pos: int) -> bool:
    m = re.search(r"\S*$", text[max(0, pos - 200):pos])
    token = (m.group(0) if m else "") + text[pos:pos + 200].split(" ", 1)[0].split("\n", 1)[0]
    return any(c in token for c in "/@#_") or token.startswith("www") or bool(re.search(r"\w\.[a-z]{2,}\b", token))


_DOUBLED = re.compile(r"(?<![\w’'-])([A-Za-z]+) \1(?![\w’'-])", re.I)


def doubled_words(doc: Doc, ctx: Context) -> list[Change]:
    """``the the`` -> ``the``; other doubled words are offered to the editor."""
    out = []
    safe = ctx.words("document.doubled_word_fix")
    allowed = ctx.words("document.doubled_word_allowed")
    for m in _DOUBLED.finditer(doc.text):
        first, second = m.group(0).split(" ")
        w = first.lower()
        if first != second and w != second or (first.isupper() and len(first) > 1 and not second.isupper()):
            continue  # "The the" is a slip; "that That", "what IS is doing" are not one word twice
        if w in allowed:
            continue
        ch = ctx.change(m.start(1) + len(first), m.end(), "", "document.doubled_word", doubt=w not in safe)
        if ch:
            out.append(ch)
    return out
