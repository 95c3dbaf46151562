"""A common word capitalised once in mid-sentence that the article itself writes in lower case
elsewhere in mid-sentence (from :mod:`cleanup.common_capitals`, for the slots its other verdicts
leave or only offer).

A one-word name is capitalised every time the article uses it, so a word the article writes in
lower case in mid-sentence elsewhere and capitalises only here (nowhere else, a sentence's first
word included), with no capitalised word beside it, outside a quotation and not after a colon,
is a stray capital -- where native news gives the word a capital in few of its uses:

* after ``the`` and before a stop, a comma or a dash, a word news capitalises in 5-15% of its
  uses ('to clear the Film.' beside 'film' eleven times, 'according to the Law,' beside 'law':
  probe tuning BBC and CNN/DM), which casing leaves there for a paper's name ('told the
  Economist.'): applied when the article writes it in lower case twice or more and no speech
  verb stands before ``the``;
* a word the dictionary also lists as a name or a place, which casing refuses even at a share
  of 1-2% ('a Lead author' beside 'lead', 'a crucial Ally', 'an incredible Job,', 'less Time on':
  probe tuning BBC and CNN/DM): applied when news capitalises it in under 2% of its uses ('another
  Major winner' beside 'major', 4%: golf's majors, clean CNN/DM) and no
  preposition stands before it ('to Reading', 'with Price': a place or a surname follows one).
"""

from __future__ import annotations

from typing import Any

from . import capital_evidence, lexicon
from .doc import Context, Doc

_SHORT_QUOTE = 8  # words: a quotation this short before the capital may be a title ('"one of the Options"')


def _clear_around(x: Any, doc: Doc, ctx: Context) -> bool:
    """No capital beside the word, no colon or open quotation before it in its sentence, and the
    article capitalises it nowhere else."""
    word = x.word
    if x.comma or x.title_ahead or x.name_ahead or not x.prev_low or not word[1:].isalpha() or not word[1:].islower():
        return False
    if x.nxt and not x.nxt[:1].islower() or doc.capitals[word] > 1 or doc.case.caps[word] > 1:
        return False
    s, _ = doc.sentence_at(x.pos)
    before = doc.text[s:x.pos]
    if _title_behind(x, ctx):
        return False  # 'the aid agency Save the Children.', 'a report, Paying the Price.': a title in title case
    if ":" in before or sum(before.count(q) for q in '"“”') % 2 or before.count("‘") > before.count("’"):
        return False  # 'He said: Film', '"one of the Options"': a heading, a title or a quotation's own capitals
    lw = word.lower()
    return not (lw in ctx.words("casing.institutions", "casing.institution_nouns", "words.closed_class",
                                "words.function_words", "words.subject_pronouns")
                or x.prev in ctx.words("casing.work_nouns", "casing.naming_words", "casing.title_verbs",
                                       "words.speech_verbs") or x.nxt in ctx.words("casing.title_after"))


def _title_behind(x: Any, ctx: Context) -> bool:
    """A capital in the four words before, only small words between, no mark after it ('Save the',
    'Paying the'): a title in title case may end with the capital ('Ali Mokdad, a Lead' is none)."""
    small = ctx.words("casing.title_small_words", "words.function_words", "words.closed_class")
    words = x.before.split()[-5:]
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() not in small:
            return False
        if words[i - 1][:1].isupper() and words[i - 1][-1:].isalpha():
            return True
    return False


def _share(x: Any, doc: Doc) -> float | None:
    """How often native news capitalises the word (pooled over its number where casing pools it)."""
    return capital_evidence.number_pooled(x, doc, x.word) or lexicon.capital_ratio(x.word)


def lower_elsewhere(x: Any, doc: Doc, ctx: Context) -> tuple[str, float] | None:
    """(sub-rule, confidence) for a capital the article's own lower case shows to be stray, or None."""
    lows = doc.case.lows[x.word.lower()]
    if not lows or not _clear_around(x, doc, ctx):
        return None
    ratio = _share(x, doc)
    if ratio is None:
        return None
    if lexicon.is_listed_name(x.word) or lexicon.is_place(x.word):
        if ratio <= 0.02 and x.prev not in ctx.words("casing.prepositions", "casing.capital_prepositions"):
            return "written_lower", 0.75  # 'a Lead author' beside 'lead'; not 'another Major winner' (4%: golf's majors)
        return None
    if x.nxt or x.prev != "the" or ratio > 0.15 or lows < 2:
        return None
    words = x.before.split()
    behind = words[-2].lower() if len(words) >= 2 else ""
    if behind in ctx.words("words.speech_verbs", "casing.report_verbs", "casing.naming_words"):
        return None  # 'told the Economist.': a paper
    return "written_lower", 0.75  # 'to clear the Film.' beside 'film'
