"""Command line: the only module that touches files, stdin and stdout."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from .config import Config
from .errors import CleanupError

MAX_BYTES_DEFAULT = 2_000_000


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"mt-cleanup: error: {message}", err=True)
    sys.exit(code)


def read_source(source: str, encoding: str, max_bytes: int) -> str:
    """Read FILE or '-' (stdin) as text, with clear errors for binary or mis-encoded input."""
    try:
        if source == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
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
    if len(data) > max_bytes:
        raise CleanupError(f"{name} is larger than {max_bytes:,} bytes; split it or raise --max-chars")
    if not data.strip():
        raise CleanupError(f"{name} is empty: give an article to clean")
    if b"\x00" in data[:65536]:
        raise CleanupError(f"{name} looks binary (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig" if encoding.lower().replace("_", "-") in {"utf-8", "utf8"} else encoding)
    except UnicodeDecodeError as exc:
        raise CleanupError(
            f"{name} is not valid {encoding} (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "pass its encoding, e.g. --encoding cp1252"
        ) from None
    except LookupError:
        raise CleanupError(f"unknown encoding {encoding!r}") from None


def config_options(f):
    opts = [
        click.option("--rules", "rules_dirs", multiple=True, type=click.Path(file_okay=False),
                     help="Extra folder of rule files (*.toml); may be repeated."),
        click.option("--grammar", type=click.Choice(["none", "languagetool"]), default="none", show_default=True,
                     help="Run LanguageTool after our own repairs."),
        click.option("--languagetool-url", default=None, help="LanguageTool server, e.g. http://127.0.0.1:8081."),
        click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input."),
        click.option("--max-chars", default=MAX_BYTES_DEFAULT, show_default=True, help="Refuse larger inputs."),
        click.option("--any-language", is_flag=True, help="Do not refuse text that does not look like English."),
        click.option("--no-title", is_flag=True, help="Do not treat the first line as a title."),
        click.option("--disable", multiple=True, metavar="RULE_OR_STAGE",
                     help="Switch off a rule, a family of rules (casing.stray_capital) or a stage; repeatable."),
        click.option("--enable", multiple=True, metavar="RULE", help="Switch on a rule that ships off; repeatable."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
                     help="Apply edits at or above this confidence, offer the rest (default 0.5)."),
        click.option("--source-language", default=None, metavar="XX",
                     help="The language the text was translated from (ISO 639-1), instead of detecting it."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def make_config(rules_dirs, grammar, languagetool_url, max_chars, any_language, no_title, disable=(), enable=(),
                min_confidence=None, source_language=None, **extra: Any) -> Config:
    if source_language is not None and not (len(source_language) == 2 and source_language.isalpha()):
        raise CleanupError(f"--source-language takes an ISO 639-1 code such as ko or th, not {source_language!r}")
    if min_confidence is not None:
        extra["min_confidence"] = min_confidence
    return Config(
        rules_dirs=tuple(rules_dirs), grammar=None if grammar == "none" else grammar,
        languagetool_url=languagetool_url, max_chars=max_chars, require_english=not any_language,
        detect_title=not no_title, disable=tuple(disable), enable=tuple(enable),
        source_language=source_language.lower() if source_language else None, **extra,
    )


class _Boundary(click.Group):
    """One error boundary for every command: a CleanupError is one line and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CleanupError as exc:
            _fail(str(exc))


@click.group(cls=_Boundary, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="mt-cleanup")
def main() -> None:
    """Repair English machine translation, with every change explained."""


@main.command()
@click.argument("source", default="-")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "diff"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
@config_options
def clean(source: str, fmt: str, output: str | None, encoding: str, **kw: Any) -> None:
    """Clean one article (FILE, or - for stdin) and print it."""
    _clean(source, fmt, output, encoding, kw)


def _clean(source: str, fmt: str, output: str | None, encoding: str, kw: dict, color: bool | None = None) -> None:
    from . import render
    from .pipeline import process

    config = make_config(**kw)
    text = read_source(source, encoding, config.max_chars * 4)
    if config.grammar:
        from .grammar import describe

        click.echo(f"mt-cleanup: grammar pass: {describe(config)}", err=True)
    result = process(text, config)
    if fmt == "json":
        out = render.as_json(result) + "\n"
    elif fmt == "diff":
        out = render.as_diff(result, color=(output is None and sys.stdout.isatty()) if color is None else color)
    else:
        out = render.as_text(result)
    _write(out, output)


def _write(out: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(out, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        click.echo(out, nl=False)


# -- summary and headline --------------------------------------------------------


def summary_options(f):
    from .summarize import METHODS

    opts = [
        click.option("--sentences", "-n", default=3, show_default=True, help="Summary length in sentences."),
        click.option("--ratio", type=float, default=None, help="Summary length as a share of the sentences (0-1)."),
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
        click.echo(json.dumps({"summary": list(result.summary or ())}, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(result.summary or ()))


@main.command()
@click.argument("source", default="-")
@summary_options
@config_options
def headline(source: str, encoding: str, **kw: Any) -> None:
    """Print the headline: the cleaned title, or one written from the lede."""
    result = _run_full(source, encoding, kw)
    click.echo(result.headline or "")


@main.command()
@click.argument("source", default="-")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None)
@summary_options
@config_options
def run(source: str, fmt: str, output: str | None, encoding: str, **kw: Any) -> None:
    """Clean, summarise and headline one article: headline, clean text, then the summary."""
    from . import render

    result = _run_full(source, encoding, kw)
    out = render.as_json(result) + "\n" if fmt == "json" else render.as_text(result, with_summary=True)
    _write(out, output)


# -- batch ---------------------------------------------------------------------


def iter_documents(source: str, encoding: str, max_bytes: int) -> Iterator[dict]:
    """Yield {'id', 'text', ...} or {'id', 'error', 'line'} for every document of a corpus."""
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise CleanupError(f"{source} holds no .txt files")
        for p in files:
            rel = str(p.relative_to(path))
            try:
                yield {"id": rel, "text": decode(p.read_bytes(), rel, encoding, max_bytes)}
            except (CleanupError, OSError) as exc:
                yield {"id": rel, "error": str(exc)}
        return
    try:
        fh = sys.stdin.buffer if source == "-" else path.open("rb")
    except OSError as exc:
        raise CleanupError(f"cannot read {source}: {exc.strerror or exc}") from None
    with fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield {"id": None, "line": n, "error": f"line {n} is not valid UTF-8"}
                continue
            except json.JSONDecodeError as exc:
                yield {"id": None, "line": n, "error": f"line {n} is not valid JSON: {exc.msg} (column {exc.colno})"}
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                doc_id = obj.get("id") if isinstance(obj, dict) else None
                yield {"id": doc_id, "line": n, "error": f"line {n} needs a JSON object with a string field 'text'"}
                continue
            obj.setdefault("id", n)
            yield obj


@main.command()
@click.argument("source")
@click.option("-o", "--output", type=click.Path(), required=True,
              help="Output JSONL file ('-' for stdout); with --engine dask also a folder of shards.")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help='local: --jobs processes here; dask: a Dask cluster (pip install "mt-cleanup[dask]").')
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="dask: worker processes to start (default: one per core); implies --engine dask.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="dask: use this running cluster instead; implies --engine dask.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--summarize", "with_summary", is_flag=True, help="Add summary, headline and headline_source to every result.")
@summary_options
@config_options
def batch(source: str, output: str, jobs: int, engine: str, workers: int | None, scheduler: str | None,
          progress: bool | None, with_summary: bool, encoding: str,
          sentences: int, ratio: float | None, method: str, generate_headline: bool, **kw: Any) -> None:
    """Clean a corpus: a JSONL file of {"id", "text", ...} objects, or a folder of .txt files
    (with --engine dask also a folder or a quoted glob of .jsonl / .jsonl.gz shards)."""
    config = make_config(**kw, summary_sentences=sentences, summary_ratio=ratio, summary_method=method,
                         generate_headline=generate_headline)
    if engine == "dask" or scheduler or workers:
        from .dask import run_batch

        sys.exit(run_batch(source, output, config, with_summary, encoding, workers, scheduler, progress))
    docs = iter_documents(source, encoding, config.max_chars * 4)
    first = next(docs, None)
    if first is None:
        _fail(f"{source} holds no documents")
        return

    def all_docs() -> Iterator[dict]:
        yield first
        yield from docs

    show = sys.stderr.isatty() if progress is None else progress
    ok = failed = 0
    try:
        out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
        return
    from tqdm import tqdm

    from .records import process_many

    bar = tqdm(disable=not show, unit="doc", file=sys.stderr)
    try:
        for res in process_many(all_docs(), config, jobs, with_summary):
            if "error" in res:
                failed += 1
                click.echo(f"mt-cleanup: document {res.get('id')!r}: {res['error']}", err=True)
            else:
                ok += 1
            out.write(json.dumps(res, ensure_ascii=False) + "\n")
            bar.update(1)
    finally:
        bar.close()
        if out is not sys.stdout:
            out.close()
    click.echo(f"mt-cleanup: {ok + failed} documents: {ok} cleaned, {failed} failed", err=True)
    if failed:
        sys.exit(1)


# -- editor preview -----------------------------------------------------------


@main.command()
@click.argument("source", default="-")
@click.option("--color/--no-color", default=None, help="Colour (default: on a terminal).")
@config_options
def diff(source: str, color: bool | None, encoding: str, **kw: Any) -> None:
    """Show every change inline ([-deleted-]{+inserted+}) with its rule and reason (= clean --format diff)."""
    _clean(source, "diff", None, encoding, kw, color)


@main.command()
@click.argument("source", default="-")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The HTML file to write.")
@summary_options
@config_options
def preview(source: str, output: str, encoding: str, **kw: Any) -> None:
    """Write a self-contained HTML preview: every change with its reason, accept or reject each."""
    from . import render

    result = _run_full(source, encoding, kw)
    _write(render.as_html(result), output)
    click.echo(f"mt-cleanup: wrote {output} ({len(result.fixes)} changes, {len(result.suggestions)} suggestions)", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True)
@config_options
def serve(host: str, port: int, encoding: str, **kw: Any) -> None:
    """Run the preview as a local web app, with a JSON API (POST /api/process)."""
    from .serve import make_server

    try:
        server = make_server(host, port, make_config(**kw))
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
        return
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
    """Is a LanguageTool server reachable, and which version is it?"""
    from .grammar import status

    ok, line = status(Config(languagetool_url=languagetool_url))
    click.echo(line)
    if not ok:
        sys.exit(1)


# -- rules ---------------------------------------------------------------------


@main.group()
def rules() -> None:
    """List the rules, or run their examples."""


@rules.command("list")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_list(rules_dirs: tuple[str, ...], fmt: str) -> None:
    """Every rule: id, kind, action, source language (packs) and what it repairs."""
    from .rules import load_rules

    rs = load_rules(tuple(rules_dirs))
    if fmt == "json":
        rows = [{"id": r.id, "kind": r.kind, "action": r.action, "confidence": r.confidence, "language": r.language,
                 "default": "on" if r.default_on else "off", "explanation": r.explanation} for r in rs.rules]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rs.rules:
        click.echo(f"{r.id:45} {r.kind:8} {r.action:8} {r.language or '-':3} {r.explanation}")


@rules.command("test")
@click.argument("folder", required=False, type=click.Path(file_okay=False))
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(file_okay=False))
def rules_test(folder: str | None, rules_dirs: tuple[str, ...]) -> None:
    """Run every rule's examples (the shipped rules, plus FOLDER and --rules folders)."""
    from .harness import run_examples
    from .rules import load_rules

    dirs = tuple(rules_dirs) + ((folder,) if folder else ())
    rs = load_rules(dirs)
    count, failures = run_examples(rs, Config(rules_dirs=dirs))
    for f in failures:
        click.echo(f"FAIL {f.rule}: {f.problem}\n     example: {f.example}")
    click.echo(f"{count - len(failures)} passed, {len(failures)} failed")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
