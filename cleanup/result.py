"""Result: what the chain made of one document.  ``to_dict()`` is the JSON schema tools rely on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .edits import Edit


@dataclass(frozen=True)
class Result:
    original: str
    output: str  # the whole cleaned document: title, blank line, body
    title: str | None
    text: str  # the cleaned body, without the title
    sentences: tuple[str, ...]
    edits: tuple[Edit, ...]  # fixes and suggestions, sorted by position in the original
    source_language: str | None = None
    source_evidence: tuple[str, ...] = ()
    summary: tuple[str, ...] | None = None
    summary_spans: tuple[tuple[int, int], ...] | None = None  # each summary sentence in the ORIGINAL input
    headline: str | None = None
    headline_source: str | None = None
    #: ids of the rules that remove scraper leftovers (kind "line"), so the editor can list them
    leftover_rules: frozenset[str] = field(default_factory=frozenset, compare=False)

    @property
    def fixes(self) -> list[Edit]:
        return [e for e in self.edits if e.action == "fix"]

    @property
    def suggestions(self) -> list[Edit]:
        return [e for e in self.edits if e.action == "suggest"]

    def is_leftover(self, edit: Edit) -> bool:
        return any(r in self.leftover_rules for r in edit.rule.split("+"))

    @property
    def removed(self) -> list[Edit]:
        """Scraper leftovers the chain removed: never summarised, listed for the editor."""
        return [e for e in self.edits if e.action == "fix" and self.is_leftover(e)]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "title": self.title,
            "text": self.text,
            "sentences": list(self.sentences),
            "source_language": self.source_language,
            "source_evidence": list(self.source_evidence),
            "edits": [{**e.to_dict(), "leftover": self.is_leftover(e)} for e in self.edits],
        }
        if self.summary is not None:
            d["summary"] = list(self.summary)
            if self.summary_spans is not None:
                d["summary_spans"] = [list(s) for s in self.summary_spans]
        if self.headline is not None:
            d["headline"] = self.headline
            d["headline_source"] = self.headline_source
        return d
