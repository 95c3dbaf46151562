"""A corpus in pieces, for engines that spread the work over processes or machines.

:mod:`cleanup.dask` runs :func:`run_piece` on each :class:`Piece` of a :func:`plan`; nothing
here imports dask, so the layout and the files can be tested, and reused, without it.

Input: one JSONL file (split into pieces of lines, so that one file keeps every worker busy),
a folder or a glob of JSONL shards (``.jsonl``, ``.jsonl.gz``; a piece each), or a folder of
``.txt`` files (pieces of files).  Output: one JSONL file, assembled in input order from part
files, or a folder of shards named after the input shards (a ``.gz`` shard stays gzipped).

Every file is written under a temporary name in its own folder and renamed when complete, so
a file under its final name is complete and a rerun skips it; a file that was not finished
is computed again.  The lines are those ``batch --jobs 1`` writes, in the same order: each
record is read by :func:`~cleanup.inputs.parse_line` (or :func:`~cleanup.inputs.decode_text`)
and processed by :func:`~cleanup.records.process_record`.  A manifest
(``.mt-cleanup.json``) keeps a rerun with other options from mixing its results with older ones.
"""

from __future__ import annotations

import dataclasses
import glob
import gzip
import hashlib
import itertools
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .cli_lines import any_line_end, bounded, lone_mark, strip_bom, too_long
from .config import Config
from .errors import CleanupError
from .inputs import decode_text, file_id, parse_line
from .records import process_record

MANIFEST = ".mt-cleanup.json"
SHARD_SUFFIXES = (".jsonl", ".jsonl.gz")
#: a single file is split into about this many pieces, of at most MAX_PIECE lines (or .txt files)
TARGET_PIECES = 64
MAX_PIECE = 1000
_TMP = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")


@dataclass(frozen=True)
class Piece:
    """One task: lines of one input file from ``first_line`` (at byte ``offset``; ``count`` lines,
    or to the end), or a group of ``.txt`` files of the folder ``source``.  Its lines go to
    ``target``: an output shard, or a part of the one output file."""

    source: str
    target: str
    first_line: int = 1
    offset: int = 0
    count: int | None = None
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    pieces: tuple[Piece, ...]
    output: Path
    #: one output file: the folder of its parts (assembled by :func:`assemble`); None for a folder of shards
    parts: Path | None

    def todo(self) -> list[Piece]:
        """The pieces whose target is not complete yet."""
        return [p for p in self.pieces if not os.path.exists(p.target)]


@dataclass(frozen=True)
class PieceReport:
    target: str
    documents: int
    failed: int
    failures: tuple[tuple[Any, str], ...]  # (id, error) of each failed document, in input order


def is_single_file(output: str) -> bool:
    return output.endswith(SHARD_SUFFIXES)


def find_inputs(source: str) -> tuple[str, Path, list[Path]]:
    """(kind, base folder, files): kind is ``file`` (one JSONL file), ``shards`` or ``txt``."""
    path = Path(source)
    if any(c in source for c in "*?["):
        files = sorted(Path(p) for p in glob.glob(source, recursive=True) if p.endswith(SHARD_SUFFIXES))
        if not files:
            raise CleanupError(f"no .jsonl or .jsonl.gz file matches {source}")
        base = Path(os.path.commonpath([str(p.parent) for p in files]))
        return "shards", base, files
    if path.is_dir():
        shards = sorted(p for p in path.rglob("*") if p.name.endswith(SHARD_SUFFIXES) and p.is_file()
                        and not any(part.startswith(".") for part in p.relative_to(path).parts))
        txt = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if shards and txt:
            raise CleanupError(f"{source} holds both .txt and .jsonl files; give a glob of the shards instead")
        if not shards and not txt:
            raise CleanupError(f"{source} holds no .txt, .jsonl or .jsonl.gz files")
        return ("shards", path, shards) if shards else ("txt", path, txt)
    if source == "-":
        raise CleanupError("the dask engine reads files, not standard input: give a JSONL file, a folder or a glob")
    if not path.is_file():
        raise CleanupError(f"cannot read {source}: no such file or folder")
    return "file", path.parent, [path]


def _piece_size(total: int) -> int:
    return max(1, min(MAX_PIECE, -(-total // TARGET_PIECES)))


def _open(path: str | Path) -> IO[bytes]:
    return gzip.open(path, "rb") if str(path).endswith(".gz") else open(path, "rb")


_LINE_END = re.compile(rb"(?<=\})\r+\n?|\n")  # as cli_lines.any_line_end reads them


def _blocks(fh: IO[bytes]) -> Iterator[bytes]:
    """The stream in blocks of about a megabyte, none ending inside a line end (after a brace or a CR)."""
    while block := fh.read(1 << 20):
        while block.endswith((b"\r", b"}")) and (more := fh.read(1)):
            block += more
        yield block


def line_pieces(path: Path) -> list[tuple[int, int, int]]:
    """(first line, byte offset, line count) of the pieces of one JSONL file.  For a ``.gz``
    file the offset is in the uncompressed stream: a worker decompresses up to it and on.
    Lines end at LF, CR LF or a lone CR; a line of 50 MB is never held whole."""
    with _open(path) as fh:
        total = sum(len(_LINE_END.findall(block)) for block in _blocks(fh))
    size = _piece_size(total + 1)
    starts, seen, pos = [(1, 0)], 0, 0  # a piece starts after every size-th line end
    with _open(path) as fh:
        for block in _blocks(fh):
            for m in _LINE_END.finditer(block):
                seen += 1
                if seen % size == 0:
                    starts.append((seen + 1, pos + m.end()))
            pos += len(block)
    return [(n, off, size) for n, off in starts if off < pos]  # no piece of the empty line after the last line end


def plan(source: str, output: str) -> Plan:
    """What to compute, and where each piece's lines go."""
    kind, base, files = find_inputs(source)
    out = Path(output).absolute()
    many = Path(source).is_dir() or any(c in source for c in "*?[")
    if kind == "shards" and many and (out == base.absolute() or base.absolute() in out.parents):
        raise CleanupError(f"write the output outside {base}: a rerun would read it as input")
    if kind == "file" and not is_single_file(output):
        out = out / files[0].name
    elif not is_single_file(output):
        if kind == "txt":
            raise CleanupError(f"{source} is a folder of .txt files: its results go to one file, e.g. -o out.jsonl")
        targets = [out / f.relative_to(base) for f in files]
        return Plan(tuple(Piece(str(f.absolute()), str(t)) for f, t in zip(files, targets)), out, None)
    parts = out.with_name(f".{out.name}.parts")
    if kind == "txt":
        rel = [str(f.relative_to(base)) for f in files]
        size = _piece_size(len(rel))
        groups = [tuple(rel[i:i + size]) for i in range(0, len(rel), size)]
        pieces = [Piece(str(base.absolute()), "", files=g) for g in groups]
    elif kind == "file":
        pieces = [Piece(str(files[0].absolute()), "", n, off, cnt) for n, off, cnt in line_pieces(files[0])]
    else:
        pieces = [Piece(str(f.absolute()), "") for f in files]
    pieces = [dataclasses.replace(p, target=str(parts / f"part-{i:06d}.jsonl")) for i, p in enumerate(pieces)]
    return Plan(tuple(pieces), out, parts)


def read_piece(piece: Piece, encoding: str, max_bytes: int) -> Iterator[dict]:
    """The records of a piece, as ``batch`` reads them: one per line, blank and bad lines as
    errors (a UTF-8 byte-order mark on a file's first line is dropped)."""
    if piece.files:
        base = Path(piece.source)
        for rel in piece.files:
            doc_id = file_id(rel)  # the file is read by its own name; the id must be writable
            try:
                with open(base / rel, "rb") as fh:  # as batch reads it: no more than the limit and a byte
                    data = fh.read(min(max_bytes, os.fstat(fh.fileno()).st_size) + 1)
                yield {"id": doc_id, "text": decode_text(data, doc_id, encoding, max_bytes)}
            except OSError as exc:
                yield {"id": doc_id, "error": f"cannot read {doc_id}: {exc.strerror or exc}"}
            except CleanupError as exc:
                yield {"id": doc_id, "error": str(exc)}
        return
    cap = 2 * max_bytes  # as batch: JSON writes 'é' as \\u00e9
    with _open(piece.source) as fh:
        fh.seek(piece.offset)
        numbers = itertools.count(piece.first_line) if piece.count is None else range(piece.first_line, piece.first_line + piece.count)
        for n, raw in zip(numbers, bounded(any_line_end(fh), cap)):  # the numbers first: no line past the piece is read
            if raw is None:
                yield {"id": None, "line": n, "error": too_long(n, cap, "bytes")}
            elif not lone_mark(raw):
                yield parse_line(strip_bom(raw), n)


@contextmanager
def atomic_output(target: Path) -> Iterator[IO[bytes]]:
    """Write ``target`` under a temporary name beside it; rename it only when complete.
    A ``.gz`` target is gzipped with no time stamp, so the same lines give the same bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with tmp.open("wb") as raw:
            if target.name.endswith(".gz"):
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
                    yield gz
            else:
                yield raw
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def run_piece(piece: Piece, config: Config, summarize: bool = False, encoding: str = "utf-8") -> PieceReport:
    """Process one piece and write its target (what a worker runs)."""
    documents = failed = 0
    failures: list[tuple[Any, str]] = []
    with atomic_output(Path(piece.target)) as out:
        for record in read_piece(piece, encoding, config.max_chars * 4):
            res = process_record(record, config, summarize)
            documents += 1
            if "error" in res:
                failed += 1
                failures.append((res.get("id"), res["error"]))
            out.write((json.dumps(res, ensure_ascii=False) + "\n").encode("utf-8"))
    return PieceReport(piece.target, documents, failed, tuple(failures))


def count_piece(piece: Piece) -> PieceReport:
    """The report of a piece whose target is complete already (a resumed run), read from it."""
    documents = failed = 0
    failures: list[tuple[Any, str]] = []
    with _open(piece.target) as fh:
        for line in fh:
            res = json.loads(line)
            documents += 1
            if "error" in res:
                failed += 1
                failures.append((res.get("id"), res["error"]))
    return PieceReport(piece.target, documents, failed, tuple(failures))


def assemble(p: Plan) -> None:
    """Concatenate the parts of a one-file output in input order, then remove them."""
    assert p.parts is not None
    with atomic_output(p.output) as out:
        for piece in p.pieces:
            with open(piece.target, "rb") as part:
                shutil.copyfileobj(part, out)
    shutil.rmtree(p.parts)


def _fingerprint(p: Plan, config: Config, summarize: bool, encoding: str) -> dict:
    from . import __version__

    how = {"version": __version__, "config": dataclasses.asdict(config), "summarize": summarize, "encoding": encoding}
    if p.parts is not None:  # parts are reused only for the very same input files
        h = hashlib.sha256()
        for piece in p.pieces:
            names = [os.path.join(piece.source, f) for f in piece.files] or [piece.source]
            for name in names:
                st = os.stat(name)
                h.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\0{piece.first_line}\0{piece.count}\n"
                         .encode("utf-8", "surrogateescape"))  # a name that is not UTF-8 holds surrogates
        how["inputs"] = h.hexdigest()
    return json.loads(json.dumps(how))


def prepare(p: Plan, config: Config, summarize: bool, encoding: str) -> None:
    """Create the output folder (or the parts folder) with its manifest; refuse to resume a run
    made with other options, and remove temporary files that a stopped run left behind."""
    folder = p.parts or p.output
    how = _fingerprint(p, config, summarize, encoding)
    manifest = folder / MANIFEST
    if folder.is_dir() and any(folder.iterdir()):
        try:
            before = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            before = None
        if before != how:
            if p.parts is not None:  # our own scratch folder: start again
                shutil.rmtree(folder)
            elif before is None:
                raise CleanupError(f"{folder} is not empty and was not written by mt-cleanup; choose a new folder")
            else:
                changed = sorted(k for k in how if before.get(k) != how[k])
                raise CleanupError(f"{folder} was written with other options ({', '.join(changed)}); "
                                   "remove it or choose another folder")
    folder.mkdir(parents=True, exist_ok=True)
    for tmp in folder.rglob(".*.tmp"):
        if _TMP.match(tmp.name):
            tmp.unlink(missing_ok=True)
    with atomic_output(manifest) as fh:
        fh.write(json.dumps(how, indent=1, sort_keys=True).encode("utf-8"))
