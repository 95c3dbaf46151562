"""One name in two transliterations that differ by more than one letter (``Manjoo`` beside
``Manju`` twice, ``Juntz`` beside ``Junts``, ``Wangmou`` beside ``Wang Mou``), and a long name
that lost its last letters in one sentence (``Fial's government`` beside ``Petr Fiala`` three
times).

MT romanises a name anew in each sentence, so one article may spell it with ``oo`` and ``u``,
``kh`` and ``h``, ``ts`` and ``tz``, a hyphen or a space inside it.  ``names.py`` pairs spellings
one letter apart; here two spellings are one name when they agree once the correspondences of
``document.translit_equivalents`` (rules data) are undone, accents dropped and doubled letters
single.  The spelling the article uses most wins; on a tie the one English knows (wordfreq, the
gazetteer, Faker's name lists), else the one it wrote first.  Applied when the winner is used at
least twice and twice as often, or English knows only the winner; else offered.  A cut name is
only offered (one real text so far)."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change
from .lower_names import name_lists

# a capitalised word, hyphenated or not ('Manju', 'Min-joon', 'Sánchez'), and two of them side by side
_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u017f]+(?:-[A-Za-z][a-z]+)?"
# the capital first, the look-behind at it after: the engine skips from capital to capital instead of
# trying the look-behind at every offset (the same matches in half the time)
_CAPITAL = r"[A-Z\u00c0-\u00de]"  # the first letter of _WORD
_TOKEN = re.compile(  # not a word an HTML entity cut ('Bernab&#233;u')
    rf"{_CAPITAL}(?<![\w’'&#;-]{_CAPITAL}){_WORD[len(_CAPITAL):]}(?![\w&-])")
_PAIR = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]+) (?=([A-Z][a-z]+)(?![\w-]))")


def _plain(word: str) -> str:
    """The word in lower case without its accents: ``Théâtre`` -> ``theatre``."""
    return lexicon.unaccented(word).lower()


def _skeleton(word: str, subs: tuple[tuple[str, str], ...]) -> str:
    """The name with accents, hyphens, spaces and doubled letters gone and each listed
    correspondence undone: ``Min-joon`` and ``Minjun`` -> ``minjun``."""
    s = _plain(word).replace("-", "").replace(" ", "")
    for a, b in subs:
        s = s.replace(a, b)
    return _DOUBLED.sub(r"\1", s)


_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=8)
def _skeletons(subs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The skeletons already made with ``subs``: an article's names recur in the next one
    ('Blair', 'Labour'), and each skeleton is a dozen string passes."""
    return {}


def _skeleton_of(word: str, subs: tuple[tuple[str, str], ...], memo: dict[str, str]) -> str:
    """:func:`_skeleton`, remembered in ``memo`` (bounded: cleared when full)."""
    got = memo.get(word)
    if got is None:
        if len(memo) >= 1 << 16:
            memo.clear()
        got = memo[word] = _skeleton(word, subs)
    return got


def _known(word: str) -> bool:
    """English knows the spelling as a name: news capitalises it, the gazetteer or Faker lists it."""
    given, family = name_lists()
    ratio = lexicon.capital_ratio(word) if " " not in word else None
    return (word in given or word in family or lexicon.is_place(word)
            or (ratio is not None and ratio >= 0.5 and lexicon.zipf(word) >= 1.5))


def _unknown(word: str) -> bool:
    """A spelling English has (almost) never seen, as a name or a word."""
    return not _known(word) and all(lexicon.zipf(p) < 0.5 for p in word.split())


def _occurrences(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each capitalised word, and each two capitalised words written as one elsewhere
    ('Wang Mou' beside 'Wangmou'), stands."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _TOKEN.finditer(text):
        found[m.group()].append((m.start(), m.end()))
    if " " in text:
        for m in _PAIR.finditer(text):
            joined = m.group(1) + m.group(2).lower()
            if joined in found and not (lexicon.zipf(joined) >= 1.0 and lexicon.is_common_word(m.group(1).lower())
                                        and lexicon.is_common_word(m.group(2).lower())):  # not 'German Wings'
                found[f"{m.group(1)} {m.group(2)}"].append((m.start(), m.end() + len(m.group(2))))
    return found


def _neighbours(text: str, spans: list[tuple[int, int]], titles: frozenset[str]) -> set[str]:
    """The capitalised words just before and after a spelling ('Adam' of 'Adam Clayton'), titles aside."""
    out = set()
    for s, e in spans:
        before = re.search(r"([A-Z][\w’'-]*) $", text[max(0, s - 30):s])
        after = re.match(r" ([A-Z][\w’'-]*)", text[e:e + 30])
        out.update(m.group(1) for m in (before, after) if m and m.group(1) not in titles)
    return out


def _two_people(form: str, best: str, near_f: set[str], near_best: set[str], close: bool) -> bool:
    """Each spelling stands beside other names ('Kelly Holmes', 'Kelli Smith'), or one stands beside
    a name the other never has and both are names English knows ('Philip Neville' beside 'Filip')
    or, when both are written twice or more and neither twice as often (``close``), has seen
    ('Yusuf Pathan' twice beside 'Yousuf' twice; not 'Mr Barot' once beside 'Jacques Barrot'):
    two people, not one name."""
    if near_best and near_f and not near_best & near_f:
        return True
    if close:
        return near_f != near_best and not _unknown(form) and not _unknown(best)
    return near_f != near_best and _known(form) and _known(best)


def _winner(forms: list[str], found: dict[str, list[tuple[int, int]]]) -> tuple[str, bool]:
    """The spelling that wins and whether the evidence is weak (offered): used most, then
    known to English, then written first."""
    best = max(forms, key=lambda f: (len(found[f]), _known(f), -found[f][0][0]))
    n = len(found[best])
    strong = all(n >= 2 and n >= 2 * len(found[f]) or _known(best) and _unknown(f) for f in forms if f != best)
    return best, not strong


def _name_like(w: str) -> bool:
    """Not a dictionary word English uses ('Scot'; but 'Junts', hardly seen) nor one news writes in
    lower case ('Euro-Sceptic', 'Co-ordinating')."""
    joined = w.replace(" ", "").replace("-", "")
    caps, lows = lexicon.case_counts(joined)
    return not (lexicon.is_common_word(joined.lower()) and lexicon.zipf(joined) >= 1.5) and lows <= caps


def _groups(found: dict[str, list[tuple[int, int]]], subs: tuple[tuple[str, str], ...]) -> list[list[str]]:
    """Spellings that are one name once transliteration is undone, not words of the dictionary
    English uses ('Scot' beside 'Scott') nor spellings that differ only in case ('PayPal', 'Paypal')."""
    by_key: dict[str, list[str]] = defaultdict(list)
    memo = _skeletons(subs)
    for w in found:
        if len(w) >= 4:
            by_key[_skeleton_of(w, subs, memo)].append(w)
    from rapidfuzz.distance import Levenshtein

    out = []
    for forms in (f for f in by_key.values() if len(f) > 1):  # the word lists are asked about these only
        forms = [w for w in forms if _name_like(w)]
        if len({_plain(f) for f in forms}) < 2:
            continue  # case or accents only: casing and names.py weigh those ('Théâtre' beside 'Theatre')
        joined = {_plain(f).replace("-", "").replace(" ", "") for f in forms}
        if len(joined) == 1 and lexicon.zipf(joined.pop()) >= 1.5:
            continue  # a hyphen or a space in a word English knows: a house style ('Euro-Sceptic', 'Co-ordinating')
        # two names English knows one letter apart ('Loyd', 'Lloyd') may be two people: names.py weighs them
        if len(forms) == 2 and Levenshtein.distance(*forms) == 1 and all(_known(f) for f in forms):
            continue
        out.append(forms)
    return out


def _dropped_ends(found: dict[str, list[tuple[int, int]]], derived: frozenset[str]) -> list[tuple[str, str]]:
    """(cut, whole): a spelling English has never seen that is a name used at least twice, and more
    often, without its last one or two letters ('Fial' beside 'Fiala'); not when the letters are an
    ending of ``derived`` (a people's word or a plural: 'Russia' beside 'Russian')."""
    longer: dict[str, list[str]] = defaultdict(list)  # each spelling without its last one or two letters: one pass
    for w in found:
        if len(found[w]) >= 2 and " " not in w:
            for tail in (w[-1:], w[-2:]):
                if tail not in derived and len(w) - len(tail) >= 4:
                    longer[w[:-len(tail)]].append(w)
    out = []
    for cut in found:
        wholes = [w for w in longer.get(cut, ()) if len(found[w]) > len(found[cut])]
        if not wholes or not _unknown(cut) or lexicon.is_common_word(cut.lower()):
            continue
        out += [(cut, whole) for whole in wholes if not lexicon.is_common_word(whole.lower())]
    return out


def _offered_groups(found: dict[str, list[tuple[int, int]]], subs: tuple[tuple[str, str], ...], ctx: Context,
                    groups: list[list[str]]) -> list[tuple[list[str], bool]]:
    """The groups the correspondences of ``document.translit_offers`` add (undone before the others:
    ``Yevgeny``/``Evgeny``, ``Koehler``/``Köhler``, ``Kouno``/``Kono``), each offered: conventions of
    romanisation no real text in the look sets shows MT mixing yet (bench/name_inventory.py)."""
    extra = tuple(tuple(x) for x in ctx.rules.data.get("document.translit_offers", ()) if len(x) == 2)
    if not extra:
        return []
    taken = {f for g in groups for f in g}
    return [(g, True) for g in _groups(found, extra + subs) if not taken & set(g)]


def translit_variants(doc: Doc, ctx: Context, taken: list[Change]) -> list[Change]:
    """Changes for the spellings of :func:`_groups` and :func:`_dropped_ends`, none where
    ``taken`` (the other name rules' changes) already changes a spelling of the name."""
    text = doc.text
    translit = ctx.rule("document.name_variant.transliteration") is not None
    dropped = ctx.rule("document.name_variant.dropped_end") is not None
    if not (translit or dropped):
        return []
    found = _occurrences(text)
    touched = {text[c.start:c.end] for c in taken} | {c.after for c in taken}
    subs = tuple(tuple(x) for x in ctx.rules.data.get("document.translit_equivalents", ()) if len(x) == 2)
    titles = ctx.words("words.name_titles")
    plan: list[tuple[str, str, str, bool]] = []  # (spelling, winner, rule, doubt)
    groups = [(g, False) for g in _groups(found, subs)] if translit else []
    groups += _offered_groups(found, subs, ctx, [g for g, _ in groups]) if translit else []
    for forms, offered in groups:
        if any(f in touched or f.split()[0] in touched for f in forms):
            continue
        best, doubt = _winner(forms, found)
        doubt = doubt or offered
        if doubt and any(" " in f for f in forms):
            continue  # 'Wang Mou' once, 'Wangmou' once: document.broken_name offers the joined one
        near_best = _neighbours(text, found[best], titles)
        for f in (f for f in forms if f != best):
            close = doubt and len(found[f]) >= 2
            if not _two_people(f, best, _neighbours(text, found[f], titles), near_best, close):
                plan.append((f, best, "document.name_variant.transliteration", doubt))
    for cut, whole in _dropped_ends(found, ctx.words("document.name_derived_ends")) if dropped else ():
        if cut not in touched and whole not in touched:
            plan.append((cut, whole, "document.name_variant.dropped_end", False))
    out = []
    for form, best, rule, doubt in plan:
        for s, e in found[form]:
            if not any(c.start < e and s < c.end for c in taken):
                ch = ctx.change(s, e, best, rule, doubt=doubt)
                if ch:
                    out.append(ch)
    return out
