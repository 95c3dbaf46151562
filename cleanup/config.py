"""Config: one frozen dataclass; override with keywords, e.g. ``Config().replace(grammar="languagetool")``."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

#: applied at or above this confidence, offered below it: the knee of the precision/recall curve
#: measured on held-out articles (python -m bench.calibrate; bench/RESULTS.md)
DEFAULT_MIN_CONFIDENCE = 0.7


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

    def replace(self, **changes: object) -> Config:
        return dataclasses.replace(self, **changes)
