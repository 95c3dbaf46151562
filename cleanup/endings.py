"""Words that all but never end a sentence in native news (``rules/sentence_ends.tsv``).

A transitive verb or a preposition wants what follows it (``brought the letter``, ``reflected
in``): native news ends a sentence after it less than once in seventy uses, counted over the
tuning halves of the BBC and CNN/DailyMail sets with verb forms pooled by lemma (rebuild:
``python -m bench.sentence_ends``).  A capital right after such a word is a stray capital,
not the opening of a sentence whose full stop was lost."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import shipped_table


@lru_cache(maxsize=1)
def _rarely_final() -> frozenset[str]:
    return frozenset(row[0] for row in shipped_table("sentence_ends.tsv"))


def rarely_final(word: str) -> bool:
    """Does native news almost never end a sentence with this word ('brought', 'about')?"""
    return word.lower() in _rarely_final()


#: subject pronouns, and the words that open a clause before its subject
_SUBJECTS = frozenset({"i", "he", "she", "it", "we", "they", "you"})
_CLAUSE_OPENERS = frozenset({"that", "if", "when", "because", "although", "though", "while", "whether", "since",
                             "unless", "until", "once", "whereas"})


def subject_waits(before: str) -> bool:
    """``Time Warner said that it Now owns``: the text ends with a word that opens a clause and
    the clause's subject pronoun; its verb is still to come, so no sentence ends there."""
    words = before.rsplit(None, 2)[-2:]
    return len(words) == 2 and words[1].lower() in _SUBJECTS and words[0].lower() in _CLAUSE_OPENERS
