"""The public functions that take either text or a :class:`Result`.

They live here, above the chain, so that the summariser and the headline writer never
import the pipeline (one direction only: pipeline -> summarize, headline)."""

from __future__ import annotations

from typing import Any

from .config import Config
from .headline import headline_of
from .pipeline import process
from .result import Result
from .rules import load_rules
from .summarize import rank


def _result(text_or_result: Any, config: Config | None) -> Result:
    return text_or_result if isinstance(text_or_result, Result) else process(text_or_result, config)


def summarize(text_or_result: Any, sentences: int | None = 3, method: str = "default",
              ratio: float | None = None, config: Config | None = None) -> list[str]:
    """The summary of an article (text, which is cleaned first, or a Result): sentences as
    they stand in the cleaned text, in article order, never the same one twice."""
    result = _result(text_or_result, config)
    return rank(result, sentences, method, ratio, load_rules((config or Config()).rules_dirs))


def headline(text_or_result: Any, generate: bool = False, config: Config | None = None) -> str:
    """The cleaned title when the article has one (unless ``generate``), else one from the lede."""
    config = (config or Config()).replace(generate_headline=generate)
    return headline_of(_result(text_or_result, config), config, load_rules(config.rules_dirs))[0]
