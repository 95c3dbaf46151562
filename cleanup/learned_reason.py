"""The reason a learned stop gives the editor (:mod:`cleanup.learned_stops`): the evidence that
weighed most, in words."""

from __future__ import annotations

from .lexicon import capital_ratio


def reason(feats: list[str], word: str, prec: float, capped: bool = False) -> str:
    said = []
    ratio = capital_ratio(word.lower())
    if ratio is not None:
        said.append(f"native news capitalises '{word.lower()}' in mid-sentence {ratio:.0%} of the time")
    if "fa:0" not in feats:
        said.append("a finite verb follows it")
    if "ds:0" not in feats:
        said.append("the article opens other sentences with it")
    if "fb:1" in feats:
        said.append("the clause before it has its verb")
    if capped:
        said.append("offered only: native news writes this shape without a stop as often")
    return (f"A full stop lost before '{word}' (learned from native news, measured precision {prec:.0%}): "
            + "; ".join(said or ["the words around the gap"]) + ".")
