"""lexicon.zipf reads wordfreq's table directly for plain words: the same answers as wordfreq."""

from wordfreq import zipf_frequency

from cleanup.lexicon import zipf


def test_zipf_matches_wordfreq_on_plain_and_other_words():
    words = ["the", "firmness", "Moscow", "zelensky", "qqqzx", "a", "i", "tthe", "ebay", "e-mail",
             "don't", "covid19", "café", "naïve", "straße", "x" * 40]
    for w in words:
        assert zipf(w) == zipf_frequency(w.lower(), "en"), w


def test_zipf_of_unknown_plain_word_is_zero_and_known_one_is_rounded():
    assert zipf("qqqzxw") == 0.0
    assert zipf("the") == round(zipf("the"), 2) > 7
