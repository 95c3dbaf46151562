"""Which spelling each name variant becomes, settled once per document.

Whether one spelling is a slip for another depends on how often the article uses each
(``Zelensky`` x3 beside ``Zelenski`` x1), and every merge changes those counts: once
``Lukakaka`` has taken in two variants it is used six times, and ``Lusakaka``, used three
times beside its two, now counts as a slip of it.  Judged once on the input's counts, such
merges were found one pass of the chain at a time (A -> B, then B -> C), and cleaning the
output again still merged.  So the merges are settled here on the counts they produce: merge,
add each merged spelling's uses (and its first mention and given names) to its winner, judge
again the names whose neighbours changed, until no merge is left; each spelling then goes in
one edit to the one it finally becomes, and cleaning the output finds nothing more to merge.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping

from .name_first_use import introduced_first

#: a spelling and the one it becomes, with whether that is in doubt (offered, not applied)
Target = tuple[str, bool]
#: (rare, the counts, the spellings merged away): the spelling rare becomes, or None
Pick = Callable[[str, Counter, Collection[str]], "Target | None"]


def settle(names: Iterable[str], near: Mapping[str, list[str]], counts: Counter, pick: Pick, *,
           first: Mapping[str, int], firsts: dict[str, set[str]],
           current: Collection[str], applies: Callable[[bool], bool]) -> tuple[dict[str, Target], dict[str, str]]:
    """The spellings to change (each original spelling -> its final spelling, and whether in
    doubt) and the ones turned round to the spelling the article introduced (offered), such
    that judging the merged counts again merges nothing.  ``pick`` judges one spelling;
    ``applies(doubt)`` says whether such a change is applied; ``firsts`` (the given names
    written before each spelling) is updated as spellings merge."""
    counts = Counter(counts)
    first = dict(first)
    names = list(names)
    judged = set(names)
    neighbours = _reverse(near)
    gone: dict[str, str] = {}  # a spelling merged away -> the one it became in that round
    standing: dict[str, Target] = {}
    doubted: set[str] = set()  # spellings merged although in doubt (applied only at a lowered min_confidence)
    todo: Iterable[str] = names
    while True:
        for rare in todo:
            found = pick(rare, counts, gone) if rare not in gone else None
            if found:
                standing[rare] = found
            else:
                standing.pop(rare, None)
        kept, turned = introduced_first({w: v for w, v in standing.items() if v[0] not in current},
                                        counts, "", first)
        merges = {w: c for w, (c, doubt) in kept.items() if applies(doubt)}
        if not merges:
            break
        doubted.update(w for w in merges if kept[w][1])
        todo = [w for w in _merge(merges, counts, first, firsts, gone, standing, neighbours) if w in judged]
    target = {w: (_final(w, gone), bool(doubted.intersection(_chain(w, gone)))) for w in gone}
    target.update((w, v) for w, v in kept.items() if w not in target)
    return target, turned


def _reverse(near: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """For each spelling, the spellings that have it as a near spelling."""
    out: dict[str, list[str]] = {}
    for rare, commons in near.items():
        for c in commons:
            out.setdefault(c, []).append(rare)
    return out


def _final(w: str, gone: Mapping[str, str]) -> str:
    """The spelling ``w`` finally becomes, through every round's merge."""
    return _chain(w, gone)[-1]


def _chain(w: str, gone: Mapping[str, str]) -> list[str]:
    """``w`` and every spelling it passes through on its way to its final spelling, in order."""
    seen = [w]
    while w in gone and gone[w] not in seen:
        w = gone[w]
        seen.append(w)
    return seen


def _merge(merges: dict[str, str], counts: Counter, first: dict[str, int], firsts: dict[str, set[str]],
           gone: dict[str, str], standing: dict[str, Target], neighbours: Mapping[str, list[str]]) -> list[str]:
    """One round's merges (a spelling that another one becomes in the same round goes on to the
    one it becomes): uses, first mention and given names move to the winner.  Returns the
    spellings to judge again: each winner and every spelling that has a changed one as a near spelling."""
    before = dict(counts)
    for w in merges:
        gone[w] = merges[w]
    changed = set(merges)
    for w in merges:
        winner = _final(w, gone)
        counts[winner] += before.get(w, 0)
        del counts[w]
        if w in first:
            first[winner] = min(first.get(winner, first[w]), first[w])
        firsts.setdefault(winner, set()).update(firsts.pop(w, ()))
        standing.pop(w, None)
        changed.add(winner)
    todo = {w for c in changed for w in (c, *neighbours.get(c, ()))}
    return sorted(w for w in todo if w not in gone)
