"""The second held-out real-MT set (ids ``h2_...``, texts in ``texts/holdout2/``) is scored only
with ``--set holdout2`` and, like the first, read by nothing rules are written or tuned on.

It was built when the first held-out set had been used to write rules (bench/real_mt/README.md)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from bench import mine_calques, packs, real_mt
from bench.real_mt_texts import HELD_OUT_SETS, HERE, dev_text_paths, held_out_set, set_problems, text_path


def _doc(excerpt_id: str, lang: str = "cs") -> dict:
    return {"id": excerpt_id, "lang": lang, "source_url": "", "title": "", "text": f"Text of {excerpt_id}.",
            "raw": f"Text of {excerpt_id}."}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A dev text, a text of each held-out set in its folder and a second-set text misplaced among
    the dev texts (a careless rebuild)."""
    shared = tmp_path / "excerpts.jsonl"
    shared.write_text(json.dumps(_doc("th_given_01", "th")) + "\n", encoding="utf-8")
    texts = tmp_path / "texts"
    for folder in ("holdout", "holdout2", "mining"):
        (texts / folder).mkdir(parents=True)
    for path, doc in ((texts / "es_site_x.json", _doc("es_site_x", "es")),
                      (texts / "mining" / "m_ru_site_y.json", _doc("m_ru_site_y", "ru")),
                      (texts / "holdout" / "h_it_site_z.json", _doc("h_it_site_z", "it")),
                      (texts / "holdout2" / "h2_cs_site_w.json", _doc("h2_cs_site_w")),
                      (texts / "h2_bn_site_stray.json", _doc("h2_bn_site_stray", "bn"))):
        path.write_text(json.dumps(doc), encoding="utf-8")
    return shared, texts


def test_the_second_held_out_set_is_its_own_set(corpus):
    shared, texts = corpus
    assert set(real_mt.load_excerpts(shared, texts, which="holdout2")) == {"h2_cs_site_w", "h2_bn_site_stray"}
    assert set(real_mt.load_excerpts(shared, texts, which="holdout")) == {"h_it_site_z"}
    assert set(real_mt.load_excerpts(shared, texts)) == {"th_given_01", "es_site_x"}
    assert set(real_mt.load_excerpts(shared, texts, which="all")) == {
        "th_given_01", "es_site_x", "h_it_site_z", "h2_cs_site_w", "h2_bn_site_stray"}
    assert held_out_set("h2_cs_site_w") == "holdout2" and held_out_set("h_it_site_z") == "holdout"


def test_no_bench_rules_are_tuned_on_reads_the_second_held_out_set(corpus):
    shared, texts = corpus
    assert {p.stem for p in dev_text_paths(texts, recursive=True)} == {"es_site_x", "m_ru_site_y"}
    assert {d.id for d in mine_calques.load_mt(texts, shared)} == {"th_given_01", "es_site_x", "m_ru_site_y"}
    assert {i for i, _, _ in packs.real_mt_texts(shared, texts)} == {"th_given_01", "es_site_x", "m_ru_site_y"}


def test_second_set_annotations_and_texts_have_their_own_places(tmp_path):
    for name in ("es_site_x", "h_it_site_z", "h2_cs_site_w"):
        (tmp_path / f"{name}.toml").write_text(f'id = "{name}"\nlang = "xx"\n', encoding="utf-8")
    assert set(real_mt.load_annotations(tmp_path, which="holdout2")[0]) == {"h2_cs_site_w"}
    assert set(real_mt.load_annotations(tmp_path, which="holdout")[0]) == {"h_it_site_z"}
    assert text_path("h2_cs_site_w", tmp_path) == tmp_path / "holdout2" / "h2_cs_site_w.json"


def test_set_problems_keeps_each_held_out_set_in_its_recipe_file(tmp_path):
    holdout2_recipes = HELD_OUT_SETS["holdout2"][1]
    (tmp_path / "recipes.jsonl").write_text(json.dumps({"id": "h2_cs_site_w"}) + "\n", encoding="utf-8")
    (tmp_path / "holdout_recipes.jsonl").write_text(json.dumps({"id": "h2_bn_site_v"}) + "\n", encoding="utf-8")
    (tmp_path / holdout2_recipes).write_text(
        json.dumps({"id": "h_it_site_z"}) + "\n" + json.dumps({"id": "h2_ro_site_u"}) + "\n", encoding="utf-8")
    assert len(set_problems(tmp_path)) == 3


def test_the_second_held_out_recipes_are_all_annotated():
    recipes = [json.loads(x) for x in (HERE / HELD_OUT_SETS["holdout2"][1]).read_text(encoding="utf-8").splitlines()
               if x.strip()]
    ids = {r["id"] for r in recipes}
    assert len(ids) >= 8 and all(held_out_set(i) == "holdout2" for i in ids)
    assert len({r["lang"] for r in recipes}) == len(recipes)  # one excerpt per source language
    annotated = {p.stem for p in (HERE / "annotations").glob("*.toml") if held_out_set(p.stem) == "holdout2"}
    assert annotated == ids
    for name in annotated:
        ann = tomllib.loads((HERE / "annotations" / f"{name}.toml").read_text(encoding="utf-8"))
        assert ann["repair"] and 3 <= len(ann["keep"]) <= 6, name


def test_the_command_scores_the_second_held_out_set(capsys):
    assert real_mt.main(["--set", "holdout2", "--only", "no such id"]) == []
    assert capsys.readouterr().out.startswith("Set: holdout2 (0 excerpts)")
