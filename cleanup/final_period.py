"""The full stop a prose paragraph lost at its end (``segment.final_period``): added where the
paragraph reads as a sentence; offered where the paragraph may have been cut short (a
scraper's excerpt, a line lost) or has no main clause (a caption, a teaser, a crosshead);
left off headings, lists, bylines and captions with their credit."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .doc import Context, Doc
from .edits import Change
from .endings import rarely_final
from .fragments import main_clauses
from .lexicon import is_listed_name, is_place, zipf
from .native_shapes import caps_heading_before
from .rules import RuleSet
from .sentences import WORD, lexicon
from .tagger import FINITE, has_finite_verb, tags
from .title import detect_title

_PROSE_OPENER = re.compile(r"(?:It|He|She|They|We|I|You|This|That|These|Those|There|The|A|An|And|But|So|His|Her|Their|Its|Our)\b")
_ENDS_OPEN = re.compile(r"[\w”\"’')\]%]$")
#: a caption's credit in capitals ('(JIG PRESS/AFP-STR)'); each run of capitals is whole, so that
#: a long run with no closing bracket is not split every possible way before the search fails
_CAPTION_CREDIT = re.compile(r"\([A-Z]{2,}(?:[ /.&-]+[A-Z]{2,}){0,5}[ /.&-]*\)$")
#: a headline's kicker, a name or a topic of at most four words and a colon, before the claim
#: ('Fiala: Even in the municipalities...', 'At Christmas: Unknown attacked...'): news prints a
#: related story's headline so between paragraphs, and never opens a sentence of prose so
#: a paragraph whose last sentence is one word ('... our fellow countrymen. Yap')
_LONE_LAST = re.compile(r"[.!?][”\"’')\]]* +[^\W\d_][\w’'-]*$")
_KICKER = re.compile(r"((?:[A-Z][\w’.-]*|[a-z]+)(?: [\w’.-]+){0,3}): [A-Z“\"‘]")


def headline_kicker(para: str) -> bool:
    """A headline after its kicker: a name or a topic of at most four words with no verb, then a
    colon and a capital ('Fiala: Even in the municipalities...'), not a speech verb's colon
    ('Minister Koizumi told reporters: "We will..."'), nor a list after a label ('Booked: Matic,
    Costa, Fabregas', a line-up: two commas or more and no verb)."""
    m = _KICKER.match(para)
    if not m or has_finite_verb(m.group(1)):
        return False
    claim = para[m.end() - 1:]
    return claim.count(",") < 2 or has_finite_verb(claim)


def _final_stop_at(para: str, e: int) -> int | None:
    """Where a prose paragraph that ends without punctuation takes its stop, or None."""
    if not para or not _ENDS_OPEN.search(para) or para.endswith("'"):
        return None
    if re.search(r"[.!?,;:…] ?[”\"’')\]]+$", para):
        return None  # the quotation or bracket already ends the sentence
    if re.search(r"[a-z]{2}\.[a-z]+ [a-z][a-z -]{0,40}$", para):
        return None  # "arrest him red-handed.illegal drug trafficking": a tag glued after the last stop
    if para.startswith(">"):
        return _quoted_line_stop(para, e)
    words = WORD.findall(para)
    if len(words) < 9 or re.match(r"(By|BY|Photo|Source|Reporting|Editing)\b|[-–—•*·]|\d+[.)] ", para):
        return None
    if _CAPTION_CREDIT.search(para):
        return None  # a caption and its credit: '... central Japan, May 26 (JIG PRESS/AFP-STR)'
    if headline_kicker(para):
        return None  # 'Fiala: Even in the municipalities, we prefer...': a headline after its kicker, no sentence
    if sum(1 for w in words if w[:1].isupper()) >= 0.5 * len(words):
        return None  # a heading or a list of names
    bare = re.sub(r"\b(?:[A-Z]\.){2,}", "", para)  # "U.S. troops ...": an abbreviation's dots are no punctuation
    if len(words) < 16 and para[0].isupper() and not re.search(r"[,;:.!?\"“”()]", bare) and not _PROSE_OPENER.match(para):
        return None  # one short clause on its own line, led by a name: a headline, teaser or caption
    if re.search(r"[”\"]$", para):
        opener = max(para.rfind("“"), para.rfind('"', 0, len(para) - 1))
        if opener != -1 and len(para[opener:].split()) >= 4:
            return e - 1  # "...bring prices down." -- a quoted sentence takes its stop inside
    return e


def _quoted_line_stop(para: str, e: int) -> int | None:
    """A line led by '>': a link or a breadcrumb ('>>> Emmanuel Macron calls on ...',
    h10_fr_chigugo_macron-majority-back-to-the-block; '> Politics', h9_el_protothemanews_tsipras-budget-step-down)
    takes no stop; a sentence quoted under one '>' ('> The minister said the budget would be cut
    ...', review30a) is prose and is read as any paragraph."""
    rest = para[1:].lstrip(" ")
    if para.startswith(">>") or not rest or rest.startswith(">") or not has_finite_verb(rest):
        return None
    return _final_stop_at(rest, e)


def _cut_short(para: str, ctx: Context, at_end: bool) -> bool:
    """A paragraph cut off mid-sentence (a scraper's excerpt, a lost line): it ends on a word
    no sentence ends on (``the``, ``of``, ``and``), so a full stop would only hide the cut.
    At the end of the document (where excerpts are cut), a piece of one or two letters
    (``wi``, ``th``) that no sentence ends on (not ``segment.short_final_words``), a lower-case
    string English never writes (``announc``) or a capitalised one (``Metr``), is read as a cut
    word too; so is a word that all but never ends a sentence (``are``, ``carry``:
    ``rules/sentence_ends.tsv``)."""
    last = re.search(r"([\w’'-]+)\W*$", para[-100:])  # the tail only: a 40,000-letter "word" must not be rescanned from every start
    word = last.group(1) if last else ""
    if at_end and 0 < len(word) <= 2 and word.isalpha() and word.lower() not in ctx.words("segment.short_final_words"):
        return True
    if at_end and word.isalpha() and word.islower() and zipf(word) < 2.0:
        return True  # ``has announc``: no word at all
    if (at_end and word.istitle() and len(word) <= 6 and zipf(word.lower()) < 2.0 and re.search(r"[A-Z][\w’'-]* \w+\W*$", para[-100:])
            and not (is_listed_name(word) or is_place(word))):
        return True  # ``the Central Jakarta Metr``, ``the National Assemb``: a name's last word cut off
    return word.islower() and (word in ctx.words("segment.never_final") or at_end and rarely_final(word))  # ``there are``


def _restated(para: str, following: str) -> bool:
    """Is ``para`` one clause (no mark inside, under 25 words) whose longer words the next
    paragraph mostly repeats, as a lede restates its headline ('Faure is outraged by a slip-up by
    Melenchon regarding the sincerity of the vote' / 'Olivier Faure was outraged on Tuesday at')?"""
    if not following or re.search(r"[.!?,;:()–—] ", para) or len(para.split()) >= 25:
        return False
    words = {w.lower() for w in WORD.findall(para) if len(w) >= 4}
    later = {w.lower() for w in WORD.findall(following)}
    return len(words) >= 4 and len(words & later) >= 0.6 * len(words)


def _one_short_clause(para: str) -> bool:
    """Under 16 words and no stop inside: one clause standing alone on its line; not a line that
    quotes ('The minister told reporters: "We will bring prices down"' is speech, prose; so is a
    quoted term of two words: 'negotiations with Japanese leaders “Be creative”', the seed)."""
    return (len(para) < 400 and len(WORD.findall(para)) < 16 and not re.search(r"[.!?…][”\"’')\]]* ", para)
            and not re.search(r"[“\"«„]", para))


_PRONOUN_LED = frozenset({"PRP", "DT", "PRP$"})
_BEFORE_VERB = frozenset({"NN", "NNS", "JJ", "RB", "CD"})
_OBJECT_START = frozenset({"DT", "CD", "PRP", "PRP$", "NNS", "JJ"})


@lru_cache(maxsize=8)
def _speech_tag(rules: RuleSet) -> re.Pattern:
    """A speech tag ending a line (', Zakharova said', ', the president told reporters'; group 1: what
    follows the verb), compiled once per rule set."""
    speaker = r"(?:he|she|they|we|I|the [\w’'-]+(?: [\w’'-]+)?|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
    return re.compile(rf", {speaker} {rules.alternation('words.speech_verbs')}\b([^,]{{0,40}})$")


def _ends_in_tag(para: str, ctx: Context) -> bool:
    """Does ``para`` end in a speech tag with no verb after it ('..., Maria Zakharova said')?"""
    tag = _speech_tag(ctx.rules).search(para[-120:])
    return bool(tag) and not has_finite_verb(tag.group(1))


def _plain_sentence(para: str, ctx: Context) -> bool:
    """A short line that reads as a sentence, not a crosshead: it ends in a speech tag ('..., Zakharova
    said', '..., the president told reporters': no verb after the tag's) or opens with a pronoun or a
    determiner and its lower-case noun, then a finite verb ('The police arrested two men ...', 'We
    will not give up'; a past participle only before its object: 'The man arrested at the scene' is a caption)."""
    if _ends_in_tag(para, ctx):
        return True
    tagged = tags(para[:80].replace("’", "'"))[:5]
    if not tagged or tagged[0][1] not in _PRONOUN_LED or not para[:1].isupper():
        return False
    for i, (word, pos) in enumerate(tagged[1:4], 1):
        if pos in FINITE or pos == "VBN" and i + 1 < len(tagged) and tagged[i + 1][1] in _OBJECT_START:
            return True
        if pos not in _BEFORE_VERB or not word.islower():
            return False
    return False


def _opening(para: str) -> tuple[str, ...]:
    """A paragraph's first five and last three words, lower-cased: two paragraphs of eight words or
    more that share them are copies (a name spelt otherwise in between: 'Egrichay', 'Egrichai')."""
    head, tail = WORD.findall(para[:200])[:5], WORD.findall(para[-100:])[-3:]
    return tuple(w.lower() for w in head + tail) if len(head) == 5 and len(WORD.findall(para[:400])) >= 8 else ()


def _title_now(doc: Doc, ctx: Context, s: int) -> bool:
    """Is the first paragraph the page's headline now that the furniture above it is gone (a
    menu, a weather widget)?  A fresh run on the cleaned text reads it as the title, which takes
    no stop: a stop added here would make the output read otherwise the next time."""
    return (not doc.has_title and ctx.config.detect_title and not doc.text[:s].strip()
            and detect_title(doc.text[s:], ctx.rules))


def add_final_period(doc: Doc, ctx: Context) -> list[Change]:
    """A body paragraph that is prose and ends without punctuation gets its period."""
    text = doc.text
    out = []
    paras = doc.body
    verbs = ctx.words("segment.finite_verb_starts")
    openings: dict[tuple[str, ...], list[int]] | None = None  # paragraphs by their first words, built once a stop is due
    for n, (s, e) in enumerate(paras):
        at = _final_stop_at(text[s:e], e)
        if at is None or n == 0 and _title_now(doc, ctx, s) or caps_heading_before(text, at, s, lexicon(ctx.rules).prepositive):
            continue  # a crosshead in capitals ('... on PS2. THE LEGEND OF ZELDA') takes no stop
        following = text[paras[n + 1][0]:paras[n + 1][1]] if n + 1 < len(paras) else ""
        first = re.match(r"[\w’'-]+", following)
        # "...British number one\n\nwas on record-breaking form": the words between were lost;
        # a full stop would paper over the gap, so the editor is asked
        gap = bool(first) and first.group(0) in verbs or _cut_short(text[s:at], ctx, n == len(paras) - 1)
        # a line with no main clause ('Police officers near the house where the suspect hid'):
        # a caption, a teaser or a crosshead as likely as a sentence that lost its stop
        # the body's first paragraph, one clause that the next paragraph restates: the story's
        # headline under the page's title or a line of furniture, not a lede that lost its stop
        # a paragraph that ends on a quotation mark with a space before it ('... fantasizing about a new ”',
        # h10_sv_jellypages_kristersson-christmas-speech-alliance; 'criminals association "',
        # h4_fr_newsrnd_colombes-police-custody): MT misplaced the quotation; where its stop goes is the editor's call
        headline = n == 0 and _restated(text[s:at], following) or bool(re.search(r"\s[”\"]$", text[s:at]))
        # '... our fellow countrymen. Yap': one word after the last stop is a word left untranslated or a
        # line's tail, not a sentence that lost its stop
        lone = bool(_LONE_LAST.search(text[max(s, at - 100):at]))
        if openings is None:
            openings = defaultdict(list)
            for i, (a, b) in enumerate(paras):
                openings[_opening(text[a:b])].append(i)
        # a line printed again elsewhere on the page ('In the center of Adyaman, the river has
        # overflowed ...' above the article, then in it with its stop): a caption or a teaser, a copy.
        # Not the neighbouring paragraph: a line printed twice in a row takes its stop, and
        # boilerplate.repeated_text then removes the copy
        key = _opening(text[s:at])
        copy = bool(key) and any(abs(i - n) > 1 for i in openings.get(key, ()))
        # a line of one short clause without its stop is a related story's headline, a caption or
        # a crosshead ('Manfred Weber is completely unhinged, he would enlist women as well') as
        # likely as a sentence: translation keeps a sentence's stop.  Below the first paragraph in
        # any copy (an MT page often shows no mark of MT); the first is a native article's lede
        # A line that ends in a speech tag or opens with its subject and verb is a sentence, but for
        # the last paragraph, where a scraper cuts its excerpt ('The driver raced ... on the sid')
        short = ((n > 0 or ctx.mt_like) and _one_short_clause(text[s:at])
                 and (n == len(paras) - 1 or not _plain_sentence(text[s:at], ctx)))
        # the page's last paragraph in copy with no mark of MT is where a scraper cut the page or a
        # caption or credit closes it, not a lost stop: only offered there (native_confidence),
        # unless it ends in a speech tag ('..., Zakharova said'), a sentence's plain end
        ch = ctx.change(at, at, ".", "segment.final_period", doubt=gap or headline or lone or copy or short or not main_clauses(text[s:at]),
                        native=n < len(paras) - 1 or _ends_in_tag(text[max(s, at - 120):at], ctx))
        if ch:
            out.append(ch)
    return out
