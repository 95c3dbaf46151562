"""Leftovers read on MT pages of sites outside the sets (left17): a photo's labelled caption
(boilerplate.labelled_caption), the site's word about itself under the article
(boilerplate.site_blurb), the switch between language editions (boilerplate.language_switch),
a site's name printed twice above the headline (boilerplate.masthead); and native lines like them
that stay."""

from __future__ import annotations

from cleanup import Config, process

ANY = Config(require_english=False)
HEAD = "Floods hit the north\n\nHeavy rain flooded three villages in the north on Monday night.\n\n"
TAIL = "\n\nThe schools in the three villages were closed until Friday.\n\nThe army left on Sunday."


def _fixed(text: str, rule: str) -> tuple[str, bool]:
    r = process(text, ANY)
    return r.output, any(e.rule == rule and e.action == "fix" for e in r.edits)


def test_wrapped_caption_with_its_label_goes_whole():
    text = (HEAD + "Helping the villages and building new roads, contributing to\nthe recovery of the north."
            " In photo: Soldiers carry sandbags in the\nvillage of Ban Na" + TAIL)
    out, fired = _fixed(text, "boilerplate.labelled_caption")
    assert fired and "sandbags" not in out and "Helping the villages" not in out and "schools" in out


def test_a_sentence_before_the_label_stays():
    """The label and its caption go; a sentence of the story before it (a finite verb) stays."""
    for sentence in ("The army rescued forty people from the roofs of their homes.",
                     "Helping the villages, the army sent soldiers to\nthe north."):
        text = HEAD + sentence + " In photo: Soldiers carry sandbags in the village" + TAIL
        out, fired = _fixed(text, "boilerplate.labelled_caption")
        assert fired and "sandbags" not in out and "In photo" not in out, out
        assert sentence.replace("\n", " ") in out and "schools" in out, out


def test_caption_label_in_brackets_goes_alone():
    text = HEAD + "The army sent soldiers to the villages. (In the photo: Soldiers of the unit (north) carry sandbags)." + TAIL
    out, fired = _fixed(text, "boilerplate.labelled_caption")
    assert fired and "sandbags" not in out and "The army sent soldiers to the villages." in out


def test_photo_in_a_sentence_stays():
    text = HEAD + "The governor described what he saw in the photo: water everywhere, and no help." + TAIL
    out, fired = _fixed(text, "boilerplate.labelled_caption")
    assert not fired and "water everywhere" in out


def test_a_site_blurb_under_the_article_goes_with_the_name_above_it():
    text = (HEAD + "The army sent two hundred soldiers to help on Tuesday morning." + TAIL
            + "\n\nKyodo News\n\nWe will deliver the latest news in Japan and abroad in a precise and prompt manner.")
    r = process(text, ANY)
    blurb = [e for e in r.edits if e.rule == "boilerplate.site_blurb"]  # applied in MT, offered in native copy
    assert len(blurb) == 1 and "Kyodo News" in blurb[0].before and "deliver the latest news" in blurb[0].before
    assert "Sunday" not in blurb[0].before


def test_we_in_the_story_stays():
    text = HEAD + "The army sent two hundred soldiers to help on Tuesday morning." + TAIL + "\n\nWe asked the army for more information, but it did not reply."
    r = process(text, ANY)
    assert not any(e.rule == "boilerplate.site_blurb" for e in r.edits)


def test_an_officials_reported_words_at_the_foot_stay():
    """MT drops the marks of speech: a speech verb, 'according' or an opening dash says whose words they are."""
    vi = Config(require_english=False, source_language="vi")
    for last in ("The ministry said we will publish the latest information and news about the floods on our website.",
                 "According to the minister, we need the latest information from every village, and the news will"
                 " be shared with all local sites.",
                 "– We will publish the latest information and news about the floods on our website every day."):
        r = process(HEAD + "The army sent two hundred soldiers to help on Tuesday morning." + TAIL + "\n\n" + last, vi)
        assert not any(e.rule == "boilerplate.site_blurb" for e in r.edits) and last in r.output, last


def test_language_switch_above_the_headline_goes_and_the_headline_stays():
    out, fired = _fixed("Vietnamese | English | 中文 | Báo In\n\n" + HEAD + "The army came." + TAIL, "boilerplate.language_switch")
    assert fired and out.startswith("Floods hit the north")


def test_site_name_printed_twice_goes():
    text = "Portal field news\n\nPortal field news\n\nGovernment asks shops to close early\n\n" \
           "The government asked the shops in the city to close at eight on Monday.\n\nThe shops said they would lose money.\n\nThe rule will end in May."
    out, fired = _fixed(text, "boilerplate.masthead")
    assert fired and out.startswith("Government asks shops to close early")


def test_labels_and_pronouns_are_rules_data(tmp_path):
    """The caption's labels and the site's pronouns are read from rules data: a rules folder extends them."""
    (tmp_path / "mine.toml").write_text('[data]\n"boilerplate.caption_labels" = ["on the photo"]\n'
                                        '"boilerplate.site_blurb_pronouns" = ["i"]\n', encoding="utf-8")
    caption = HEAD + "Building new roads, contributing to the recovery. On the photo: Soldiers carry sandbags" + TAIL
    blurb = (HEAD + "The army sent two hundred soldiers to help on Tuesday morning." + TAIL
             + "\n\nI will deliver the latest news and information from the region on this website.")
    for text, rule in ((caption, "boilerplate.labelled_caption"), (blurb, "boilerplate.site_blurb")):
        assert not any(e.rule == rule for e in process(text, ANY).edits)
        mine = process(text, Config(require_english=False, rules_dirs=(str(tmp_path),)))
        assert any(e.rule == rule for e in mine.edits), rule
