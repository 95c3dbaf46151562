"""mt-cleanup: repair English text produced by machine translation, then summarise it.

>>> from cleanup import process, replay
>>> r = process("The talks ended , both sides said. and no date was set")
>>> r.text
'The talks ended, both sides said and no date was set.'
>>> replay(r.original, r.edits) == r.output
True
"""

from __future__ import annotations

from .config import Config
from .edits import Edit, replay
from .errors import CleanupError, GrammarError, InputError, RuleError
from .pipeline import Result, clean, process


def split_sentences(text: str) -> list[str]:
    """Sentence segmentation only (Punkt with curated parameters, plus ordered passes)."""
    from .segment import split_sentences as _split

    return _split(text)


def summarize(text_or_result, sentences: int = 3, method: str = "default", ratio: float | None = None,
              config: Config | None = None) -> list[str]:
    from .summarize import summarize as _summarize

    return _summarize(text_or_result, sentences=sentences, method=method, ratio=ratio, config=config)


def headline(text_or_result, generate: bool = False, config: Config | None = None) -> str:
    from .headline import headline as _headline

    return _headline(text_or_result, generate=generate, config=config)


__all__ = [
    "process", "clean", "summarize", "headline", "split_sentences", "replay",
    "Config", "Result", "Edit", "CleanupError", "InputError", "RuleError", "GrammarError",
]
__version__ = "0.1.0"
