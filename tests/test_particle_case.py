"""document.proper_noun_case: a name's particle between its given name and its surname keeps
its lower case (a false edit on native news, bench.false_edits); fails on the code before."""

from __future__ import annotations

from cleanup import process

from .conftest import ANY_BODY as ANY

VAN = ("Striker Kees van Dijkstra may make his comeback on Saturday.\n\nEven without Van Dijkstra, the club "
       "won twice. The manager was unhappy with Van Dijkstra for hiding the injury. The club has missed "
       "Van Dijkstra in attack.")


def test_name_particle_after_a_given_name_keeps_its_lower_case():
    # English writes 'Kees van Dijkstra' but 'Van Dijkstra' where the surname stands alone: both right
    out = process(VAN, ANY)
    assert "Kees van Dijkstra" in out.output
    assert not [e for e in out.edits if e.rule.startswith("document.proper_noun_case")]

