"""segment.final_period in native copy (a false edit on clean news, bench.false_edits): the
page's last paragraph is only offered its stop, unless it ends in a speech tag; fails on the
code before."""

from __future__ import annotations

import dataclasses

from cleanup import process

from .conftest import ANY_BODY as ANY

MT = dataclasses.replace(ANY, source_language="de")

NATIVE = ("The carmaker said sales had fallen for a third year running, despite a rise in exports to Asia.\n\n"
          "Its chief executive told shareholders that the firm would cut costs by closing two plants.\n\n")


def _final(text: str, cfg=ANY) -> list:
    return [e for e in process(text, cfg).edits if e.rule == "segment.final_period"]


def test_native_last_paragraph_without_a_stop_is_only_offered_one():
    # a native page's last line with no stop is where the page was cut or a caption closes it
    text = NATIVE + "In the year before, the market for small cars in the region had grown by 1.3%"
    edits = _final(text)
    assert edits and all(e.action == "suggest" for e in edits)
    assert process(text, ANY).output.endswith("by 1.3%")


def test_translated_last_paragraph_still_takes_its_stop():
    text = NATIVE + "In the year before, the market for small cars in the region had grown by 1.3%"
    assert process(text, MT).output.endswith("by 1.3%.")


def test_native_paragraph_inside_the_page_still_takes_its_stop():
    text = (NATIVE + "In the year before, the market for small cars in the region had grown by 1.3%\n\n"
            + NATIVE.strip())
    assert "grown by 1.3%.\n\n" in process(text, ANY).output


def test_native_last_paragraph_ending_in_a_speech_tag_takes_its_stop():
    text = NATIVE + "The delegation spoke in Russian and the opening speech was read in English, Maria Zakharova said"
    assert process(text, ANY).output.endswith("Maria Zakharova said.")

