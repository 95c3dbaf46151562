"""Teasers cut with an ellipsis before a link to read on (boilerplate.cut_teaser), and the
paragraphs that trail off without being teasers."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False)
BODY = ("Floods hit the north\n\nHeavy rain flooded three villages in the north on Monday night.\n\n"
        "The governor visited the villages on Tuesday and met the families.\n\n")


def _rules(text: str) -> tuple[str, list[str]]:
    r = process(text, ANY)
    return r.text, [e.rule for e in r.edits if e.rule == "boilerplate.cut_teaser" and e.action == "fix"]


def test_glued_link_takes_the_teaser():
    out, rules = _rules(BODY + "The army will send soldiers to the villages during the holidays ... → Continue reading")
    assert rules and "army" not in out and "Continue" not in out and out.rstrip().endswith("families.")


def test_link_on_the_next_line_takes_the_cut_sentence():
    out, rules = _rules(BODY + "The minister said the army would help as the rains are nearing the …\n\nRead More »")
    assert rules and "minister" not in out and "More" not in out


def test_the_article_own_cut_paragraph_keeps_its_text():
    text = BODY + "The army sent soldiers. The schools in the three villages were closed until ...\n\nContinue reading on:"
    out, rules = _rules(text)
    assert rules and "schools in the three villages" in out and "Continue reading" not in out


def test_quotation_trailing_off_stays():
    text = BODY + "\"We will see what comes next...\n\nRead more"
    out, _ = _rules(text)
    assert "We will see what comes next" in out


def test_ellipsis_without_a_link_stays():
    text = BODY + "The villagers waited, and waited, and waited...\n\nThe water fell on Friday."
    out, rules = _rules(text)
    assert not rules and "waited, and waited" in out


def test_read_more_in_a_sentence_stays():
    text = BODY + "Readers can read more about the floods ... in the weekly edition, he said."
    out, rules = _rules(text)
    assert not rules and "weekly edition" in out


def test_a_teaser_pasted_alone_keeps_its_text():
    """An RSS item or an excerpt that is only a teaser is the text to clean: its link goes, its words stay."""
    for text, kept in (("The unions have called a strike in the ports for the holidays ... → Continue reading",
                        "strike in the ports for the holidays"),
                       ("Floods hit the north\n\nThe unions have called a strike in the ports for the holidays ...\n\n"
                        "Read more", "strike in the ports for the holidays")):
        out, rules = _rules(text)
        assert rules and kept in out and "Continue" not in out and "Read more" not in out, out


def test_a_bare_read_on_in_a_feature_stays():
    """Glued to a paragraph, the link to read on needs its button's arrow or bracket."""
    text = (BODY + "The story of how the village survived is one you will want to hear... Read on.\n\n"
            "The schools in the three villages were closed until Friday.")
    out, rules = _rules(text)
    assert not rules and "you will want to hear... Read on." in out
    out, rules = _rules(BODY + "The army will send soldiers to the villages during the holidays ... [Read more]")
    assert rules and "army" not in out


def test_spaced_ellipsis_before_a_bare_link_is_a_theme_excerpt():
    """A blog theme sets its excerpt's ellipsis apart from the cut word ('the minister … Read more'):
    a teaser with no button; prose trailing off glues its ellipsis to the word and keeps its words."""
    out, rules = _rules(BODY + "The army will send soldiers to the villages, and the minister … Read more")
    assert rules and "army" not in out and "Read more" not in out
    out, rules = _rules(BODY + "It is a story you will want to hear... Read more.\n\nThe rain stopped on Friday.")
    assert not rules and "want to hear... Read more." in out
