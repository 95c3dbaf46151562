"""English vocabulary with case, from the english-words package (Webster's Second).

Used as evidence, never alone: a capitalised word whose lower-case form is an English
word and which the dictionary does not list as a name is more likely a stray capital."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _web2() -> tuple[frozenset[str], frozenset[str]]:
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=False)
    lower = frozenset(w for w in words if w.islower())
    capital = frozenset(w for w in words if w[:1].isupper())
    return lower, capital


def is_common_word(word: str) -> bool:
    """'stop', 'skills', 'undermined' -> True; 'zelensky' -> False (the dictionary lists no inflections)."""
    w = word.lower()
    lower = _web2()[0]
    if w in lower:
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and w[: -len(suffix)] + repl in lower:
            return True
    return False


def is_listed_name(word: str) -> bool:
    """The dictionary lists the capitalised form: 'Moscow', 'Bath', 'Paris'."""
    return word[:1].upper() + word[1:].lower() in _web2()[1]
