"""Code lines of a page: removed where the rule is on, left as they were where it is off."""

from cleanup import Config, process
from cleanup.code_lines import code_spans
from cleanup.doc import Context
from cleanup.rules import load_rules

SCRIPT = "(function(d, s, id) {\nvar js, fjs = d.getElementsByTagName(s)[0];\nif (d.getElementById(id)) return;\nwindow.ads = {formFactor: 1};"
BODY = "The minister spoke on Monday.\n\nHe said the plan would be ready in May."


def test_code_at_the_foot_is_removed():
    out = process(f"{BODY}\n\n{SCRIPT}", Config(detect_title=False))
    assert out.text == BODY
    assert {e.rule for e in out.edits if not e.after.strip()} == {"boilerplate.code_line"}


def test_kept_code_is_not_recased_or_split():
    out = process(f"{BODY}\n\n{SCRIPT}", Config(detect_title=False, disable=("boilerplate.code_line",)))
    for line in SCRIPT.splitlines():
        assert line in out.text
    assert "Var js" not in out.text and "form Factor" not in out.text


def test_a_style_sheet_line_is_removed():
    css = ".top-box .ratio{ padding-bottom: 79.13%; } @media (min-width: 768px) { .box"
    assert process(f"{BODY}\n\n{css}", Config(detect_title=False)).text == BODY


def test_prose_with_brackets_is_no_code():
    ctx = Context(rules=load_rules(), config=Config())
    prose = ("The function of the office (its role in trade) is unclear; the board will decide.\n"
             "The document.It was signed by both sides (the army and the rebels); it ends the war.\n"
             "Var, a town in the south (pop. 3,000), voted; turnout was {high}.")
    assert code_spans(prose, ctx) == []
    assert len(code_spans(f"{prose}\n{SCRIPT}", ctx)) == 4
