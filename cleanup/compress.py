"""Sentence compression into a headline (Hedge Trimmer: Dorr, Zajic and Schwartz 2003).

Three steps, each on what the previous one left:

1. text trims, while they apply: a dateline (the shared pattern, ``sentences.dateline``), a
   byline, a leading connective, a leading phrase or subordinate clause before a comma
   when a clause follows it, ``According to X,``; then asides: parentheses, ``, according
   to X``, relative clauses and appositives between commas;
2. attribution: ``S, officials said`` -> S; ``X said (on Monday) (that) S`` -> S, with a
   subject pronoun of S that stands for X replaced by X's name (``Iran says it will
   reject`` -> ``Iran will reject``), or ``X says S`` when it does not;
3. the main clause, from the tagger: the first finite verb after the subject, put in
   headline tense (:func:`headline_verb`), then a cut at the last phrase boundary (a comma,
   a preposition, a relative pronoun, a conjunction before a clause) within the limit.

>>> compress("Iran said on Tuesday it would reject any European proposal.", None)
'Iran to reject any European proposal'
"""

from __future__ import annotations

import re

from . import lexicon
from .clause import Tok, balance, cut, headline_verb, main_verb, render, tidy, tokenize, trail
from .rules import RuleSet, load_rules
from .sentences import dateline
from .tagger import has_clause

MAX_WORDS = 12

_CONNECTIVE = re.compile(
    r"^(?:But|And|So|Yet|Also|However|Meanwhile|Now|Still|Instead|Indeed|Moreover|Furthermore|Besides|"
    r"Nevertheless|Nonetheless|Therefore|Thus|Hence|In addition|In fact|Additionally|Likewise|Similarly|"
    r"Earlier|Later|Previously|Separately|Elsewhere)\b,?\s+")
_LEAD_WORD = re.compile(
    r"^(?:On|In|At|During|After|Before|Earlier|Later|Last|This|Since|Until|By|For|Over|Under|Within|Following|"
    r"Despite|Amid|As|When|While|Although|Though|Because|If|With|Without|Regarding|Concerning|Speaking|"
    r"Having|Ahead of|Given|Due to|Thanks to|Unlike|Like|Besides|Once|Apart from|Faced with|Asked|Toward|Towards|"
    r"Which|Who|Whose|Regardless of|Along with|Together with|Upon|Through|Against)\b")
_ACCORDING_START = re.compile(r"^According to [^,]{1,80},\s+", re.I)
_ACCORDING = re.compile(r",?\s*according to [^,.;]{1,80}(?=[,.;]|$)", re.I)
_PAREN = re.compile(r"\s*[(\[][^()\[\]]{0,80}[)\]]")
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where|whom)\b[^,;]{0,120}(?:,|(?=[.;]?$))")
_APPOSITIVE = re.compile(r"(?<![\w’'-])([A-Z][\w’'.-]*|\))(, (?:(?:a|an|the|its|his|her|their)\s+)?[^,;“”\"]{3,70}, )(?=[a-z])")
_PARTICIPLE_ASIDE = re.compile(r", (?:[a-z]+ed|known|made|held|led|run|built|born|seen) (?:by|in|on|at|from|with|as|for) [^,;]{1,60}, ")
_DASH_ASIDE = re.compile(r"\s+[-–—]+\s+[^-–—,;]{3,80}?\s+[-–—]+\s+")
_HEDGE = re.compile(
    r"^(?:It|This) (?:(?:is|was|has been) )?(?:seems|appears|announced|reported|revealed|confirmed|learned|learnt|said|"
    r"known|understood|believed|expected|noted|stated)(?: on the \d{1,2}(?:st|nd|rd|th)?| on \w+day)?,?(?: that)?\s+")
_BYLINE = re.compile(r"^By [A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}\s*(?:\([^)]*\))?\s*[-–—:,]\s*")
_TIME = re.compile(
    r"(?<!\bof)\s+(?:(?:on|this|last|next|early|late|earlier|later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|(?:this|last|next) (?:week|month|year|weekend)|"
    r"(?:last|this|tomorrow) (?:night|morning|afternoon|evening)|(?:at|on) (?:midnight|noon|dawn)|"
    r"on the (?:morning|afternoon|evening|night) of the \d{1,2}(?:st|nd|rd|th)|yesterday|today|tonight|earlier this (?:week|month|year)|on the \d{1,2}(?:st|nd|rd|th)|"
    r"on (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?: \d{1,2}(?:st|nd|rd|th)?\b)?)\b(?![’'-])",
    re.I,
)
def speech_verbs(rules: RuleSet) -> frozenset[str]:
    """The verbs that close an attribution the headline drops: speech, and reporting
    (``title.attribution_verbs``: 'S, police confirmed')."""
    return rules.words("words.speech_verbs", "title.attribution_verbs")


# -- step 1: text trims ----------------------------------------------------------------


def _front(s: str, rules: RuleSet, capital: bool = True) -> str:
    """Datelines, bylines, connectives and leading phrases, until none is left.  The patterns
    see the text with a capital first letter; the result gets one only with ``capital``."""
    for _ in range(5):
        before = s
        s = re.sub(r"^[^\w“\"‘'(]+", "", s)
        up = s[:1].upper() + s[1:]
        m = (_HEDGE.match(up) or dateline(rules).match(up) or _BYLINE.match(up)
             or _CONNECTIVE.match(up) or _ACCORDING_START.match(up))
        if m and m.end() < len(s) and _clause_words(s[m.end():]) >= 4:
            s = s[m.end():]
            continue
        m = re.match(r"^([A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)?, ", s)  # "Bangkok, Meteorological Department reveals"
        if m and lexicon.is_place(m.group(0)[:-2]) and has_clause(s[m.end():]):
            s = s[m.end():]
        if _LEAD_WORD.match(up):
            comma = _first_comma(s)
            if comma and 4 <= _clause_words(s[comma + 1:]) and has_clause(s[comma + 1:]) and comma < 0.6 * len(s):
                s = s[comma + 1:].lstrip()
        if s == before:
            break
    return s[:1].upper() + s[1:] if capital else s


def _first_comma(s: str) -> int | None:
    depth, straight = 0, False
    for i, ch in enumerate(s):
        if ch == '"':
            straight = not straight
        elif straight:
            continue
        elif ch in "“(":
            depth += 1
        elif ch in "”)":
            depth = max(0, depth - 1)
        elif ch == "," and not depth and not (s[i - 1:i].isdigit() and s[i + 1:i + 2].isdigit()):
            return i
    return None


def _clause_words(s: str) -> int:
    return len(re.findall(r"[A-Za-z][\w’'-]*", s))


def _asides(s: str) -> str:
    s = re.sub(r"\s+once again\b|\s+once more\b", "", s)
    s = re.sub(r"(?<=[A-Za-z])(?:,? (?:Inc|Corp|Co|Ltd|Plc|PLC|LLC)\b\.?)(?=[\s,’'])", "", s)  # company suffixes
    s = _PAREN.sub("", s)
    s = _ACCORDING.sub("", s)
    s = _DASH_ASIDE.sub(" ", s)
    s = _PARTICIPLE_ASIDE.sub(" ", s)
    s = _RELATIVE.sub(lambda m: "," if m.group(0).endswith(",") and not s.endswith(m.group(0)) else "", s)
    s = re.sub(r",\s*,", ",", s)
    return _APPOSITIVE.sub(_appositive, s, count=1) if _clause_words(s) > 14 else s


def _appositive(m: re.Match) -> str:
    """', the head of the party,' goes; ', that the forces had thwarted attacks,' is a clause and stays."""
    inner = m.group(2)[2:-2]
    if re.match(r"(?:that|and|but|or|which|who|as|while|when|if|because|saying|adding)\b", inner) or has_clause(inner):
        return m.group(0)
    return m.group(1) + " "


# -- step 2: attribution -----------------------------------------------------------------


def _end_attribution(s: str, toks: list[Tok], speech: frozenset[str]) -> str:
    """``S, officials said on Monday.`` / ``S, said X.`` / ``S, reports the Daily Mail`` -> S."""
    for i in range(len(toks) - 1, 0, -1):
        t = toks[i]
        if t.text.lower() not in speech:
            continue
        after = [x for x in toks[i + 1:] if x.word]
        if len(after) > 6 or any(x.tag in {"VBD", "VBZ", "VBP", "MD"} for x in after):
            return s
        comma = next((j for j in range(i - 1, max(-1, i - 16), -1) if toks[j].text in {",", "”", '"', "—", "–"}), None)
        if comma is None:
            return s
        head = s[:toks[comma].start + (1 if toks[comma].text in {"”", '"'} else 0)]
        return head if _clause_words(head) >= 4 and has_clause(head) else s
    return s


_PRONOUN_FOR = {"he": "person", "she": "person", "it": "thing", "they": "group"}


def _start_attribution(s: str, toks: list[Tok], speech: frozenset[str], rules: RuleSet) -> str:
    """``X said (on Monday) (that) S`` -> S; a subject pronoun of S standing for X -> X."""
    v = main_verb(toks)
    have = rules.words("title.headline_have")
    if v is not None and toks[v].text.lower() in have and v + 1 < len(toks) and toks[v + 1].text.lower() in speech:
        v += 1
    if v is None or toks[v].text.lower() not in speech or v == 0:
        return s
    j = v + 1  # past the listener ("told reporters", "told Shafaq News agency") to "that" or the clause
    while j < len(toks) and j <= v + 5 and (toks[j].tag in {"NNP", "NNPS", "NN", "NNS", "DT", "PRP", ","}
                                            and toks[j].text.lower() not in _PRONOUN_FOR and not _opens_clause(toks[j:])):
        j += 1
    if j < len(toks) and toks[j].text.lower() in {"that", ","}:
        j += 1
    if j >= len(toks) - 3:
        return s
    if not _opens_clause(toks[j:]):  # "said that as soon as he heard of it, he ...": the clause after the phrase
        cut = s[:toks[j].start] + _front(s[toks[j].start:], rules, capital=False)
        toks2 = tokenize(cut)
        if cut == s or not _opens_clause(toks2[j:]):
            return s
        s, toks = cut, toks2
    rest = s[toks[j].start:]
    subject = [t for t in toks[:v] if t.text.lower() not in have]
    speaker = _name(subject)
    pronoun = toks[j].text.lower()
    kind = _kind(subject)
    if pronoun in _PRONOUN_FOR and kind in _AGREES[pronoun] and (speaker or kind != "person"):
        # "Iran says it will reject" -> "Iran will reject"; "the firm says it will sack" -> "the firm will sack"
        who = speaker if speaker and kind == "person" or len(subject) > 4 and speaker else s[:subject[-1].end]
        return who + s[toks[j].end:]
    if pronoun in _PRONOUN_FOR or toks[j].tag in {"PRP", "PRP$"}:
        # "X says it will be years", "X says his team ...": the pronoun is not X, so X stays
        who = speaker if speaker and len(subject) > 3 else s[:subject[-1].end] if subject else ""
        return f"{who} {toks[v].text} {rest}"
    return rest[:1].upper() + rest[1:]


def _opens_clause(toks: list[Tok]) -> bool:
    """Do these tokens start with a clause: a short subject, then its finite verb?"""
    v = main_verb(toks[:12])
    return (v is not None and 0 < v <= 8 and toks[0].tag not in {"IN", "TO", ",", "CC"}
            and not any(t.text in {",", ";", ":"} or t.tag in {"WDT", "WP"} or t.text == "that" for t in toks[:v]))


def _name(subject: list[Tok]) -> str | None:
    """The last run of proper nouns in a subject, before any aside: 'German insurance concern
    Allianz' -> 'Allianz'; 'Mr. Vo Van Toan - Chairman of the Committee' -> 'Vo Van Toan'."""
    aside = next((i for i, t in enumerate(subject) if t.text in {"-", "–", "—", ",", "("} and i), None)
    if aside is not None and any(t.tag == "NNP" for t in subject[:aside]):
        subject = subject[:aside]
    run: list[Tok] = []
    for t in subject:
        if t.tag in {"NNP", "NNPS"} or (run and t.text in {"-", "’s", "'s"}):
            run.append(t)
        elif t.tag not in {"POS"}:
            run = [] if t.tag not in {"NNP", "NNPS"} else run
    while run and run[0].text.rstrip(".") in {"Mr", "Mrs", "Ms", "Dr"}:
        run = run[1:]
    return " ".join(t.text for t in run[-4:]) if run else None


#: which kinds of speaker a pronoun can stand for ("Saks says it": a one-word name is an organisation)
_AGREES = {"he": {"person"}, "she": {"person"}, "it": {"thing", "name"}, "they": {"group", "name"}}


def _kind(subject: list[Tok]) -> str:
    """person | thing | group | name (a single capitalised word: a company, a country)."""
    words = [t for t in subject if t.word]
    if len(words) == 1 and words[0].text[:1].isupper():
        return "name"
    if any(t.tag in {"NNS", "NNPS"} for t in subject[-2:]) or any(t.text == "and" for t in subject):
        return "group"
    names = [t for t in subject if t.tag == "NNP"]
    return "person" if len(names) >= 2 and not any(t.tag == "NN" for t in subject[-1:]) else "thing"


def _descriptor(toks: list[Tok], v: int) -> range:
    """A common-noun description before the name that is the subject: 'German insurance concern
    Allianz said' -> 'Allianz said' (what a headline calls it)."""
    end = start = v
    while start > 0 and toks[start - 1].tag in {"NNP", "NNPS"}:
        start -= 1
    if start == end or start == 0 or end - start > 4:
        return range(0)
    before = toks[:start]
    if all(t.tag in {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "VBN", "CD"} for t in before) and any(
            t.tag in {"NN", "NNS"} and t.text.islower() for t in before):
        return range(0, start)
    return range(0)


def compress(sentence: str, rules: RuleSet | None, max_words: int = MAX_WORDS) -> str:
    """One lede sentence as a headline (see the module's docstring)."""
    rules = rules or load_rules()
    speech = speech_verbs(rules)
    s = " ".join(sentence.split())
    s = _front(s, rules)
    past_ok = not re.search(r"\b(?:1[89]|20)\d\d\b|\bago\b|\blast (?:year|decade|century)\b", s)
    s = _end_attribution(s, tokenize(s), speech)
    s = re.sub(r"\s*,(?:\s*,)+", ",", _TIME.sub("", _asides(s)))
    s = _front(_start_attribution(s, tokenize(s), speech, rules), rules).rstrip(" .!;:,")
    toks = tokenize(s)
    if not toks:
        return ""
    v = main_verb(toks)
    drop, words = headline_verb(toks, v, past_ok) if v is not None else ([], {})
    rel = next((i for i in range(1, v) if toks[i].tag in {"WP", "WDT"}), None) if v else None
    drop = [*drop, *range(rel, v)] if rel is not None else drop  # "individual who was pushing a motorcycle was arrested"
    drop = [*drop, *_descriptor(toks, v)] if v else drop
    keep = [i for i in range(len(toks)) if i not in drop]
    keep = tidy(toks, keep, words)
    keep = trail(toks, cut(toks, keep, v if v is not None else 0, max_words), words)
    out = balance(render(s, toks, keep, words)).rstrip(".")
    return out[:1].upper() + out[1:]
