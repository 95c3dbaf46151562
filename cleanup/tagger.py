"""Part-of-speech evidence from TextBlob's pattern tagger (a Brill tagger whose lexicon and
rules ship inside the textblob wheel: nothing is downloaded).

Used where a regular expression cannot tell a clause from a phrase: is there a finite verb
after a capital that may start a sentence (``forecast In the final quarter, sales rose``), or
none (``held without trial In the UK under anti-terror laws``)?  Loaded on first use."""

from __future__ import annotations

from functools import lru_cache

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


@lru_cache(maxsize=1)
def _tagger():
    from textblob.en.taggers import PatternTagger

    return PatternTagger()


@lru_cache(maxsize=4096)
def tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, Penn tag) pairs of a short text."""
    return tuple((str(w), t) for w, t in _tagger().tag(text[:600]))


def has_finite_verb(text: str) -> bool:
    """'In the final quarter, sales rose 5%' -> True; 'In the UK under anti-terror laws' -> False."""
    return any(t in FINITE for _, t in tags(text))


_SUBJECT = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_VERB = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})


def has_clause(text: str) -> bool:
    """A finite verb, or a subject followed by a verb form the tagger could not place
    ('families cut spending': cut/VB; 'inflation reached 9%': reached/VBN)."""
    tagged = tags(text)
    if any(t in FINITE for _, t in tagged):
        return True
    return any(a in _SUBJECT and b in _VERB for (_, a), (_, b) in zip(tagged, tagged[1:]))
