"""The one place that knows the order of the stages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import boilerplate, document, normalize, repair, segment
from .config import Config
from .edits import Edit, EditLog
from .errors import InputError
from .rules import Context, RuleSet, load_rules


@dataclass(frozen=True)
class Result:
    """What the chain made of one document.  ``to_dict()`` is the JSON schema tools rely on."""

    original: str
    output: str  # the whole cleaned document: title, blank line, body
    title: str | None
    text: str  # the cleaned body, without the title
    sentences: tuple[str, ...]
    edits: tuple[Edit, ...]  # fixes and suggestions, sorted by position in the original
    summary: tuple[str, ...] | None = None
    headline: str | None = None
    headline_source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def fixes(self) -> list[Edit]:
        return [e for e in self.edits if e.action == "fix"]

    @property
    def suggestions(self) -> list[Edit]:
        return [e for e in self.edits if e.action == "suggest"]

    @property
    def removed(self) -> list[Edit]:
        """Boilerplate the chain removed: never summarised, listed for the editor."""
        return [e for e in self.edits if "boilerplate." in e.rule and e.action == "fix"]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "title": self.title,
            "text": self.text,
            "sentences": list(self.sentences),
            "edits": [e.to_dict() for e in self.edits],
        }
        if self.summary is not None:
            d["summary"] = list(self.summary)
        if self.headline is not None:
            d["headline"] = self.headline
            d["headline_source"] = self.headline_source
        d.update(self.extra)
        return d


# -- input checks ------------------------------------------------------------

_ENGLISH = frozenset(
    "the of and to in a is that for on was with he it as at by from his be are have has said were "
    "this its an not but they which who will their been would had also after more than or we i she "
    "her there one new all about into up out over two first when can no year years last".split()
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def check_input(text: Any, config: Config) -> None:
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    if not any(ch.isprintable() and not ch.isspace() for ch in text):
        raise InputError("the input is empty: give an article to clean")
    if len(text) > config.max_chars:
        raise InputError(
            f"the input has {len(text):,} characters, more than the limit of {config.max_chars:,}; "
            "split it into articles or raise --max-chars"
        )
    if "\x00" in text or len(_CONTROL.findall(text, 0, 10000)) > 10:
        raise InputError("the input looks binary, not text: give a UTF-8 text file")
    if config.require_english:
        head = text[:20000]
        n_letters = sum(1 for ch in head if ch.isalpha()) if not head.isascii() else len(_ASCII_LETTER.findall(head))
        if n_letters:
            latin = len(_ASCII_LETTER.findall(head)) / n_letters
            words = re.findall(r"[a-z]+", text[:20000].lower())
            english = sum(w in _ENGLISH for w in words) / max(1, len(words))
            if latin < 0.6 or (len(words) >= 20 and english < 0.12):
                raise InputError(
                    "the text does not look like English; mt-cleanup repairs English machine "
                    "translation (use --any-language to process it anyway)"
                )


def detect_title(text: str) -> bool:
    """A short first line without final punctuation, followed by the body, is the title."""
    first, sep, rest = text.partition("\n\n")
    if not sep or not rest.strip():
        return False
    words = re.findall(r"\w+", first)
    return 0 < len(words) <= 30 and not re.search(r"[.,;:]$", first.strip())


# -- the chain -----------------------------------------------------------------

NORMALIZE = [
    normalize.fix_invisible,
    normalize.fix_fullwidth,
    normalize.fix_encoding,
    normalize.fix_whitespace,
    normalize.fix_whitespace,  # after line endings, the rest of the whitespace
    normalize.fix_punctuation,
    normalize.fix_quote_spacing,
]
BOILERPLATE = boilerplate.STEPS
BOUNDARIES = segment.REPAIRS
REPAIR = repair.STEPS
DOCUMENT = document.STEPS
FINISH = segment.FINISH


def _grammar_steps(config: Config) -> list:
    if not config.grammar:
        return []
    from . import grammar

    return grammar.steps(config)


def process(text: str, config: Config | None = None, *, summarize: bool = False) -> Result:
    """Clean one document; with ``summarize=True`` also rank a summary and write a headline."""
    config = config or Config()
    check_input(text, config)
    rules = load_rules(config.rules_dirs)
    log = EditLog(text)
    ctx = Context(rules, config)
    for n in range(max(1, config.max_passes)):
        before = log.text
        for step in NORMALIZE:
            log.apply(step(log.text, ctx))
        if n == 0:
            ctx.has_title = config.detect_title and detect_title(log.text)
        for step in [*BOILERPLATE, *BOUNDARIES, *REPAIR, *DOCUMENT, *FINISH]:
            log.apply(step(log.text, ctx))
        if log.text == before:
            break
    for step in _grammar_steps(config):
        log.apply(step(log.text, ctx))
    return _result(text, log, ctx, rules, config, summarize)


def _result(text: str, log: EditLog, ctx: Context, rules: RuleSet, config: Config, summarize: bool) -> Result:
    out = log.text
    if ctx.has_title:
        title, _, body = out.partition("\n\n")
    else:
        title, body = None, out
    sentences = tuple(segment.split_sentences(body, rules))
    res = Result(text, out, title, body, sentences, tuple(log.all_edits()))
    if summarize:
        from .headline import add_headline
        from .summarize import add_summary

        res = add_headline(add_summary(res, config), config)
    return res


def clean(text: str, config: Config | None = None) -> str:
    """The cleaned document as text (title, blank line, paragraphs)."""
    return process(text, config).output
