"""A quotation opened in a paragraph and never closed (``normalize.unclosed_quote``), from
:mod:`cleanup.quotes`: offered at the paragraph's end, applied in two shapes.

- ``.introduced``: in a translated text, a quotation its speaker announces ('He continued: “')
  whose last sentence is still the speaker's.
- ``.speech``: in any text, a quotation of two sentences or more its speaker announces, in a
  paragraph that is not the text's last, the next paragraph not going on with it.  Native news
  leaves such a quotation open only to reopen it in the next paragraph (the convention for a
  quotation over several paragraphs, left alone); of the eight quotations 3,224 BBC and CNN/DM
  articles leave open at a paragraph's end, five end the article, and the one announced
  mid-article is a single sentence.  At a text's end the quotation may go on in what the page
  cut; one sentence may close inside its paragraph; a quotation whose close stands in a later
  paragraph (a letter's sign-off, a list) or that reopens past a scraped line goes on; a last
  sentence that reads as narration may stand outside it: all stay offered."""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .rules import RuleSet
from .sentences import sentence_spans

_OPENING_STRAIGHT = re.compile(r'(?<![^\s:(])"\w')
# a paragraph that ends its last sentence: a stop, or the ellipsis where the page cut the words
# off ('... so everyone is...' before 'Continue reading on:', Serbian and Russian pages)
_ENDED = re.compile(r"\w(?:[.!?]|\.\.\.|…)$")


def _unclosed_opener(para: str) -> tuple[int, str] | None:
    """The offset and closing mark of a quotation that opens in ``para`` and is never closed."""
    opens, closes, straight = para.count("“"), para.count("”"), para.count('"')
    if opens == closes + 1 and not straight and para.rfind("“") > para.rfind("”"):
        return para.rfind("“"), "”"
    last = para.rfind('"')
    if straight % 2 == 1 and not opens and not closes and _OPENING_STRAIGHT.match(para, last):
        return last, '"'  # the last straight quote opens (a space before it, a word after it)
    return None


@lru_cache(maxsize=8)
def _attribution(rules: RuleSet) -> re.Pattern:
    return re.compile(rf"[,.?!] (?:[\w’'-]+ ){{0,3}}(?:{rules.alternation('words.speech_verbs')})\b")


@lru_cache(maxsize=8)
def _introduced(rules: RuleSet) -> re.Pattern:
    """A speaker's words announced before their opening mark: 'He continued: “', 'said, “',
    'mentioned, “', 'highlighted that "': what follows is a quotation of whole sentences."""
    verbs = rules.alternation("words.speech_verbs")
    return re.compile(rf"(?:\b(?:{verbs}|[a-z]+ed)(?:,| that)|\w:) $")


_VOICE = re.compile(r"\b(?:I|I[’']m|we|We|our|Our|us|my|My|me|you|You|your|Your)\b")


def _sentences(quoted: str, rules: RuleSet) -> list[str]:
    """The quotation's sentences as the chain's splitter reads them (a title or an initial ends
    none: 'Mr. Hue', 'J. Smith')."""
    q = quoted.strip()
    return [q[a:b] for a, b in sentence_spans(q, rules)] or [q]


def _voiced(quoted: str, rules: RuleSet) -> bool:
    """The quotation's last sentence is still the speaker's: it is its only sentence, or it speaks
    in the first or second person ('... I'm not thinking about replacing it. Basically, the
    ministers have indicated ...' closes before 'Basically': narrative took over)."""
    last = _sentences(quoted, rules)[-1]
    return last == quoted.strip() or bool(_VOICE.search(last))


def _first_mark(para: str, close: str, tail: re.Pattern) -> str:
    """The first quotation mark of ``close``'s style in ``para``: 'close', 'open', 'other' or ''; a
    straight mark closes after a word or a stop, and opens at the start or after a space.  A close
    counts where it ends its paragraph or its speaker follows ('... no further comment." / '...,"
    the club said'); one amid narrative ('not creating them” -as he maintains') ends another quotation."""
    m = re.search(r"[“”]" if close == "”" else r'"', para)
    if not m:
        return ""
    closing = m.group() == "”" if close == "”" else bool(m.start()) and not para[m.start() - 1].isspace()
    if not closing:
        return "open"
    return "close" if tail.match(para, m.end()) else "other"


@lru_cache(maxsize=8)
def _close_tail(rules: RuleSet) -> re.Pattern:
    """What may follow the close of a quotation that ran over paragraphs: nothing, or its speaker."""
    return re.compile(rf"\s*$|\s+(?:[\w’'-]+ ){{0,3}}(?:{rules.alternation('words.speech_verbs')})\b")


def _closes_later(text: str, paras: list[tuple[int, int]], n: int, close: str, tail: re.Pattern) -> bool:
    """The quotation may go on past its paragraph: one of the next six paragraphs has its closing
    mark before any opening one (a letter's sign-off, a statement's list, lyrics: 'Love always,
    Anna."'), or the first paragraph past short unstopped lines ('Advertisement', a caption) reopens it."""
    settled = False
    for s, e in paras[n + 1:n + 7]:
        para = text[s:e]
        if not settled and (len(para.split()) > 15 or re.search(r"[.!?][”\"’]?$", para)):
            settled = True
            if re.match(r"[….]*[“\"‘']", para):  # also '…"Nobody should doubt ...
                return True
        first = _first_mark(para, close, tail)
        if first:
            return first == "close"
    return False


_RESUMED = re.compile(r", (?:is|was|are|were|has|had|have|will|which) [a-z]")


def _narrated(quoted: str, ctx: Context) -> bool:
    """The last sentence reads as narration ('Basically, the ministers have indicated ...', 'He
    added ...'): where .introduced declines for it, the close may belong before it, so .speech does too."""
    if _voiced(quoted, ctx.rules):
        return False
    first = re.match(r"[\w’'-]+,?", _sentences(quoted, ctx.rules)[-1])
    word = first.group() if first else ""
    return word.endswith("ly,") or word in ctx.words("normalize.unclosed_quote_narrative_openers")


def fix_unclosed_quotes(doc: Doc, ctx: Context) -> list[Change]:
    """``highlighted that "I have not seen such support. This is their self-sacrifice.`` (the
    paragraph ends) -> ``...self-sacrifice."``: a quotation left open at its paragraph's end
    whose next paragraph does not go on with it."""
    text = doc.text
    out: list[Change] = []
    paras = doc.body
    if '"' not in text and "“" not in text:
        return out
    for n, (s, e) in enumerate(paras):
        para = text[s:e]
        found = _unclosed_opener(para)
        nxt = text[paras[n + 1][0]:paras[n + 1][0] + 1] if n + 1 < len(paras) else ""
        if not found or nxt in ('"', "“", "‘", "'") or not _ENDED.search(para):
            continue  # a quotation over several paragraphs leaves its close to the last one
        quoted = para[found[0] + 1:]
        if not quoted[:1].isalpha() or _attribution(ctx.rules).search(quoted):
            continue  # markup debris ('“> Latest news!'), or a quotation whose speaker follows: its close is inside
        # a short quoted phrase may close inside its sentence, and a native writer's stray quote
        # is a typo anywhere in the paragraph: offered with less confidence
        short = len(quoted.split()) < 6
        # words announced by their speaker ('He continued: “...') run to the paragraph's end: applied
        announced = not short and bool(_introduced(ctx.rules).search(para, 0, found[0]))
        introduced = announced and ctx.mt_like and _voiced(quoted, ctx.rules)
        # several announced sentences, mid-text: a speech whose close MT dropped, in any text
        speech = (announced and not introduced and n + 1 < len(paras) and len(_sentences(quoted, ctx.rules)) > 1
                  and not _narrated(quoted, ctx) and not _closes_later(text, paras, n, found[1], _close_tail(ctx.rules)))
        # at the text's end the page may have cut the quotation off ('... We are her'): offered, as .speech does
        # and where the narration resumes after a comma inside it ('album, “Songs of the Valley, is out now.':
        # a title, closed before the comma; review34a)
        doubt = not (introduced or speech) and (short or not ctx.mt_like or n + 1 == len(paras)
                                                or _RESUMED.search(quoted) is not None)
        rule = "normalize.unclosed_quote" + (".introduced" if introduced else ".speech" if speech else "")
        # the stop and its quote replace the stop: an insertion would touch the paragraph break's edit
        ch = ctx.change(e - 1, e, text[e - 1] + found[1], rule, doubt=doubt)
        if ch:
            out.append(ch)
    return out
