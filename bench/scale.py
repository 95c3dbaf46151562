"""Scale: the dask engine on 1 and 2 workers over the same BBC articles, output checked.

    python -m bench.scale [--limit 800] [--workers 1,2] [--repeat 2] [--usd-per-core-hour 0.05]

The articles (title line included, as a corpus holds them) go into one JSONL file; each run
is what ``mt-cleanup batch corpus.jsonl -o out.jsonl --engine dask --workers N`` does: a
``LocalCluster`` of N worker processes with one thread each, the file cut into pieces, each
worker writing its parts, the parts assembled.  Timed from the first task submitted to the
output file renamed (the workers' first-document loading of rules and word lists included;
the cluster's start is reported apart).  Each output must be byte-identical to one process
(``process_many(..., jobs=1)``, as ``batch --jobs 1`` writes it).  Memory: the resident
set of every worker process after the run, and its peak, read in the workers themselves.
The worker counts are run in turn ``--repeat`` times and the fastest run of each is kept,
so that a burst of other work on the machine does not decide the speed-up; the load
average before the first run is printed (on a busy machine the figures mean little).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from .common import BBC, bbc_files

CORPUS = 10_000_000


def _memory() -> tuple[float, float]:
    """(resident MB now, peak MB) of the calling process: run in each worker."""
    import resource

    import psutil

    return psutil.Process().memory_info().rss / 1e6, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def _write_corpus(files: list[Path], path: Path) -> list[dict]:
    records = [{"id": str(p.relative_to(BBC / "articles")), "text": p.read_text(encoding="utf-8", errors="replace")}
               for p in files]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


def _one_process(records: list[dict]) -> tuple[bytes, float]:
    from cleanup import Config, process_many

    t0 = time.perf_counter()
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in process_many(records, Config(), jobs=1)]
    return "".join(lines).encode("utf-8"), len(records) / (time.perf_counter() - t0)


def _run(workers: int, src: Path, out: Path) -> dict:
    from cleanup import Config
    from cleanup.dask import connect, run_corpus
    from cleanup.shards import plan

    t0 = time.perf_counter()
    with connect(workers=workers) as client:
        started = time.perf_counter() - t0
        p = plan(str(src), str(out))
        t1 = time.perf_counter()
        totals = run_corpus(client, p, Config())
        seconds = time.perf_counter() - t1
        memory = list(client.run(_memory).values())
        nanny = list(client.run(_memory, nanny=True).values())
    return {"workers": workers, "documents": totals.documents, "seconds": seconds, "start": started,
            "rate": totals.documents / seconds, "pieces": len(p.pieces), "rss": max(m[0] for m in memory),
            "peak": max(m[1] for m in memory), "nanny": max(m[0] for m in nanny), "output": out.read_bytes()}


def _estimate(per_core: float, efficiency: float, usd: float) -> None:
    core_hours = CORPUS / (per_core * efficiency) / 3600
    print(f"\n{CORPUS:,} articles at {per_core:.1f} articles/s per core and {efficiency:.0%} parallel efficiency:"
          f" {core_hours:,.0f} core-hours (${core_hours * usd:,.0f} at ${usd} per core-hour, an assumption)")
    for n in (2, 16, 64, 256):
        print(f"  {n:4} workers: {core_hours / n:8.1f} hours")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=800)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each worker count; the fastest is kept")
    ap.add_argument("--usd-per-core-hour", type=float, default=0.05)
    args = ap.parse_args(argv)
    files = bbc_files(args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bbc.jsonl"
        records = _write_corpus(files, src)
        expected, one_rate = _one_process(records)
        print(f"{len(records)} BBC articles, {src.stat().st_size / 1e6:.1f} MB of JSONL; "
              f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"one process, no dask (batch --jobs 1): {one_rate:.1f} articles/s")
        counts = [int(w) for w in args.workers.split(",")]
        best: dict[int, dict] = {}
        identical = dict.fromkeys(counts, True)  # every run's output, not only the fastest
        for _ in range(max(1, args.repeat)):
            for w in counts:
                r = _run(w, src, Path(tmp) / f"out-{w}.jsonl")
                identical[w] &= r.pop("output") == expected
                if w not in best or r["rate"] > best[w]["rate"]:
                    best[w] = r
        runs = [{**best[w], "identical": identical[w]} for w in counts]
    print(f"\n{'workers':>7} {'articles/s':>10} {'seconds':>8} {'pieces':>6} {'identical':>9} "
          f"{'worker MB':>9} {'peak MB':>8} {'nanny MB':>8} {'start s':>7}")
    for r in runs:
        print(f"{r['workers']:7} {r['rate']:10.1f} {r['seconds']:8.1f} {r['pieces']:6} {str(r['identical']):>9} "
              f"{r['rss']:9.0f} {r['peak']:8.0f} {r['nanny']:8.0f} {r['start']:7.1f}")
    base = runs[0]
    for r in runs[1:]:
        r["speedup"] = r["rate"] / base["rate"]
        print(f"speed-up {r['workers']} workers vs {base['workers']}: {r['speedup']:.2f}x (aim for 2 vs 1: 1.5x); "
              f"{r['rate'] / r['workers']:.1f} articles/s per core")
    per_core = base["rate"] / base["workers"]
    last = runs[-1]
    efficiency = last["rate"] / (per_core * last["workers"])
    _estimate(per_core, efficiency, args.usd_per_core_hour)
    return {"one_process": one_rate, "runs": runs}


if __name__ == "__main__":
    main()
