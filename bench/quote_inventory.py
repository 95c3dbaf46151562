"""Made-up inventory of how MT carries a source language's quotation marks into English.

Each case is a made-up sentence in news register: ``change`` cases (a source-language convention
that English writes otherwise, with the English an editor would write) and ``keep`` cases (native
English that looks alike). ``python -m bench.quote_inventory`` prints, per shape, how many the chain
gets right, and lists the misses with ``--misses``. Offers do not count: only the output text.
"""

from __future__ import annotations

import cleanup

from .common import tally_cases, tally_main

# (shape, input, expected output); expected None: the input must stay as it is
CASES: list[tuple[str, str, str | None]] = [
    # German, Czech, Bulgarian „…“; Polish, Romanian, Hungarian „…”; single ‚…‘
    ("low9", "He said „It is over“, and left.", "He said “It is over”, and left."),
    ("low9", "He said „It is over”, and left.", "He said “It is over”, and left."),
    ("low9", "The minister called it „a slow reform“ on Monday.", "The minister called it “a slow reform” on Monday."),
    ("low9", "„We will not give in,“ the prime minister said.", "“We will not give in,” the prime minister said."),
    ("low9", "He called the plan „a ‚slow‘ reform“ on Monday.", "He called the plan “a ‘slow’ reform” on Monday."),
    ("low9", "He said ‚it is over‘, and left.", "He said ‘it is over’, and left."),
    ("low9_ascii", "He said ,,It is over\", and left.", "He said \"It is over\", and left."),
    ("low9_ascii", "He said ,,It is over'', and left.", "He said \"It is over\", and left."),
    # two apostrophes or TeX marks as a quotation mark
    ("apostrophes", "He said ``we will go'' and left.", "He said \"we will go\" and left."),
    ("apostrophes", "He said '' we will go '' on Monday.", "He said \"we will go\" on Monday."),
    # doubled or glued marks
    ("doubled", "He said, “We will go.”” He left.", "He said, “We will go.” He left."),
    ("glued", "He said that \"we will go\".He left on Monday.", "He said that \"we will go\". He left on Monday."),
    ("glued", "He said:“We will go to the talks.”", "He said: “We will go to the talks.”"),
    ("glued", "He called it a “disaster”yesterday.", "He called it a “disaster” yesterday."),
    ("spaced", "He said “we will go” , and left.", "He said “we will go”, and left."),
    # guillemets: French, Spanish, Russian; single ones; spaced with a stop after
    ("guillemets", "He said «we will go» on Monday.", "He said “we will go” on Monday."),
    ("guillemets", "He said « we will go ».", "He said “we will go”."),  # French: no space before the stop
    ("guillemets", "They marched in the «Immortal Regiment» in Lugansk.", "They marched in the “Immortal Regiment” in Lugansk."),
    ("guillemets_nested", "He said «the minister told me „go home“ yesterday» on Monday.",
     "He said “the minister told me ‘go home’ yesterday” on Monday."),
    ("single_guillemets", "He said ‹never› twice.", "He said ‘never’ twice."),
    # CJK marks
    ("cjk", "He said 「we will go」 on Monday.", "He said “we will go” on Monday."),
    ("cjk_nested", "He said 「the minister told me 『go home』 yesterday」 on Monday.",
     "He said “the minister told me ‘go home’ yesterday” on Monday."),
    ("cjk_title", "The report 〈Future Korea〉 was published on Monday.", "The report “Future Korea” was published on Monday."),
    ("cjk_title", "It was reported by 《People's Daily》 on Monday.", "It was reported by “People's Daily” on Monday."),
    # Russian and Ukrainian quotation dash after the closing mark
    # the outer quotation's opening mark was lost: its close joins the tag, English's comma inside
    ("quote_dash", "“They will pay for it,” he told him”, – says the report.",
     "“They will pay for it,” he told him,” says the report."),
    ("quote_dash", "“We have decided to talk to him”, – says the press service.",
     "“We have decided to talk to him,” says the press service."),
    # must stay: native English that looks alike
    ("keep", "He loves rock 'n' roll and the music of the '90s.", None),
    ("keep", "Mr O'Neill read Ha'aretz on Monday.", None),
    ("keep", "She said: “We will go on.\n\n“We will not stop,” she added.", None),
    ("keep", "He called it “a ‘slow’ reform” on Monday.", None),
    ("keep", "The screen measures 10.9\" and weighs 1.5 million grams.", None),
    ("keep", "Home » News » Politics", None),
    ("keep", "The code reads x = '' when the field is empty.", None),
    ("keep", "In Madrid, a waiter said «¡Hola!» to every guest.", "In Madrid, a waiter said “¡Hola!” to every guest."),
    ("keep", "He said „ and then nothing.", None),
]


def run(misses: bool = False) -> dict[str, tuple[int, int]]:
    """Per shape: (right, total)."""
    return tally_cases(CASES, lambda _shape, text: cleanup.process(text).text, misses)


if __name__ == "__main__":
    tally_main(__doc__, run)
