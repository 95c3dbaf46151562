"""A name and its verb right after an attribution that closes a quotation or a clause: ``," the
letter from Qwest said Verizon will``, ``for the new series, Netflix said Stamos will produce``.

The verb of saying that closes an attribution after a quotation, or after a complete clause
and its comma, has its complement already: what was said stands before it.  A capitalised
word after it opens the next sentence; :func:`boundary_shapes.capital_kind` reads a common
word there (``he said Prices rose``), and this reads a name: one that stands before its own
finite verb (``Stamos will``, ``Hershkovitz believes``).  Native news writes a capital right
after such a verb only for the day or month of the saying (``," the prosecutor said
Monday``), after a verb whose object is a person (``," he told Reuters``) or where the verb's
subject follows (``," said Save the Children``, which the attribution shape does not match).

A name is more often a reported clause's subject than a common word is, so the attribution
must be a bare subject and its verb (``, Netflix said``): not a relative clause (``, who said
Slager attempted``), a conjunction's clause (``, but prosecutors said Lloyd``) or a verb
group (``, has said Bates fell``), and not after a phrase that opens the sentence (``Ahead of
the deadline, the chief said Iran is``): there the verb takes the clause after it.
"""

from __future__ import annotations

import re

from . import tagger
from .rules import RuleSet

#: the words after the name up to the clause's first mark
_REST = re.compile(r"[^,;:.!?(\"“”]{0,60}")


def name_opens_sentence(text: str, m: re.Match, prev: str, rules: RuleSet, phrase_open: re.Pattern) -> bool:
    """Does the capitalised word ``m.group(2)``, after the verb of saying ``prev`` that closes an
    attribution, stand before its own finite verb (perhaps after an adverb), and name neither the
    day or month of the saying nor a title, nor follow a verb whose object is a person?
    ``phrase_open``: a phrase that opens a sentence (``boundary_shapes.PHRASE_OPEN``)."""
    word = m.group(2)
    low = re.sub(r"[’'].*", "", word).lower()
    if prev in rules.words("segment.addressee_verbs") or low in rules.words(
            "segment.calendar_words", "segment.attribution_time_words", "segment.attribution_title_openers"):
        return False
    if not _bare_attribution(text, m.start(), rules, phrase_open):
        return False
    rest = _REST.match(text, m.end(2))
    tagged = tagger.tags(word + (rest.group() if rest else ""))
    if len(tagged) < 2:
        return False
    tag = tagged[1][1]
    return tag in tagger.FINITE or tag == "RB" and len(tagged) > 2 and tagged[2][1] in tagger.FINITE


#: the attribution back to its comma or quotation mark (the verb excluded), and the sentence before it
_ATTRIBUTION = re.compile(r"([^.!?\n]*)[,?!][”\"’']? ((?:[\w’'.-]+ ){1,5})[a-z]+ $")


def _bare_attribution(text: str, at: int, rules: RuleSet, phrase_open: re.Pattern) -> bool:
    """Are the words between the comma (or quotation) and the verb of saying before ``at`` a bare
    subject, after a sentence that opens on no phrase or subordinate clause?"""
    m = _ATTRIBUTION.search(text, max(0, at - 300), at + 1)
    if not m:
        return False
    breakers = rules.words("words.clause_taking", "words.have_finite", "words.modal_verbs", "words.be_forms",
                           "words.do_finite", "words.wh_words")
    if any(w.lower() in breakers for w in m.group(2).split()):
        return False  # ', who said', ', but prosecutors said', ', has said'
    opening = m.group(1).split(maxsplit=1)[0].strip("“\"‘'") if m.group(1).strip() else ""
    if phrase_open.match(m.group(1)) or opening.lower() in rules.words("segment.subordinate_openers"):
        return False
    piece = tagger.tags(m.group(1).rsplit(",", 1)[-1])
    return bool(piece) and piece[0][1] != "IN"  # 'A week ago, with days left until the deadline, Amano said Iran'
