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
start, in mid-sentence); how often native news ends a sentence on the word before and opens one
with the word after, against how often the two stand inside a sentence (:mod:`cleanup.stop_stats`),
and whether the clause before the gap has its verb.  The model ships as counts-free weights in
``rules/stop_model.tsv``; its score is turned into a measured precision by the calibration bins
stored beside the weights, measured on the gaps :func:`judged` lets the model judge.

A place the hand rules already decided is left to them; an offer of theirs gives way only to a
confident learned stop."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from . import gap_words, learned_reason, stop_stats, tagger
from .doc import Context, Doc
from .edits import Change
from .lexicon import capital_ratio, is_common_word, shipped_table, zipf
from .stop_reach import AFTER_EDGES, BEFORE_EDGES, Prefix, Reach, TokenContext, prefix, run_word, token_context

RULE = "segment.lost_boundary.learned"
#: a lower-case word, one space, a capitalised word: the places a stop may have been lost
CANDIDATE = re.compile(r" (?<=[a-z]{2} )(?=([A-Z][a-z]*)\b)")
TOKEN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|[’']s\b|[^\w\s]")
_START_WORD = re.compile(r"[\s“\"‘'(]*([A-Z][a-z]*)\b")
_FINITE = tagger.FINITE
_CHUNK = 100  # a longer sentence is tagged in pieces of this many tokens (the tagger slows on long input)


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def _count(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2"


def lexical_features(a: str, b: str, starts: int, midcaps: int, lows: int, closed: frozenset[str],
                     stats: stop_stats.Stats | None = None) -> list[str]:
    """The evidence of the two words themselves and of the document (no tags): read first, so that
    a gap no context could make likely is never tagged.  ``stats``: the word counts of
    :mod:`cleanup.stop_stats` (by default the shipped ones; the fit passes its own)."""
    before, after = _word_before(a), _word_after(b, closed)
    stats = stop_stats.shipped() if stats is None else stats
    return (before[:3] + after + before[3:] + _document_features(after[1][3:], starts, midcaps, lows)
            + [stop_stats.word_feature("<", a.lower(), stats), stop_stats.word_feature(">", b, stats)])


def _word_before(a: str) -> list[str]:
    al = a.lower()
    return ["bias", "a:" + al, "as:" + al[-3:], "acap:" + str(a[:1].isupper())]


def _word_after(b: str, closed: frozenset[str]) -> list[str]:
    bl = b.lower()
    ratio = capital_ratio(bl)
    cr = "none" if ratio is None else str(_bucket(ratio, (0.02, 0.05, 0.2, 0.5, 0.8, 0.95)))
    return ["b:" + bl, "cr:" + cr, "z:" + str(min(7, int(zipf(bl)))), "common:" + ("1" if is_common_word(bl) else "0"),
            "closed:" + str(bl in closed)]


def _document_features(cr: str, starts: int, midcaps: int, lows: int) -> list[str]:
    return ["ds:" + _count(starts), "dm:" + _count(midcaps), "dl:" + _count(lows),
            "dsdm:" + _count(starts) + _count(midcaps), "crds:" + cr + _count(starts)]


#: the families of :func:`features` that read the sentence around the gap (the rest: lexical_features)
CONTEXT = ("np", "nf", "pa", "rl", "rv", "ta", "tb", "tab", "fa", "fb", "fbfa", "run", "runfa", "db", "dn", "q",
           "crfa", "tbfa", "commonrun", "fc")


def features(toks: Sequence[str], tags: tuple[str, ...], ia: int, ib: int, starts: int, midcaps: int, lows: int,
             closed: frozenset[str], stats: stop_stats.Stats | None = None, tc: TokenContext | None = None) -> list[str]:
    """The evidence at the gap between token ``ia`` (a lower-case word) and ``ib`` (a capital),
    as feature names.  ``starts``, ``midcaps``, ``lows``: how often the document writes the
    capitalised word elsewhere at a sentence start, capitalised in mid-sentence, in lower case.
    ``tc``: the gap's :func:`token_context`, when read already."""
    lex = lexical_features(toks[ia], toks[ib], starts, midcaps, lows, closed, stats)
    cr, common = lex[4][3:], lex[6][7:]
    ta, tb = tags[ia], tags[ib]
    fin_after = next((str(k + 1) for k, t in enumerate(tags[ib + 1:ib + 4]) if t in _FINITE), "0")
    lo, hi, run, words_before, words_after, quoted, j = tc or token_context(toks, ia, ib)  # what the tokens show
    fin_before = "1" if any(t in _FINITE for t in tags[lo:ia + 1]) else "0"
    run_verb = "verb" if j < len(toks) and tags[j] in _FINITE else run_word(toks, j)
    k = ia - 1
    while k >= 0 and k >= ia - 4 and tags[k][:2] in ("JJ", "NN", "CD") and toks[k][:1].isalnum():
        k -= 1  # the noun phrase 'a' closes: 'the numerous changes', 'the 100 challenges'
    head = "det" if k >= 0 and tags[k] in ("DT", "PRP$") else "prep" if k >= 0 and tags[k] in ("IN", "TO") else "none"
    before_np = "^" if k < 0 else toks[k].lower() if toks[k].lower() in closed else tags[k]
    stop = next((n for n in range(ib, hi) if toks[n] in (",", ";", ":", ".", "!", "?")), hi)
    finite = str(min(2, sum(1 for t in tags[ib:stop] if t in _FINITE)))
    return lex + ["np:" + head + finite, "nf:" + finite + fin_before, "pa:" + before_np,
                  "rl:" + str(min(3, j - ib)) + run_verb, "rv:" + run_verb + fin_before, "ta:" + ta, "tb:" + tb,
                  "tab:" + ta + "_" + tb, "fa:" + fin_after, "fb:" + fin_before, "fbfa:" + fin_before + fin_after,
                  "run:" + run, "runfa:" + run + fin_after, "db:" + str(_bucket(words_before, BEFORE_EDGES)),
                  "dn:" + str(_bucket(words_after, AFTER_EDGES)), "q:" + quoted, "crfa:" + cr + fin_after,
                  "tbfa:" + tb + fin_after, "commonrun:" + common + run,
                  stop_stats.clause_feature(toks, tags, ia, _FINITE)]


def sentence_starts(text: str, sentences: list[tuple[int, int]]) -> Counter:
    """The capitalised words the document opens its sentences with."""
    out: Counter = Counter()
    for s, e in sentences:
        m = _START_WORD.match(text, s, e)
        if m:
            out[m.group(1)] += 1
    return out


def sentence_tags(words: list[str]) -> tuple[str, ...]:
    """Penn tags of a tokenised sentence; a run-on one (no stop in hundreds of words) in pieces."""
    if len(words) <= 2 * _CHUNK:
        return tagger.tag_words(tuple(words))
    return tuple(t for i in range(0, len(words), _CHUNK) for t in tagger.tag_words(tuple(words[i:i + _CHUNK])))


def gaps(text: str, s: int, e: int) -> Iterator[re.Match[str]]:
    """The :data:`CANDIDATE` gaps of ``text[s:e]``, less those after a capitalised word with a letter
    beyond ASCII: a name the tokens split ('Karina Vestergård Madsen' reads as 'rd Madsen', a
    lower-case word before a capital; 'Åkesson', 'Müller'), where MT put a stop once (holdout9)."""
    for m in CANDIDATE.finditer(text, s, e):
        near = text[max(s, m.start() - 40):m.start()]
        if near.isascii():
            yield m  # no letter beyond ASCII: nothing to split (most gaps, read without splitting the words)
            continue
        word = (near.split() or [""])[-1].lstrip("\"“‘'([")
        if not (word[:1].isupper() and any(c.isalpha() and not c.isascii() for c in word)):
            yield m


def tokens(text: str) -> tuple[list[str], list[int]]:
    found = list(TOKEN.finditer(text))
    return [m.group() for m in found], [m.start() for m in found]


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


@lru_cache(maxsize=1)
def context_bound() -> float:
    """The most the context families can add to a gap's score (each family's largest weight)."""
    best: dict[str, float] = {}
    for f, w in model()[0].items():
        family = f.split(":", 1)[0]
        if family in CONTEXT:
            best[family] = max(best.get(family, 0.0), w)
    return sum(best.values())


def least_score(floor: float) -> float:
    """The lowest score (log-odds) whose calibration bin reaches the precision ``floor``."""
    p = min((lo for lo, prec in model()[1] if prec >= floor), default=0.999999)
    return math.log(p / (1 - p))


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


def _gap(offs: Sequence[int], at: int) -> tuple[int, int] | None:
    """The tokens on either side of the space at offset ``at`` of the tokenised sentence."""
    ib = bisect.bisect_left(offs, at + 1)
    if ib <= 0 or ib >= len(offs) or offs[ib] != at + 1:
        return None
    return ib - 1, ib


def _left_to_rules(words: Sequence[str], ia: int, ib: int, closed: frozenset[str], never_end: frozenset[str],
                   openers: frozenset[str] = frozenset(), works: frozenset[str] = frozenset(),
                   calendar: frozenset[str] = frozenset()) -> bool:
    """A gap the model does not judge: after a word no sentence ends on, as the hand rules read it (a
    subject pronoun, 'we Brits can be'; an article, an auxiliary, 'would be Early elections'); before
    a subject the hand rules have their own shapes for (``words.subject_pronouns``,
    ``words.boundary_subjects``: 'from time to time The other arrest'), or any closed-class capital:
    the stray capitals of the casing stage ('convinces the American people That the', 'turns a great
    fight Into a showcase') and the titles of works ('comedy The Incredibles', 'show That's Life'); a
    capital after a capitalised word, inside a name ('at Any Labtest Now, Fastest Labs', 'Nghe An');
    any capital after a noun of a work (``segment.work_nouns``: 'the hit US comedy Will and Grace');
    'No.' before a number ('storm No. 15': an abbreviation, not an opener).  A day or a month
    (``calendar``) is judged: a sentence ends on one ('talks resume on Monday John Smith said'), but
    not after a capital, inside a name ('Easter Sunday Mass', 'Good Friday Agreement'; review17b F3)."""
    return (words[ia].lower() in never_end or words[ib] in openers or words[ib].lower() in closed
            or (words[ia][:1].isupper() and (words[ia].lower() not in calendar or ia > 0 and words[ia - 1][:1].isupper()))
            or words[ia].lower() in works
            or (words[ib] == "No" and ib + 2 < len(words) and words[ib + 1] == "." and words[ib + 2][:1].isdigit()))


class GapLists(NamedTuple):
    """The closed lists that decide which gaps the model judges (:func:`judged`) and which it only
    offers a stop at (``reporting``)."""
    unjudged: frozenset[str]
    never_end: frozenset[str]
    openers: frozenset[str]
    works: frozenset[str]
    reporting: frozenset[str]
    calendar: frozenset[str] = frozenset()
    clause_nouns: frozenset[str] = frozenset()  # segment.clause_nouns, segment.gap_subordinators,
    subordinators: frozenset[str] = frozenset()  # segment.gap_clause_joins: see _offer_only
    clause_joins: frozenset[str] = frozenset()


def gap_lists(words: Callable[..., frozenset[str]]) -> GapLists:
    """The lists of :class:`GapLists` from ``words`` (``ctx.words`` or ``Rules.words``): the runtime
    and the fit of ``bench.stop_model`` read the same ones, so the model is fitted and calibrated on
    the gaps it judges."""
    return GapLists(words("words.closed_class") | words("segment.number_words"),  # 'the boy band Five who'
                    words("words.function_words") | {w.lower() for w in words("words.subject_pronouns")},
                    words("words.subject_pronouns", "words.boundary_subjects"), words("segment.work_nouns"),
                    words("words.clause_taking"), _calendar(words("boilerplate.calendar_months",
                                                                  "boilerplate.calendar_weekdays")),
                    words("segment.clause_nouns"), words("segment.gap_subordinators"), words("segment.gap_clause_joins"))


@lru_cache(maxsize=4)
def _calendar(names: frozenset[str]) -> frozenset[str]:
    """The names of days and months a sentence may end on before a name ('on Monday. John Smith
    said'), of four letters or more: not 'May', 'Sun', 'Sat', also a name and a newspaper."""
    return frozenset(w for w in names if len(w) >= 4)


def judged(words: Sequence[str], ia: int, ib: int, lists: GapLists) -> bool:
    """Whether the model judges the gap between tokens ``ia`` and ``ib`` (not left to the hand rules)."""
    return not _left_to_rules(words, ia, ib, lists.unjudged, lists.never_end, lists.openers, lists.works,
                              lists.calendar)


def _offer_only(words: Sequence[str], tags: tuple[str, ...], ia: int, ib: int,
                reporting: frozenset[str] = frozenset(), lists: GapLists | None = None) -> bool:
    """A gap the model may offer a stop at but never apply one: a capital that is a bare verb (VB)
    has no subject of its own after the gap, and MT writes that shape as a stray capital at a clause
    join ('send technicians Come help', to help) as often as an imperative after a lost stop.  After a
    verb that takes a clause (``reporting``: 'he said Labour was ready') and after 'the Nth time'
    ('the first time Turkey has summoned') native news writes a clause without 'that' as often.
    With ``lists`` (review17b F1, three false stops on native news): after a noun that takes a clause
    ('rumours O'Leary would quit'); after a clause a subordinator opens ('if he's playing like that
    on his own serve I don't see': a stop leaves it without its main clause); before a short tail
    without a finite verb ('recent number one Over and Over.': no sentence of its own)."""
    a = words[ia].lower()
    return (tags[ib] == "VB" or a in reporting
            or (a == "time" and ia >= 2 and words[ia - 2].lower() == "the")
            or (lists is not None and (a in lists.clause_nouns or _subordinate_clause(words, ia, lists)
                                       or _verbless_tail(words, tags, ib))))


_CLAUSE_MARKS = frozenset(",;:(—–")
_CLAUSE_REACH = 60  # twice as far back as stop_stats.clause_feature reads: a clause of prose is shorter
_OPENING_MARKS = frozenset(',;:(—–"“')


def _subordinate_clause(words: Sequence[str], ia: int, lists: GapLists) -> bool:
    """Whether a subordinator opens the clause that ends at token ``ia``: at the sentence's start or
    after a comma, a conjunction, 'that', a quote ('limit if they met certain criteria' is not one)."""
    k = ia
    while k > 0 and k > ia - _CLAUSE_REACH and words[k - 1] not in _CLAUSE_MARKS:
        k -= 1  # a clause read back at most _CLAUSE_REACH tokens: a text without stops is no quadratic scan
    return any(words[j].lower() in lists.subordinators
               and (j == 0 or words[j - 1] in _OPENING_MARKS or words[j - 1].lower() in lists.clause_joins)
               for j in range(k, ia))


def _verbless_tail(words: Sequence[str], tags: tuple[str, ...], ib: int) -> bool:
    """At most four tokens from the capital to the sentence's end, none a finite verb (longer tails
    lose to the tagger's misses: 'Lawyer releases')."""
    stop = next((j for j in range(ib, min(len(words), ib + 5)) if words[j] in (".", "!", "?")), None)
    end = len(words) if stop is None else stop  # past five tokens the tail is long: no need to find its end
    return end - ib <= 4 and not any(t in _FINITE for t in tags[ib:end])


@lru_cache(maxsize=8192)
def _split(sentence: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A sentence's tokens and their offsets, once per sentence string: the segment stage runs its
    passes over the same sentences (review16a B9: 'many_names' doubled)."""
    words, offs = tokens(sentence)
    return tuple(words), tuple(offs)


@lru_cache(maxsize=8192)
def _tagged(sentence: str) -> tuple[str, ...]:
    """A sentence's tags, asked for only once one of its gaps is left to the model: most gaps follow
    a function word ('in London', 'the BBC') and their sentences are never tagged."""
    return sentence_tags(list(_split(sentence)[0]))


@lru_cache(maxsize=1 << 16)
def _weight_before(a: str) -> float:
    weights = model()[0]
    return (sum(weights.get(f, 0.0) for f in _word_before(a))
            + weights.get(stop_stats.word_feature("<", a.lower(), stop_stats.shipped()), 0.0))


@lru_cache(maxsize=1 << 16)
def _weight_after(b: str, closed: frozenset[str]) -> tuple[float, str, str]:
    """The weight of the capitalised word's own evidence, its bucket of capitalisation, and
    whether it is a common word."""
    weights, feats = model()[0], _word_after(b, closed)
    own = weights.get(stop_stats.word_feature(">", b, stop_stats.shipped()), 0.0)
    return sum(weights.get(f, 0.0) for f in feats) + own, feats[1][3:], feats[3][7:]


@lru_cache(maxsize=1)
def _reach() -> Reach:
    return Reach(model()[0])


@lru_cache(maxsize=1 << 16)
def _lexical_score(a: str, b: str, counts: tuple[int, int, int], closed: frozenset[str]) -> float:
    """The weight of :func:`lexical_features`, from the two words' parts (each word once per run)."""
    weights = model()[0]
    after, cr, _ = _weight_after(b, closed)
    return (_weight_before(a) + after
            + sum(weights.get(f, 0.0) for f in _document_features(cr, *counts)))


def _features(sentence: str, gap: tuple[int, int], counts: tuple[int, int, int], closed: frozenset[str],
              tc: TokenContext | None = None) -> list[str]:
    # the tuple itself: a copy per gap is quadratic
    return features(_split(sentence)[0], _tagged(sentence), *gap, *counts, closed, tc=tc)


@lru_cache(maxsize=1 << 16)
def _scored(sentence: str, gap: tuple[int, int], counts: tuple[int, int, int], closed: frozenset[str],
            tc: TokenContext) -> float:
    """The measured precision of the gap ``gap`` of a sentence, once for the segment stage's passes
    (a float per gap: a document of many thousand gaps stays in the cache).  ``tc``: the gap's
    token context, read already for the reach (it follows from the sentence and the gap)."""
    return precision(score(_features(sentence, gap, counts, closed, tc)))


def _near(changes: list[Change], start: int, end: int) -> list[Change]:
    """The changes that touch ``start - 1 .. end`` (``changes`` sorted by start; none is long)."""
    i = bisect.bisect_right(changes, end, key=lambda c: c.start)
    out = []
    while i > 0 and changes[i - 1].start >= start - 200:
        i -= 1
        if changes[i].end >= start - 1:
            out.append(changes[i])
    return out


def add_learned_stops(doc: Doc, ctx: Context, out: list[Change]) -> list[Change]:
    """``out`` (the hand rules' changes) with the learned stops added: at places none of them
    touched, from the measured floor up; where one of them only offered a stop, in its place
    when the learned one is applied.  Where the article writes the two words in lower case elsewhere
    ('prevention and control headquarters released ... and control Headquarters issued'), the capital
    is a stray one as often: offered only (review17b F2)."""
    r = ctx.rule(RULE)
    text = doc.text
    if r is None or not any(CANDIDATE.search(text, s, e) for s, e in doc.body):
        return out
    floor = float(r.options.get("floor", 0.5))
    least = least_score(floor) - 1e-9  # the parts summed in another order than score()
    reach_most = context_bound()  # no context weighs more than every family's best weight
    closed, lists = ctx.words("words.closed_class"), gap_lists(ctx.words)
    starts: Counter | None = None  # read once a gap is judged
    added: list[Change] = []
    sentence: dict[int, str] = {}
    counted: dict[int, Prefix] = {}  # this document's sentences only
    out = sorted(out, key=lambda c: c.start)
    for s, e in doc.body:
        for m in gaps(text, s, e):
            p, word = m.start(), m.group(1)
            if p <= s:
                continue  # no word before the gap in its paragraph
            ss, se = doc.sentence_at(p)
            if gap_words.left_to_rules(text, p, word, (ss, se), lists, TOKEN):
                continue  # the words on either side leave it to the hand rules: no need to split the sentence
            near = _near(out, p, p + len(word) + 1)
            if any(c.action == "fix" or c.start != p for c in near):
                continue  # a place the hand rules decided
            if ss not in sentence:
                sentence[ss] = text[ss:se]  # one string per sentence: its hash is computed once
            words, offs = _split(sentence[ss])
            gap = _gap(offs, p - ss)
            if gap is None or not judged(words, *gap, lists):
                continue
            starts = sentence_starts(text, doc.sentences) if starts is None else starts
            counts = (starts[word], doc.case.caps[word] - 1, doc.case.lows[word.lower()])
            _, cr, common = _weight_after(words[gap[1]], closed)
            need = least - _lexical_score(words[gap[0]], words[gap[1]], counts, closed)
            tc = None if need > reach_most else token_context(words, *gap, counted.get(ss) or counted.setdefault(ss, prefix(words)))
            if tc is None or _reach().context(words, *gap, cr, common, closed, tc) < need:
                continue  # whatever the tagger says, the gap cannot reach the floor: its sentence is not tagged
            measured = prec = _scored(sentence[ss], gap, counts, closed, tc)
            if prec < floor:
                continue  # capping only lowers a score to an offer's: below the floor nothing is offered
            capped = (_offer_only(words, _tagged(sentence[ss]), *gap, lists.reporting, lists)
                      or f" {words[gap[0]]} {word.lower()}" in text)  # the pair in lower case elsewhere: a stray capital
            if capped:
                prec = min(prec, ctx.config.min_confidence - 0.01)
            if prec < floor or (near and prec < ctx.config.min_confidence):
                continue
            ch = ctx.change(p, p, ".", RULE, confidence=prec, native=True)
            if ch:
                feats = _features(sentence[ss], gap, counts, closed, tc)
                added.append(Change(ch.start, ch.end, ch.after, ch.rule, learned_reason.reason(feats, word, measured, capped), ch.action,
                                    ch.confidence))
                out = [c for c in out if c not in near]
    return out + added
