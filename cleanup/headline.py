"""Headlines: the article's own title, cleaned; or one written from the lede by trimming it.

The trimming follows Hedge Trimmer (Dorr, Zajic and Schwartz 2003): keep the main
clause of the first sentence and drop what a headline does without: datelines, leading
conjunctions and time or place phrases, attributions (``..., officials said``),
parentheticals, relative clauses, time words, articles; then cut at a clause boundary
within about twelve words.

>>> trim_lede("LONDON (Reuters) - Oil prices rose sharply on Monday, traders said.")
'Oil prices rose sharply'
"""

from __future__ import annotations

import re

from .config import Config
from .result import Result
from .rules import RuleSet, load_rules
from .sentences import dateline

MAX_WORDS = 12

_LEAD_CONJ = re.compile(r"^(?:But|And|So|Yet|Also|However|Meanwhile|Now|Still|Instead|Indeed),?\s+")
_LEAD_PHRASE = re.compile(
    r"^(?:(?:On|In|At|During|After|Before|Earlier|Later|Last|This|Since|Until|By|For|Over|Under|Within|"
    r"Following|Despite|According to|As)\b[^,]{0,60},\s+)"
)
_ATTRIB_END = re.compile(
    r",?\s+(?:(?:the |a |an )?[\w'’.-]+(?: [\w'’.-]+){0,6}\s+)?(?:said|says|say|reported|reports|announced|"
    r"announces|told [\w'’ ]{1,40}|according to [^,.]{1,60}|officials said|police said)(?: on \w+| today| yesterday)?\s*[.!]?$"
)
_ATTRIB_START = re.compile(
    r"^[A-Z][\w'’.-]*(?: [\w'’.-]+){0,7}? (?:said|says|announced|reported|told [\w'’ ]{1,30}?)"
    r"(?: on \w+| today| yesterday| last week| this week)?(?:,)? (?:that )?"
)
_ACCORDING = re.compile(r",?\s*according to [^,.]{1,80}(?=[,.]|$)", re.I)
_PAREN = re.compile(r"\s*\([^()]{0,80}\)")
_APPOSITIVE = re.compile(r", [^,]{3,60},(?= )")
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where|whom)\b[^,]{0,120},")
_TIME = re.compile(
    r"\s+(?:on|this|last|next|early|late|earlier|later)?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)|(?:this|last|next) (?:week|month|year|weekend)|yesterday|today|tonight|"
    r"earlier this (?:week|month|year)|on \w+ \d{1,2})\b",
    re.I,
)
_ARTICLE = re.compile(r"\b(?:the|a|an) (?=\w)", re.I)
# words a headline leaves out: "has been", "that", "also", "will be" -> "to"
_FILLER = re.compile(r"\b(?:also|that|very|really|just|currently|recently|officially|reportedly|been) (?=\w)", re.I)
# headline tense: "has won" -> "won", "is expected to" -> "expected to"
_AUXILIARY = re.compile(r"\b(?:has|have|had|is|are|was|were)(?: been)? (?=\w+(?:ed|en|ing|wn|ught)\b)", re.I)
_TRAILING_WEAK = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with",
                  "by", "from", "as", "that", "which", "who", "is", "are", "was", "were", "its", "their",
                  "his", "her", "has", "have", "had", "be", "will", "would", "could", "after", "before"}


def _sentence_case(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _balance(s: str) -> str:
    """No dangling quote or bracket."""
    for opener, closer in (("(", ")"), ("[", "]"), ("“", "”"), ("‘", "’")):
        if s.count(opener) != s.count(closer):
            s = s.replace(opener, "").replace(closer, "") if opener != "‘" else s.replace(opener, "")
    if s.count('"') % 2:
        s = s.replace('"', "")
    return s.strip()


def trim_lede(sentence: str, max_words: int = MAX_WORDS, rules: RuleSet | None = None) -> str:
    """Hedge-Trimmer style compression of a lede sentence into a headline."""
    s = " ".join(sentence.split())
    line = dateline(rules or load_rules()).match(s)
    s = s[line.end():] if line else s
    for _ in range(2):
        s = _LEAD_CONJ.sub("", s)
        s = _LEAD_PHRASE.sub("", s)
    trimmed = _ATTRIB_START.sub("", s, count=1)
    if len(trimmed.split()) >= 4:
        s = trimmed
    s = _ACCORDING.sub("", s)
    s = _PAREN.sub("", s)
    s = _RELATIVE.sub("", s)
    if len(s.split()) > 14:
        s = _APPOSITIVE.sub("", s, count=1)  # "Wang Chuanfu, chairman of BYD, said" -> "Wang Chuanfu said"
    trimmed = _ATTRIB_END.sub("", s.rstrip())
    if len(trimmed.split()) >= 4:
        s = trimmed
    s = _TIME.sub("", s)
    s = s.rstrip(" .!;:,")
    words = s.split()
    if len(words) > max_words:
        # cut at a clause boundary inside the limit, when there is one late enough
        head = " ".join(words[:max_words + 1])
        commas = [m.start() for m in re.finditer(r",(?!\d)", head)]
        cut = max([*commas[-1:], head.rfind(" - "), head.rfind(";"), head.rfind(" -- ")])
        if cut >= 0 and len(head[:cut].split()) >= 5:
            s = head[:cut]
        else:
            s = " ".join(words[:max_words])
    s = _ARTICLE.sub("", s)
    s = _FILLER.sub("", s)
    s = _AUXILIARY.sub("", s)
    words = s.rstrip(" ,;:-").split()
    while len(words) > 3 and words[-1].lower().strip(",;:") in _TRAILING_WEAK:
        words.pop()
    s = " ".join(words).rstrip(" ,;:-—–")
    s = _balance(s).rstrip(".")
    return _sentence_case(s)


def headline_of(result: Result, config: Config, rules: RuleSet | None = None) -> tuple[str, str]:
    """(headline, source): the cleaned title when the article has one (unless
    ``config.generate_headline``), else one trimmed from the lede."""
    if result.title and not config.generate_headline:
        return result.title, "title"
    lede = result.sentences[0] if result.sentences else result.text
    return trim_lede(lede, rules=rules), "generated"
