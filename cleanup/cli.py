"""Command line: the commands and their options.

The CLI is three modules, the only ones that touch files, stdin and stdout: this one (the
commands), :mod:`cleanup.cli_io` (reading, writing whole or not at all, the one error
boundary with its exit statuses) and :mod:`cleanup.cli_batch` (corpora).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from .cli_io import (
    EXIT_INPUT,
    MAX_BYTES_DEFAULT,
    Failed,
    Main,
    OutputError,
    check_encoding,
    check_url,
    echo,
    emit,
    is_stdout,
    read_source,
    refuse_same_file,
)
from .cli_limits import MAX_CHARS_LIMIT, capped_processes, finite_seconds
from .config import Config
from .errors import ConfigError, GrammarError


def config_options(f):
    opts = [
        click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                     help="Extra folder of rule files (*.toml); may be repeated."),
        click.option("--grammar", type=click.Choice(["none", "languagetool"]), default="none", show_default=True,
                     help="Run LanguageTool after our own repairs."),
        click.option("--languagetool-url", default=None, callback=check_url,
                     help="LanguageTool server, e.g. http://127.0.0.1:8081."),
        click.option("--encoding", default="utf-8", show_default=True, callback=check_encoding,
                     help="Encoding of the input (a byte-order mark overrides it)."),
        click.option("--max-chars", default=MAX_BYTES_DEFAULT, show_default=True, type=click.IntRange(min=1, max=MAX_CHARS_LIMIT),
                     help="Refuse larger inputs."),
        click.option("--any-language", is_flag=True, help="Do not refuse text that does not look like English."),
        click.option("--no-title", is_flag=True, help="Do not treat the first line as a title."),
        click.option("--disable", multiple=True, metavar="RULE_OR_STAGE",
                     help="Switch off a rule, a family of rules (casing.stray_capital) or a stage; repeatable."),
        click.option("--enable", multiple=True, metavar="RULE", help="Switch on a rule that ships off; repeatable."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
                     help="Apply edits at or above this confidence, offer the rest (default 0.7)."),
        click.option("--source-language", default=None, metavar="XX",
                     help="The language the text was translated from (ISO 639-1), instead of detecting it."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def make_config(rules_dirs, grammar, languagetool_url, max_chars, any_language, no_title, disable=(), enable=(),
                min_confidence=None, source_language=None, **extra: Any) -> Config:
    if source_language is not None and not (len(source_language) == 2 and source_language.isalpha()):
        raise click.BadParameter(f"takes an ISO 639-1 code such as ko or th, not {source_language!r}",
                                 param_hint="'--source-language'")
    if min_confidence is not None:
        extra["min_confidence"] = min_confidence
    try:
        config = Config(  # a --disable/--enable typo is a ConfigError here (status 2), before any document is read
            rules_dirs=tuple(rules_dirs), grammar=None if grammar == "none" else grammar,
            languagetool_url=languagetool_url, max_chars=max_chars, require_english=not any_language,
            detect_title=not no_title, disable=tuple(disable), enable=tuple(enable),
            source_language=source_language.lower() if source_language else None, **extra,
        )
    except ConfigError:
        if (disable or enable) and all(os.path.isdir(d) for d in rules_dirs):
            from .pipeline import check_names  # the typo in the words typed: '--disable nope', not 'Config disable='
            from .rules import load_rules

            check_names(load_rules(tuple(rules_dirs)), tuple(disable), tuple(enable), cli=True)
        raise
    if rules_dirs:  # a broken --rules file is one error (status 1) before any input is read, not one per document
        from .rules import load_rules

        load_rules(tuple(config.rules_dirs))
    return config


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="mt-cleanup")
def main() -> None:
    """Repair English machine translation, with every change explained.

    'mt-cleanup FILE' (or '... | mt-cleanup') is short for 'mt-cleanup clean FILE'.

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
    _clean(source, fmt, output, encoding, kw)


def _clean(source: str, fmt: str, output: str | None, encoding: str, kw: dict, color: bool | None = None) -> None:
    from . import render
    from .pipeline import process

    refuse_same_file(source, output)
    config = make_config(**kw)
    text = read_source(source, encoding, config.max_chars * 4)
    if config.grammar:
        from .grammar import describe

        click.echo(f"mt-cleanup: grammar pass: {describe(config)}", err=True)
    result = process(text, config)
    if fmt == "json":
        out = render.as_json(result) + "\n"
    elif fmt == "diff":
        if color is None:
            color = is_stdout(output) and sys.stdout is not None and sys.stdout.isatty()
        out = render.as_diff(result, color=color)
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
        echo(json.dumps({"summary": list(result.summary or ())}, ensure_ascii=False, indent=2))
    else:
        echo("\n".join(result.summary or ()))


@main.command()
@click.argument("source", default="-")
@summary_options
@config_options
def headline(source: str, encoding: str, **kw: Any) -> None:
    """Print the headline: the cleaned title, or one written from the lede."""
    result = _run_full(source, encoding, kw)
    echo(result.headline or "")


@main.command()
@click.argument("source", default="-")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None)
@summary_options
@config_options
def run(source: str, fmt: str, output: str | None, encoding: str, **kw: Any) -> None:
    """Clean, summarise and headline one article: headline, clean text, then the summary."""
    from . import render

    refuse_same_file(source, output)
    result = _run_full(source, encoding, kw)
    out = render.as_json(result) + "\n" if fmt == "json" else render.as_text(result, with_summary=True)
    emit(out, output)


@main.command()
@click.argument("source")
@click.option("-o", "--output", type=click.Path(), required=True,
              help="Output JSONL file ('-' for stdout); with --engine dask also a folder of shards.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1), callback=capped_processes,
              help="Worker processes.")
@click.option("--resume", is_flag=True,
              help="Continue a run that stopped: keep the documents OUT (or OUT.part) already holds, do the rest.")
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              callback=finite_seconds,
              help="Stop a document that takes longer (it gets an error line); runs documents in worker processes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help='local: --jobs processes here; dask: a Dask cluster (pip install "mt-cleanup[dask]").')
@click.option("--workers", type=click.IntRange(min=1), default=None, callback=capped_processes,
              help="dask: worker processes to start (default: one per core); implies --engine dask.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="dask: use this running cluster instead; implies --engine dask.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--summarize", "with_summary", is_flag=True, help="Add summary, headline and headline_source to every result.")
@summary_options
@config_options
def batch(source: str, output: str, jobs: int, resume: bool, time_budget: float | None, engine: str,
          workers: int | None, scheduler: str | None, progress: bool | None, with_summary: bool, encoding: str,
          sentences: int, ratio: float | None, method: str, generate_headline: bool, **kw: Any) -> None:
    """Clean a corpus: a JSONL file of {"id", "text", ...} objects, or a folder of .txt files
    (with --engine dask also a folder or a quoted glob of .jsonl / .jsonl.gz shards).

    One output line per input line (or file), in input order; a document that fails gets
    a line with an "error" field.  The output appears when the run is complete."""
    refuse_same_file(source, output, makes_folders=engine == "dask")
    config = make_config(**kw, summary_sentences=sentences, summary_ratio=ratio, summary_method=method,
                         generate_headline=generate_headline)
    if engine == "dask" or scheduler or workers:
        from .dask import run_batch as run_dask

        code = run_dask(source, output, config, with_summary, encoding, workers, scheduler, progress)
        if code:
            raise Failed(code)
        return
    from .cli_batch import run_batch

    run_batch(source, output, config, encoding=encoding, jobs=jobs, resume=resume, time_budget=time_budget,
              progress=progress, summarize=with_summary)


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

    refuse_same_file(source, output)
    result = _run_full(source, encoding, kw)
    emit(render.as_html(result), output)
    click.echo(f"mt-cleanup: wrote {output} ({len(result.fixes)} changes, {len(result.suggestions)} suggestions)", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", type=click.IntRange(min=1), default=None, callback=capped_processes,
              help="Processes that run documents at once (default: one per core, at least 2).")
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              callback=finite_seconds, metavar="SECONDS", help="A document that takes longer gets 422 (its worker is replaced).")
@config_options
def serve(host: str, port: int, workers: int | None, time_budget: float, encoding: str, **kw: Any) -> None:
    """Run the preview as a local web app, with a JSON API (POST /api/process)."""
    from .serve import make_server

    config = make_config(**kw)  # a broken --rules file stops here (status 1), not in every answer
    try:
        server = make_server(host, port, config, workers=workers, time_budget=time_budget, warm=True)
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
@click.option("--languagetool-url", default=None, callback=check_url,
              help="Server to ask (default: MT_CLEANUP_LANGUAGETOOL_URL).")
def languagetool_status(languagetool_url: str | None) -> None:
    """Is a LanguageTool server reachable, and which version is it?  Exit status 4 when not."""
    from .grammar import status

    ok, line = status(Config(languagetool_url=languagetool_url))
    if not ok:
        raise GrammarError(line)
    echo(line)


# -- rules ---------------------------------------------------------------------


@main.group()
def rules() -> None:
    """List the rules, or run their examples."""


@rules.command("list")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_list(rules_dirs: tuple[str, ...], fmt: str) -> None:
    """Every rule: id, kind, action, source language (packs) and what it repairs."""
    from .rules import load_rules

    rs = load_rules(tuple(rules_dirs))
    if fmt == "json":
        rows = [{"id": r.id, "kind": r.kind, "action": r.action, "confidence": r.confidence, "language": r.language,
                 "default": "on" if r.default_on else "off", "explanation": r.explanation} for r in rs.rules]
        emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", None)
        return
    emit("".join(f"{r.id:45} {r.kind:8} {r.action:8} {r.language or '-':3} {r.explanation}\n" for r in rs.rules), None)


@rules.command("test")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False))
def rules_test(folder: str | None, rules_dirs: tuple[str, ...]) -> None:
    """Run every rule's examples (the shipped rules, plus FOLDER and --rules folders)."""
    from .harness import run_examples
    from .rules import load_rules

    dirs = tuple(rules_dirs) + ((folder,) if folder else ())
    rs = load_rules(dirs)
    count, failures = run_examples(rs, Config(rules_dirs=dirs))
    lines = [f"FAIL {f.rule}: {f.problem}\n     example: {f.example}\n" for f in failures]
    emit("".join(lines) + f"{count - len(failures)} passed, {len(failures)} failed\n", None)
    if failures:
        raise Failed(EXIT_INPUT)


if __name__ == "__main__":
    main()
