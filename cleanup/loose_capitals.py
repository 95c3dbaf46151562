"""Stray capitals outside the slots :mod:`cleanup.casing` reads (a capital between two words):
a word capitalised right before a stop, a comma or a dash (``under the Rubble.``,
``it took several Minutes,``), a lone capital ``A`` between lower-case words, a word news
also capitalises as a name after a possessive (``its Agency was``), a hyphenated compound capitalised on its first part only
(``the Gas-electric Prius``, ``The Tie-up comes``), and, through :mod:`cleanup.preposition_capitals`, a preposition
capitalised before a name (``at her home In Florida``).

Confidence comes from three pieces of evidence, as in casing: how rarely native news
capitalises the word (``rules/case_prior.tsv``), whether this article writes it in lower case
elsewhere, and whether the word before can precede a name at all (a possessive or an
indefinite article seldom does; ``the`` and prepositions often do: ``told the Economist.``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import determiner_capitals, lexicon, preposition_capitals, tagger, the_capitals, verb_capitals
from .doc import Context, Doc
from .edits import Change


def outside_slots(doc: Doc, ctx: Context) -> list[Change]:
    """The stray capitals casing's slots do not read: a hyphenated compound, a lone ``A``, a
    preposition or ``The`` before a name (:mod:`cleanup.preposition_capitals`, :mod:`cleanup.the_capitals`)."""
    return (hyphenated(doc, ctx) + lone_article(doc, ctx) + preposition_capitals.before_name(doc, ctx)
            + the_capitals.before_name(doc, ctx))


def before_stop(x: Any, doc: Doc, ctx: Context, ratio: float | None) -> tuple[str, float] | None:
    """A content word capitalised after a lower-case word and before a stop, a comma or a
    dash: (sub-rule, confidence), or None.  ``x`` is casing's slot (its ``nxt`` is empty) and
    ``ratio`` casing's estimate of how often native news capitalises the word there (None: it
    may be a name, or native news has seen it too seldom to tell)."""
    lw = re.sub(r"[’'][a-z]*$", "", x.word).lower()
    if not x.prev_low or x.comma or not lexicon.is_common_word(lw):
        return None
    if lw in ctx.words("words.closed_class", "words.function_words"):
        return _closing_function_word(x, lw, doc, ctx, ratio)  # "punching Him.", "where she grew Up."
    if lw in ctx.words("casing.institution_nouns"):
        return None  # "in the Governorate.": casing.institution_noun's, which reads the article's own spelling
    if x.prev == "the" and lw in ctx.words("casing.political_sides"):
        return None  # "the chairwoman of the Left, Susanne Hennig-Wellsow": a party, or the left as a body
    if _name_behind(ctx.rules).search(x.before) and not determiner_capitals.place_then_article(x, doc, ctx) or (
            _closes_short_quote(doc.text, x) and not determiner_capitals.speech_quote(x, ctx)):
        return None  # "A Message from the People.", "Dancing with the Stars.", "Britain is Working".": a title
    if verb_capitals.after_auxiliary(x, ctx, True):
        return "after_auxiliary", None  # "the price was Revealed,", "if he is Involved.": a participle
    lows = doc.case.lows[lw] > 0
    nameless = x.prev in ctx.words("casing.nameless_slot")  # "their Sorrows.", "a Witch.": a name seldom follows
    if not nameless and x.prev != "the":
        # "a valid Business.": after an adjective only the surest ("the mighty Arsenal.", "war-torn Syria.")
        # not "from Easy,", "in Encounter,", "earned Money."; after a verb or an adverb only the rarest capitals
        return _after_adjective(x, lw, doc, ratio, lows) or _after_other(x, lw, ctx, ratio, lows)
    if ratio is None:  # "the Rubble.": too rare in native news for a share; never capitalised there twice
        return ("before_stop", 0.8 if nameless else 0.7) if lows and _rare_word(x, lw, doc, ctx) else None
    if ratio > 0.05:
        return determiner_capitals.nameless_before_stop(x, doc, ctx, ratio)  # "to reach a Verdict."
    if nameless:
        tiers: tuple[tuple[float, float], ...] = ((0.01, 0.9), (0.05, 0.8)) if lows else ((0.01, 0.75), (0.05, 0.5))
    else:  # "under the Money.", "over the Weekend.": but "told the Economist." (a paper's name is
        # capitalised in far more than one use in a hundred); a team, a force or a firm named by a word
        # news capitalises in one use in a hundred ("for the Met.", "beat the Heat.") is native copy's
        # own: the wider share only where the copy reads as machine translation
        sure = 0.015 if ctx.mt_like else 0.005
        tiers = ((0.02, 0.8), (0.05, 0.6)) if lows else ((sure, 0.7), (0.05, 0.45))
    conf = next((c for limit, c in tiers if ratio <= limit), None)
    return ("before_stop", conf) if conf is not None else None


def _after_adjective(x: Any, lw: str, doc: Doc, ratio: float | None, lows: bool) -> tuple[str, float] | None:
    """After an adjective (by its tag in context), a capital native news gives the word in no
    more than 5% of its uses: applied only when rarer than 2% and written in lower case elsewhere."""
    if ratio is None or ratio > 0.05 or lexicon.is_listed_name(lw) or lexicon.is_place(x.word):
        return None
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + lw)
    if len(tagged) < 2 or tagged[-1][0] != lw or tagged[-2][1] not in ("JJ", "JJR", "JJS"):
        return None
    return ("before_stop", 0.75) if lows and ratio <= 0.02 else ("before_stop", 0.45)


def _closing_function_word(x: Any, lw: str, doc: Doc, ctx: Context, ratio: float | None) -> tuple[str, float] | None:
    """A pronoun, particle or adverb of the closed class capitalised at the end of a clause after
    a lower-case word ('punching Him.', 'the town where she grew Up.', 'the issue of Them,'):
    native news all but never capitalises it there (a title goes on in capitals, or is quoted)."""
    if ratio is None or ratio > 0.006 or x.prev in ctx.words("casing.work_nouns") or not x.word[1:].islower():
        return None  # "the film Us.", "the band Them,"
    if _name_behind(ctx.rules).search(x.before) or _closes_short_quote(doc.text, x) or _mark_in_name(doc.text, x):
        return None  # "Men in Black.", "Bring It On", "a report by Which? magazine"
    return "before_stop", 0.8


def _mark_in_name(text: str, x: Any) -> bool:
    """A question or exclamation mark followed by a lower-case word: part of a name ('Which? magazine',
    'Yahoo! shares'), not the end of a clause."""
    return re.match(r"[?!] +[a-z]", text[x.pos + len(x.word):x.pos + len(x.word) + 4]) is not None


def _after_other(x: Any, lw: str, ctx: Context, ratio: float | None, lows: bool) -> tuple[str, float] | None:
    """After a verb, an adverb or a noun ('what we could ever Believe.', 'progress has been Made,', 'lung
    cancer Patients.'), a capital native news gives the word in no more than one use in 50 when the
    article writes the word in lower case elsewhere (applied), one in 200 when it does not (offered: a
    place or a title may stand there)."""
    if _verb_after_adverb(x, lw, ctx):
        return "before_stop", 0.75  # "the minister almost Blushed.", "customers also Increased,"
    if ratio is None or ratio > (0.02 if lows else 0.005) or x.prev in ctx.words("casing.work_nouns") | ctx.words(
            "casing.prepositions"):
        return None  # "commitment from Easy,": a name may follow a preposition
    if lexicon.is_listed_name(lw):
        return None
    if lexicon.is_place(x.word) or lexicon.is_place(x.word.rstrip("s")):
        return None
    return "before_stop", 0.75 if lows else 0.5


def _verb_after_adverb(x: Any, lw: str, ctx: Context) -> bool:
    """A past tense or participle in -ed capitalised after an adverb (``casing.verb_adverbs``, or one
    in -ly) and before a stop or a comma ('almost Blushed.', 'properly Protected.', 'also
    Increased,'): a verb, which no name is."""
    adverb = x.prev in ctx.words("casing.verb_adverbs") or x.prev.endswith("ly") and len(x.prev) > 4
    if not adverb or not x.word[1:].islower():
        return False
    if not lw.endswith("ed") or len(lw) < 6:
        return False
    tagged = tagger.tags("it " + x.prev + " " + lw)
    return len(tagged) == 3 and tagged[2][1] in ("VBD", "VBN")


def _rare_word(x: Any, lw: str, doc: Doc, ctx: Context) -> bool:
    """A word native news never capitalised twice, listed as no name or place, outside a
    longer name and no institution ('the Rubble', not 'the Onion' of a name)."""
    if lexicon.case_counts(lw)[0] or lexicon.is_listed_name(lw) or lexicon.is_place(x.word):
        return False
    return lw not in ctx.words("casing.institutions") and doc.capitals[x.word] <= 1


_QUOTE_CLOSE = re.compile(r"[.,;:!?]?[\"”’]")
_ARTICLES = ("the", "a", "an")


def _closes_short_quote(text: str, x: Any) -> bool:
    """Does the word close a quotation of eight words or fewer ('"How Soon is Now?"', 'the slogan
    "Britain is Working"')?  A title or a slogan, in title case or not; but a quotation opening in
    lower case is a phrase quoted from a sentence, not a title ('the phrase "dodging a Bullet"',
    'was "one of the Options" for': second injector, tuning slice of both styles); an article opens a
    title or a nickname as often ('nicknamed "the Boss"', 'known as "the Iron Lady"')."""
    if not _QUOTE_CLOSE.match(text, x.pos + len(x.word)):
        return False
    opening = max(x.before.rfind('"'), x.before.rfind("“"), x.before.rfind("‘"))
    quoted = x.before[opening + 1:].split()
    return opening >= 0 and len(quoted) <= 7 and not (quoted and quoted[0][:1].islower() and quoted[0] not in _ARTICLES)


_HYPHENATED = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]{2,})-([a-z][a-z]*(?:-[a-z]+)*)(?![\w’'-])")  # capital, then look-behind


@lru_cache(maxsize=8)
def _name_behind(rules: Any) -> re.Pattern:
    small = rules.alternation("casing.title_small_words")
    return re.compile(rf"[A-Z][\w’'-]* (?:{small})(?: the)?$")


def hyphenated(doc: Doc, ctx: Context) -> list[Change]:
    """``the Gas-electric Prius`` -> ``the gas-electric Prius``: a compound whose first part
    alone has a capital in mid-sentence.  A name built so capitalises its other parts too
    (``Rolls-Royce``, ``Al-Qaeda``) or is built on a name (``Oscar-winning``, ``London-based``)."""
    text = doc.text
    out: list[Change] = []
    openers = _openers(ctx.rules)
    for s, e in doc.body:
        for m in _HYPHENATED.finditer(text, s, e):
            before = text[max(s, m.start() - 80):m.start()]
            prev = before.rstrip().rsplit(" ", 1)[-1]
            if not (doc.mid_sentence(m.start()) and prev[:1].islower() or prev.lower() in openers and before.endswith(" ")):
                continue  # a sentence's first word, or after a capital: perhaps a name's part
            conf = _hyphen_confidence(m, doc, ctx, before)
            if conf is not None:
                ch = ctx.change(m.start(), m.start() + 1, m.group(1)[0].lower(), "casing.stray_capital.hyphenated",
                                confidence=conf)
                if ch:
                    out.append(ch)
    return out


@lru_cache(maxsize=8)
def _openers(rules: Any) -> frozenset[str]:
    return frozenset(w.lower() for w in rules.words("casing.nameless_openers"))


def _hyphen_confidence(m: re.Match, doc: Doc, ctx: Context, before: str) -> float | None:
    first, rest = m.group(1), m.group(2)
    if _name_behind(ctx.rules).search(before.rstrip()):
        return None  # "Church of Jesus Christ of Latter-day", "Coalition of Non-governmental": inside a name
    if doc.case.caps[first] > 1 or doc.text.count(m.group(0)) > 1:
        return None  # the article capitalises it elsewhere in mid-sentence: a name ("Min-bok")
    if lexicon.is_listed_name(first) or lexicon.is_place(first) or not lexicon.is_common_word(first):
        return None
    if not all(lexicon.is_common_word(p) or len(p) <= 3 for p in rest.split("-")):
        return None  # "Blu-ray", "Geun-hye": a name's syllables, not English words
    ratio = lexicon.capital_ratio(first)
    if ratio is None or ratio > 0.3:
        return None  # "Oscar-winning", "White-collar": the first part is capitalised as a name too often
    # the first part's share of capitals counts its uses as a name ("Gas" 9%, "Self" 29%): the lower-case
    # part after it says the compound is none, so the article's own lower case decides above 5%
    lows = doc.case.lows[first.lower()] > 0
    if ratio > 0.05:  # "Post-it", "Snap-on": a brand; only the compound itself in lower case elsewhere will do
        lows = m.group(0).lower() in doc.text
        # its own confidence (0.4, offered): the 0.45 the rarer first parts get below is measured
        # (rules/calibration.toml, thresh31: 8 of 8 right on the probe's tuning articles) and applied
        tiers: tuple[tuple[float, float], ...] = ((0.3, 0.7 if lows else 0.4),)
    else:
        tiers = ((0.02, 0.85), (0.05, 0.7)) if lows else ((0.005, 0.75), (0.05, 0.45))
    conf = next((c for limit, c in tiers if ratio <= limit), None)
    if conf is not None and not lows and re.match(r" +[A-Z]", doc.text[m.end():m.end() + 3]):
        return min(conf, 0.6)  # "when Whole-body CT scanning": a name may go on in capitals; only offered
    return conf


_LONE_A = re.compile(r"A(?<=[a-z] A)(?= ([a-z][\w’'-]*))")  # the letter, then its look-behind


def lone_article(doc: Doc, ctx: Context) -> list[Change]:
    """``driven up by A welter of worries`` -> ``a welter``: the article ``a`` capitalised between
    two lower-case words (casing reads words of two letters or more).  Native news writes a
    capital ``A`` there only as a letter after a noun that names it (``envelope A``, ``Group
    A``) or before ``and`` (``its A and B sides``)."""
    out: list[Change] = []
    if re.search(r"(?<![\w.])A-[A-Za-z]", doc.text):
        return out  # "A-levels", "an A-list star": the article writes the letter A
    for s, e in doc.body:
        for m in _LONE_A.finditer(doc.text, s, e):
            prev = doc.text[max(s, m.start() - 40):m.start()].split()[-1:]
            if not prev or not prev[0].islower() or not doc.mid_sentence(m.start()) or prev[0] in ctx.words(
                    "casing.letter_nouns"):
                continue
            if m.group(1) in ctx.words("casing.letter_followers"):
                continue
            ch = ctx.change(m.start(), m.end(), "a", "casing.stray_capital.function_word")
            if ch:
                out.append(ch)
    return out


#: tags of a word a name may qualify ('his Times column', 'a Ford car'): after a capital, a name's
_QUALIFIED = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG", "POS"})


def name_like(x: Any, doc: Doc, ctx: Context, ratio: float | None) -> tuple[str, float] | None:
    """A word native news also capitalises as a name (in 15-50% of its uses: 'Agency', 'Court',
    'Sea'), after a word a name seldom follows ('his', 'a', 'its'), that the article writes in
    lower case elsewhere: applied when the word after it is none a name could qualify ('its
    Agency was always'), offered before a noun ('his Times column')."""
    lw = re.sub(r"[’'][a-z]*$", "", x.word).lower()
    if ratio is None or not doc.case.lows[lw] or lw in ctx.words("casing.institutions"):
        return None
    at = x.pos + len(x.word) + 1 + len(x.nxt)
    if x.nxt in ctx.words("casing.title_small_words") and re.match(r" +(?:the +)?[A-Z0-9]", doc.text[at:at + 7]):
        return None  # "an Act of Parliament", "a Constitution for the European Union": a name goes on
    s, _ = doc.sentence_at(x.pos)
    tagged = tagger.tags(doc.text[max(s, x.pos - 200):x.pos] + lw + " " + x.nxt)
    if len(tagged) < 2 or tagged[-2][0] != lw or tagged[-1][1] in _QUALIFIED:
        return "name_like", 0.5
    return "name_like", 0.75 if ratio <= 0.3 else 0.6
