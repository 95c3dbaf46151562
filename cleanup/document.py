"""Document-level consistency: a name broken by a full stop, a proper noun left in lower
case, a word written twice (one name spelled two ways: ``names.py``)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon
from .article_names import article_name
from .common_slots import OFFER, common_slot
from .doc import Context, Doc
from .edits import Change, disjoint
from .foreign_lines import foreign_line
from .lower_names import name_half, place_name
from .name_phrases import lone_name, name_pairs, phrase_name
from .name_runs import run_name
from .news_names import news_name, surname
from .once_names import once_name
from .rules import RuleSet

# the second half in a lookahead, so "Mr Ken. Nedy" is tried at "Ken" after failing at "Mr"
_SPLIT_NAME = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]+)(?=(\. | )([A-Z][a-z]+)(?![\w-]))")


_SPACED_PAIR = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]+) (?=([A-Z][a-z]+)(?![\w-]))")


def broken_names(doc: Doc, ctx: Context) -> list[Change]:
    """``Xi Jin. Ping`` -> ``Xi Jinping`` when the article writes ``Jinping`` elsewhere."""
    text = doc.text
    out = []
    words = Counter(re.findall(r"[A-Z][a-z]+", text))
    spaced: Counter | None = None
    for m in _SPLIT_NAME.finditer(text):
        joined = m.group(1) + m.group(3).lower()
        if not words.get(joined, 0):
            continue
        if m.group(2) == " ":
            if spaced is None:  # counted once, and only for a text that has a candidate
                spaced = Counter(_SPACED_PAIR.findall(text))
            if spaced[(m.group(1), m.group(3))] > words[joined]:
                continue  # "Wang Mou" twice beside "Wangmou" once: the article's usual form is the spaced one
        if not lexicon.is_common_word(joined):
            end = m.end() + len(m.group(2)) + len(m.group(3))
            # "Xi Jin. Ping" is broken for sure; "Air Lines" next to "Airlines" may be the real name
            ch = ctx.change(m.start(), end, joined, "document.broken_name", doubt=m.group(2) != ". ")
            if ch:
                out.append(ch)
    return disjoint(out)


# a person's name in quotation marks, one or two capitalised words (a title may open it):
# Thai MT quotes the people of a headline ('"Sutin" is not worried', 'after "Thaksin" took')
_QUOTED_NAME = re.compile(r"([“\"‘'])((?:[A-Z][a-z]+\.? )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)([”\"’'])(?![\w’'-])")
# the same at a paragraph start with its opening quote lost ('Phumtham” admits')
_LEAD_NAME = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)([”\"’]) (?=[a-z])")
_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
# the words after which quotation marks name a nickname, a term or a work, not a person
_NAMING = re.compile(r"(?:\b(?:called|dubbed|nicknamed|named|known as|as|so-called|word|words|term|title|titled|"
                     r"entitled|slogan|name|names|alias|aliases|pseudonym|nickname|codename|handle|film|movie|song|book|album|show|series|play|novel|operation|codenamed|brand|"
                     r"the|a|an|his|her|their|its|our|my|by|of)) $", re.I)
_CAP_BEFORE = re.compile(r"[A-Z][\w’'-]*\.? $")


def quoted_names(doc: Doc, ctx: Context) -> list[Change]:
    """``“Sutin” is not worried`` -> ``Sutin is not worried`` where the article names the same
    person with a title elsewhere (``Mr. Sutin``): not a nickname inside a full name
    (``Dwayne "The Rock" Johnson``), not a term or a work after ``called`` or ``the``."""
    text = doc.text
    if ctx.rule("document.quoted_name") is None or not any(q in text for q in "”\"’'"):
        return []
    out: list[Change] = []
    titled: set[str] | None = None
    for m in _QUOTED_NAME.finditer(text):
        if _PAIRS[m.group(1)] != m.group(3) or _NAMING.search(text, max(0, m.start() - 20), m.start()):
            continue
        cap = _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if cap and doc.mid_sentence(cap.start()):
            continue  # 'Dwayne "The Rock"', 'Mr. "Sutin"': inside a longer name (not 'After "Thaksin" took')
        if re.match(r" [A-Z][a-z]", text[m.end():m.end() + 3]) or (m.group(1) == "'" and text[m.start() - 1:m.start()].isalnum()):
            continue  # 'Big "Tu" Prayut': part of a longer name
        titled = _titled_names(text, ctx) if titled is None else titled
        if _named_elsewhere(m.group(2), titled, ctx):
            ch = ctx.change(m.start(), m.end(), m.group(2), "document.quoted_name")
            if ch:
                out.append(ch)
    for start, end in doc.paragraphs:  # 'Phumtham” admits': the opening quote lost at a paragraph start
        m = _LEAD_NAME.match(text, start, end)
        if m and (m.group(2) != '"' or text.count('"', start, end) % 2):
            titled = _titled_names(text, ctx) if titled is None else titled
            if _named_elsewhere(m.group(1), titled, ctx):
                ch = ctx.change(m.end(1), m.end(2), "", "document.quoted_name")
                if ch:
                    out.append(ch)
    return disjoint(out)


def _titled_names(text: str, ctx: Context) -> set[str]:
    """The capitalised words the article writes after a title, outside quotation marks
    ('Mr. Sutin', 'Gen Prawit Wongsuwan' -> Sutin, Prawit)."""
    titles = ctx.words("document.person_titles")
    return {m.group(2) for m in re.finditer(r"([A-Z](?<!\w[A-Z])[a-z]+)\.? ([A-Z][a-z]+)(?![\w”\"’'-])", text)
            if m.group(1) in titles}


def _named_elsewhere(quoted: str, titled: set[str], ctx: Context) -> bool:
    """Is a word of the quoted name (not its title) a person the article names with a title?"""
    titles = ctx.words("document.person_titles")
    parts = [w for w in re.split(r"[ .-]+", quoted) if w and w not in titles]
    return any(w in titled and not lexicon.is_common_word(w.lower()) for w in parts)


_CAPS = re.compile(r"[A-Z](?<![\w’'-][A-Z])[a-z]{2,}(?![\w-])")
_LOWER3 = re.compile(r"([a-z](?<![\w’'-][a-z])[a-z]{2,})(?![\w-])")  # the letter, then its look-behind
_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|to|from|at|with|by|for|on|and|across|into|near)\s+$")


def _pair_written(text: str, m: re.Match, cap: str, bigrams: Counter) -> int:
    """``Balfour beatty`` / ``gordon Brown``: how often the article writes the two-word name in
    full elsewhere (0: never)."""
    prev = re.search(r"([A-Z][\w’'-]*) $", text[max(0, m.start() - 40):m.start()])
    nxt = re.match(r" ([A-Z][a-z]+)", text[m.end():m.end() + 40])
    return max(bigrams[(prev.group(1), cap)] if prev else 0, bigrams[(cap, nxt.group(1))] if nxt else 0)


def _proper_noun_confidence(text: str, m: re.Match, doc: Doc, ctx: Context, bigrams: Counter,
                            written: Counter) -> float | None:
    """How surely a lower-case word is a name the article (or news in general) capitalises."""
    w = m.group(1)
    cap = w[0].upper() + w[1:]
    case = doc.case
    if case.lows[w] > 1 or w in ctx.words("words.function_words"):
        return None  # written in lower case more than once: the article means the word
    if re.match(r"[’'][a-rt-z]", text[m.end():m.end() + 2]):
        return None  # "don't", "they'll": a contraction
    common = lexicon.is_common_word(w) and (w in ctx.words("document.country_homographs") or not lexicon.is_country(cap))
    caps_news, lows_news = lexicon.case_counts(w)
    if not common and caps_news >= 5 and lows_news * 20 <= caps_news and (written[cap] or lexicon.is_country(cap)):
        return 0.9  # 'britain', 'linux', 'everton': news (nearly) always capitalises them
    if len(w) >= 4 and _always_a_name(w, caps_news, lows_news, common) and w not in ctx.words("document.always_capitalized"):
        return 0.85  # 'microsoft', 'tories' once in an article: native news never writes them lower-case
    if not written[cap]:
        return None
    prev = re.search(r"([A-Z][\w’'-]*) $", text[max(0, m.start() - 40):m.start()])
    if prev and prev.group(1) in ctx.words("words.honorifics"):
        return 0.9  # "Mr clarke" where the article writes Clarke
    pair = _pair_written(text, m, cap, bigrams)
    if pair and not common and (lexicon.capital_ratio(w) or 1.0) >= 0.5:
        # not 'a longtime Clinton ally' beside a sentence's 'Longtime Clinton friend' (cnn403), 'Massively
        # multiplayer online games' beside 'the Massively Multiplayer Online Role Playing Game' (bbc/tech/401):
        # words news writes in lower case more often than not take the article's pair as no proof
        return 0.9
    if pair >= 3 and case.lows[w] == 1:
        # 'Time warner' where the article writes Time Warner twice and never the word alone in
        # lower case ('Baltimore police' beside 'Baltimore Police' has 'police' again)
        return 0.85
    if not common and len(w) >= 4 and lexicon.zipf(w) < 4.5 and _after_given_name(text, m, doc, ctx):
        return 0.85  # "Susanne fincher" where the article writes Fincher, if only at sentence starts
    if not common and lexicon.zipf(w) < 3.5 and case.caps[cap] >= 1:
        # "said wenger" where the article writes Wenger in mid-sentence: not an English word; once
        # is enough for a word native news capitalised and never wrote in lower case ('said diack')
        if case.caps[cap] >= 2 or (caps_news >= 2 and not lows_news):
            return 0.85
        return None if lows_news > caps_news else 0.45  # 'eurozone', 'trojan': news writes them lower-case
    need = 5 if common else 2  # 'china' is also a word: demand more
    if common and not _AFTER_PREPOSITION.search(text, max(0, m.start() - 12), m.start()):
        return None  # "his favourite apple": a common noun after a determiner or adjective
    if (case.alone[cap] >= need and case.caps[cap] >= need
            and not text[max(0, m.start() - 4):m.start()].lower().endswith(("the ", " a ", "an "))):
        return 0.8
    return None


_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w-])")


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) $")


def _given_name(text: str, m: re.Match, ctx: Context) -> float | None:
    """``said jacques Barrot``, ``Sen. Charles schumer``: a word native news always capitalises,
    not an English word, written beside a capitalised name (a first name before a surname,
    or a surname after a first name)."""
    w = m.group(1)
    if len(w) < 4 or lexicon.is_common_word(w):
        return None  # an English word (the test below again, asked first: most words stop here)
    nxt = _NAME_AFTER.match(text, m.end())
    prev = _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if not (nxt or prev) or lexicon.is_common_word(w) or w in ctx.words("words.function_words"):
        return None  # no capitalised word beside it, or an English word
    ratio = lexicon.capital_ratio(w)
    # a word English has (almost) never seen after a first name is a surname too ('Thomas laackmann'),
    # unless it is shaped like an English word ('Henson nonchantly', 'New York nightspots')
    unseen = ratio is None and lexicon.zipf(w) < 1.0 and not lexicon.english_ending(w)
    conf = 0.85 if ratio is not None and ratio >= 0.9 else 0.8 if unseen else None
    if conf is None:
        return None
    if (nxt and not unseen and (lexicon.capital_ratio(nxt.group(1)) or 1.0) >= 0.5
            and not _always_capital(nxt.group(1), ctx)):
        return conf  # not 'chart bible British Hit Singles': a nationality is no surname
    if (prev and (lexicon.capital_ratio(prev.group(1)) or 0.0) >= 0.9 and not _always_capital(prev.group(1), ctx)
            and w not in _lower_titles(ctx)):
        return conf  # not 'a senior Shia ayatollah': a title after an adjective is no surname
    return None


def _after_given_name(text: str, m: re.Match, doc: Doc, ctx: Context) -> bool:
    """Is the word right after a capitalised first name: one in mid-sentence, or one English
    capitalises ('Jamal', 'Susanne'), not a nationality, a month or a title ('Rev', 'President')?"""
    prev = _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if not prev or _always_capital(prev.group(1), ctx) or prev.group(1).lower() in _lower_titles(ctx):
        return False
    if prev.group(1).lower() in ctx.words("words.function_words") or lexicon.is_common_word(prev.group(1).lower()):
        return False  # 'The', 'But' at a sentence start; 'Super Bowl organisers': an English word is no first name
    return doc.mid_sentence(prev.start(1)) or (lexicon.capital_ratio(prev.group(1)) or 0.0) >= 0.9




def _lower_titles(ctx: Context) -> frozenset[str]:
    return frozenset(t.lower() for t in ctx.words("words.name_titles"))


def _always_capital(word: str, ctx: Context) -> bool:
    """A day, month, nationality or language (``document.always_capitalized``)."""
    return word.lower() in ctx.words("document.always_capitalized")  # listed in lower case


def _always_a_name(w: str, caps_news: int, lows_news: int, common: bool) -> bool:
    """Native news capitalised the word every time it wrote it, often enough to tell: 20 times
    for a word no dictionary lists ('microsoft'; 'sims' and 'bros' at 10 are parts of names);
    50 for one it does ('tories'), unless English at large uses the word often ('turkey' the
    bird, 'china' the plates)."""
    if lows_news or caps_news < (50 if common else 20):
        return False
    return not common or (lexicon.zipf(w) < 4.0 and not lexicon.is_country(w[0].upper() + w[1:]))


@lru_cache(maxsize=65536)
def _plain_word(w: str) -> bool:
    """An English word, no country, that native news also writes in lower case or seldom
    capitalises: no test below can make it a name unless the article writes it with a capital
    (most words of a text)."""
    if not lexicon.is_common_word(w) or lexicon.is_country(w[0].upper() + w[1:]):
        return False
    caps, lows = lexicon.case_counts(w)
    return lows > 0 or caps < 20  # news writes it in lower case, or seldom capitalises it at all


def _maybe_names(text: str, doc: Doc, written: Counter, function_words: frozenset[str]) -> set[str]:
    """The lower-case words the tests of :func:`proper_noun_case` may make names.  Most words
    are English words the article never capitalises, which none of them can; a word also
    written in lower case elsewhere only where the article writes it capitalised twice in
    mid-sentence ('Bir hospital' beside 'Bir Hospital', offered by phrase_name), and never a
    function word so written ('the' beside 'The Hague': 27,000 of 63,000 words read in 1 MB of
    BBC): of the tests such a word reaches, lone_name, news_name, surname and article_name
    refuse any word written in lower case twice, and phrase_name and run_name any function
    word.  Only a word the article writes with a capital somewhere has its capital form built
    and looked up."""
    lows, caps = doc.case.lows, doc.case.caps
    capital = {k[0].lower() + k[1:] for k in written} | {k[0].lower() + k[1:] for k, n in caps.items() if n >= 2}
    out = set()
    for w in set(_LOWER3.findall(text)):
        once = lows[w] <= 1
        if once and not _plain_word(w):
            out.add(w)
        elif w in capital:
            cap = w[0].upper() + w[1:]
            if once and cap in written or caps[cap] >= 2 and (once or w not in function_words):
                out.add(w)
    return out


def _word_matches(text: str, words: set[str]) -> list[re.Match]:
    """The matches of ``_LOWER3`` that are one of ``words``, in order (exactly those of its
    ``finditer``): each of a few words is found with ``str.find``, not the text walked word by
    word; many words (a long text) take the one walk."""
    if len(words) > 24:
        return [m for m in _LOWER3.finditer(text) if m.group(1) in words]
    found = []
    for w in words:
        at = text.find(w)
        while at != -1:
            m = _LOWER3.match(text, at)
            if m and m.group(1) == w:
                found.append(m)
            at = text.find(w, at + 1)
    return sorted(found, key=lambda m: m.start())


def proper_noun_case(doc: Doc, ctx: Context) -> list[Change]:
    """``north of china`` -> ``China`` where the article capitalises the name on its own
    (not after 'the', not inside a longer name) often enough and never writes it lower-case;
    ``said wenger`` where the article writes ``Wenger``; ``britain`` which news always capitalises."""
    text = doc.text
    bigrams = Counter(re.findall(r"([A-Z](?<![\w’'-][A-Z])[\w’'-]*) (?=([A-Z][a-z]{2,})(?![\w-]))", text))
    written = Counter(_CAPS.findall(text))
    out = []
    lows = doc.case.lows
    halves = (ctx.words("document.always_capitalized"), _lower_titles(ctx), ctx.words("words.function_words"))
    pairs, surer_words = None, ()
    maybe = _maybe_names(text, doc, written, halves[2])  # a text with none is not walked word by word
    particles = ctx.words("casing.name_particles")
    for m in _word_matches(text, maybe):
        w = m.group(1)
        if w in particles and _inside_name(text, m.start(), m.end()):
            continue  # 'Theo van Gogh', 'Robin van Persie': the name's own particle, lower case after a given name
        again = lows[w] > 1
        conf = None if again else (_given_name(text, m, ctx) or name_half(text, m.start(), m.end(), *halves)
                                   or place_name(text, m.start(), m.end(), halves[2]))
        rule = "document.proper_noun_case"
        if conf is None and not again and (w[0].upper() + w[1:] in written or lexicon.case_counts(w)[0]):
            conf = _proper_noun_confidence(text, m, doc, ctx, bigrams, written)
        if conf is None and written[w[0].upper() + w[1:]]:
            pairs = name_pairs(text) if pairs is None else pairs  # counted once, for a text with a candidate
            conf, rule = phrase_name(text, m.start(), m.end(), doc, pairs, (halves[2], halves[0], halves[1])), "document.proper_noun_case.phrase"
            if conf is None and not again:  # lone_name refuses a word written in lower case twice
                conf, rule = lone_name(text, m.start(), m.end(), doc, pairs, halves[1]), "document.proper_noun_case.alone"
            if conf is None or conf < 0.7:  # 'against wales but', 'the Metropolitan opera': surer evidence
                surer_words = surer_words or (halves[2], halves[1], ctx.words("casing.name_particles"),
                                              ctx.words("document.compass_points"), halves[0])
                conf, rule = _surer(text, m, doc, surer_words, conf, rule)
        if conf is None and not again:  # written once, nothing in the article to read: the word and its neighbours
            conf, rule = once_name(text, m.start(), m.end(), (halves[2], halves[1], ctx.words("casing.name_particles"),
                                                              halves[0])), "document.proper_noun_case.once"
        if conf is not None and conf > OFFER and common_slot(text, m.start(), m.end(), ctx):
            conf = OFFER  # 'to mark the anniversary', 'with grace and humour' beside Mark, Grace: the word
        if conf is not None and not _in_url_or_code(text, m.start()) and not foreign_line(text, m.start(), halves[2]):
            ch = ctx.change(m.start(), m.start() + 1, m.group(1)[0].upper(), rule, confidence=conf)
            if ch:
                out.append(ch)
    return out


def _inside_name(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` between two capitalised words of one name ('Ruud van
    Nistelrooy')?  English keeps a particle in lower case after the given name and capitalises
    it only where the surname stands alone ('Van Nistelrooy scored'), so both forms are right."""
    return bool(re.search(r"\b[A-Z][\w’'-]+ $", text[max(0, start - 40):start])
                and re.match(r" (?:[a-z]{1,3} )?[A-Z][\w’'-]+", text[end:end + 40]))


def _surer(text: str, m: re.Match, doc: Doc, words: tuple[frozenset[str], ...], conf: float | None,
           rule: str) -> tuple[float | None, str]:
    """The confidence and rule of a lower-case name word after the tests of the other modules,
    raised where native news always capitalises the word (``news_names``) or the article writes
    the whole run of capitals around it (``name_runs``).  ``words``: see :func:`run_name`."""
    start, end = m.start(), m.end()
    # each test asked in turn, and none after a sure one (a later one only replaces an offer); news_name,
    # surname and article_name refuse a word written in lower case twice (a long text's most candidates)
    again = doc.case.lows[m.group(1)] > 1
    tests = ((lambda: None if again else news_name(text, start, end, doc), "document.proper_noun_case.news_name"),
             (lambda: run_name(text, start, end, doc, words), "document.proper_noun_case.run"),
             (lambda: None if again else surname(text, start, end, doc, words[1]), "document.proper_noun_case.surname"),
             (lambda: None if again else article_name(text, start, end, doc, words),
              "document.proper_noun_case.article_name"))
    for test, better_rule in tests:
        if conf is not None and conf >= 0.7:
            break  # no later test replaces a sure confidence
        better = test()
        if better is not None and (conf is None or better >= 0.7 > conf):  # another offer keeps its rule
            conf, rule = better, better_rule
    return conf, rule


_LOWER_RUN = re.compile(r"[a-z]{3,}")
_LISTED_RUN = re.compile(r"([a-z](?<![\w’'-][a-z])[a-z]{2,})(?=[’']s\b|(?![\w-]))")  # the letter, then its look-behind


@lru_cache(maxsize=8)
def _always_capitalized(rules: RuleSet) -> dict[str, str]:
    return {w.lower(): w for w in rules.words("document.always_capitalized")}


def always_capitalized(doc: Doc, ctx: Context) -> list[Change]:
    """Days, months, nationalities and languages take a capital in English: ``on friday``."""
    text = doc.text
    table = _always_capitalized(ctx.rules)
    if not table:
        return []
    out = []
    # a listed word is a whole run of lower-case letters: a text with none is not walked word by word
    runs = set(_LOWER_RUN.findall(text))
    listed = not table.keys().isdisjoint(runs) or any(r[-1] == "s" and r[:-1] in table for r in runs)
    for m in _LISTED_RUN.finditer(text) if listed else ():
        w = m.group(1)
        # the plural of a nationality or faith is one too: 'five canadians', 'syrians', 'sunnis'
        if (w in table or w[-1] == "s" and w[:-1] in table) and not _in_url_or_code(text, m.start()):
            ch = ctx.change(m.start(), m.start() + 1, m.group(1)[0].upper(), "document.always_capitalized")
            if ch:
                out.append(ch)
    dated = not runs.isdisjoint(("march", "may", "august"))  # each match is a whole run: none, no scan
    for m in _DATED_MONTH.finditer(text) if dated else ():  # "on august 13", "13 may 2024": a date, not a word
        g = next(i for i in (1, 2, 3) if m.group(i))
        month, at = m.group(g), m.start(g)
        ch = ctx.change(at, at + 1, month[0].upper(), "document.always_capitalized")
        if ch:
            out.append(ch)
    return out


_DATED_MONTH = re.compile(r"(?<![\w’'-])(march|may|august)(?= \d{1,2}(?:st|nd|rd|th)?(?:[,.)]|\s+(?:and|to|at|in|on|"
                          r"when|after|before|that|this|last|\d{4})\b|$))|(?<=\b\d\d )(march|may|august)(?= \d{4}\b|[,.])"
                          r"|(?<=\b\d )(march|may|august)(?= \d{4}\b|[,.])")


def _in_url_or_code(text: str, pos: int) -> bool:
    m = re.search(r"\S*$", text[max(0, pos - 200):pos])
    token = (m.group(0) if m else "") + text[pos:pos + 200].split(" ", 1)[0].split("\n", 1)[0]
    return any(c in token for c in "/@#_") or token.startswith("www") or bool(re.search(r"\w\.[a-z]{2,}\b", token))


#: a word and its repeats, the whole run at once: pairs ('a a a a' as two 'a a') left half a run each pass,
#: so clean(clean(x)) != clean(x) on a run of one word (faults37)
_DOUBLED = re.compile(r"(?<![\w’'-])([A-Za-z]+)(?: \1)+(?![\w’'-])", re.I)


def doubled_words(doc: Doc, ctx: Context) -> list[Change]:
    """``the the`` -> ``the``; other doubled words are offered to the editor."""
    out = []
    safe = ctx.words("document.doubled_word_fix")
    allowed = ctx.words("document.doubled_word_allowed")
    for m in _DOUBLED.finditer(doc.text):
        first, *rest = m.group(0).split(" ")
        w = first.lower()
        if any(first != second and w != second or (first.isupper() and len(first) > 1 and not second.isupper())
               for second in rest):
            continue  # "The the" is a slip; "that That", "what IS is doing" are not one word twice
        if w in allowed:
            continue
        ch = ctx.change(m.start(1) + len(first), m.end(), "", "document.doubled_word", doubt=w not in safe)
        if ch:
            out.append(ch)
    return out
