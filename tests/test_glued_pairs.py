"""Two words run together where a page lost a space (cleanup.glued_pairs): a function word beside
a dictionary word is split in MT, two content words are only offered, and names, brands,
handles, addresses, compounds and particle compounds stay."""

from __future__ import annotations

import pytest

from cleanup import Config, clean, process
from cleanup.glued_pairs import COMPOUNDING, CONTENT, FUNCTION, FUNCTION_ZIPF, compounding, split_point
from cleanup.lexicon import zipf
from cleanup.rules import load_rules

RULES = load_rules()
PARTICLES = RULES.words("normalize.compounding_first"), RULES.words("normalize.compounding_last")

MT = Config(source_language="vi")
NATIVE = Config(detect_title=False, require_english=False)


@pytest.mark.parametrize("word, at, rule", [
    ("torenovate", 2, FUNCTION), ("wasdeeply", 3, FUNCTION), ("theprovince", 3, FUNCTION),
    ("hasadvised", 3, FUNCTION), ("inthe", 2, FUNCTION), ("allfields", 3, FUNCTION),
    ("anddiscussing", 3, FUNCTION), ("actualimplementation", 6, CONTENT), ("economicdevelopment", 8, CONTENT),
])
def test_split_points(word, at, rule):
    assert split_point(word, PARTICLES) == (at, rule)


@pytest.mark.parametrize("word", [
    "offrom",  # two prepositions: a doubled word, not a lost space
    "newsreader", "livestream", "backstabbing", "policewomen",  # compounds wordfreq knows
    "writeback", "sickout", "uprate", "overperform", "makeout",  # particles that form compounds
    "mananera", "wowkorea", "infobae", "sican",  # foreign words and names
])
def test_no_split_point(word):
    assert split_point(word, PARTICLES) is None


def test_compounding_particles_are_measured():
    """The particles in rules/normalize.toml are the function words wordfreq ranks first that
    the dictionary shows forming compounds (measured again here; a word list, not a guess)."""
    from wordfreq import top_n_list

    words = [w for w in top_n_list("en", 1000) if w.isalpha() and zipf(w) >= FUNCTION_ZIPF]
    assert {w for w in words if compounding(w, True) >= COMPOUNDING} == set(PARTICLES[0])
    assert {w for w in words if compounding(w, False) >= COMPOUNDING} == set(PARTICLES[1])
    assert "up" in PARTICLES[0] and "the" not in PARTICLES[0] and "out" in PARTICLES[1]


def test_function_words_are_split_in_mt_text():
    text = ("Implementingthe direction of the committee on continuing torenovate the work, the movement "
            "wasdeeply implemented in theprovince and the council hasadvised the units inthe departments.")
    out = process(text, MT).output
    assert out == ("Implementing the direction of the committee on continuing to renovate the work, the movement "
                   "was deeply implemented in the province and the council has advised the units in the departments.")
    assert clean(out, MT) == out


def test_content_words_are_only_offered():
    res = process("The units evaluate the actualimplementation of the plan and socio-economicdevelopment.", MT)
    assert res.output.startswith("The units evaluate the actualimplementation")
    offered = [e for e in res.edits if e.rule == CONTENT]
    assert [e.action for e in offered] == ["suggest", "suggest"]


def test_native_text_is_only_offered():
    text = "They are lobbying toprevent software patents becoming law in Europe, he told the BBC."
    res = process(text, NATIVE)
    assert res.output == text
    assert [e.action for e in res.edits if e.rule == FUNCTION] == ["suggest"]


@pytest.mark.parametrize("text", [
    "She bought a PlayStation, watched a livestream with the newsreader and met Mr MacDonald in Clearwater.",
    "Follow #theprovince and @thenews, or mail info@theprovince.com and read www.theprovince.com/news today.",
    "Sheikh Hasina met Settha Thewin in Saladin, and Publicat: 29-09-2020 was the date.",
    "Arrested sican, you will reach the city.",
    "The two years offrom 2016 to 2018 were hard.",
    "The council met on Monday. Northall said the plan was good. Brandall agreed.",  # surnames that halve
    "Liverpool midfielder igor biscan and the film starring gerard jugnot opened.",  # lower-cased names
])
def test_keeps(text):
    res = process(text, MT)
    assert not [e for e in res.edits if e.rule in (FUNCTION, CONTENT) and e.action == "fix"]


def test_repeated_run_is_offered():
    text = "He met the thewinners at the gala. The thewinners were glad."
    res = process(text, MT)
    assert [e.action for e in res.edits if e.rule == FUNCTION] == ["suggest", "suggest"]
