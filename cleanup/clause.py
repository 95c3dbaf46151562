"""The main clause of a sentence and headline style, over our own tagged tokens.

Offsets are kept from the start: each token knows its span in the sentence, and the
headline is rendered from the kept tokens with the original spacing between neighbours
(nothing is searched for again).  Tags come from :mod:`cleanup.tagger`, fixed where the
pattern tagger is known to slip (``would fight/NN``, ``US/PRP``, ``has agreed/VBD``).

>>> toks = tokenize("Jesper Gronkjaer has agreed a move to Atletico Madrid.")
>>> v = main_verb(toks)
>>> toks[v].text, headline_verb(toks, v, True)
('has', ([2], {3: 'agrees'}))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from .rules import load_rules
from .tagger import present, tag_words


class _Words(NamedTuple):
    fillers: frozenset[str]  # dropped from a headline ('also', 'reportedly')
    weak: frozenset[str]  # no headline ends on them ('the', 'of', 'said')
    be: frozenset[str]  # 'is', 'was', ’s: 'is set to' -> 'set to'
    have: frozenset[str]  # 'has agreed' -> 'agrees'
    will: frozenset[str]  # 'will fight' -> 'to fight'
    ready: frozenset[str]  # 'is due to' -> 'due to'
    hard: frozenset[str]  # open a clause the headline ends before ('which', 'because')


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The headline's word lists (``title.headline_*``, ``words.be_finite``), read once from the
    shipped rules: the steps here work on tokens, with no rule set at hand."""
    rules = load_rules()
    return _Words(rules.words("title.headline_fillers"), rules.words("title.headline_weak_endings"),
                  rules.words("words.be_finite", "title.be_clitics"), rules.words("title.headline_have"),
                  rules.words("title.headline_will"), rules.words("title.headline_ready_words"),
                  rules.words("title.headline_hard_boundaries"))


_TOKEN = re.compile(r"[$£€]?\d[\d.,:/-]*(?:%|[a-z]{1,3}\b)?|[A-Za-z\u00c0-\u024f][\w’'.-]*?(?=[’']s\b)|[’']s\b"
                    r"|[\w\u00c0-\u024f][\w’'-]*(?:\.(?=[A-Za-z]\.))?(?:[A-Za-z]\.)*|[^\w\s]")



# -- tokens --------------------------------------------------------------------------


@dataclass(frozen=True)
class Tok:
    text: str
    tag: str
    start: int
    end: int

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] in "$£€"


def tokenize(s: str) -> list[Tok]:
    """Our own tokens (offsets kept), tagged; tags fixed where the tagger is known to slip."""
    found = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(s)]
    tags = tag_words(tuple(w for w, _, _ in found))
    toks = [Tok(w, t, a, b) for (w, a, b), t in zip(found, tags)]
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        if re.fullmatch(r"[A-Z]{2,}", t.text) and t.tag in {"PRP", "NN", "JJ", "VB"}:
            toks[i] = replace(t, tag="NNP")  # US, UK, EU: not the pronoun "us"
        elif prev and prev.tag == "MD" and t.tag in {"NN", "NNP", "JJ", "VBP", "VBD"}:
            toks[i] = replace(t, tag="VB")  # "would fight/NN"
        elif prev and prev.text.lower() in {"has", "have", "had", "been", "being"} and t.tag == "VBD":
            toks[i] = replace(t, tag="VBN")
        elif prev and prev.text.lower() in {"is", "are", "was", "were", "be", "been"} and t.tag == "VBD":
            toks[i] = replace(t, tag="VBN")
        elif prev and prev.tag in {"DT", "IN", "PRP$", "POS"} and t.tag in {"VBD", "VBN"}:
            toks[i] = replace(t, tag="JJ")  # "the ritual of organised/VBD bullying"
        elif prev and (prev.tag.startswith("NN") or prev.text[:1].isupper()) and t.tag == "VBN" and i + 1 < len(toks) \
                and toks[i + 1].tag in {"DT", "CD", "PRP$"}:
            toks[i] = replace(t, tag="VBD")  # "Bombs in Baghdad killed/VBN 18 people"
    return toks


def render(s: str, toks: list[Tok], keep: list[int], words: dict[int, str] | None = None) -> str:
    """The kept tokens with the original spacing between neighbours (one space over a gap)."""
    words = words or {}
    out: list[str] = []
    for n, i in enumerate(keep):
        if n:
            j = keep[n - 1]
            out.append(s[toks[j].end:toks[i].start] if i == j + 1 else " ")
        out.append(words.get(i, toks[i].text))
    text = "".join(out)
    return re.sub(r"\s+([,;:.!?%)\]”’])", r"\1", re.sub(r"\s+", " ", text)).strip()


# -- step 3: main clause, headline tense, the cut ------------------------------------------------

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def main_verb(toks: list[Tok]) -> int | None:
    """Index of the main clause's finite verb: the first one outside quotes and brackets that
    has a subject before it (a participle right after a noun counts when no finite verb
    follows: 'Commission criticized/VBN'; the verb of a relative clause in the subject does
    not: 'A man who was pushing a motorcycle was arrested')."""
    depth, participle, relative, skipped = 0, None, False, None
    for i, t in enumerate(toks):
        if t.text in {"(", "“", "["}:
            depth += 1
        elif t.text in {")", "”", "]"}:
            depth = max(0, depth - 1)
        elif depth == 0 and i > 0 and t.tag in {"WP", "WDT"} and skipped is None:
            relative = True
        elif depth == 0 and i > 0 and t.tag in _FINITE:
            if relative:
                relative, skipped = False, i
                continue
            if skipped is not None and i == skipped + 1:  # "who was" + "pushing": still the relative clause
                skipped = i
                continue
            return i
        elif depth == 0 and i > 0 and t.tag == "VBN" and participle is None and (
                toks[i - 1].tag in {"NN", "NNP", "NNS"} or toks[i - 1].text[:1].isupper()):
            participle = i
    if participle is None:
        return skipped
    after = next((j for j in range(participle, len(toks)) if toks[j].text in {",", ";"}), len(toks))
    return participle if not any(t.tag in _FINITE for t in toks[participle:after]) else None


def _plural(subject: list[Tok]) -> bool:
    """Is the subject plural? Its head is the last noun before a preposition ('profits at Time Warner')."""
    if subject and subject[-1].tag == "PRP":
        return subject[-1].text.lower() in {"they", "we", "i", "you"}
    colon = max((i for i, t in enumerate(subject) if t.text in {":", "–", "—"}), default=-1)
    subject = subject[colon + 1:]
    head = None
    for t in subject:  # the first run of nouns: "profits at ...", "Reporters covering ..."
        if t.tag.startswith("NN") or t.tag == "PRP":
            head = t
        elif head is not None and t.tag not in {"POS", "JJ"} and t.text not in {"-", "’s", "'s"}:
            break
    if head is None:
        return False
    if head.tag in {"NNS", "NNPS"} or head.text.lower() in {"police", "people", "personnel", "clergy", "cattle"}:
        return True
    # "Pedro Sánchez and Alberto Núñez Feijóo": two names joined, no preposition
    return any(t.text == "and" for t in subject) and not any(t.tag == "IN" for t in subject) \
        and subject[-1].tag.startswith("NNP")


def headline_verb(toks: list[Tok], v: int, past_ok: bool) -> tuple[list[int], dict[int, str]]:
    """The verb group at ``v`` in headline tense: (indices to drop, words to replace).

    'will/would fight' -> 'to fight'; 'is to visit' -> 'to visit'; 'is set to' -> 'set to';
    'has been named' -> 'named'; 'has agreed' -> 'agrees'; 'were expelled' -> 'expelled';
    'is ready' -> 'ready'; 'won' -> 'wins' (unless the sentence dates the event: ``past_ok``)."""
    w = [t.text.lower() for t in toks]
    nxt = w[v + 1] if v + 1 < len(w) else ""
    nxt2 = toks[v + 2].tag if v + 2 < len(toks) else ""
    plural = _plural(toks[:v])
    lists = _words()
    be, have = lists.be, lists.have
    if w[v] in lists.will and nxt not in {"not", "n’t", "n't", "never"} and v + 1 < len(toks):
        return [], {v: "to"}
    if w[v] in be and nxt == "to" and nxt2 == "VB":
        return [v], {}
    if w[v] in be | {"has", "have"} and nxt in {"not", "n’t", "n't", "never"}:
        return [], {}
    if w[v] in have and nxt == "been":
        return [v, v + 1], {}
    if w[v] in have and v + 1 < len(toks) and toks[v + 1].tag == "VBN":
        form = present(toks[v + 1].text, plural)
        return ([v], {v + 1: form}) if form else ([v], {})
    if w[v] in be and v + 1 < len(toks):
        if toks[v + 1].tag in {"VBN", "VBG", "JJ", "IN", "RB", "CD", "JJR"} or nxt in lists.ready:
            return [v], {}
        return [], {}
    if toks[v].tag in {"VBD", "VBN"} and past_ok and w[v] not in {"was", "were", "had", "did", "could", "would", "might"}:
        forms = {v: present(toks[v].text, plural)}
        for j in range(v + 2, min(len(toks), v + 16)):  # "ended his holdout and joined/VBD his team"
            if toks[j].text in {",", ";", ":"}:
                break
            if w[j - 1] == "and" and toks[j].tag == "VBD":
                forms[j] = present(toks[j].text, plural)
        return [], {i: f for i, f in forms.items() if f}
    if w[v] == "did" and nxt in {"not", "n’t", "n't"}:
        return [], {v: "do" if plural else "does"}
    return [], {}


_CONTENT = ("NN", "JJ", "CD", "VBN", "VBG", "RB", "PRP", "VB")


def _cuts(toks: list[Tok], v: int) -> tuple[list[int], int | None]:
    """Token indices after the verb where the headline may end (the token there is dropped),
    and the first clause boundary where it should end whatever its length ('which',
    'because', ', giving')."""
    out, hard = [], None
    hard_words = _words().hard
    for j in range(v + 2, len(toks)):
        t, prev = toks[j], toks[j - 1]
        if not (prev.word and prev.tag.startswith(_CONTENT) or prev.text in {"”", '"', "’", ")"}):
            continue
        low = t.text.lower()
        boundary = (
            (t.text in {",", ";", ":", "—", "–", "--", "(", "."} or (t.text == "-" and prev.end < t.start))
            or (t.tag == "IN" and low != "of" and prev.text.lower() not in {"up", "out", "down"})
            or t.tag in {"WDT", "WP", "WP$", "WRB"} or low in {"and", "but", "or"} | hard_words
            or (t.tag == "VBG" and prev.tag.startswith("NN")) or (t.tag == "TO" and j > v + 2)
        )
        if boundary:
            out.append(j)
            after = toks[j + 1] if j + 1 < len(toks) else None
            if hard is None and (low in hard_words or t.tag in {"WDT", "WP"} or (t.text in {",", ";", "—", "–", "--"} and (
                    after is not None and (after.tag == "VBG" or after.text.lower() in hard_words | {"and", "but"})))):
                hard = j
    return out, hard


def cut(toks: list[Tok], keep: list[int], v: int, max_words: int) -> list[int]:
    """Keep what comes before the first clause boundary, then the longest prefix within the
    limit that ends at a phrase boundary (at least the verb and one word after it); else cut
    at the limit."""
    kept = [toks[i] for i in keep]
    vk = next((n for n, i in enumerate(keep) if i >= v), 0)
    nwords = [0]
    for t in kept:
        nwords.append(nwords[-1] + (1 if t.word else 0))
    cuts, hard = _cuts(kept, vk)
    if hard is not None and nwords[hard] >= min(4, nwords[vk] + 2):
        kept, keep, nwords = kept[:hard], keep[:hard], nwords[:hard + 1]
    if nwords[-1] <= max_words:
        return keep
    best = None
    for j in cuts:
        if j < len(kept) and nwords[j] <= max_words and nwords[j] >= min(4, nwords[vk] + 2):
            best = j
    if best is None:
        best = next(j for j in range(len(kept) + 1) if nwords[j] >= max_words)
    return keep[:best]


def tidy(toks: list[Tok], keep: list[int], words: dict[int, str]) -> list[int]:
    """No articles (except in names) and no fillers ('also', 'that' after a verb)."""
    out = []
    fillers = _words().fillers
    for n, i in enumerate(keep):
        low = toks[i].text.lower()
        name_article = toks[i].text in {"The", "A"} and n > 0 and i + 1 < len(toks) and toks[i + 1].tag == "NNP"
        filler = toks[i].text.islower() and low in fillers and (low != "that" or (n > 0 and toks[keep[n - 1]].tag.startswith("VB")))
        if (low in {"the", "a", "an"} and not name_article and i not in words) or filler:
            continue
        out.append(i)
    return out


def trail(toks: list[Tok], keep: list[int], words: dict[int, str]) -> list[int]:
    """No weak word or punctuation at the end; no speech verb left hanging ('... says'); no
    scrap after a last comma that the cut left without its verb ('..., four days')."""
    out = list(keep)
    weak = _words().weak
    for _ in range(2):
        while len(out) > 3:
            last = toks[out[-1]].text.lower()
            if not ((last in weak and out[-1] not in words) or not toks[out[-1]].word
                    or words.get(out[-1], "").lower() in {"says", "say", "tells", "tell"}):
                break
            out.pop()
        comma = next((n for n in range(len(out) - 1, max(3, len(out) - 4), -1) if toks[out[n]].text == ","), None)
        if comma is None or any(toks[i].tag.startswith("VB") for i in out[comma:]):
            break
        out = out[:comma]
    return out


def balance(s: str) -> str:
    """No dangling quote or bracket."""
    for opener, closer in (("(", ")"), ("[", "]"), ("“", "”")):
        if s.count(opener) != s.count(closer):
            s = s.replace(opener, "").replace(closer, "")
    if s.count('"') % 2:
        s = s.replace('"', "")
    return re.sub(r"\s+", " ", s).strip(" ,;:-–—")
