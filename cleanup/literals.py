"""Needles: literal strings a regex cannot match without.

A pattern's needles are a cheap test run before its scan: when none is in the text, the
pattern cannot match there and the scan is spared.  :func:`needles` reads a pattern's source
(lower-cased for patterns that ignore case, for :mod:`cleanup.language`'s signals);
:func:`required_literals` a compiled pattern, case kept (for the normalisation and phrase rules).
Both read the regex parser's tree; None means no usable set was found.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]


#: characters that re.IGNORECASE matches with a letter that str.lower() does not give
def _odd_folders() -> str:
    chars = set("\u0130\u0131\u017f\u212a\u212b\u0345\u03c2\u03d0\u03d1\u03d5\u03d6"
                "\u03f0\u03f1\u03f5\u1e9b\u1e9e\u1fbe\ufb05\ufb06\u00b5\u00df\u03a3")
    try:  # the pairs re.IGNORECASE adds beyond simple case mapping, as the re module lists them
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

        # the non-ASCII side of each pair: a text holding one is not lower-cased for needles,
        # and a needle holding one is not used ('i' stays usable: its partner 'ı' marks the text)
        pairs = {chr(c) for c in _EXTRA_CASES} | {chr(x) for v in _EXTRA_CASES.values() for x in v}
        chars |= {c for c in pairs if not c.isascii()}
    except ImportError:
        pass
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


FOLDS_ODDLY = re.compile(_odd_folders())


INLINE_I = re.compile(r"\(\?[a-zA-Z-]*i")  # an inline (?i) or (?i:...) anywhere: treated as ignoring case


@lru_cache(maxsize=512)
def pattern_screen(pattern: str) -> Screen | None:
    """The :func:`literal_screen` of a pattern's :func:`needles` (lower-cased), or None when it
    has none: worked out once per pattern (keyed by its source: a compiled pattern hashes its code)."""
    found = needles(pattern)
    return literal_screen(found) if found else None


def may_match(lower: str | None, screen: Screen | None) -> bool:
    """Can a pattern whose screen is ``screen`` (:func:`pattern_screen`) match in a text that,
    lower-cased, is ``lower``?  None for ``lower``: the text folds oddly (``FOLDS_ODDLY``), so
    lower-casing may hide a needle; it is not screened."""
    return lower is None or screen is None or any_in(lower, screen)


def needles(pattern: str, *, keep_case: bool = False) -> tuple[str, ...] | None:
    """Strings one of which is in every text the pattern matches in (lower-cased unless
    ``keep_case``), or None when no such set is found: a cheap test that spares the scan of
    most texts.

    >>> needles(r"\\b(?:Kim|Lee) [A-Z][a-z]+-[a-z]+\\b")
    ('kim ', 'lee ')
    >>> needles(r"\\b(?:Kim|Lee) [A-Z][a-z]+-[a-z]+\\b", keep_case=True)
    ('Kim ', 'Lee ')
    >>> needles(r"(?i)\\bcorona ?19\\b")
    ('corona',)
    """
    if keep_case and (INLINE_I.search(pattern) or re.compile(pattern).flags & re.IGNORECASE):
        keep_case = False  # a pattern that ignores case is matched by the text lower-cased
    try:
        found = _required(sre_parse.parse(pattern), keep_case)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply scanned
        return None
    if not found or not all(found) or (not keep_case and any(FOLDS_ODDLY.search(n) for n in found)):
        return None
    return tuple(sorted(found))


@lru_cache(maxsize=1024)
def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings, exactly as written, one of which is in every text a case-sensitive compiled
    ``pattern`` matches in (None for a pattern that ignores case, or when none is found): a
    text with none of them needs no scan.

    >>> required_literals(re.compile(r"(?<=\\w) \\.\\.(?![.\\w])"))
    (' ..',)
    >>> required_literals(re.compile(r"said", re.I)) is None
    True
    """
    if pattern.flags & re.IGNORECASE or INLINE_I.search(pattern.pattern):
        return None
    try:
        found = _required(sre_parse.parse(pattern.pattern, pattern.flags), True)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply scanned
        return None
    return tuple(sorted(found)) if found and all(found) else None


#: each compiled pattern's screen, by the pattern's identity (the pattern is held: its id stays its own)
_SCREENS: dict[int, tuple[re.Pattern[str], Screen | None]] = {}


def pattern_literal_screen(pattern: re.Pattern[str]) -> Screen | None:
    """The :func:`literal_screen` of :func:`required_literals`, or None: looked up by the pattern's
    identity, as stages ask once per document for each of a hundred patterns (a compiled pattern
    hashes its whole code, so an ``lru_cache`` keyed by it costs more than the screen saves)."""
    got = _SCREENS.get(id(pattern))
    if got is None or got[0] is not pattern:
        literals = required_literals(pattern)
        if len(_SCREENS) >= 4096:
            _SCREENS.clear()
        got = _SCREENS[id(pattern)] = (pattern, literal_screen(literals) if literals is not None else None)
    return got[1]


def opening_ranges(pattern: str) -> tuple[tuple[int, int], ...] | None:
    """The code point ranges of the class of characters beyond ASCII that opens every match
    of a case-sensitive ``pattern`` (``[\\u0600-\\u06ff]{2,}``: a script), or None: a text with
    none of those characters needs no scan, and one look at a text's rare characters answers
    for every such pattern.

    >>> opening_ranges("[\\u0400-\\u04ff]{2,}"), opening_ranges("[a-z\\u0400]"), opening_ranges("(?i)[è]")
    (((1024, 1279),), None, None)
    """
    try:
        items = list(sre_parse.parse(pattern))
        flags = re.compile(pattern).flags
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply scanned
        return None
    if flags & re.IGNORECASE or INLINE_I.search(pattern):
        return None
    items = [(op, av) for op, av in items if op is not sre.AT]
    if not items:
        return None
    op, av = items[0]
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1:
        op, av = list(av[2])[0]
    if op is not sre.IN:
        return None
    ranges = []
    for kind, value in av:
        if kind is sre.LITERAL:
            ranges.append((value, value))
        elif kind is sre.RANGE:
            ranges.append(value)
        else:
            return None  # a negated class, a category: not a small set of characters
    return tuple(ranges) if ranges and min(lo for lo, _ in ranges) >= 128 else None


#: a screen: (key, literals) pairs; a text holds one of the literals only if it holds a key
#: and one of that key's literals (none listed: the key is the literal itself)
Screen = tuple[tuple[str, tuple[str, ...]], ...]


@lru_cache(maxsize=1024)
def literal_screen(literals: tuple[str, ...]) -> Screen:
    """``literals`` grouped under shared substrings of at least three characters, so that a
    text is searched once per group rather than once per literal: the 64 literals of
    ``Cherkasy OVA`` .. ``Zhytomyr Ova`` under `` OVA`` and `` Ova``.  Greedy: the substring
    in the most literals not yet grouped (the longest on a tie) takes them.

    >>> literal_screen(("Kyiv OVA", "Lviv OVA", "Odesa OVA", "said."))
    ((' OVA', ('Kyiv OVA', 'Lviv OVA', 'Odesa OVA')), ('said.', ()))
    """
    left = sorted(set(literals))
    out: list[tuple[str, tuple[str, ...]]] = []
    while left:
        counts = Counter(sub for lit in left for sub in {lit[i:j] for i in range(len(lit))
                                                        for j in range(i + 3, len(lit) + 1)})
        key = max(sorted(counts), key=lambda k: (counts[k], len(k)), default=None)
        if key is None or counts[key] < 2:
            out += [(lit, ()) for lit in left]
            break
        out.append((key, tuple(lit for lit in left if key in lit)))
        left = [lit for lit in left if key not in lit]
    return tuple(out)


def any_in(text: str, screen: Screen) -> bool:
    """Is one of the literals :func:`literal_screen` grouped in ``text``?"""
    for key, group in screen:
        if key in text:
            if not group:
                return True
            for lit in group:
                if lit in text:
                    return True
    return False


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None:
        return a if b is None else b
    return a if _strength(a) >= _strength(b) else b


def _strength(found: frozenset[str]) -> tuple[int, bool, int]:
    """Longer needles first; on a tie, needles that are not a bare space, stop or comma (which
    every text has), then fewer needles: ``‘`` rather than ``. , ! ? ‘ …`` for ``(?<=\\w[.,!?…])‘``."""
    return min(map(len, found)), not any(n.isspace() or n in (".", ",") for n in found), -len(found)


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _required(items, keep_case: bool = False) -> frozenset[str] | None:
    """The best set of strings one of which every match of ``items`` contains.  Items that
    match a known, small set of strings (a letter, ``[,;]``, ``(?:on|from)``) are joined into
    the strings they form together, since they stand side by side in the text; ``\\b`` and
    anchors take no room and keep them side by side."""
    best: frozenset[str] | None = None
    cur: frozenset[str] | None = None  # strings one of which ends where the scan now is
    for op, av in list(items) + [(None, None)]:
        if op is sre.AT:
            continue
        found = _literal_set(op, av, keep_case)
        if found is not None:
            joined = _joined(cur, found)
            if joined is None:
                best, joined = _better(best, cur), found
            cur = joined
            continue
        if op in _REPEATS and av[0] >= 1 and (inner := _literal_items(av[2], keep_case)) is not None:
            best = _better(best, _joined(cur, inner) or cur)  # ' +\\.': ' .' is in the text
            cur = inner
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):  # takes no room: what ends here still ends here
            cur = _after_assert(op, av, cur, keep_case)
            if op is sre.ASSERT:
                ahead = _edge(av[1], keep_case, 0) if av[0] == 1 and cur else None
                best = _better(best, _joined(cur, ahead) if ahead else None)  # '” (?=[.,])': '” .'
                best = _better(best, _required(av[1], keep_case))
            continue
        best = _better(best, cur)
        cur = None
        if op is not None:
            best = _better(best, _required_one(op, av, keep_case))
            if op is sre.SUBPATTERN and not (keep_case and av[1] & sre.SRE_FLAG_IGNORECASE):
                cur = _edge(av[3], keep_case, -1)  # '([^\\W_][”"])': '”' or '"' ends here
    return best


def _after_assert(op, av, cur: frozenset[str] | None, keep_case: bool) -> frozenset[str] | None:
    """What ends at the scan's place after a zero-width assertion: what ended there before,
    else the strings a look-behind ends with ('(?<=[?!][”"])')."""
    if cur is None and op is sre.ASSERT and av[0] == -1:
        return _edge(av[1], keep_case, -1)
    return cur


def _edge(items, keep_case: bool, side: int) -> frozenset[str] | None:
    """The strings that open (``side`` 0) or close (-1) every match of ``items``: their
    leading or trailing run of known small sets joined, or None when it has none."""
    items = [(op, av) for op, av in items if op is not sre.AT]
    out: frozenset[str] | None = None
    for op, av in items if side == 0 else reversed(items):
        found = _literal_set(op, av, keep_case)
        joined = None if found is None else _joined(out, found) if side == 0 or out is None else _joined(found, out)
        if joined is None:
            break
        out = joined
    return out


_MAX_SET = 64  # strings in one set of needles, at most


def _joined(a: frozenset[str] | None, b: frozenset[str]) -> frozenset[str] | None:
    """Every string of ``a`` followed by every string of ``b`` (None when too many)."""
    if a is None:
        return b
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x in a for y in b)


def _literal_set(op, av, keep_case: bool) -> frozenset[str] | None:
    """The exact strings one regex item matches, when they are few and known; else None."""
    if op is sre.LITERAL:
        return frozenset([chr(av) if keep_case else chr(av).lower()])
    if op is sre.SUBPATTERN:
        if keep_case and av[1] & sre.SRE_FLAG_IGNORECASE:
            return None
        return _literal_items(av[3], keep_case)
    if op is sre.IN and len(av) <= 8 and all(o is sre.LITERAL for o, _ in av):
        return frozenset(chr(v) if keep_case else chr(v).lower() for _, v in av)  # '[’\']s', '[Mm]ou'
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _literal_items(branch, keep_case)
            if found is None or len(out | found) > _MAX_SET:
                return None
            out |= found
        return frozenset(out)
    return None


def _literal_items(items, keep_case: bool) -> frozenset[str] | None:
    cur: frozenset[str] | None = frozenset([""])
    for op, av in items:
        if op is sre.AT:
            continue
        found = _literal_set(op, av, keep_case)
        cur = None if found is None else _joined(cur, found)
        if cur is None:
            return None
    return cur


def _required_one(op, av, keep_case: bool) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        if keep_case and av[1] & sre.SRE_FLAG_IGNORECASE:
            return None  # '(?i:kim)' in a case-sensitive pattern: its case is not kept
        return _required(av[3], keep_case)
    if op is sre.ATOMIC_GROUP:
        return _required(av, keep_case)
    if op is sre.ASSERT:
        return _required(av[1], keep_case)
    if op in _REPEATS:
        return _required(av[2], keep_case) if av[0] >= 1 else None
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _required(branch, keep_case)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    return None
