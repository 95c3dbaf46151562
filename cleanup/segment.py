"""Sentence boundaries: find them (Punkt with curated parameters, then ordered passes),
and repair the ones machine translation broke.

Finding works on offsets from start to end: every pass adds or removes boundary
offsets in the paragraph it was given, and nothing searches the text again.

>>> split_sentences("I live in the U.S. How about you? At 5 a.m. Mr. Smith went home.")
['I live in the U.S.', 'How about you?', 'At 5 a.m. Mr. Smith went home.']
"""

from __future__ import annotations

import re
from functools import lru_cache

from .edits import Change
from .edits import disjoint as _disjoint
from .rules import Context, RuleSet, load_rules

# --------------------------------------------------------------------------
# finding boundaries
# --------------------------------------------------------------------------


class _Lexicon:
    """The curated data segmentation needs, from the [data] tables of rules/*.toml."""

    def __init__(self, rules: RuleSet) -> None:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

        self.prepositive = {a.lower().rstrip(".") for a in rules.words("abbreviations_prepositive")}
        self.other = {a.lower().rstrip(".") for a in rules.words("abbreviations")}
        self.starters = set(rules.words("sentence_starters"))
        params = PunktParameters()
        params.abbrev_types = self.prepositive | self.other
        params.sent_starters = {s.lower() for s in self.starters}
        self.punkt = PunktSentenceTokenizer(params)
        self.clause_words = set(rules.words("clause_taking_words"))
        self.function_words = set(rules.words("function_words"))


@lru_cache(maxsize=8)
def lexicon(rules: RuleSet) -> _Lexicon:
    return _Lexicon(rules)


_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")
_ELLIPSIS = re.compile(r"\.(?: ?\.){2,}|…")
_LIST_MARKER = re.compile(r"(?:(?<=\s)|^)([•⁃]\s?)?(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)")
_WORD = re.compile(r"[\w’'-]+")


def _prev_token(text: str, b: int) -> str:
    start = max(0, b - 80)
    m = _TOKEN_BEFORE.search(text[start:b])
    return m.group(1) if m else ""


def _next_start(text: str, b: int) -> int:
    while b < len(text) and text[b].isspace():
        b += 1
    return b


def _abbr_of(token: str) -> str:
    """'(U.S.' -> 'u.s'; the form abbreviations are listed in."""
    return token.lstrip("(“\"'‘[").rstrip(".").lower()


def _list_markers(text: str) -> list[re.Match]:
    """Markers of an enumerated list: two or more in sequence (1. 2. / a) b) / • 9. • 10.)."""
    found = list(_LIST_MARKER.finditer(text))
    runs: list[list[re.Match]] = []
    for m in found:
        val = m.group(2)
        if runs:
            last = runs[-1][-1]
            prev = last.group(2)
            same_style = last.group(3) == m.group(3) and bool(last.group(1)) == bool(m.group(1))
            nxt = (val.isdigit() and prev.isdigit() and int(val) == int(prev) + 1) or (
                val.isalpha() and prev.isalpha() and ord(val) == ord(prev) + 1
            )
            if same_style and nxt:
                runs[-1].append(m)
                continue
        runs.append([m])
    return [m for run in runs if len(run) >= 2 for m in run]


def boundaries(text: str, rules: RuleSet | None = None) -> list[int]:
    """Offsets where a sentence ends in one paragraph (excluding the paragraph's end)."""
    lex = lexicon(rules or load_rules())
    bounds = {e for _, e in lex.punkt.span_tokenize(text)}
    bounds.discard(len(text))
    ellipses = [(m.start(), m.end()) for m in _ELLIPSIS.finditer(text)]

    def in_ellipsis(b: int) -> tuple[int, int] | None:
        for s, e in ellipses:
            if s < b <= e:
                return s, e
        return None

    # pass 1: remove what Punkt got wrong
    for b in sorted(bounds):
        n = _next_start(text, b)
        nxt = text[n:n + 1]
        tok = _prev_token(text, b)
        word = tok.rstrip(".!?”\"’')]")
        if in_ellipsis(b) or nxt in {"", "."} or nxt.islower():
            bounds.discard(b)
        elif tok.endswith(".") and _abbr_of(tok) in lex.prepositive:
            bounds.discard(b)
        elif tok.endswith(".") and _abbr_of(tok) in lex.other and _words_since(text, bounds, b) < 4:
            bounds.discard(b)  # "At 5 a.m. Mr. Smith": too short to be a sentence
        elif nxt.isdigit() and not re.fullmatch(r"[a-z]{2,}|\d[\d,]*(\.\d+)?", word.lower() if word.isalpha() and word.islower() else word):
            bounds.discard(b)
        elif tok.count("(") > tok.count(")") or text[:b].count("(") > text[:b].count(")"):
            bounds.discard(b)  # inside a parenthesis
        elif re.fullmatch(r"[A-Z]\.", tok) and not _pronoun_i(text, b, tok):
            bounds.discard(b)  # an initial: Jonas E. Smith
    # pass 2: add what Punkt missed
    for m in re.finditer(r"(?<=\S)([.!?]+[”\"’')\]]*)\s+(?=\S)", text):
        b = m.end(1)
        if b in bounds:
            continue
        tok = _prev_token(text, b)
        n = _next_start(text, b)
        nxt_word = _WORD.match(text, n)
        nxt = nxt_word.group(0) if nxt_word else ""
        starter = nxt in lex.starters or (nxt + "." in lex.starters and text[n + len(nxt):n + len(nxt) + 1] == ".")
        if tok.endswith(".") and _abbr_of(tok) in lex.other and starter:
            if _words_since(text, bounds, b) >= 4:
                bounds.add(b)
        elif _pronoun_i(text, b, tok) and nxt[:1].isupper():
            bounds.add(b)
    # pass 3: ellipses; three dots keep a sentence going, four end it
    for s, e in ellipses:
        dots = text[s:e].count(".")
        n = _next_start(text, e)
        if n < len(text) and text[n].isupper() and dots >= 4:
            if s > 0 and not text[s - 1].isspace() and text[s + 1:s + 2] == " ":
                bounds.add(s + 1)  # "compounds. . . . The": the first dot ends it
            else:
                bounds.add(e)
    # pass 4: enumerated lists
    markers = _list_markers(text)
    for m in markers:
        for b in list(bounds):
            if m.start() <= b <= m.end() + 1:
                bounds.discard(b)
        if m.start() > 0:
            bounds.add(m.start())
    return sorted(bounds)


def _words_since(text: str, bounds: set[int], b: int) -> int:
    start = max([0, *[x for x in bounds if x < b]])
    return len(text[start:b].split())


def _pronoun_i(text: str, b: int, tok: str) -> bool:
    """'you and I. Did' ends a sentence; 'Albert I. Jones' does not."""
    if tok != "I.":
        return False
    before = _prev_token(text, b - len(tok))
    return bool(before) and before[0].islower() and before not in {"the", "a"}


def sentence_spans(text: str, rules: RuleSet | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence; paragraphs (lines) always end one."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        cuts = [0, *boundaries(line, rules), len(line)] if line.strip() else []
        for a, b in zip(cuts, cuts[1:]):
            seg = line[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail > lead:
                spans.append((pos + a + lead, pos + a + trail))
        pos += len(line) + 1
    return spans


def split_sentences(text: str, rules: RuleSet | None = None) -> list[str]:
    """Segmentation only: the sentences of ``text`` as they stand, nothing repaired."""
    return [text[s:e] for s, e in sentence_spans(text, rules)]


# --------------------------------------------------------------------------
# repairing boundaries machine translation broke
# --------------------------------------------------------------------------


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def body_paragraphs(text: str, ctx: Context) -> list[tuple[int, int]]:
    spans = paragraph_spans(text)
    return spans[1:] if ctx.has_title else spans


_BREAK_LOWER = re.compile(r"(?<=[^\s.])\.( +)(\()?([a-z][a-z’'-]*)\b")
_BREAK_PAREN = re.compile(r"(?<=[a-z’'])\.( +)\(([^()]{1,40})\)( +)(?=[a-z])")


def merge_lowercase_continuation(text: str, ctx: Context) -> list[Change]:
    """``influence. and upholds`` -> ``influence and upholds``; ``said. but`` -> ``said, but``."""
    lex = lexicon(ctx.rules)
    comma_words = ctx.rules.words("comma_continuations")
    starters = ctx.rules.words("lowercase_sentence_starters")
    out: list[Change] = []
    for s, e in body_paragraphs(text, ctx):
        for m in _BREAK_LOWER.finditer(text, s, e):
            if m.group(2):
                continue
            tok = _prev_token(text, m.start() + 1)
            core = _abbr_of(tok)
            if core in lex.other or core in lex.prepositive or "." in core or len(core) <= 1:
                continue  # an abbreviation ends here, not a sentence
            if any(ch.isdigit() for ch in core) or "@" in tok or "/" in tok:
                continue
            nxt = m.group(3)
            sure = core.isalpha() and (tok[0].islower() or len(core) >= 4) and not tok.isupper()
            if nxt in starters:
                # "a year earlier. the ministry said": a new sentence that lost its capital
                w = m.start(3)
                ch = ctx.change(w, w + 1, nxt[0].upper(), "segment.lost_capital", None if sure else "suggest")
            else:
                punct = "," if nxt in comma_words or (nxt.endswith("ing") and len(nxt) > 5) else ""
                rid = "segment.lowercase_continuation"
                ch = ctx.change(m.start(), m.start() + 1, punct, rid, None if sure else "suggest")
            if ch:
                out.append(ch)
        for m in _BREAK_PAREN.finditer(text, s, e):
            ch = ctx.change(m.start(), m.start() + 1, "", "segment.period_before_parenthesis")
            if ch:
                out.append(ch)
    return _disjoint(out)


_FRAGMENT = re.compile(r"(?<=[a-z’'”])\.( +)(Because|Which|Including|Such as|And also|In order to|So as to)\b(?= [\w“\"])")


def merge_fragments(text: str, ctx: Context) -> list[Change]:
    """A sentence that cannot stand alone (``Because China has...`` with no main clause,
    ``Which is...``, ``And also generates...``) joins the sentence before it."""
    out: list[Change] = []
    for s, e in body_paragraphs(text, ctx):
        for m in _FRAGMENT.finditer(text, s, e):
            word = m.group(2)
            rest_end = text.find(".", m.end(), e)
            sentence = text[m.end(): rest_end if rest_end != -1 else e]
            if word == "Because" and ("," in sentence or (sentence.startswith(" of") and len(sentence.split()) > 10)):
                continue  # "Because of X, Y" / "Because X, Y": a whole sentence
            if word in {"In order to", "So as to", "Including", "Such as"} and ("," in sentence or len(sentence.split()) > 12):
                continue  # "In order to win, they..." has its main clause
            if text[m.end(): rest_end + 1 if rest_end != -1 else e].rstrip().endswith("?"):
                continue
            joiner = ", " if word in {"Which", "Including", "Such as"} else " "
            prev_sentence = text[max(s, text.rfind(". ", s, m.start()) + 1):m.start()]
            # after a quotation a "Which is odd." is the writer's own aside: offer it only
            aside = re.search(r"(?:\b(?:said|says|say|added|adds|told \w+|explains|explained|argues|argued)|[\"”])$",
                              prev_sentence.strip())
            action = "suggest" if word == "Which" and aside else None
            ch = ctx.change(m.start(), m.end(2), joiner + word[0].lower() + word[1:], "segment.fragment", action)
            if ch:
                out.append(ch)
    return out


@lru_cache(maxsize=8)
def _subject_pattern(words: frozenset[str]) -> re.Pattern:
    # the subject must be followed by its verb, not by "and", "of"...: "show Faking It and comedy duo"
    return re.compile(r"(?<=[\w’'])( )(" + "|".join(sorted(words)) + r") (?!(?:and|or|nor|of|the|a|an|to|in|on|for|with|by|at|from|as|but)\b)(?=[a-z])")


_SAID_STOP = re.compile(
    r"\b(?:said|says|told (?:reporters|journalists|the press)|stated|added|announced|declared|explained|stressed)"
    r"(?: (?:at|in|on|during|after|before|while|to|in a|at a|on the)\b[^.,;:!?\"“”]{0,40})?(\.)(?= [“\"][A-Z])"
)
_ATTRIBUTED = re.compile(r"[”\"],?\s+(?:\w+\s+){0,3}(?:said|says|added|adds|told|asked|replied)\b")


def said_colon(text: str, ctx: Context) -> list[Change]:
    """``Koizumi said at a press conference. "We will..."``: a stop where a colon introduces
    the quotation (a Japanese and Korean translation pattern)."""
    out = []
    for s, e in body_paragraphs(text, ctx):
        for m in _SAID_STOP.finditer(text, s, e):
            clause = text[max(s, text.rfind(". ", s, m.start()) + 1):m.start()]
            if re.search(r",\s*(?:\w+\s+){0,3}$", clause) or re.search(r"[”\"]", clause):
                continue  # '"...," he said.' / '..., his office said.' attribute what came before
            close = text.find("”" if text[m.end(1) + 1] == "“" else '"', m.end(1) + 2, e)
            if close != -1 and _ATTRIBUTED.match(text, close):
                continue  # the quotation has its own speaker
            ch = ctx.change(m.start(1), m.end(1), ":", "segment.said_colon")
            if ch:
                out.append(ch)
    return out


def split_lost_boundaries(text: str, ctx: Context) -> list[Change]:
    """``open to negotiations on Ukraine He praised`` -> ``...on Ukraine. He praised``."""
    lex = lexicon(ctx.rules)
    pronouns = ctx.rules.words("subject_pronouns") | ctx.rules.words("boundary_subjects")
    out: list[Change] = []
    pat = _subject_pattern(frozenset(pronouns))
    for s, e in body_paragraphs(text, ctx):
        found = list(pat.finditer(text, s, e))
        if not found:
            continue
        starts = [a for a, _ in sentence_spans(text[s:e], ctx.rules)]
        for m in found:
            prev_tok = _prev_token(text, m.start())
            prev = prev_tok.lower()
            if prev in lex.clause_words or prev in lex.function_words or re.search(r"[.!?:;]['’\"”)]*$", prev_tok):
                continue
            sent_start = s + max([0, *[a for a in starts if s + a <= m.start()]])
            prefix = text[sent_start:m.start()]
            if len(_WORD.findall(prefix)) < 4:
                continue
            ch = ctx.change(m.start(), m.start(), ".", "segment.lost_boundary")
            if ch:
                out.append(ch)
    return out


def join_broken_paragraphs(text: str, ctx: Context) -> list[Change]:
    """A paragraph break in mid-sentence (no punctuation before it, lower case after it)."""
    out = []
    paras = body_paragraphs(text, ctx)
    openers = ctx.rules.words("paragraph_openers")
    for (s1, e1), (s2, e2) in zip(paras, paras[1:]):
        last = re.search(r"(\w+)$", text[s1:e1])
        dangling = bool(last) and last.group(1) in lexicon(ctx.rules).function_words  # "...power of"
        if e1 > s1 and re.search(r"[a-z’']$", text[s1:e1]) and re.match(r"(?:[.,;:!?]|[’']s)(?:\s|$)", text[s2:e2]):
            ch = ctx.change(e1, s2, "", "segment.broken_paragraph")  # "comedy\n\n. And the"
            if ch:
                out.append(ch)
            continue
        first = re.match(r"[a-z][\w’'-]*", text[s2:e2])
        short = len(_WORD.findall(text[s1:e1])) < 4 or len(_WORD.findall(text[s2:e2])) < 4
        # "however, ..." after a paragraph without its stop is two slips (a lost stop, a lost capital)
        continues = bool(first) and (short or first.group(0) not in openers)
        if e1 > s1 and re.search(r"[A-Za-z’',]$", text[s1:e1]) and (dangling or continues):
            if s1 > 0 or len(_WORD.findall(text[s1:e1])) >= 2:
                ch = ctx.change(e1, s2, " ", "segment.broken_paragraph")
                if ch:
                    out.append(ch)
    return out


# "BEIJING, 14 May (Xinhua) – ", "SEOUL (Yonhap) -- ": the sentence starts after it
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30}(?:, [\w .]{1,30})?(?: \([\w .]{2,20}\))? ?(?:--|—|–|-) ")


def capitalize_paragraph_start(text: str, ctx: Context) -> list[Change]:
    """``over the past few years Moscow...`` at a paragraph start -> ``Over the past...``."""
    out = []
    for s, e in body_paragraphs(text, ctx):
        dateline = _DATELINE.match(text, s, e)
        if dateline:
            s = dateline.end()
        m = re.match(r"[“\"‘']?([a-z])([a-z’'-]*)\b", text[s:e])
        if m and m.group(2).islower() | (m.group(2) == ""):
            word = m.group(1) + m.group(2)
            if len(word) == 1 and word not in {"a"}:
                continue
            # "was on record-breaking form": a verb first means the subject is gone; a capital
            # would hide that, so the editor is asked instead
            nxt = re.match(r"[\w’'-]+ ([\w’'-]+)", text[s + m.start(1):e])
            subjectless = (
                word in ctx.rules.words("finite_verb_starts")
                or (word.endswith("ed") and len(word) > 4)
                or (word.endswith("ly") and bool(nxt) and nxt.group(1).endswith("ed"))  # "comfortably defended"
            )
            ch = ctx.change(s + m.start(1), s + m.end(1), m.group(1).upper(), "segment.paragraph_start",
                            "suggest" if subjectless else None)
            if ch:
                out.append(ch)
    return out


_ENDS_OPEN = re.compile(r"[\w”\"’')\]%]$")


def add_final_period(text: str, ctx: Context) -> list[Change]:
    """A body paragraph that is prose and ends without punctuation gets its period."""
    out = []
    paras = body_paragraphs(text, ctx)
    verbs = ctx.rules.words("finite_verb_starts")
    for n, (s, e) in enumerate(paras):
        para = text[s:e]
        if not para or not _ENDS_OPEN.search(para) or para.endswith("'"):
            continue
        following = text[paras[n + 1][0]:paras[n + 1][1]] if n + 1 < len(paras) else ""
        first = re.match(r"[\w’'-]+", following)
        # "...British number one\n\nwas on record-breaking form": the words between were lost;
        # a full stop would paper over the gap, so the editor is asked
        gap = bool(first) and first.group(0) in verbs
        if re.search(r"[.!?,;:…] ?[”\"’')\]]+$", para):
            continue  # the quotation or bracket already ends the sentence
        words = _WORD.findall(para)
        if len(words) < 9 or re.match(r"(By|BY|Photo|Source|Reporting|Editing)\b|[-–—•*·]|\d+[.)] ", para):
            continue
        caps = sum(1 for w in words if w[:1].isupper())
        if caps >= 0.5 * len(words):
            continue  # a heading or a list of names
        at = e
        closing = re.search(r"[”\"]$", para)
        if closing:
            opener = max(para.rfind("“"), para.rfind('"', 0, len(para) - 1))
            if opener != -1 and len(para[opener:].split()) >= 4:
                at = e - 1  # "...bring prices down." -- a quoted sentence takes its stop inside
        ch = ctx.change(at, at, ".", "segment.final_period", "suggest" if gap else None)
        if ch:
            out.append(ch)
    return out


REPAIRS = [join_broken_paragraphs, merge_lowercase_continuation, merge_fragments, said_colon, split_lost_boundaries]
FINISH = [capitalize_paragraph_start, add_final_period]
