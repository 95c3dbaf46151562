"""Punkt for plain ASCII lines, on the standard library's regular expressions.

NLTK's Punkt compiles its patterns with the third-party ``regex`` engine behind a timeout
(``nltk.redos``): a guard against patterns a caller supplies.  Our patterns are Punkt's own,
and on a line of ASCII characters the two engines agree on every class those patterns use
(``\\s``, ``\\S``, ``\\w``, ``\\d``), except that ``re`` also counts the separators
``\\x1c``-``\\x1f`` as white space: a line with one of them, or with any character beyond ASCII,
keeps the guarded tokenizer.  The same parameters and the same code (NLTK's subclass hooks:
``lang_vars`` and ``token_cls``) on ``re`` segment a line in half the time (on 12,000 BBC lines
the boundaries are the same); segmentation is a twentieth of the chain.
"""

from __future__ import annotations

import re

from nltk import redos
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

#: a line whose every character is ASCII and none of the separators ``re`` alone calls space
_PLAIN = re.compile(r"[\x00-\x1b\x20-\x7f]*\Z")


def plain(line: str) -> bool:
    """Can :func:`tokenizer`'s Punkt segment ``line`` exactly as NLTK's own does?"""
    return line.isascii() and _PLAIN.match(line) is not None


class _Vars(PunktLanguageVars):
    """Punkt's English language variables with its patterns compiled by ``re``."""

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = re.compile(
                self._word_tokenize_fmt % {"NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                                           "WordStart": self._re_word_start},
                re.UNICODE | re.VERBOSE)
            return self._re_word_tokenizer

    def period_context_re(self) -> re.Pattern[str]:
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = re.compile(
                self._period_context_fmt % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
                re.UNICODE | re.VERBOSE)
            return self._re_period_context


_NON_PUNCT = re.compile(r"[^\W\d]")


class _Token(PunktToken):
    """Punkt's token with its class patterns compiled by ``re``."""

    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern)

    @property
    def is_non_punct(self) -> re.Match[str] | None:
        return _NON_PUNCT.search(self.type)


def tokenizer(params: PunktParameters) -> PunktSentenceTokenizer:
    """Punkt with ``params``, for the lines :func:`plain` accepts."""
    return PunktSentenceTokenizer(params, lang_vars=_Vars(), token_cls=_Token)


class _UntimedVars(PunktLanguageVars):
    """Punkt's English language variables on NLTK's own engine (``regex``), without the time
    limit ``nltk.redos`` puts on a pattern's ``finditer``: that limit counts the CPU of everything
    Punkt does while it walks one line, so a long line beyond ASCII (250,000 stops and ellipses,
    or a one-line article under load) ended in a ``TimeoutError`` instead of its sentences.  The
    patterns are Punkt's own, linear in the line; the matches are the same."""

    re_boundary_realignment = redos.compile(PunktLanguageVars.re_boundary_realignment, timeout=None)

    def _untimed(self, name: str, pattern) -> object:  # noqa: ANN001 - NLTK's bound hook
        """NLTK's pattern from ``pattern()``, compiled once without the time limit and kept as ``name``."""
        if name not in self.__dict__:
            self.__dict__[name] = redos.compile(pattern(), timeout=None)
        return self.__dict__[name]

    def _word_tokenizer_re(self):  # noqa: ANN202 - NLTK's hook
        return self._untimed("_untimed_word_tokenizer", super()._word_tokenizer_re)

    def period_context_re(self):  # noqa: ANN202 - NLTK's hook
        return self._untimed("_untimed_period_context", super().period_context_re)


_UNTIMED_NON_PUNCT = redos.compile(r"[^\W\d]", re.UNICODE, timeout=None)


class _UntimedToken(PunktToken):
    """Punkt's token with its class patterns on ``regex`` without the time limit."""

    _RE_ELLIPSIS = redos.compile(PunktToken._RE_ELLIPSIS, timeout=None)
    _RE_NUMERIC = redos.compile(PunktToken._RE_NUMERIC, timeout=None)
    _RE_INITIAL = redos.compile(PunktToken._RE_INITIAL, timeout=None)
    _RE_ALPHA = redos.compile(PunktToken._RE_ALPHA, timeout=None)

    @property
    def is_non_punct(self):  # noqa: ANN201 - NLTK's property
        return _UNTIMED_NON_PUNCT.search(self.type)


def untimed(params: PunktParameters) -> PunktSentenceTokenizer:
    """NLTK's Punkt with ``params``, for the lines :func:`plain` refuses, without the time limit."""
    return PunktSentenceTokenizer(params, lang_vars=_UntimedVars(), token_cls=_UntimedToken)
