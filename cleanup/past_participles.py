"""Past-participle pieces: a sentence cut before a past form (``The android was built by a
Japanese firm. Designed to look like a person.``, ``The firm, which owns three farms. Insisted that
it had complied.``).  No sentence of English opens with a past form and no subject unless a comma
and its main clause follow (``Founded in 1990, the firm...``) or a verb of its own does (``Based
in London the firm employs...``): such a piece is the end of the sentence before, a participle
phrase or, after a subject and its relative clause, the subject's own verb.  Both join with a
comma (``..., designed to look``, ``..., insisted that``).

A past form before what only a verb takes (a preposition, a particle, 'to', a determiner, a
pronoun) with no word after it that any reading makes a finite verb is ``sure``, in native copy
too; before ``that`` it is only offered, in any text (a translation from a language that drops
its subjects writes ``Announced that it has occurred.`` as a sentence).  One before a noun may be
an adjective in a native list (``Forced smiles and smooth skin.``): not proposed.  Used by :mod:`cleanup.participles`."""

from __future__ import annotations

from functools import partial

from . import tagger
from .doc import Context
from .fragments import main_clauses
from .lexicon import is_common_word

#: what only a verb takes after it: a preposition, a particle, 'to', an object's first word (not a
#: number: 'Released 25 February on PC.' is a review's native formula)
_VERB_TAKES = frozenset({"IN", "TO", "RP", "DT", "PRP", "PRP$"})


def past_verdict(word: str, rest: str, ctx: Context, own_clause, maybe_finite) -> str | None:
    """'sure', 'doubt' or None for the piece ``word rest`` ('Designed', ' to look like...')
    opened by a past form; ``own_clause`` and ``maybe_finite`` are :mod:`cleanup.participles`'
    tests of a finite verb of the piece's own."""
    lower = word.lower()
    if lower in ctx.words("segment.not_participles") or not tagger.verb_forms(lower) or not is_common_word(lower):
        return None
    if rest.startswith(",") or len(rest.split()) < 2 or ":" in rest or " -- " in rest:
        return None  # 'Pictured: the new stadium', 'Wanted -- a new coach': a caption or a heading
    tagged = tagger.tags(lower + rest)
    if len(tagged) < 2 or tagged[0][1] not in {"VBD", "VBN"} or tagged[1][1] not in _VERB_TAKES:
        return None
    if own_clause(tagged, False) or main_clauses(rest) > 0 or _comma_clause(tagged):
        return None  # 'Based in London the firm employs 20 people'; 'Founded in 1990, the firm...'
    if own_clause(tagged, False, partial(maybe_finite, ctx.words("segment.auxiliaries"))):
        return "doubt"  # 'the people. Suffered from...' may have lost its 'who' too: offered
    # a translation from a language that drops its subjects writes a whole sentence so ('The
    # cluster was confirmed. Announced that it has occurred.'): a past form before 'that' is only
    # offered, in any text (the verdict must not turn on marks of MT that cleaning removes: a
    # second run on the cleaned text would apply what the first offered)
    return "doubt" if tagged[1][0] == "that" else "sure"


def _comma_clause(tagged: tuple[tuple[str, str], ...]) -> bool:
    """'Asked about it, Mr Smith declined': a comma and a subject after it, the main clause."""
    return any(t == "," and n in {"DT", "PRP", "NNP", "NNPS", "NN", "NNS", "EX", "PRP$"}
               for (_, t), (_, n) in zip(tagged, tagged[1:]))
