"""The real-MT scorer's matching logic (bench/real_mt.py), on synthetic strings and edits.

The benchmark's figures are only as good as this matching: an edit judged on the wrong
window, or a spacing difference counted as an error, would move them without the chain
changing."""

from __future__ import annotations

from bench.real_mt import Annotation, Keep, Repair, check_annotation, keep_broken, score_excerpt, score_repair
from cleanup import Edit


def edit(text: str, start: int, end: int, after: str, action: str = "fix", rule: str = "t.rule") -> Edit:
    return Edit(rule, start, end, text[start:end], after, "test", action)


def span(text: str, find: str) -> tuple[int, int]:
    s = text.index(find)
    return s, s + len(find)


TEXT = "The minister said.The plan is ready. Officials Met on Monday."


def test_an_applied_edit_giving_a_correction_is_fixed():
    s, e = span(TEXT, "said.The")
    ins = TEXT.index(".The") + 1
    sc = score_repair(TEXT, [edit(TEXT, ins, ins, " ")], s, e, ["said. The"])
    assert sc.outcome == "fixed"
    assert sc.got_fix == "said. The"


def test_a_matching_suggestion_is_offered():
    s, e = span(TEXT, "said.The")
    ins = TEXT.index(".The") + 1
    sc = score_repair(TEXT, [edit(TEXT, ins, ins, " ", action="suggest")], s, e, ["said. The"])
    assert sc.outcome == "offered"
    assert sc.got_fix == "said.The" and sc.got_all == "said. The"


def test_an_applied_edit_giving_something_else_is_wrong():
    s, e = span(TEXT, "said.The")
    dot = TEXT.index(".The")
    sc = score_repair(TEXT, [edit(TEXT, dot, dot + 1, ",")], s, e, ["said. The"])
    assert sc.outcome == "wrong"
    assert sc.got_fix == "said,The"


def test_no_edit_or_a_non_matching_suggestion_is_missed():
    s, e = span(TEXT, "said.The")
    assert score_repair(TEXT, [], s, e, ["said. The"]).outcome == "missed"
    far = edit(TEXT, TEXT.index("Met"), TEXT.index("Met") + 1, "m")  # elsewhere: does not count
    assert score_repair(TEXT, [far], s, e, ["said. The"]).outcome == "missed"
    dot = TEXT.index(".The")
    sc = score_repair(TEXT, [edit(TEXT, dot, dot + 1, ";", action="suggest")], s, e, ["said. The"])
    assert sc.outcome == "missed" and sc.suggestion_only


def test_whitespace_runs_do_not_count_but_case_does():
    s, e = span(TEXT, "said.The")
    ins = TEXT.index(".The") + 1
    assert score_repair(TEXT, [edit(TEXT, ins, ins, " \n  ")], s, e, ["said. The"]).outcome == "fixed"
    low = edit(TEXT, ins, ins + 1, " t")
    assert score_repair(TEXT, [low], s, e, ["said. The"]).outcome == "wrong"


def test_an_edit_straddling_the_find_is_judged_whole():
    # "Met" is the error; the chain rewrote "Officials Met" in one edit
    s, e = span(TEXT, "Met on")
    o = TEXT.index("Officials")
    sc = score_repair(TEXT, [edit(TEXT, o, o + len("Officials Met"), "Officials met")], s, e, ["met on"])
    assert sc.window == (o, e)
    assert sc.outcome == "fixed"


def test_one_edit_fixing_two_annotated_neighbours_is_right_for_both():
    text = "Story ends here.\nRelated: one\nRelated: two\n"
    a, b = span(text, "Related: one\n"), span(text, "Related: two\n")
    both = edit(text, a[0], b[1], "")
    pieces = [(*a, [""]), (*b, [""])]
    assert score_repair(text, [both], *a, [""], [pieces[1]]).outcome == "fixed"
    assert score_repair(text, [both], *b, [""], [pieces[0]]).outcome == "fixed"
    # without knowing the neighbour is a repair, the same edit removes text it should keep
    assert score_repair(text, [both], *a, [""]).outcome == "wrong"


def test_a_keep_is_broken_only_when_an_applied_edit_changes_it():
    text = "He met the Ministry of Interior team."
    s, e = span(text, "Ministry of Interior")
    m = text.index("Ministry")
    assert keep_broken(text, [edit(text, m, m + 1, "m")], s, e) == "ministry of Interior"
    assert keep_broken(text, [edit(text, m, m + 1, "m", action="suggest")], s, e) is None
    assert keep_broken(text, [edit(text, m - 1, m, "  ")], s, e) is None  # spacing only
    assert keep_broken(text, [edit(text, 0, 2, "She")], s, e) is None  # elsewhere


def test_score_excerpt_counts_unannotated_edits_and_reports_bad_finds():
    ann = Annotation("x", "xx", (Repair("punctuation", "said.The", ("said. The",)),
                                 Repair("casing", "e", ("E",)),  # occurs many times: not scored
                                 Repair("casing", "Met on", ("met on",))),
                     (Keep("Monday"),))
    ins = TEXT.index(".The") + 1
    stray = edit(TEXT, 0, 3, "A")
    sc = score_excerpt(TEXT, [edit(TEXT, ins, ins, " "), stray], ann, "xx")
    assert [r["outcome"] for r in sc.repairs] == ["fixed", "missed"]
    assert [u["before"] for u in sc.unannotated] == ["The"]
    assert sc.keeps == [{"text": "Monday", "broken": False, "got": None, "rules": []}]
    assert any("occurs" in p for p in sc.problems)


def test_check_annotation_wants_known_classes_and_unique_spans():
    ann = Annotation("x", "xx", (Repair("style", "plan", ("scheme",)), Repair("casing", "Met", ("Met",))),
                     (Keep("is"),))
    problems = check_annotation(ann, TEXT)
    assert any("class 'style'" in p for p in problems)
    assert any("repeats the find" in p for p in problems)
    assert any("keep 1" in p and "occurs 2 times" in p for p in problems)
    assert check_annotation(Annotation("x", "xx", (Repair("casing", "Met", ("met",)),), ()), TEXT) == []


def test_spacing_only_edits_are_neither_right_nor_wrong():
    text = "Story ends here.\n\n\nRelated: one\nNext story."
    s, e = span(text, "\n\n\nRelated: one\n")
    para = text.index("\n\n\n")
    squeeze = edit(text, para, para + 3, "\n\n")
    assert score_repair(text, [squeeze], s, e, ["\n\n"]).outcome == "missed"
    sc = score_excerpt(text, [squeeze], Annotation("x", "xx", (), ()), "xx")
    assert sc.unannotated == [] and sc.spacing_edits == 1
    # the space a glued stop needs is not spacing only
    glued = "He said.The end"
    ins = glued.index("T")
    sc = score_excerpt(glued, [edit(glued, ins, ins, " ")], Annotation("x", "xx", (), ()), "xx")
    assert [u["after"] for u in sc.unannotated] == [" "] and sc.spacing_edits == 0


def test_the_fragment_probe_cuts_a_sentence_and_accepts_the_joins_an_editor_would():
    from bench.fragment_probe import sites

    text = "The firm cut its forecast for the year, although sales in Asia grew strongly. Shares fell."
    [(s, e, damaged, accepted)] = sites(text, "comma_subordinate")
    assert text[:s] + damaged + text[e:] == ("The firm cut its forecast for the year. Although sales in Asia grew "
                                             "strongly. Shares fell.")
    assert ", although " in accepted and " although " in accepted
    # a cut piece that is not the end of its sentence, or a cut right after a sentence start, is no fragment
    assert sites("Prices rose, although wages fell, and spending held up well in May.", "comma_subordinate") == []
    assert sites("Shares fell. Prices rose, although wages fell a little in May.", "comma_subordinate") == []


def test_either_of_two_rival_offers_counts_as_offered_but_never_both():
    text = "The city has banned Cars from the centre."
    stop = Edit("t.stop", 19, 19, "", ".", "test", "suggest", alternative=(20, 21))
    low = Edit("t.low", 20, 21, "C", "c", "test", "suggest", alternative=(19, 19))
    s, e = span(text, "Cars")
    assert score_repair(text, [stop, low], s, e, ["cars"]).outcome == "offered"  # the second offer
    assert score_repair(text, [stop, low], 19, 21, [". C"]).outcome == "offered"  # the first
    assert score_repair(text, [stop, low], 19, 21, [". c"]).outcome == "missed"  # not both
