"""A name's letters outside ASCII dropped by MT, restored from the article's whole spelling (document.dropped_letters)."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(require_english=False, detect_title=False)
RULE = "document.dropped_letters"
HEAD = "Vučić: We will not give up\n\nVui said that dialogue is important. "


def test_a_cut_surname_after_its_given_name_or_rank_gets_its_final_letter() -> None:
    # sr_infobalkans_vucic-recognize-independence: the article drops 'ć' (Vui), so 'Mojsilovi' lost one too
    r = process(HEAD + "General Milan Mojsilovi will talk with the KFOR commander.", CFG)
    assert [(e.before, e.after, e.action) for e in r.edits if e.rule == RULE][-1] == ("Mojsilovi", "Mojsilović", "fix")
    assert "Milan Mojsilović will" in r.text


def test_a_cut_surname_alone_is_only_offered() -> None:
    r = process(HEAD + "The talks with Mojsilovi will go on.", CFG)
    assert "with Mojsilovi will" in r.text
    assert [(e.before, e.action) for e in r.edits if e.rule == RULE][-1] == ("Mojsilovi", "suggest")
