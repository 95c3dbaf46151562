"""The later held-out real-MT sets (``holdout2``: ids ``h2_...``, texts in ``texts/holdout2/``;
``holdout3``: ``h3_...``, ``texts/holdout3/``; ``holdout4``: ``h4_...``, ``texts/holdout4/``;
``holdout5``: ``h5_...``, ``texts/holdout5/``; ``holdout6``: ``h6_...``, ``texts/holdout6/``;
``holdout7``: ``h7_...``, ``texts/holdout7/``; ``holdout8``: ``h8_...``, ``texts/holdout8/``; ``holdout9``:
``h9_...``, ``texts/holdout9/``; ``holdout10``: ``h10_...``, ``texts/holdout10/``; ``holdout11``: ``h11_...``,
``texts/holdout11/``; ``holdout12``: ``h12_...``, ``texts/holdout12/``; ``holdout13``: ``h13_...``,
``texts/holdout13/``) are scored only with their own ``--set`` and, like the first, read by nothing rules are
written or tuned on.

Each was built once the set before it had been used or scored (bench/real_mt/README.md)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from urllib.parse import urlparse

import pytest

from bench import mine_calques, packs, real_mt
from bench.real_mt_texts import HELD_OUT_SETS, HERE, dev_text_paths, held_out_set, load_recipes, set_problems, text_path

#: each later set: its name, an id in its folder, an id misplaced among the dev texts, the fewest excerpts it holds
SETS = {"holdout2": ("h2_cs_site_w", "h2_bn_site_stray", 8), "holdout3": ("h3_sr_site_v", "h3_pl_site_stray", 10),
        "holdout4": ("h4_eu_site_u", "h4_he_site_stray", 10), "holdout5": ("h5_no_site_t", "h5_ur_site_stray", 10),
        "holdout6": ("h6_hr_site_s", "h6_sk_site_stray", 10), "holdout7": ("h7_fi_site_r", "h7_pt_site_stray", 10),
        "holdout8": ("h8_cs_site_q", "h8_bn_site_stray", 10), "holdout9": ("h9_da_site_p", "h9_ro_site_stray", 10),
        "holdout10": ("h10_sv_site_o", "h10_th_site_stray", 10),
        "holdout11": ("h11_sr_site_n", "h11_no_site_stray", 10),
        "holdout12": ("h12_pl_site_m", "h12_cs_site_stray", 10),
        "holdout13": ("h13_hu_site_l", "h13_sv_site_stray", 10)}
LATER = sorted(SETS)


def _doc(excerpt_id: str) -> dict:
    lang = excerpt_id.split("_")[1]
    return {"id": excerpt_id, "lang": lang, "source_url": "", "title": "", "text": f"Text of {excerpt_id}.",
            "raw": f"Text of {excerpt_id}."}


@pytest.fixture(params=LATER)
def corpus(request, tmp_path: Path) -> tuple[str, Path, Path]:
    """A dev text, a mined one, a text of each held-out set in its folder and one text of the set
    under test misplaced among the dev texts (a careless rebuild)."""
    name = request.param
    shared = tmp_path / "excerpts.jsonl"
    shared.write_text(json.dumps(_doc("th_given_01")) + "\n", encoding="utf-8")
    texts = tmp_path / "texts"
    for folder in ("holdout", *SETS, "mining"):
        (texts / folder).mkdir(parents=True)
    placed = [(texts / "es_site_x.json", "es_site_x"), (texts / "mining" / "m_ru_site_y.json", "m_ru_site_y"),
              (texts / "holdout" / "h_it_site_z.json", "h_it_site_z"), (texts / f"{SETS[name][1]}.json", SETS[name][1])]
    placed += [(texts / other / f"{first}.json", first) for other, (first, _, _) in SETS.items()]
    for path, excerpt_id in placed:
        path.write_text(json.dumps(_doc(excerpt_id)), encoding="utf-8")
    return name, shared, texts


def test_a_later_held_out_set_is_its_own_set(corpus):
    name, shared, texts = corpus
    first, stray, _ = SETS[name]
    assert held_out_set(first) == name and held_out_set(stray) == name and held_out_set("h_it_site_z") == "holdout"
    assert set(real_mt.load_excerpts(shared, texts, which=name)) == {first, stray}
    assert set(real_mt.load_excerpts(shared, texts, which="holdout")) == {"h_it_site_z"}
    assert set(real_mt.load_excerpts(shared, texts)) == {"th_given_01", "es_site_x"}
    assert set(real_mt.load_excerpts(shared, texts, which="all")) == {
        "th_given_01", "es_site_x", "h_it_site_z", stray} | {first for first, _, _ in SETS.values()}


def test_no_bench_rules_are_tuned_on_reads_a_later_held_out_set(corpus):
    _, shared, texts = corpus
    assert {p.stem for p in dev_text_paths(texts, recursive=True)} == {"es_site_x", "m_ru_site_y"}
    assert {d.id for d in mine_calques.load_mt(texts, shared)} == {"th_given_01", "es_site_x", "m_ru_site_y"}
    assert {i for i, _, _ in packs.real_mt_texts(shared, texts)} == {"th_given_01", "es_site_x", "m_ru_site_y"}


@pytest.mark.parametrize("name", LATER)
def test_a_later_set_has_its_own_annotations_and_texts(tmp_path, name):
    first = SETS[name][0]
    for excerpt_id in ("es_site_x", "h_it_site_z", *(f for f, _, _ in SETS.values())):
        (tmp_path / f"{excerpt_id}.toml").write_text(f'id = "{excerpt_id}"\nlang = "xx"\n', encoding="utf-8")
    assert set(real_mt.load_annotations(tmp_path, which=name)[0]) == {first}
    assert set(real_mt.load_annotations(tmp_path, which="holdout")[0]) == {"h_it_site_z"}
    assert set(real_mt.load_annotations(tmp_path)[0]) == {"es_site_x"}
    assert text_path(first, tmp_path) == tmp_path / name / f"{first}.json"


@pytest.mark.parametrize("name", LATER)
def test_set_problems_keeps_each_held_out_set_in_its_recipe_file(tmp_path, name):
    first, stray, _ = SETS[name]
    (tmp_path / "recipes.jsonl").write_text(json.dumps({"id": first}) + "\n", encoding="utf-8")
    (tmp_path / "holdout_recipes.jsonl").write_text(json.dumps({"id": stray}) + "\n", encoding="utf-8")
    (tmp_path / HELD_OUT_SETS[name][1]).write_text(
        json.dumps({"id": "h_it_site_z"}) + "\n" + json.dumps({"id": first}) + "\n", encoding="utf-8")
    assert len(set_problems(tmp_path)) == 3


@pytest.mark.parametrize("name", LATER)
def test_a_later_sets_recipes_are_new_sites_and_all_annotated(name):
    recipes = [json.loads(x) for x in (HERE / HELD_OUT_SETS[name][1]).read_text(encoding="utf-8").splitlines()
               if x.strip()]
    ids = {r["id"] for r in recipes}
    assert len(ids) >= SETS[name][2] and all(held_out_set(i) == name for i in ids)
    assert len({r["lang"] for r in recipes}) == len(recipes)  # one excerpt per source language
    # sites that no other recipe file (development, mining, the other held-out sets) uses
    site = lambda r: urlparse(r["source_url"]).netloc.removeprefix("www.")  # noqa: E731
    others = {site(r) for r in load_recipes() if held_out_set(r["id"]) != name}
    assert len({site(r) for r in recipes}) == len(recipes) and not {site(r) for r in recipes} & others
    annotated = {p.stem for p in (HERE / "annotations").glob("*.toml") if held_out_set(p.stem) == name}
    assert annotated == ids
    for excerpt_id in annotated:
        ann = tomllib.loads((HERE / "annotations" / f"{excerpt_id}.toml").read_text(encoding="utf-8"))
        assert ann["repair"] and 3 <= len(ann["keep"]) <= 6, excerpt_id


@pytest.mark.parametrize("name", LATER)
def test_the_command_scores_a_later_held_out_set(capsys, name):
    assert real_mt.main(["--set", name, "--only", "no such id"]) == []
    assert capsys.readouterr().out.startswith(f"Set: {name} (0 excerpts)")


def test_no_held_out_prefix_is_the_start_of_another():
    """Ids are matched to a set by prefix: were one prefix the start of another (``h1_`` and ``h10_``),
    an id of the later set would be scored in the earlier one."""
    prefixes = [prefix for prefix, _ in HELD_OUT_SETS.values()]
    assert len(set(prefixes)) == len(prefixes) and all(p.endswith("_") for p in prefixes)
    assert not [(a, b) for a in prefixes for b in prefixes if a != b and b.startswith(a)]
    assert held_out_set("h10_sv_site_o") == "holdout10" and held_out_set("h1_sv_site_o") is None
    assert held_out_set("h11_sr_site_n") == "holdout11" and held_out_set("h111_sr_site_n") is None
    assert held_out_set("h12_pl_site_m") == "holdout12" and held_out_set("h121_pl_site_m") is None
    assert held_out_set("h13_hu_site_l") == "holdout13" and held_out_set("h131_hu_site_l") is None
