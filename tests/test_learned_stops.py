"""The learned lost-stop detector (segment.lost_boundary.learned): a stop lost before a
sentence opener the hand rules have no shape for is put back; a capital in mid-sentence that
native news writes there (a relative clause without 'that', a title before a name, a compound
name) is left alone."""

from __future__ import annotations

import pytest

from cleanup import Config, learned_stops, process
from cleanup.rules import load_rules

CFG = Config(detect_title=False, require_english=False)


def _learned(text: str) -> list:
    return [e for e in process(text, CFG).edits if e.rule == learned_stops.RULE]


def test_stop_lost_before_a_common_noun_subject_is_put_back() -> None:
    text = "Ticket sales fell sharply in the last quarter Attendance was down by a fifth."
    edits = _learned(text)
    assert [(e.before, e.after, e.action) for e in edits] == [("", ".", "fix")]
    assert process(text, CFG).output.startswith("Ticket sales fell sharply in the last quarter. Attendance")
    assert "precision" in edits[0].reason and "'attendance'" in edits[0].reason


def test_weaker_evidence_is_only_offered() -> None:
    edits = _learned("The museum is open every day of the week Almost 50,000 people visited it last year.")
    assert [e.action for e in edits] == ["suggest"] and 0.25 <= edits[0].confidence < 0.7


@pytest.mark.parametrize("text", [
    "It was the first time Microsoft has launched a phone of its own.",
    "The chairman of the Bank of England said rates would stay on hold.",
    "Shares rose after chairman Martin Broughton said the sale would go ahead.",
    "He said the damage Skulls does to a phone may not have been intended.",
])
def test_native_mid_sentence_capitals_are_kept(text: str) -> None:
    assert not [e for e in _learned(text) if e.action == "fix"]
    assert process(text, CFG).output == text


def test_bins_are_monotone_and_below_one() -> None:
    bins = learned_stops.model()[1]
    precisions = [p for _, p in bins]
    assert precisions == sorted(precisions) and max(precisions) < 1.0



@pytest.mark.parametrize(("text", "left"), [
    ("the animated comedy The Incredibles in its third week", True),
    ("a sequel to the sitcom That's Life in the spring", True),
    ("in general we Brits can be too polite", True),
    ("the family comedy Because of Winn-Dixie at the top", True),
    ("convinces the American people That the deal is fair", True),
    ("turns a great fight Into a showcase of skill", True),
    ("every day of the week Almost 50,000 people came", False),
    ("from time to time The other arrest some of these spies", True),
    ("the best solution would be Early elections", True),
])
def test_titles_and_pronouns_are_left_to_the_hand_rules(text: str, left: bool) -> None:
    words, _ = learned_stops.tokens(text)
    ib = next(i for i, w in enumerate(words) if i and w[:1].isupper() and words[i - 1][:1].islower())
    closed = load_rules(()).words("words.closed_class")
    rules = load_rules(())
    never_end = rules.words("words.function_words") | {"he", "she", "they", "we"}
    openers = rules.words("words.subject_pronouns", "words.boundary_subjects")
    assert learned_stops._left_to_rules(words, ib - 1, ib, closed, never_end, openers) is left


def test_a_title_after_a_noun_is_not_offered() -> None:
    assert _learned("It opened with the family comedy Because of Winn-Dixie at the top of the chart.") == []


def _gap_of(text: str, capital: str = "") -> tuple[list[str], tuple[str, ...], int, int]:
    """The tokens, tags and gap before ``capital`` (by default the first capital after a lower-case word)."""
    words, _ = learned_stops.tokens(text)
    ib = words.index(capital) if capital else next(
        i for i, w in enumerate(words) if i and w[:1].isupper() and words[i - 1][:1].islower())
    return words, learned_stops.sentence_tags(words), ib - 1, ib


@pytest.mark.parametrize(("text", "offered"), [
    ("the ministry will send technicians Come help repair the pumps", True),  # dev th_thailandnewsgazette_01
    ("every day of the week Almost 50,000 people came", False),
])
def test_a_bare_verb_capital_is_only_offered(text: str, offered: bool) -> None:
    """A capital that is a bare verb has no subject of its own after the gap: an MT stray capital
    at a clause join ('technicians Come help', to help) as often as an imperative after a lost stop."""
    words, tags, ia, ib = _gap_of(text)
    assert learned_stops._offer_only(words, tags, ia, ib) is offered


@pytest.mark.parametrize(("text", "left"), [
    ("the franchise opportunities at Any Labtest Now, Fastest Labs", True),  # CNN tuning: 'Labtest. Now' applied
    ("the hit US comedy Will and Grace", True),
    ("the console game Rising Sun sold well", True),
    ("the documentary Shape of the Moon won", True),
    ("every day of the week Almost 50,000 people came", False),
])
def test_names_and_work_titles_are_left_to_the_hand_rules(text: str, left: bool) -> None:
    words, _, ia, ib = _gap_of(text)
    rules = load_rules(())
    closed = rules.words("words.closed_class")
    assert learned_stops._left_to_rules(words, ia, ib, closed, frozenset(), frozenset(),
                                        rules.words("segment.work_nouns")) is left


@pytest.mark.parametrize(("text", "offered"), [
    ("officials believe Moscow will agree to it", True),
    ("he said Labour was ready", True),
    ("it was the first time Turkey has summoned an envoy", True),
    ("a decision Heffernan said was wrong", False),
])
def test_a_clause_after_a_reporting_verb_is_only_offered(text: str, offered: bool) -> None:
    """'He said No 10 did not', 'the first time Turkey has summoned': a clause without 'that' in
    native news, as often as a new sentence."""
    words, tags, ia, ib = _gap_of(text)
    reporting = load_rules(()).words("words.clause_taking")
    assert learned_stops._offer_only(words, tags, ia, ib, reporting) is offered


@pytest.mark.parametrize(("text", "capital"), [
    ("the rains of storm No. 15 flooded the road", "No"),  # dev vi_vietnam_05, a keep
    ("in Ky Son district, Nghe An province, the force", "An"),  # dev vi_baonghean_24000-drug-pills
    ("in Ha Long city, Quang Ninh province, the police", "Ninh"),
])
def test_numbers_and_place_names_are_not_candidates(text: str, capital: str) -> None:
    words, _, ia, ib = _gap_of(text, capital)
    closed = load_rules(()).words("words.closed_class")
    assert learned_stops._left_to_rules(words, ia, ib, closed, frozenset(), frozenset()) is True


def test_the_fit_samples_the_gaps_the_runtime_judges() -> None:
    """bench.stop_model marks each gap with the runtime's own predicate (review B7: the bins must
    describe the gaps the runtime judges, not also those it leaves to the hand rules)."""
    from bench.stop_model import samples

    text = ("The museum opened in May. The event was busy. It was open every day of the week. "
            "Almost 50,000 people came.")
    rules = load_rules(())
    positives = [judged for _, label, judged, _, _ in samples(text, rules) if label]
    assert positives == [False, False, True]  # before 'The' and 'It' the hand rules decide


@pytest.mark.parametrize(("text", "capital", "left"), [
    ("the talks resume on Monday John Smith said", "John", False),  # a sentence may end on a day
    ("the report was published in September Officials said", "Officials", False),
    ("the vote is due in May Labour leaders said", "Labour", True),  # 'May' is also a name
    ("a concert in Boston Kathleen Smith said", "Kathleen", True),  # a capital inside a name: the hand rules'
    ("culminated in Easter Sunday Mass with multiple celebrations", "Mass", True),  # review17b F3: a day in a name
    ("the Good Friday Agreement was signed", "Agreement", True),
])
def test_a_day_or_a_month_before_the_gap_is_judged(text: str, capital: str, left: bool) -> None:
    words, _ = learned_stops.tokens(text)
    ib = words.index(capital)
    lists = learned_stops.gap_lists(load_rules(()).words)
    assert learned_stops.judged(words, ib - 1, ib, lists) is not left


def test_no_stop_is_offered_after_a_day_inside_a_name() -> None:
    text = ("Holy Week began with Palm Sunday last week and culminated in Easter Sunday Mass with "
            "multiple celebrations.")  # review17b F3, CNN: 'Sunday. Mass' offered 0.35
    assert _learned(text) == []


@pytest.mark.parametrize(("text", "capital"), [
    # review17b F1, native BBC sport/264, sport/453, entertainment/281: each applied at 0.722 before
    ("O'Leary has a year left on his contract. But there were rumours O'Leary would quit if he is not offered "
     "a new deal.", "O"),
    ('"I believe men\'s tennis is all about holding serve and if he\'s playing like that on his own serve '
     'I don\'t see how guys are going to break him," said Dent.', "I"),
    ("He has had 12 UK hit singles, including Hot in Herre, Dilemma and recent number one Over and Over.", "Over"),
])
def test_a_clause_noun_a_subordinate_clause_or_a_verbless_tail_is_only_offered(text: str, capital: str) -> None:
    """After a noun that takes a clause, after a clause a subordinator opens, before a short tail
    without a finite verb native news writes a capital in mid-sentence: never an applied stop."""
    assert not [e for e in _learned(text) if e.action == "fix"]
    words, _ = learned_stops.tokens(text)
    ib = max(i for i, w in enumerate(words) if w == capital and words[i - 1][:1].islower())
    tags, ia = learned_stops.sentence_tags(words), ib - 1
    assert learned_stops._offer_only(words, tags, ia, ib, lists=learned_stops.gap_lists(load_rules(()).words))


@pytest.mark.parametrize("text", [
    "Ticket sales fell sharply in the last quarter Attendance was down by a fifth.",
    "The plan sets a limit if they met certain criteria Writing in the FT, he said it would fail.",
])
def test_the_clause_caps_leave_a_main_clause_before_the_gap_judged(text: str) -> None:
    words, tags, ia, ib = _gap_of(text, next(w for w in ("Attendance", "Writing") if w in text))
    assert not learned_stops._offer_only(words, tags, ia, ib, lists=learned_stops.gap_lists(load_rules(()).words))


def test_a_pair_the_article_writes_in_lower_case_is_only_offered() -> None:
    """review17b F2 (holdout:h8_zh_dqgxwy_debao-rumor-adultery, 'and control headquarters released
    ... and control Headquarters issued'): the article writes the two words as one phrase elsewhere,
    so the capital is as likely a stray one as a sentence's opener."""
    text = ("The club said the last quarter attendance fell. "
            "Ticket sales fell sharply in the last quarter Attendance was down by a fifth.")
    edits = _learned(text)
    assert [e.action for e in edits] == ["suggest"] and edits[0].confidence < 0.7
    assert [e.action for e in _learned(text.split(". ", 1)[1])] == ["fix"]  # alone, the stop is applied


def test_the_applied_bins_are_pooled() -> None:
    """review17b F4: above the first applied bin each bin held 0 or 1 false gap, so one gap more
    or less set where the model starts to apply; the applied bins share one precision, counted
    over all of them (14 stops, 1 false: 14 / 15.5)."""
    from bench.stop_model import calibrate

    edges = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99)
    scored = ([(lo + 1e-4, 0, 1.0) for lo in edges for _ in range(9)] + [(lo + 1e-4, 1, 1.0) for lo in edges]
              + [(0.9951, 1, 1.0)] * 3 + [(0.9981, 1, 1.0)] * 2 + [(0.9982, 0, 1.0)] + [(0.9991, 1, 1.0)] * 2
              + [(0.9996, 1, 1.0)] * 2 + [(0.9999, 1, 1.0)] * 5)
    table = {lo: prec for lo, prec, *_ in calibrate(scored, 10_000)}
    assert table[0.995] == table[0.998] == table[0.9998] == pytest.approx(14 / 15.5)
    assert table[0.3] < 0.7
    shipped = [prec for _, prec in learned_stops.model()[1] if prec >= 0.7]
    assert shipped and len(set(shipped)) == 1


@pytest.mark.parametrize(("text", "capital", "candidate"), [
    ("said the minister, Karina Vestergård Madsen, on Tuesday", "Madsen", False),  # holdout9: 'rd' before 'Madsen'
    ("the party leader Jimmie Åkesson Sweden needs", "Sweden", False),
    ("the coach (Thomas Müller Jr) said", "Jr", False),
    ("the minister Vestergård said Madsen would resign", "Madsen", True),  # the word before is 'said'
    ("a naïve buyer Smith said", "Smith", True),  # a lower-case word with a letter beyond ASCII
    ("in the last quarter Attendance was down", "Attendance", True),
])
def test_a_name_with_a_letter_beyond_ascii_opens_no_gap(text: str, capital: str, candidate: bool) -> None:
    """The tokens stop at a letter beyond ASCII, so the end of 'Vestergård' reads as a lower-case word
    before a capital: the gap is no candidate (the CANDIDATE pattern alone takes it)."""
    at = text.index(" " + capital)
    assert at in [m.start() for m in learned_stops.CANDIDATE.finditer(text)]
    assert (at in [m.start() for m in learned_stops.gaps(text, 0, len(text))]) is candidate
