"""The machine-translation detector (cleanup/mt_detect.py): its model loads, it tells a made-up
translated paragraph from a native one, it gives no decision on a short text, it runs in
linear time, and the chain takes its verdict for ``mt_like``."""

from __future__ import annotations

import time

from cleanup import mt_detect
from cleanup.rules import load_rules

RULES = load_rules(())

# made up: the shapes of translated copy (varied reporting verbs, 'the said', 'in order to',
# long sentences of nouns and 'of the', a comma splice, a stop before a lower-case word)
MT = (
    "The Minister of the Interior stressed that the said measures of the government are necessary in order to "
    "guarantee the security of the citizens of the region, it is the task of the state. In this regard, the "
    "head of the department indicated that the implementation of the plan of the ministry will be carried out "
    "within the framework of the program of the development of the province. the representatives of the "
    "administration affirmed that the situation is under the control of the authorities. Moreover, the "
    "director of the agency noted that the inspection of the facilities of the district was completed, he "
    "emphasized that the results of the inspection will be presented to the members of the commission of the "
    "parliament. At the same time, the spokesman of the ministry pointed out that the citizens of the city "
    "expressed the support of the initiative of the governor."
)
# made up: native news copy (contractions, genitives, 'said', 'but', short sentences)
NATIVE = (
    "Jane Smith didn't expect to win. But on Saturday she did, and she's still smiling. \"I can't believe it,\" "
    "she said. \"It's been a long year and I'm tired, but it was worth it.\" Her coach said he'd never seen a "
    "player work so hard. The club's chairman, who wasn't at the match, said he was delighted. It's the first "
    "title in a decade for a team that was nearly relegated two seasons ago. Fans sang in the streets until "
    "late. Smith said she'd take a week off before the next round, but she isn't planning a party. \"We'll see,\" "
    "she said with a grin. A new season starts in May, and there's a lot to do before then, she added."
)


def test_model_loads_with_a_threshold_and_weights():
    m = mt_detect.model()
    assert 0.0 < m.threshold < 1.0
    assert m.min_words > 0
    assert any(k.startswith("w:") for k in m.weights) and any(k.startswith("s:") for k in m.weights)


def test_translated_paragraph_scores_above_native_one():
    mt, native = mt_detect.score(MT), mt_detect.score(NATIVE)
    assert mt is not None and native is not None
    assert mt > native
    assert not mt_detect.verdict(NATIVE).is_mt


def test_short_text_gets_no_decision():
    v = mt_detect.verdict("The Minister of the Interior stressed that the said measures are necessary.")
    assert v.score is None and not v.is_mt


def test_lines_without_a_sentence_are_not_read():
    """A title, a masthead or a menu is the page's furniture, not its prose."""
    framed = "Daily News | Home | World\n\nMinister Of The Interior Stressed The Measures\n\n" + NATIVE
    assert mt_detect.score(framed) == mt_detect.score(NATIVE)


def test_tokenised_spacing_reads_as_the_same_text():
    """CNN/DailyMail's house style ('dies . The', 'did n't') is closed up before counting."""
    spaced = NATIVE.replace(". ", " . ").replace(", ", " , ").replace("n't", " n't")
    assert abs(mt_detect.score(spaced) - mt_detect.score(NATIVE)) < 1e-9


def test_score_is_linear_in_the_text():
    def seconds(text: str) -> float:
        start = time.process_time()
        mt_detect.score(text)
        return time.process_time() - start

    small = min(seconds(MT * 40) for _ in range(3))
    big = min(seconds(MT * 400) for _ in range(3))
    assert big < 30 * small + 0.5, (big, small)


def test_chain_reads_the_verdict(monkeypatch):
    """A text no pack and no MT mark claims is MT-like when the detector says so."""
    from cleanup import Config, pipeline

    cfg = Config(require_english=False, detect_title=False)
    for forced in (True, False):
        monkeypatch.setattr(mt_detect, "verdict", lambda *a, f=forced, **k: mt_detect.Verdict(0.9, f))
        _, ctx = pipeline.run(NATIVE, cfg)
        assert ctx.mt_like is forced


def test_a_user_s_word_list_does_not_move_the_fitted_model(tmp_path):
    """The model's features read the shipped lists: a user's file that extends
    ``words.translationese`` (here with everyday words) changes no score and no verdict."""
    from cleanup import Config, pipeline

    (tmp_path / "mine.toml").write_text(
        '[data]\n"words.translationese" = ["she", "said", "the", "and", "but", "it", "was"]\n'
        '"words.varied_reporting" = ["said", "added"]\n', encoding="utf-8")
    cfg = Config(require_english=False, detect_title=False)
    _, plain = pipeline.run(NATIVE, cfg)
    _, extended = pipeline.run(NATIVE, cfg.replace(rules_dirs=(str(tmp_path),)))
    assert "she" in extended.rules.words("words.translationese")
    assert plain.mt_like is extended.mt_like is False
