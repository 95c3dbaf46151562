"""The Arabic article inside a name written in both cases in one article (``Hisham Al-Hashemi``,
then ``Hisham al-Hashemi``): the case the article uses most wins."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .doc import Context, Doc
from .edits import Change

# 'Hisham al-Hashemi' / 'Tulul Al-Baj': the Arabic article inside a name, after a capitalised word
_PARTICLE = re.compile(r"(?<![\w’'-])(?!(?:The|An?|In|Of|On|At|By|For|From|To|With|And|But|That|This)\b)[A-Z][a-z]+ "
                       r"([Aa]l|[Ee]l)-([A-Z][a-z]{2,})(?![\w-])")


def particle_variants(doc: Doc, ctx: Context) -> list[Change]:
    """``Hisham Al-Hashemi`` then ``Hisham al-Hashemi``: the article writes the particle of one
    name in both cases (Arabic MT copies whatever each source sentence had).  The case it uses
    most wins, the first one on a tie; only a particle after a given name counts (not "Al-Assad said")."""
    if ctx.rule("document.name_variant.particle") is None or "l-" not in doc.text:
        return []  # off, or no "al-"/"el-" to look at
    text = doc.text
    seen: dict[tuple[str, str], list[re.Match]] = defaultdict(list)
    for m in _PARTICLE.finditer(text):
        seen[(m.group(1).lower(), m.group(2))].append(m)
    out: list[Change] = []
    for matches in seen.values():
        forms = Counter(m.group(1) for m in matches)
        if len(forms) < 2:
            continue
        first = matches[0].group(1)
        best = max(forms, key=lambda f: (forms[f], f == first))
        for m in matches:
            ch = m.group(1) != best and ctx.change(m.start(1), m.end(1), best, "document.name_variant.particle")
            if ch:
                out.append(ch)
    return out
