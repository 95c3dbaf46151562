"""Evidence about a capital in mid-sentence that :mod:`cleanup.casing` reads (kept apart: casing
is near its size limit).

- Is the capital inside a longer name, after a capitalised word and a small word (``the
  Department of Trade``, ``the Court of Appeal``)?  Not when that capitalised word opens the
  sentence as a function word (``One of the Main factors``, ``Alongside the Growing
  sophistication``) nor when it is a name native news always capitalises followed by a
  preposition other than ``of`` and ``the`` (``in Europe for the Lack of orders``): a name seldom goes on
  through ``for the`` or ``in the`` after a place, nor through ``at the`` to a word native news
  writes in lower case before ``of`` (``dissolve Parliament at the End of that week``).
- Is the capital an adjective before a lower-case noun (``a Poor stock market performance``)?  A
  one-word name before a noun is a noun itself (``the Test match``, ``a Lego set``).
- May a title in title case run from the capital to a name ahead of it (``the film Escape from
  Alcatraz``)?  Only through a title's small words: a lower-case content word between them
  (``a Knee injury in Paris``, ``a Late challenge from Welshman Jimmy Watkins``) ends any title.
- Does the word after the capital head no noun phrase a name could qualify (``a Guard for``,
  ``whose Hits include``, ``a View to``)?  A one-word name after an article or a possessive
  stands before a noun (``his Times column``, ``a Ford car``) or alone.
- After a sentence's opening ``The``, is the capital a common noun rather than a title or a name
  (``The Message asks recipients``, ``The Company has grown``)?  Native news opens a sentence so
  with a name (``The Guardian says``) or a title that goes on through a small word (``The
  Fellowship of the Ring``, ``The Public and Commercial Services Union``); a word it seldom
  capitalises, that the article capitalises nowhere else, before a word no title goes on with
  (in 3,225 BBC and CNN/DailyMail texts none is capitalised so below one use in ten).
- Is a capital in -ed after a name a past tense (``Shark Tale Followed the``)?  By its tag.
- May a capitalised common word be a place?  Not after an article or a possessive when native
  news writes the word in lower case 99 times in 100 (``with the Same appearance``, ``their
  Vote``), or when the article writes it in lower case elsewhere (``a Man who`` beside ``the
  man``): a town called Same, Deal or Man takes no article.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon, tagger
from .doc import Doc

#: a capitalised word and a small word (perhaps 'the') right before the capital
_NAME_BEHIND = re.compile(r"([A-Z][\w’'-]*) (of|and|for|on|in|at|to|the|de|la|du|del|von|van|&)( the)?$")


def name_behind(x: Any, doc: Doc) -> bool:
    """Does the capital at ``x`` (casing's slot) go on a name that a capitalised word and a small
    word before it began?"""
    m = _NAME_BEHIND.search(x.before)
    if not m:
        return False
    cap = m.group(1)
    if m.group(2) == "at" and m.group(3) and x.nxt == "of" and (lexicon.pair_capital_ratio(x.word, "of") or 1.0) <= 0.02:
        return False  # "Parliament at the End of": native news writes "end of" in lower case 98 times in 100
    start = x.pos - 1 - len(x.before) + m.start(1)  # the slot's words before end one space before the capital
    if not doc.mid_sentence(start) and cap.lower() in doc.rules.words("words.closed_class") | doc.rules.words(
            "words.function_words") | doc.rules.words("casing.sentence_opening_words"):
        return False  # "One of the Main factors", "Alongside the Growing": the sentence's first word
    ratio = lexicon.capital_ratio(cap)
    # "in Europe for the Lack": not "Napster to Go", "Secretary of State for the Environment"
    return not (m.group(2) in doc.rules.words("casing.place_links") and m.group(3) and ratio is not None
                and ratio >= 0.95 and doc.mid_sentence(start))


def place_excluded(x: Any, word: str, ratio: float, doc: Doc) -> bool:
    """A place's name that is also a word, which a determiner before it shows to be the word
    (``the Same appearance``, ``his Opportunity``; English towns in -ing are left: ``their
    Reading base``); a word native news capitalises more often also when the article writes it
    in lower case elsewhere and capitalises it nowhere else (``stabbing a Man who`` beside ``the
    man``: towns called Man or Best take no article).  The determiners: ``casing.place_determiners``."""
    if x.comma or x.prev not in doc.rules.words("casing.place_determiners") or word.endswith("ing"):
        return False
    return ratio <= 0.01 or x.prev_low and doc.case.lows[word.lower()] > 0 and (
        doc.capitals[word] <= 1)  # not after a sentence's first word: '"The Best of the Stan Freberg Shows"'


def modifier_of_noun(x: Any, doc: Doc) -> bool:
    """Is the capitalised word, read in lower case in its sentence, an adjective before a lower-case
    noun ('a Poor stock market performance', 'a Late challenge')?  A one-word name before a noun is
    a noun itself ('the Tablet computers', 'a Lego set', 'the Test match'), a name's adjective goes
    on in capitals ('the Royal Mail')."""
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + x.word.lower() + " " + x.nxt)
    return (len(tagged) >= 2 and tagged[-2][0] == x.word.lower() and tagged[-2][1] in ("JJ", "JJR", "JJS")
            and tagged[-1][1] in ("NN", "NNS"))


#: a capital in mid-sentence one or two words before the slot's capital: a title may run through both
_TITLE_BEHIND = re.compile(r"\w[,;:]? +[A-Z][\w’'-]*(?: +[\w’'-]+){1,2}$")


def title_may_reach(x: Any, doc: Doc) -> bool:
    """Are the words between the capital at ``x`` and the first capital of the next three words
    all small words of a title (``Escape from Alcatraz``, ``the End of March``)?  A lower-case
    content word between them (``a Knee injury in Paris``) is no title's."""
    small = doc.rules.words("casing.title_small_words") | doc.rules.words("words.function_words") | doc.rules.words(
        "words.closed_class")  # "Dogs without Borders", "Voice over Internet Telephony"
    if x.comma or _TITLE_BEHIND.search(x.before):
        return True  # "the hit When a Man loves a Woman": a title began before it; "China, Local official
        # Yanling has": after a comma the capital may open a sentence whose stop was lost
    at = x.pos + len(x.word)
    for word in doc.text[at:at + 120].split()[:3]:
        if word[:1].isupper():
            return True
        if word.strip(".,;:!?\"”’'()").lower() not in small:
            return False
    return True


#: tags of a word a one-word name may stand before ('his Times column', 'a Ford car', 'the Test match')
_NAME_QUALIFIES = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG", "POS"})


def heads_no_noun(x: Any, doc: Doc) -> bool:
    """Is the word after the capital, read with the capital in lower case in its sentence, no noun,
    adjective or number (a preposition, a verb, a conjunction: 'a Guard for', 'whose Hits include')?
    Only for a word native news writes in lower case often enough to be counted: a brand may be
    a noun of its own ('a Tesla but it's too expensive'), and a capital before the article begins a
    title ('How to Dismantle a Bomb remains', 'the hit When a Man loves a Woman')."""
    lw = x.word.lower()
    if lexicon.case_counts(lw)[1] < 20 or _TITLE_BEHIND.search(x.before):
        return False
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + lw + " " + x.nxt)
    return len(tagged) >= 2 and tagged[-2][0] == lw and tagged[-1][1] not in _NAME_QUALIFIES


def common_noun_opens(x: Any, doc: Doc) -> bool:
    """After a sentence's opening determiner: is the capital a word the article capitalises nowhere
    else, no institution ('The Government is'), before a word that is no small word of a title
    ('The Fellowship of', 'The Votes at 16'), and no subject of a reporting verb or a that-clause
    (MT translates a paper's name: 'The Reason has advanced that' for La Razón)?  ``x`` is casing's
    slot; its share of capitals in native news is casing's to weigh."""
    word = re.sub(r"[’'][a-z]*$", "", x.word)
    if word != x.word or not x.nxt or x.nxt in doc.rules.words("casing.title_small_words"):
        return False
    if doc.capitals[word] > 1 or word.lower() in doc.rules.words("casing.institutions"):
        return False
    at = x.pos + len(x.word)
    ahead = [w.strip(".,;:!?\"”’'").lower() for w in doc.text[at:at + 60].split()[:3]]
    if "that" in ahead or any(w in doc.rules.words("words.speech_verbs") for w in ahead):
        return False  # "The Reason has advanced that" (La Razón), "The Nation says": a paper reports
    return lexicon.is_common_word(word.lower()) and not lexicon.is_place(word)


def past_form(word: str) -> bool:
    """A capitalised word in -ed that reads as a past tense or participle ('Followed', 'Clashed'),
    not an adjective of a name ('United', 'Chartered': casing's share of capitals weighs those)."""
    return re.fullmatch(r"[A-Z][a-z]{2,}ed", word) is not None and tagger.tags(word.lower() + " it")[0][1] in (
        "VBD", "VBN")


def number_pooled(x: Any, doc: Doc, word: str) -> float | None:
    """The capital share of ``word`` pooled over its singular and plural
    (:func:`lexicon.number_capital_ratio`: 'its Forecasts for', 'an Analyst at', 'pragmatic Ties
    with', 'their Careers.'), only where no name stands in the word's stead: before a small
    word or a stop, no capital just after it ('a blog called Dogs without Borders'), no noun it
    may qualify ('at Compound nightclub', 'four Futures titles'); a plural neither after an
    article, a number nor a preposition ('the Hammers come', 'three Majors in a season': teams and tournaments
    are named in the plural while the singular is a common word).  None elsewhere."""
    small = doc.rules.words("words.function_words") | doc.rules.words("words.closed_class")
    if x.nxt and x.nxt not in small:
        return None
    at = x.pos + len(x.word) + 1 + len(x.nxt)
    if x.nxt and re.match(r" +(?:the +)?[A-Z0-9][a-z0-9]", doc.text[at:at + 8]):  # not 'an Analyst at CCF'
        return None
    # nor after a preposition ('signed for Cherries', 'scored for Blades': review34a)
    plural = not (x.prev in ("the", "a", "an") or tagger.tags(x.prev)[0][1] in ("CD", "IN", "TO"))
    return lexicon.number_capital_ratio(word, plural)
