"""A full stop lost after a name, before a dictionary word that native news writes in lower case in
mid-sentence (``Jiangsu Province Both involved``, ``the Italian island of Lampedusa Because Italy
sent``, ``a veteran of the Vietnam War Young people had``, ``the Warrior Beach Retreat Both the
University``): the capital can only open a sentence, and a finite verb follows it.

The learned stop (:mod:`cleanup.learned_stops`) judges no gap after a capital (inside a name: 'Any
Labtest Now'); the hand shapes read a name or a closed-class subject after a lower-case word.  Read
on the probe's tuning articles (``bench.probe --tuning --kind stop_common``: 67 of its 190 missed
stops stood after a capitalised word, 33 of them before a word native news capitalises in
mid-sentence less than one time in twenty), e.g. bbc 'China Construction Bank Both are expected',
cnn 'Jiangsu Province Both involved', cnn 'Public Health Institute Young people are'.

Guards: the capital is a common word with a measured capital ratio at most the rule's
``most_capital`` (``rules/case_prior.tsv``: a title's words are capitalised often: 'Top of the
Pops', 'Grief Never Grows Old'), the word after it is in lower case, a finite verb stands in its
clause, the clause before the name is complete (:func:`cleanup.lost_stops.opens_after_clause`
with a name at its end), and the article does not write the name with the word elsewhere.

Measured (candidates before the boundary stage's own checks), over 1,200 clean tuning articles
(BBC, CNN/DM) against the probe's 600 damaged tuning articles: at a ratio up to 0.01, 3 clean
candidates ('Indepen Consulting Limited now', 'the 1995 Murayama Statement that') against 7 lost
stops; at 0.02, 10 against 7; at 0.05, 16 against 9: names that go on ('Resolute Support').  The
two clean ones (also applied in the held-out halves of ``bench.false_edits``) are left by the
verb's place: only the capital's noun phrase may stand before it."""

from __future__ import annotations

import re

from . import tagger
from .doc import Context, Doc
from .lexicon import capital_ratio, is_common_word

RULE = "segment.lost_boundary.after_name"
#: a capitalised word ending in lower case, one space, a capitalised word, then a lower-case word
_AFTER_NAME = re.compile(r"(?<=[a-z]{2})( )([A-Z][a-z]+)(?= [a-z])")
_CLAUSE_END = re.compile(r"[,;:.!?(\"“”—–]| -- ")
#: what may stand between the capital and its verb: its noun phrase ('analysts', 'in France', 'than 167 million')
_NOUN_PHRASE = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "POS", "PRP$"})


def _capital_only_at_start(word: str, most: float) -> bool:
    """A dictionary word native news writes in lower case in mid-sentence (measured ratio)."""
    ratio = capital_ratio(word.lower())
    return is_common_word(word.lower()) and ratio is not None and ratio <= most


def _finite_after(text: str, start: int, stop: int) -> bool:
    """The clause that opens at ``start`` (up to its first mark, eight words at most) has a finite
    verb after the capital and its noun phrase ('Both are', 'Some analysts fear', 'Fans in France
    celebrated', 'More than 167 million handsets were'); not after another word ('Consulting Limited
    now he is', 'the 1995 Murayama Statement that stands': the name went on, a clause follows it)."""
    rest = _CLAUSE_END.split(text[start:min(stop, start + 80)], maxsplit=1)[0]
    tags = [t for _, t in tagger.tags(" ".join(rest.split()[:8]))]
    verb = next((i for i in range(1, len(tags)) if tags[i] in tagger.FINITE), None)
    return verb is not None and all(t in _NOUN_PHRASE for t in tags[1:verb]) and tags[verb - 1] not in ("DT", "WDT", "IN")


def after_name_stops(doc: Doc, s: int, e: int, ctx: Context) -> list[re.Match]:
    """The gaps in ``doc.text[s:e]`` after a name and before a sentence's first word (see the module)."""
    from .lost_stops import opens_after_clause

    r = ctx.rule(RULE)
    if r is None:
        return []
    most = float(r.options.get("most_capital", 0.01))
    text, out = doc.text, []
    for m in _AFTER_NAME.finditer(text, s, e):
        if not _capital_only_at_start(m.group(2), most):
            continue
        left = text[max(s, m.start() - 30):m.start()].rsplit(" ", 1)[-1]
        if not left[:1].isupper() or not left.isalpha() or text.count(f"{left} {m.group(2)}") > 1:
            continue  # a name the article writes again with the word ('Resolute Support'): the name goes on
        if _finite_after(text, m.start(2), e) and opens_after_clause(doc, m, s, ctx, name_end=True):
            out.append(m)
    return out
