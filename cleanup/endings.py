"""Words that all but never end a sentence in native news (``rules/sentence_ends.tsv``).

A transitive verb or a preposition wants what follows it (``brought the letter``, ``reflected
in``): native news ends a sentence after it less than once in seventy uses, counted over the
tuning halves of the BBC and CNN/DailyMail sets with verb forms pooled by lemma (rebuild:
``python -m bench.sentence_ends``).  A capital right after such a word is a stray capital,
not the opening of a sentence whose full stop was lost."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import shipped_table
from .rules import load_rules


@lru_cache(maxsize=1)
def _rarely_final() -> frozenset[str]:
    return frozenset(row[0] for row in shipped_table("sentence_ends.tsv"))


def rarely_final(word: str) -> bool:
    """Does native news almost never end a sentence with this word ('brought', 'about')?"""
    return word.lower() in _rarely_final()


def stray_adverb(token: str) -> bool:
    """Is the token a sentence adverb in -ly with a stray capital, one native news almost never
    ends a sentence with (``on Tuesday morning Reportedly It invaded``: a stop after it would
    strand the adverb; h12_el_worldakkam, h12 look set)?  A capital right after it opens no
    sentence there."""
    return token[:1].isupper() and token[1:].islower() and token.endswith("ly") and rarely_final(token)


@lru_cache(maxsize=1)
def _clause_start() -> tuple[frozenset[str], frozenset[str]]:
    """Subject pronouns, and the words that open a clause before its subject
    (``words.nominative_pronouns``, ``segment.subject_clause_openers``), read once from the
    shipped rules: :func:`subject_waits` is asked with no rule set at hand."""
    rules = load_rules()
    return rules.words("words.nominative_pronouns"), rules.words("segment.subject_clause_openers")


def subject_waits(before: str) -> bool:
    """``Time Warner said that it Now owns``: the text ends with a word that opens a clause and
    the clause's subject pronoun; its verb is still to come, so no sentence ends there."""
    words = before.rsplit(None, 2)[-2:]
    if len(words) != 2:
        return False
    subjects, openers = _clause_start()
    return words[1].lower() in subjects and words[0].lower() in openers
