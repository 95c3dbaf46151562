"""bench.speech_inventory: the made-up reported-speech inventory's keeps all stay and its doubled
speech tags (the shape with real MT evidence) are repaired."""

from __future__ import annotations

from bench import speech_inventory


def test_keeps_stay_and_doubled_tags_go() -> None:
    result = speech_inventory.run()
    right, total = result["keep"]
    assert right == total
    assert result["repeated_tag"][0] >= 2
