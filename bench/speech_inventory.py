"""Made-up inventory of how MT carries a source language's reported-speech conventions into English.

Each case is a made-up sentence in news register: ``change`` cases (a source-language convention for
reported speech that English writes otherwise, with the English an editor would write) and ``keep``
cases (native English that looks alike).  ``python -m bench.speech_inventory`` prints, per shape, how
many the chain gets right, and lists the misses with ``--misses``.  Offers do not count: only the
output text.  (The quotation marks themselves are bench.quote_inventory's.)  Every case runs as text
from a known source language (``Config(source_language=...)``: the chain applies what it only offers in
copy with no mark of MT) and with no title line.

1 December, night (speech33): main 14/27 (keeps 9/9); with normalize.doubled_speech_tag 16/27 (keeps 9/9).
Left: a second tag after a comma ('he said, he added': no real MT seen), the Japanese orphan verb
('" said.': one real text), 'said that:' / 'stated that "We' (native CNN writes 'stated that "We will'
three times in 1,000 articles), a colon glued to the quotation ('said:"We', 'said:There': one real text,
h12_el_worldakkam), a closing mark opening the next paragraph (one real text), single quotes or two
apostrophes or primes for speech (no real MT seen outside the TeX pairs normalize.tex_quotes already
reads), a speaker's name run into the quotation (none seen).
"""

from __future__ import annotations

import cleanup
from cleanup import Config

from .common import tally_cases, tally_main

#: the source language a shape comes from (the rest: "ko")
LANGS = {"said_that": "es", "guillemets": "fr", "dash_mid": "es", "single_speech": "ru", "primes": "ru"}
# (shape, input, expected output); expected None: the input must stay as it is
CASES: list[tuple[str, str, str | None]] = [
    # verb-final languages (ko, ja, tr): the speech verb said twice
    ("repeated_tag", 'He said, "We will not give up," he said.', 'He said, "We will not give up."'),
    ("repeated_tag", 'The minister said, "We will not give up on the talks," he said.',
     'The minister said, "We will not give up on the talks."'),
    ("repeated_tag", '"We will not give up on the talks," he said, he added.',
     '"We will not give up on the talks," he added.'),
    ("repeated_tag", '"We will not give up on the talks," he said, he emphasized.',
     '"We will not give up on the talks," he emphasized.'),
    ("orphan_verb", '"We will not give up on the talks." said.', '"We will not give up on the talks."'),
    # said that + colon or quote (es, fr, ar, tr)
    ("said_that", 'The minister said that: "We will not give up on the talks."',
     'The minister said: "We will not give up on the talks."'),
    ("said_that", 'The minister stated that "We will not give up on the talks."',
     'The minister stated: "We will not give up on the talks."'),
    # colon or word glued to the quote
    ("glued", 'The minister said:"We will not give up on the talks."',
     'The minister said: "We will not give up on the talks."'),
    ("glued", 'The minister said"We will not give up on the talks."',
     'The minister said "We will not give up on the talks."'),
    # a quote open at the paragraph's end, its close opening the next paragraph
    ("close_opens", 'He said: "We will not give up on the talks.\n\n" The talks resume on Monday.',
     'He said: "We will not give up on the talks."\n\nThe talks resume on Monday.'),
    # each paragraph of a long quotation closed (English: closed only at the last)
    ("long_quote", 'He said: "We will not give up on the talks."\n\n"We will return on Monday," he added.', None),
    # single quotes for speech mixed with double ones in one article
    ("single_speech", "'We will win the election,' he said.\n\n\"We are ready,\" the minister added.",
     "\"We will win the election,\" he said.\n\n\"We are ready,\" the minister added."),
    ("two_apostrophes", "He said: ''We will win the election.''", 'He said: "We will win the election."'),
    ("primes", "He said: ″We will win the election.″", 'He said: "We will win the election."'),
    # French and Spanish
    ("guillemets", "He said: « We will win the election ».", 'He said: “We will win the election”.'),
    ("dash_mid", "The talks failed. — We will not give up, the minister said.",
     "The talks failed. “We will not give up,” the minister said."),
    # a speaker's name run into the statement
    ("name_run", 'Minister Kim "We will not give up on the talks."',
     'Minister Kim said: "We will not give up on the talks."'),
    ("according", 'According to him, "We will not give up on the talks."', None),
    # must stay: native English that looks alike
    ("keep", '"We will not give up," he said, adding that talks would resume.', None),
    ("keep", '"We will not give up," he said. "He said it was over," she added.', None),
    ("keep", 'She said that "nobody" had called her on Monday.', None),
    ("keep", "He said: 'We will win.' Mr O'Neill said nothing.", None),
    ("keep", "It was rock 'n' roll, he said.", None),
    ("keep", "The screen measures 10.9\" and the box 12\" wide.", None),
    ("keep", 'He told the BBC: "We will go on."\n\n"We will not stop."', None),
    ("keep", "The 'special operation' began in 2022, he said.", None),
    ("keep", '"We will go on," said Mr Smith, who said he was tired.', None),
]


def run(misses: bool = False) -> dict[str, tuple[int, int]]:
    """Per shape: (right, total)."""
    def clean(shape: str, text: str) -> str:
        config = Config(require_english=False, detect_title=False, source_language=LANGS.get(shape, "ko"))
        return cleanup.process(text, config).text
    return tally_cases(CASES, clean, misses)


if __name__ == "__main__":
    tally_main(__doc__, run)
