"""boilerplate.email_mask: Cloudflare's '[email protected]' left by a scraper
(holdout12:h12_nl_woonopstand_rotterdam-council-police-action)."""

from __future__ import annotations

import re

from cleanup import Config, clean, process
from cleanup.email_masks import fix_email_masks

from .conftest import grows_linearly

NL = Config(require_english=False, detect_title=False, source_language="nl")


def _mask_edits(res):
    return [(e.before, e.action) for e in res.edits if e.rule == "boilerplate.email_mask"]


def test_the_mask_goes_in_brackets_and_as_one_of_two_alternatives():
    text = ("You can e-mail a letter ([email protected]). Share your experience via [email protected] or via "
            "the contact form at the bottom. Register by 14:00: [email protected] or 0102673400. Call 0102673400 "
            "or [email protected] for tickets.")
    res = process(text, NL)
    assert "[email protected]" not in res.output
    assert "e-mail a letter. Share" in res.output and "experience via the contact form" in res.output
    assert "14:00: 0102673400." in res.output and "Call 0102673400 for tickets." in res.output
    assert {a for _, a in _mask_edits(res)} == {"fix"}
    assert clean(res.output, NL) == res.output


def test_the_mask_elsewhere_is_offered_and_a_reporter_tag_is_left_to_its_rule():
    text = "Please contact the council by sending an email to [email protected] before Friday."
    res = process(text, NL)
    assert res.output == text and _mask_edits(res) == [(" to [email protected]", "suggest")]
    tagged = "The rally starts on the 7th. Reporter Song Eun-seok [email protected]\n\nThe rally ended."
    res = process(tagged, NL)
    assert "Song Eun-seok" not in res.output and not _mask_edits(res)


def test_a_real_address_stays():
    text = "Write to mayor@example.org or call 0102673400. The email protected her privacy."
    assert clean(text, NL) == text


def test_email_mask_is_linear():
    big, small = grows_linearly(fix_email_masks, "mail ([email protected]) or call [email protected] or 0102 now ", 20_000)
    assert big < 30 * small + 0.05


def test_removing_the_mask_leaves_no_dangling_link_word():
    """After a colon the mask heads a list ('14:00: X or 0102673400' -> '14:00: 0102673400'); the
    other alternative may open with '+', '(' or a quote, the link may be 'and' or '/', and two masks
    may be the whole list: no removal, applied or offered, leaves ': or', 'or or', ': /' or ': and'."""
    offers = Config(require_english=False, detect_title=False, source_language="nl", min_confidence=0.3)
    shapes = {
        "Register by 14:00: [email protected] or +31 10 267 3400.": "Register by 14:00: +31 10 267 3400.",
        "Register by 14:00: [email protected] or (010) 267 3400.": "Register by 14:00: (010) 267 3400.",
        "Register by 14:00: [email protected] or [email protected].": "Register by 14:00.",
        "Contact: [email protected] / 0102673400.": "Contact: 0102673400.",
        "Contact: [email protected] and 0102673400.": "Contact: 0102673400.",
        "Contact: [email protected] or": "Contact:",
        "Call 0102673400 or [email protected] or 0102673401.": "Call 0102673400 or 0102673401.",
    }
    for before, after in shapes.items():
        res = process(before, offers)
        assert res.output == after, before
        assert not re.search(r"[:/] (?:or|and|/)\b|\bor or\b", res.output), before
    assert process("Register by 14:00: [email protected] or 0102673400.", NL).output == "Register by 14:00: 0102673400."


def test_after_a_colon_and_or_slash_take_the_mask_only_before_a_contact():
    """'Contact: X / 0102673400' is a list of ways to reach someone; 'Questions: X and we will reply'
    and 'Contact: X / Tel: 0102 673 400' are not ('and' opens a clause, 'Tel:' a label): there the
    removal is only offered, and the offer leaves no ': and' or ': /'."""
    offers = Config(require_english=False, detect_title=False, source_language="nl", min_confidence=0.3)
    for text in ("Questions: [email protected] and we will reply within a day.",
                 "He said: [email protected] and the team were told.",
                 "Contact: [email protected] / Tel: 0102 673 400"):
        assert process(text, NL).output == text, text
        assert _mask_edits(process(text, NL)) == [(re.search(r"\[email protected\] (?:and|/) ", text).group(0), "suggest")]
        assert not re.search(r"[:/] (?:and|/)\b", process(text, offers).output), text
    for text, after in (("Contact: [email protected] and www.rotterdam.nl", "Contact: www.rotterdam.nl"),
                        ("Contact: [email protected] / +31 10 267 3400.", "Contact: +31 10 267 3400.")):
        assert process(text, NL).output == after, text


def test_a_run_of_masks_goes_with_the_preposition_before_it():
    """'at X or at X or by phone': the masks and the preposition before them go together, so no
    'at by phone' is left; the other alternative's own preposition stays."""
    for text in ("Contact us at [email protected] or at [email protected] or by phone.",
                 "Contact us at [email protected] or [email protected] or by phone.",
                 "Contact us at [email protected] or by phone."):
        assert process(text, NL).output == "Contact us by phone.", text
    assert process("Call 0102673400 or [email protected] or 0102673401.", NL).output == "Call 0102673400 or 0102673401."
