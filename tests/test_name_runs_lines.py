"""name_runs counts runs of capitals line by line (each line's count cached): the sum must be what
one scan of the whole text counts, and no run may join two lines."""

from __future__ import annotations

from cleanup import name_runs


def test_runs_are_counted_within_lines_and_summed():
    text = "Officers of New York State Police\nNew York State budget talks resumed.\n\nNew York won."
    runs = name_runs._runs(text)
    assert runs[("New", "York")] == 3
    assert runs[("New", "York", "State")] == 2
    assert runs[("New", "York", name_runs._END)] == 1  # 'New York won': the run ends there
    assert runs[("Police", "New")] == 0  # the line break ends the run


def test_a_changed_line_is_counted_again():
    before = name_runs._runs("The Foreign Office said.\nThe Home Office agreed.")
    after = name_runs._runs("The Foreign Office said.\nThe Home office agreed.")
    assert before[("Home", "Office")] == 1 and after[("Home", "Office")] == 0
    assert after[("Foreign", "Office")] == 1
