"""Fragments, sampled more widely than ``bench.inject`` makes them: a subordinate clause, a
relative clause or a participle phrase cut off from its sentence by a full stop.

    python -m bench.fragment_probe [--style bbc|cnn|both] [--n 150] [--tuning] [--source-language XX]

One cut per article, at a place chosen at random among every place of the kind in the clean
article; ``bench.inject`` cuts only before seven words after a comma.  Kinds:

- ``comma_subordinate``: ``X, when Y.`` -> ``X. When Y.`` (any subordinating conjunction);
- ``comma_relative``: ``X, who Y.`` -> ``X. Who Y.`` (who, which, whose, where);
- ``comma_participle``: ``X, saying Y.`` -> ``X. Saying Y.`` (an -ing or -ed word after a comma);
- ``bare_subordinate``: ``X because Y.`` -> ``X. Because Y.`` (no comma before the conjunction).

A repair is fixed when the chain gives back the article's own text, or the same with or
without a comma (``X when Y``, ``X, although Y``: an editor accepts either).  By default the articles after the first
``n`` (held out); ``--tuning`` scores the first ones.  ``--source-language XX`` runs the chain as on a text translated
from XX (its marks of machine translation apply, as in a text that shows other damage)."""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from functools import partial

from .probe import report
from .repair import corpus
from .scoring import outcome

_SUBORDINATORS = ("although", "though", "because", "while", "whereas", "when", "whenever", "after", "before", "since",
                  "until", "unless", "if", "as", "once", "despite", "even though", "so that", "including", "according to")
_RELATIVES = ("who", "which", "whose", "where")
KINDS = ("comma_subordinate", "comma_relative", "comma_participle", "bare_subordinate")
_ALT = "|".join(sorted(_SUBORDINATORS, key=len, reverse=True))
_PATTERNS = {
    "comma_subordinate": re.compile(r"(?<=[a-z]{3})(, )(" + _ALT + r") (?=[a-z])"),
    "comma_relative": re.compile(r"(?<=[a-z]{3})(, )(" + "|".join(_RELATIVES) + r") (?=[a-z])"),
    "comma_participle": re.compile(r"(?<=[a-z]{3})(, )([a-z]{3,}(?:ing|ed)) (?=[a-z])"),
    "bare_subordinate": re.compile(r"(?<=[a-z]{3})( )(because|although|while|unless|whereas|since|after|before) (?=[a-z])"),
}


def sites(text: str, kind: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, damaged text, acceptable repairs) of every place of ``kind``: the piece cut off
    runs to the end of its sentence (four words or more, no comma, no quotation mark) after five
    words or more of its sentence."""
    out = []
    for m in _PATTERNS[kind].finditer(text):
        end = text.find(".", m.end())
        rest = text[m.end():end]
        if end == -1 or "\n" in rest or "," in rest or any(q in rest for q in "\"“”") or len(rest.split()) < 4:
            continue  # the cut piece runs to the end of its sentence, as a translation's fragment does
        before = re.split(r"[.!?\n]", text[max(0, m.start() - 300):m.start()])[-1]
        if any(q in before for q in "\"“”") or len(before.split()) < 5:
            continue  # inside a quotation, perhaps; or no clause before the cut
        word = m.group(2)
        damaged = ". " + word[0].upper() + word[1:] + " "
        out.append((m.start(), m.end(), damaged, [text[m.start():m.end()], ", " + word + " ", " " + word + " "]))
    return out


def run(style: str, n: int, kind: str, heldout: bool = True, source_language: str | None = None) -> Counter:
    from cleanup import Config, process

    cfg = Config(detect_title=False, require_english=False, source_language=source_language)
    result: Counter = Counter()
    articles = corpus(style, 3 * n)
    for name, body in articles[n:2 * n] if heldout else articles[:n]:
        rng = random.Random(f"{name}:{kind}")
        found = sites(body, kind)
        if not found:
            continue
        s, e, rep, accepted = rng.choice(found)
        damaged = body[:s] + rep + body[e:]
        result[outcome(damaged, process(damaged, cfg).edits, s, s + len(rep), accepted)] += 1
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", choices=("bbc", "cnn", "both"), default="both")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--kind", choices=KINDS, action="append", help="only these kinds (repeatable)")
    ap.add_argument("--tuning", action="store_true", help="the first articles (looked at while writing rules)")
    ap.add_argument("--source-language", metavar="XX", help="as on a text translated from XX (marks of MT apply)")
    args = ap.parse_args(argv)
    report(partial(run, source_language=args.source_language), args.kind or KINDS, args.style, args.n, args.tuning)


if __name__ == "__main__":
    main()
