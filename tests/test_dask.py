"""The dask engine on a LocalCluster (two worker processes, one thread each): the same bytes as
``batch --jobs 1``, shards written whole and skipped when complete, errors as fields.

Skipped when dask is not installed, except in CI (``CI=true``), where that fails."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleanup import Config
from cleanup.cli import main
from cleanup.records import process_record

from .conftest import ROOT, SAMPLES

HAVE_DASK = find_spec("dask") is not None and find_spec("distributed") is not None
TEXTS = [p.read_text(encoding="utf-8") for p in SAMPLES] + [
    "Ministers meet in Geneva But no deal in sight\n\nThe talks began on Monday. and are expected to last "
    "three days , officials said.\n\nLeave a Comment\n",
    "The minister said He would resign. the party has not commented.",
]


@pytest.fixture(scope="module")
def client():
    """One cluster for the module (starting one takes seconds)."""
    if not HAVE_DASK:
        if os.environ.get("CI") == "true":
            pytest.fail('dask is not installed: CI installs ".[test,bench,dask]"')
        pytest.skip('dask is not installed (pip install "mt-cleanup[dask]")')
    import cloudpickle
    from distributed import Client, LocalCluster

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as c:
        yield c


def _lines(n: int, start: int = 0, bad: dict[int, bytes] | None = None) -> bytes:
    """n JSONL lines of articles (ids from ``start``); ``bad`` replaces some lines (1-based)."""
    out = []
    for i in range(n):
        line = json.dumps({"id": f"doc-{start + i}", "text": TEXTS[(start + i) % len(TEXTS)], "feed": "test"})
        out.append((bad or {}).get(i + 1, line.encode("utf-8")))
    return b"\n".join(out) + b"\n"


def _batch(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, ["batch", *args, "--no-progress"])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    return res.exit_code, res.output


def _reference(tmp_path: Path, data: bytes, name: str) -> bytes:
    """What ``batch --jobs 1`` writes for these input bytes."""
    src, out = tmp_path / f"ref-{name}.jsonl", tmp_path / f"ref-{name}.out.jsonl"
    src.write_bytes(data)
    _batch(str(src), "-o", str(out))
    return out.read_bytes()


def _summary(output: str) -> str:
    return next(line for line in output.splitlines() if " documents: " in line).split(" (")[0]


def _dask(client, *args: str) -> tuple[int, str]:
    return _batch(*args, "--scheduler", client.scheduler.address)


def test_one_jsonl_file_gives_the_bytes_of_one_process(client, tmp_path):
    bad = {3: b"{not json", 7: b'{"id": "x", "text": "caf\xe9"}', 8: b"", 11: b"[1, 2]", 12: b'{"id": "e", "text": ""}'}
    data = _lines(30, bad=bad)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(data)
    code, output = _dask(client, str(src), "-o", str(out))
    ref_code, ref_output = _batch(str(src), "-o", str(tmp_path / "ref.jsonl"))
    assert out.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
    assert code == ref_code == 1 and _summary(output) == _summary(ref_output)
    assert "30 documents: 25 cleaned, 5 failed" in output  # the blank line gets its error line too
    assert not (tmp_path / ".out.jsonl.parts").exists()  # the parts are removed once assembled
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_one_gzipped_file_is_split_too_and_can_go_into_a_folder(client, tmp_path):
    from cleanup.shards import plan

    data = _lines(40, bad={9: b"{not json"})
    src = tmp_path / "corpus.jsonl.gz"
    src.write_bytes(gzip.compress(data))
    assert len(plan(str(src), str(tmp_path / "x.jsonl")).pieces) == 40  # one line each: every worker has work
    code, output = _dask(client, str(src), "-o", str(tmp_path / "clean"))
    assert code == 1 and "40 documents: 39 cleaned, 1 failed" in output
    assert _read(tmp_path / "clean" / "corpus.jsonl.gz") == _reference(tmp_path, data, "gz")


def test_summaries_and_options_reach_the_workers(client, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(_lines(6))
    opts = ["--summarize", "-n", "2", "--no-title", "--disable", "casing.stray_capital"]
    code, output = _dask(client, str(src), "-o", str(tmp_path / "out.jsonl"), *opts)
    assert code == 0, output
    ref = tmp_path / "ref.jsonl"
    _batch(str(src), "-o", str(ref), *opts)
    assert (tmp_path / "out.jsonl").read_bytes() == ref.read_bytes()
    rows = [json.loads(x) for x in ref.read_bytes().splitlines()]
    assert all(len(r["summary"]) <= 2 and r["title"] is None for r in rows)


def test_bad_scheduler_addresses_are_one_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(_lines(1))
    if not HAVE_DASK:
        pytest.skip("dask is not installed")
    res = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "nonsense"])
    assert res.exit_code == 1 and res.output.strip().splitlines() == [
        "mt-cleanup: error: --scheduler takes an address such as tcp://10.0.0.5:8786, not 'nonsense'"]


def test_a_gzip_cut_short_or_an_unreadable_file_is_bad_input_not_a_write_error(tmp_path):
    if not HAVE_DASK:
        pytest.skip("dask is not installed")
    gz = gzip.compress(_lines(6))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gz[: len(gz) // 2])
    res = CliRunner().invoke(main, ["batch", str(cut), "-o", str(tmp_path / "o.jsonl"), "--engine", "dask"])
    assert res.exit_code == 1 and res.output.startswith(f"mt-cleanup: error: cannot read {cut}"), res.output
    # was EOFError: an internal error (5); an unreadable input was "cannot write to the output" (3)


def test_a_piece_that_fails_writing_its_output_is_exit_status_3():
    from cleanup.dask import _is_write_error

    assert _is_write_error(PermissionError(13, "Permission denied", "/out/.part-000001.jsonl.ab.tmp"), "/in/c.jsonl")
    assert not _is_write_error(FileNotFoundError(2, "No such file", "/in/c.jsonl"), "/in/c.jsonl")
    assert not _is_write_error(ValueError("a bug"), "/in/c.jsonl")


def _shards(tmp_path: Path, bad: dict[int, bytes] | None = None) -> tuple[Path, dict[str, bytes]]:
    """shards/a.jsonl, shards/sub/b.jsonl.gz (with ``bad`` lines), shards/c.jsonl; their plain bytes."""
    folder = tmp_path / "shards"
    (folder / "sub").mkdir(parents=True)
    plain = {"a.jsonl": _lines(9), "sub/b.jsonl.gz": _lines(8, 100, bad), "c.jsonl": _lines(5, 200)}
    for name, data in plain.items():
        (folder / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    (folder / "notes.md").write_text("not a shard", encoding="utf-8")
    return folder, plain


def _read(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()


def test_a_folder_of_shards_gives_shards_named_after_them(client, tmp_path):
    folder, plain = _shards(tmp_path)
    out = tmp_path / "out"
    code, output = _dask(client, str(folder), "-o", str(out))
    assert code == 0, output
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        ".mt-cleanup.json", "a.jsonl", "c.jsonl", "sub/b.jsonl.gz"]
    for name, data in plain.items():
        assert _read(out / name) == _reference(tmp_path, data, name.replace("/", "-")), name
    # the same shards, given as a glob, into one file: their outputs in path order
    one = tmp_path / "one.jsonl"
    code, _ = _dask(client, str(folder / "**" / "*.jsonl*"), "-o", str(one))
    assert code == 0
    assert one.read_bytes() == b"".join(_read(out / n) for n in ("a.jsonl", "c.jsonl", "sub/b.jsonl.gz"))


def test_a_malformed_line_in_one_shard_is_an_error_line(client, tmp_path):
    bad = {2: b"{not json", 5: b'{"id": "no-text", "body": "x"}', 6: b"\xff\xfe"}
    folder, plain = _shards(tmp_path, bad)
    out = tmp_path / "out"
    code, output = _dask(client, str(folder), "-o", str(out))
    assert code == 1
    assert "22 documents: 19 cleaned, 3 failed" in output
    assert "document None: line 2 is not valid JSON" in output
    rows = [json.loads(x) for x in _read(out / "sub" / "b.jsonl.gz").splitlines()]
    assert [(r["line"], r["id"]) for r in rows if "error" in r] == [(2, None), (5, "no-text"), (6, None)]
    assert _read(out / "sub" / "b.jsonl.gz") == _reference(tmp_path, plain["sub/b.jsonl.gz"], "b")
    assert not any("error" in json.loads(x) for x in (out / "a.jsonl").read_bytes().splitlines())


def test_a_rerun_computes_only_the_missing_shard(client, tmp_path):
    folder, _ = _shards(tmp_path)
    out = tmp_path / "out"
    assert _dask(client, str(folder), "-o", str(out))[0] == 0
    names = ("a.jsonl", "c.jsonl", "sub/b.jsonl.gz")
    first = {n: (out / n).read_bytes() for n in names}
    stats = {n: (out / n).stat() for n in names}
    (out / "c.jsonl").unlink()
    (out / ".a.jsonl.0badf00d.tmp").write_text("left by a stopped run", encoding="utf-8")
    code, output = _dask(client, str(folder), "-o", str(out))
    assert code == 0 and "22 documents: 22 cleaned, 0 failed (2 of 3 shards were complete already)" in output
    for n in ("a.jsonl", "sub/b.jsonl.gz"):  # untouched: same inode, same time stamp
        assert ((out / n).stat().st_ino, (out / n).stat().st_mtime_ns) == (stats[n].st_ino, stats[n].st_mtime_ns)
    assert (out / "c.jsonl").stat().st_ino != stats["c.jsonl"].st_ino
    assert {n: (out / n).read_bytes() for n in names} == first
    assert not (out / ".a.jsonl.0badf00d.tmp").exists()
    # other options would mix two kinds of output in one folder: refused
    code, output = _dask(client, str(folder), "-o", str(out), "--no-title")
    assert code == 1 and "was written with other options (config)" in output


def test_a_stopped_one_file_run_resumes_from_its_parts(client, tmp_path):
    from cleanup import dask as cdask
    from cleanup import shards

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(_lines(20))
    plan = shards.plan(str(src), str(out))
    config = Config()
    shards.prepare(plan, config, False, "utf-8")
    for piece in plan.pieces[:5]:  # what a stopped run had finished
        shards.run_piece(piece, config)
    totals = cdask.run_corpus(client, plan, config)
    assert (totals.pieces_skipped, totals.documents, totals.broken) == (5, 20, [])
    assert out.read_bytes() == _reference(tmp_path, src.read_bytes(), "in")


def test_a_folder_of_txt_files(client, tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    for i, text in enumerate(TEXTS):
        (docs / ("sub" if i % 2 else "") / f"{i}.txt").write_text(text, encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "latin.txt").write_bytes("Le caf\u00e9 est ouvert.".encode("cp1252"))
    out, ref = tmp_path / "out.jsonl", tmp_path / "ref.jsonl"
    code, output = _dask(client, str(docs), "-o", str(out))
    ref_code, _ = _batch(str(docs), "-o", str(ref))
    assert code == ref_code == 1 and out.read_bytes() == ref.read_bytes()
    code, output = _dask(client, str(docs), "-o", str(tmp_path / "folder"))
    assert code == 1 and "its results go to one file" in output


def test_process_bag_on_an_in_memory_bag(client):
    import dask.bag as db

    from cleanup.dask import process_bag

    records = [{"id": i, "text": t} for i, t in enumerate(TEXTS * 2)] + [{"id": "none"}, "not a dict"]
    bag = db.from_sequence(records, npartitions=3)
    assert client.compute(process_bag(bag)).result() == [process_record(r) for r in records]
    cfg = Config(detect_title=False)
    no_title = client.compute(process_bag(bag, cfg)).result()
    assert no_title == [process_record(r, cfg) for r in records] != [process_record(r) for r in records]


def _count_loads() -> None:
    """Count, in a worker, every rule file parsed and every dictionary load from now on."""
    import tomllib

    import english_words

    calls = {"toml": 0, "words": 0}

    def counted(fn, key):
        def wrapper(*a, **k):
            calls[key] += 1
            return fn(*a, **k)
        return wrapper

    tomllib.loads = counted(tomllib.loads, "toml")
    english_words.get_english_words_set = counted(english_words.get_english_words_set, "words")
    sys.modules["__mt_cleanup_loads__"] = calls  # type: ignore[assignment]


def test_each_worker_loads_rules_and_word_lists_once(client):
    import dask.bag as db

    from cleanup.dask import process_bag

    client.run(_count_loads)
    records = [{"id": i, "text": f"{TEXTS[i % len(TEXTS)]}\n\nUpdate {i}."} for i in range(40)]
    results = client.compute(process_bag(db.from_sequence(records, npartitions=8))).result()
    assert all("error" not in r for r in results)
    loads = client.run(lambda: dict(sys.modules["__mt_cleanup_loads__"]))
    rule_files = len(list((ROOT / "rules").rglob("*.toml")))  # packs too: a worker may be the first to load them
    assert len(loads) == 2 and all(c["toml"] <= rule_files and c["words"] <= 1 for c in loads.values()), loads


def test_the_cli_starts_a_local_cluster(client, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(_lines(6))
    code, output = _batch(str(src), "-o", str(out), "--engine", "dask", "--workers", "2")
    assert code == 0, output
    assert "dask dashboard at http://" in output
    assert out.read_bytes() == _reference(tmp_path, src.read_bytes(), "in")


def test_without_dask_one_line_says_what_to_install(monkeypatch, tmp_path):
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)
    src = tmp_path / "in.jsonl"
    src.write_bytes(_lines(2))
    res = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--engine", "dask"])
    assert res.exit_code == 1
    assert res.output.strip().splitlines() == [
        'mt-cleanup: error: the dask engine needs dask and distributed, which are not both installed: '
        'pip install "mt-cleanup[dask]"']


def test_import_cleanup_does_not_import_dask():
    code = ("import sys, cleanup, cleanup.cli, cleanup.shards; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'dask', 'distributed'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_readme_bag_recipe(client, tmp_path):
    import dask.bag as db

    from cleanup.dask import process_bag

    folder = tmp_path / "shards"
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(_lines(5))
    (folder / "b.jsonl").write_bytes(_lines(4, 50))
    bag = db.read_text(str(folder / "*.jsonl")).map(json.loads)
    lines = process_bag(bag, Config()).map(lambda r: json.dumps(r, ensure_ascii=False))
    lines.to_textfiles(str(tmp_path / "clean" / "*.jsonl"), last_endline=True)
    written = b"".join(p.read_bytes() for p in sorted((tmp_path / "clean").glob("*.jsonl")))
    assert written == _reference(tmp_path, _lines(5) + _lines(4, 50), "both")


def test_an_unreadable_shard_is_reported_and_finished_by_a_rerun(client, tmp_path):
    folder, plain = _shards(tmp_path)
    (folder / "sub" / "b.jsonl.gz").write_bytes(b"this is not gzip data\n")
    out = tmp_path / "out"
    code, output = _dask(client, str(folder), "-o", str(out))
    assert code == 1 and "b.jsonl.gz was not finished (BadGzipFile" in output
    assert (out / "a.jsonl").is_file() and not (out / "sub" / "b.jsonl.gz").exists()
    assert not [p for p in out.rglob("*.tmp")]
    (folder / "sub" / "b.jsonl.gz").write_bytes(gzip.compress(plain["sub/b.jsonl.gz"]))
    code, output = _dask(client, str(folder), "-o", str(out))
    assert code == 0 and "(2 of 3 shards were complete already)" in output
    assert _read(out / "sub" / "b.jsonl.gz") == _reference(tmp_path, plain["sub/b.jsonl.gz"], "b")
