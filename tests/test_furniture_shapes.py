"""Generic page furniture of fresh MT pages (leftover28b): made-up pages, each line a shape seen on
two sites or more; the article's own lines stay."""

from cleanup import Config, process

HEAD = "Minister visits the flooded towns"
BODY = ("The minister visited three towns on Monday and promised help to the farmers.\n\n"
        "She said the army would build new dams before the winter.")


def _clean(page: str) -> str:
    return process(page, Config(detect_title=True)).text


def test_furniture_at_the_foot_goes():
    foot = ("--AGENCY\n\nabc/de\n\nLiked it? Take a second to support The Daily on Patreon!\n\n"
            "This website uses cookies to improve your experience. Accept Read More\n\n"
            "var js, fjs = d.getElementsByTagName(s)[0];")
    out = _clean(f"{HEAD}\n\n{BODY}\n\n{foot}")
    assert out.endswith("before the winter.")
    assert "cookies" not in out and "Patreon" not in out and "getElements" not in out


def test_furniture_at_the_top_goes():
    top = "By Li Ming(dailynews.com.cn)\n\nPrint Mail Large Medium Small\n\nPrivacy and Cookie Policies."
    out = process(f"{HEAD}\n\n{top}\n\n{BODY}", Config(detect_title=True))
    assert out.text.startswith(HEAD) or out.title == HEAD
    assert "Cookie" not in out.text and "Large Medium" not in out.text and "dailynews" not in out.text


def test_a_glued_end_mark_goes_and_the_sentence_stays():
    out = _clean(f"{HEAD}\n\n{BODY}-0-")
    assert out.endswith("before the winter.")


def test_a_masthead_printed_again_at_the_foot_goes():
    mast = "The Valley Times, the trusted news agency."
    out = process(f"{mast}\n\n{HEAD}\n\n{BODY}\n\nThe Valley Times\n\n{mast}", Config(detect_title=True))
    assert not out.text.rstrip().endswith(mast)


def test_prose_about_the_same_things_stays():
    prose = ("The regulator said the site uses cookies without asking its readers, and fined it.\n\n"
             "The score was 1-0 at half time, and the fans urged readers to donate to the club.\n\n"
             "The function of the new office (its role in trade) is unclear; the board will decide.")
    out = _clean(f"{HEAD}\n\n{BODY}\n\n{prose}")
    for para in prose.split("\n\n"):
        assert para in out
