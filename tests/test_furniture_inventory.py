"""furniture32: a news theme's header goes; template shapes without two real texts are only offered;
native lookalikes stay (the made-up inventory is bench/furniture_inventory.py)."""

from bench.furniture_inventory import GO, STAY, article, verdict
from cleanup import Config, process

HEAD = "Minister promises new dams after the floods"
LEDE = "The minister visited three flooded towns on Monday and promised help to the farmers."
REST = "She said the army would build new dams before the winter."


def test_a_news_theme_header_goes():
    # digitaljournal.com, calibermag.net, saharaweeklyng.com: the same theme's header and dateless date line
    page = f"Connect with us\n\nHi, what are you looking for?\n\n{HEAD}\n\nPublished\n\non\n\n{LEDE}\n\n{REST}"
    out = process(page, Config(detect_title=True)).text
    for gone in ("Connect with us", "looking for", "Published", "\non\n"):
        assert gone not in out
    assert LEDE in out and REST in out


def test_a_lone_on_stays_without_a_leftover_beside_it():
    res = process(f"{LEDE}\n\non\n\n{REST}", Config())
    assert not any(e.rule == "boilerplate.theme_date_word" for e in res.edits)


def test_template_shapes_without_evidence_are_offered_not_applied():
    for line in ("Keywords: floods, dams", "Getty Images", "AFP/File", "Tell us what you think",
                 "ADVERTISEMENT - CONTINUE READING BELOW"):
        res = process(f"{LEDE}\n\n{line}\n\n{REST}", Config())
        assert line in res.text
        assert any(e.rule == "boilerplate.template_offer" and e.action == "suggest" for e in res.edits), line
        assert line not in process(f"{LEDE}\n\n{line}\n\n{REST}", Config(min_confidence=0.4)).text


def test_a_widget_glued_to_the_last_sentence_is_offered():
    res = process(f"{LEDE}\n\n{REST} Share this:", Config())
    assert res.text.endswith("Share this:")
    assert any(e.rule == "boilerplate.glued_widget_offer" and e.action == "suggest" for e in res.edits)


def test_lookalikes_stay_even_when_offers_apply():
    for shape in STAY:
        assert verdict(shape)[0], shape.name
        assert verdict(shape, 0.4)[0], shape.name


def test_the_inventory_places_every_shape():
    for shape in GO + STAY:
        page, clean = article(shape)
        assert shape.line.split("\n")[0] in page


def test_a_meta_bar_and_a_player_under_the_headline_go():
    # Xinhua copies (m.817-hs.com, m.wxykgl.com) and ecns.cn
    page = f"{HEAD}\n\nSource: Xinhua| 2019-05-26 13:36:08|Editor: Liangyu\nVideo PlayerClose\n\n{LEDE}\n\n{REST}"
    out = process(page, Config(detect_title=True)).text
    assert "Editor" not in out and "Player" not in out and LEDE in out


def test_a_lone_arrow_or_close_mark_goes_but_a_section_break_stays():
    assert ">" not in process(f"{LEDE}\n\n>\n\n{REST}", Config()).text
    assert "\u00d7" not in process(f"{LEDE}\n\n{REST}\n\n\u00d7", Config()).text
    assert "* * *" in process(f"{LEDE}\n\n* * *\n\n{REST}", Config()).text
