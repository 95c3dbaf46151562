"""The command line's input and output: reading sources (byte-order marks, encodings,
closed streams), writing outputs whole or not at all, and the one error boundary.

Only the CLI modules (cli.py, cli_io.py, cli_batch.py) touch files, stdin and stdout.
The error boundary (:class:`Main`) ends every command that fails with ONE line on stderr,
``mt-cleanup: error: ...``, and an exit status scripts can rely on (README, "Exit
status"): 1 bad input (and a batch with failed documents), 2 usage, 3 the output could
not be written (or served), 4 LanguageTool unavailable, 5 a bug (internal error), 130
interrupted.  Set ``MT_CLEANUP_DEBUG=1`` to see the traceback of an internal error.

Outputs (``-o``) are written to a temporary file in the target folder and renamed over
the target at the end, so a file is never half-written; the input is never the output.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

import click

from .cli_stdout import write_stdout
from .errors import CleanupError, ConfigError, GrammarError, OutputError
from .inputs import decode_text

MAX_BYTES_DEFAULT = 2_000_000

EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_LANGUAGETOOL = 4
EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130


class Usage(click.UsageError):
    """A usage error the command found itself (its message says what to do; no --help hint)."""


class Failed(Exception):
    """A command's own way to end with a status after it has said why (batch: some documents failed)."""

    def __init__(self, code: int, message: str | None = None) -> None:
        super().__init__(message or "")
        self.code = code
        self.message = message


def say(message: str) -> None:
    """One line on stderr; never raises (stderr may be closed too)."""
    try:
        click.echo(f"mt-cleanup: error: {' '.join(message.split())}", err=True)
    except (OSError, ValueError):
        pass


def exit_code(exc: CleanupError) -> int:
    if isinstance(exc, OutputError):
        return EXIT_OUTPUT
    if isinstance(exc, GrammarError):
        return EXIT_LANGUAGETOOL
    if isinstance(exc, ConfigError):
        return EXIT_USAGE
    return EXIT_INPUT


def silence_stdout() -> None:
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


def flush_stdout() -> None:
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as exc:
        raise write_error("standard output", exc) from None


def write_error(where: str, exc: BaseException) -> OutputError:
    import errno

    if isinstance(exc, BrokenPipeError) or getattr(exc, "errno", None) == errno.EPIPE:
        return OutputError(f"cannot write to {where}: the reader closed it early (broken pipe)")
    return OutputError(f"cannot write to {where}: {getattr(exc, 'strerror', None) or exc}")


def _is_terminal(stream: Any) -> bool:
    try:
        return stream is None or stream.isatty()
    except (AttributeError, ValueError, OSError):  # a closed or odd stream: no article there
        return True


class Main(click.Group):
    """The error boundary: every failure of every command is one line and a documented status.

    ``mt-cleanup FILE`` (or ``-``, or options first) is short for ``mt-cleanup clean FILE``: a
    first argument that is no command but names a file, stdin or an option goes to ``clean``;
    a word that is neither (``claen``) is still a usage error.  With no argument, a piped
    stdin is cleaned and a terminal gets the help."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help", "--version") \
                and (args[0].startswith("-") or os.path.exists(args[0]) or any(c in args[0] for c in "./\\")):
            args = ["clean", *args]
        elif not args and not _is_terminal(sys.stdin):  # `... | mt-cleanup`: the article comes on stdin
            args = ["clean", "-"]
        return super().parse_args(ctx, args)

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        code = 0
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            if isinstance(rv, int):
                code = rv
            flush_stdout()
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc), err=True)
            code = EXIT_USAGE
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx and not isinstance(exc, Usage) else ""
            say(exc.format_message() + hint)
            code = EXIT_USAGE
        except click.ClickException as exc:
            say(exc.format_message())
            code = exc.exit_code
        except (click.Abort, KeyboardInterrupt):
            say("interrupted")
            code = EXIT_INTERRUPTED
        except Failed as exc:
            if exc.message:
                say(exc.message)
            code = exc.code
        except CleanupError as exc:
            say(str(exc))
            code = exit_code(exc)
        except OSError as exc:  # a write click made, or one we did not wrap
            say(str(write_error("the output", exc)))
            code = EXIT_OUTPUT
        except Exception as exc:
            if os.environ.get("MT_CLEANUP_DEBUG"):
                import traceback

                traceback.print_exc()
            say(f"internal error ({type(exc).__name__}: {exc}); please report it")
            code = EXIT_INTERNAL
        if code == EXIT_OUTPUT:
            silence_stdout()
        sys.exit(code)


# -- reading -------------------------------------------------------------------

def stdin_bytes() -> IO[bytes]:
    if sys.stdin is None:
        raise CleanupError("standard input is closed: give a FILE, or pipe an article in")
    try:
        fh = sys.stdin.buffer
    except AttributeError:
        raise CleanupError("standard input cannot be read as bytes: give a FILE") from None
    if not _is_terminal(sys.stdin):
        return fh
    try:  # a terminal: no article is on its way, the user types one (else they wait on nothing, unaware)
        click.echo("mt-cleanup: reading from the terminal: type or paste the text, then Ctrl-D "
                   "(or give a FILE; Ctrl-C stops)", err=True)
    except (OSError, ValueError):
        pass
    return fh


def read_at_most(fh: IO[bytes], n: int) -> bytes:
    """Up to ``n`` bytes, read a megabyte at a time: ``read(n)`` sets aside ``n`` bytes first,
    a MemoryError (status 5) for ``--max-chars 1000000000000`` on a small file."""
    chunks: list[bytes] = []
    left = n
    while left > 0:
        want = min(left, 1 << 20)
        chunk = fh.read(want)
        chunks.append(chunk)
        left -= len(chunk)
        if not chunk or (len(chunk) < want and isinstance(fh, io.BufferedIOBase)):  # a buffered read stops
            break  # short only at the end; on a terminal (Ctrl-D) another read would wait for a second Ctrl-D
    return b"".join(chunks)


def refuse_empty_name(source: str) -> None:
    """An empty input name is a usage error: as a path it is the working folder ('batch ""' cleaned
    every .txt file there; 'clean ""' said ' is a folder; use mt-cleanup batch  -o ...': faults37)."""
    if not source:
        raise Usage("the input is an empty name: give FILE, or - for standard input")


def read_source(source: str, encoding: str, max_bytes: int) -> str:
    """Read FILE or '-' (stdin) as text, with clear errors for binary or mis-encoded input."""
    refuse_empty_name(source)
    try:
        if source == "-":
            data = read_at_most(stdin_bytes(), max_bytes + 1)
            name = "standard input"
        else:
            path = Path(source)
            if path.is_dir():
                raise CleanupError(f"{source} is a folder; use 'mt-cleanup batch {source} -o OUT.jsonl'")
            with path.open("rb") as fh:
                data = read_at_most(fh, max_bytes + 1)
            name = source
    except OSError as exc:
        raise CleanupError(f"cannot read {source}: {exc.strerror or exc}") from None
    return decode_text(data, name, encoding, max_bytes)


# -- writing -------------------------------------------------------------------


def is_stdout(output: str | None) -> bool:
    return output is None or output == "-"


def refuse_same_file(source: str, output: str | None, makes_folders: bool = False) -> None:
    """The input is never the output: it is what the edit log points into.  An output in a folder that
    does not exist fails here, before the input is read and cleaned, not once the work is done (the dask
    engine, ``makes_folders``, creates its output folders)."""
    refuse_empty_name(source)
    if is_stdout(output):
        return
    if not output:  # Path('') is the working folder: 'cannot write to /home/me' after all the work (faults37)
        raise Usage("-o needs a file name ('-o -' is standard output)")
    if os.path.islink(os.path.realpath(output)):  # a loop of links: realpath stops on one, the rename replaced it (faults37)
        raise OutputError(f"cannot write to {output}: its symbolic links go round in a loop")
    folder = Path(output).absolute().parent
    if not makes_folders and not folder.is_dir():
        why = "does not exist" if not folder.exists() else "is not a folder"
        raise OutputError(f"cannot write to {output}: {folder} {why}")
    if source == "-":
        return
    try:
        same = os.path.samefile(source, output)
    except OSError:
        return  # the output does not exist yet (or the input cannot be read: said later)
    if same:
        raise Usage(
            f"-o {output} is the input file; write the output elsewhere (the input is kept: it is what "
            "the edit log's offsets point into)"
        )


def temp_beside(path: Path, suffix: str = ".tmp") -> tuple[int, Path]:
    fd, name = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.", suffix=suffix)
    return fd, Path(name)


def file_mode(path: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual ones (umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


_FD_PATH = re.compile(r"/(?:dev/fd|proc/(?:self|thread-self|(\d+))/fd)/(\d+)")
_STD_PATHS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}


def _link_chain(path: str | Path) -> list[str]:
    """``path`` and each link it goes through, as absolute paths (``/dev/stdout``,
    ``/proc/self/fd/1``, ...): resolving it at once would skip what it names on the way."""
    chain = [os.path.abspath(path)]
    for _ in range(40):
        try:
            nxt = os.readlink(chain[-1])
        except OSError:
            break
        chain.append(os.path.abspath(os.path.join(os.path.dirname(chain[-1]), nxt)))
    return chain


def _own_fd(chain: list[str]) -> int | None:
    """The descriptor of this process that the path names (/dev/stdout, /dev/fd/N, /proc/self/fd/N)."""
    for p in chain:
        if p in _STD_PATHS:
            return _STD_PATHS[p]
        m = _FD_PATH.fullmatch(p)
        if m and (m[1] is None or int(m[1]) == os.getpid()):
            return int(m[2])
    return None


def is_special_output(path: str | Path) -> bool:
    """Written into, never renamed over: a path that is, or goes through, /dev or /proc
    (``-o /dev/stdout >> file`` resolves to the regular file, and the rename replaced the
    /dev/stdout link), or that exists and is no regular file (a FIFO, a device, a socket)."""
    if any(p == "/dev" or p.startswith(("/dev/", "/proc/")) for p in _link_chain(path)):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def open_special(path: str | Path) -> IO[str]:
    """Open a special output for writing.  One of our own descriptors is duplicated, so the
    writes go into the same open file (``>> file`` keeps appending, nothing is truncated, a
    pipe stays the pipe); anything else (a FIFO, /dev/null) is opened by its name."""
    fd = _own_fd(_link_chain(path))
    if fd is None:
        return open(path, "w", encoding="utf-8", newline="")
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None and stream.fileno() == fd:
                stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    return os.fdopen(os.dup(fd), "w", encoding="utf-8", newline="")


def write_file(path: str | Path, data: str) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it over ``path``:
    readers see the old file or the whole new one, never a half-written one.  A special
    output is written into; a link is followed and kept (the file it points to is replaced)."""
    if is_special_output(path):
        _write_special(path, data)
        return
    path = Path(os.path.realpath(path))
    try:
        fd, tmp = temp_beside(path)
    except OSError as exc:
        raise write_error(str(path), exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, file_mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_error(str(path), exc) from None


def _write_special(path: str | Path, data: str) -> None:
    """A FIFO or a device (``-o /dev/null``, ``/dev/full``, ``/dev/stdout``) is written into:
    a file renamed over it would replace the device or the pipe (as root, /dev/null itself)."""
    try:
        with open_special(path) as fh:
            write_stdout(data, fh)
    except OSError as exc:
        raise write_error(str(path), exc) from None


def emit(data: str, output: str | None) -> None:
    """The command's result, to ``output`` (atomically) or to stdout."""
    if not is_stdout(output):
        write_file(output, data)
        return
    if sys.stdout is None:
        raise OutputError("standard output is closed: pass -o FILE")
    try:
        write_stdout(data)
    except UnicodeEncodeError:
        raise OutputError(f"standard output cannot take these characters (its encoding is "
                          f"{getattr(sys.stdout, 'encoding', '?')}); set PYTHONIOENCODING=utf-8 or pass -o FILE") from None
    except (OSError, ValueError) as exc:
        raise write_error("standard output", exc) from None


def echo(message: str) -> None:
    """A short line to stdout (a summary, a headline)."""
    emit(message + "\n", None)


# -- options -------------------------------------------------------------------


def check_encoding(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        text_codec = getattr(codecs.lookup(value), "_is_text_encoding", True)  # rot13, base64, hex: no text
    except LookupError:
        text_codec = False
    if not text_codec:
        raise click.BadParameter(f"unknown encoding {value!r} (try utf-8, cp1252, latin-1, utf-16)") from None
    return value




def check_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--languagetool-url notaurl`` is a usage error at once, not a LanguageTool outage later."""
    from .config import is_http_url

    if value is not None and not is_http_url(value):
        raise click.BadParameter(f"takes an http(s) URL such as http://127.0.0.1:8081, not {value!r}")
    return value
