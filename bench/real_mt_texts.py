"""Check the locally rebuilt real-MT excerpts against their recipes.

The excerpts are third-party text, so the repository keeps only recipes
(``bench/real_mt/*recipes.jsonl``: query, address, SHA-256 of the excerpt) and each
session rebuilds ``bench/real_mt/texts/<id>.json`` through the search tool. This
script tells whether what was rebuilt is byte-for-byte the excerpt that was
annotated: an annotation only means something on the exact text it was written on.

A text file holds ``{id, lang, source_url, title, text, raw}``; ``raw`` is the
excerpt as the tool returned it (the hash is taken on it) and ``title``/``text``
must be what the recipe's ``split`` makes of it:

- ``first_line``: the first line of the stripped excerpt is the title, the rest
  (stripped) the text;
- ``none``: no title, the text is the stripped excerpt.

Usage: ``python -m bench.real_mt_texts [--rebuild-instructions]``. Exit status 1
when a text does not match its recipe; a missing text is only listed (a fresh
checkout has none until a session rebuilds them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "real_mt"
TEXTS = HERE / "texts"


def load_recipes(folder: Path = HERE) -> list[dict]:
    """Every recipe of every ``*recipes.jsonl`` in the folder (several helpers add files)."""
    recipes = []
    for path in sorted(folder.glob("*recipes.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                recipes.append(json.loads(line))
    return recipes


def split_excerpt(raw: str, split: str) -> tuple[str, str]:
    """(title, text) of an excerpt as the recipe's ``split`` defines them."""
    if split == "first_line":
        first, _, rest = raw.strip().partition("\n")
        return first.strip(), rest.strip()
    if split == "none":
        return "", raw.strip()
    raise ValueError(f"unknown split {split!r}")


def check(recipe: dict, texts: Path = TEXTS) -> str | None:
    """None when the text of ``recipe`` is present and exact, else why not."""
    path = texts / f"{recipe['id']}.json"
    if not path.exists():
        return "missing"
    doc = json.loads(path.read_text(encoding="utf-8"))
    raw = doc.get("raw")
    if raw is None:
        return "no raw excerpt in the file"
    if hashlib.sha256(raw.encode("utf-8")).hexdigest() != recipe["sha256"]:
        return "sha256 differs from the recipe"
    if (doc.get("title", ""), doc.get("text", "")) != split_excerpt(raw, recipe.get("split", "none")):
        return f"title/text are not the {recipe.get('split', 'none')!r} split of the raw excerpt"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rebuild-instructions",
        action="store_true",
        help="for each missing text, print the query and address to look up",
    )
    args = parser.parse_args(argv)

    recipes = load_recipes()
    missing, bad = [], []
    for recipe in recipes:
        problem = check(recipe)
        if problem == "missing":
            missing.append(recipe)
        elif problem:
            bad.append((recipe["id"], problem))
    for rid, problem in bad:
        print(f"MISMATCH {rid}: {problem}")
    for recipe in missing:
        print(f"MISSING  {recipe['id']}")
        if args.rebuild_instructions:
            print(f"  search corpus={recipe.get('corpus', 'pages')!r} query={recipe['query']!r}")
            print(f"  take the result whose url is {recipe['source_url']}")
            print(
                f"  save its excerpt string exactly as texts/{recipe['id']}.json "
                f"(raw, plus title/text by split={recipe.get('split', 'none')!r})"
            )
    ok = len(recipes) - len(missing) - len(bad)
    print(f"{len(recipes)} recipes: {ok} ok, {len(missing)} missing, {len(bad)} mismatched")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
