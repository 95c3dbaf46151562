"""The learned stop's reach (cleanup.stop_reach): from the tokens alone, a bound on what the tags
can add to a gap's score; a gap it rules out is never tagged, so it must never be below the
context weight the tags actually give."""

from __future__ import annotations

from pathlib import Path

from cleanup import learned_stops
from cleanup.rules import load_rules
from cleanup.stop_reach import Reach

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
WEIGHTS = learned_stops.model()[0]


def _context_weight(words, ia, ib, closed) -> float:
    feats = learned_stops.features(words, learned_stops.sentence_tags(words), ia, ib, 0, 0, 0, closed)
    return sum(WEIGHTS.get(f, 0.0) for f in feats[-len(learned_stops.CONTEXT):])


def _gaps(text: str):
    for m in learned_stops.CANDIDATE.finditer(text):
        lo = max(text.rfind(".", 0, m.start()), 0)
        hi = text.find(".", m.end())
        sentence = text[lo:hi if hi > 0 else len(text)]
        words, offs = learned_stops.tokens(sentence)
        gap = learned_stops._gap(offs, m.start() - lo)
        if gap:
            yield words, gap


def test_reach_bounds_the_context_weight_of_every_gap_in_the_samples() -> None:
    closed = load_rules(()).words("words.closed_class")
    reach = Reach(WEIGHTS)
    n = 0
    for path in sorted(SAMPLES.glob("*.txt")):
        for words, (ia, ib) in _gaps(path.read_text(encoding="utf-8")):
            lex = learned_stops.lexical_features(words[ia], words[ib], 0, 0, 0, closed)
            cr, common = lex[4][3:], lex[6][7:]
            assert reach.context(words, ia, ib, cr, common, closed) >= _context_weight(words, ia, ib, closed) - 1e-9
            n += 1
    assert n >= 20


def test_reach_rules_out_a_gap_inside_an_ordinary_clause() -> None:
    closed = load_rules(()).words("words.closed_class")
    words, _ = learned_stops.tokens("officials in the region of Kent said on Monday that the roads were shut")
    ib = words.index("Kent")
    lex = learned_stops.lexical_features(words[ib - 1], words[ib], 0, 0, 0, closed)
    bound = Reach(WEIGHTS).context(words, ib - 1, ib, lex[4][3:], lex[6][7:], closed)
    z = sum(WEIGHTS.get(f, 0.0) for f in lex) + bound
    assert z < learned_stops.least_score(0.5)  # never tagged: no tags could lift it to an offer
    assert bound < learned_stops.context_bound()  # tighter than the sum of every family's best weight
