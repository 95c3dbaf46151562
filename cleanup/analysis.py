"""What the chain learns about a document before its repairs, and again before each later
pass: is the first line a title, what was the source language, and does the text show
machine-translation damage (:class:`cleanup.doc.Context` ``has_title``, ``language``,
``mt_like``).  Kept apart from :mod:`cleanup.pipeline`, which owns only the order of the stages."""

from __future__ import annotations

from functools import lru_cache

from . import mt_detect, title
from .config import Config
from .doc import Context, Doc
from .edits import Change
from .language import MIN_SCORE, Detection, detect, mt_signals
from .rules import RuleSet


def analyse(doc: Doc, ctx: Context) -> list[Change]:
    """After normalising, once: is the first line a title, what was the source language, and
    does the text show machine-translation damage?"""
    ctx.has_title = ctx.config.detect_title and title.detect_title(doc.text, ctx.rules)
    ctx.language, ctx.language_evidence = source_language(doc.text, ctx.rules, ctx.config)
    ctx.mt_like = ctx.language is not None or shows_damage(doc.text)
    return []


def shows_damage(text: str) -> bool:
    """Does ``text`` show machine-translation damage of its own, whatever its source language:
    two of the marks :func:`mt_signals` counts, or the generic features of :mod:`mt_detect`?"""
    return mt_signals(text, 2) >= 2 or mt_detect.verdict(text).is_mt


def reanalyse(ctx: Context, text: str) -> None:
    """Before a later pass: what a fresh run would conclude from this text, so that cleaning
    the output again changes nothing.  The first line may be a title now that the furniture
    above it is gone; and text the furniture made read as native may read as MT without it
    (the contractions of a 'Follow us, we'd love to hear from you' line), so the detector is
    asked again.  The verdict is sticky: a pass never turns MT copy native, since the fixes
    made under it stay."""
    ctx.has_title = ctx.config.detect_title and title.detect_title(text, ctx.rules)
    ctx.mt_like = ctx.mt_like or mt_detect.verdict(text).is_mt


#: the source language is read from the start of a document (enough evidence, bounded time)
DETECT_CHARS = 3_000


def source_language(text: str, rules: RuleSet, config: Config) -> tuple[str | None, tuple[str, ...]]:
    """The source language of the translation: forced by the config, else detected from the
    text's own signals (the packs' ``[detect]`` tables), else None."""
    if config.source_language:
        return config.source_language, ("forced",)
    if not rules.detect:
        return None, ()
    found = detect_source(text[:DETECT_CHARS], detection_signals(rules))
    return found.language, tuple(found.evidence)


def detect_source(text: str, packs: dict) -> Detection:
    """:func:`language.detect`, and when it stays undecided on a text that shows MT damage of
    its own (``mt_signals``), again with topic signals allowed to decide: its places, parties
    and names then tell which language it came from (native news about Korea shows no damage).
    Damage is rare; more MT reads as MT to :mod:`mt_detect` (generic features, no topic), and
    such copy is asked again with ``mt_copy``: topic signals from two signals or more decide.
    The detector is asked only when the topic could decide (a score of ``MIN_SCORE``): it
    reads the whole text."""
    found = detect(text, packs)
    if found.language is None and found.score and mt_signals(text, 2) >= 2:
        found = detect(text, packs, min_style=0.0)
    if found.language is None and found.score >= MIN_SCORE and mt_detect.verdict(text).is_mt:
        found = detect(text, packs, mt_copy=True)
    return found


@lru_cache(maxsize=8)
def detection_signals(rules: RuleSet) -> dict:
    """Each pack's ``[detect]`` table, plus its own calques as one more signal: a pack's phrase
    rules are the characteristic mistakes of MT from that language."""
    from .language import PhraseSet, Signal, Signals, signals_from_table

    out = {}
    for lang, table in rules.detect.items():
        signals = signals_from_table(table)
        phrases = [p for r in rules.rules if r.language == lang and r.kind == "phrase" for p in r.options["phrases"]]
        if phrases:
            signals = Signals((*signals.patterns, Signal("pack_calques", PhraseSet(phrases), 1.5)))
        out[lang] = signals
    return out
