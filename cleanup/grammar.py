"""The optional LanguageTool pass (language-tool-python), filtered by a policy in rules/.

LanguageTool runs after our boundary and casing repairs, so it sees whole sentences.
Its matches become edits in the same log (rule ids ``languagetool.<LT rule id>``), with
offsets converted from LanguageTool's UTF-16 units to Python characters.  The policy
(``rules/languagetool.toml``, extendable with ``--rules``) says which LanguageTool rules
are applied, which are only offered to the editor, and which are ignored; anything not
listed is offered.  UPPERCASE_SENTENCE_START is never applied (a lower-case start after
a stop is usually a spurious break our boundary stage merges), and spelling suggestions
never touch a capitalised word (a name).

Where the server comes from, in this order: ``Config.languagetool_url``, the
environment variable ``MT_CLEANUP_LANGUAGETOOL_URL``, else a local LanguageTool that
language-tool-python manages (it downloads LanguageTool on first use and needs Java).
One client serves a whole batch, with constant request parameters.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from .config import Config, is_http_url
from .doc import Context, Doc
from .edits import Change
from .errors import ConfigError, GrammarError

ENV_URL = "MT_CLEANUP_LANGUAGETOOL_URL"
NEVER_APPLY = frozenset({"UPPERCASE_SENTENCE_START"})


def server_url(config: Config) -> str | None:
    """The option's URL, else the environment's; a junk value there is the user's setting to fix
    (exit 2 naming the variable), not a LanguageTool outage."""
    if config.languagetool_url:
        return config.languagetool_url
    url = os.environ.get(ENV_URL) or None
    if url is not None and not is_http_url(url):
        raise ConfigError(f"{ENV_URL}={url!r} is not an http(s) URL such as http://127.0.0.1:8081")
    return url


def describe(config: Config) -> str:
    url = server_url(config)
    return f"LanguageTool server at {url}" if url else "a local LanguageTool managed by language-tool-python"


@lru_cache(maxsize=4)
def _client(url: str | None) -> Any:
    try:
        import language_tool_python as ltp
    except ImportError as exc:  # a broken install, not a user error
        raise GrammarError(f"language-tool-python is not installed ({exc}); pip install language-tool-python") from None
    try:
        if url:
            return ltp.LanguageTool("en-US", remote_server=url)
        return ltp.LanguageTool("en-US")
    except Exception as exc:
        if url:
            raise GrammarError(
                f"cannot reach LanguageTool at {url} ({type(exc).__name__}); start one with "
                "'.ci/languagetool.sh start 8081' or fix --languagetool-url"
            ) from None
        raise GrammarError(
            f"cannot start a local LanguageTool ({type(exc).__name__}: {str(exc)[:200]}); it needs Java 17 and "
            f"an internet connection on first use, or pass --languagetool-url / set {ENV_URL}"
        ) from None


def utf16_maps(text: str) -> tuple[list[int], dict[int, int]]:
    """Python index -> UTF-16 index (list), and UTF-16 index -> Python index (dict).

    >>> to16, to_py = utf16_maps("a😀b")
    >>> to16
    [0, 1, 3, 4]
    >>> to_py[3]
    2
    """
    to16 = [0]
    for ch in text:
        to16.append(to16[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return to16, {u: i for i, u in enumerate(to16)}


def _policy(ctx: Context) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    w = ctx.words
    return (w("languagetool.fix"), w("languagetool.suggest"), w("languagetool.ignore"),
            w("languagetool.ignore_categories"))


def check(text: str, config: Config) -> list[dict]:
    """LanguageTool's matches for ``text``: rule, category, offsets in Python characters,
    message and replacements."""
    client = _client(server_url(config))
    try:
        matches = client.check(text)
    except GrammarError:
        raise
    except Exception as exc:
        _client.cache_clear()
        raise GrammarError(
            f"LanguageTool failed on this text ({type(exc).__name__}: {str(exc)[:200]}); "
            f"is the server at {server_url(config) or 'localhost'} still running?"
        ) from None
    to16, to_py = utf16_maps(text)
    out = []
    for m in matches:
        start = m.offset  # language-tool-python already moved the start to Python characters
        end16 = to16[start] + m.error_length if start < len(to16) else None
        end = to_py.get(end16) if end16 is not None else None
        if end is None or end > len(text):
            continue  # an offset we cannot place exactly: never guess
        out.append({"rule": m.rule_id, "category": m.category, "start": start, "end": end,
                    "message": m.message, "replacements": list(m.replacements)})
    return out


def _doubtful(rule: str, text: str, m: dict) -> bool:
    """Cases where a high-precision LanguageTool rule is known to misfire on clean news."""
    before = text[m["start"]:m["end"]]
    after_text = text[m["end"]:m["end"] + 3]
    if rule == "EN_A_VS_AN" and re.match(r"\s*[$£€¥\d]", after_text):
        return True  # "an $11bn gap" is read "an eleven billion"
    if rule == "ENGLISH_WORD_REPEAT_RULE" and re.search(r"\d", before):
        return True  # tennis scores: 6-3 6-3
    if rule == "COMMA_PARENTHESIS_WHITESPACE" and re.search(r"[\"“”]", before):
        return True  # quote spacing is ours to decide (normalize.quote_spacing)
    if rule == "DOUBLE_PUNCTUATION" and text[m["start"] - 1:m["start"]].isspace():
        return True  # "justice .. Al-Kazemi": its "." leaves "justice . Al-Kazemi" (real-MT dev set, twice)
    if rule == "COVID_19" and before == "Covid-19":
        return True  # house style of the BBC and the Guardian; only broken forms ("Covid 19") are errors
    return False


def languagetool_step(doc: Doc, ctx: Context) -> list[Change]:
    if ctx.config.grammar != "languagetool":
        raise GrammarError(f"unknown grammar checker {ctx.config.grammar!r}; the one supported is 'languagetool'")
    text = doc.text
    fix, suggest, ignore, ignore_cats = _policy(ctx)
    out: list[Change] = []
    last_end = -1
    for m in check(text, ctx.config):
        rule = m["rule"]
        listed = rule in fix or rule in suggest
        if not m["replacements"] or rule in ignore or (not listed and m["category"] in ignore_cats):
            continue
        if m["start"] < last_end:
            continue
        before = text[m["start"]:m["end"]]
        after = m["replacements"][0]
        if m["category"] == "TYPOS" or rule.startswith("MORFOLOGIK"):
            if re.match(r"[A-Z]", before):
                continue  # spelling never touches a name
        if ctx.disabled(f"languagetool.{rule}"):
            continue
        sure = rule in fix and rule not in NEVER_APPLY and not _doubtful(rule, text, m)
        confidence = 0.9 if sure else 0.4
        action = "fix" if confidence >= ctx.config.min_confidence and rule not in NEVER_APPLY else "suggest"
        reason = f"LanguageTool {rule}: {m['message']}"
        out.append(Change(m["start"], m["end"], after, f"languagetool.{rule}", reason, action, confidence))
        last_end = m["end"]
    return out


STATUS_TIMEOUT = 60.0


def status(config: Config, timeout: float = STATUS_TIMEOUT) -> tuple[bool, str]:
    """(ready, one line): used by 'mt-cleanup languagetool status'.

    Asks /v2/healthcheck first (is anything there?), then a real /v2/check: the first
    check on a freshly started server loads the English models, which takes 10 s or more
    on two cores, so it waits up to ``timeout`` seconds and, when the server answers its
    healthcheck but not yet a check, says it is warming up."""
    url = server_url(config)
    if not url:
        return False, f"no server configured: pass --languagetool-url or set {ENV_URL} (or let language-tool-python start one)"
    import json
    import urllib.request

    base = url.rstrip("/")
    try:
        with urllib.request.urlopen(base + "/v2/healthcheck", timeout=timeout) as r:
            r.read()
    except Exception as exc:
        return False, f"LanguageTool at {url} is not reachable ({type(exc).__name__}: {exc})"
    try:
        with urllib.request.urlopen(base + "/v2/check", data=b"language=en-US&text=Hello.", timeout=timeout) as r:
            data = json.load(r)
    except TimeoutError:
        return False, (f"LanguageTool at {url} is warming up: it answers its healthcheck but no check within "
                       f"{timeout:g} s; try again in a minute")
    except Exception as exc:
        reason = getattr(exc, "reason", None)
        if isinstance(reason, TimeoutError):
            return False, (f"LanguageTool at {url} is warming up: it answers its healthcheck but no check within "
                           f"{timeout:g} s; try again in a minute")
        return False, f"LanguageTool at {url} answers its healthcheck but not a check ({type(exc).__name__}: {exc})"
    software = data.get("software", {}) if isinstance(data, dict) else {}
    return True, f"LanguageTool {software.get('version', '?')} at {url} is up ({software.get('buildDate', '')})"
