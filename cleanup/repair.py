"""Phrase and regex rules inside sentences: calques and garbled idioms (rules/phrases.toml
and the source-language packs, rules/packs/*.toml).

One scan finds every listed phrase; then each rule that lists it decides, so a thousand
phrases cost one pass over the text."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .edits import disjoint as _disjoint
from .language import mt_signals
from .lexicon import is_place
from .literals import any_in, pattern_literal_screen
from .rules import Rule, RuleSet, grouped_alternation


def match_case(template: str, found: str) -> str:
    """The replacement cased like the text it replaces: ``Opened a`` -> ``Held a``."""
    if found.isupper() and len(found) > 1:
        return template.upper()
    if found[:1].isupper():
        return template[:1].upper() + template[1:]
    return template


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_SLOT = re.compile(r"\{month:(\d{1,2})\}")


def expand(m: re.Match, template: str) -> str:
    """A regex rule's replacement with its groups filled in; ``{month:\\2}`` names the month
    a group gives as a number (``{month:12}`` -> ``December``), for numeric dates of other
    languages' order."""
    out = m.expand(template)
    return _MONTH_SLOT.sub(_month_name, out) if "{month:" in out else out


def _month_name(slot: re.Match) -> str:
    n = int(slot.group(1))
    return _MONTHS[n - 1] if 1 <= n <= 12 else slot.group(1)


@lru_cache(maxsize=512)
def _phrase_table(rule: Rule) -> tuple[dict[str, str], list[re.Pattern]]:
    table = {k.lower(): v for k, v in rule.options["phrases"].items()}
    return table, _antipatterns(rule)


@lru_cache(maxsize=512)
def _antipatterns(rule: Rule) -> list[re.Pattern]:
    """A phrase or regex rule's ``antipatterns``: a sentence where one matches (ignoring case)
    keeps the rule's match as it is ('Corona beer' is no pandemic)."""
    return [re.compile(a, re.I) for a in rule.options.get("antipatterns", [])]


#: how far either side of a match its antipatterns are looked for within the sentence (characters):
#: a paragraph without stops is one sentence, and searching all of it at every match was quadratic
ANTI_REACH = 300


def _in_antipattern(doc: Doc, m: re.Match, anti: list[re.Pattern]) -> bool:
    s, e = doc.sentence_at(m.start())
    s, e = max(s, m.start() - ANTI_REACH), min(max(e, m.end()), m.end() + ANTI_REACH)
    return any(a.search(doc.text, s, e) for a in anti)


@lru_cache(maxsize=64)
def _all_phrases(rules: RuleSet, language: str | None) -> tuple[re.Pattern | None, dict[str, list[Rule]]]:
    """One pattern for the phrases of the general rules and of one language's pack (another
    pack's longer phrase must not hide a shorter one of this pack)."""
    owners: dict[str, list[Rule]] = {}
    for rule in rules.by_kind("phrase"):
        if rule.language not in (None, language):
            continue
        for p in rule.options["phrases"]:
            owners.setdefault(p.lower(), []).append(rule)
    if not owners:
        return None, owners
    alts = sorted(owners, key=len, reverse=True)
    pattern = r"(?<![\w-])" + grouped_alternation(alts) + r"(?![\w-])"
    return re.compile(pattern, re.IGNORECASE), owners


def phrase_rules(doc: Doc, ctx: Context) -> list[Change]:
    """``opened a press conference`` -> ``held a press conference``, and the like."""
    text = doc.text
    out: list[Change] = []
    combined, owners = _all_phrases(ctx.rules, ctx.language)
    for hit in combined.finditer(text) if combined else ():
        for rule in owners[hit.group(0).lower()]:
            m = rule.compiled.match(text, hit.start())
            if not m or ctx.rule(rule.id) is None:
                continue
            table, anti = _phrase_table(rule)
            if anti and _in_antipattern(doc, m, anti):
                continue
            ch = ctx.change(m.start(), m.end(), match_case(table[m.group(0).lower()], m.group(0)), rule.id)
            if ch:
                out.append(ch)
                break
    for rule in ctx.rules.by_kind("regex"):
        if ctx.rule(rule.id) is None:
            continue
        screen = pattern_literal_screen(rule.compiled)
        if screen is not None and not any_in(text, screen):
            continue  # a text without any literal the pattern needs
        if "needs_mt" in rule.options and not shows_mt(text, ctx, int(rule.options["needs_mt"])):
            continue
        anti = _antipatterns(rule)
        places = tuple(rule.options.get("places", ()))
        near = _context_needed(rule, ctx)
        for m in rule.compiled.finditer(text):
            if anti and _in_antipattern(doc, m, anti):
                continue
            if places and not names_places(m, places):
                continue
            doubt = False
            if near and not any(p.search(text, max(0, m.start() - NEAR), m.end() + NEAR) for p in near):
                if not (ctx.mt_like and any(p.search(text) for p in near)):
                    continue
                doubt = True  # MT from another source, Czech or Prague farther in the article: offered
            ch = ctx.change(m.start(), m.end(), expand(m, rule.options.get("replacement", "")), rule.id, doubt=doubt)
            if ch:
                out.append(ch)
    return _disjoint(_merge_same(out))


#: how far from a regex rule's match its ``native_context`` is looked for, either side (characters)
NEAR = 200


@lru_cache(maxsize=512)
def _native_context(rule: Rule) -> list[re.Pattern]:
    """A regex rule's ``native_context``: in copy that shows no MT signs (``Context.mt_like``)
    the rule fires only when one of these is found near its match.  MT's 'Peter Pavel' is the
    Czech president; a Peter Pavel in native copy is anyone unless Czech or Prague is near."""
    return [re.compile(a) for a in rule.options.get("native_context", [])]


def _context_needed(rule: Rule, ctx: Context) -> list[re.Pattern]:
    """What must be found near a regex rule's match before it fires: nothing in MT copy, its
    ``native_context`` in native copy.  A rule that names ``source_languages`` (a misspelt Czech
    name) also needs its ``source_context`` near in MT copy from another detected source: a Korean
    article's Peter Pavel is no Czech president unless Czech or Prague is near (farther in the
    article: only offered)."""
    if not ctx.mt_like:
        return _native_context(rule)
    langs = rule.options.get("source_languages")
    if not langs or ctx.language is None or ctx.language in langs:
        return []  # MT with no source detected (Czech has no pack): as before
    return _source_context(rule)


@lru_cache(maxsize=512)
def _source_context(rule: Rule) -> list[re.Pattern]:
    """A regex rule's ``source_context``: Czech context words for a Czech name."""
    return [re.compile(a) for a in rule.options.get("source_context", [])]


def shows_mt(text: str, ctx: Context, marks: int) -> bool:
    """A regex rule's ``needs_mt = N``: its pattern is also a native writer's style (a dash
    after an opening mark in fiction), so it stays silent unless the copy reads as MT (a source
    language, :mod:`cleanup.mt_detect`) or shows at least N marks of MT (:func:`mt_signals`)."""
    return ctx.mt_like or mt_signals(text, marks) >= marks


def names_places(m: re.Match, groups: tuple[int, ...]) -> bool:
    """A regex rule's ``places``: each listed group that matched names places the lexicon
    knows, every capitalised word of it ('Tabriz and Isfahan'), so that 'the representative
    of Hamas in parliament' is no constituency."""
    for g in groups:
        found = m.group(g)
        if found is None:
            continue
        words = [w for w in re.findall(r"[\w'-]+", found) if w[:1].isupper()]
        if not words or not all(is_place(w) for w in words):
            return False
    return True


def _merge_same(changes: list[Change]) -> list[Change]:
    """Two rules proposing the very same change (span and replacement: a generic rule and a
    language pack's) make one edit under both ids, applied if either applies it, so neither
    hides the other's reason."""
    seen: dict[tuple[int, int, str], int] = {}
    out: list[Change] = []
    for c in changes:
        k = (c.start, c.end, c.after)
        if k not in seen:
            seen[k] = len(out)
            out.append(c)
            continue
        a = out[seen[k]]
        best = a if (a.action == "fix", a.confidence) >= (c.action == "fix", c.confidence) else c
        out[seen[k]] = dataclasses.replace(best, rule=f"{a.rule}+{c.rule}")
    return out
