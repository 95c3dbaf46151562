"""The tagger's shortcut past TextBlob's slash-joined string gives what TextBlob's tagger gives."""

from __future__ import annotations

import pytest

from cleanup.tagger import tag_words, tags

TEXTS = [
    "The minister said talks would resume on Monday.",
    "He said: \"no\" / 'yes'. Then w/o it, a/b and x &slash; y left.",
    "A.B. said. Then\nnew line  with  two spaces",
    "on the 3rd, Zhang Moumou (the director) was summoned… by the organs.",
    "",
    # each branch of the per-token tagger: a sentence's first word known only in lower case ('Ran'),
    # unknown capitals (NNP), numbers (CD), the suffix rules (-ing, -ly, -s, -ful, a hyphen, -ed, -ize)
    "Ran home. Blorfing glorbly, the zorbs were snarkful and well-blorfed; they frobnize 1,200 $5 3:30 -7%.",
    "Zorbland's Quux-Corp stated. Ran. ran",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tags_are_textblobs(text: str) -> None:
    from textblob.en.taggers import PatternTagger

    expected = tuple((str(w), t) for w, t in PatternTagger().tag(text))
    assert tags(text) == expected
    words = tuple(text.split())
    if words:
        plain = PatternTagger().tag(" ".join(w.replace(" ", "_") for w in words), tokenize=False)
        assert tag_words(words) == (tuple(t for _, t in plain) if len(plain) == len(words) else ("NN",) * len(words))


def test_a_slash_in_a_word_comes_back_as_written() -> None:
    assert [w for w, _ in tags("w/o it")][0] == "w/o"
