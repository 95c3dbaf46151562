"""Headlines: the article's own title, cleaned; or one written from the lede.

Writing one follows Hedge Trimmer (Dorr, Zajic and Schwartz 2003): take the first sentence
that can open the story (not a heading, caption, byline or date: :mod:`cleanup.roles`),
drop what a headline does without (datelines, leading connectives and time or place
phrases, attributions, parentheticals, appositives, relative clauses), find the main
clause with the part-of-speech tagger and put it in headline style: the main verb in the
present (``won`` -> ``wins``, ``has agreed`` -> ``agrees``, ``will fight`` -> ``to fight``,
``were expelled`` -> ``expelled``), no articles, no final stop, cut at a phrase boundary
within about twelve words.  The compression itself is :mod:`cleanup.compress`.

>>> trim_lede("LONDON (Reuters) - Oil prices rose sharply on Monday, traders said.")
'Oil prices rise sharply'
"""

from __future__ import annotations

import re

from . import roles
from .compress import MAX_WORDS, compress
from .config import Config
from .result import Result
from .rules import RuleSet, load_rules

__all__ = ["MAX_WORDS", "good_title", "headline_of", "lede", "trim_lede"]

#: a title that ends with an attribution the page cut short: ``..., a political scientist told``
_HANGING = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,6}\s+(?:told|said|says|added|reported|according to)"
    r"(?:\s+[\w’'.-]+){0,3}\s*$", re.I)


def trim_lede(sentence: str, max_words: int = MAX_WORDS, rules: RuleSet | None = None) -> str:
    """Compress one lede sentence into a headline."""
    return compress(sentence, rules or load_rules(), max_words)


def good_title(title: str | None) -> bool:
    """A title worth keeping: a few real words, not a date, a temperature or a site's name."""
    if not title:
        return False
    n = roles.words(title)
    return 3 <= n <= 30 and roles.role(title, title) not in {"date", "caption", "byline", "credit", "leftover"}


def title_headline(title: str) -> str:
    """The title as a headline: an attribution cut short at its end removed, no final stop."""
    m = _HANGING.search(title)
    if m and roles.words(title[:m.start()]) >= 4:
        title = title[:m.start()]
    return title.rstrip(" .,;:–—-")


def lede(result: Result, rules: RuleSet | None = None) -> list[str]:
    """The sentences that can open the story, in order (the first few only)."""
    found = [s.text for s in roles.sentences(result.text, rules)[:40] if roles.is_lede(s)]
    return found[:3]


def headline_of(result: Result, config: Config, rules: RuleSet | None = None) -> tuple[str, str]:
    """(headline, source): the cleaned title when the article has a good one (unless
    ``config.generate_headline``), else one written from the lede."""
    rules = rules or load_rules(config.rules_dirs)
    if result.title and good_title(result.title) and not config.generate_headline:
        return title_headline(result.title), "title"
    for sentence in lede(result, rules):
        head = trim_lede(sentence, rules=rules)
        if roles.words(head) >= 3:
            return head, "generated"
    if result.title:
        return title_headline(result.title), "title"
    first = result.sentences[0] if result.sentences else result.text
    return trim_lede(first, rules=rules), "generated"
