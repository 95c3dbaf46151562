"""A noun native news never capitalised twice is judged by its singular and plural together."""

from cleanup import Config, lexicon, process

CFG = Config(detect_title=False, require_english=False)


def _fixed(text: str) -> list[tuple[str, str]]:
    return [(e.before, e.after) for e in process(text, CFG).fixes if e.rule.startswith("casing.stray_capital")]


def test_a_plural_is_judged_with_its_singular():
    own = lexicon.capital_ratio("Forecasts")
    pooled = lexicon.number_capital_ratio("Forecasts")
    assert own is not None and pooled is not None and pooled < own / 2
    assert lexicon.number_capital_ratio("Analyst") < lexicon.capital_ratio("Analyst")  # with "analysts"
    assert lexicon.number_capital_ratio("Pleas") < lexicon.capital_ratio("Pleas")  # "plea", not "pleases"


def test_a_word_the_table_holds_keeps_its_own_counts():
    assert lexicon.number_capital_ratio("Times") is None  # 62 capitals in 272: "The Times"
    assert lexicon.number_capital_ratio("Patriots") is None
    assert lexicon.number_capital_ratio("Cumming") is None  # no evidence of its own, whatever "cummings" says
    assert lexicon.number_capital_ratio("Bombing") < lexicon.capital_ratio("Bombing")  # with "bombings"


def test_a_rare_plural_after_a_determiner_is_lowered():
    assert ("F", "f") in _fixed("The watchdog raised its Forecasts for global demand on Thursday.")
    assert ("A", "a") in _fixed("It was good news, said Nicolas Claquin, an Analyst at CCF, on Monday.")


def test_a_plural_news_capitalises_as_a_name_is_kept():
    text = "He said the Rangers deserved to win on Saturday after a long season."
    assert "the Rangers deserved" in process(text, CFG).output


def test_a_plural_after_an_article_keeps_its_own_share():
    # a team, a party or a tour is named in the plural while its singular is a common word
    assert lexicon.number_capital_ratio("Hammers", plural=False) is None
    assert lexicon.number_capital_ratio("Hammers") is not None
    text = "Arsenal face a home tie against West Ham, providing the Hammers come through their replay."
    assert "the Hammers come" in process(text, CFG).output


def test_pooling_stops_where_a_name_may_stand():
    # before a noun it may qualify, after a number, or with a capital just after a small word
    for text, kept in (("Andy Murray, with four Futures titles under his belt, is ranked 300th.", "four Futures titles"),
                       ("He became the first man since 1988 to win three Majors in a season.", "three Majors in"),
                       ("He edits a group blog called Dogs without Borders. When he can.", "called Dogs without"),
                       ("Lil Wayne was in Atlanta for a performance at Compound nightclub on Saturday.", "at Compound nightclub")):
        assert kept in process(text, CFG).output
