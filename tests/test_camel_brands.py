"""A brand with a capital inside the word left all in lower case (cleanup/camel_brands.py,
document.camel_brand): 'the wechat group' -> 'the WeChat group'."""

import pytest

from cleanup import Config, clean, process, replay

CFG = Config(detect_title=False, require_english=False, source_language="zh")
NATIVE = Config(detect_title=False, require_english=False)
RULE = "document.camel_brand"


def _afters(text: str, cfg: Config = CFG) -> list[tuple[str, str]]:
    return [(e.action, e.after) for e in process(text, cfg).edits if e.rule == RULE]


@pytest.mark.parametrize("text, brand", [
    ("He posted the notice in the community wechat group on Monday.", "WeChat"),
    ("A number of wechat chat records spread online.", "WeChat"),
    ("The clip spread on youtube within hours.", "YouTube"),
    ("She bought an iphone on Friday.", "iPhone"),
])
def test_the_brand_takes_its_own_spelling(text, brand):
    out = process(text, CFG)
    assert _afters(text) == [("fix", brand)] and brand in out.text
    assert replay(text, out.edits) == out.text and clean(out.text, CFG) == out.text


def test_native_copy_too():
    assert _afters("The clip spread on youtube within hours.", NATIVE) == [("fix", "YouTube")]


@pytest.mark.parametrize("text", [
    "Visit youtube.com/watch or follow @wechat and #tiktok for more.",
    "Sony's Playstation and Paypal were mentioned, he said.",  # title case: a house style
    "The cable modem blew up, she said.",  # an English word, not listed
    'The word "wechat" was banned, he said.',
    "He said WeChat and YouTube grew.",
])
def test_left(text):
    assert _afters(text) == []
