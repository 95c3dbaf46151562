"""A line left in the source language: a name's casing there is that language's, not English's.

MT leaves a line untranslated ('El vicesecretario de Comunicación, Pablo Montesinos',
dev:es_thespainjournal_montesinos-negative-balance; 'Na upit kako će u tom slučaju reagirati
Mostovi čelnici ...', holdout6:h6_hr_portalhr_suta-split-council-majority) or prints a source's
credit line as it stands ('(11 September, Chengdu Youth Daily China? Youth online reporter Wang
Xinxin)', holdout5:h5_zh_fzint_chengdu-knife-suspect).  English capitalises names by the article's
other spellings; in such a line 'vicesecretario', 'upit' or 'online' are no English name written
in lower case, and a capital there is an edit the editor undoes.  English prose of six words or more
carries its function words ('the', 'of', 'is', ``words.function_words``) as at least one word in ten;
a line short of them is read as foreign only where a sixth of its words are lower-case words English
never writes ('vicesecretario', 'upit'), not a headline or a line of names ('Time warner said profits rose').

>>> foreign_line("El vicesecretario de Comunicación, Pablo Montesinos", 0, frozenset({"the", "of"}))
True
>>> foreign_line("He met the president of china on Monday", 30, frozenset({"the", "of"}))
False
"""

from __future__ import annotations

import re

from .lexicon import zipf

_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


def foreign_line(text: str, at: int, function_words: frozenset[str]) -> bool:
    """Is the line around ``at`` six words or more with fewer than one in ten an English function
    word, and a sixth of them lower-case words unknown to English?"""
    lo, hi = max(0, at - 1000), min(len(text), at + 1000)  # a line's neighbourhood: a 1 MB line is not rescanned per word
    start = max(text.rfind("\n", lo, at) + 1, lo)
    end = text.find("\n", at, hi)
    words = _WORD.findall(text[start:end if end != -1 else hi])
    if len(words) < 6 or sum(w.lower() in function_words for w in words) * 10 >= len(words):
        return False
    # and a sixth of its words (one at least) lower-case words English does not write: a headline
    # or a line of names is short of function words too ('Time warner said profits rose')
    return sum(w.islower() and zipf(w) < 1.0 for w in words) * 6 >= max(len(words), 6)
