"""The rules ship inside the wheel and load from an installed, non-editable copy."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT


def test_wheel_carries_rules_and_runs_installed(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
                   check=True)
    (wheel,) = dist.glob("mt_cleanup-*.whl")
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)], check=True)
    assert (site / "cleanup" / "_rules" / "phrases.toml").is_file()
    code = (
        "import cleanup, pathlib;"
        "print(pathlib.Path(cleanup.__file__).parent);"
        "from cleanup.rules import shipped_rules_dir, load_rules; print(shipped_rules_dir());"
        "print(len(load_rules().rules));"
        "print(cleanup.clean('Seoul reported 40 new Corona 19 cases on Monday, officials said.',"
        " cleanup.Config(source_language='ko')))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    pkg, rules_dir, count, cleaned = out.stdout.splitlines()[:4]
    assert pkg.startswith(str(site)) and rules_dir.startswith(str(site))
    assert int(count) > 20
    assert "40 new COVID-19 cases" in cleaned
