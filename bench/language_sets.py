"""Source-language detection on the in-sample held-out sets: right, wrong and null per set.

    python -m bench.language_sets [--sets holdout,holdout2,...] [--show]

``bench.language`` reads the dev and mining pages, on which the packs' ``[detect]`` tables
were tuned; the held-out sets say how detection fares on pages nobody tuned on.  Only the
in-sample sets are read: the unseen ones (``UNSEEN``) are refused, scored by the lead alone.
``--show`` lists every miss with its evidence, whether the copy reads as MT
(``mt_signals``, ``mt_detect``) and the runner-up, which is what a threshold change needs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from cleanup import mt_detect
from cleanup.analysis import detect_source
from cleanup.language import mt_signals

from .language import TEXTS, load_tables, outcome

IN_SAMPLE = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout8", "holdout9", "holdout10",
             "holdout12")
#: scored only by the lead: never read here
UNSEEN = frozenset({"holdout7", "holdout11", "holdout13"})


def chain_input(d: dict) -> str:
    """The text as the chain sees it: ``title + "\\n\\n" + text`` (as ``bench.language``)."""
    title = d.get("title") or ""
    return f"{title}\n\n{d['text']}" if title else d["text"]


def set_texts(name: str, texts: Path = TEXTS) -> list[dict]:
    """The excerpts of one in-sample held-out set; an unseen set raises ValueError."""
    if name in UNSEEN or name not in IN_SAMPLE:
        raise ValueError(f"{name!r} is not an in-sample held-out set ({', '.join(IN_SAMPLE)})")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((texts / name).glob("*.json"))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(IN_SAMPLE), help="comma-separated in-sample held-out sets")
    ap.add_argument("--show", action="store_true", help="list every miss with its evidence")
    args = ap.parse_args(argv)
    packs, _ = load_tables(None)
    total: Counter = Counter()
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        row: Counter = Counter()
        for d in set_texts(name):
            text = chain_input(d)
            found = detect_source(text, packs)
            o = outcome(found, d["lang"], set(packs))
            row[o] += 1
            if o != "right" and args.show:
                mt = mt_detect.verdict(text)
                print(f"  {o:5} {d['id']} ({d['lang']}) -> {found.language} {found.score:.1f} "
                      f"mt_signals={mt_signals(text, 3)} mt_detect={mt.score and round(mt.score, 2)} "
                      f"{', '.join(found.evidence[:6])}")
        total.update(row)
        print(f"{name}: {sum(row.values())} texts, right {row['right']}, wrong {row['wrong']}, null {row['null']}")
    n = sum(total.values())
    print(f"all: {n} texts, right {total['right']}, wrong {total['wrong']}, null {total['null']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
