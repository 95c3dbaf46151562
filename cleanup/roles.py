"""What a sentence is in its article: body text, or a heading, caption, credit, byline,
a reporter's question, a date or another leftover the scraper let through.

The summariser and the headline writer both need this: neither should pick ``Image
Source``, ``By Cpiet Kamis, 10 Desember 2020 ... 2 Mins Read``, ``Keep fighting`` (a
section heading) or ``Do you have plans to ...?`` as the sentence that stands for the
article.  The evidence is the sentence's own shape and its paragraph (a heading is a
paragraph of its own without a final stop); the tagger says whether there is a clause.

>>> role("Photo: Reuters", "Photo: Reuters")
'caption'
>>> role("By Jane Smith, Staff Writer", "By Jane Smith, Staff Writer")
'byline'
>>> role("The talks ended on Monday without an agreement.", "The talks ended on Monday without an agreement.")
'body'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import paragraph_spans, sentence_spans
from .tagger import has_clause

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CAPTION = re.compile(
    r"^\W*(?:(?:file |main |top )?(?:photo|image|picture|pic|video|graphic|illustration|caption|gallery|source|"
    r"credit|photograph|footage)s?(?: source| credit| by| courtesy)?\s*(?:[:|/©-]|$)|image source\b|"
    r"(?:click|tap|scroll) (?:here|down|to)\b|watch(?: the)? video\b|read (?:more|also)\b|see also\b)",
    re.I,
)
_CREDIT = re.compile(r"(?:\b(?:Getty Images|AFP|Reuters|AP|EPA|Xinhua|Yonhap|Shutterstock)\s*\)?\s*$|©|\bcopyright\b"
                     r"|\bmins? read\b|\bviews?\s*\(\d+\)|\(\d+\)\s*\d+\s*mins?\b)", re.I)
_BYLINE = re.compile(
    r"^\W*(?:by|written by|posted (?:on|by)|reporter|reporting by|editing by|edited by|editor|author|auther|"
    r"correspondent|contributor)\b[\s:.]|\bstaff (?:writer|reporter)\b|^\W*(?:published|updated|last updated)\s*:", re.I)
_DATE = re.compile(
    r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,4}[-/.:]\d{1,2}(?:[-/.:]\d{1,4})*"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4}|yesterday|today)\b", re.I)
_QUESTION = re.compile(r"\?[”\"’')\]]*$")
_QA = re.compile(r"^\W*(?:q|question|reporter|journalist)\s*[:.-]", re.I)


def words(s: str) -> int:
    return len(_WORD.findall(s))


def role(sentence: str, paragraph: str) -> str:
    """body | heading | caption | credit | byline | question | date | list | leftover."""
    s = sentence.strip()
    if _CAPTION.match(s):
        return "caption"
    if _BYLINE.search(s):
        return "byline"
    if _QUESTION.search(s) or _QA.match(s):
        return "question"
    n = words(s)
    if re.match(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{4,}:\s", s) and n <= 10:
        return "leftover"  # a transcript's speaker label with a greeting: "PRESIDENT ...: Good morning."
    if _DATE.match(s) and n <= 8:
        return "date"
    if _CREDIT.search(s) and n <= 12:
        return "credit"
    if s[:1] in "•·▪►*" or re.match(r"^\d{1,2}[.)] ", s) and paragraph.strip() == s:
        return "list"
    letters = sum(ch.isalpha() for ch in s)
    if n < 3 or letters < 0.5 * len(s) or sum(ch.isascii() for ch in s if ch.isalpha()) < 0.8 * letters:
        return "leftover"
    stop = re.search(r"[.!?…][”\"’')\]]*$", s)
    if not stop and (paragraph.strip() == s and n < 12 or _title_case(s)) or s.endswith(":"):
        return "heading"  # a short paragraph of its own without a stop, or one in title case
    return "body"


def _title_case(s: str) -> bool:
    long = [w for w in _WORD.findall(s) if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a cleaned body: its text, its span in the body, its paragraph and role."""

    text: str
    start: int
    end: int
    paragraph: int
    role: str


def sentences(body: str, rules=None) -> list[Sentence]:
    """Every sentence of the body with its span and role (paragraph offsets kept, never searched)."""
    paras = paragraph_spans(body)
    out: list[Sentence] = []
    p = 0
    for s, e in sentence_spans(body, rules):
        while p + 1 < len(paras) and s >= paras[p + 1][0]:
            p += 1
        ps, pe = paras[p]
        text = body[s:e]
        out.append(Sentence(text, s, e, p, role(text, body[ps:pe])))
    return out


_PRONOUN_SUBJECT = re.compile(
    r"^[“\"‘']?(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here|Let[’']s|His|Her|Its|Their|Our|Which|Who)\b"
    r"(?! (?:is|are|was|were) (?:the|a|an) )")


def pronoun_subject(text: str) -> bool:
    """Does the sentence open with a pronoun for its subject ('He said that ...', 'It should be')?"""
    return bool(_PRONOUN_SUBJECT.match(text.strip()))


def is_lede(sentence: Sentence) -> bool:
    """A sentence that can open the story: body text with a clause, long enough to say
    something, and a subject of its own (not 'He said that ...')."""
    return (sentence.role == "body" and words(sentence.text) >= 6 and not pronoun_subject(sentence.text)
            and has_clause(sentence.text))
