"""A teaser of a page the site links to: one sentence cut off with an ellipsis and the link to
read on (``... new sales will be suspended during the holidays ... → Continue reading``; ``... as
the chancellor is nearing the …`` above ``Read More »``; ``... The prefectural …`` above ``( read
original story …)``).

Two signals must agree: the words of a link to read on (a closed set of the interface: continue
reading, read more, read the full story), glued to the end of the paragraph or alone on the next
line, and a sentence cut short by the ellipsis right before them.  An article may end a paragraph
on an ellipsis (a quotation trailing off), but not on a button; a link to read on may follow the
article's own last paragraph cut by the excerpt, which has more than one sentence and stays (its
link goes).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change

RULE = "boilerplate.cut_teaser"
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
# a second sentence inside the snippet (after a trailing-off one too, 'in vain... This'): the
# article's own paragraph, cut by the excerpt
_SENTENCE_INSIDE = re.compile(r"(?:[a-z0-9][.!?]|\.\.\.|…)[”\"’)]*\s+[A-Z“\"]")
_MAX_WORDS = 60
_BUTTON = re.compile(r"[→»›>\[(\])]")


@lru_cache(maxsize=8)
def _link(labels: str) -> re.Pattern:
    """A link to read on, alone on its line or after a cut paragraph's ellipsis."""
    return re.compile(rf"\s*[\[(]?\s*(?:[→»›>]+\s*)?(?:{labels})\b(?:\s*on)?[\s.…»›→>\]):]*", re.I)


def _glued(line: str, link: re.Pattern) -> int | None:
    """Where the ellipsis ends when a link to read on follows it to the end of the line, after a
    word ('... holidays ... → Continue reading'); read from the last ellipsis, so in linear time."""
    k = max(line.rfind("..."), line.rfind("…"))
    if k <= 0:
        return None
    end = k + (3 if line.startswith("...", k) else 1)
    before = line[:k].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "”\"’',;") or not link.fullmatch(line, end):
        return None
    # a button's arrow or bracket: a feature's own 'you will want to hear... Read on.' is prose; or an
    # ellipsis set apart from the cut word, as a blog theme prints its excerpt's end ('According … Read more':
    # pages:archyde.com/tag/iraqi-parliament/page/2, pages:tafserahmed.com/tag/world-news/,
    # pages:corporatedispatch.com/category/italy/), where prose's trailing off is glued to its word
    return end if _BUTTON.search(line, end) or line[k - 1:k].isspace() else None


def _snippet(line: str) -> bool:
    """One sentence of a few words up to sixty (a teaser), not a paragraph of the article nor a
    quotation it cuts ('"The threats made months ago were not in vain...')."""
    return (4 <= len(_WORD.findall(line)) <= _MAX_WORDS and "\n" not in line and line[:1] not in "\"“«‘'"
            and not _SENTENCE_INSIDE.search(line))


def cut_teasers(doc: Doc, ctx: Context) -> list[Change]:
    """Take away the teasers cut with an ellipsis and their links to read on."""
    text = doc.text
    if ctx.rule(RULE) is None or not ("…" in text or "..." in text):
        return []
    link = _link(ctx.rules.alternation("boilerplate.read_on_links"))
    paras = doc.paragraphs
    first = 1 if doc.has_title else 0
    spans: list[tuple[int, int]] = []  # what goes: a teaser with its link, or a link alone
    links: list[tuple[int, int]] = []  # what goes when the teasers are all the text there is: the links
    whole = 0  # paragraphs that go whole
    for i in range(first, len(paras)):
        s, e = paras[i]
        line = text[s:e]
        if not line.rstrip().endswith(("…", "...")) and "\n" not in line and (end := _glued(line, link)):
            links.append((s + end, e))
            teaser = _snippet(line[:end])
            spans.append(_span(paras, i, i, text) if teaser else (s + end, e))  # else the article's own paragraph
            whole += teaser
        elif (i + 1 < len(paras) and line.rstrip().endswith(("…", "..."))
              and link.fullmatch(text[paras[i + 1][0]:paras[i + 1][1]])):
            links.append(_span(paras, i + 1, i + 1, text))
            spans.append(_span(paras, i if _snippet(line) else i + 1, i + 1, text))
            whole += 1 + _snippet(line)
    if whole >= len(paras) - first:
        spans = links  # a teaser pasted alone (an RSS item, an excerpt) is the text: its links go only
    return [ch for s, e in spans if (ch := ctx.change(s, e, "", RULE))]


def _span(paras: list[tuple[int, int]], i: int, j: int, text: str) -> tuple[int, int]:
    """Paragraphs i to j with the break after them, or before them at the end of the page."""
    if j + 1 < len(paras):
        return paras[i][0], paras[j + 1][0]
    return paras[i - 1][1] if i else paras[i][0], len(text.rstrip())
