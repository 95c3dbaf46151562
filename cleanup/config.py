"""Config: one frozen dataclass; override with keywords, e.g. ``Config().replace(grammar="languagetool")``."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from numbers import Real
from urllib.parse import urlsplit

from .errors import ConfigError

#: applied at or above this confidence, offered below it: the knee of the precision/recall curve
#: measured on held-out articles (python -m bench.calibrate; bench/RESULTS.md)
DEFAULT_MIN_CONFIDENCE = 0.7

#: the summary's rankings (cleanup.summarize runs them; here so that Config can check a name)
SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
METHODS = ("news", "lead", *SUMY_METHODS)


@dataclass(frozen=True)
class Config:
    #: extra folders of rule files (*.toml), loaded after the shipped ones
    rules_dirs: tuple[str, ...] = ()
    #: rules or stages switched off, by id or prefix: ("casing.stray_capital", "normalize.quotes")
    disable: tuple[str, ...] = ()
    #: rules shipped with default = "off" that are switched on, by id or prefix
    enable: tuple[str, ...] = ()
    #: a candidate edit is applied at or above this confidence and offered to the editor below it
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    #: the source language of the translation (ISO 639-1), or None to detect it from the text
    source_language: str | None = None
    #: None (no grammar pass) or "languagetool"
    grammar: str | None = None
    #: LanguageTool server URL; None means MT_CLEANUP_LANGUAGETOOL_URL or a local one
    languagetool_url: str | None = None
    #: refuse inputs longer than this many characters
    max_chars: int = 2_000_000
    #: refuse text that does not look like English
    require_english: bool = True
    #: treat a short first line without final punctuation as the title
    detect_title: bool = True
    #: summary length and ranking method (see cleanup.summarize)
    summary_sentences: int = 3
    summary_ratio: float | None = None
    summary_method: str = "default"
    #: write a headline from the lede even when the article has a title
    generate_headline: bool = False
    #: run the chain again on its own output until nothing changes (at most this many passes)
    max_passes: int = 3

    def __post_init__(self) -> None:
        """A wrong option is the caller's mistake, said in one line when the Config is made,
        not a TypeError deep in the chain.  A single string where a tuple is due
        (``disable="casing"``) is taken as a tuple of one."""
        for name in ("rules_dirs", "disable", "enable"):
            object.__setattr__(self, name, _names(name, getattr(self, name)))
        # a rules folder is read where the Config was made, not in another working directory later
        object.__setattr__(self, "rules_dirs", tuple(os.path.abspath(d) for d in self.rules_dirs))
        _check_number("min_confidence", self.min_confidence, 0.0, 1.0)
        if self.summary_ratio is not None:
            _check_number("summary_ratio", self.summary_ratio, 0.0, 1.0, low_open=True)
        for name in ("max_chars", "summary_sentences", "max_passes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"Config {name} takes a whole number of at least 1, got {value!r}")
        lang = self.source_language
        if lang is not None and not (isinstance(lang, str) and len(lang) == 2 and lang.isascii() and lang.isalpha()):
            raise ConfigError(f"Config source_language takes an ISO 639-1 code such as ko or th, got {lang!r}")
        if lang is not None:
            object.__setattr__(self, "source_language", lang.lower())
        _check_kinds(self)

    def replace(self, **changes: object) -> Config:
        return dataclasses.replace(self, **changes)


def _check_kinds(config: Config) -> None:
    """Flags, choices and the URL: a wrong one was taken silently (``require_english="no"`` is
    true) or failed later as another error (``grammar="lt"``, ``summary_method="nope"``)."""
    for name in ("require_english", "detect_title", "generate_headline"):
        if not isinstance(getattr(config, name), bool):
            raise ConfigError(f"Config {name} takes True or False, got {getattr(config, name)!r}")
    if config.grammar not in (None, "languagetool"):
        raise ConfigError(f"Config grammar takes None or 'languagetool', got {config.grammar!r}")
    if config.summary_method not in ("default", *METHODS):
        raise ConfigError(f"Config summary_method takes one of default, {', '.join(METHODS)}; "
                          f"got {config.summary_method!r}")
    url = config.languagetool_url
    if url is not None and not isinstance(url, str):
        raise ConfigError(f"Config languagetool_url takes a URL (str) or None, got {url!r}")
    if url is not None and not is_http_url(url):
        raise ConfigError(f"Config languagetool_url takes an http(s) URL such as http://127.0.0.1:8081, got {url!r}")
    for folder in config.rules_dirs:
        if not os.path.isdir(folder):
            raise ConfigError(f"Config rules_dirs: {folder} is not a folder (give a folder of *.toml rule files)")
    if config.disable or config.enable:  # a typo fails here, not with the first document
        _check_names(config.rules_dirs, config.disable, config.enable)


def is_http_url(url: str) -> bool:
    """``http://host[:port][/path]``: what the LanguageTool client and ``languagetool status`` can
    reach (``notaurl``, ``::`` or ``localhost:8081`` without its scheme failed only when the
    grammar pass ran, as a LanguageTool outage)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and url == url.strip()


_NAME_CHECK: list = []  # the chain's check of rule and stage names (it imports this module, not back)


def register_name_check(check) -> None:
    """``check(rules_dirs, disable, enable)`` raises ConfigError on a name no rule or stage has."""
    _NAME_CHECK[:] = [check]


@lru_cache(maxsize=64)
def _check_names(rules_dirs: tuple[str, ...], disable: tuple[str, ...], enable: tuple[str, ...]) -> None:
    """``disable``/``enable`` names checked against the rules and stages, by the check the chain
    registers when it is imported (``import cleanup`` does)."""
    for check in _NAME_CHECK:
        check(rules_dirs, disable, enable)


def _names(name: str, value: object) -> tuple[str, ...]:
    """A tuple of names; a folder of rules may be a ``Path`` (taken as its string, as before)."""
    folders = name == "rules_dirs"
    if isinstance(value, str) or (folders and isinstance(value, os.PathLike)):
        value = (value,)
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ConfigError(f"Config {name} takes a tuple of names (str), got {value!r}")
    items = tuple(os.fspath(v) if folders and isinstance(v, os.PathLike) else v for v in value)
    if not all(isinstance(v, str) for v in items):
        raise ConfigError(f"Config {name} takes names (str), got {value!r}")
    return items


def _check_number(name: str, value: object, low: float, high: float, low_open: bool = False) -> None:
    ok = not isinstance(value, bool) and isinstance(value, Real) and low <= float(value) <= high
    if not ok or (low_open and float(value) == low):  # type: ignore[arg-type]
        above = "above" if low_open else "from"
        raise ConfigError(f"Config {name} takes a number {above} {low:g} to {high:g}, got {value!r}")


def as_config(value: object) -> Config:
    """``value`` as the Config to run with: None is the default; anything else that is not a Config (a dict,
    a rule folder's name) is a ConfigError, not an AttributeError from deep inside the chain (faults37)."""
    if value is None:
        return Config()
    if not isinstance(value, Config):
        raise ConfigError(f"config takes a cleanup.Config (Config(min_confidence=0.9)), got {type(value).__name__}")
    return value
