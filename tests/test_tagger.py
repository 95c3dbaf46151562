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


def test_threads_that_start_together_cache_no_half_loaded_tags():
    # review37b: textblob fills its lexicon on first read; a thread reading it half-filled kept wrong
    # tags in the per-token cache ('the' NN, 'was' NNS) for the rest of the process
    import subprocess
    import sys

    code = (
        "import threading, cleanup\n"
        "from cleanup import tagger\n"
        "t = 'The talks ended , both sides said. and no date was set In the UK the minister walked home.'\n"
        "bar = threading.Barrier(4)\n"
        "def run():\n"
        "    bar.wait(); cleanup.process(t)\n"
        "th = [threading.Thread(target=run) for _ in range(4)]\n"
        "[x.start() for x in th]; [x.join() for x in th]\n"
        "print(all(tagger._token_tag(w, False) == tagger._token_tag.__wrapped__(w, False)"
        " for w in ('the', 'and', 'was', 'walked', 'at', 'minister')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.stdout.strip() == "True", out.stdout + out.stderr
