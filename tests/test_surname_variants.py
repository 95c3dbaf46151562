"""A surname garbled once beside the given name of a person named in full elsewhere
(document.name_variant.surname)."""

from __future__ import annotations

from cleanup import Config, clean, process

CFG = Config(detect_title=False, require_english=False)
SURNAME = "document.name_variant.surname"


def _changes(text: str) -> list[tuple[str, str, str]]:
    return [(e.before, e.after, e.action) for e in process(text, CFG).edits if e.rule == SURNAME]


def test_a_garbled_surname_beside_the_same_given_name_is_offered() -> None:
    text = "Manju Begum was taken to hospital. The dead was identified as Manju Begum. Manju Bemgom said he died."
    assert _changes(text) == [("Bemgom", "Begum", "suggest")]
    # the given name one letter from the one the article writes (Andre beside Andrei, Andrej)
    text = "The candidacy of Andrei Babis remains. Nobody knows what Andrej Babis is doing. Andre Babesi has not said."
    assert _changes(text) == [("Babesi", "Babis", "suggest")]


def test_applied_with_the_offers_and_idempotent() -> None:
    cfg = Config(detect_title=False, require_english=False, min_confidence=0.4)
    text = "Manju Begum was taken to hospital. The dead was identified as Manju Begum. Manju Bemgom said he died."
    once = clean(text, cfg)
    assert "Manju Begum said" in once and clean(once, cfg) == once


def test_other_people_titles_and_known_surnames_are_kept() -> None:
    for text in ("Anna Begum spoke. Anna Begum left. Rahim Bemgom stayed.",  # another given name: another person
                 "Mr Begum spoke. Mr Begum left. Mr Bemgom stayed.",  # a title says nothing of the person
                 "John Smith spoke. John Smith left. John Smyth stayed.",  # a surname English knows
                 "Manju Begum spoke. Manju Bemgom left."):  # the surname written once only
        assert not _changes(text), text
