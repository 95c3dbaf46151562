"""The LanguageTool stage, against a real LanguageTool server."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cleanup import Config, GrammarError, process, replay
from cleanup.cli import main
from cleanup.doc import Context
from cleanup.grammar import check, languagetool_step
from cleanup.rules import load_rules


@pytest.fixture()
def lt(languagetool_url):
    return Config(grammar="languagetool", languagetool_url=languagetool_url, detect_title=False)


def test_status_reports_version(languagetool_url):
    res = CliRunner().invoke(main, ["languagetool", "status", "--languagetool-url", languagetool_url])
    assert res.exit_code == 0 and "LanguageTool 6." in res.output


def test_a_vs_an_is_applied_with_offsets_in_the_original(lt):
    text = "The  minister said this was an historic decision and an big step for the country."
    res = process(text, lt)
    edits = [e for e in res.edits if e.rule == "languagetool.EN_A_VS_AN"]
    assert edits and edits[0].action == "fix" and edits[0].before == "an" and edits[0].after == "a"
    assert text[edits[0].start:edits[0].end] == "an"
    assert replay(text, res.edits) == res.output
    assert "a big step" in res.output


def test_offsets_survive_astral_characters(lt):
    text = "Fans 😀😀 cheered 𝐁𝐈𝐆 when the team won an big match in the city on Sunday."
    res = process(text, lt)
    (edit,) = [e for e in res.edits if e.rule == "languagetool.EN_A_VS_AN"]
    assert text[edit.start:edit.end] == "an"
    assert replay(text, res.edits) == res.output


def test_policy_never_applies_sentence_start_or_spelling_of_names(lt):
    ctx = Context(load_rules(), lt)
    text = "the talks ended. yes they did. Zelenskyy met Kishidda in Kyiv."
    raw = {m["rule"] for m in check(text, lt)}
    assert "UPPERCASE_SENTENCE_START" in raw  # LanguageTool does flag it...
    changes = languagetool_step(ctx.view(text), ctx)
    assert not any(c.rule.endswith("UPPERCASE_SENTENCE_START") and c.action == "fix" for c in changes)
    assert not any(text[c.start:c.end][:1].isupper() and "MORFOLOGIK" in c.rule for c in changes)


def test_policy_is_user_extendable(lt, tmp_path):
    (tmp_path / "house.toml").write_text('[data]\n"languagetool.fix" = ["HE_VERB_AGR"]\n', encoding="utf-8")
    text = "The talks ended late. He go home every day after the talks with the delegation."
    plain = process(text, lt)
    mine = process(text, lt.replace(rules_dirs=(str(tmp_path),)))
    assert any(e.rule == "languagetool.HE_VERB_AGR" and e.action == "suggest" for e in plain.edits)
    assert any(e.rule == "languagetool.HE_VERB_AGR" and e.action == "fix" for e in mine.edits)


def test_no_server_is_a_clear_error(tmp_path):
    cfg = Config(grammar="languagetool", languagetool_url="http://127.0.0.1:9")
    with pytest.raises(GrammarError, match="cannot reach LanguageTool"):
        process("The talks ended on Monday without any agreement between the two sides.", cfg)
    runner = CliRunner()
    res = runner.invoke(main, ["clean", "-", "--grammar", "languagetool", "--languagetool-url", "http://127.0.0.1:9"],
                        input="The talks ended on Monday without any agreement between the two sides.")
    assert res.exit_code == 4 and "cannot reach LanguageTool" in res.output and "Traceback" not in res.output
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "The talks ended on Monday without a deal being agreed."}) + "\n",
                   encoding="utf-8")
    res = runner.invoke(main, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--grammar", "languagetool",
                               "--languagetool-url", "http://127.0.0.1:9"])
    assert res.exit_code == 1
    row = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert "cannot reach LanguageTool" in row["error"]


def test_seed_with_languagetool_keeps_our_repairs(lt):
    from .conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    res = process(text, lt.replace(detect_title=True))
    assert replay(text, res.edits) == res.output
    assert "to stop undermining" in res.output and "Zelenski" not in res.output
    assert all(e.action == "suggest" or e.rule.split(".")[1] in load_rules().words("languagetool.fix")
               for e in res.edits if e.rule.startswith("languagetool."))


def test_guards_offer_what_languagetool_would_half_fix(lt):
    # "justice .." (the real-MT case) is ours to repair whole; LanguageTool's "justice ." is never applied
    res = process("They will face justice .. Al-Kazemi said that the work goes on in the city.", lt)
    assert "justice. Al-Kazemi" in res.output
    assert not any(e.rule == "languagetool.DOUBLE_PUNCTUATION" and e.action == "fix" for e in res.edits)
    # "said.." is applied (our own rule takes it first now; LanguageTool's would be applied too)
    res = process("The minister said.. The talks ended on Monday without a deal in the city.", lt)
    assert any(e.rule in ("normalize.double_stop", "languagetool.DOUBLE_PUNCTUATION") and e.action == "fix"
               for e in res.edits)
    assert "said. The" in res.output
    # "Covid-19" is a house style, "Covid 19" a broken name
    assert "Covid-19" in process("The Covid-19 pandemic closed the schools of the city for a year.", lt).output
    assert "COVID-19" in process("The Covid 19 pandemic closed the schools of the city for a year.", lt).output


def test_policy_applies_names_and_leaves_house_style(lt):
    text = ("Someone posted it in the community wechat group on Monday. In April the Labour party said "
            "it would act afterwards, and President Erdogan agreed.")
    raw = {m["rule"] for m in check(text, lt)}
    assert {"WECHAT", "ERDOGAN"} <= raw  # LanguageTool flags both...
    res = process(text, lt)
    assert "community WeChat group" in res.output
    # ...but only the product name is repaired (our own document.camel_brand takes it first now;
    # LanguageTool's would be applied too)
    assert any(e.rule in ("document.camel_brand", "languagetool.WECHAT") and e.action == "fix" for e in res.edits)
    applied = {e.rule for e in res.edits if e.rule.startswith("languagetool.") and e.action == "fix"}
    assert applied <= {"languagetool.WECHAT"}
    assert not any(e.rule == "languagetool.ERDOGAN" for e in res.edits)
