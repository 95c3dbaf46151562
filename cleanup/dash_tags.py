"""A speech tag set off by two dashes inside a quotation, as Italian and Russian news set it:
``“Usually – the mayor replies – in Rome this work takes twice as long”``, ``“They scarred
the image of the country – Mura told ANSA – I want to think it was a prank”``.  English closes
the quotation before the tag and opens it again after it: ``“Usually,” the mayor replies, “in
Rome ...”``, ``“... the country,” Mura told ANSA. “I want to think ...”``
(``normalize.dash_speech_tag``).  Russian news sets a comma before the first dash and may stop the
tag's sentence before the second: ``mood, — said Netanyahu. – From all sides`` reads ``mood,”
said Netanyahu. “From all sides``.  Italian MT may write the second dash as a hyphen and a comma
(``the floor – he says -, he ironized``).

The tag is a speaker (a pronoun, ``the mayor``, a name) and a verb of saying, or the verb and
its speaker, between two dashes, inside a quotation open before it in its paragraph; after
it, a capital starts a new quoted sentence, a lower-case word goes on with the same one; where
one to three words are all that is left of the quotation (``campaign – he explains – asked
me”``), the tag goes after it, as English sets it: ``campaign asked me,” he explains``.
Applied in a translated text, offered in one with no other mark of MT."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet


@lru_cache(maxsize=8)
def _dash_tag(rules: RuleSet) -> re.Pattern:
    verbs = rules.alternation("words.speech_verbs") + "|" + rules.alternation("normalize.dash_speech_tag_verbs")
    speaker = r"(?:he|she|they|the [a-z]+(?: [a-z]+)?|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
    # Italian 'è il commento del sindaco X': MT writes 'is the comment of the mayor X'
    comment = rf"(?:{rules.alternation('normalize.dash_speech_tag_comments')}) (?:the [a-z]+ )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}}"
    tag = (rf"(?:{comment}|{speaker} (?:{verbs})|(?:{verbs}) (?:the [a-z]+|[A-Z][\w’'-]+))"
           rf"\b[^–—\n.!?\"“”]{{0,40}}?")
    # Russian sets a comma before the first dash and may end the tag's sentence before the second
    # ('mood, — said Netanyahu. – From all sides'): the comma and the stop go with the dashes; MT
    # may write the second dash as a hyphen and a comma ('the floor – he says -, he ironized')
    return re.compile(rf"(?<=[\w’'])(,? [–—] )({tag})(\.? [–—] | -,? )(?=[\w‘’'])")


def said_form(tag: str, rules: RuleSet) -> str:
    """The English tag for 'is the comment of the mayor Chillotti': 'said Mayor Chillotti' (an
    office's title before a name takes its capital, as English sets it); a job or role before a
    name is no title and keeps its article and lower case ('said the spokesman John Smith'; the
    BBC never writes 'Spokesman John Smith'): only the offices of
    ``normalize.dash_speech_tag_office_titles`` take the capital.  Other tags stay as written.

    >>> from cleanup.rules import load_rules
    >>> said_form("is the comment of the mayor Chillotti", load_rules())
    'said Mayor Chillotti'
    >>> said_form("is the comment of the spokesman John Smith", load_rules())
    'said the spokesman John Smith'
    """
    for phrase in sorted(rules.words("normalize.dash_speech_tag_comments"), key=len, reverse=True):
        if tag.startswith(phrase + " "):
            speaker = tag[len(phrase) + 1:]
            title = re.match(r"the ([a-z]+) (?=[A-Z])", speaker)
            if title and title.group(1) in rules.words("normalize.dash_speech_tag_office_titles"):
                speaker = title.group(1).capitalize() + " " + speaker[title.end():]
            return "said " + speaker
    return tag


# one to three lower-case words that end the quotation after the tag ('– he explains – asked me”')
_LAST_WORDS = re.compile(r"([a-z][\w’']*(?: [a-z][\w’']*){0,2})([”\"])")


def fix_dash_speech_tags(doc: Doc, ctx: Context) -> list[Change]:
    """``“Usually – the mayor replies – in Rome ...`` -> ``“Usually,” the mayor replies, “in Rome ...``"""
    text = doc.text
    if ctx.rule("normalize.dash_speech_tag") is None or ("–" not in text and "—" not in text):
        return []
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        opened = straight = last = 0  # marks before the match, summed match by match (linear)
        for m in _dash_tag(ctx.rules).finditer(para):
            opened += para.count("“", last, m.start()) - para.count("”", last, m.start())
            straight, last = straight + para.count('"', last, m.start()), m.start()
            curly = opened == 1
            if not curly and straight % 2 == 0:
                continue  # no quotation open: an aside, not a speaker's tag
            opening, closing = ("“", "”") if curly else ('"', '"')
            new_sentence = para[m.end()].isupper()
            doubt = not ctx.mt_like
            end = _LAST_WORDS.match(para, m.end())
            if end and end.group(2) == closing:  # '– he explains – asked me”': the tag goes after the quotation
                ch = ctx.change(s + m.start(1), s + end.end(), " " + end.group(1) + "," + closing + " " + m.group(2),
                                "normalize.dash_speech_tag", doubt=doubt)
                out += [ch] if ch else []
                continue
            first = ctx.change(s + m.start(1), s + m.end(1), "," + closing + " ", "normalize.dash_speech_tag",
                               doubt=doubt)
            said = said_form(m.group(2), ctx.rules)
            if said != m.group(2):
                ch = ctx.change(s + m.start(2), s + m.end(2), said, "normalize.dash_speech_tag", doubt=doubt)
                out += [ch] if ch and first else []
            second = ctx.change(s + m.start(3), s + m.end(3), (". " if new_sentence else ", ") + opening,
                                "normalize.dash_speech_tag", doubt=doubt)
            if first and second:
                out += [first, second]
    return out
