"""Native copy that names two people, or loses a stop after a name, the way review37a found it."""

from __future__ import annotations

from cleanup import Config, process

CFG = Config(detect_title=False)


def _applied(text: str, prefix: str) -> list[tuple[str, str]]:
    return [(e.before, e.after) for e in process(text, CFG).edits if e.rule.startswith(prefix) and e.action == "fix"]


def test_two_people_with_two_spellings_of_one_given_name_keep_them():
    # 'José Mourinho' introduced first does not respell 'Jose Altuve'; 'Mohammed bin Salman' not 'Mohamed Salah'
    text = ("José Mourinho praises Houston star\n\nChelsea manager José Mourinho said on Monday that he watched the "
            "game. Jose Altuve hit two home runs. Jose Altuve, 26, was cheered, and the crowd chanted for Jose Altuve.")
    assert _applied(text, "document.name_variant") == []
    text = ("Mohammed bin Salman met ministers on Monday. Mohammed bin Salman left. Mohamed Morsi was mentioned, "
            "Mohamed Salah scored twice, and Mohamed Salah was cheered.")
    assert _applied(text, "document.name_variant") == []


def test_two_surnames_faker_lists_after_one_given_name_are_two_people():
    text = ("Welsh MP David Davies said on Tuesday that the deal was bad. Brexit Secretary David Davis replied. "
            "David Davies said he would vote against, and David Davies left.")
    assert _applied(text, "document.name_variant") == []


def test_a_clause_with_a_past_verb_the_tagger_reads_as_a_participle_still_ends_before_a_capital():
    res = process("In the morning hours heavy rains flooded the region The authorities warned residents to stay "
                  "at home.", CFG)
    assert "region. The authorities" in res.text, res.text


def test_a_name_ending_in_ly_still_takes_its_lost_stop():
    res = process("The report was published in the Atlantic Monthly The author argued that the war was lost.", CFG)
    assert "Monthly. The author" in res.text, res.text
