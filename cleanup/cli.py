"""Command line: the only module that touches files, stdin and stdout.

One error boundary (:class:`_Main`) ends every command that fails with ONE line on
stderr, ``mt-cleanup: error: ...``, and an exit status scripts can rely on (README,
"Exit status"): 1 bad input (and a batch with failed documents), 2 usage, 3 the output
could not be written (or served), 4 LanguageTool unavailable, 5 a bug (internal error),
130 interrupted.  Set ``MT_CLEANUP_DEBUG=1`` to see the traceback of an internal error.

Outputs (``-o``) are written to a temporary file in the target folder and renamed over
the target at the end, so a file is never half-written; the input is never the output.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from .config import Config
from .errors import CleanupError, GrammarError

MAX_BYTES_DEFAULT = 2_000_000

EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_LANGUAGETOOL = 4
EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130


class OutputError(CleanupError):
    """The output cannot be written: a full disk, a closed pipe, no permission, a bad port."""


class _Usage(click.UsageError):
    """A usage error the command found itself (its message says what to do; no --help hint)."""


class _Failed(Exception):
    """A command's own way to end with a status after it has said why (batch: some documents failed)."""

    def __init__(self, code: int, message: str | None = None) -> None:
        super().__init__(message or "")
        self.code = code
        self.message = message


def _say(message: str) -> None:
    """One line on stderr; never raises (stderr may be closed too)."""
    try:
        click.echo(f"mt-cleanup: error: {' '.join(message.split())}", err=True)
    except (OSError, ValueError):
        pass


def _exit_code(exc: CleanupError) -> int:
    if isinstance(exc, OutputError):
        return EXIT_OUTPUT
    if isinstance(exc, GrammarError):
        return EXIT_LANGUAGETOOL
    return EXIT_INPUT


def _silence_stdout() -> None:
    """After a failed write, point stdout at /dev/null so the interpreter's final flush
    does not fail again with a second message."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except OSError:
        pass


def _flush_stdout() -> None:
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as exc:
        raise _write_error("standard output", exc) from None


def _write_error(where: str, exc: BaseException) -> OutputError:
    import errno

    if isinstance(exc, BrokenPipeError) or getattr(exc, "errno", None) == errno.EPIPE:
        return OutputError(f"cannot write to {where}: the reader closed it early (broken pipe)")
    return OutputError(f"cannot write to {where}: {getattr(exc, 'strerror', None) or exc}")


class _Main(click.Group):
    """The error boundary: every failure of every command is one line and a documented status."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        code = 0
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            if isinstance(rv, int):
                code = rv
            _flush_stdout()
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc), err=True)
            code = EXIT_USAGE
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx and not isinstance(exc, _Usage) else ""
            _say(exc.format_message() + hint)
            code = EXIT_USAGE
        except click.ClickException as exc:
            _say(exc.format_message())
            code = exc.exit_code
        except (click.Abort, KeyboardInterrupt):
            _say("interrupted")
            code = EXIT_INTERRUPTED
        except _Failed as exc:
            if exc.message:
                _say(exc.message)
            code = exc.code
        except CleanupError as exc:
            _say(str(exc))
            code = _exit_code(exc)
        except OSError as exc:  # a write click made, or one we did not wrap
            _say(str(_write_error("the output", exc)))
            code = EXIT_OUTPUT
        except Exception as exc:
            if os.environ.get("MT_CLEANUP_DEBUG"):
                import traceback

                traceback.print_exc()
            _say(f"internal error ({type(exc).__name__}: {exc}); please report it")
            code = EXIT_INTERNAL
        if code == EXIT_OUTPUT:
            _silence_stdout()
        sys.exit(code)


# -- reading -------------------------------------------------------------------

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_bom(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces (which the codec
    then removes), or None.

    >>> sniff_bom("x".encode("utf-16")), sniff_bom(b"\\xef\\xbb\\xbfx"), sniff_bom(b"x")
    ('utf-16', 'utf-8-sig', None)
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _codec(encoding: str) -> str:
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def _stdin() -> IO[bytes]:
    if sys.stdin is None:
        raise CleanupError("standard input is closed: give a FILE, or pipe an article in")
    try:
        return sys.stdin.buffer
    except AttributeError:
        raise CleanupError("standard input cannot be read as bytes: give a FILE") from None


def read_source(source: str, encoding: str, max_bytes: int) -> str:
    """Read FILE or '-' (stdin) as text, with clear errors for binary or mis-encoded input."""
    try:
        if source == "-":
            data = _stdin().read(max_bytes + 1)
            name = "standard input"
        else:
            path = Path(source)
            if path.is_dir():
                raise CleanupError(f"{source} is a folder; use 'mt-cleanup batch {source} -o OUT.jsonl'")
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
            name = source
    except OSError as exc:
        raise CleanupError(f"cannot read {source}: {exc.strerror or exc}") from None
    return decode(data, name, encoding, max_bytes)


def decode(data: bytes, name: str, encoding: str, max_bytes: int) -> str:
    """Bytes to text: a byte-order mark (UTF-8/16/32) decides the encoding, else
    ``encoding``; only then is the text checked for NUL characters, so UTF-16 is text."""
    if len(data) > max_bytes:
        raise CleanupError(f"{name} is larger than {max_bytes:,} bytes; split it or raise --max-chars")
    if not data.strip():
        raise CleanupError(f"{name} is empty: give an article to clean")
    codec = sniff_bom(data) or _codec(encoding)
    binary = CleanupError(
        f"{name} looks binary (it contains NUL bytes), not text; if it is UTF-16 or UTF-32 without a "
        "byte-order mark, pass --encoding utf-16-le (or utf-16-be, utf-32-le, utf-32-be)"
    )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        if b"\x00" in data[:65536]:
            raise binary from None
        raise CleanupError(
            f"{name} is not valid {encoding} (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "pass its encoding, e.g. --encoding cp1252"
        ) from None
    except LookupError:
        raise CleanupError(f"unknown encoding {encoding!r}") from None
    if "\x00" in text[:65536]:
        raise binary
    if not text.strip("\ufeff \t\r\n"):
        raise CleanupError(f"{name} is empty: give an article to clean")
    return text


# -- writing -------------------------------------------------------------------


def _is_stdout(output: str | None) -> bool:
    return output is None or output == "-"


def _refuse_same_file(source: str, output: str | None) -> None:
    """The input is never the output: it is what the edit log points into."""
    if source == "-" or _is_stdout(output):
        return
    try:
        same = os.path.samefile(source, output)
    except OSError:
        return  # the output does not exist yet (or the input cannot be read: said later)
    if same:
        raise _Usage(
            f"-o {output} is the input file; write the output elsewhere (the input is kept: it is what "
            "the edit log's offsets point into)"
        )


def _temp_beside(path: Path, suffix: str = ".tmp") -> tuple[int, Path]:
    fd, name = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.", suffix=suffix)
    return fd, Path(name)


def _file_mode(path: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual ones (umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_file(path: str | Path, data: str) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it over ``path``:
    readers see the old file or the whole new one, never a half-written one."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # write where the link points; the link stays
    try:
        fd, tmp = _temp_beside(path)
    except OSError as exc:
        raise _write_error(str(path), exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_error(str(path), exc) from None


def emit(data: str, output: str | None) -> None:
    """The command's result, to ``output`` (atomically) or to stdout."""
    if not _is_stdout(output):
        write_file(output, data)
        return
    if sys.stdout is None:
        raise OutputError("standard output is closed: pass -o FILE")
    try:
        click.echo(data, nl=False)
        sys.stdout.flush()
    except UnicodeEncodeError:
        raise OutputError(f"standard output cannot take these characters (its encoding is "
                          f"{getattr(sys.stdout, 'encoding', '?')}); set PYTHONIOENCODING=utf-8 or pass -o FILE") from None
    except (OSError, ValueError) as exc:
        raise _write_error("standard output", exc) from None


def _echo(message: str) -> None:
    """A short line to stdout (a summary, a headline)."""
    emit(message + "\n", None)


# -- options -------------------------------------------------------------------


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r} (try utf-8, cp1252, latin-1, utf-16)") from None
    return value


def config_options(f):
    opts = [
        click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                     help="Extra folder of rule files (*.toml); may be repeated."),
        click.option("--grammar", type=click.Choice(["none", "languagetool"]), default="none", show_default=True,
                     help="Run LanguageTool after our own repairs."),
        click.option("--languagetool-url", default=None, help="LanguageTool server, e.g. http://127.0.0.1:8081."),
        click.option("--encoding", default="utf-8", show_default=True, callback=_check_encoding,
                     help="Encoding of the input (a byte-order mark overrides it)."),
        click.option("--max-chars", default=MAX_BYTES_DEFAULT, show_default=True, type=click.IntRange(min=1),
                     help="Refuse larger inputs."),
        click.option("--any-language", is_flag=True, help="Do not refuse text that does not look like English."),
        click.option("--no-title", is_flag=True, help="Do not treat the first line as a title."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def make_config(rules_dirs, grammar, languagetool_url, max_chars, any_language, no_title, **extra: Any) -> Config:
    return Config(
        rules_dirs=tuple(rules_dirs), grammar=None if grammar == "none" else grammar,
        languagetool_url=languagetool_url, max_chars=max_chars, require_english=not any_language,
        detect_title=not no_title, **extra,
    )


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="mt-cleanup")
def main() -> None:
    """Repair English machine translation, with every change explained.

    Exit status: 0 done, 1 bad input (or failed documents in a batch), 2 usage,
    3 output not written, 4 LanguageTool unavailable, 5 internal error, 130 interrupted.
    """


@main.command()
@click.argument("source", default="-")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "diff"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
@config_options
def clean(source: str, fmt: str, output: str | None, encoding: str, **kw: Any) -> None:
    """Clean one article (FILE, or - for stdin) and print it."""
    from . import render
    from .pipeline import process

    _refuse_same_file(source, output)
    config = make_config(**kw)
    text = read_source(source, encoding, config.max_chars * 4)
    if config.grammar:
        from .grammar import describe

        click.echo(f"mt-cleanup: grammar pass: {describe(config)}", err=True)
    result = process(text, config)
    if fmt == "json":
        out = render.as_json(result) + "\n"
    elif fmt == "diff":
        out = render.as_diff(result, color=_is_stdout(output) and sys.stdout is not None and sys.stdout.isatty())
    else:
        out = render.as_text(result)
    emit(out, output)


# -- summary and headline --------------------------------------------------------


def summary_options(f):
    from .summarize import METHODS

    opts = [
        click.option("--sentences", "-n", default=3, show_default=True, type=click.IntRange(min=1),
                     help="Summary length in sentences."),
        click.option("--ratio", type=click.FloatRange(0, 1, min_open=True), default=None,
                     help="Summary length as a share of the sentences (0-1)."),
        click.option("--method", type=click.Choice(["default", *METHODS]), default="default", show_default=True,
                     help="Ranking: ours (default = news) or any sumy summarizer."),
        click.option("--generate-headline", is_flag=True, help="Write a headline from the lede even when there is a title."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _run_full(source: str, encoding: str, kw: dict):
    """Clean, summarise and headline one source."""
    from .pipeline import process

    summary_kw = {
        "summary_sentences": kw.pop("sentences"), "summary_ratio": kw.pop("ratio"),
        "summary_method": kw.pop("method"), "generate_headline": kw.pop("generate_headline"),
    }
    config = make_config(**kw, **summary_kw)
    text = read_source(source, encoding, config.max_chars * 4)
    return process(text, config, summarize=True)


@main.command()
@click.argument("source", default="-")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@summary_options
@config_options
def summarize(source: str, fmt: str, encoding: str, **kw: Any) -> None:
    """Print the summary of one article: its best sentences, repaired, in article order."""
    result = _run_full(source, encoding, kw)
    if fmt == "json":
        _echo(json.dumps({"summary": list(result.summary or ())}, ensure_ascii=False, indent=2))
    else:
        _echo("\n".join(result.summary or ()))


@main.command()
@click.argument("source", default="-")
@summary_options
@config_options
def headline(source: str, encoding: str, **kw: Any) -> None:
    """Print the headline: the cleaned title, or one written from the lede."""
    result = _run_full(source, encoding, kw)
    _echo(result.headline or "")


@main.command()
@click.argument("source", default="-")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None)
@summary_options
@config_options
def run(source: str, fmt: str, output: str | None, encoding: str, **kw: Any) -> None:
    """Clean, summarise and headline one article: headline, clean text, then the summary."""
    from . import render

    _refuse_same_file(source, output)
    result = _run_full(source, encoding, kw)
    out = render.as_json(result) + "\n" if fmt == "json" else render.as_text(result, with_summary=True)
    emit(out, output)


# -- batch ---------------------------------------------------------------------


def _jsonl_lines(fh: IO[bytes], encoding: str) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, error) for every line of a JSONL stream.

    UTF-8 (the default) is decoded line by line, so one bad line fails alone; a
    byte-order mark on the first line is dropped.  A UTF-16/32 mark, or another
    ``--encoding``, decodes the whole stream."""
    import io

    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    bom = sniff_bom(head)
    codec = bom or _codec(encoding)
    if codec == "utf-8-sig":
        for n, raw in enumerate(fh, start=1):
            if n == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                yield n, raw.decode("utf-8"), None
            except UnicodeDecodeError:
                yield n, None, f"line {n} is not valid UTF-8"
        return
    stream = io.TextIOWrapper(fh, encoding=codec, errors="surrogateescape", newline="")
    for n, line in enumerate(stream, start=1):
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            yield n, None, f"line {n} is not valid {encoding}"
            continue
        yield n, line, None


def iter_documents(source: str, encoding: str, max_bytes: int) -> Iterator[dict]:
    """Yield {'id', 'text', ...} or {'id', 'error', 'line'} for every document of a corpus:
    exactly one item per .txt file, or per line of a JSONL file (blank lines included)."""
    path = Path(source)
    if source != "-" and path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise CleanupError(f"{source} holds no .txt files")
        for p in files:
            rel = str(p.relative_to(path))
            try:
                with p.open("rb") as fh:
                    data = fh.read(max_bytes + 1)
                yield {"id": rel, "text": decode(data, rel, encoding, max_bytes)}
            except OSError as exc:
                yield {"id": rel, "error": f"cannot read {rel}: {exc.strerror or exc}"}
            except CleanupError as exc:
                yield {"id": rel, "error": str(exc)}
        return
    try:
        fh = _stdin() if source == "-" else path.open("rb")
    except OSError as exc:
        raise CleanupError(f"cannot read {source}: {exc.strerror or exc}") from None
    with fh:
        for n, line, error in _jsonl_lines(fh, encoding):
            if error:
                yield {"id": None, "line": n, "error": error}
                continue
            if not line.strip():
                yield {"id": None, "line": n, "error": f"line {n} is blank (no document)"}
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"id": None, "line": n, "error": f"line {n} is not valid JSON: {exc.msg} (column {exc.colno})"}
                continue
            except RecursionError:
                yield {"id": None, "line": n, "error": f"line {n} is not valid JSON: nested too deeply"}
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                doc_id = obj.get("id") if isinstance(obj, dict) else None
                yield {"id": doc_id, "line": n, "error": f"line {n} needs a JSON object with a string field 'text'"}
                continue
            obj.setdefault("id", n)
            yield obj


def _key(row: dict) -> str:
    """What identifies a document across runs (for --resume): its id, or for a line that
    had none (bad JSON, a blank line) its line number."""
    if row.get("id") is None and "line" in row:
        return f"line:{row['line']}"
    return "id:" + json.dumps(row.get("id"), sort_keys=True, ensure_ascii=False)


def _process_one(args: tuple[dict, Config, bool]) -> dict:
    from .pipeline import process

    doc, config, summarize = args
    if "error" in doc:
        return doc
    passthrough = {k: v for k, v in doc.items() if k != "text"}
    try:
        result = process(doc["text"], config, summarize=summarize)
    except CleanupError as exc:
        return {**passthrough, "error": str(exc)}
    except Exception as exc:  # one bad document must not stop a corpus
        return {**passthrough, "error": f"internal error ({type(exc).__name__}: {exc}); please report it"}
    return {**passthrough, **result.to_dict()}


def _ignore_sigint() -> None:
    """In pool workers: Ctrl-C is the parent's to handle (it stops the pool), not a traceback each."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _results(docs: Iterator[dict], config: Config, summarize: bool, jobs: int,
             budget: float | None) -> Iterator[dict]:
    """Results in input order: in this process, in a pool (--jobs), or in worker processes
    that each stop a document past the time budget (--time-budget)."""
    work = ((d, config, summarize) for d in docs)
    if budget is None and jobs == 1:
        yield from map(_process_one, work)
        return
    if budget is None:
        import multiprocessing as mp

        with mp.get_context("spawn").Pool(jobs, initializer=_ignore_sigint) as pool:
            yield from pool.imap(_process_one, work, chunksize=8)
        return
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    from .workers import WorkerPool

    def one(doc: dict) -> dict:
        if "error" in doc:
            return doc
        passthrough = {k: v for k, v in doc.items() if k != "text"}
        try:
            return {**passthrough, **wp.run(doc["text"], config, summarize)}
        except CleanupError as exc:
            return {**passthrough, "error": str(exc)}

    with WorkerPool(jobs, budget) as wp, ThreadPoolExecutor(jobs) as ex:
        window: deque = deque()
        for doc in docs:
            window.append(ex.submit(one, doc))
            if len(window) >= 2 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


class _BatchOutput:
    """Where batch results go: stdout, or ``OUT.part`` next to OUT, renamed to OUT at the end.

    A run that is killed leaves OUT as it was and its complete lines in OUT.part;
    ``--resume`` continues from OUT.part (or from OUT when there is no .part): it keeps
    their complete lines and skips those documents."""

    def __init__(self, output: str, resume: bool) -> None:
        self.done: Counter[str] = Counter()
        self.kept = 0
        self.kept_failed = 0
        if output == "-":
            if resume:
                raise _Usage("--resume needs an output file (-o OUT.jsonl), not stdout")
            if sys.stdout is None:
                raise OutputError("standard output is closed: pass -o OUT.jsonl")
            self.path = self.part = None
            self.fh: IO[str] = sys.stdout
            return
        self.path = Path(output)
        self.part = self.path.with_name(self.path.name + ".part")
        try:
            if resume:
                self._resume()
            else:
                if self.part.exists():
                    click.echo(f"mt-cleanup: starting over: {self.part} from an earlier run is replaced "
                               "(--resume continues it)", err=True)
                self.fh = open(self.part, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise _write_error(str(self.part), exc) from None

    def _resume(self) -> None:
        """Keep the complete lines of OUT.part (cut after the last one) or copy those of OUT."""
        src = self.part if self.part.exists() else self.path if self.path.exists() else None
        if src is None:
            self.fh = open(self.part, "w", encoding="utf-8", newline="")
            return
        keep_bytes = 0
        with open(src, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break  # the line a killed run was writing
                try:
                    row = json.loads(raw)
                except ValueError:
                    break
                if not isinstance(row, dict):
                    break
                self.done[_key(row)] += 1
                self.kept += 1
                self.kept_failed += "error" in row
                keep_bytes += len(raw)
        if src == self.part:
            with open(self.part, "r+b") as fh:
                fh.truncate(keep_bytes)
        else:
            fd, tmp = _temp_beside(self.part)
            with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
                left = keep_bytes
                while left > 0:
                    chunk = fin.read(min(1 << 20, left))
                    if not chunk:
                        break
                    fout.write(chunk)
                    left -= len(chunk)
            os.replace(tmp, self.part)
        self.fh = open(self.part, "a", encoding="utf-8", newline="")
        click.echo(f"mt-cleanup: resuming: {self.kept} documents already done in {src}", err=True)

    def skip(self, doc: dict) -> bool:
        """Was this document done by an earlier run?  (Each output line accounts for one input.)"""
        if not self.done:
            return False
        k = _key(doc)
        if self.done[k] > 0:
            self.done[k] -= 1
            return True
        return False

    def write(self, row: dict) -> None:
        where = str(self.part) if self.part else "standard output"
        try:
            self.fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            self.fh.flush()
        except (OSError, ValueError) as exc:
            raise _write_error(where, exc) from None

    def finish(self) -> None:
        if self.part is None:
            return
        try:
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.chmod(self.part, _file_mode(self.path))
            os.replace(self.part, self.path)
        except OSError as exc:
            raise _write_error(str(self.path), exc) from None

    def abandon(self) -> None:
        """Keep the .part of an interrupted run for --resume."""
        if self.part is not None:
            try:
                self.fh.close()
            except OSError:
                pass


@main.command()
@click.argument("source")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="Output JSONL file ('-' for stdout).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1), help="Worker processes.")
@click.option("--resume", is_flag=True,
              help="Continue a run that stopped: keep the documents OUT (or OUT.part) already holds, do the rest.")
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Stop a document that takes longer (it gets an error line); runs documents in worker processes.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--summarize", "with_summary", is_flag=True, help="Add summary, headline and headline_source to every result.")
@summary_options
@config_options
def batch(source: str, output: str, jobs: int, resume: bool, time_budget: float | None, progress: bool | None,
          with_summary: bool, encoding: str, sentences: int, ratio: float | None, method: str,
          generate_headline: bool, **kw: Any) -> None:
    """Clean a corpus: a JSONL file of {"id", "text", ...} objects, or a folder of .txt files.

    One output line per input line (or file), in input order; a document that fails gets
    a line with an "error" field.  The output appears when the run is complete."""
    _refuse_same_file(source, output)
    config = make_config(**kw, summary_sentences=sentences, summary_ratio=ratio, summary_method=method,
                         generate_headline=generate_headline)
    docs = iter_documents(source, encoding, config.max_chars * 4)
    first = next(docs, None)
    if first is None:
        raise CleanupError(f"{source} holds no documents")

    def all_docs() -> Iterator[dict]:
        yield first
        yield from docs

    out = _BatchOutput(output, resume)
    todo = (d for d in all_docs() if not out.skip(d))
    show = (sys.stderr is not None and sys.stderr.isatty()) if progress is None else progress
    ok = failed = 0
    from tqdm import tqdm

    bar = tqdm(disable=not show, unit="doc", file=sys.stderr)
    try:
        for res in _results(todo, config, with_summary, jobs, time_budget):
            if "error" in res:
                failed += 1
                click.echo(f"mt-cleanup: document {res.get('id')!r}: {res['error']}", err=True)
            else:
                ok += 1
            out.write(res)
            bar.update(1)
        out.finish()
    except BaseException as exc:
        out.abandon()
        if out.part is not None and isinstance(exc, (KeyboardInterrupt, click.Abort)):
            raise _Failed(EXIT_INTERRUPTED, f"interrupted after {out.kept + ok + failed} documents; they are in "
                                            f"{out.part}: run the same command with --resume to continue") from None
        raise
    finally:
        bar.close()
    failed += out.kept_failed
    ok += out.kept - out.kept_failed
    earlier = f" ({out.kept} done by the earlier run)" if out.kept else ""
    click.echo(f"mt-cleanup: {ok + failed} documents: {ok} cleaned, {failed} failed{earlier}", err=True)
    if failed:
        raise _Failed(EXIT_INPUT)


# -- editor preview -----------------------------------------------------------


@main.command()
@click.argument("source", default="-")
@click.option("--color/--no-color", default=None, help="Colour (default: on a terminal).")
@config_options
def diff(source: str, color: bool | None, encoding: str, **kw: Any) -> None:
    """Show every change inline ([-deleted-]{+inserted+}) with its rule and reason."""
    from . import render
    from .pipeline import process

    config = make_config(**kw)
    result = process(read_source(source, encoding, config.max_chars * 4), config)
    if color is None:
        color = sys.stdout is not None and sys.stdout.isatty()
    emit(render.as_diff(result, color=color), None)


@main.command()
@click.argument("source", default="-")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The HTML file to write.")
@summary_options
@config_options
def preview(source: str, output: str, encoding: str, **kw: Any) -> None:
    """Write a self-contained HTML preview: every change with its reason, accept or reject each."""
    from . import render

    _refuse_same_file(source, output)
    result = _run_full(source, encoding, kw)
    emit(render.as_html(result), output)
    click.echo(f"mt-cleanup: wrote {output} ({len(result.fixes)} changes, {len(result.suggestions)} suggestions)", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that run documents at once (default: one per core, at least 2).")
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              metavar="SECONDS", help="A document that takes longer gets 422 (its worker is replaced).")
@config_options
def serve(host: str, port: int, workers: int | None, time_budget: float, encoding: str, **kw: Any) -> None:
    """Run the preview as a local web app, with a JSON API (POST /api/process)."""
    from .serve import make_server

    try:
        server = make_server(host, port, make_config(**kw), workers=workers, time_budget=time_budget, warm=True)
    except OSError as exc:
        raise OutputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    click.echo(f"mt-cleanup: serving on http://{host}:{server.server_address[1]}/ (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# -- LanguageTool --------------------------------------------------------------


@main.group()
def languagetool() -> None:
    """The optional LanguageTool pass."""


@languagetool.command("status")
@click.option("--languagetool-url", default=None, help="Server to ask (default: MT_CLEANUP_LANGUAGETOOL_URL).")
def languagetool_status(languagetool_url: str | None) -> None:
    """Is a LanguageTool server reachable, and which version is it?  Exit status 4 when not."""
    from .grammar import status

    ok, line = status(Config(languagetool_url=languagetool_url))
    if not ok:
        raise GrammarError(line)
    _echo(line)


# -- rules ---------------------------------------------------------------------


@main.group()
def rules() -> None:
    """List the rules, or run their examples."""


@rules.command("list")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False))
def rules_list(rules_dirs: tuple[str, ...]) -> None:
    """Every rule: id, kind, action and what it repairs."""
    from .rules import load_rules

    rs = load_rules(tuple(rules_dirs))
    emit("".join(f"{r.id:45} {r.kind:8} {r.action:8} {r.explanation}\n" for r in rs.rules), None)


@rules.command("test")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False))
def rules_test(folder: str | None, rules_dirs: tuple[str, ...]) -> None:
    """Run every rule's examples (the shipped rules, plus FOLDER and --rules folders)."""
    from .rules import load_rules, run_examples

    dirs = tuple(rules_dirs) + ((folder,) if folder else ())
    rs = load_rules(dirs)
    count, failures = run_examples(rs, Config(rules_dirs=dirs))
    lines = [f"FAIL {f.rule}: {f.problem}\n     example: {f.example}\n" for f in failures]
    emit("".join(lines) + f"{count - len(failures)} passed, {len(failures)} failed\n", None)
    if failures:
        raise _Failed(EXIT_INPUT)


if __name__ == "__main__":
    main()
