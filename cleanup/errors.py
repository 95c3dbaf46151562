"""Named errors.  Each message tells the user what to do next; the CLI prints it as one line."""

from __future__ import annotations


class CleanupError(Exception):
    """Base class for every error mt-cleanup raises on purpose."""


class InputError(CleanupError):
    """The input cannot be processed (empty, binary, too large, not English...)."""


class RuleError(CleanupError):
    """A rule file is malformed or one of its examples fails."""


class GrammarError(CleanupError):
    """The LanguageTool stage could not run (no server, no Java, timeout...)."""


class ConfigError(CleanupError):
    """An option names something that does not exist (``--disable`` of an unknown rule)."""


class OutputError(CleanupError):
    """The output cannot be written: a full disk, a closed pipe, no permission, a bad port."""
