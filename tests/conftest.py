from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from cleanup import Config

# property tests draw the same examples on every run, so a test passes or fails the same way on every machine
# (a flaky test blocks everyone); HYPOTHESIS_PROFILE=explore draws new ones, to look for new failures
settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SEED = ROOT / "samples" / "xi-putin-moscow-summit.txt"
# a sample with fixes, suggestions and leftovers: what an editor previews
#: a body of any language, no title: for tests of one repair in a made-up paragraph
ANY_BODY = Config(require_english=False, detect_title=False)

PREVIEW_SAMPLE = ROOT / "samples" / "korea-chip-exports.txt"


def bbc_articles(limit: int | None = None) -> list[Path]:
    base = SHARED / "data" / "bbc-news-summary" / "articles"
    if not base.is_dir():
        pytest.skip("../shared/data/bbc-news-summary is not here")
    files = sorted(base.glob("*/*.txt"))
    return files[:limit] if limit else files


def bbc_body(path: Path) -> str:
    """The article without its title line (the first line)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return text.split("\n", 1)[1].strip() if "\n" in text else text


@pytest.fixture(scope="session")
def languagetool_url():
    """A real LanguageTool server for the session: MT_CLEANUP_LANGUAGETOOL_URL, or one started
    with .ci/languagetool.sh (fetched from Maven Central).  In CI a failure to start fails the run."""
    import os
    import socket
    import subprocess

    url = os.environ.get("MT_CLEANUP_LANGUAGETOOL_URL")
    if url:
        yield url
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    script = ROOT / ".ci" / "languagetool.sh"
    try:
        out = subprocess.run(["bash", str(script), "start", str(port)], capture_output=True, text=True,
                             timeout=1200, check=True)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, FileNotFoundError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        if os.environ.get("CI") == "true":
            pytest.fail(f"LanguageTool could not be started in CI: {detail}")
        pytest.skip(f"no LanguageTool server (needs Java 17 and mvn): {detail[-300:]}")
    url = out.stdout.strip().splitlines()[-1]
    yield url
    subprocess.run(["bash", str(script), "stop", str(port)], check=False)  # ours only: other runs keep theirs


def rules_of(result) -> set[str]:
    """The rule ids of a result's edits."""
    return {e.rule for e in result.edits}


def grows_linearly(stage, unit: str, n: int, tail: str = "") -> tuple[float, float]:
    """Time one stage (it must find something to change) on ``unit`` repeated ``n // 10`` and
    ``n`` times, in an MT-like context: (seconds on the large text, seconds on the small one).
    Each is the best of three (a busy machine's pause is no trend: with two of the large one,
    a loaded machine once failed a linear stage); linear is 10x, quadratic 100x, and a caller
    asserts below 30x plus slack."""
    import time

    from cleanup.doc import Context, Doc
    from cleanup.rules import load_rules

    rules = load_rules(())

    def seconds(text: str) -> float:
        ctx = Context(rules, Config(), has_title=False, language=None, mt_like=True)
        start = time.process_time()
        assert stage(Doc(text, False, rules), ctx), stage.__name__
        return time.process_time() - start

    small = min(seconds(unit * (n // 10) + tail) for _ in range(3))
    return min(seconds(unit * n + tail) for _ in range(3)), small
