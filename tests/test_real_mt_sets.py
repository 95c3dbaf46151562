"""The held-out real-MT set is scored only on request and read by nothing else.

Its figures stand for MT no rule was written against, so no bench that rules are tuned on
(detection, calque mining, packs) and no test may take a held-out text for a development
or mining text; a rule may cite one only as ``holdout:``, which marks the set in-sample for it."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from bench import language, mine_calques, packs, real_mt
from bench.real_mt_texts import HERE, HOLDOUT_RECIPES, dev_text_paths, held_out_set, is_holdout, set_problems, text_path


def _doc(excerpt_id: str, lang: str = "it") -> dict:
    return {"id": excerpt_id, "lang": lang, "source_url": "", "title": "", "text": f"Text of {excerpt_id}.",
            "raw": f"Text of {excerpt_id}."}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A shared dev file, a rebuilt dev text, a mining page, a held-out text in its folder and
    one misplaced among the dev texts (a careless rebuild)."""
    shared = tmp_path / "excerpts.jsonl"
    shared.write_text(json.dumps(_doc("th_given_01", "th")) + "\n", encoding="utf-8")
    texts = tmp_path / "texts"
    (texts / "holdout").mkdir(parents=True)
    (texts / "mining").mkdir()
    for path, doc in ((texts / "es_site_x.json", _doc("es_site_x", "es")),
                      (texts / "mining" / "m_ru_site_y.json", _doc("m_ru_site_y", "ru")),
                      (texts / "holdout" / "h_it_site_z.json", _doc("h_it_site_z")),
                      (texts / "h_pl_site_stray.json", _doc("h_pl_site_stray", "pl"))):
        path.write_text(json.dumps(doc), encoding="utf-8")
    return shared, texts


def test_the_sets_split_the_excerpts_and_dev_stays_the_default(corpus):
    shared, texts = corpus
    assert set(real_mt.load_excerpts(shared, texts)) == {"th_given_01", "es_site_x"}
    assert set(real_mt.load_excerpts(shared, texts, which="holdout")) == {"h_it_site_z", "h_pl_site_stray"}
    assert set(real_mt.load_excerpts(shared, texts, which="all")) == {
        "th_given_01", "es_site_x", "h_it_site_z", "h_pl_site_stray"}
    with pytest.raises(ValueError):
        real_mt.in_set("es_site_x", "test")


def test_annotations_are_loaded_for_one_set(tmp_path):
    for name in ("es_site_x", "h_it_site_z"):
        (tmp_path / f"{name}.toml").write_text(f'id = "{name}"\nlang = "xx"\n', encoding="utf-8")
    assert set(real_mt.load_annotations(tmp_path)[0]) == {"es_site_x"}
    assert set(real_mt.load_annotations(tmp_path, which="holdout")[0]) == {"h_it_site_z"}
    assert set(real_mt.load_annotations(tmp_path, which="all")[0]) == {"es_site_x", "h_it_site_z"}


def test_the_benches_rules_are_tuned_on_never_read_held_out_texts(corpus, monkeypatch):
    shared, texts = corpus
    assert {p.stem for p in dev_text_paths(texts)} == {"es_site_x"}
    assert {p.stem for p in dev_text_paths(texts, recursive=True)} == {"es_site_x", "m_ru_site_y"}
    assert {d.id for d in mine_calques.load_mt(texts, shared)} == {"th_given_01", "es_site_x", "m_ru_site_y"}
    assert {i for i, _, _ in packs.real_mt_texts(shared, texts)} == {"th_given_01", "es_site_x", "m_ru_site_y"}
    monkeypatch.setattr(language, "TEXTS", texts)
    monkeypatch.setattr(language, "EXCERPTS", shared)
    found = language.mt_texts()
    assert {i for i, _, _ in found["dev"]} == {"th_given_01", "es_site_x"}
    assert {i for i, _, _ in found["mining"]} == {"m_ru_site_y"}


def test_held_out_texts_are_rebuilt_into_their_own_folder(tmp_path):
    assert text_path("h_it_site_z", tmp_path) == tmp_path / "holdout" / "h_it_site_z.json"
    assert text_path("es_site_x", tmp_path) == tmp_path / "es_site_x.json"


def test_held_out_ids_are_exactly_the_held_out_recipes_and_annotations():
    """Every recipe file keeps to its set, and every held-out recipe has its annotation."""
    assert set_problems() == []
    recipes = [json.loads(x) for x in (HERE / HOLDOUT_RECIPES).read_text(encoding="utf-8").splitlines() if x.strip()]
    ids = {r["id"] for r in recipes}
    assert len(ids) >= 15 and all(is_holdout(i) for i in ids)
    annotated = {p.stem for p in (HERE / "annotations").glob("*.toml") if held_out_set(p.stem) == "holdout"}
    assert annotated == ids
    for name in annotated:
        ann = tomllib.loads((HERE / "annotations" / f"{name}.toml").read_text(encoding="utf-8"))
        assert ann["repair"] and 3 <= len(ann["keep"]) <= 6, name


def test_set_problems_finds_a_held_out_id_in_a_development_recipe_file(tmp_path):
    (tmp_path / "recipes.jsonl").write_text(json.dumps({"id": "h_it_site_z"}) + "\n", encoding="utf-8")
    (tmp_path / HOLDOUT_RECIPES).write_text(json.dumps({"id": "es_site_x"}) + "\n", encoding="utf-8")
    assert len(set_problems(tmp_path)) == 2


def test_the_command_scores_the_chosen_set(capsys):
    assert real_mt.main(["--set", "holdout", "--only", "no such id"]) == []
    assert capsys.readouterr().out.startswith("Set: holdout (0 excerpts)")
    with pytest.raises(SystemExit):
        real_mt.main(["--set", "test"])
