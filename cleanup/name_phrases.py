"""A word of a longer name left in lower case where the article writes the same name in full.

``Time warner said``, ``the bank of England``, ``Britney spears``, ``the united States``: the
word is also English (``warner``, ``bank``, ``spears``, ``united``), so a dictionary cannot tell;
the article can.  It writes the word capitalised in mid-sentence beside the same neighbour
(``Time Warner``, ``Bank of England``, ``Britney Spears``, ``United States``), and in lower case
nowhere else.  The neighbour is a capitalised word right before or after the word, or one
across ``of`` / ``for`` / ``and`` / ``&`` (``Bank of England``, ``Ben & Jerry's``).

Not evidence: a neighbour that is a function word (``The Gospel`` beside ``the gospel``), or a
pair seen only at a sentence start (``Former President Bush`` does not make ``former``
a name), unless native news all but always capitalises the word (``Time warner said``).

A word the article also writes in lower case elsewhere (``Bir hospital`` beside ``Bir Hospital``
and ``the hospital``) needs the capitalised pair twice in mid-sentence: offered when it ends the
name, where house style writes a common noun in lower case, applied when it opens it (``the
Bahrain grand Prix``).

Also here: a name standing alone (``said burton.``, ``by arsenal,``, ``bought apple's shares``)
where the article capitalises it in mid-sentence and news capitalises it more often than not.
"""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon, tagger
from .doc import Doc, mid_sentence
from .lower_names import given_name

#: two capitalised words, or two across a joining word: the second one in a lookahead so that
#: every word is tried as the first of a pair ('Time Warner Cable': both pairs)
_PAIR = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z]+)( (?:(?:of|for|and|&) )?)(?=([A-Z][a-z]+)(?![\w-]))")
_LEFT = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)( (?:(?:of|for|and|&) )?)$")
_RIGHT = re.compile(r"( (?:(?:of|for|and|&) )?)([A-Z][a-z]+)(?![\w-])")


#: a capitalised word and a lower-case one beside it, either way round ('Bir hospital', 'grand Prix')
_MIXED = re.compile(r"(?<![\w’'-])(?:([A-Z][a-z]+)( (?:(?:of|for|and|&) )?)(?=([a-z]+)(?![\w-]))"
                    r"|([a-z]+)( (?:(?:of|for|and|&) )?)(?=([A-Z][a-z]+)(?![\w-])))")

Pairs = tuple[Counter, Counter, dict[str, set[str]], Counter]


def name_pairs(text: str) -> Pairs:
    """The capitalised pairs of the text (first word, joiner, second word): all of them, those
    whose first word stands in mid-sentence, and the words written right before each second word;
    and a place for the mixed pairs ('Bir hospital'), counted when first asked for (:func:`_mixed`)."""
    pairs: Counter = Counter()
    mid: Counter = Counter()
    before: dict[str, set[str]] = {}
    for m in _PAIR.finditer(text):
        key = (m.group(1), m.group(2), m.group(3))
        pairs[key] += 1
        if mid_sentence(text, m.start()):
            mid[key] += 1
        if m.group(2) == " ":
            before.setdefault(m.group(3), set()).add(m.group(1))
    return pairs, mid, before, Counter()


def _mixed(text: str, pairs: Pairs) -> Counter:
    """How often the text writes each pair of a capitalised word and a lower-case one, counted
    once per text (a count of the whole text per candidate word made the stage quadratic)."""
    counts = pairs[3]
    if not counts:
        counts.update("".join(filter(None, m.groups())) for m in _MIXED.finditer(text))
        counts[""] = 1  # counted, even when the text has no such pair
    return counts


#: a compass word is a name's only in a country or state ('South Korea', 'North Carolina'): news writes
#: 'south Wales', 'north America' on purpose
_COMPASS = frozenset(("north", "south", "east", "west"))
_CONTINENTS = frozenset(("North America", "South America"))
#: name particles, written in lower case on purpose ('Ruud van Nistelrooy', 'David dal Maso')
_PARTICLES = frozenset("de del della di da dal dalla das dos do du des van von der den ter le la les al el bin ibn".split())


def phrase_name(text: str, start: int, end: int, doc: Doc, pairs: Pairs,
                words: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> float | None:
    """Confidence that the lower-case word text[start:end] belongs to a name the article writes
    capitalised beside the same neighbour, or None.  ``words``: function words, the words always
    capitalised (nationalities: 'the Italian navy' beside 'the Italian Navy' is house style) and
    titles in lower case.  A word the article also writes in lower case elsewhere ('Bir hospital'
    beside 'Bir Hospital' three times and 'the hospital') needs the capitalised pair twice in
    mid-sentence and the lower-case pair nowhere else; it is only offered when it ends the name
    (house style writes 'Baltimore police' beside 'Baltimore Police'), applied when it opens it."""
    again = _lower_forms(doc, text[start:end]) != 1
    if again and doc.case.caps[text[start].upper() + text[start + 1:end]] < 2:
        return None  # the pair is written capitalised twice in mid-sentence nowhere: no text scan (asked first)
    conf = _phrase_name(text, start, end, doc, pairs, words)
    if conf is None or not again:
        return conf
    return {"opens": 0.75, "ends": 0.5}.get(_pair_again(text, start, end, pairs[1], _mixed(text, pairs)))


def _pair_again(text: str, start: int, end: int, mid: Counter, mixed: Counter) -> str | None:
    """Does the article write the lower-case word's neighbour with the word capitalised at least twice
    in mid-sentence, and the neighbour with the word in lower case only here?  "opens" when the word
    opens that pair ('the Bahrain grand Prix' beside 'Grand Prix' twice: house style lowers a name's
    last word, 'Baltimore police', not its first), "ends" when it ends it, None when neither."""
    w = text[start:end]
    cap = w[0].upper() + w[1:]
    left = _LEFT.search(text, max(0, start - 40), start)
    right = _RIGHT.match(text, end)
    # a word before 'of' opens nothing: 'the diocese of Kansas City' is house style as 'Baltimore police' is
    # each shape: the capitalised pair as name_pairs counts it (first word, joiner, second word),
    # and the lower-case pair as written here
    shapes = ([((left.group(1), left.group(2), cap), left.group(1) + left.group(2) + w, "ends")] if left else []) + (
        [((cap, right.group(1), right.group(2)), w + right.group(1) + right.group(2),
          "ends" if right.group(1).strip() else "opens")] if right else [])
    for pair, lower, where in shapes:
        if mid[pair] >= 2 and mixed[lower] == 1:  # written twice in mid-sentence, in lower case only here
            return where
    return None


def _phrase_name(text: str, start: int, end: int, doc: Doc, pairs: Pairs,
                 words: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> float | None:
    w = text[start:end]
    cap = w[0].upper() + w[1:]
    function_words, always_capital, titles = words
    if not doc.capitals[cap] or w in _PARTICLES or w in function_words:
        return None
    every, mid = pairs[0], pairs[1]
    left = _LEFT.search(text, max(0, start - 40), start)
    right = _RIGHT.match(text, end)
    if left and (left.group(1).lower() in function_words or left.group(1).lower() in always_capital
                 or not mid_sentence(text, left.start()) and lexicon.is_common_word(left.group(1).lower())
                 and not mid[(left.group(1), left.group(2), cap)] and (lexicon.capital_ratio(w) or 0.0) < 0.95):
        left = None  # 'The gospel', 'Italian navy'; 'Human rights groups' at a sentence start (unless the
        # article writes the pair in mid-sentence too, 'shares in Time Warner', or native news all but always
        # capitalises the word: 'Time warner said' beside 'Time Warner' opening two sentences)
    if right and right.group(2).lower() in function_words:
        right = None
    if w in _COMPASS:
        name = f"{cap} {right.group(2)}" if right and right.group(1) == " " else ""
        if not (lexicon.is_country(name) and name not in _CONTINENTS and mid[(cap, " ", right.group(2))]):
            return None
    elif (left and left.group(2) == " " and not right and w not in titles and given_name(left.group(1))
          and not lexicon.is_country(left.group(1))):
        # 'Robin cook said' where the article writes Cook: a surname after a given name; offered
        # when news writes the word in lower case as often ('Lee green', 'Freddie roach'), unless the
        # article writes the surname after an honorific (not the full pair: 'San Francisco Police' beside 'San
        # Francisco police' is house style; the surname alone is news_names.surname's), and the word in lower
        # case only here ('Simon champion' beside 'Mr Champion', bbc/business 244;
        # 'Freddie roach' beside 'Roach said', cnn542): one person, one spelling; and the word read as a noun
        # there (not 'Jack rose to his feet' beside 'Mr Rose', 'Sam young people' beside 'Mr Young': review34a)
        full = _lower_forms(doc, w) == 1 and _titled(text, cap, doc) and _read_as_noun(text, left.start(1), end)
        return 0.8 if full or (lexicon.capital_ratio(w) or 0.0) >= 0.8 else 0.6
    elif not (left and every[(left.group(1), left.group(2), cap)] or right and (
            mid[(cap, right.group(1), right.group(2))] or every[(cap, right.group(1), right.group(2))]
            and not lexicon.is_common_word(right.group(2).lower()))):
        return None  # the article never writes the word capitalised beside this neighbour
    # the more often news capitalises the word, the surer: 'warner', 'united' are names; 'Wembley
    # stadium' beside 'Wembley Stadium', 'Labour party' beside 'Labour Party' are house styles; so
    # is a title before a name ('attorney general Elliot Spitzer'), offered
    ratio = lexicon.capital_ratio(w) or 0.0
    if w in titles:
        return 0.5
    opens = right is not None and mid[(cap, right.group(1), right.group(2))] > 0
    if left and opens and left.group(2) == right.group(1) == " ":
        return 0.85 if ratio >= 0.9 else 0.8  # inside a name: 'Nepal red Cross', 'Miami international Airport'
    if ratio >= 0.9:
        return 0.85
    # a name's last word is where house style writes a common noun in lower case ('Heineken cup',
    # 'the North Charleston Police department'): offered; a word that opens a name is rarely so
    # a word that opens the name the article writes capitalised beside the same next word ('the six
    # Nations' beside 'Six Nations', 'the world Cup') is applied whatever news does with the word alone:
    # house style lowers a name's last word, seldom its first (not across 'of': 'the city of London')
    return 0.75 if opens and (ratio >= 0.5 or right.group(1) == " ") else 0.6 if ratio >= 0.5 else 0.5


def _read_as_noun(text: str, name_start: int, end: int) -> bool:
    """Does the tagger read the word after the given name as a noun, with the words that follow it?"""
    line_end = text.find("\n", end)
    tagged = tagger.tags(text[name_start:min(end + 60, len(text) if line_end < 0 else line_end)])
    return len(tagged) >= 2 and tagged[1][1].startswith("NN")


def _titled(text: str, cap: str, doc: Doc) -> bool:
    """Does the text write ``cap`` after an honorific ('Mr Champion'): a surname, no common noun?"""
    honorifics = doc.rules.alternation("segment.speaker_honorifics")
    return re.search(rf"\b(?:{honorifics})\.? {cap}\b", text) is not None


#: before a name standing alone: a preposition, a conjunction or a verb of saying, not a determiner
#: or an adjective ('by arsenal', 'said burton'; not 'the bank', 'child labour')
_BEFORE_ALONE = re.compile(r"(?:^|[,;:(]|\b(?:by|to|for|at|in|from|with|against|and|but|or|that|said|says|told|led|joined|"
                           r"beat|beats|over|after|before|like|than|as|about|of|[a-z]+ing|[a-z]{2,}ed))\s*$")
#: after it: a possessive, a stop or comma, or a verb of which it is the subject
_AFTER_ALONE = re.compile(r"(?:[’']s\b|[,;:.)]| (?:is|was|has|had|said|says|added|told|will|would|could|can|did|"
                          r"decided|came|went|won|lost|joined|announced|revealed|claimed|admitted|and|but|to)\b)")


def lone_name(text: str, start: int, end: int, doc: Doc, pairs: Pairs, titles: frozenset[str]) -> float | None:
    """``said burton.``, ``gray's death``, ``by arsenal,``: a word the article capitalises in
    mid-sentence, on its own, several times and writes in lower case once, standing where a name
    stands (no determiner or adjective before it; a possessive, a stop or a verb after it), and
    one native news capitalises more often than not.  Offered unless the evidence is strong."""
    w = text[start:end]
    if _lower_forms(doc, w) != 1:
        return None  # written in lower case again (a long text's most words): asked first
    cap = w[0].upper() + w[1:]
    case = doc.case
    mids = case.caps[cap] + case.caps[cap + "'s"] + case.caps[cap + "’s"]
    if not mids or w in titles:
        return None  # 'a candidate for president,': a title stands alone in lower case
    if not (_AFTER_ALONE.match(text, end) and (_BEFORE_ALONE.search(text, max(0, start - 12), start)
                                               or _after_verb(text, start, end))):
        return None
    ratio = lexicon.capital_ratio(w)
    if ratio is not None and ratio < 0.5 and (lexicon.case_counts(w) != (0, 0) or case.alone[cap] < 3):
        return None  # 'labour is cheap', 'chase': news writes the word in lower case as often
    if ratio is not None and ratio < 0.5:
        # news has not counted the word's capitals (the ratio guessed from its frequency): the article's
        # own, three times alone in mid-sentence, decide ('In a statement, oracle said' beside Oracle
        # four times, bbc/business 460)
        ratio = None
    if not case.alone[cap] and mids < 2:
        # capitalised once, inside a longer name: a surname the article writes after a given name
        # ('said burton.' beside 'Tim Burton')
        full = any(given_name(g) for g in pairs[2].get(cap, ()))
        return 0.8 if full and (ratio is None or ratio >= 0.9) else None
    # a word news has (almost) never seen ('shreeves') or nearly always capitalises, three times
    # capitalised in the article: applied; with less evidence offered
    return 0.8 if (ratio is None or ratio >= 0.9) and mids >= 3 else 0.6


_PREV_WORD = re.compile(r"(?<![\w’'-])([a-z]{3,}) $")


def _after_verb(text: str, start: int, end: int) -> bool:
    """Is the word right after a verb ('bought apple's shares', 'blame lucy's mother')?"""
    prev = _PREV_WORD.search(text, max(0, start - 20), start)
    if not prev or not tagger.could_be_verb(prev.group(1)):
        return False
    words = tuple(text[max(0, start - 40):start].split()[-3:] + text[start:end].split()[:1])
    return tagger.tag_words(words)[-2].startswith("VB")  # not 'major championships', 'oil ministry's'


def _lower_forms(doc: Doc, w: str) -> int:
    """How often the article writes the word in lower case, alone or as a possessive."""
    lows = doc.case.lows
    return lows[w] + lows[w + "'s"] + lows[w + "’s"]
