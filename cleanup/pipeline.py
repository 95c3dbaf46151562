"""The one place that knows the order of the stages: :data:`STAGES` is the chain, in order.  Each stage has a name
(``--disable`` takes it) and declares the rule ids it proposes changes under (or the generic rule kinds it runs); the
loader checks that every builtin rule belongs to exactly one stage.  A stage is ``fn(doc, ctx) -> list[Change]`` plus one line here.

>>> [s.name for s in STAGES][:3]
['normalize.invisible', 'normalize.fullwidth', 'normalize.encoding']
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import (
    agency_marks,
    analysis,
    boilerplate,
    camel_brands,
    caps_surnames,
    casing,
    code_lines,
    colon_speech,
    comma_tags,
    credited_captions,
    cut_teasers,
    dash_speech,
    dash_tags,
    dialogue,
    document,
    dominant_capitals,
    doubled_tags,
    drop_caps,
    dropped_letters,
    email_masks,
    encoded_quotes,
    final_period,
    furniture_lines,
    glued_brackets,
    glued_ends,
    glued_marks,
    glued_names,
    glued_pairs,
    head_names,
    headline_captions,
    institutions,
    lede_copies,
    lexicon,
    lone_close,
    lost_apostrophes,
    lost_letters,
    lost_speech,
    lower_given,
    lower_heads,
    lower_names,
    mastheads,
    menu_blocks,
    names,
    normalize,
    number_formats,
    other_stories,
    page_edges,
    pair_names,
    participles,
    photo_labels,
    question_marks,
    quote_balance,
    quote_commas,
    quoted_full_names,
    quotes,
    recurring_case,
    reopened_quotes,
    repair,
    restated_runs,
    said_that_speech,
    scene_captions,
    script_marks,
    segment,
    semicolon_stops,
    site_blurbs,
    source_case,
    spaced_close,
    spaced_entities,
    splices,
    stray_close,
    tag_quotes,
    tagger,
    that_quotes,
    title,
    title_suffix,
    titled_quotes,
    truecase,
    unclosed_quotes,
    unquoted_speech,
    unstopped_lines,
    widget_guards,
    widget_lines,
    word_datelines,
)
from .config import Config, as_config
from .doc import Context, Doc
from .edits import Change, EditLog
from .errors import ConfigError, InputError, RuleError
from .language import mt_signals
from .result import Result
from .rules import RuleSet, load_rules
from .sentences import forget_long_lines, split_sentences
from .stop_offers import settle_stop_offers

StageFn = Callable[[Doc, Context], list[Change]]


@dataclass(frozen=True)
class Stage:
    name: str
    run: StageFn
    emits: tuple[str, ...] = ()  # builtin rule ids, or families of them (a prefix before a dot)
    kinds: tuple[str, ...] = ()  # generic rule kinds it runs: phrase, regex, line
    first_pass_only: bool = False
    final: bool = False  # once, after the repeated passes
    when: Callable[[Config], bool] | None = None
    #: False: the stage runs before the analysis and reads the text alone (not the title, the source language or the marks of MT), so a later pass that only learnt those may skip it
    reads_analysis: bool = True
    #: True: a stage that changed the text runs once more at once on its own output, so that a fix that makes another
    #: possible ('attorney general' -> 'attorney General' -> 'Attorney General') is made in the same pass, not by a third pass
    settle: bool = False
    #: earlier stages whose fixes this (settling) stage's can make possible: when it changed the text they
    #: run again at once on its output ('research institute Ifo' -> 'research Institute Ifo'
    #: -> 'Research Institute Ifo'), so that the next pass finds nothing and is the last
    then: tuple[str, ...] = ()

    def owns(self, rule_id: str) -> bool:
        return any(rule_id == p or rule_id.startswith(p + ".") for p in self.emits)


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def _encoding(doc: Doc, ctx: Context) -> list[Change]:
    """Mojibake and HTML entities (normalize.fix_encoding).  It runs before the analysis, so the marks of machine
    translation are counted here: an HTML entity in a text with none is clean copy's own (a scraper's ``S&#227;o``), offered at the rule's ``entity_native_confidence``."""
    changes = normalize.fix_encoding(doc, ctx)
    r = ctx.rule("normalize.mojibake")
    if not changes or r is None or "entity_native_confidence" not in r.options or mt_signals(doc.text, 2) >= 2:
        return changes
    conf, action = ctx.decide(r, float(r.options["entity_native_confidence"]))
    out = []
    for c in changes:
        near = doc.text[max(0, c.start - 9):c.end + 9]
        entity = any(m.start() <= c.start - max(0, c.start - 9) < m.end() for m in _ENTITY.finditer(near))
        out.append(dataclasses.replace(c, action=action, confidence=min(c.confidence, conf)) if entity else c)
    return out


def _languagetool(doc: Doc, ctx: Context) -> list[Change]:
    from . import grammar  # language-tool-python is heavy: loaded only when asked for

    return grammar.languagetool_step(doc, ctx)


STAGES: tuple[Stage, ...] = (
    Stage("normalize.invisible", normalize.fix_invisible, ("normalize.invisible", "normalize.odd_space"), reads_analysis=False),
    Stage("normalize.fullwidth", normalize.fix_fullwidth, ("normalize.fullwidth",), reads_analysis=False),
    Stage("normalize.encoding", _encoding, ("normalize.mojibake",), reads_analysis=False),
    Stage("normalize.script_marks", script_marks.fix_script_marks, script_marks.RULES, reads_analysis=False),
    Stage("normalize.spaced_entities", spaced_entities.fix_spaced_entities, (spaced_entities.RULE,), reads_analysis=False),
    Stage("normalize.lost_apostrophes", lost_apostrophes.fix_lost_apostrophes, (lost_apostrophes.RULE,), reads_analysis=False),
    Stage("normalize.encoded_quotes", encoded_quotes.fix_encoded_quotes, (encoded_quotes.RULE,), reads_analysis=False),
    Stage("normalize.line_endings", normalize.fix_line_endings, ("normalize.line_endings",), reads_analysis=False),
    Stage("normalize.whitespace", normalize.fix_whitespace, ("normalize.spaces", "normalize.paragraphs"), reads_analysis=False),
    Stage("normalize.punctuation", normalize.fix_punctuation,
          ("normalize.space_before_punctuation", "normalize.space_after_punctuation", "normalize.doubled_comma",
           "normalize.doubled_mark", "normalize.doubled_dash", "normalize.bracket_spacing", "normalize.apostrophe_spacing", "normalize.double_stop",
           "normalize.lost_dash", "normalize.comma_before_that", "normalize.range_dash"), reads_analysis=False),
    # the stages above run before the analysis (reads_analysis=False); the ones below may read it
    # before the quotation stages: an unclosed quotation is closed only in text that shows MT damage
    Stage("analyse", analysis.analyse, first_pass_only=True),
    Stage("normalize.glued_marks", normalize.fix_glued_marks,
          ("normalize.ellipsis_spacing", "normalize.ellipsis_glued_word", "normalize.number_sign", "normalize.stray_stop",
           "normalize.stop_after_quote")),
    Stage("normalize.one_sided_marks", glued_marks.fix_one_sided_marks, glued_marks.RULES),
    Stage("normalize.number_formats", number_formats.fix_number_formats, number_formats.RULES),
    Stage("normalize.slash_stops", agency_marks.fix_slash_stops, (agency_marks.RULE,)),
    Stage("normalize.glued_brackets", glued_brackets.fix_glued_brackets, (glued_brackets.RULE,)),
    Stage("normalize.comma_before_stop", glued_ends.comma_before_stop, (glued_ends.COMMA_RULE,)),
    Stage("normalize.colon_quote", glued_ends.colon_quote, (glued_ends.COLON_QUOTE_RULE,)),
    Stage("normalize.glued_words", code_lines.without_code(normalize.fix_glued_words), ("normalize.glued_words", "normalize.split_word", "normalize.quote_apostrophe", "normalize.hyphen_spacing")),
    Stage("normalize.glued_names", glued_names.fix_glued_names, ("normalize.glued_name",)),
    Stage("normalize.glued_pairs", glued_pairs.fix_glued_pairs, ("normalize.glued_function_word", "normalize.glued_content_words")),
    Stage("normalize.lost_question_marks", question_marks.lost_question_marks, question_marks.RULES),
    Stage("normalize.semicolon_stops", semicolon_stops.fix_semicolon_stops, (semicolon_stops.RULE,)),
    Stage("normalize.drop_caps", drop_caps.fix_drop_caps, ("normalize.drop_cap",)),
    Stage("normalize.tex_quotes", quotes.fix_tex_quotes, ("normalize.tex_quotes",)),
    Stage("normalize.guillemets", quotes.fix_guillemets, ("normalize.guillemets",)),
    Stage("normalize.hyphen_speech", dash_speech.fix_hyphen_speech, (dash_speech.RULE,)),
    Stage("normalize.dialogue_dashes", dialogue.fix_dialogue_dashes, ("normalize.dialogue_dash",)),
    Stage("normalize.dash_speech_tags", dash_tags.fix_dash_speech_tags, ("normalize.dash_speech_tag",)),
    Stage("normalize.comma_speech_tags", comma_tags.fix_comma_speech_tags, (comma_tags.RULE,)),
    Stage("normalize.mixed_quotes", quotes.fix_mixed_quotes, ("normalize.mixed_quotes",)),
    Stage("normalize.doubled_quotes", quotes.fix_doubled_quotes, ("normalize.doubled_quote",)),
    Stage("normalize.spurious_quotes", quote_balance.drop_spurious_quotes, (quote_balance.RULE,)),
    Stage("normalize.spaced_closing_quotes", spaced_close.fix_spaced_closing_quotes, ("normalize.spaced_closing_quote",)),
    Stage("normalize.stray_closing_quotes", stray_close.drop_stray_closing_quotes, (stray_close.RULE,)),
    Stage("normalize.quote_before_tag", tag_quotes.fix_opener_before_tag, ("normalize.quote_before_tag",)),
    Stage("normalize.quotes", quotes.fix_quote_spacing, ("normalize.quote_spacing",)),
    Stage("normalize.unclosed_quotes", unclosed_quotes.fix_unclosed_quotes, ("normalize.unclosed_quote", "normalize.unclosed_quote.introduced", "normalize.unclosed_quote.speech")),
    Stage("normalize.lost_openers", quotes.fix_lost_openers, ("normalize.lost_opening_quote",)),
    Stage("normalize.lost_reopeners", reopened_quotes.reopen_lost_quotes, (reopened_quotes.RULE,)),
    Stage("normalize.stop_before_speech", quotes.fix_stop_before_speech, ("normalize.stop_before_speech",)),
    Stage("normalize.dash_after_quote", quotes.fix_dash_after_quote, ("normalize.dash_after_quote",)),
    Stage("normalize.comma_outside_quote", quote_commas.fix_comma_outside_quote, (quote_commas.RULE,)),
    Stage("normalize.unquoted_speech", unquoted_speech.quote_unquoted_speech, ("normalize.unquoted_speech",)),
    Stage("normalize.lost_speech_dash", lost_speech.quote_lost_speech, ("normalize.lost_speech_dash",)),
    Stage("normalize.colon_speech", colon_speech.quote_colon_speech, ("normalize.colon_speech",)),
    Stage("normalize.doubled_speech_tag", doubled_tags.drop_doubled_tags, (doubled_tags.RULE,)),
    Stage("normalize.said_that_quote", said_that_speech.offer_said_that_quotes, (said_that_speech.RULE,)),
    Stage("normalize.that_before_quote", that_quotes.fix_that_before_quote, (that_quotes.RULE,)),
    Stage("normalize.lone_closing_quote", lone_close.open_lone_quotes, ("normalize.lone_closing_quote",)),
    Stage("repair.truecase", truecase.truecase, ("casing.lowercase_document",)),
    Stage("leftovers.menu_blocks", menu_blocks.menu_blocks, ("boilerplate.menu_block",)),
    Stage("leftovers.doubled_lines", page_edges.doubled_lines, ("boilerplate.doubled_line",)),
    Stage("leftovers.masthead", mastheads.masthead, ("boilerplate.masthead",)),
    Stage("leftovers.other_headline", mastheads.other_headline, ("boilerplate.other_headline",)),
    Stage("leftovers.kicker", mastheads.kicker, ("boilerplate.kicker",)),
    Stage("leftovers.place_label", page_edges.place_label, ("boilerplate.place_label",)),
    Stage("leftovers.title_run_in", page_edges.title_run_in, ("boilerplate.title_run_in",)),
    Stage("leftovers.site_tag", widget_guards.site_tag, (widget_guards.SITE_TAG,)),
    Stage("leftovers.email_masks", email_masks.fix_email_masks, (email_masks.RULE,)),
    Stage("leftovers.cut_teasers", cut_teasers.cut_teasers, ("boilerplate.cut_teaser",)),
    Stage("leftovers.headline_captions", headline_captions.headline_captions, (headline_captions.RULE,)),
    Stage("leftovers", boilerplate.remove_leftovers,
          ("boilerplate.repeated_text", "boilerplate.teaser_line", "boilerplate.untranslated_line", "boilerplate.end_credit",
           "boilerplate.separator_run", "boilerplate.tail_line"), kinds=("line",)),
    Stage("leftovers.lede_copies", lede_copies.lede_copies, (lede_copies.RULE,)),
    Stage("leftovers.datelines", word_datelines.glued_datelines, (word_datelines.GLUED_RULE,)),
    Stage("leftovers.word_datelines", word_datelines.word_datelines, ("boilerplate.word_dateline",)),
    Stage("leftovers.stopped_datelines", word_datelines.stopped_datelines, ("boilerplate.stop_dateline",)),
    Stage("leftovers.date_lines", widget_lines.date_lines, ("boilerplate.date_line",)),
    Stage("leftovers.page_edges", furniture_lines.page_edges, ("boilerplate.page_edge",)),
    Stage("leftovers.web_foot", widget_lines.web_foot, ("boilerplate.web_foot",)),
    Stage("leftovers.site_blurbs", site_blurbs.site_blurbs, ("boilerplate.site_blurb",)),
    Stage("leftovers.labelled_captions", photo_labels.labelled_captions, ("boilerplate.labelled_caption",)),
    Stage("leftovers.scene_captions", scene_captions.scene_captions, ("boilerplate.scene_caption",)),
    Stage("leftovers.credited_captions", credited_captions.credited_captions, (credited_captions.RULE,)),
    Stage("leftovers.unstopped_headlines", unstopped_lines.unstopped_headlines, (unstopped_lines.RULE,)),
    Stage("leftovers.other_stories", other_stories.other_stories, (other_stories.RULE,)),
    Stage("boundaries.broken_paragraphs", segment.join_broken_paragraphs, ("segment.broken_paragraph",)),
    Stage("boundaries.continuations", segment.merge_lowercase_continuation, ("segment.lowercase_continuation", "segment.lost_capital")),
    Stage("boundaries.fragments", participles.all_fragments, ("segment.fragment",)),
    Stage("boundaries.comma_splices", splices.comma_splices, ("segment.comma_splice",)),
    Stage("boundaries.said_colon", segment.said_colon, ("segment.said_colon",)),
    Stage("boundaries.lost", segment.split_lost_boundaries, ("segment.lost_boundary",)),
    Stage("repair.phrases", repair.phrase_rules, kinds=("phrase", "regex")),
    Stage("repair.lower_name_heads", lower_heads.lower_names_before_heads, (lower_heads.RULE,)),
    Stage("repair.stray_capitals", casing.stray_capitals, ("casing.stray_capital",)),
    Stage("repair.recurring_capitals", recurring_case.recurring_capitals, (recurring_case.CAPITAL_RULE,)),
    Stage("repair.institution_names", institutions.institution_names, ("casing.institution_name",)),
    Stage("repair.institution_nouns", institutions.institution_nouns, ("casing.institution_noun",)),
    Stage("repair.pronoun_i", casing.pronoun_i, ("casing.pronoun_i",)),
    Stage("repair.title", title.title_fixes, ("title.stray_capital", "title.conjunction", "title.site_tag")),
    Stage("repair.title_suffix", title_suffix.section_suffix, ("title.section_suffix",)),
    Stage("document.quoted_names", document.quoted_names, ("document.quoted_name",)),
    Stage("document.quoted_full_names", quoted_full_names.unquote_full_names, ("document.quoted_full_name",)),
    Stage("document.titled_quoted_names", titled_quotes.unquote_titled_names, ("document.titled_quoted_name",)),
    Stage("normalize.nested_quotes", quotes.fix_nested_quotes, ("normalize.nested_quote",)),
    Stage("document.broken_names", document.broken_names, ("document.broken_name",)),
    Stage("document.dropped_letters", dropped_letters.restore_dropped_letters, ("document.dropped_letters",)),
    Stage("document.lost_letters", lost_letters.restore_lost_letters, (lost_letters.RULE,)),
    Stage("document.name_variants", names.name_variants, ("document.name_variant",)),
    Stage("document.lower_given_names", lower_given.lower_given_names, (lower_given.RULE,)),
    Stage("document.proper_nouns", document.proper_noun_case, ("document.proper_noun_case",), settle=True,
          then=("repair.institution_names",)),
    Stage("document.restated_runs", restated_runs.restated_runs, (restated_runs.RULE, restated_runs.INNER_RULE)),
    Stage("document.always_capitalized", document.always_capitalized, ("document.always_capitalized",)),
    Stage("document.dominant_capitals", dominant_capitals.dominant_capitals, (dominant_capitals.RULE,)),
    Stage("document.recurring_lower_names", recurring_case.recurring_lower_names, (recurring_case.LOWER_RULE,)),
    Stage("document.name_pairs", pair_names.name_pair_case, (pair_names.RULE,)),
    Stage("document.name_heads", head_names.name_head_case, (head_names.RULE,)),
    Stage("document.repeated_surnames", lower_names.repeated_surnames, (lower_names.REPEATED_RULE,)),
    Stage("document.caps_surnames", caps_surnames.caps_surnames, (caps_surnames.RULE,)),
    Stage("document.source_case", source_case.source_case, (source_case.RULE, source_case.TITLE_RULE)),
    Stage("document.camel_brands", camel_brands.camel_brands, (camel_brands.RULE,)),
    Stage("document.doubled_words", document.doubled_words, ("document.doubled_word",)),
    Stage("finish.paragraph_start", code_lines.without_code(segment.capitalize_paragraph_start), ("segment.paragraph_start",)),
    Stage("finish.final_period", final_period.add_final_period, ("segment.final_period",)),
    Stage("grammar.languagetool", _languagetool, ("languagetool",), final=True, when=lambda c: c.grammar is not None),
)


def describe() -> list[dict[str, Any]]:
    """The chain as data (spaCy's ``analyze_pipes``): name, rules or kinds, when it runs."""
    return [{"name": s.name, "emits": list(s.emits), "kinds": list(s.kinds),
             "runs": "once, after the passes" if s.final else "first pass" if s.first_pass_only else "every pass"}
            for s in STAGES]


@lru_cache(maxsize=16)
def check_registry(rules: RuleSet) -> None:
    """Every builtin rule belongs to exactly one stage; every generic kind has a stage."""
    kinds = {k for s in STAGES for k in s.kinds}
    for r in rules.rules:
        if r.kind != "builtin":
            if r.kind not in kinds:
                raise RuleError(f"rule {r.id}: no stage runs rules of kind {r.kind!r}")
            continue
        owners = [s.name for s in STAGES if s.owns(r.id)]
        if len(owners) != 1:
            where = "no stage emits it" if not owners else f"stages {owners} all claim it"
            raise RuleError(f"builtin rule {r.id}: {where}; builtin rules name a check written in code")


@lru_cache(maxsize=64)
def check_names(rules: RuleSet, disable: tuple[str, ...], enable: tuple[str, ...], *, cli: bool = False) -> None:
    """``--disable`` takes a rule id, a family of rules or a stage; ``--enable`` a rule id or
    family.  A name that matches nothing is a typo the user should hear about, in the words the
    caller wrote: ``--disable nope`` on the command line, ``Config disable: 'nope'`` in Python."""
    ids = [r.id for r in rules.rules] + [s.name for s in STAGES] + [e for s in STAGES for e in s.emits]
    for option, given in (("disable", disable), ("enable", enable)):
        for name in given:
            if not any(i == name or i.startswith(name + ".") for i in ids):
                said = f"--{option} {name}" if cli else f"Config {option}: {name!r}"
                raise ConfigError(f"{said}: no rule, family of rules or stage has that name "
                                  "(mt-cleanup rules list shows them)")


# -- input checks ------------------------------------------------------------

_ENGLISH = frozenset("the of and to in a is that for on was with he it as at by from his be are have has said were "
    "this its an not but they which who will their been would had also after more than or we i she "
    "her there one new all about into up out over two first when can no year years last".split()
)
_CONTROL = re.compile(r"(?=[\x00-\x08\x0e-\x1f])(?:[\x00-\x08\x0e-\x1a]|(?<!\S)[\x1c-\x1f]|[\x1c-\x1f](?!\S)|\x1b(?!" + normalize.COLOUR_CODE_TAIL + "))")  # text: a colour code, a separator Python counts as a space alone between two words
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def check_input(text: Any, config: Config) -> None:
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    if not any(ch.isprintable() and not ch.isspace() for ch in text):
        surrogates = any("\ud800" <= ch <= "\udfff" for ch in text)  # inside text they become U+FFFD, with an edit
        raise InputError("the input holds only lone surrogates (U+D800-U+DFFF), which are not characters: decode it as UTF-8"
                         if surrogates else "the input is empty: give an article to clean")
    if len(text) > config.max_chars:
        raise InputError(f"the input has {len(text):,} characters, more than the limit of {config.max_chars:,}; split it into articles or raise --max-chars")
    if "\x00" in text or len(_CONTROL.findall(text, 0, 10000)) > 10:  # a JSONL field is no file: say what was found
        raise InputError(f"the input looks binary ({f'a NUL character at offset {text.index(chr(0)):,}' if chr(0) in text else 'control characters'}), not text")
    if config.require_english:
        head = text[:20000]
        ascii_only = head.isascii()  # then every letter is Latin: nothing to count
        n_latin, n_letters = (1, 1) if ascii_only else (len(_ASCII_LETTER.findall(head)), sum(map(str.isalpha, head)))
        if n_letters:
            latin = n_latin / n_letters
            words = re.findall(r"[a-z]+", head.lower())
            english = sum(map(_ENGLISH.__contains__, words)) / max(1, len(words))
            if latin < 0.6 or (len(words) >= 20 and english < 0.12):
                raise InputError(
                    "the text does not look like English; mt-cleanup repairs English machine "
                    "translation (use --any-language to process it anyway)"
                )


# -- the chain -----------------------------------------------------------------


def run(text: str, config: Config) -> tuple[EditLog, Context]:
    """Run the chain on ``text`` (checked already): the edit log and what the stages learnt."""
    rules = load_rules(config.rules_dirs)
    check_registry(rules)
    check_names(rules, config.disable, config.enable)
    forget_long_lines()  # the long lines segmented for the last document
    log = EditLog(text)
    ctx = Context(rules, config)
    stages = [s for s in STAGES if not ctx.disabled(s.name) and (s.when is None or s.when(config))]
    seen: dict[str, tuple] = {}  # what each stage last read
    by_name = {s.name: s for s in stages}
    for n in range(max(1, config.max_passes)):
        before = log.text
        if n:
            analysis.reanalyse(ctx, before)
        for stage in stages:
            if stage.final or (stage.first_pass_only and n):
                continue
            if _run_stage(stage, log, ctx, seen) and stage.settle:
                _run_stage(stage, log, ctx, seen)
                for name in stage.then:
                    if name in by_name:
                        _run_stage(by_name[name], log, ctx, seen)
        if log.text == before:
            break
    for stage in stages:
        if stage.final:
            log.apply(stage.run(ctx.view(log.text), ctx))
    settle_stop_offers(log)  # offers only (the text is unchanged); after the last fix that could drop one
    return log, ctx


def _run_stage(stage: Stage, log: EditLog, ctx: Context, seen: dict[str, tuple]) -> bool:
    """Run ``stage`` unless it read this very input before; did it change the text?"""
    read = (log.text, (ctx.has_title, ctx.language, ctx.mt_like) if stage.reads_analysis else None)
    if seen.get(stage.name) == read:
        return False  # a stage reads only the text and the analysis: the same input gives nothing new
    seen[stage.name] = read
    log.apply(stage.run(ctx.view(log.text), ctx))
    return log.text != read[0]


def process(text: str, config: Config | None = None, *, summarize: bool = False) -> Result:
    """Clean one document; with ``summarize=True`` also rank a summary and write a headline."""
    config = as_config(config)
    check_input(text, config)
    log, ctx = run(text, config)
    out = log.text
    if not any(ch.isprintable() and not ch.isspace() for ch in out):
        raise InputError("nothing printable is left once control characters and leftovers are removed: "
                         "give an article to clean")
    title, body = out.partition("\n\n")[::2] if ctx.has_title else (None, out)
    res = Result(text, out, title, body, tuple(split_sentences(body, ctx.rules)), tuple(log.all_edits()),
                 ctx.language, ctx.language_evidence, leftover_rules=_leftover_rules(ctx.rules))
    if summarize:
        from .headline import headline_of
        from .summarize import summary_with_spans

        summary, spans = summary_with_spans(res, config, ctx.rules)
        head, source = headline_of(res, config, ctx.rules)
        res = dataclasses.replace(res, summary=summary, summary_spans=spans, headline=head, headline_source=source)
    return res


@lru_cache(maxsize=8)
def _leftover_rules(rules: RuleSet) -> frozenset[str]:
    """The rules that remove site leftovers (what the summary must not quote)."""
    return frozenset(r.id for r in rules.rules if r.kind == "line" or r.options.get("leftover"))


def clean(text: str, config: Config | None = None) -> str:
    """The cleaned document as text (title, blank line, paragraphs)."""
    return process(text, config).output


def preload() -> None:
    """Load the word tables and name lists stages read lazily (a worker calls it before its
    first document, so a time budget measures the document's processing, not the loading)."""
    lexicon.preload()
    lower_names.name_lists()
    caps_surnames.folded_given_names()
    lost_letters._cut_names()
    tagger.preload()
