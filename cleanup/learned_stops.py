"""A learned detector of a full stop lost between two sentences (``segment.lost_boundary.learned``):
``... to abandon its currency China is expected to face`` -> ``... its currency. China is expected``.

The hand rules of :mod:`cleanup.segment` read shapes (a pronoun, a name the article opens other
sentences with, a subject in lower case); this stage weighs the general evidence at every place
where a lower-case word meets a capitalised one in mid-sentence, with weights learnt from native
news (``python -m bench.stop_model --write``, the tuning halves of BBC and CNN/DailyMail; every
real boundary there with its stop removed against every word followed by a capital in
mid-sentence).  The evidence: how often the word before ends a sentence, how often native news
capitalises the word after in mid-sentence, the tags around the gap, a finite verb after the
capital and one before it, the distance from the sentence's start, whether a run of capitals
starts there, and how the article itself writes the capitalised word elsewhere (at a sentence
start, in mid-sentence).  The model ships as counts-free weights in ``rules/stop_model.tsv``; its
score is turned into a measured precision by the calibration bins stored beside the weights.

A place the hand rules already decided is left to them; an offer of theirs gives way only to a
confident learned stop."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from . import tagger
from .doc import Context, Doc
from .edits import Change
from .lexicon import capital_ratio, is_common_word, shipped_table, zipf

RULE = "segment.lost_boundary.learned"
#: a lower-case word, one space, a capitalised word: the places a stop may have been lost
CANDIDATE = re.compile(r" (?<=[a-z]{2} )(?=([A-Z][a-z]*)\b)")
TOKEN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|[’']s\b|[^\w\s]")
_START_WORD = re.compile(r"[\s“\"‘'(]*([A-Z][a-z]*)\b")
_QUOTES = frozenset('"“”')
_FINITE = tagger.FINITE


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def _count(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2"


def features(toks: list[str], tags: tuple[str, ...], ia: int, ib: int, starts: int, midcaps: int, lows: int,
             closed: frozenset[str]) -> list[str]:
    """The evidence at the gap between token ``ia`` (a lower-case word) and ``ib`` (a capital),
    as feature names.  ``starts``, ``midcaps``, ``lows``: how often the document writes the
    capitalised word elsewhere at a sentence start, capitalised in mid-sentence, in lower case."""
    a, b = toks[ia], toks[ib]
    al, bl = a.lower(), b.lower()
    ta, tb = tags[ia], tags[ib]
    ratio = capital_ratio(bl)
    cr = "none" if ratio is None else str(_bucket(ratio, (0.02, 0.05, 0.2, 0.5, 0.8, 0.95)))
    after = tags[ib + 1:ib + 4]
    fin_after = next((str(k + 1) for k, t in enumerate(after) if t in _FINITE), "0")
    fin_before = "1" if any(t in _FINITE for t in tags[:ia + 1]) else "0"
    nxt = toks[ib + 1] if ib + 1 < len(toks) else "$"
    run = "cap" if nxt[:1].isupper() else "punct" if not nxt[:1].isalnum() else "low"
    words_before = sum(1 for t in toks[:ia + 1] if t[:1].isalnum())
    words_after = sum(1 for t in toks[ib:] if t[:1].isalnum())
    quoted = "1" if sum(t in _QUOTES for t in toks[:ia]) % 2 else "0"
    common = "1" if is_common_word(bl) else "0"
    j = ib + 1
    while j < len(toks) and toks[j][:1].isupper():
        j += 1  # the run of capitals that opens at the gap: 'Mahesh Koiraba, 31, lost'
    after_run = toks[j] if j < len(toks) else "$"
    run_verb = ("verb" if j < len(toks) and tags[j] in _FINITE else "poss" if after_run in ("'s", "’s")
                else "comma" if after_run == "," else "other")
    k = ia - 1
    while k >= 0 and k >= ia - 4 and tags[k][:2] in ("JJ", "NN", "CD") and toks[k][:1].isalnum():
        k -= 1  # the noun phrase 'a' closes: 'the numerous changes', 'the 100 challenges'
    head = "det" if k >= 0 and tags[k] in ("DT", "PRP$") else "prep" if k >= 0 and tags[k] in ("IN", "TO") else "none"
    stop = next((n for n in range(ib, len(toks)) if toks[n] in (",", ";", ":", ".", "!", "?")), len(toks))
    finite = min(2, sum(1 for t in tags[ib:stop] if t in _FINITE))
    out = ["bias", "np:" + head + str(finite), "nf:" + str(finite) + fin_before, "pa:" + (toks[k].lower() if k >= 0 and toks[
        k].lower() in closed else tags[k] if k >= 0 else "^"), "rl:" + str(min(3, j - ib)) + run_verb, "rv:" + run_verb + fin_before, "a:" + al, "as:" + al[-3:], "b:" + bl, "ta:" + ta, "tb:" + tb, "tab:" + ta + "_" + tb,
           "cr:" + cr, "z:" + str(min(7, int(zipf(bl)))), "common:" + common, "closed:" + str(bl in closed),
           "fa:" + fin_after, "fb:" + fin_before, "fbfa:" + fin_before + fin_after, "run:" + run,
           "runfa:" + run + fin_after, "db:" + str(_bucket(words_before, (4, 8, 13, 21, 35))),
           "dn:" + str(_bucket(words_after, (3, 6, 10, 16, 25))), "acap:" + str(a[:1].isupper()), "q:" + quoted,
           "ds:" + _count(starts), "dm:" + _count(midcaps), "dl:" + _count(lows),
           "dsdm:" + _count(starts) + _count(midcaps), "crfa:" + cr + fin_after, "crds:" + cr + _count(starts),
           "tbfa:" + tb + fin_after, "commonrun:" + common + run]
    return out


def sentence_starts(text: str, sentences: list[tuple[int, int]]) -> Counter:
    """The capitalised words the document opens its sentences with."""
    out: Counter = Counter()
    for s, e in sentences:
        m = _START_WORD.match(text, s, e)
        if m:
            out[m.group(1)] += 1
    return out


def tokens(text: str) -> tuple[list[str], list[int]]:
    words, offsets = [], []
    for m in TOKEN.finditer(text):
        words.append(m.group())
        offsets.append(m.start())
    return words, offsets


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, float], list[tuple[float, float]]]:
    """The weights and the calibration bins (lowest score of a bin, measured precision)."""
    weights: dict[str, float] = {}
    bins: list[tuple[float, float]] = []
    for row in shipped_table("stop_model.tsv"):
        if row[0] == "~bin":
            bins.append((float(row[1]), float(row[2])))
        else:
            weights[row[0]] = float(row[1])
    return weights, sorted(bins)


def score(feats: list[str]) -> float:
    weights = model()[0]
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def precision(p: float) -> float:
    """The measured precision of the bin that holds the model's probability ``p``."""
    out = 0.0
    for lo, prec in model()[1]:
        if p >= lo:
            out = prec
    return out


def _gap(offs: list[int], at: int) -> tuple[int, int] | None:
    """The tokens on either side of the space at offset ``at`` of the tokenised sentence."""
    import bisect

    ib = bisect.bisect_left(offs, at + 1)
    if ib <= 0 or ib >= len(offs) or offs[ib] != at + 1:
        return None
    return ib - 1, ib


def _reason(feats: list[str], word: str, prec: float) -> str:
    said = []
    ratio = capital_ratio(word.lower())
    if ratio is not None:
        said.append(f"native news capitalises '{word.lower()}' in mid-sentence {ratio:.0%} of the time")
    if "fa:0" not in feats:
        said.append("a finite verb follows it")
    if "ds:0" not in feats:
        said.append("the article opens other sentences with it")
    if "fb:1" in feats:
        said.append("the clause before it has its verb")
    return (f"A full stop lost before '{word}' (learned from native news, measured precision {prec:.0%}): "
            + "; ".join(said or ["the words around the gap"]) + ".")


def _left_to_rules(words: list[str], ia: int, ib: int, closed: frozenset[str], subjects: frozenset[str]) -> bool:
    """A gap the model does not judge: after a subject pronoun ('we Brits can be'), or a closed-class
    capital with a capital close after it, as a work's title opens ('comedy The Incredibles', 'TV
    show That's Life', 'comedy Because of Winn-Dixie'): the hand rules read those shapes."""
    if words[ia].lower() in subjects:
        return True
    if words[ib].lower() not in closed:
        return False
    return any(w[:1].isupper() and w != "I" for w in words[ib + 1:ib + 4] if w not in ("'s", "’s"))


def add_learned_stops(doc: Doc, ctx: Context, out: list[Change]) -> list[Change]:
    """``out`` (the hand rules' changes) with the learned stops added: at places none of them
    touched, from the measured floor up; where one of them only offered a stop, in its place
    when the learned one is applied."""
    r = ctx.rule(RULE)
    text = doc.text
    if r is None or not any(CANDIDATE.search(text, s, e) for s, e in doc.body):
        return out
    floor = float(r.options.get("floor", 0.5))
    closed = ctx.words("words.closed_class")
    subjects = frozenset(w.lower() for w in ctx.words("words.subject_pronouns"))
    starts, case = sentence_starts(text, doc.sentences), doc.case
    added: list[Change] = []
    tokenised: dict[int, tuple] = {}
    for s, e in doc.body:
        for m in CANDIDATE.finditer(text, s, e):
            p, word = m.start(), m.group(1)
            near = [c for c in out if c.start <= p + len(word) + 1 and c.end >= p - 1]
            if any(c.action == "fix" or c.start != p for c in near):
                continue  # a place the hand rules decided
            ss, se = doc.sentence_at(p)
            if ss not in tokenised:
                words, offs = tokens(text[ss:se])
                tokenised[ss] = (words, offs, tagger.tag_words(tuple(words)))
            words, offs, tags = tokenised[ss]
            gap = _gap(offs, p - ss)
            if gap is None or _left_to_rules(words, *gap, closed, subjects):
                continue
            feats = features(words, tags, *gap, starts[word], case.caps[word] - 1, case.lows[word.lower()], closed)
            prec = precision(score(feats))
            if prec < floor or (near and prec < ctx.config.min_confidence):
                continue
            ch = ctx.change(p, p, ".", RULE, confidence=prec, native=True)
            if ch:
                added.append(Change(ch.start, ch.end, ch.after, ch.rule, _reason(feats, word, prec), ch.action,
                                    ch.confidence))
                out = [c for c in out if c not in near]
    return out + added
