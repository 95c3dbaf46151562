"""LanguageTool in and out of the chain, in one run:

  (a) our chain without LanguageTool, (b) our chain with LanguageTool, (c) LanguageTool
  alone, applying its first suggestion for every match (how many people use it today).

    MT_CLEANUP_LANGUAGETOOL_URL=http://127.0.0.1:8081 python -m bench.grammar [--per-class 40] [--clean 300]

Without the variable it starts a server with .ci/languagetool.sh.  Reports, per artifact
class, the share repaired (the system maps the damaged text to what it makes of the clean
text); false edits per 1,000 words on clean BBC bodies; artifacts left in the seed; and
articles per second with a warm server."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import re
import subprocess
import time

from .common import ROOT, bbc_body, bbc_files, token_changes
from .inject import INJECTORS, damage

SYSTEMS = ("a: chain", "b: chain + LanguageTool", "c: LanguageTool alone")
# the seed's own artifacts, one pattern each (a checklist read by eye from the seed)
SEED_ARTIFACTS = [
    r"influence\. and", r"expansion\. \(NATO\)", r"Ukraine He praised", r"said\. but", r"meeting\. and is",
    r"answer, ”said", r"\n\nover the past", r"Zelenski\b", r"north of china", r"West\. accusing", r"to Stop\b",
    r"security\. including", r"together, We\b", r"measures\. cause", r"that One day", r"mediator\. because",
    r"Related Articles", r"squat-kicking", r"war game\. which", r"pressure\. And also", r"treasury\. Because",
    r"\n\nfor Russia", r"China An alliance", r"Moscow\. and also", r"Studies\. Studies\)", r"Jin\. Ping",
    r"day\. negotiations", r"us\. to protect", r"that He accepted", r"Leave a Comment", r"Akismet",
    r"peace leader But", r"Beijing\n", r"land\n", r"nations\n", r"china\n", r"security\n", r"“security”\n",
]


def lt_alone(text: str, url: str) -> str:
    from cleanup import Config
    from cleanup.grammar import check

    out, pos = [], 0
    for m in sorted(check(text, Config(languagetool_url=url)), key=lambda m: m["start"]):
        if m["start"] < pos or not m["replacements"]:
            continue
        out.append(text[pos:m["start"]])
        out.append(m["replacements"][0])
        pos = m["end"]
    out.append(text[pos:])
    return "".join(out)


def run_system(name: str, text: str, url: str) -> str:
    from cleanup import Config, clean

    if name.startswith("a"):
        return clean(text, Config(detect_title=False))
    if name.startswith("b"):
        return clean(text, Config(detect_title=False, grammar="languagetool", languagetool_url=url))
    return lt_alone(text, url)


def _repair_one(args):
    kind, path, url = args
    body = bbc_body(path)
    damaged = damage(kind, body, path.name)
    if damaged is None:
        return kind, None
    return kind, tuple(run_system(s, damaged, url) == run_system(s, body, url) for s in SYSTEMS)


def _clean_one(args):
    path, url = args
    body = bbc_body(path)
    words = len(body.split())
    return words, tuple(token_changes(body, run_system(s, body, url)) for s in SYSTEMS)


def ensure_server() -> tuple[str, bool]:
    url = os.environ.get("MT_CLEANUP_LANGUAGETOOL_URL")
    if url:
        return url, False
    out = subprocess.run(["bash", str(ROOT / ".ci" / "languagetool.sh"), "start", "8093"], check=True,
                         capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1], True


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-class", type=int, default=40)
    ap.add_argument("--clean", type=int, default=300, help="clean BBC bodies for false edits and speed")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    url, started = ensure_server()
    try:
        files = bbc_files()
        rng = random.Random(1)
        tasks = [(k, p, url) for k in INJECTORS for p in rng.sample(files, args.per_class * 2)]
        with mp.get_context("fork").Pool(args.jobs) as pool:
            rows = pool.map(_repair_one, tasks, chunksize=4)
            clean_rows = pool.map(_clean_one, [(p, url) for p in bbc_files(args.clean)], chunksize=4)
        print(f"Artifacts injected into BBC articles ({args.per_class} per class): share repaired")
        print(f"{'class':24}" + "".join(f"{s:>26}" for s in SYSTEMS))
        for kind in INJECTORS:
            got = [r for k, r in rows if k == kind and r is not None][: args.per_class]
            if got:
                print(f"{kind:24}" + "".join(f"{100 * sum(r[i] for r in got) / len(got):25.1f}%" for i in range(3)))
        words = sum(w for w, _ in clean_rows)
        print(f"\nClean BBC bodies ({len(clean_rows)} articles, {words} words): changed tokens per 1,000 words")
        print(" " * 24 + "".join(f"{1000 * sum(r[i] for _, r in clean_rows) / words:26.3f}" for i in range(3)))
        seed = (ROOT / "samples" / "xi-putin-moscow-summit.txt").read_text(encoding="utf-8")
        found = sum(len(re.findall(p, seed)) for p in SEED_ARTIFACTS)
        print(f"\nSeed: known MT artifacts left (of {found} found in the input)")
        print(" " * 24 + "".join(f"{sum(len(re.findall(p, run_system(s, seed, url))) for p in SEED_ARTIFACTS):26d}"
                                 for s in SYSTEMS))
        texts = [bbc_body(p) for p in bbc_files(100)]
        for s in SYSTEMS:
            run_system(s, texts[0], url)  # warm
        print("\nThroughput, one process, warm server (articles/s)")
        line = " " * 24
        for s in SYSTEMS:
            t0 = time.perf_counter()
            for t in texts:
                run_system(s, t, url)
            line += f"{len(texts) / (time.perf_counter() - t0):26.1f}"
        print(line)
    finally:
        if started:
            subprocess.run(["bash", str(ROOT / ".ci" / "languagetool.sh"), "stop"], check=False)


if __name__ == "__main__":
    main()
