"""A quotation whose speech verb MT writes twice, before and after it: ``Lee said, “... It has
nothing to do with our party,” he said.`` (Korean ``…라고 말했다``, Japanese ``…と述べた``,
Turkish ``… dedi``: the verb follows the quotation; MT puts an English ``said,`` before it and
keeps the source's verb after it).  English keeps the first tag and closes the quotation on its
own stop: ``Lee said, “... with our party.”`` (``normalize.doubled_speech_tag``).

Seen on five sites: dev:ko_rapgis_lee-insult-text (three times: ``said, “... our party,” he
said.``, ``He added, “... each other,” he emphasized.``), dev:tr_haberigetir_nebati-togg-mutton
(twice), holdout:h4_ko_iicff_lee-jae-myung-reflecting (``continued, “...,” he emphasized.``),
mining:m_ko_breakinglatest_facial-recognition-excuse, mining:m_ko_worldtodayjournal_lee-nak-yeon-second-term.

The quotation opens on a verb of saying with a comma or colon (``said, “``) and closes, in the same
paragraph, on a pronoun and a verb of saying that end the sentence (``,” he said.``), with no tag
of its own between them and no sentence of the writer's between its parts (``,” but “let’s not
...,” he said.`` is one quotation; ``“A.” She disagreed. “B,” he said.`` and ``said: "A." "B," he added.`` are
not).  A named
subject before the first verb may be either pronoun; a pronoun must be the same one.  Applied in
a text with a mark of MT; offered elsewhere (``native_confidence``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet

RULE = "normalize.doubled_speech_tag"
_MARK = re.compile(r"[“”\"]")
_BRIDGE = re.compile(r" (?:but|and|while|adding|then) ")  # between a quotation's parts, after a comma


@lru_cache(maxsize=8)
def _patterns(rules: RuleSet) -> tuple[re.Pattern, re.Pattern]:
    """The opening tag ('Lee said, “' / 'He added: “'; group 1: a pronoun subject) and the
    closing one (',” he said.' at the sentence's end; group 1: the stop, 2: the mark, 3: the pronoun)."""
    verbs = rules.alternation("words.speech_verbs")
    opener = re.compile(rf"(?:\b(He|She|he|she|They|they|We|we|I|You|you)\s+(?:\w+\s+)?)?\b(?:{verbs})[,:] [“\"]")
    closer = re.compile(rf"([,.?!]?)([”\"]) (he|she) (?:{verbs})\.(?=\s|$)")
    return opener, closer


def _one_quotation(para: str, start: int, end: int) -> bool:
    """Between the opening mark (at start) and the closing one (at end): one quotation, perhaps
    closed and opened again around a short bridge (',” but “'), or opened again inside ('. “It was')."""
    inside, last_close = True, -1
    for m in _MARK.finditer(para, start + 1, end):
        ch = m.group()
        opens = ch == "“" or (ch == '"' and not inside)
        if opens:
            if not inside and (para[last_close - 1] != "," or not _BRIDGE.fullmatch(para, last_close + 1, m.start())):
                return False  # '." "It is' opens a new quotation; ',” but “let’s' goes on with this one
            inside = True
        else:
            if not inside:
                return False
            inside, last_close = False, m.start()
    return inside


class _Marks:
    """Quotation marks counted from the paragraph's start, forward only (linear in a paragraph
    of many quotations): is a quotation left open before a point?  An odd number of straight
    marks, or more curly openings than closings."""

    def __init__(self, para: str) -> None:
        self.para, self.at, self.straight, self.curly = para, 0, 0, 0

    def open_before(self, end: int) -> bool:
        part = self.para[self.at:end]
        self.straight += part.count('"')
        self.curly += part.count("“") - part.count("”")
        self.at = max(self.at, end)
        return self.straight % 2 == 1 or self.curly > 0


def _other_speaker(para: str, start: int, rules: RuleSet) -> bool:
    """The first tag's subject is a thing or someone's relative, not the closing pronoun's person:
    a possessive or a written source among the few words before the verb ('Her mother always
    said, "..."', 'The statement said: "..."')."""
    window = re.split(r"[.!?]\s", para[max(0, start - 60):start])[-1]
    words = re.findall(r"[\w']+", window.lower())[-4:]
    told = rules.words("words.possessives", "words.written_sources")
    return any(w in told or w.endswith("'s") for w in words)


def _closing(c: re.Match, o: re.Match, para: str) -> str | None:
    """The stop and mark that close the quotation, or None where the words before the tag end
    in a mark of their own ('‘no,’” he said', '“We go—” he said', '“We will see...,” he said')."""
    before = para[c.start() - 1] if c.start() else ""
    if not (before.isalnum() or before in ")%"):
        return None
    if c.group(1) in ("?", "!"):
        return c.group(1) + c.group(2)
    return ("?" if re.search(r"\basked[,:] ", o.group()) else ".") + c.group(2)


def _doubled(para: str, rules: RuleSet) -> list[tuple[int, int, str]]:
    """(start, end, replacement) within the paragraph for each doubled closing tag."""
    opener, closer = _patterns(rules)
    out: list[tuple[int, int, str]] = []
    pos, marks, c = 0, _Marks(para), None
    for o in opener.finditer(para):
        if o.start() < pos:
            continue
        if c is None or c.start() < o.end():
            c = closer.search(para, o.end())
        if c is None:
            break
        if o.group(1) and o.group(1).lower() != c.group(3):
            continue
        if marks.open_before(o.start()):
            continue  # the first tag stands inside a quotation left open ('"I have not been able, Olson said, "but')
        if not _one_quotation(para, o.end() - 1, c.start(2)) or _other_speaker(para, o.start(), rules):
            continue
        after = _closing(c, o, para)
        if after is not None:
            pos = c.end()
            out.append((c.start(), c.end(), after))
    return out


def drop_doubled_tags(doc: Doc, ctx: Context) -> list[Change]:
    """``Lee said, “... our party,” he said.`` -> ``Lee said, “... our party.”``"""
    text = doc.text
    if ctx.rule(RULE) is None or not any(q in text for q in ("” he ", "” she ", '" he ', '" she ')):
        return []
    out: list[Change] = []
    for s, e in doc.body:
        for a, b, after in _doubled(text[s:e], ctx.rules):
            ch = ctx.change(s + a, s + b, after, RULE)
            if ch:
                out.append(ch)
    return out
