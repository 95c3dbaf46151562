"""Hostile inputs and faults the b36 review left and the b37 fault pass found (faults37): JSONL in another
encoding read through UTF-8 (a line of exactly the cap, a lone UTF-16 surrogate, joined UTF-16 files, a
raw CR in a string), a cap that cuts right before a CR line end, a trailing line that is only a byte-order
mark, U+2028 beside a NEL, ``-o ''``, and 'Posted by Royal Mail on DATE'."""

from __future__ import annotations

import codecs
import io
import json

import pytest
from click.testing import CliRunner

import cleanup
from cleanup.cli import main
from cleanup.cli_lines import jsonl_lines
from cleanup.inputs import parse_line
from cleanup.shards import Piece, read_piece

LINE = "The minister said on Monday that the plan would go ahead and that the talks would resume soon."


def _rows(data: bytes, encoding: str = "utf-8", cap: int = 1000) -> list[dict]:
    fh = io.BufferedReader(io.BytesIO(data))
    return [{"id": None, "line": n, "error": e} if e else parse_line(text, n) for n, text, e in jsonl_lines(fh, encoding, cap)]


def _record(length: int, doc_id: str = "a") -> str:
    """A JSONL record of exactly ``length`` characters."""
    bare = json.dumps({"id": doc_id, "text": ""})
    return json.dumps({"id": doc_id, "text": "x" * (length - len(bare))})


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-32"])
def test_a_line_of_exactly_the_cap_is_one_row_in_every_encoding(codec, end):
    # review36c: UTF-16, a line of the cap and CR LF: readline(cap + 1) stopped at the CR, the LF was a blank row
    rows = _rows((_record(100) + end + _record(30, "b") + end).encode(codec), cap=100)
    assert [r.get("id") for r in rows] == ["a", "b"] and not any("error" in r for r in rows)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_a_line_over_the_cap_cut_right_before_its_cr_keeps_the_next_record(codec):
    # faults37: the cut fell between the brace and the CR, so the CR 'ended nothing' and the next line was read past
    rows = _rows((_record(101) + "\r" + _record(30, "b") + "\r").encode(codec), cap=100)
    assert len(rows) == 2 and "longer than 100 bytes" in rows[0]["error"] and rows[1]["id"] == "b"


def test_joined_utf16_files_keep_the_second_files_records():
    # faults37: the second file's mark opened line 2 as U+FEFF: 'Unexpected UTF-8 BOM', a document lost
    one = json.dumps({"id": "a", "text": LINE}) + "\n"
    rows = _rows(one.encode("utf-16") + one.replace('"a"', '"b"').encode("utf-16"))
    assert [r.get("id") for r in rows] == ["a", "b"] and not any("error" in r for r in rows)


def test_a_raw_cr_inside_a_string_ends_no_line_in_utf16_either():
    data = json.dumps({"id": "a", "text": "x"})[:-2] + '\r"}\n' + json.dumps({"id": "b", "text": LINE}) + "\n"
    assert len(_rows(data.encode("utf-8"))) == len(_rows(data.encode("utf-16"))) == 2


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_a_trailing_line_of_only_a_bom_is_no_row(codec):
    # review36c: 'cat a.jsonl empty.jsonl' where the empty file held its mark: reported as a blank line
    data = (json.dumps({"id": "a", "text": LINE}) + "\n").encode(codec) + "\ufeff".encode(codec.replace("-sig", "") + ("-le" if codec == "utf-16" else ""))
    assert [r.get("id") for r in _rows(data)] == ["a"]


def test_the_dask_reader_drops_a_trailing_bom_line_too(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes((json.dumps({"id": "a", "text": LINE}) + "\n").encode("utf-8") + b"\xef\xbb\xbf")
    assert [r.get("id") for r in read_piece(Piece(str(src), "", 1, 0, None), "utf-8", 10_000)] == ["a"]


def test_a_blank_line_made_of_a_bom_and_a_line_end_is_still_reported():
    data = (json.dumps({"id": "a", "text": LINE}) + "\n\ufeff\n").encode("utf-8")
    assert [r.get("line") for r in _rows(data)] == [None, 2]


def test_a_lone_utf16_surrogate_in_a_jsonl_line_fails_that_line_only(tmp_path):
    # faults37: the decoder's UnicodeDecodeError stopped the run: exit 5, no output at all
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = json.dumps({"id": "a", "text": LINE}) + "\n"
    src.write_bytes(good.encode("utf-16-le") + b"\x00\xd8\n\x00" + good.replace('"a"', '"b"').encode("utf-16-le"))
    res = CliRunner().invoke(main, ["batch", str(src), "-o", str(out), "--encoding", "utf-16-le"])
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert res.exit_code == 1 and [r.get("id") for r in rows] == ["a", None, "b"]
    assert rows[1]["line"] == 2 and "not valid utf-16-le" in rows[1]["error"]


@pytest.mark.parametrize("sep", ["\u2028\x85", "\x85\u2028", "\u2028\x85\u2028", "\x85\x85\u2028", "\x85\u2029"])
def test_a_line_separator_beside_a_nel_is_part_of_the_line_end(sep):
    text = LINE + sep + LINE.replace("minister", "mayor")
    r = cleanup.process(text)
    assert "\u2028" not in r.output and "\u2029" not in r.output and "\x85" not in r.output
    assert "soon.\n\nThe mayor" in r.output
    assert cleanup.replay(text, r.edits) == r.output and cleanup.clean(r.output) == r.output


@pytest.mark.parametrize("command", ["clean", "run", "preview", "batch"])
def test_an_empty_output_name_is_a_usage_error(command, tmp_path):
    # review36c: Path('') is the working folder: 'cannot write to /home/me: Is a directory', exit 3, after the work
    src = tmp_path / ("in.jsonl" if command == "batch" else "in.txt")
    src.write_text(json.dumps({"id": "a", "text": LINE}) + "\n" if command == "batch" else LINE + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, [command, str(src), "-o", ""])
    assert res.exit_code == 2 and "-o needs a file name" in res.output


def test_posted_by_an_organisation_on_a_date_is_a_credit_not_a_byline():
    text = f"{LINE}\n\nPosted by Royal Mail on 4 March 2023\n\n{LINE.replace('minister', 'mayor')}"
    assert "Posted by Royal Mail on 4 March 2023" in cleanup.clean(text)
    assert "Posted by" not in cleanup.clean(text.replace("Royal Mail", "Maria Lopez"))


@pytest.mark.parametrize("command", ["clean", "run", "summarize", "headline", "diff", "preview", "batch"])
def test_an_empty_input_name_is_a_usage_error(command, tmp_path, monkeypatch):
    # faults37: '' is the working folder: 'batch ""' cleaned every .txt there, 'clean ""' said ' is a folder; ...'
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(LINE + "\n", encoding="utf-8")
    args = [command, ""] + (["-o", str(tmp_path / "out")] if command in ("batch", "preview") else [])
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and "empty name" in res.output and not (tmp_path / "out").exists()


@pytest.mark.parametrize("config", ["house-rules", {}, {"min_confidence": 0.9}, 0.9])
def test_a_config_that_is_not_a_config_is_a_config_error(config):
    with pytest.raises(cleanup.ConfigError, match="cleanup.Config"):
        cleanup.process(LINE, config)
    assert "cleanup.Config" in cleanup.process_record({"id": 1, "text": LINE}, config)["error"]


@pytest.mark.parametrize("text", [None, b"The talks ended.", 12])
def test_split_sentences_of_what_is_not_text_is_an_input_error(text):
    with pytest.raises(cleanup.InputError, match="expected text"):
        cleanup.split_sentences(text)


@pytest.mark.parametrize("args", [(None, []), (LINE, [1]), (LINE, [{"rule": "x"}])])
def test_replay_of_what_is_not_text_and_edits_is_an_input_error(args):
    with pytest.raises(cleanup.InputError, match="replay takes"):
        cleanup.replay(*args)


def test_replay_still_takes_any_iterable_of_edits():
    r = cleanup.process(LINE + " The the talks ended , he said.")
    assert r.edits and cleanup.replay(r.original, iter(r.edits)) == r.output


@pytest.mark.parametrize("jobs", [0, -1, "2", 1.5, True])
def test_process_many_refuses_a_jobs_that_is_no_count(jobs):
    with pytest.raises(cleanup.ConfigError, match="jobs"):
        list(cleanup.process_many([{"id": 1, "text": LINE}], jobs=jobs))


@pytest.mark.parametrize("text", ["a " * 4000, f"{LINE} It was a a a a a a a a a a a good plan.", "He said the the the the plan would work."])
def test_a_run_of_one_word_is_cleaned_in_one_pass(text):
    # faults37: 'a a a a' was cut pair by pair, half a run a pass: clean(clean(x)) != clean(x)
    r = cleanup.process(text)
    assert cleanup.clean(r.output) == r.output and cleanup.replay(text, r.edits) == r.output
    assert " a a " not in r.output and "the the" not in r.output


def test_batch_of_one_article_txt_says_so_in_one_line(tmp_path):
    # faults37: read as JSONL, each line of the article was an error row and a stderr line (74 for the seed)
    src, out = tmp_path / "article.txt", tmp_path / "out.jsonl"
    src.write_text(f"A title\n\n{LINE}\n\n{LINE}\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 1 and "is one article, not JSONL" in res.output and len(res.output.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob("out.jsonl*"))


def test_batch_of_jsonl_named_txt_still_runs(tmp_path):
    src, out = tmp_path / "corpus.txt", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "a", "text": LINE}) + "\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["batch", str(src), "-o", str(out)]).exit_code == 0
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a"]


@pytest.mark.parametrize("name, data, options", [
    ("comment", b"# corpus export\n" + json.dumps({"id": "a", "text": LINE}).encode() + b"\n", []),
    ("array", b'["x"]\n' + json.dumps({"id": "a", "text": LINE}).encode() + b"\n", []),
    ("utf32be", codecs.BOM_UTF32_BE + (json.dumps({"id": "a", "text": LINE}) + "\n").encode("utf-32-be"), []),
    ("utf16be", (json.dumps({"id": "a", "text": LINE}) + "\n").encode("utf-16-be"), ["--encoding", "utf-16-be"]),
])
def test_batch_of_a_txt_corpus_whose_first_line_is_no_record_still_runs(name, data, options, tmp_path):
    # review37c: the one-article check read the first 64 bytes only, knew two marks and no --encoding
    src, out = tmp_path / f"{name}.txt", tmp_path / "out.jsonl"
    src.write_bytes(data)
    CliRunner().invoke(main, ["batch", str(src), "-o", str(out), *options])
    assert "a" in [json.loads(x).get("id") for x in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("command", ["clean", "batch"])
def test_an_output_that_is_a_loop_of_links_fails_and_keeps_the_links(command, tmp_path):
    # faults37: realpath stops on a loop, and the rename replaced the link with the output (exit 0)
    src = tmp_path / ("in.jsonl" if command == "batch" else "in.txt")
    src.write_text(json.dumps({"id": "a", "text": LINE}) + "\n" if command == "batch" else LINE + "\n", encoding="utf-8")
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    res = CliRunner().invoke(main, [command, str(src), "-o", str(tmp_path / "a")])
    assert res.exit_code == 3 and "loop" in res.output
    assert (tmp_path / "a").is_symlink() and (tmp_path / "b").is_symlink()


@pytest.mark.parametrize("encoding, codec", [("utf-16", "utf-16-le"), ("UTF16", "utf-16-le"), ("utf-32", "utf-32-le")])
def test_jsonl_in_utf16_or_utf32_with_no_mark_is_read_little_endian(encoding, codec, tmp_path):
    # review37c: the codec refused a stream with no mark ('UTF-16 stream does not start with BOM'): exit 5
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes((json.dumps({"id": "a", "text": LINE}) + "\n").encode(codec))
    res = CliRunner().invoke(main, ["batch", str(src), "-o", str(out), "--encoding", encoding])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a"]
