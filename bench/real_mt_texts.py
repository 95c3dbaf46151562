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

The held-out sets are rebuilt the same way but each into its own folder: the first
(``holdout_recipes.jsonl``, ids ``h_...``) into ``texts/holdout/``, the second
(``holdout2_recipes.jsonl``, ids ``h2_...``) into ``texts/holdout2/``, the third
(``holdout3_recipes.jsonl``, ids ``h3_...``) into ``texts/holdout3/``, the fourth
(``holdout4_recipes.jsonl``, ids ``h4_...``) into ``texts/holdout4/``, the fifth
(``holdout5_recipes.jsonl``, ids ``h5_...``) into ``texts/holdout5/``, the sixth
(``holdout6_recipes.jsonl``, ids ``h6_...``) into ``texts/holdout6/``, the seventh
(``holdout7_recipes.jsonl``, ids ``h7_...``) into ``texts/holdout7/``, the eighth
(``holdout8_recipes.jsonl``, ids ``h8_...``) into ``texts/holdout8/``, the ninth
(``holdout9_recipes.jsonl``, ids ``h9_...``, never read before its one scoring) into
``texts/holdout9/``, the tenth (``holdout10_recipes.jsonl``, ids ``h10_...``, never read before its
one scoring) into ``texts/holdout10/``, the eleventh (``holdout11_recipes.jsonl``, ids ``h11_...``, never
read before its one scoring) into ``texts/holdout11/``, the twelfth (``holdout12_recipes.jsonl``, ids
``h12_...``, never read before its one scoring) into ``texts/holdout12/``, the thirteenth
(``holdout13_recipes.jsonl``, ids ``h13_...``, never read before its one scoring) into ``texts/holdout13/``. No reader of ``texts/*.json`` (detection bench,
calque mining, packs bench, tests) can take them for development or mining text, and only
``python -m bench.real_mt --set holdout`` (or ``holdout2`` .. ``holdout13``) scores them.

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
# Each held-out set: its name (also its texts folder and its ``--set``), id prefix and recipe file.
HELD_OUT_SETS = {"holdout": (HOLDOUT_PREFIX, HOLDOUT_RECIPES), "holdout2": ("h2_", "holdout2_recipes.jsonl"),
                 "holdout3": ("h3_", "holdout3_recipes.jsonl"), "holdout4": ("h4_", "holdout4_recipes.jsonl"),
                 "holdout5": ("h5_", "holdout5_recipes.jsonl"), "holdout6": ("h6_", "holdout6_recipes.jsonl"),
                 "holdout7": ("h7_", "holdout7_recipes.jsonl"), "holdout8": ("h8_", "holdout8_recipes.jsonl"),
                 "holdout9": ("h9_", "holdout9_recipes.jsonl"), "holdout10": ("h10_", "holdout10_recipes.jsonl"),
                 "holdout11": ("h11_", "holdout11_recipes.jsonl"), "holdout12": ("h12_", "holdout12_recipes.jsonl"),
                 "holdout13": ("h13_", "holdout13_recipes.jsonl")}


def held_out_set(excerpt_id: str) -> str | None:
    """The held-out set an excerpt belongs to, or None for a development or mining excerpt.

    >>> held_out_set("h_it_italianbiggestnews_renzi-bronzes"), held_out_set("h2_cs_neuck_x"), held_out_set("th_x_01")
    ('holdout', 'holdout2', None)
    >>> held_out_set("h3_sr_vreme_x"), held_out_set("h4_eu_site_x"), held_out_set("h5_no_site_x")
    ('holdout3', 'holdout4', 'holdout5')
    >>> held_out_set("h6_hr_site_x"), held_out_set("h7_fi_site_x"), held_out_set("h8_cs_site_x")
    ('holdout6', 'holdout7', 'holdout8')
    >>> held_out_set("h9_da_site_x"), held_out_set("h10_sv_site_x"), held_out_set("h1_sv_site_x")
    ('holdout9', 'holdout10', None)
    >>> held_out_set("h11_sr_site_x"), held_out_set("h111_sr_site_x")
    ('holdout11', None)
    >>> held_out_set("h12_pl_site_x"), held_out_set("h121_pl_site_x")
    ('holdout12', None)
    >>> held_out_set("h13_hu_site_x"), held_out_set("h131_hu_site_x")
    ('holdout13', None)
    """
    return next((name for name, (prefix, _) in HELD_OUT_SETS.items() if excerpt_id.startswith(prefix)), None)


def is_holdout(excerpt_id: str) -> bool:
    """Whether an excerpt belongs to a held-out set: scored apart, never read to write,
    tune or evidence a rule (its figures stand for MT nobody here has read).

    >>> is_holdout("h_it_italianbiggestnews_renzi-bronzes"), is_holdout("h2_cs_neuck_x"), is_holdout("th_x_01")
    (True, True, False)
    >>> is_holdout("h3_sr_vreme_x"), is_holdout("h4_eu_site_x"), is_holdout("h5_no_site_x")
    (True, True, True)
    >>> is_holdout("h6_hr_site_x"), is_holdout("h7_fi_site_x"), is_holdout("h8_cs_site_x")
    (True, True, True)
    >>> is_holdout("h9_da_site_x"), is_holdout("h10_sv_site_x"), is_holdout("h11_sr_site_x")
    (True, True, True)
    >>> is_holdout("h12_pl_site_x"), is_holdout("h13_hu_site_x")
    (True, True)
    """
    return held_out_set(excerpt_id) is not None


def text_path(excerpt_id: str, texts: Path = TEXTS) -> Path:
    """Where the rebuilt text of an excerpt lives: held-out texts in their set's own folder."""
    which = held_out_set(excerpt_id)
    return (texts / which if which else texts) / f"{excerpt_id}.json"


def dev_text_paths(texts: Path = TEXTS, recursive: bool = False) -> list[Path]:
    """The rebuilt texts any reader but the held-out scoring may use: ``texts/*.json``
    (``recursive``: subfolders too, such as mining pages), never a held-out one."""
    paths = texts.rglob("*.json") if recursive else texts.glob("*.json")
    return [p for p in sorted(paths)
            if not set(HELD_OUT_SETS) & set(p.relative_to(texts).parts[:-1]) and not is_holdout(p.stem)]


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
    """Held-out ids (``h_...``, ``h2_...`` .. ``h13_...``) in a development or mining
    recipe file, or ids of another set in a held-out one: either would let a bench read held-out
    text as development text, or score a text in the wrong held-out set."""
    file_set = {recipes: name for name, (_, recipes) in HELD_OUT_SETS.items()}
    problems = []
    for path in sorted(folder.glob("*recipes.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and held_out_set(json.loads(line)["id"]) != file_set.get(path.name):
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
