from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SEED = ROOT / "samples" / "xi-putin-moscow-summit.txt"


def bbc_articles(limit: int | None = None) -> list[Path]:
    base = SHARED / "data" / "bbc-news-summary" / "articles"
    if not base.is_dir():
        pytest.skip("../shared/data/bbc-news-summary is not here")
    files = sorted(base.glob("*/*.txt"))
    return files[:limit] if limit else files


def bbc_body(path: Path) -> str:
    """The article without its title line (the first line)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return text.split("\n", 1)[1].strip() if "\n" in text else text
