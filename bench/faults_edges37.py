"""The fault matrix's ``edges`` cells added by faults37: JSONL in UTF-16 (a line of exactly the cap and
CR LF, joined files, a lone surrogate, a trailing line of only a mark), a cap that cuts right before a CR
line end, batch of one article's .txt, an empty input or output name, U+2028 beside a NEL, the Python API given a Config that is not
one, bytes to split_sentences, bad edits to replay, a bad ``jobs``, and a run of one word (idempotence)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

LINE = "The minister said on Monday that the plan would go ahead and that the talks would resume soon."


def _record(doc_id: object, length: int = 0) -> str:
    bare = json.dumps({"id": doc_id, "text": ""})
    return json.dumps({"id": doc_id, "text": "x" * (length - len(bare)) if length else LINE})


def edges37(tmp: Path, kit: ModuleType) -> None:
    check, cell = kit.check, kit.cell
    cap = 8 * 100  # --max-chars 100: a JSONL line holds at most 8 x max-chars bytes
    files = {
        "cap16": ((_record("a", cap) + "\r\n" + _record("b") + "\r\n").encode("utf-16"), ["a", "b"], "--max-chars 100"),
        "cut_cr": ((_record("a", cap + 1) + "\r" + _record("b") + "\r").encode("utf-8"), [None, "b"], "--max-chars 100"),
        "join16": ((_record("a") + "\n").encode("utf-16") * 2, ["a", "a"], ""),
        "bomtail": ((_record("a") + "\n").encode("utf-8-sig") + b"\xef\xbb\xbf", ["a"], ""),
        "lone16": ((_record("a") + "\n").encode("utf-16-le") + b"\x00\xd8\n\x00" + (_record("b") + "\n").encode("utf-16-le"),
                   ["a", None, "b"], "--encoding utf-16-le"),
    }
    for name, (data, ids, opts) in files.items():
        (tmp / f"{name}.jsonl").write_bytes(data)
        expect = {1} if None in ids or name == "cap16" else {0}  # cap16's record of x's is no English: an error row
        check(f"edges37: batch {name}.jsonl", f"CLI batch {name}.jsonl -o {name}.out {opts}", tmp, expect)
        rows = kit._jsonl(tmp / f"{name}.out")
        got = None if rows is None else [r.get("id") for r in rows]
        cell(f"edges37: {name}.jsonl: one row a record, none lost", got == ids, f"{got}")
    (tmp / "art37.txt").write_text(kit.ARTICLE, encoding="utf-8")
    check("edges37: batch of one article (.txt): one line", "CLI batch art37.txt -o one.jsonl", tmp, {1})
    cell("edges37: batch of one article (.txt): no output", not (tmp / "one.jsonl").exists(), "")
    for cmd in ("clean ''", "batch '' -o e.jsonl", "summarize ''", "clean art37.txt -o ''", "batch bomtail.jsonl -o ''"):
        check(f"edges37: {cmd} (an empty name)", f"CLI {cmd}", tmp, {2})
    (tmp / "loopa").symlink_to(tmp / "loopb")
    (tmp / "loopb").symlink_to(tmp / "loopa")
    check("edges37: clean -o a loop of links", "CLI clean art37.txt -o loopa", tmp, {3})
    cell("edges37: -o a loop of links: the links stay", (tmp / "loopa").is_symlink(), "")
    _api37(cell)


def _api37(cell) -> None:
    import cleanup

    text = LINE + "\u2028\x85" + LINE.replace("minister", "mayor")
    r = cleanup.process(text)
    cell("edges37: api U+2028 beside a NEL is one line end", "\u2028" not in r.output and cleanup.replay(text, r.edits) == r.output,
         repr(r.output[90:110]))
    for name, call in (("process(text, {})", lambda: cleanup.process(LINE, {})),
                       ("process(text, 'rules')", lambda: cleanup.process(LINE, "rules")),
                       ("split_sentences(bytes)", lambda: cleanup.split_sentences(LINE.encode())),
                       ("replay(text, [1])", lambda: cleanup.replay(LINE, [1])),
                       ("process_many(jobs=0)", lambda: list(cleanup.process_many([{"text": LINE}], jobs=0)))):
        try:
            call()
            ok, note = False, "no error"
        except cleanup.CleanupError as exc:
            ok, note = True, f"{type(exc).__name__}: {str(exc)[:70]}"
        except Exception as exc:  # noqa: BLE001 - the cell reports it
            ok, note = False, f"{type(exc).__name__}: {str(exc)[:70]}"
        cell(f"edges37: api {name} is a CleanupError", ok, note)
    for name, text in (("a run of one word", "a " * 20_000), ("a word ten times", LINE + " It was a a a a a a a a a a good plan.")):
        out = cleanup.clean(text)
        cell(f"edges37: api {name}: idempotent", cleanup.clean(out) == out, f"{len(text)} -> {len(out)} chars")
