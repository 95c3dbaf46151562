"""One name spelled two ways in a document: a transliteration variant or a slip
(``Zelenski`` beside ``Zelensky``, ``Chaevz`` beside ``Chavez``), two romanisations a
source-language pack lists, a hyphenated given name written three ways."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from functools import cache, lru_cache

from . import lexicon
from .doc import Context, Doc
from .edits import Change, disjoint
from .foreign_lines import foreign_line
from .given_variants import given_variants
from .listed_spellings import listed_spellings, may_win, prefer_listed
from .lower_names import name_lists
from .name_first_use import introduced_first
from .name_merges import settle
from .name_particles import particle_variants
from .name_translit import translit_variants
from .name_words import given_names, person_not_place, vietnamese
from .name_words import names as _names
from .near_spellings import near_spellings
from .rules import RuleSet
from .surname_variants import surname_variants
from .variant_evidence import same_given, same_person, step_confidence, transliteration_variant

# "\b[A-Z]" written as the capital first and the boundary after it: the scan skips to capitals
_FIRST_AND_NAME = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+) ([A-Z][a-z]{2,})(?![\w-])")


def _first_names(text: str, titles: frozenset[str]) -> dict[str, set[str]]:
    """The words written before each capitalised word: 'Adam Clayton' -> {'Clayton': {'Adam'}}."""
    firsts: dict[str, set[str]] = {}
    for m in _FIRST_AND_NAME.finditer(text):
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

    # two letters swapped count as one slip ('Chaevz') only in a spelling English has never seen, or
    # seen some 300 times less often ('Llyod' beside 'Lloyd'): Kirsten and Kristen, Carol and Carlo are two people
    z_rare = lexicon.zipf(rare)
    swap_ok = z_rare < 0.5 or z_rare < 2.0 and lexicon.zipf(common) - z_rare >= 2.5
    if _usual_spelling(rare, common, counts[rare] == 1) and counts[common] >= counts[rare]:
        return (OSA if swap_ok else Levenshtein).distance(rare, common, score_cutoff=1) == 1
    if len(rare) < 5 and not (lexicon.zipf(rare) == 0 and counts[common] >= 3 * counts[rare]):
        return False  # four letters: only a spelling English has never seen ('Sctt' beside 'Scott', 'Rsti' beside Rasti x3)
    if counts[common] < 2 * counts[rare] or counts[common] < (2 if len(rare) > 5 else 3):
        return False

    d = (OSA if swap_ok else Levenshtein).distance(rare, common, score_cutoff=2)
    # two letters apart in long words, unless English writes both often ('Christian', 'Christmas')
    return d == 1 or (d == 2 and min(len(rare), len(common)) >= 9 and min(z_rare, lexicon.zipf(common)) < 3.0)


def _capitalised_word(n: str, lower: Callable[[], set[str]]) -> bool:
    """A word news capitalises, or one English text has (almost) never seen that the article
    never writes in lower case (a town, 'Vacoas', that a dictionary also lists); not a word with
    a frequency but no case record ('Hassel' beside the name 'Hassell')."""
    ratio = lexicon.capital_ratio(n)
    if ratio is not None:
        return ratio >= 0.5
    return lexicon.zipf(n) < 1.0 and n.lower() not in lower()


def _usual_spelling(rare: str, common: str, once: bool = True) -> bool:
    """English text (wordfreq) knows ``common`` as a name news capitalises and has never seen
    ``rare`` ('Khodorkovky'), or seen it hundreds of times less often ('Sudi' beside 'Saudi')."""
    ratio = lexicon.capital_ratio(common)
    z_rare, z_common = lexicon.zipf(rare), lexicon.zipf(common)
    given, family = name_lists()
    if (once and (common in given or common in family) and rare not in given and rare not in family
            and z_rare < 1.5 and not lexicon.is_common_word(rare.lower())):
        return True  # 'Ariano' beside 'Adriano': Faker's name lists know one spelling, English neither
    if ratio is None:  # a name too rare for our case counts ('Guirgis', 'Denizli', 'Cathay') that English
        # has seen, beside a spelling it has not, used once (three times is a name of its own: 'Cu Lao Gieng')
        return (once and len(rare) >= 5 and z_rare < 0.5 and z_common >= 1.0
                and not lexicon.is_common_word(common.lower()))
    if ratio < 0.5:
        return False
    return (z_rare < 0.5 and z_common >= 1.5) or (z_rare < 2.0 and z_common - z_rare >= 2.5)


def _spelling_targets(text: str, counts: Counter, first: dict[str, int], current: dict[str, str],
                      ctx: Context) -> tuple[dict[str, tuple[str, bool]], dict[str, str]]:
    """Each spelling to change by spelling alone, with the one it finally becomes and whether
    that is in doubt (two known names one letter apart may be two people), settled on the counts
    the merges produce (:func:`settle`); and the spellings turned round to the one the article
    introduced (offered)."""
    firsts = _first_names(text, ctx.words("words.name_titles"))
    given = given_names(text, firsts)  # the words written before a person's surname
    # by spelling alone, ASCII names only (Québec beside Quebec is a house style); with diacritics,
    # the pairs a source-language pack lists (Erdoğan/Erdogan) below
    names = [n for n in counts if (len(n) >= 5 or len(n) == 4 and lexicon.zipf(n) == 0) and n.isascii()
             and not lexicon.is_common_word(n)]
    by_initial: dict[str, list[str]] = defaultdict(list)
    named = set(names)
    lower = cache(lambda: set(re.findall(r"\b[a-z]+\b", text)))  # the article's lower-case words, once if asked
    for n in counts:  # the spelling that wins may be a word news capitalises ('Blair' beside 'Blayr')
        if n in named or (len(n) >= 4 and n.isascii() and _capitalised_word(n, lower)):
            by_initial[n[0]].append(n)
    swaps = tuple(tuple(x) for x in ctx.rules.data.get(f"{ctx.language}.letter_swaps", ()) if len(x) == 2)
    near = near_spellings(names, [n for group in by_initial.values() for n in group])

    def pick(rare: str, counts: Counter, gone: Collection[str]) -> tuple[str, bool] | None:
        best = None
        for common in near.get(rare, ()):
            if common in gone or not _variant_pair(rare, common, counts):
                continue
            # transliteration variants (Zelenski/Zelensky, Zelenskyy, Shoygu) are fixed;
            # any other one-letter difference may be two people (Clayton, Clapton): offered
            a, b = firsts.get(rare, set()), firsts.get(common, set())
            if a and b and not a & b:
                continue  # Adam Clayton and Eric Clapton: two people
            if person_not_place(rare, common, firsts, given):
                continue  # Danny Jordaan beside the King of Jordan, Georgiy Gongadze beside Georgia's
            # a spelling English does not know (zipf 0) is a slip; two known names may be two people
            # unless English knows one spelling some 300 times better ('Lendon' beside 'London', 'Mihael')
            doubt = (not transliteration_variant(rare, common, swaps) and lexicon.zipf(rare) > 1.0
                     and lexicon.zipf(common) - lexicon.zipf(rare) < 2.5 and not same_given(a & b, rare, common))
            if best is None or counts[common] > counts[best[0]]:
                best = (common, doubt)
        return best

    applied = {d: (c := ctx.change(0, 0, "", "document.name_variant", doubt=d)) is not None and c.action == "fix"
               for d in (False, True)}
    # the old name of a place never wins (Kharkiv beside Kharkov x3), nor a spelling used less that the article introduced first
    target, turned = settle(names, near, counts, pick, first=first, firsts=firsts, current=current, applies=applied.get)
    # a pack's spelling wins (Aksener) in MT copy
    return prefer_listed(target, counts, listed_spellings(ctx.rules), may_win(ctx, text)), turned


def name_variants(doc: Doc, ctx: Context) -> list[Change]:
    """``Zelensky`` x3 and ``Zelenski`` x1: the dominant spelling wins."""
    text = doc.text
    counts: Counter = Counter()
    first: dict[str, int] = {}  # where each spelling is first written
    for m in _names(text):
        counts[m.group(1)] += 1
        first.setdefault(m.group(1), m.start())
    current = _current_names(counts, ctx)
    target, introduced = _spelling_targets(text, counts, first, current, ctx)
    # a pack's pair in an article of another language, unless the spelling rule already has it
    known = {w: v for w, v in _rare_pairs(counts, ctx).items() if w not in target}
    known.update(_known_variants(counts, ctx))
    official = _official_spellings(counts, ctx)
    accents, introduced_accented = introduced_first(
        {w: v for w, v in _accent_variants(counts, ctx).items() if w not in target and w not in known}, counts, text)
    introduced.update(introduced_accented)
    out = []
    # the names are read again only when one of their spellings is to change
    for m in _names(text) if current or known or official or target or accents or introduced else ():
        w = m.group(1)
        if w in current:
            ch = ctx.change(m.start(), m.end(), current[w],
                            "document.name_variant.current" + ("" if counts[current[w]] else "_convention"))
        elif w in known and same_person(text, m, known[w]):
            ch = ctx.change(m.start(), m.end(), known[w], "document.name_variant.known")
        elif w in official:
            ch = ctx.change(m.start(), m.end(), official[w], "document.name_variant.official")
        elif w in target:
            ch = ctx.change(m.start(), m.end(), target[w][0], "document.name_variant", doubt=target[w][1])
        elif w in accents:
            ch = ctx.change(m.start(), m.end(), accents[w][0], "document.name_variant.diacritics", doubt=accents[w][1]
                            or not (ctx.mt_like or same_person(text, m, accents[w][0], strict=True,
                                                                 openers=ctx.words("words.closed_class"))))
        elif w in introduced:
            ch = ctx.change(m.start(), m.end(), introduced[w], "document.name_variant.first_use",
                            confidence=step_confidence(w, introduced[w], ctx) if same_person(text, m, introduced[w]) else None)
        else:
            continue
        if ch and not foreign_line(text, m.start(), ctx.words("words.function_words")):  # a source-language
            out.append(ch)  # title keeps its own letters ('İzmir mitinginde', m_tr_gozcu_kilicdaroglu-izmir-rally)
    korean = _korean_names(doc, ctx)
    rest = [c for c in out + _hyphen_variants(doc, ctx) + particle_variants(doc, ctx) + given_variants(doc, ctx)
            + surname_variants(doc, ctx) if not any(k.start < c.end and c.start < k.end for k in korean)]
    return disjoint(korean + rest + translit_variants(doc, ctx, korean + rest))


def _known_variants(counts: Counter, ctx: Context) -> dict[str, str]:
    """Spellings of one name that a source-language pack lists (``["Prayut", "Prayuth"]``):
    when the article uses two of them, the more frequent wins (the first listed on a tie)."""
    out: dict[str, str] = {}
    if ctx.rule("document.name_variant.known") is None:
        return out  # its spellings are left to the rule by spelling alone
    for group in ctx.rules.data.get(f"{ctx.language}.name_variants", ()):
        out.update(_to_winner(group, counts))
    return out


def _to_winner(group: list[str] | tuple[str, ...], counts: Counter) -> dict[str, str]:
    """The spellings of a group the article uses, each to the one it uses most (the first
    listed on a tie); nothing when it uses fewer than two."""
    present = [g for g in group if counts[g]]
    if len(present) < 2:
        return {}
    best = max(present, key=lambda g: (counts[g], -group.index(g)))
    return {g: best for g in present if g != best}


def _rare_pairs(counts: Counter, ctx: Context) -> dict[str, str]:
    """:func:`_known_variants` for the groups of :func:`_rare_name_groups`, in any article."""
    out: dict[str, str] = {}
    if ctx.rule("document.name_variant.known") is None:
        return out
    for group in _rare_name_groups(ctx.rules):
        found = _to_winner(group, counts)
        if not any(g in out for g in (*found, *found.values())):  # a spelling another group took
            out.update(found)
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
    keeps the Russian form in the body while the headline has the English one).  An article that
    writes one listed place in its current name (``Druzhkivka``) writes the others so too
    (``Konstantinovka`` -> ``Kostiantynivka``): :func:`name_variants` emits those under ``.current_convention``."""
    if ctx.rule("document.name_variant.current") is None:
        return {}
    groups = ctx.rules.data.get("document.current_names", ())
    convention = ctx.rule("document.name_variant.current_convention") is not None and any(counts[g[0]] for g in groups)
    out: dict[str, str] = {}
    for group in groups:
        if counts[group[0]] or convention:
            out.update({g: group[0] for g in group[1:] if counts[g]})
    return out


def _accent_variants(counts: Counter, ctx: Context) -> dict[str, tuple[str, bool]]:
    """``Sánchez`` twice and ``Sanchez`` once: MT keeps the source's letters in some sentences
    and drops them in others.  The spelling the article uses most wins; on a tie the one with
    the source's letters, only offered (``doubt``): an editor may prefer the house style."""
    if ctx.rule("document.name_variant.diacritics") is None:
        return {}
    groups: dict[str, set[str]] = defaultdict(set)
    for w in counts:
        if not w.isascii():
            key = lexicon.unaccented(w)
            groups[key].update((w, key) if counts[key] else (w,))
    out: dict[str, tuple[str, bool]] = {}
    for key, forms in groups.items():
        ratio = lexicon.capital_ratio(key)
        if len(forms) < 2 or lexicon.is_common_word(key.lower()) or (ratio is not None and ratio < 0.5):
            continue  # "Théâtre" in a name beside "Theatre" the word ("Café", "Québec"): a house style
        best = max(forms, key=lambda f: (counts[f], not f.isascii(), f))
        tie = sum(1 for f in forms if counts[f] == counts[best]) > 1
        out.update({f: (best, tie or vietnamese(f) or vietnamese(best)) for f in forms if f != best})
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


_HYPHENATED = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]+)-([a-z]+)(?![\w-])")


_CAPITALISED_TOKEN = re.compile(r"[A-Z](?<![\w’'-][A-Z])[\w-]*")  # the capital, then its look-behind


def _forms_found(text: str, every: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Where each of ``every`` (one word, hyphenated, or two words) stands as whole words, the
    longer of two readings at one place first ('Sung Hoon' before 'Sung').  One scan of the
    capitalised words with set lookups: an alternation of thousands of forms is tried at every
    place of the text."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    after = 0
    for m in _CAPITALISED_TOKEN.finditer(text):
        if m.start() < after:
            continue
        nxt = _CAPITALISED_TOKEN.match(text, m.end() + 1) if text.startswith(" ", m.end()) else None
        if nxt and m.group() + " " + nxt.group() in every:
            found[m.group() + " " + nxt.group()].append((m.start(), nxt.end()))
            after = nxt.end()
        elif m.group() in every:
            found[m.group()].append((m.start(), m.end()))
    return found


def _hyphen_variants(doc: Doc, ctx: Context) -> list[Change]:
    """Korean given names written three ways: ``Sung-hoon`` / ``Sunghoon`` / ``Sung Hoon``."""
    text = doc.text
    pairs = {m.groups() for m in _HYPHENATED.finditer(text)}
    if not pairs:
        return []
    forms_of = {(a, b): (f"{a}-{b}", f"{a}{b}", f"{a} {b.capitalize()}", f"{a}-{b.capitalize()}") for a, b in pairs}
    found = _forms_found(text, {f for forms in forms_of.values() for f in forms})
    out: list[Change] = []
    for (a, b), forms in sorted(forms_of.items()):
        counts = {f: len(found[f]) for f in forms}
        best = max(counts, key=counts.get)
        if counts[best] < 2 or sum(1 for c in counts.values() if c == counts[best]) > 1:
            continue
        if lexicon.is_common_word(a + b):
            continue
        for f in forms:
            for start, end in found[f] if f != best else ():
                if re.match(r" [A-Z]", text[end:end + 2]):
                    continue  # "The Blu-Ray Association": part of a longer name
                ch = ctx.change(start, end, best, "document.name_variant")
                if ch:
                    out.append(ch)
    return out


# a Korean name in either order: 'Yoon Seok-yeol' (family name first) or 'Seok-Yeol Yoon'
_FAMILY_FIRST = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]+) ([A-Z][a-z]+-[A-Za-z][a-z]+)(?![\w-])")
_GIVEN_FIRST = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]+-[A-Za-z][a-z]+) ([A-Z][a-z]+)(?![\w-])")


def _korean_names(doc: Doc, ctx: Context) -> list[Change]:
    """One Korean person written two ways in an article: the given name in another romanisation
    (``Lee Jae-myung`` x4, ``Lee Jae-myeong`` x1; the ko pack's letter swaps), the family name in
    another (``Yun Seok-yeol`` beside ``Yoon``; ``ko.surnames``), the other order or case
    (``Seok-Yeol Yoon``).  The form the article uses most wins, family name first on a tie;
    applied when it is used at least twice and more often, else offered."""
    text = doc.text
    groups = ctx.rules.data.get("ko.surnames", ())
    if ctx.rule("document.name_variant.korean") is None or not groups or "-" not in text:
        return []
    family = {name: i for i, group in enumerate(groups) for name in group}
    seen = [(m.start(), m.end(), m.group(1), m.group(2), True) for m in _FAMILY_FIRST.finditer(text) if m.group(1) in family]
    seen += [(m.start(), m.end(), m.group(2), m.group(1), False) for m in _GIVEN_FIRST.finditer(text)
             if m.group(2) in family and not any(s < m.end() and m.start() < e for s, e, *_ in seen)]
    if len(seen) < 2:
        return []
    swaps = tuple(tuple(x) for x in ctx.rules.data.get("ko.letter_swaps", ()) if len(x) == 2)
    clusters: list[list[tuple]] = []
    exact: dict[tuple[int, str], list[tuple]] = {}  # (family group, given name): its cluster
    heads: dict[int, list[list[tuple]]] = {}  # a family group's clusters, compared by spelling
    for occ in sorted(seen):
        key = (family[occ[2]], occ[3].lower())
        cl = exact.get(key)
        if cl is None:  # at most 30 people of one family name are compared: linear in a long text
            cl = next((c for c in heads.get(key[0], ())[:30] if transliteration_variant(c[0][3].lower(), key[1], swaps)),
                      None)
            if cl is None:
                cl = []
                clusters.append(cl)
                heads.setdefault(key[0], []).append(cl)
            exact[key] = cl
        cl.append(occ)
    out: list[Change] = []
    for cl in clusters:
        forms = Counter(_korean_form(o) for o in cl)
        if len(forms) < 2:
            continue
        first = {}
        for i, o in enumerate(cl):
            first.setdefault(_korean_form(o), i)
        best = max(forms, key=lambda f: (forms[f], f.split()[0] in family, -first[f]))
        for o in cl:
            if _korean_form(o) != best:
                doubt = forms[best] < 2 or forms[best] <= forms[_korean_form(o)]
                ch = ctx.change(o[0], o[1], best, "document.name_variant.korean", doubt=doubt)
                if ch:
                    out.append(ch)
    return out


def _korean_form(occ: tuple) -> str:
    """The name as written: family name first or last."""
    _, _, surname, given, family_first = occ
    return f"{surname} {given}" if family_first else f"{given} {surname}"
