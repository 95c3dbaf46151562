"""Does the text before a capital end on a complete clause?  Read for the lost-stop shapes
(:mod:`cleanup.lost_stops`), which ask it of the last clause before a name: the words after
the last comma, coordinating conjunction or relative word must hold a finite verb of their own
(``but on Wednesday Mr Straw said``: no clause after ``but``, the name is its subject).

Two cuts do not open a clause that lacks a verb: a relative pronoun that is itself the subject
(``a knock-on effect that led to significant delays``: 'led' is its verb), and ``and``/``or``
joining two noun phrases (``the bribe charge and other related violations``), where the clause
is the one before the conjunction, as in a list of noun phrases that ``and`` closes (``conflicts of
interest, employment law and free speech``).  A conjunction inside a hyphenated word (``so-called``)
cuts nothing.
"""

from __future__ import annotations

import re

from . import tagger

#: where the last clause before a capital begins: after a comma, a colon, a coordinating conjunction or a relative word
CLAUSE_CUT = re.compile(r"[,;:](?=[\s\"”’'])|(?<![\w-])(?:and|but|or|so|yet|that|which|who|where)(?![\w-])")
#: the tags a noun phrase may open on ('other related violations', 'the airport authority', 'its 12 stores')
_NOUN_PHRASE_START = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "CD", "PRP$"})
_NOUN_PHRASE = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "VBG", "VBN", "IN", "CC"})


_ADJECTIVE = frozenset({"JJ", "JJR", "JJS"})


def _noun_phrase(tagged: tuple[tuple[str, str], ...]) -> bool:
    """Is the piece a noun phrase with no verb ('other related violations', 'competition authorities')?
    Not an adjective right before a preposition, with no noun between: that is an adverbial that
    opens the clause after the conjunction ('had chances and early in the second half Fernando
    Torres hit', 'and late in the game Rooney scored': the name is that clause's subject)."""
    return (bool(tagged) and tagged[0][1] in _NOUN_PHRASE_START and all(t in _NOUN_PHRASE for _, t in tagged)
            and not any(a in _ADJECTIVE and b == "IN" for (_, a), (_, b) in zip(tagged, tagged[1:])))


def _relative_clause(word: str, tagged: tuple[tuple[str, str], ...]) -> bool:
    """A relative pronoun that is its clause's subject, then that clause's verb ('that led to',
    'which lists', 'that trade only'); not 'that' as a determiner ('that banned athlete')."""
    if word not in ("that", "which", "who") or not tagged:
        return False
    first, tag = tagged[0]
    if tag in tagger.FINITE:
        return True
    if word != "that":
        return tag != "DT" and tagger.could_be_verb(first)
    nxt = tagged[1][1] if len(tagged) > 1 else ""
    return tag in ("VB", "VBN", "NN") and tagger.could_be_verb(first) and nxt not in ("NN", "NNS", "NNP", "NNPS", "JJ")


def _takes_none(words: list[str], i: int) -> bool:
    """Does the word at ``i``, which may take a clause, take none here: ``and``/``or`` joining noun
    phrases after a lower-case word (``banking and competition authorities``) or a relative
    pronoun with its own verb?"""
    piece = " ".join(words[i + 1:])
    tagged = tagger.tags(piece) if piece else ()
    joined = words[i] in ("and", "or") and _noun_phrase(tagged) and (i == 0 or words[i - 1][:1].islower())
    verb_phrase = words[i] in ("and", "but", "or") and i > 0 and shared_subject(words[i], tagged, " ".join(words[:i]))
    return joined or verb_phrase or _relative_clause(words[i], tagged)


def _after_name(text: str, at: int) -> bool:
    """Does a capitalised word end ``text[:at]`` ('sprinter Abi Oyepitan and long jumper Chris
    Tomlinson': a title and a name on each side of the conjunction, one subject)?"""
    words = text[:at].split()
    return bool(words) and words[-1][:1].isupper()


def last_clause_complete(before: str) -> bool:
    """Has the last clause of ``before`` a finite verb, reading a subject relative pronoun as
    its subject, a noun phrase joined by ``and``/``or`` as part of the clause before it, and a
    phrase after a comma with no verb (``, with long waiting lists for new subscribers``,
    ``, accused of overseeing a fraud``) as an adjunct of the clause before the comma?"""
    cuts = list(CLAUSE_CUT.finditer(before))
    in_list = False
    for cut in reversed(cuts[-3:]):
        piece = before[cut.end():]
        tagged = tagger.tags(piece)
        word = cut.group()
        if not tagged:
            return False
        if _relative_clause(word, tagged):
            return tagger.has_clause("it " + piece)  # 'an effect that led to delays': the relative is the subject
        adjunct = word == "," and tagged[0][1] in ("IN", "VBN", "VBG") and not tagger.has_finite_verb(piece)
        # ', employment law and free speech on websites': an item of a list of noun phrases that 'and' closes
        joined = (word in ("and", "or") or word == "," and in_list) and _noun_phrase(tagged) and not _after_name(
            before, cut.start())
        in_list = in_list or joined
        if shared_subject(word, tagged, before[:cut.start()]):
            return True  # 'members wiped away tears and comforted each other in court': one subject, two verbs
        if adjunct or joined:
            before = before[:cut.start()]  # 'the bribe charge and other related violations': one noun phrase
            continue
        return tagger.has_clause(piece)
    return tagger.has_clause(before if not cuts else CLAUSE_CUT.split(before)[-1])


def shared_subject(word: str, tagged: tuple[tuple[str, str], ...], head: str) -> bool:
    """Is the piece after ``and``/``but``/``or`` a second verb phrase of the clause before it
    (``members wiped away tears and comforted each other``): it opens on a verb in the past or
    present tense (the tagger reads a past tense with no subject as a participle), and the words
    before the conjunction are a clause of their own, with their subject?"""
    if word not in ("and", "but", "or") or len(tagged) < 2 or tagged[0][1] not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    head_tags = tagger.tags(head)
    return any(t in ("VBD", "VBZ", "VBP") for _, t in head_tags) and tagger.has_clause(head)


def takes_clause_near(words: list[str], taking: frozenset[str] | set[str]) -> bool:
    """Is one of ``words`` (the few before a capital) a word that takes a clause here (``said``,
    ``said she was pleased``), so the capital may open that clause?"""
    return any(w in taking and not _takes_none(words, i) for i, w in enumerate(words))


def taken_clause_open(words: list[str], taking: frozenset[str] | set[str], objects: frozenset[str] = frozenset()) -> bool:
    """After the last word of ``words`` that takes a clause (``said``, ``that``, ``and``), is
    that clause still without its finite verb, so that a name next is its subject (``He said the
    family of engineer Thorne Nogar did``)?  Not after a word that takes none here (see
    :func:`_takes_none`), nor when an infinitive and its object follow it (``decided whether to grant
    Yukos bankruptcy protection``, ``expected them to pass``; ``objects``: ``words.object_pronouns``: a complement of its own
    with no subject to wait for; probe stop_name, tuning BBC and CNN)."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] not in taking or _takes_none(words, i):
            continue
        rest = words[i + 1:]
        if len(rest) >= 3 and (rest[0] == "to" or rest[1] == "to" and rest[0] in objects):
            return False  # 'decided whether to grant Yukos protection', 'expected them to pass': an infinitive, complete
        return not tagger.has_finite_verb(" ".join(rest))
    return False


#: a subordinator whose clause no comma has closed yet ('when', 'if'; not 'as well as', 'such as': no clause opens)
STILL_OPEN = re.compile(r"\b(?:as(?<!well as)(?<!such as)(?! well\b)|when|if|while|because|although|though|since|once|until"
                        r"|unless|whether)\b[^,;:“”\"]*$")


def subordinate_open(before: str, taking: frozenset[str], joins: frozenset[str]) -> bool:
    """Is a subordinate clause still open at the end of ``before`` (its subject or main clause may
    come next), not one that follows its main clause complete (see :func:`subordinate_closed`)?"""
    still = STILL_OPEN.search(before)
    return bool(still) and not subordinate_closed(before, still.start(), taking, joins)


def subordinate_closed(before: str, at: int, taking: frozenset[str], joins: frozenset[str]) -> bool:
    """Does the subordinate clause opening at ``before[at]`` follow its main clause and hold its own
    finite verb (``a boost to the party if Mr Hague returned to the front bench``, ``the first of its
    kind since he took office``: both clauses complete, a capital next may open a sentence)?  Not
    when the subordinator follows a comma, a conjunction, 'that' or a word that takes a clause
    (``said that if the bill fails Mr Hague will``; ``joins``: ``segment.subordinate_joins``): there
    the clause it opens is still to come."""
    head, sub = before[:at].rstrip(), before[at:]
    last = head.rsplit(None, 1)[-1].lower() if head else ""
    if not last.isalpha() or last in joins or last in taking or len(head.split()) < 3:
        return False
    return tagger.has_finite_verb(head) and tagger.has_finite_verb(sub.split(None, 1)[-1])
