"""What every stage reads: the :class:`Context` of a run and the :class:`Doc` view of the text.

A stage never finds paragraphs, sentence ends or case evidence by itself: it asks the
document view, which computes each of them once, lazily, for the text as it stands (spaCy's
``Doc`` is the model).  The view is rebuilt only when a stage has changed the text.

The context also holds the one place where evidence becomes a decision (:meth:`Context.change`):
a stage proposes a change under a rule id, with the rule's confidence or a lower one when
its evidence is weaker, and the change is applied when that confidence reaches
``Config.min_confidence``, else offered to the editor.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .config import Config
from .edits import Change
from .rules import Rule, RuleSet
from .sentences import paragraph_spans, sentence_spans

_STARTERS = set(".!?:;\"“‘'([—–-•*")


@lru_cache(maxsize=32768)
def _paragraph_sentences(paragraph: str, rules: RuleSet) -> tuple[tuple[int, int], ...]:
    return tuple(sentence_spans(paragraph, rules))


def mid_sentence(text: str, pos: int) -> bool:
    """Is ``pos`` inside a sentence (not after a line start, a stop, a quote or a bracket)?"""
    i = pos - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return not (i < 0 or text[i] == "\n" or text[i] in _STARTERS)


@dataclass(frozen=True)
class CaseEvidence:
    """How the body cases each word: capitalised in mid-sentence, in lower case, and
    capitalised on its own (not after 'the' or inside a longer name; counted when first read:
    only the proper-noun stage's candidates ask)."""

    caps: Counter
    lows: Counter
    text: str = field(repr=False, compare=False)

    @cached_property
    def alone(self) -> Counter:
        text = self.text
        alone: Counter = Counter()
        for m in _CAP3.finditer(text):
            if not mid_sentence(text, m.start()):
                continue
            after = text[m.end():m.end() + 2]
            goes_on = after[:1] == " " and after[1:] in _NAME_GOES_ON
            if goes_on or _NAME_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "the Bank", "Mortgage Lenders", "Lenders Association": part of a longer name
            alone[m.group(1)] += 1
        return alone


_LETTERS = re.compile(r"[A-Za-z][a-z’']*")
_NAME_GOES_ON = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ&")
#: the words of _LETTERS that open with a capital, in mid-sentence (:func:`mid_sentence`: after
#: spaces that follow anything but a line break or one of _STARTERS), found by one scan
_MID_UPPER_WORD = re.compile(r"(?<=[^ \n.!?:;\"“‘'(\[—–\-•*]) *([A-Z][a-z’']*)")
_CAPITALISED = re.compile(r"[A-Z](?<![\w’'-][A-Z])[a-z]+(?![\w-])")
_CAP3 = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]{2,})(?![\w-])")
_NAME_BEFORE = re.compile(r"(?:\b[Tt]he|\b[A-Z][\w’'&-]*)(?: (?:of|and|for|on|&|de|la|du))* $")


class Doc:
    """The text of one document as a stage sees it, with its structure computed on demand."""

    def __init__(self, text: str, has_title: bool, rules: RuleSet) -> None:
        self.text = text
        self.has_title = has_title
        self.rules = rules

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraph_spans(self.text)

    @cached_property
    def body(self) -> list[tuple[int, int]]:
        """The paragraphs after the title line (all of them when there is no title)."""
        return self.paragraphs[1:] if self.has_title else self.paragraphs

    @property
    def title(self) -> tuple[int, int] | None:
        return self.paragraphs[0] if self.has_title else None

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence of the body, in order.  Paragraphs a stage did not
        change are not segmented again (a cache by paragraph text)."""
        out: list[tuple[int, int]] = []
        for s, e in self.body:
            out += [(s + a, s + b) for a, b in _paragraph_sentences(self.text[s:e], self.rules)]
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_start(self, pos: int, floor: int = 0) -> int:
        """Start of the sentence that holds ``pos`` (not before ``floor``)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return max(floor, self._sentence_starts[i] if i >= 0 else 0)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence that holds ``pos``; in the title, the title."""
        title = self.title
        if title and pos <= title[1]:
            return title
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return 0, min(len(self.text), pos)
        return self.sentences[i]

    def mid_sentence(self, pos: int) -> bool:
        return mid_sentence(self.text, pos)

    @cached_property
    def capitals(self) -> Counter:
        """Capitalised words anywhere in the text, sentence starts included."""
        return Counter(_CAPITALISED.findall(self.text))

    @cached_property
    def case(self) -> CaseEvidence:
        text = self.text
        caps: Counter = Counter()
        words: Counter = Counter()
        for s, e in self.body:
            start = s
            while start and text[start - 1] == " ":
                start -= 1  # mid_sentence reads back over spaces before the paragraph: so does the scan
            lo = max(0, start - 1)  # the character the scan's look-behind reads before it starts
            letters, upper = _case_words(text[lo:e], start - lo, s - lo)
            words.update(letters)
            caps.update(upper)
        lows = Counter({w: n for w, n in words.items() if not w[0].isupper()})
        return CaseEvidence(caps, lows, text)


# bounded small: the saving is within one document (32,768 paragraph strings held ~190 MB in a
# long worker); 2,048 missed every paragraph of 1 MB of BBC (some 2,650, read in order 7 times)
@lru_cache(maxsize=4096)
def _case_words(chunk: str, at: int, body: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a paragraph (``chunk[body:]``) and its capitalised words in mid-sentence (from
    ``at``, the spaces before it; ``chunk[at - 1]`` is what the scan's look-behind reads), once per
    paragraph: the evidence is counted again for every changed text, and a stage that changes one
    paragraph leaves the others to the cache (on 1 MB of BBC, 0.44 -> 0.20 s over its 7 counts)."""
    return tuple(_LETTERS.findall(chunk, body)), tuple(_MID_UPPER_WORD.findall(chunk, at))


@lru_cache(maxsize=64)
def _rule_table(rules: RuleSet, disable: tuple[str, ...], enable: tuple[str, ...], language: str | None) -> dict:
    """Which rules are on (rule id -> rule, or None when off), filled as they are asked for."""
    return {}


@lru_cache(maxsize=64)
def _word_table(rules: RuleSet) -> dict[str, frozenset[str]]:
    """Word lists by name (:meth:`Context.words`), filled as they are asked for; one per rule set."""
    return {}


@dataclass
class Context:
    """What a stage may know besides the text: rules, config, the document's title and
    source language, and the decision from confidence to fix or suggestion."""

    rules: RuleSet
    config: Config
    has_title: bool = False
    language: str | None = None
    language_evidence: tuple[str, ...] = ()
    #: does the document show machine-translation damage (see language.mt_signals)?  Rules whose
    #: pattern is also a native writer's style (a fragment for effect) are surer when it does.
    mt_like: bool = True
    _rules: dict[str, Rule | None] | None = None
    _rules_language: str | None = None
    _view: Doc | None = None
    _word_lists: dict[str, frozenset[str]] | None = None

    def view(self, text: str) -> Doc:
        """The document view of ``text``: the same object as long as the text is unchanged."""
        if self._view is None or self._view.text is not text or self._view.has_title != self.has_title:
            self._view = Doc(text, self.has_title, self.rules)
        return self._view

    def disabled(self, name: str) -> bool:
        """Is a rule or stage switched off by ``Config.disable`` (its id or a prefix of it)?"""
        return any(name == d or name.startswith(d + ".") for d in self.config.disable)

    def rule(self, rule_id: str) -> Rule | None:
        """The loaded rule, or None when it is not loaded, disabled, off by default or for
        another source language."""
        table = self._rules
        if table is None or self._rules_language != self.language:
            # shared by every document cleaned with the same rules, options and source language
            table = self._rules = _rule_table(self.rules, self.config.disable, self.config.enable, self.language)
            self._rules_language = self.language
        if rule_id not in table:
            r = self.rules.get(rule_id)
            if r is not None and (self.disabled(r.id) or not self.active(r)):
                r = None
            table[rule_id] = r
        return table[rule_id]

    def active(self, r: Rule) -> bool:
        enabled = r.default_on or any(r.id == x or r.id.startswith(x + ".") for x in self.config.enable)
        return enabled and (r.language is None or r.language == self.language)

    def words(self, key: str, *more: str) -> frozenset[str]:
        """A word list (:meth:`RuleSet.words`).  One list by its name is read from a table kept
        per rule set: stages ask some 300 times a document, often for every candidate."""
        if more:
            return self.rules.words(key, *more)
        table = self._word_lists
        if table is None:
            table = self._word_lists = _word_table(self.rules)
        got = table.get(key)
        if got is None:
            got = table[key] = self.rules.words(key)
        return got

    def decide(self, r: Rule, confidence: float | None, native: bool = False) -> tuple[float, str]:
        if confidence is None:
            conf = r.confidence
        else:  # the precision measured where the rule's evidence gave this confidence, if any
            table = r.options.get("calibration", ())
            near = min(table, key=lambda cp: abs(cp[0] - confidence), default=None)
            conf = near[1] if near and abs(near[0] - confidence) < 0.03 else confidence
        if not self.mt_like and "native_confidence" in r.options and not native:
            conf = min(conf, float(r.options["native_confidence"]))
        return conf, "fix" if conf >= self.config.min_confidence else "suggest"

    def doubtful(self, rule_id: str) -> float:
        """The confidence of a rule's doubtful case (``doubtful_confidence``, default 0.4)."""
        r = self.rule(rule_id)
        return float(r.options.get("doubtful_confidence", 0.4)) if r else 0.0

    def change(self, start: int, end: int, after: str, rule_id: str, *, confidence: float | None = None,
               doubt: bool = False, native: bool = False) -> Change | None:
        """A change under ``rule_id``, or None when the rule is off.  ``doubt`` marks weaker
        evidence than the rule's usual case: the rule's ``doubtful_confidence`` applies.
        ``native``: evidence that holds in native copy too, not capped by ``native_confidence``."""
        r = self.rule(rule_id)
        if r is None:
            return None
        if doubt and confidence is None:
            confidence = float(r.options.get("doubtful_confidence", 0.4))
        conf, action = self.decide(r, confidence, native)
        return Change(start, end, after, r.id, r.explanation, action, conf)
