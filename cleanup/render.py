"""Render a Result: text | json | diff.  Pure functions; cli.py writes what they return."""

from __future__ import annotations

import json
from typing import Any

from .edits import Edit
from .result import Result


def as_text(result: Result, *, with_summary: bool = False) -> str:
    out = result.output
    if with_summary and result.summary is not None:
        head = result.headline or ""
        out = f"{head}\n\n{result.text}\n\nSummary:\n" + "\n".join(f"- {s}" for s in result.summary)
    return out + "\n"


def as_json(result: Result, extra: dict[str, Any] | None = None, *, indent: int | None = 2) -> str:
    data = dict(extra or {})
    data.update(result.to_dict())
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _template() -> str:
    from importlib import resources

    return resources.files("cleanup").joinpath("preview.html").read_text(encoding="utf-8")


# Inside <script>, "</script" ends the element and "<!--" changes how the HTML parser reads
# the rest of it; "<\!--" is no fix, since it is not a JSON escape.  Escaping every <, > and &
# as \u003c... leaves no markup at all and is plain JSON; U+2028/U+2029 are escaped too, for
# older JavaScript parsers.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                              "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _embed(data: object) -> str:
    """JSON safe inside a <script> element, for any text.

    >>> _embed({"t": "</script><!-- a\u2028b &"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003c!-- a\\\\u2028b \\\\u0026"}'
    """
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_SAFE)


def as_html(result: Result) -> str:
    """One self-contained page (no network resources): the copy with every change marked,
    accept/reject per change, suggestions offered, leftovers listed, headline and summary."""
    data = {**result.to_dict(), "original": result.original}
    return _template().replace("__DATA__", _embed(data))


def app_page() -> str:
    """The page of 'mt-cleanup serve': the same preview, fed from a form and the JSON API."""
    form = (
        '<form id="input" style="background:#fff;border:1px solid #d9dce1;border-radius:10px;padding:1rem;margin-bottom:1rem;'
        'font-family:system-ui,sans-serif">'
        '<label for="text"><b>Paste an article</b> (first line: its title) or choose a file</label>'
        '<textarea id="text" name="text" required></textarea>'
        '<div style="display:flex;gap:.6rem;align-items:center;margin-top:.5rem">'
        '<input type="file" id="file" accept=".txt,text/plain"><span style="flex:1"></span>'
        '<button class="primary" type="submit">Clean it</button></div></form>'
    )
    return _template().replace("<!--INPUT-->", form).replace("__DATA__", "null")


def _either(edit: Edit) -> str:
    """The note on an offer that has a rival: the editor takes one of the two, not both."""
    if edit.alternative is None:
        return ""
    return f" [either this or the offer at {edit.alternative[0]}-{edit.alternative[1]}, not both]"


def as_diff(result: Result, *, color: bool = False) -> str:
    """Inline view: [-deleted-]{+inserted+}, each change numbered with its rule and reason."""
    def paint(s: str, code: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if color else s

    text = result.original
    pieces: list[str] = []
    notes: list[str] = []
    pos = 0
    n = 0
    for e in result.edits:
        if e.action != "fix":
            continue
        if result.is_leftover(e):  # listed below, not inline
            pieces.append(text[pos:e.start])
            pos = e.end
            continue
        n += 1
        pieces.append(text[pos:e.start])
        if e.before:
            pieces.append(paint(f"[-{e.before}-]", "31;9"))
        if e.after:
            pieces.append(paint(f"{{+{e.after}+}}", "32"))
        pieces.append(paint(f"⟨{n}⟩", "2"))
        notes.append(f"  {n}. {e.rule}: {e.reason}")
        pos = e.end
    pieces.append(text[pos:])
    body = "".join(pieces)
    out = [body.rstrip("\n"), "", "Changes:", *notes]
    if result.removed:
        out += ["", "Removed leftovers:"]
        out += [f"  - {e.before.strip()!r} ({e.rule})" for e in result.removed]
    if result.suggestions:
        out += ["", "Suggestions (not applied):"]
        out += [f"  - {e.before!r} -> {e.after!r} ({e.rule}: {e.reason}){_either(e)}" for e in result.suggestions]
    return "\n".join(out) + "\n"
