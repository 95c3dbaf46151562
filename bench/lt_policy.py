"""Which LanguageTool rules to apply, offer or ignore: every rule measured on real MT and on native news.

    python -m bench.lt_policy --url http://127.0.0.1:8091 [--per-source 150] [--top 25] [--show RULE ...]
                              [--json PATH]

LanguageTool runs last in the chain, so it is measured on what it sees there: the output of
our own chain (``cleanup.pipeline.run`` without the grammar stage).  Every LanguageTool match
with a replacement is then tried **as if its rule were in the policy's ``fix`` list** (the
guards of ``cleanup.grammar`` still hold: UPPERCASE_SENTENCE_START never applied, spelling
never on a capitalised word, ``_doubtful`` cases only offered), one match at a time, so that
each rule is judged on its own edits and not on a neighbour's:

- on the real-MT development set (``bench/real_mt.py``): the match's first replacement is
  added to the chain's edit log (it merges with the chain's edits as in a real run) and the
  excerpt is scored again.  A repair that becomes *fixed* counts for the rule; one that
  becomes *wrong* (or was fixed and is no longer) against it; a keep it breaks against it;
  an edit that touches no annotation is *unannotated* (a missed annotation or a false edit:
  ``--show`` lists them).
- on native news (BBC held-out half: odd indices in sorted order, bodies without the title
  line; CNN/DM articles 501-800), spread evenly, ``--per-source`` from each: every applied
  match is a false edit.  Reported per 1,000 words.

The proposal column applies the policy's criteria (``propose``): ``fix`` when the rule
repairs, breaks no keep, makes no wrong repair and (almost) never fires on native text;
``suggest`` when it repairs but also misfires; ``ignore`` when it only misfires.  Read the
examples before following it: native news has typos of its own (a match there may be right),
and a match that does half of an annotated repair scores as wrong.  Last, the policy as it stands
in ``rules/`` is run for real (the grammar stage on the same text) to give the totals that
``python -m bench.real_mt --grammar languagetool`` gives, and its native false edits."""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .common import BBC, SHARED, token_changes
from .real_mt import Annotation, ExcerptScore, load_annotations, load_excerpts, score_excerpt

CNNDM = SHARED / "data" / "cnndm-test-1000" / "test.jsonl"
#: a rule is "near zero" on native text below this many applied matches per 1,000 words
#: (one in 50,000 words: about one in a hundred articles)
NATIVE_NEAR_ZERO = 0.02


# -- data ---------------------------------------------------------------------------------------

def spread(items: Sequence, n: int) -> list:
    """``n`` items evenly spaced over ``items`` (all of them when there are fewer): every BBC
    topic and the whole CNN/DM range are represented, not the first folder only."""
    if n >= len(items):
        return list(items)
    return [items[i * len(items) // n] for i in range(n)]


def native_documents(per_source: int) -> list[tuple[str, str]]:
    """(name, text) of clean native articles: BBC held-out bodies and CNN/DM articles 501-800."""
    bbc = sorted((BBC / "articles").glob("*/*.txt"))[1::2]
    out = [(str(p).split("articles/")[-1], p.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1].strip())
           for p in spread(bbc, per_source)]
    with CNNDM.open(encoding="utf-8") as fh:
        cnn = [(f"cnn{i + 1}", json.loads(line)["article"]) for i, line in enumerate(fh) if 500 <= i < 800]
    return out + spread(cnn, per_source)


# -- one document -------------------------------------------------------------------------------

@dataclass
class RuleStats:
    category: str = ""
    mt_matches: int = 0          # matches the rule would apply on real MT (if it were in fix)
    fixed: int = 0               # annotated repairs it makes right
    wrong: int = 0               # annotated repairs it makes wrong (or undoes)
    broken: int = 0              # keeps it breaks
    unannotated: int = 0         # applied edits touching no annotation
    neutral: int = 0             # touches an annotation without changing its outcome, or spacing only
    guarded: int = 0             # matches our guards only offer (never applied whatever the policy)
    native_matches: int = 0      # matches it would apply on native text: false edits
    native_guarded: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)

    def note(self, kind: str, text: str, limit: int = 12) -> None:
        shown = self.examples.setdefault(kind, [])
        if len(shown) < limit:
            shown.append(text)


def applicable(rule: str, category: str, text: str, m: dict) -> str:
    """What ``cleanup.grammar.languagetool_step`` would do with a match if ``rule`` were in
    ``fix``: "apply", "guard" (offered only) or "skip" (dropped).  It mirrors the step's own
    tests (and calls its guards), so that each match can be judged alone."""
    from cleanup.grammar import NEVER_APPLY, _doubtful

    if not m["replacements"]:
        return "skip"
    if (category == "TYPOS" or rule.startswith("MORFOLOGIK")) and re.match(r"[A-Z]", text[m["start"]:m["end"]]):
        return "skip"
    if rule in NEVER_APPLY or _doubtful(rule, text, m):
        return "guard"
    return "apply"


def chain(text: str, config: object) -> tuple[object, object]:
    """Our chain without the grammar stage: the edit log (whose text LanguageTool sees) and the context."""
    from cleanup.pipeline import check_input, run

    check_input(text, config)
    return run(text, config)


def _ctx(original: str, s: int, e: int, width: int = 35) -> str:
    return (original[max(0, s - width):s] + "[" + original[s:e] + "]" + original[e:e + width]).replace("\n", "⏎")


def _matches(text: str, url: str, stats: dict[str, RuleStats]):
    """Each LanguageTool match on ``text``, with its rule's stats and the policy's verdict."""
    from cleanup import Config
    from cleanup.grammar import check

    for m in check(text, Config(languagetool_url=url)):
        st = stats.setdefault(m["rule"], RuleStats(m["category"]))
        yield m, st, applicable(m["rule"], m["category"], text, m)


def judge_mt(original: str, ann: Annotation | None, lang: str, ex_id: str, url: str,
             stats: dict[str, RuleStats]) -> None:
    """Every applicable LanguageTool match on one excerpt, scored alone on top of the chain's edits."""
    from cleanup import Config
    from cleanup.edits import Change

    cfg = Config(require_english=False)
    log, _ = chain(original, cfg)
    base = score_excerpt(original, log.all_edits(), ann, lang, ex_id)
    for m, st, verdict in _matches(log.text, url, stats):
        rule = m["rule"]
        if verdict == "guard":
            st.guarded += 1
        if verdict != "apply":
            continue
        st.mt_matches += 1
        trial = copy.deepcopy(log)
        trial.apply([Change(m["start"], m["end"], m["replacements"][0], f"languagetool.{rule}", m["message"])])
        new_edits = [e for e in trial.all_edits() if "languagetool." in e.rule]
        where = (_ctx(original, new_edits[0].start, new_edits[0].end) if new_edits else "(no change)")
        label = f"{ex_id}: {log.text[m['start']:m['end']]!r} -> {m['replacements'][0]!r}  {where}"
        new = score_excerpt(original, trial.all_edits(), ann, lang, ex_id)
        kinds = _compare(base, new)
        for k in kinds:
            setattr(st, k, getattr(st, k) + 1)
            st.note(k, label)
        if not kinds:
            st.neutral += 1
            st.note("neutral", label)


def _compare(base: ExcerptScore, new: ExcerptScore) -> list[str]:
    """What one added edit did to the excerpt's score: fixed, wrong, broken, unannotated."""
    out = []
    for b, n in zip(base.repairs, new.repairs):
        if n["outcome"] == "fixed" and b["outcome"] != "fixed":
            out.append("fixed")
        elif (b["outcome"] == "fixed" and n["outcome"] != "fixed") or (n["outcome"] == "wrong" and b["outcome"] != "wrong"):
            out.append("wrong")
    out += ["broken" for b, n in zip(base.keeps, new.keeps) if n["broken"] and not b["broken"]]
    if len(new.unannotated) > len(base.unannotated):
        out.append("unannotated")
    return out


def judge_native(name: str, body: str, url: str, stats: dict[str, RuleStats]) -> int:
    """Count the applicable LanguageTool matches on one native body; returns its word count."""
    from cleanup import Config

    log, _ = chain(body, Config(detect_title=False, require_english=False))
    for m, st, verdict in _matches(log.text, url, stats):
        if verdict == "guard":
            st.native_guarded += 1
        elif verdict == "apply":
            st.native_matches += 1
            st.note("native", f"{name}: {log.text[m['start']:m['end']]!r} -> {m['replacements'][0]!r}  "
                              f"{_ctx(log.text, m['start'], m['end'])}")
    return len(body.split())


# -- the policy as it stands ----------------------------------------------------------------------

Policy = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


def read_policy(path: Path) -> Policy:
    """(fix, suggest, ignore, ignore_categories) of a policy file such as rules/languagetool.toml."""
    data = tomllib.loads(path.read_text(encoding="utf-8")).get("data", {})
    return tuple(frozenset(data.get(k, ())) for k in ("fix", "suggest", "ignore", "ignore_categories"))  # type: ignore[return-value]


def with_policy(text: str, config: object, url: str, policy: Policy | None = None) -> tuple[list, object, int]:
    """The chain then the grammar stage: the chain's edits, the edit log after the stage and
    how many LanguageTool edits it applied.  The stage reads the policy in ``rules/``, or ``policy`` when given (another
    version of the file, compared on the same chain and the same LanguageTool answers)."""
    from cleanup import grammar

    log, ctx = chain(text, config)
    ctx.config = ctx.config.replace(grammar="languagetool", languagetool_url=url)
    shipped = grammar._policy
    if policy is not None:
        grammar._policy = lambda _ctx: policy  # this process only, restored below
    try:
        changes = grammar.languagetool_step(ctx.view(log.text), ctx)
    finally:
        grammar._policy = shipped
    chain_edits = log.all_edits()
    log.apply(changes)
    return chain_edits, log, sum(1 for c in changes if c.action == "fix")


def policy_totals(excerpts: dict, annotations: dict[str, Annotation], native: list[tuple[str, str]],
                  url: str, policy: Policy | None = None) -> dict:
    from cleanup import Config, replay

    fixed = wrong = broken = unannotated = lt_mt = chain_fixed = 0
    for ex in excerpts.values():
        chain_edits, log, n = with_policy(ex.input, Config(require_english=False), url, policy)
        lt_mt += n
        plain = score_excerpt(ex.input, chain_edits, annotations.get(ex.id), ex.lang, ex.id)
        chain_fixed += sum(r["outcome"] == "fixed" for r in plain.repairs)
        sc = score_excerpt(ex.input, log.all_edits(), annotations.get(ex.id), ex.lang, ex.id)
        fixed += sum(r["outcome"] == "fixed" for r in sc.repairs)
        wrong += sum(r["outcome"] == "wrong" for r in sc.repairs)
        broken += sum(k["broken"] for k in sc.keeps)
        unannotated += sum(1 for u in sc.unannotated if "languagetool." in u["rule"])
    words = lt_native = tokens = 0
    for _, body in native:
        cfg = Config(detect_title=False, require_english=False)
        chain_edits, log, n = with_policy(body, cfg, url, policy)
        lt_native += n
        tokens += token_changes(replay(body, chain_edits), log.text)
        words += len(body.split())
    return {"mt_fixed_chain_alone": chain_fixed, "mt_fixed": fixed, "mt_wrong": wrong, "mt_keeps_broken": broken, "mt_unannotated_lt": unannotated,
            "mt_lt_edits": lt_mt, "native_words": words, "native_lt_edits": lt_native,
            "native_lt_edits_per_1k": 1000 * lt_native / max(1, words),
            "native_lt_changed_tokens_per_1k": 1000 * tokens / max(1, words)}


# -- decision and report ------------------------------------------------------------------------

def per_1k(n: int, words: int) -> float:
    return 1000 * n / max(1, words)


#: a rule that repairs nothing is ignored once it misfires this often (wrong repairs, broken
#: keeps, unannotated MT edits and native matches together); below, it is only kept out of fix
IGNORE_MISFIRES = 4


def propose(st: RuleStats, native_words: int) -> str:
    """The policy's criteria on one rule's figures: ``fix`` when it repairs and never
    misfires (native matches below NATIVE_NEAR_ZERO per 1,000 words), ``suggest`` when it
    repairs and misfires, ``ignore`` when it repairs nothing and breaks a keep or misfires
    IGNORE_MISFIRES times, "not fix" when it repairs nothing and misfires less (too little to
    judge further: it may be offered or ignored), "-" when it never applies."""
    misfires = st.wrong + st.broken + st.unannotated + st.native_matches
    if st.fixed and not st.wrong and not st.broken and st.fixed > st.unannotated \
            and per_1k(st.native_matches, native_words) < NATIVE_NEAR_ZERO:
        return "fix"
    if st.fixed:
        return "suggest"
    if st.broken or misfires >= IGNORE_MISFIRES:
        return "ignore"
    return "not fix" if misfires else "-"


def current_policy() -> tuple[dict[str, str], frozenset[str]]:
    """The list each rule is in (ignore wins, as in the grammar stage) and the ignored categories."""
    from cleanup.rules import load_rules

    rules = load_rules()
    out = {}
    for key in ("fix", "suggest", "ignore"):
        for r in rules.words(f"languagetool.{key}"):
            out[r] = key
    return out, rules.words("languagetool.ignore_categories")


def table(stats: dict[str, RuleStats], native_words: int, top: int) -> str:
    policy, ignored = current_policy()
    rows = sorted(stats.items(), key=lambda kv: -(kv[1].mt_matches + kv[1].native_matches))
    lines = ["| LT rule | category | policy now | proposal | MT matches | MT repairs fixed | MT wrong | keeps broken | "
             "unannotated MT edits | native false edits | per 1,000 words | guarded (MT/native) |",
             "|---|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for rule, st in rows[:top]:
        lines.append(f"| {rule} | {st.category} | {policy.get(rule, '(ignore)' if st.category in ignored else '(suggest)')} | {propose(st, native_words)} | "
                     f"{st.mt_matches} | {st.fixed} | {st.wrong} | {st.broken} | {st.unannotated} | "
                     f"{st.native_matches} | {per_1k(st.native_matches, native_words):.3f} | "
                     f"{st.guarded}/{st.native_guarded} |")
    repairing = [(r, st) for r, st in rows[top:] if st.fixed]
    if repairing:
        lines += ["", "Rules past the top that repair something:"]
        lines += [f"- {r} ({st.category}): fixed {st.fixed}, wrong {st.wrong}, broken {st.broken}, unannotated "
                  f"{st.unannotated}, native {st.native_matches}" for r, st in repairing]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", required=True, help="a LanguageTool server (.ci/languagetool.sh start 8091)")
    ap.add_argument("--per-source", type=int, default=150, help="native articles from BBC and from CNN/DM each")
    ap.add_argument("--top", type=int, default=25, help="rules in the table, by matches")
    ap.add_argument("--show", nargs="*", default=None, metavar="RULE",
                    help="list examples of these rules (no rule: every rule that repairs or misfires on MT)")
    ap.add_argument("--no-policy", action="store_true", help="skip the run of the policy as it stands")
    ap.add_argument("--compare", default=None, metavar="TOML",
                    help="also run this other version of rules/languagetool.toml (e.g. the one before a change)")
    ap.add_argument("--json", default=None, metavar="PATH", help="write every rule's figures here")
    args = ap.parse_args(argv)

    excerpts = load_excerpts()
    annotations, _ = load_annotations()
    stats: dict[str, RuleStats] = {}
    for ex in excerpts.values():
        judge_mt(ex.input, annotations.get(ex.id), ex.lang, ex.id, args.url, stats)
    native = native_documents(args.per_source)
    words = sum(judge_native(name, body, args.url, stats) for name, body in native)

    print(f"Real MT: {len(excerpts)} excerpts ({len(annotations)} annotated); native: {len(native)} articles, "
          f"{words} words. Each match applied alone, as if its rule were in 'fix'.\n")
    print(table(stats, words, args.top))
    proposals = Counter(propose(st, words) for st in stats.values())
    print(f"\nProposals over all {len(stats)} rules seen: {dict(proposals)}")
    if args.show is not None:
        chosen = args.show or [r for r, st in stats.items() if st.fixed or st.wrong or st.broken or st.unannotated]
        for rule in chosen:
            st = stats.get(rule)
            if st is None:
                continue
            print(f"\n### {rule}")
            for kind in ("fixed", "wrong", "broken", "unannotated", "neutral", "native"):
                for x in st.examples.get(kind, ()):
                    print(f"- {kind}: {x}")
    out: dict = {"native_words": words, "rules": {r: dataclasses.asdict(st) for r, st in stats.items()}}
    if not args.no_policy:
        runs = [("the policy in rules/languagetool.toml", "policy", None)]
        if args.compare:
            runs.insert(0, (f"the policy in {args.compare}", "compare", read_policy(Path(args.compare))))
        for title, key, policy in runs:
            totals = policy_totals(excerpts, annotations, native, args.url, policy)
            out[key] = totals
            print(f"\nChain + LanguageTool with {title}:")
            print(f"  real MT: {totals['mt_fixed']} repairs fixed (chain alone {totals['mt_fixed_chain_alone']}), "
                  f"{totals['mt_wrong']} wrong, "
                  f"{totals['mt_keeps_broken']} keeps broken; {totals['mt_lt_edits']} LanguageTool edits applied, "
                  f"{totals['mt_unannotated_lt']} unannotated")
            print(f"  native: {totals['native_lt_edits']} LanguageTool edits applied in {totals['native_words']} words "
                  f"= {totals['native_lt_edits_per_1k']:.3f} per 1,000 words; changed tokens over the chain alone "
                  f"{totals['native_lt_changed_tokens_per_1k']:.3f} per 1,000 words")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
