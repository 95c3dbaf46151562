"""Two shapes of a lost full stop that the boundary stage reads apart from the rest.

- A topic phrase with no verb of its own (``As for the lower Gulf of Thailand The sea has
  waves``): the clause after it is the one it introduces, so a comma joins them, not a stop.
- ``The`` before a capitalised name after a complete clause (``off the Libyan coast The
  Italian coast guard, however, told``): a sentence opening with a name, not a title in title
  case (``the biopic The Aviator``, ``told The Guardian``, ``in The Hague``)."""

from __future__ import annotations

import re

from .doc import Context
from .edits import Change

#: a sentence opened by a topic phrase with no verb yet ("As for the lower Gulf of Thailand")
_TOPIC_OPEN = re.compile(r"(?:^|[.!?]['’\"”]? +|\n|(?<=[a-z]) )(?:As for|As to|As regards|Regarding|Concerning|With regard to)"
                         r" [^,;:.!?\n]{2,80}$")


def topic_comma(text: str, m: re.Match, kind: str, ctx: Context) -> Change | None:
    """``As for the lower Gulf of Thailand The sea has waves``: the subject after a topic phrase
    is the clause the phrase introduces; a comma joins them (a stop would leave ``As for the
    lower Gulf of Thailand.`` standing alone, with no verb)."""
    if kind not in ("pronoun", "determiner") or not _TOPIC_OPEN.search(text, max(0, m.start() - 100), m.start()):
        return None
    word = m.group(2)
    lowered = word if word == "I" else word[0].lower() + word[1:]
    return ctx.change(m.start(), m.start(2) + 1, "," + m.group(1) + lowered[0], "segment.lost_boundary.topic")


#: 'The' after a lower-case word, before a capitalised one
THE_NAME = re.compile(r"(?<=[a-z])( )(The)(?= [A-Z][a-z])")


def the_before_name(text: str, m: re.Match, ctx: Context) -> bool:
    """May ``The`` + name at ``m`` open a sentence?  Not after a word that names a work, a paper
    or a band (``biopic The Aviator``, ``newspaper The Times``) or a verb that takes one as its
    object (``told The Guardian``, ``starring The Rock``), and not when a capitalised run goes on
    for three words or more before a lower-case one (a title in title case: ``The Life Of Brian``)."""
    prev = re.search(r"(?<![\w’'-])([a-z]+)$", text[max(0, m.start() - 30):m.start()])
    if not prev or prev.group(1) in ctx.words("segment.title_nouns"):
        return False  # "2003's The Black Album", "Meet The Fockers": no lower-case word of its own
    run = re.match(r"(?: (?:[A-Z][\w’'.-]*|of|and|the|in|a|to|for))+", text[m.end(2):m.end(2) + 80])
    caps = [w for w in (run.group(0).split() if run else []) if w[:1].isupper()]
    return len(caps) <= 2
