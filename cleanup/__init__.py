"""mt-cleanup: repair English text produced by machine translation, then summarise it.

>>> from cleanup import process, replay
>>> r = process("The talks ended , both sides said. and no date was set")
>>> r.text
'The talks ended, both sides said and no date was set.'
>>> replay(r.original, r.edits) == r.output
True
"""

from __future__ import annotations

from .api import headline, summarize
from .config import Config, register_name_check
from .edits import Edit, replay
from .errors import CleanupError, ConfigError, GrammarError, InputError, RuleError
from .pipeline import check_names, clean, process
from .records import process_many, process_record
from .result import Result
from .rules import load_rules
from .sentences import split_sentences

# Config checks --disable/--enable names when it is made; the names are the chain's (config.py cannot import it)
register_name_check(lambda dirs, disable, enable: check_names(load_rules(dirs), disable, enable))

__all__ = [
    "process", "clean", "summarize", "headline", "split_sentences", "replay", "process_record", "process_many",
    "Config", "Result", "Edit", "CleanupError", "ConfigError", "InputError", "RuleError", "GrammarError",
]
__version__ = "0.1.0"
