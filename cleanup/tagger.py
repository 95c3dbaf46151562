"""Part-of-speech evidence from TextBlob's pattern tagger (a Brill tagger whose lexicon and
rules ship inside the textblob wheel: nothing is downloaded).

Used where a regular expression cannot tell a clause from a phrase: is there a finite verb
after a capital that may start a sentence (``forecast In the final quarter, sales rose``), or
none (``held without trial In the UK under anti-terror laws``)?  Loaded on first use."""

from __future__ import annotations

import threading
from functools import lru_cache

from . import tag_tokens

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


_LOADING = threading.Lock()


@lru_cache(maxsize=1)
def _parser():
    """textblob's English parser, its lexicon filled whole before any thread reads it: textblob fills
    the lexicon on its first read, and a thread reading it half-filled would keep wrong tags in
    :func:`_token_tag`'s cache for the rest of the process (review37b)."""
    from textblob.en import parser

    with _LOADING:
        len(parser.lexicon)
    return parser


def _tag(text: str, tokenize: bool = True) -> list[tuple[str, str]]:
    """What ``PatternTagger().tag(text)`` returns, without textblob's ``parse``: as textblob calls
    it, its tagger reads no context (no morphology, context or entity rules are passed to
    ``find_tags``), so a token's tag follows from the token and whether it opens its sentence
    (:func:`_token_tag`), and each token is tagged once per run, not once per text that holds it.
    The round trip's one trace, ``&slash;`` read back as ``/``, is kept."""
    # tokenised by tag_tokens, textblob's tokenizer done in less time, the same sentences
    sentences = tag_tokens.find_tokens(text) if tokenize else text.split("\n")
    out = [(w, _token_tag(w, not j) if len(w) <= _CACHED else _token_tag.__wrapped__(w, not j))
           for sentence in sentences for j, w in enumerate(sentence.split(" "))]
    if "/" in text or "&slash;" in text:
        return [(w.replace("&slash;", "/"), t) for w, t in out]
    return out  # no slash: no token holds '&slash;'


_CACHED = 64  # longer tokens (a run with no space) are tagged without the cache: it stays small


@lru_cache(maxsize=1 << 16)
def _token_tag(token: str, first: bool) -> str:
    """textblob's ``find_tags`` for one token with its defaults (NN, NNP, CD), the English
    suffix rules and nothing else: the lexicon's tag (the lower-case form's for a sentence's
    first token), else NNP for a capitalised word, CD for a number, else by its suffix.
    Bounded: a long run meets a few tens of thousands of different tokens."""
    lexicon = _parser().lexicon
    tag = lexicon.get(token, first and lexicon.get(token.lower()) or None)
    if tag is not None:
        return tag
    if token.istitle():
        return "NNP"
    from textblob._text import CD, _suffix_rules  # textblob's own number pattern and suffix rules

    if CD.match(token) is not None:
        return "CD"
    return _suffix_rules([token, "NN"])[1]


@lru_cache(maxsize=1 << 14)
def tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, Penn tag) pairs of a short text; the cache holds a long document's (1 MB of BBC asks
    for some 5,300 texts in each of its two passes: with 4,096 the second pass missed nearly all)."""
    return tuple(_tag(text[:600]))


def has_finite_verb(text: str) -> bool:
    """'In the final quarter, sales rose 5%' -> True; 'In the UK under anti-terror laws' -> False."""
    return any(t in FINITE for _, t in tags(text))


_SUBJECT = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_VERB = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})


def has_clause(text: str, not_after: frozenset[str] = frozenset()) -> bool:
    """A finite verb, or a subject followed by a verb form the tagger could not place
    ('families cut spending': cut/VB; 'inflation reached 9%': reached/VBN).  ``not_after``: tags
    after which a finite tag does not count ('the advanced/VBD typical': after a determiner, an
    adjective)."""
    tagged = tags(text)
    if any(t in FINITE and (i == 0 or tagged[i - 1][1] not in not_after) for i, (_, t) in enumerate(tagged)):
        return True
    return any(a in _SUBJECT and b in _VERB for (_, a), (_, b) in zip(tagged, tagged[1:]))


@lru_cache(maxsize=4096)
def tag_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Penn tags of words we tokenised ourselves (one tag per word, so offsets stay ours):
    the tagger splits on spaces only when asked not to tokenise."""
    tagged = _tag(" ".join(w.replace(" ", "_") for w in words), tokenize=False)
    out = tuple(t for _, t in tagged)
    return out if len(out) == len(words) else tuple("NN" for _ in words)


@lru_cache(maxsize=16384)
def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas of ``word`` by part of speech ({'NOUN': ('mark',), 'VERB': ('mark',)}),
    read once per word; the caller only reads the mapping."""
    from lemminflect import getAllLemmas  # its tables ship in the wheel: nothing downloads

    return getAllLemmas(word)


@lru_cache(maxsize=1)
def _inflection():
    from lemminflect import getInflection, getLemma  # its tables ship in the wheel: nothing downloads

    return getLemma, getInflection


def present(verb: str, plural: bool) -> str | None:
    """The present tense of a verb form, third person singular or plural: 'won' -> 'wins',
    'said' -> 'says', 'agreed' -> 'agree' (plural); None when the form is not known as a verb."""
    get_lemma, get_inflection = _inflection()
    lemmas = get_lemma(verb.lower(), "VERB", lemmatize_oov=False)
    if not lemmas:
        return None
    forms = get_inflection(lemmas[0], "VBP" if plural else "VBZ")
    if not forms:
        return None
    form = forms[0]
    return form[:1].upper() + form[1:] if verb[:1].isupper() else form


@lru_cache(maxsize=8192)
def could_be_verb(word: str) -> bool:
    """Is the word a form English knows as a verb ('plan', 'use', 'costs', 'crippled')?  The
    pattern tagger reads 'they plan/NN': a subject before such a word makes it a verb."""
    get_lemma, _ = _inflection()
    return bool(get_lemma(word.lower(), "VERB", lemmatize_oov=False))


@lru_cache(maxsize=8192)
def verb_forms(word: str) -> tuple[str, ...]:
    """Every form of the verb a word inflects ('occupying' -> occupy, occupies, occupied,
    occupying), or () when the word is no inflected form of a known verb."""
    get_lemma, _ = _inflection()
    lemmas = get_lemma(word.lower(), "VERB", lemmatize_oov=False)
    if not lemmas or lemmas[0] == word.lower():
        return ()
    from lemminflect import getAllInflections

    forms = {lemmas[0]} | {f for fs in getAllInflections(lemmas[0], upos="VERB").values() for f in fs}
    return tuple(sorted(forms)) if word.lower() in forms else ()


def preload() -> None:
    """Load the tagger's lexicon and lemminflect's tables now (each loads on first use)."""
    tags("The minister walked home.")
    verb_forms("walked")
    present("walk", plural=False)


def verb_so_far(piece: str) -> bool:
    """A finite verb, or a noun then a past form with its object ('heavy rains flooded the region': the
    tagger reads 'flooded' as VBN; review37a)."""
    t = tags(piece)
    return any(x in FINITE for _, x in t) or any(
        b == "VBN" and a in ("NN", "NNS", "NNP") and c in ("DT", "PRP$", "NN", "NNS", "JJ", "CD")
        for (_, a), (_, b), (_, c) in zip(t, t[1:], t[2:]))
