"""The third held-out real-MT set (ids ``h3_...``, texts in ``texts/holdout3/``) is scored only
with ``--set holdout3`` and, like the first two, read by nothing rules are written or tuned on.

It was built once the second held-out set had been scored (bench/real_mt/README.md)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from urllib.parse import urlparse

import pytest

from bench import mine_calques, packs, real_mt
from bench.real_mt_texts import HELD_OUT_SETS, HERE, dev_text_paths, held_out_set, load_recipes, set_problems, text_path


def _doc(excerpt_id: str, lang: str = "sr") -> dict:
    return {"id": excerpt_id, "lang": lang, "source_url": "", "title": "", "text": f"Text of {excerpt_id}.",
            "raw": f"Text of {excerpt_id}."}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A dev text, a text of each held-out set in its folder and a third-set text misplaced among
    the dev texts (a careless rebuild)."""
    shared = tmp_path / "excerpts.jsonl"
    shared.write_text(json.dumps(_doc("th_given_01", "th")) + "\n", encoding="utf-8")
    texts = tmp_path / "texts"
    for folder in ("holdout", "holdout2", "holdout3", "mining"):
        (texts / folder).mkdir(parents=True)
    for path, doc in ((texts / "es_site_x.json", _doc("es_site_x", "es")),
                      (texts / "mining" / "m_ru_site_y.json", _doc("m_ru_site_y", "ru")),
                      (texts / "holdout2" / "h2_cs_site_w.json", _doc("h2_cs_site_w", "cs")),
                      (texts / "holdout3" / "h3_sr_site_v.json", _doc("h3_sr_site_v")),
                      (texts / "h3_pl_site_stray.json", _doc("h3_pl_site_stray", "pl"))):
        path.write_text(json.dumps(doc), encoding="utf-8")
    return shared, texts


def test_the_third_held_out_set_is_its_own_set(corpus):
    shared, texts = corpus
    assert held_out_set("h3_sr_site_v") == "holdout3" and held_out_set("h2_cs_site_w") == "holdout2"
    assert set(real_mt.load_excerpts(shared, texts, which="holdout3")) == {"h3_sr_site_v", "h3_pl_site_stray"}
    assert set(real_mt.load_excerpts(shared, texts, which="holdout2")) == {"h2_cs_site_w"}
    assert set(real_mt.load_excerpts(shared, texts)) == {"th_given_01", "es_site_x"}
    assert set(real_mt.load_excerpts(shared, texts, which="all")) == {
        "th_given_01", "es_site_x", "h2_cs_site_w", "h3_sr_site_v", "h3_pl_site_stray"}


def test_no_bench_rules_are_tuned_on_reads_the_third_held_out_set(corpus):
    shared, texts = corpus
    assert {p.stem for p in dev_text_paths(texts, recursive=True)} == {"es_site_x", "m_ru_site_y"}
    assert {d.id for d in mine_calques.load_mt(texts, shared)} == {"th_given_01", "es_site_x", "m_ru_site_y"}
    assert {i for i, _, _ in packs.real_mt_texts(shared, texts)} == {"th_given_01", "es_site_x", "m_ru_site_y"}


def test_third_set_annotations_and_texts_have_their_own_places(tmp_path):
    for name in ("es_site_x", "h2_cs_site_w", "h3_sr_site_v"):
        (tmp_path / f"{name}.toml").write_text(f'id = "{name}"\nlang = "xx"\n', encoding="utf-8")
    assert set(real_mt.load_annotations(tmp_path, which="holdout3")[0]) == {"h3_sr_site_v"}
    assert set(real_mt.load_annotations(tmp_path, which="holdout2")[0]) == {"h2_cs_site_w"}
    assert set(real_mt.load_annotations(tmp_path)[0]) == {"es_site_x"}
    assert text_path("h3_sr_site_v", tmp_path) == tmp_path / "holdout3" / "h3_sr_site_v.json"


def test_set_problems_keeps_the_third_set_in_its_recipe_file(tmp_path):
    (tmp_path / "recipes.jsonl").write_text(json.dumps({"id": "h3_sr_site_v"}) + "\n", encoding="utf-8")
    (tmp_path / HELD_OUT_SETS["holdout2"][1]).write_text(json.dumps({"id": "h3_pl_site_u"}) + "\n", encoding="utf-8")
    (tmp_path / HELD_OUT_SETS["holdout3"][1]).write_text(
        json.dumps({"id": "h2_cs_site_w"}) + "\n" + json.dumps({"id": "h3_it_site_t"}) + "\n", encoding="utf-8")
    assert len(set_problems(tmp_path)) == 3


def test_the_third_held_out_recipes_are_new_sites_and_all_annotated():
    recipes = [json.loads(x) for x in (HERE / HELD_OUT_SETS["holdout3"][1]).read_text(encoding="utf-8").splitlines()
               if x.strip()]
    ids = {r["id"] for r in recipes}
    assert len(ids) >= 10 and all(held_out_set(i) == "holdout3" for i in ids)
    assert len({r["lang"] for r in recipes}) == len(recipes)  # one excerpt per source language
    # sites that no other recipe file (development, mining, earlier held-out sets) uses
    site = lambda r: urlparse(r["source_url"]).netloc.removeprefix("www.")  # noqa: E731
    others = {site(r) for r in load_recipes() if held_out_set(r["id"]) != "holdout3"}
    assert len({site(r) for r in recipes}) == len(recipes) and not {site(r) for r in recipes} & others
    annotated = {p.stem for p in (HERE / "annotations").glob("*.toml") if held_out_set(p.stem) == "holdout3"}
    assert annotated == ids
    for name in annotated:
        ann = tomllib.loads((HERE / "annotations" / f"{name}.toml").read_text(encoding="utf-8"))
        assert ann["repair"] and 3 <= len(ann["keep"]) <= 6, name


def test_the_command_scores_the_third_held_out_set(capsys):
    assert real_mt.main(["--set", "holdout3", "--only", "no such id"]) == []
    assert capsys.readouterr().out.startswith("Set: holdout3 (0 excerpts)")
