"""A word of a longer name left in lower case, where the article writes the name in full
(document.proper_noun_case.phrase), and a name standing alone where the article capitalises it
several times (document.proper_noun_case.alone)."""

from __future__ import annotations

import pytest

from cleanup import Config, process

CFG = Config(detect_title=False, require_english=False)

FIXED = [
    ("Time Warner owns the studio. Shares in Time warner fell on Friday.", "Shares in Time Warner fell"),
    ("The United States objected. Critics say the united States must act now.", "the United States must"),
    ("Aid came from Nepal Red Cross staff. An officer for Nepal red Cross walked for hours.",
     "for Nepal Red Cross walked"),
    ("Talks began in South Korea on Monday. Exports from south Korea rose by 3%.", "from South Korea rose"),
    ("Mr Cook spoke first. Later Cook said so. Former foreign secretary Robin cook said turnout was low.",
     "Robin Cook said"),
    # a common word opening the name the article writes capitalised beside the same next word
    ("Wales face the Six Nations in May. Fans say the six Nations is the hardest test.", "the Six Nations is"),
    ("England won the World Cup in 2003. The world Cup winner said the squad was tired.", "The World Cup winner"),
]

OFFERED = [
    # the last word of a name is where house style writes a common noun in lower case
    "The new Wembley Stadium will open in May. Builders of the new Wembley stadium were late.",
    # a title before a name
    "Attorney General Elliot Spitzer sued. New York attorney general Elliot Spitzer said so.",
    # a common word ending a name (house style: 'Labour party') stays offered, whatever it opens
    "He joined the Labour Party in May. A Labour party spokesman said nothing.",
]

KEPT = [
    "Sales in North America rose. A cold spell in north America cut output.",
    "Mr Brown spoke. The Gospel of Mark was read. He said the gospel was good news for Brown.",
    "Ruud van Nistelrooy scored. Then Ruud van Nistelrooy scored again, and Robin van Persie.",
    "Talks with the Italian Navy failed. The Italian navy boarded the ship.",
    "Human Rights Watch spoke. Human rights groups said the law was harsh.",
]


@pytest.mark.parametrize(("text", "want"), FIXED)
def test_name_word_capitalised_from_the_article(text, want):
    res = process(text, CFG)
    assert want in res.text, [(e.rule, e.before, e.after, e.confidence) for e in res.edits]
    assert {e.rule for e in res.fixes} == {"document.proper_noun_case.phrase"}


@pytest.mark.parametrize("text", OFFERED)
def test_house_style_is_offered_not_applied(text):
    res = process(text, CFG)
    assert res.text == text
    assert res.suggestions and {e.rule for e in res.suggestions} == {"document.proper_noun_case.phrase"}


@pytest.mark.parametrize("text", KEPT)
def test_lower_case_on_purpose_is_kept(text):
    res = process(text, CFG)
    assert res.text == text and not res.suggestions, [(e.rule, e.before, e.after) for e in res.edits]


def test_name_alone_where_the_article_capitalises_it():
    text = ("Arsenal won again. Fans saw Arsenal score, Arsenal lead and Arsenal win. There were 24 fouls in the game "
            "by arsenal, the referee said.")
    res = process(text, CFG)
    assert "by Arsenal," in res.text
    assert [e.rule for e in res.fixes] == ["document.proper_noun_case.alone"]
    # capitalised twice in mid-sentence, a word news writes in lower case one time in three: offered
    weak = "Villa won again. Fans of Villa cheered as Villa scored. The game was won by villa, he said."
    res = process(weak, CFG)
    assert res.text == weak and [e.rule for e in res.suggestions] == ["document.proper_noun_case.alone"]


def test_common_noun_after_a_determiner_is_kept():
    text = "Labour won. Labour said so. Labour leads. The cost of child labour in the region is high."
    assert process(text, CFG).text == text


def test_idempotent():
    text = "Time Warner owns the studio. Shares in Time warner fell on Friday."
    once = process(text, CFG).text
    assert process(once, CFG).text == once


def test_surname_alone_after_the_full_name():
    text = "The director Tim Burton spoke first. \"It was fun,\" said burton. Critics agreed."
    res = process(text, CFG)
    assert "said Burton." in res.text
    assert [e.rule for e in res.fixes] == ["document.proper_noun_case.alone"]


def test_possessive_after_a_verb():
    text = ("Apple launched a phone. Analysts like Apple, rivals copy Apple and fans love Apple. "
            "Investors bought apple's shares on Monday.")
    res = process(text, CFG)
    assert "bought Apple's shares" in res.text
    kept = "Apple launched a phone. Analysts like Apple, rivals copy Apple. She ate the apple's core."
    assert process(kept, CFG).text == kept  # after a determiner: the fruit


def test_title_alone_is_kept():
    text = "President Obama spoke. Obama met President Xi. She ran as a candidate for president, aides said."
    res = process(text, CFG)
    assert res.text == text and not [e for e in res.edits if e.rule.startswith("document.proper_noun_case.")]


def test_name_lists_break_a_tie_of_two_spellings():
    """One spelling against one: the one Faker's name lists know wins, whichever comes first."""
    for text in ("The bank chief, Carlos Adrino, cut rates. Nevertheless, Mr Adriano said inflation would fall.",
                 "The bank chief, Carlos Adriano, cut rates. Nevertheless, Mr Adrino said inflation would fall."):
        res = process(text, CFG)
        assert res.text.count("Adriano") == 2 and [e.rule for e in res.fixes] == ["document.name_variant"]
    kept = "The bank chief, Carlos Adriano, cut rates. Nevertheless, Mr Adrianov said inflation would fall."
    assert process(kept, CFG).text == kept


def test_pair_evidence_is_counted_once_per_text(monkeypatch):
    """Whether the capitalised pair is written twice is read from one count of the text's pairs: a
    scan of the whole text per candidate word made the stage quadratic (250 KB of prose: 23 s).
    The time per candidate word must not grow with the text (8 times longer: under 3 times slower)."""
    import time

    from bench.hostile import lower_pairs
    from cleanup import document

    spent = {"t": 0.0, "n": 0}
    real = document.phrase_name

    def timed(*args, **kwargs):
        t0 = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent["t"] += time.process_time() - t0
            spent["n"] += 1

    monkeypatch.setattr(document, "phrase_name", timed)
    cfg = Config(detect_title=False, require_english=False, max_chars=4_000_000)
    per_call = []
    for size in (15_000, 120_000):
        spent.update(t=0.0, n=0)
        process(lower_pairs(size), cfg)
        assert spent["n"] > size // 200
        per_call.append(spent["t"] / spent["n"])
    assert per_call[1] < 3 * per_call[0] + 2e-5


def test_surname_after_a_given_name_where_the_article_writes_it_alone():
    """'Simon champion' beside 'Mr Champion': news writes 'champion' in lower case, but the article
    capitalises the surname in mid-sentence and writes it in lower case only here: applied."""
    text = ('"It was a shock," says analyst Simon champion of the bank. Shares fell. "It is strong," '
            "said Mr Champion on Monday.")
    res = process(text, CFG)
    assert "Simon Champion of" in res.text, [(e.rule, e.before, e.confidence) for e in res.edits]
    # the surname nowhere else capitalised in mid-sentence: still only offered
    weak = '"It was a shock," says analyst Simon champion of the bank. Champion fell. Shares fell.'
    res = process(weak, CFG)
    assert res.text == weak


def test_name_alone_news_never_counted_where_the_article_capitalises_it_three_times():
    """'oracle' is not in news' case counts (its capital share is guessed from its frequency): the
    article's own capitals, three times alone in mid-sentence, decide."""
    text = ("Oracle cut jobs. Staff at Oracle were told. Shares in Oracle gained, and Oracle sales rose. "
            "In a statement, oracle said it would hire later.")
    res = process(text, CFG)
    assert "statement, Oracle said" in res.text, [(e.rule, e.before, e.confidence) for e in res.edits]
    # capitalised alone twice only: the guess stands
    kept = "Oracle cut jobs. Staff at Oracle were told, and Oracle shares rose. In a statement, oracle said so."
    assert "statement, oracle said" in process(kept, CFG).text
