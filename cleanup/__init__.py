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
from .headline import headline  # noqa: E402  (binds the function over the submodule name)
from .pipeline import Result, clean, process
from .segment import split_sentences  # noqa: E402
from .summarize import summarize  # noqa: E402

__all__ = [
    "process", "clean", "summarize", "headline", "split_sentences", "replay",
    "Config", "Result", "Edit", "CleanupError", "InputError", "RuleError", "GrammarError",
]
__version__ = "0.1.0"
