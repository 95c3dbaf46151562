"""Editor preview: the diff view, the self-contained HTML page, and the local web app's API."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from cleanup import Config, process
from cleanup.cli import main
from cleanup.render import as_html
from cleanup.serve import make_server

from .conftest import PREVIEW_SAMPLE


def _embedded(html: str) -> dict:
    m = re.search(r'<script id="data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_preview_is_self_contained_and_carries_every_edit(tmp_path):
    out = tmp_path / "p.html"
    res = CliRunner().invoke(main, ["preview", str(PREVIEW_SAMPLE), "-o", str(out)])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "@import" not in html and "url(http" not in html
    data = _embedded(html)
    result = process(PREVIEW_SAMPLE.read_text(encoding="utf-8"), summarize=True)
    assert len(data["edits"]) == len(result.edits)
    assert data["original"] == result.original and data["headline"] == result.headline
    assert {e["action"] for e in data["edits"]} == {"fix", "suggest"}


def test_preview_escapes_script_in_the_article():
    text = "Title line here\n\nThe minister said </script><script>alert(1)</script> on Monday , officials said."
    html = as_html(process(text, Config(require_english=False), summarize=True))
    assert html.count("</script>") == 2  # only the page's own two script elements end
    assert _embedded(html)["original"] == text


def test_diff_command_lists_changes_and_leftovers():
    res = CliRunner().invoke(main, ["diff", str(PREVIEW_SAMPLE), "--no-color"])
    assert res.exit_code == 0
    result = process(PREVIEW_SAMPLE.read_text(encoding="utf-8"))
    first = next(e for e in result.fixes if not result.is_leftover(e) and e.before and e.after)
    assert f"[-{first.before}-]{{+{first.after}+}}" in res.output
    assert "document.name_variant:" in res.output and "Removed leftovers:" in res.output
    assert "\x1b[" not in res.output


@pytest.fixture()
def server():
    srv = make_server("127.0.0.1", 0, Config())
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _post(url: str, body: bytes, ctype="application/json"):
    req = urllib.request.Request(url + "/api/process", data=body, headers={"Content-Type": ctype}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def test_api_returns_the_json_schema(server):
    status, data = _post(server, json.dumps({"text": PREVIEW_SAMPLE.read_text(encoding="utf-8")}).encode())
    assert status == 200
    assert set(data) >= {"title", "text", "sentences", "edits", "summary", "headline", "headline_source"}


@pytest.mark.parametrize("body, code", [
    (b"{not json", 400), (b'{"body": "x"}', 400), (b"[1, 2]", 400), (b'{"text": ""}', 422),
    (json.dumps({"text": "Это статья на русском языке о политике и экономике страны и мира."}).encode(), 422),
    (b'{"text": "The talks ended on Monday with no deal, officials said.", "sentences": "many"}', 422),
])
def test_api_bad_requests_get_json_errors_and_the_server_goes_on(server, body, code):
    status, data = _post(server, body)
    assert status == code and "error" in data
    status, _ = _post(server, json.dumps({"text": "The talks ended on Monday with no deal, officials said."}).encode())
    assert status == 200


def test_api_limits_request_size_and_serves_the_page(server):
    status, data = _post(server, b'{"text": "' + b"a" * 2_100_000 + b'"}')
    assert status == 413 and "larger" in data["error"]
    with urllib.request.urlopen(server + "/", timeout=10) as r:
        page = r.read().decode()
    assert '<form id="input"' in page and "api/process" in page
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(server + "/nope", timeout=10)
    assert e.value.code == 404


@pytest.mark.skipif(shutil.which("node") is None, reason="node runs the page's script")
def test_preview_takes_one_of_two_rival_offers():
    """The page's own script, run under node with a stub document: accepting an offer that
    has an alternative rejects the alternative, and the tooltip says either/or."""
    text = "The city has banned Cars from the centre since Monday, the mayor said."
    html = as_html(process(text, Config(source_language="th")))
    script = re.findall(r"<script>(.*?)</script>", html, re.S)[-1]
    data = re.search(r'<script id="data" type="application/json">(.*?)</script>', html, re.S).group(1)
    stub = ("const els = {}; const DATA_TEXT = " + json.dumps(data) + ";\n"
            "const el = id => els[id] || (els[id] = {textContent: id === 'data' ? DATA_TEXT : '', innerHTML: '',"
            " value: '', addEventListener() {}, onclick: null});\n"
            "var document = {getElementById: id => id === 'input' ? null : el(id), addEventListener() {},"
            " querySelector() { return null; }, activeElement: null};\n")
    check = ("\nconst stop = DATA.edits.findIndex(e => e.after === '.'), low = DATA.edits.findIndex(e => e.after === 'c');"
             "\ndecide(stop, true); const a = finalText(); decide(low, true);"
             "\nconsole.log(JSON.stringify([a, finalText(), accepted(DATA.edits[stop]),"
             " els['copy-view'].innerHTML.includes('Either this')]));")
    out = subprocess.run(["node", "-e", stub + script + check], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    took_stop, took_low, stop_still, either = json.loads(out.stdout)
    assert took_stop == "The city has banned. Cars from the centre since Monday, the mayor said."
    assert took_low == "The city has banned cars from the centre since Monday, the mayor said."
    assert stop_still is False and either
