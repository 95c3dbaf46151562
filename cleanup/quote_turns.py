"""Curly quotes of the wrong direction, and a quotation closed on its speech tag with no comma
(part of ``normalize.quote_spacing``, from :mod:`cleanup.quotes`).

``said that ” explosives`` opens a quotation and ``institutions. “It`` closes one that is open;
but where the next mark closes a quotation (``Korea. “The real dictatorship begins.”``), the
opening mark after the stop is a second one inside the same quotation (Korean and Greek MT
open each quoted sentence again): it goes.  ``civilians were wounded, “stressing that” this
cowardly act`` (Arabic and Italian MT) sets the marks round the speech tag inside a quotation
where English sets them round the words spoken: ``wounded,” stressing that “this``.  ``nothing is going to fall”he added`` (French MT,
its ``»`` glued to the tag) closes a quoted sentence on its speech tag: English sets a comma
before the mark, ``fall,” he added``."""

from __future__ import annotations

import re
from functools import lru_cache

from .rules import RuleSet

_CURLY = re.compile(r"[“”]")


def _closes(para: str, marks: list[tuple[int, str]], n: int) -> bool:
    """Is the mark after the n-th a closing one set as English sets it (after a word or a stop,
    not after a space)?"""
    if n + 1 >= len(marks):
        return False
    i, q = marks[n + 1]
    return q == "”" and i > 0 and not para[i - 1].isspace()


def _after_narrative(prev: str | None) -> bool:
    """Does the paragraph before (None: not known) end outside any quotation, on a word or a stop
    of narrative, not on a quotation mark?  A closing mark that starts the next paragraph then
    closes nothing (after a paragraph quoted whole, as pages that set ``”`` on both sides write
    it, which mark is whose cannot be told)."""
    if not prev or prev[-1] in "“”\"'‘’»«":
        return False
    depth = 0
    for m in _CURLY.finditer(prev):
        depth = depth + 1 if m.group() == "“" else max(0, depth - 1)
    return depth == 0


def reversed_curly(para: str, prev: str | None = None) -> list[tuple[int, int, str]]:
    """``said that ” explosives`` -> ``said that “explosives``; ``institutions. “It`` (a quotation
    still open) -> ``institutions.” It``, or ``Korea. “The real ... begins.”`` -> ``Korea. The
    real ... begins.”`` where the next mark closes the quotation; ``enforced.”We came ... made”``
    (no quotation open, the next mark closes one) -> ``enforced. “We came``: a curly quote of the wrong
    direction, its space on the wrong side, where the paragraph's curly quotes do not alternate.
    (start, end, replacement)."""
    marks = [(m.start(), m.group()) for m in _CURLY.finditer(para)]
    if all(q == ("“" if n % 2 == 0 else "”") for n, (_, q) in enumerate(marks)):
        return []  # they alternate: the roles are clear, the spacing rules above apply
    out: list[tuple[int, int, str]] = []
    is_open = False
    for n, (i, q) in enumerate(marks):
        before, after = para[max(0, i - 2):i], para[i + 1:i + 3]
        if q == "“" and is_open and re.fullmatch(r"[.!?] ", before) and _closes(para, marks, n) and after[:1] not in ".,":
            # ('Bolzano? “.” to us': marks round a stop alone quote nothing; what they stand for is unclear)
            out.append((i, i + 1, ""))  # the quotation goes on: the mark opens it a second time
        elif q == "“" and is_open and re.fullmatch(r"[.,!?] ", before) and re.fullmatch(r"[A-Z]\w", after):
            out.append((i - 1, i + 1, "” "))  # closes the open quotation
            is_open = False
        elif q == "”" and not is_open and re.fullmatch(r"\w[.!?]", before) and after[:1].isupper() and _closes(
                para, marks, n):
            out.append((i, i + 1, " “"))  # 'enforced.”We came ... made”': it opens the next quotation
            is_open = True
        elif q == "”" and not is_open and (re.fullmatch(r"\w ", before) and re.fullmatch(r" [a-z]", after) or (
                (before == ": " or (i == 0 and _after_narrative(prev))) and re.fullmatch(r" [A-Za-z]", after))):
            out.append((i, i + 2, "“"))  # opens one after 'said that', a colon or at its paragraph's start
            is_open = True
        elif q == "”" and is_open and re.fullmatch(r"[\w,.!?] ", before) and re.fullmatch(r" [a-z]", after):
            out.append((i - 1, i + 1, "”"))  # 'situation, ” he says': closes the open one, its space after it
            is_open = False
        else:
            is_open = q == "“"
    return out


@lru_cache(maxsize=8)
def _tag(rules: RuleSet) -> re.Pattern:
    """A speech tag right after a closing mark: 'he added', 'said the minister', 'said Kim'."""
    verbs = rules.alternation("words.speech_verbs")
    # a name after the verb: its first letter, no word boundary after it ('said Cristan')
    return re.compile(rf"(?:(?:he|she|they|we|I) (?:{verbs})\b|(?:{verbs}) (?:(?:he|she|the)\b|[A-Z]))")


def tag_comma(para: str, i: int, rules: RuleSet) -> bool:
    """``“We must now confirm that nothing is going to fall”he added``: does the closing mark at
    ``i``, glued to the word before it and to its speech tag after it, close a quoted sentence
    (opened on a capital) that needs a comma before the mark?"""
    if not (0 < i < len(para) - 1 and para[i - 1].isalpha() and para[i + 1].isalpha()):
        return False
    if not _tag(rules).match(para, i + 1):
        return False
    opener = para.rfind("“" if para[i] == "”" else para[i], max(0, i - 800), i)  # bounded: linear in the paragraph
    return opener >= 0 and para[opener + 1:opener + 2].isupper()


@lru_cache(maxsize=8)
def _tag_in_marks(rules: RuleSet) -> re.Pattern:
    """' “stressing that” this' / ' “Renzi noted.” But': a speech tag (a speaker and a verb of saying,
    or a participle of one) set between an opening and a closing mark, a word after it."""
    verbs = rules.alternation("words.speech_verbs") + "|" + rules.alternation("words.speech_participles")
    return re.compile(rf"(?<=[\w,])(,?) “((?:[A-Z][\w’'-]+ |he |she |they )?(?:{verbs})(?: that)?)(\.?)” (?=[A-Za-z])")


def inverted_tags(para: str, rules: RuleSet) -> list[tuple[int, int, str]]:
    """``he “condemns the act ..., “stressing that” this act will fail`` -> ``..., wounded,” stressing
    that “this act``: inside a quotation open before it (curly marks), a speech tag between marks
    is the close of the words before it and the reopening after it.  (start, end, replacement)."""
    out: list[tuple[int, int, str]] = []
    depth, last = 0, 0
    for m in _tag_in_marks(rules).finditer(para):
        for q in _CURLY.findall(para, last, m.start()):
            depth = depth + 1 if q == "“" else max(0, depth - 1)
        last = m.end()
        if depth == 1:  # the marks after the tag: the quotation goes on, still open
            out.append((m.start(), m.end(), f",” {m.group(2)}{m.group(3)} “"))
    return out

