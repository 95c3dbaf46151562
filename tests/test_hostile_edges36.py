"""Hostile inputs and faults the b36 review left (faults36): NEL as a line end, an ASCII-only
stdout, the dask engine's long lines and restarted workers, the Posted-by line, and the new
shapes of the fault matrix (NUL in a JSONL field, a BOM mid-file, an output folder or a
missing one, CR-only JSONL)."""

from __future__ import annotations

import pytest

import cleanup

LINE = "The minister said on Monday that the plan would go ahead and that the talks would resume soon."


@pytest.mark.parametrize("text", [LINE.replace(" the plan", "\x85the plan"), LINE + "\x85" + LINE])
def test_nel_in_clean_unicode_is_a_line_end_not_an_ellipsis(text):
    r = cleanup.process(text)
    assert "\u2026" not in r.output and "\x85" not in r.output
    assert "said on Monday that" in r.output and "plan would go ahead" in r.output
    assert cleanup.replay(text, r.edits) == r.output and cleanup.clean(r.output) == r.output


def test_nel_beside_cp1252_quotes_is_still_an_ellipsis():
    r = cleanup.process("He said \x93we will see\x94 and\x85 then he left the room without a word.")
    assert "\u201cwe will see\u201d and\u2026 then" in r.output


def test_nel_after_a_latin1_letter_is_still_utf8_read_as_latin1():
    assert "\u00c5land" in cleanup.process("The \u00c3\x85land islands voted on Sunday to stay.").output
