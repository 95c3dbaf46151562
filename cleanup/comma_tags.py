"""A speech tag set off by a comma inside a quotation whose close MT dropped before it, as French
and Swedish news set an inverted tag: ``“There was no question of forgiving anything, also
corrects Yaël Braun-Pivet, MP for Yvelines. It was important for us to remind us who we were.”``
The quotation opens before the tag and a mark closes it after the tag's sentence, so the tag sits
inside it: English closes the quotation before the tag and opens it again after the tag's
sentence: ``anything,” also corrects Yaël Braun-Pivet, MP for Yvelines. “It was important ...”``
(``normalize.comma_speech_tag``).  Where the tag's sentence runs to the closing mark (``“..., said
Kristersson in his speech, and in interviews afterwards.”``) that mark closes nothing and goes:
offered only, since the words after the tag may be the quotation's own (``“The plan, said Ek, is
dead.”`` wants ``“The plan,” said Ek, “is dead.”``).

The tag is a verb of saying followed by its speaker (a name, ``he``, ``she``), the inverted order
MT keeps from the source; ``..., the minister says`` is left alone (native writers quote a
paraphrase so).  Curly marks only: the quotation's extent is known from the marks' direction
(straight marks are paired by count, which one stray mark upsets), and the clean-news corpus
writes straight marks.  Applied in a translated text, offered in one with no other mark of MT."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet
from .sentences import sentence_spans
from .tagger import has_finite_verb

RULE = "normalize.comma_speech_tag"


@lru_cache(maxsize=8)
def _tag(rules: RuleSet) -> re.Pattern:
    """', also corrects Yaël Braun-Pivet', ', said Kristersson', ', said he' (group 1: the comma)."""
    verbs = rules.alternation("words.speech_verbs") + "|" + rules.alternation("normalize.comma_speech_tag_verbs")
    adverbs = rules.alternation("normalize.comma_speech_tag_adverbs")
    speaker = rf"(?:{rules.alternation('normalize.comma_speech_tag_pronouns')}|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}})"
    return re.compile(rf"(?<=[\w’'])(,) (?:(?:{adverbs}) )?(?:{verbs}) {speaker}\b(?![’']s\b)")


class _Marks:
    """The curly marks before a point, counted once as the matches of a paragraph are walked in
    order (counting back to the paragraph's start at every match was quadratic)."""

    def __init__(self, para: str) -> None:
        self.para, self.at, self.depth = para, 0, 0
        self.opened = self.closed = self.straight = -1

    def inside(self, at: int) -> bool:
        """A curly quotation is open at ``at``: one more opening than closing mark before it, the
        last mark an opening one, and no straight mark since (a mixed pair is another rule's)."""
        part = self.para[self.at:at]
        self.depth += part.count("“") - part.count("”")
        for mark, found in (("“", "opened"), ("”", "closed"), ('"', "straight")):
            if (i := part.rfind(mark)) >= 0:
                setattr(self, found, self.at + i)
        self.at = at
        return self.depth == 1 and self.opened > self.closed and self.straight < self.opened


def _tag_changes(ctx: Context, para: str, s: int, m: re.Match, doubt: bool) -> list[Change]:
    """The close before the tag, and the reopening after its sentence (or the spent close dropped)."""
    close = para.find("”", m.end())
    reopen = para.find("“", m.end())
    if close < 0 and reopen < 0:
        return []  # no mark after the tag: nothing shows the tag stands inside the quotation
    if 0 <= reopen < (close if close >= 0 else reopen + 1):
        first = ctx.change(s + m.start(1), s + m.end(1), ",”", RULE, doubt=doubt)
        return [first] if first else []  # the quotation opens again after the tag: only its close was lost
    # the sentences from the tag's start, so that an abbreviation ends no sentence ('said Mr. Dupont')
    spans = [(m.start() + a, m.start() + b) for a, b in sentence_spans(para[m.start():close], ctx.rules)
             if m.start() + b >= m.end()]
    if not spans:
        return []
    rest = para[m.end() + 2:spans[0][1]] if para.startswith(", ", m.end()) else ""
    if rest and has_finite_verb(rest):  # the tag parts one sentence ('“The plan, said Ek, is dead.'):
        at = m.end() + 2  # the quotation reopens after the tag's comma, offered (', who was' is no quote)
        second = ctx.change(s + at, s + at, "“", RULE, doubt=True)
        first = ctx.change(s + m.start(1), s + m.end(1), ",”", RULE, doubt=True)
        return [first, second] if first and second else []
    if len(spans) > 1:  # the tag's sentence ends before the close: the quotation goes on after it
        at = spans[1][0]
        if not para[at:at + 1].isupper():
            return []
        second = ctx.change(s + at, s + at + 1, "“" + para[at], RULE, doubt=doubt)
    else:  # the tag's sentence runs to the closing mark that ends the paragraph: the mark closes nothing
        if para[close + 1:].strip() or not para[:close].rstrip().endswith((".", "!", "?")):
            return []  # a quoted phrase goes on after its close ('called it “a pact, said X” in')
        # offered: the words after the tag may be the quotation's own ('“The plan, said Ek, is dead.”')
        doubt = True
        cut = close - 1 if para[close - 1:close] == " " else close
        second = ctx.change(s + cut, s + close + 1, "", RULE, doubt=doubt)
    first = ctx.change(s + m.start(1), s + m.end(1), ",”", RULE, doubt=doubt)
    return [first, second] if first and second else []


def fix_comma_speech_tags(doc: Doc, ctx: Context) -> list[Change]:
    """``“... anything, also corrects Yaël Braun-Pivet, MP. It was important.”`` -> ``“...
    anything,” also corrects Yaël Braun-Pivet, MP. “It was important.”``"""
    text = doc.text
    if ctx.rule(RULE) is None or "“" not in text:
        return []
    out: list[Change] = []
    for s, e in doc.body:
        para = text[s:e]
        if "“" not in para:
            continue
        marks = _Marks(para)
        for m in _tag(ctx.rules).finditer(para):
            if marks.inside(m.start()):
                out += _tag_changes(ctx, para, s, m, doubt=not ctx.mt_like)
                break  # one tag a paragraph: the marks after it are not counted again
    return out
