"""The fault matrix's ``edges`` cells added by faults36: JSONL with a lone CR for its line ends,
a byte-order mark opening a later line (marked files joined), a NUL inside a record's text (as a
JSON escape and as a raw byte), a folder or a path in a missing folder as ``--output``, an
ASCII-only stdout, NEL between words, a file that grows while it is read."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

LINE = "The minister said on Monday that the plan would go ahead and that the talks would resume soon."


def _record(i: object, text: str = LINE) -> bytes:
    return json.dumps({"id": i, "text": text}).encode("utf-8")


def edges36(tmp: Path, kit: ModuleType) -> None:
    check, cell = kit.check, kit.cell
    (tmp / "cr.jsonl").write_bytes(b"".join(_record(i) + b"\r" for i in range(3)))
    (tmp / "bom2.jsonl").write_bytes(b"\xef\xbb\xbf" + _record("a") + b"\n\xef\xbb\xbf" + _record("b") + b"\n")
    for name, ids in (("cr", [0, 1, 2]), ("bom2", ["a", "b"])):
        for engine in ("", " --engine dask --workers 1"):
            out = f"{name}{len(engine)}.out.jsonl"
            check(f"edges36: batch {name}.jsonl{engine}", f"CLI batch {name}.jsonl -o {out}{engine}", tmp, {0}, timeout=600)
            rows = kit._jsonl(tmp / out)
            got = None if rows is None else [r.get("id") for r in rows]
            cell(f"edges36: {name}.jsonl{engine}: one document a line", got == ids, f"{got}")
    (tmp / "nul.jsonl").write_bytes(_record("n", LINE.replace("plan", "pl\u0000an")) + b"\n" + _record("ok") + b"\n")
    (tmp / "nulraw.jsonl").write_bytes(_record("n").replace(b"plan", b"pl\x00an") + b"\n" + _record("ok") + b"\n")
    for name in ("nul", "nulraw"):
        check(f"edges36: batch {name}.jsonl (one bad row)", f"CLI batch {name}.jsonl -o {name}.out", tmp, {1})
        rows = kit._jsonl(tmp / f"{name}.out") or []
        cell(f"edges36: {name}.jsonl: the error names it, the next row is clean",
             len(rows) == 2 and "error" in rows[0] and "file" not in rows[0]["error"] and "error" not in rows[1],
             f"{[r.get('error', 'ok')[:60] for r in rows]}")
    (tmp / "art36.txt").write_text(kit.ARTICLE, encoding="utf-8")
    (tmp / "folder").mkdir()
    for cmd in ("clean art36.txt -o folder", "batch cr.jsonl -o folder", "preview art36.txt -o folder",
                "summarize art36.txt -o folder"):
        check(f"edges36: {cmd.split()[0]} -o a folder", f"CLI {cmd}", tmp, {2})
    for cmd in ("clean art36.txt -o gone/deeper/out.txt", "batch cr.jsonl -o gone/out.jsonl"):
        check(f"edges36: {cmd.split()[0]} -o inside a missing folder", f"CLI {cmd}", tmp, {3})
    (tmp / "u36.txt").write_text("The caf\u00e9 owners said on Monday that the talks went well.\n", encoding="utf-8")
    for cmd in ("clean u36.txt", "run u36.txt --format json", "batch cr.jsonl -o -"):
        check(f"edges36: PYTHONIOENCODING=ascii, {cmd}", f"CLI {cmd}", tmp, {0}, env={**kit.ENV, "PYTHONIOENCODING": "ascii"},
              stdout_has="caf\u00e9" if "u36" in cmd else None)
    (tmp / "grow.txt").write_text(kit.ARTICLE, encoding="utf-8")
    check("edges36: a file that grows while read", "(for i in $(seq 300); do cat art36.txt >> grow.txt; done &) ; "
          "CLI clean grow.txt -o grow.out", tmp, {0, 1}, timeout=300)
    import cleanup

    out = cleanup.process(LINE.replace(" the plan", "\x85the plan")).output
    cell("edges36: api NEL between words is a line end, not an ellipsis", "\u2026" not in out and "\x85" not in out, repr(out[:60]))
