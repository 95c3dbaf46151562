"""README's commands are the ones CI runs."""

from __future__ import annotations

import re

from .conftest import ROOT


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    setup, tests = blocks[0].strip(), blocks[1].strip()
    assert tests in ci.splitlines()
    install = setup.split(" && ")[0]
    assert install in ci
