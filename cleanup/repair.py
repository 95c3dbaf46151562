"""Inside sentences: phrase and regex rules (calques, garbled idioms) and stray capitals.

Casing is decided with evidence: the word's class, the word before it, the word after
it and how the same word is cased elsewhere in the article."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon
from .edits import Change
from .edits import disjoint as _disjoint
from .rules import Context
from .segment import body_paragraphs, paragraph_spans


def _match_case(template: str, found: str) -> str:
    if found.isupper() and len(found) > 1:
        return template.upper()
    if found[:1].isupper():
        return template[:1].upper() + template[1:]
    return template


@lru_cache(maxsize=512)
def _phrase_table(rule) -> tuple[dict[str, str], list[re.Pattern]]:
    table = {k.lower(): v for k, v in rule.options["phrases"].items()}
    return table, [re.compile(a, re.I) for a in rule.options.get("antipatterns", [])]


@lru_cache(maxsize=8)
def _all_phrases(rules) -> tuple[re.Pattern | None, dict[str, list]]:
    owners: dict[str, list] = {}
    for rule in rules.by_kind("phrase"):
        for p in rule.options["phrases"]:
            owners.setdefault(p.lower(), []).append(rule)
    if not owners:
        return None, owners
    alts = sorted(owners, key=len, reverse=True)
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])"
    return re.compile(pattern, re.IGNORECASE), owners


def phrase_rules(text: str, ctx: Context) -> list[Change]:
    out: list[Change] = []
    combined, owners = _all_phrases(ctx.rules)
    for hit in combined.finditer(text) if combined else ():
        # one scan finds every phrase; then each rule that lists it decides
        for rule in owners[hit.group(0).lower()]:
            m = rule.compiled.match(text, hit.start())
            if not m:
                continue
            table, anti = _phrase_table(rule)
            if anti and any(a.search(_sentence_around(text, m.start())) for a in anti):
                continue
            after = _match_case(table[m.group(0).lower()], m.group(0))
            out.append(Change(m.start(), m.end(), after, rule.id, rule.explanation, rule.action))
            break
    for rule in ctx.rules.by_kind("regex"):
        for m in rule.compiled.finditer(text):
            after = m.expand(rule.options.get("replacement", ""))
            out.append(Change(m.start(), m.end(), after, rule.id, rule.explanation, rule.action))
    return _disjoint(out)


def _sentence_around(text: str, pos: int) -> str:
    s = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    e = min([x for x in (text.find(". ", pos), text.find("\n", pos)) if x != -1] or [len(text)])
    return text[s:e + 1]


_CAP_WORD = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:[’'][a-z]+)?)(?![\w-])")
_STARTERS = set(".!?:;\"“‘'([—–-•*")


def _mid_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i < 0 or text[i] == "\n" or text[i] in _STARTERS:
        return False
    return True


def case_evidence(text: str, ctx: Context) -> tuple[Counter, Counter]:
    """How often each word stands capitalised mid-sentence, and lower-case, in the body."""
    key = ("case_evidence", ctx.has_title, text)
    if ctx.cache.get("key") == key:
        return ctx.cache["value"]
    caps: Counter = Counter()
    lows: Counter = Counter()
    for s, e in body_paragraphs(text, ctx):
        for m in re.finditer(r"[A-Za-z][a-z’']*", text[s:e]):
            w = m.group(0)
            if w[0].isupper():
                if _mid_sentence(text, s + m.start()):
                    caps[w] += 1
            else:
                lows[w] += 1
    ctx.cache.update(key=key, value=(caps, lows))
    return caps, lows


_CAPITAL_MODALS = frozenset({"will", "would", "could", "should", "must", "cannot"})
_SPEECH = frozenset({"said", "says", "told", "tells", "added", "asked", "wrote", "has", "had", "was", "is"})


def _base_verb(word: str) -> bool:
    w = word.lower()
    return w.isalpha() and not w.endswith(("ed", "ly")) and (not w.endswith("s") or w.endswith("ss")) or w in {"be", "not", "also", "never", "still"}


_PREPOSITIONS = frozenset("at in on for with by from of to after before during under over into".split())
_TITLE_SMALL_WORDS = frozenset("of at the a an in on to for and from with by or".split())


def _object_like(word: str, starters: frozenset[str]) -> bool:
    """What follows a verb: 'Stop undermining', 'Stop the war', 'Make it' (not 'Reading last year')."""
    w = word.lower()
    return w in starters or (w.endswith("ing") and len(w) > 5) or (w.endswith("ly") and len(w) > 4)


def stray_capitals(text: str, ctx: Context) -> list[Change]:
    """``urge them to Stop undermining`` -> ``to stop``; ``confirmed that He accepted`` -> ``he``."""
    words = ctx.rules.words
    closed = words("closed_class_words")
    pronouns = {p.lower() for p in words("subject_pronouns") | words("boundary_subjects")}
    clause = words("clause_taking_words")
    function = words("function_words")
    verb_slot = words("verb_slot_words")
    caps, lows = case_evidence(text, ctx)
    out: list[Change] = []
    for s, e in body_paragraphs(text, ctx):
        for m in _CAP_WORD.finditer(text, s, e):
            w = m.group(1)
            lw = w.lower()
            if not _mid_sentence(text, m.start()):
                continue
            before = text[max(s, m.start() - 80):m.start()].rstrip()
            prev_m = re.search(r"([\w’']+)(,?)$", before)
            if not prev_m:
                continue
            prev, comma = prev_m.group(1), prev_m.group(2)
            nxt_m = re.match(r" ([\w’'-]+)", text[m.end():e])
            if not nxt_m or not nxt_m.group(1)[:1].islower():
                continue  # a name of several words, or the end of a sentence
            if caps[w] > 1 and lw not in pronouns:
                continue  # the article capitalises it elsewhere too: a name
            ahead = re.match(r"(?: [\w’'-]+){1,3}", text[m.end():e])
            if lw in closed and ahead and any(x[:1].isupper() and x != "I" for x in ahead.group(0).split()):
                continue  # "Do the Right Thing", "How to Dismantle a Bomb": a title in title case
            nxt = nxt_m.group(1)
            prev_low = prev[:1].islower() or comma
            rid, action = None, None
            title_ahead = bool(ahead) and any(x[:1].isupper() and x != "I" for x in ahead.group(0).split())
            if (lw in _CAPITAL_MODALS and _base_verb(nxt) and nxt.lower() not in closed | function
                    and not (lw == "will" and nxt.lower() in _SPEECH) and not title_ahead):
                rid = "casing.stray_capital"  # "the factory in Hungary Will start": a modal, even after a name
            elif lw in closed:
                if lw in pronouns and not comma and prev.lower() not in clause | function:
                    continue  # a lost boundary, or nothing: not for this rule
                if prev.lower() in _TITLE_SMALL_WORDS and re.search(r"[A-Z][\w’']* [\w’']+,? *$", before):
                    continue  # "World at One", "Heard of Me": the end of a title in title case
                if prev_low or lw == "an":
                    rid = "casing.stray_capital"
                    if lw in _PREPOSITIONS and not comma and prev.lower() not in clause | function:
                        action = "suggest"  # "handing out At the end of...": a stray capital or a lost stop
            elif (
                prev_low and not comma and prev.lower() in words("modal_verbs") and lexicon.is_common_word(lw)
                and not (lexicon.is_listed_name(w) and nxt.lower() in words("inversion_followers"))
            ):
                rid = "casing.stray_capital"  # "would Expand support": a verb after a modal
            elif (
                prev_low and not comma and not title_ahead and prev.lower() in verb_slot and _object_like(nxt, words("object_starters"))
                and lexicon.is_common_word(lw) and not lexicon.is_listed_name(w)
            ):
                rid = "casing.stray_capital"
            elif prev_low and lows[lw] >= 2 and lexicon.is_common_word(lw) and not lexicon.is_listed_name(w):
                rid, action = "casing.stray_capital", "suggest"
            if rid:
                ch = ctx.change(m.start(), m.start() + 1, w[0].lower(), rid, action)
                if ch:
                    out.append(ch)
    return out


def title_case_fixes(text: str, ctx: Context) -> list[Change]:
    """The title line: ``peace leader But still`` -> ``peace leader, but still`` (sentence case only)."""
    if not ctx.has_title:
        return []
    s, e = paragraph_spans(text)[0]
    title = text[s:e]
    words = re.findall(r"[A-Za-z][\w’'-]*", title)
    later = [w for w in words[1:] if len(w) > 3]
    if not later or sum(w[0].isupper() for w in later) > 0.6 * len(later):
        return []  # Title Case: every word capitalised, nothing stands out
    conj = ctx.rules.words("title_conjunctions")
    out = []
    closed = ctx.rules.words("closed_class_words") - {"i"}
    for m in re.finditer(r"(?<![\w’'-])[a-z][\w’'-]* ([A-Z][a-z]+)(?= [a-z])", title):  # after a lower-case word
        if m.group(1).lower() in closed and m.group(1) not in conj:
            ch = ctx.change(s + m.start(1), s + m.start(1) + 1, m.group(1)[0].lower(), "title.stray_capital")
            if ch:
                out.append(ch)
    for m in re.finditer(r"(?<=[a-z’'])( )(" + "|".join(sorted(conj)) + r")(?= [a-z])", title):
        ch = ctx.change(s + m.start(), s + m.end(), ", " + m.group(2).lower(), "title.conjunction")
        if ch:
            out.append(ch)
    return out


STEPS = [phrase_rules, stray_capitals, title_case_fixes]
