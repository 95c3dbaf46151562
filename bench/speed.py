"""Speed: articles per second over the BBC articles, measured in one run against peers.

    python -m bench.speed [--limit 500]

- mt-cleanup chain (one process, as `mt-cleanup batch` runs with --jobs 1)
- pySBD segmentation alone on the same texts
- sumy LexRank alone (3 sentences) on the same texts, with our tokenizer
- mt-cleanup summary + headline on already-cleaned results
Peak memory of this process is reported at the end."""

from __future__ import annotations

import argparse
import resource
import time

from .common import bbc_files


def _timed(label: str, fn, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    dt = time.perf_counter() - t0
    rate = len(texts) / dt
    print(f"{label:44} {rate:8.1f} articles/s  ({dt:.1f} s for {len(texts)})")
    return rate


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in bbc_files(args.limit)]
    from cleanup import Config, process
    from cleanup.pipeline import preload
    from cleanup.workers import freeze_loaded

    cfg = Config()
    preload()  # the tables stages load on first use (as a batch worker does before its first document)
    freeze_loaded()  # and out of the collector's walks, as the worker does
    process(texts[0], cfg)  # warm caches (rules) before timing
    rates = {"chain": _timed("mt-cleanup chain (clean only)", lambda t: process(t, cfg), texts)}
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        rates["pysbd"] = _timed("pySBD segmentation alone", seg.segment, texts)
    except ImportError:
        print("pySBD not installed (pip install pysbd)")
    try:
        from cleanup.summarize import sumy_rank

        rates["lexrank"] = _timed("sumy LexRank alone (3 sentences)", lambda t: sumy_rank(t, "lexrank", 3), texts)
        results = [process(t, cfg) for t in texts]
        from cleanup import headline, summarize

        it = iter(results)
        rates["summary+headline"] = _timed(
            "mt-cleanup summary + headline", lambda _t: (lambda r: (summarize(r), headline(r)))(next(it)), texts
        )
    except ImportError as exc:
        print(f"summaries not measured: {exc}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MiB")
    return rates


if __name__ == "__main__":
    main()
