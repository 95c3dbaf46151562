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

The held-out set (``holdout_recipes.jsonl``, ids ``h_...``) is rebuilt the same way
but into ``texts/holdout/``: no reader of ``texts/*.json`` (detection bench, calque
mining, packs bench, tests) can take it for development or mining text, and only
``python -m bench.real_mt --set holdout`` scores it.

Usage: ``python -m bench.real_mt_texts [--rebuild-instructions]``. Exit status 1
when a text does not match its recipe (or a held-out id is in the wrong recipe file);
a missing text is only listed (a fresh checkout has none until a session rebuilds them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "real_mt"
TEXTS = HERE / "texts"
HOLDOUT_RECIPES = "holdout_recipes.jsonl"
HOLDOUT_PREFIX = "h_"


def is_holdout(excerpt_id: str) -> bool:
    """Whether an excerpt belongs to the held-out set: scored apart, never read to write,
    tune or evidence a rule (its figures stand for MT nobody here has read).

    >>> is_holdout("h_it_italianbiggestnews_renzi-bronzes"), is_holdout("th_thailandnewsgazette_01")
    (True, False)
    """
    return excerpt_id.startswith(HOLDOUT_PREFIX)


def text_path(excerpt_id: str, texts: Path = TEXTS) -> Path:
    """Where the rebuilt text of an excerpt lives: held-out texts in their own folder."""
    return (texts / "holdout" if is_holdout(excerpt_id) else texts) / f"{excerpt_id}.json"


def dev_text_paths(texts: Path = TEXTS, recursive: bool = False) -> list[Path]:
    """The rebuilt texts any reader but the held-out scoring may use: ``texts/*.json``
    (``recursive``: subfolders too, such as mining pages), never a held-out one."""
    paths = texts.rglob("*.json") if recursive else texts.glob("*.json")
    return [p for p in sorted(paths) if "holdout" not in p.relative_to(texts).parts[:-1] and not is_holdout(p.stem)]


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


def set_problems(folder: Path = HERE) -> list[str]:
    """Held-out ids (``h_...``) in a development or mining recipe file, or other ids in the
    held-out one: either would let a bench read held-out text as development text."""
    problems = []
    for path in sorted(folder.glob("*recipes.jsonl")):
        held_out_file = path.name == HOLDOUT_RECIPES
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and is_holdout(json.loads(line)["id"]) != held_out_file:
                problems.append(f"{path.name}: {json.loads(line)['id']} is in the wrong set")
    return problems


def check(recipe: dict, texts: Path = TEXTS) -> str | None:
    """None when the text of ``recipe`` is present and exact, else why not."""
    path = text_path(recipe["id"], texts)
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
    sets = set_problems()
    for problem in sets:
        print(f"WRONG SET {problem}")
    for rid, problem in bad:
        print(f"MISMATCH {rid}: {problem}")
    for recipe in missing:
        print(f"MISSING  {recipe['id']}")
        if args.rebuild_instructions:
            print(f"  search corpus={recipe.get('corpus', 'pages')!r} query={recipe['query']!r}")
            print(f"  take the result whose url is {recipe['source_url']}")
            print(
                f"  save its excerpt string exactly as {text_path(recipe['id'], Path('texts'))} "
                f"(raw, plus title/text by split={recipe.get('split', 'none')!r})"
            )
    ok = len(recipes) - len(missing) - len(bad)
    print(f"{len(recipes)} recipes: {ok} ok, {len(missing)} missing, {len(bad)} mismatched")
    return 1 if bad or sets else 0


if __name__ == "__main__":
    sys.exit(main())
