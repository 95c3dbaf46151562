"""Calques added to the packs from MT pages outside the development set (session grow7): each
repairs its phrase when the pack runs, leaves the look-alike English phrase alone, and a
native text carrying the English look-alike is not taken for MT of that language."""

from __future__ import annotations

import pytest

from cleanup import Config, process

# (lang, text, rule, wanted text after the repair or among the offered replacements)
FIRES = [
    ("es", "Vox registered a motion of censure against the Executive.", "es.motion_of_censure", "no-confidence motion"),
    ("es", "He said the minister had not denied it, and the one who is silent grants.", "es.silence_gives_consent",
     "silence gives consent"),
    ("es", "The PP will not accept double measuring rods on corruption.", "es.double_standard", "double standards"),
    ("es", "Iglesias refused to appear at the parliamentary headquarters to explain.", "es.parliamentary_headquarters",
     "appear in Parliament"),
    ("es", "Holders of his intervention:\n\nHe asks for the vote.", "es.statement_highlights", "Highlights of his speech"),
    ("es", "Sanchez continues without showing his face a week after the ruling.", "es.show_his_face",
     "without answering for it"),
    ("vi", "The chairman requested all levels and sectors to speed up disbursement.", "vi.all_levels_and_sectors",
     "asked authorities at all levels and in all sectors"),
    ("vi", "The delegates basically agreed with the draft report.", "vi.basically_agreed", "broadly agreed with"),
    ("vi", "Districts must drastically implement the measures.", "vi.drastic_synchronous", "resolutely implement"),
    ("vi", "The Front actively propagated and mobilized the people.", "vi.propagate_mobilize", "informed and encouraged"),
    ("th", "He has not met him for years. Flick replied that it is not the time.", "th.flick_brush_off",
     "brushed the question aside"),
    ("th", "After the meeting the police chief has come out to reveal the plan.", "th.come_out_to", "has revealed"),
    ("tr", "The minister said, “We will deliver the houses by June.” used expressions.", "tr.used_the_phrases",
     "by June.”"),
    ("tr", "Speaking in Elazig, the Minister Institution said the houses were ready.", "tr.translated_surname",
     "Minister Kurum said"),
    ("ko", "According to political circles on the 21st, the party will name a candidate.", "ko.according_to_circles",
     "According to political sources"),
    ("id", "Police arrested a suspect on behalf of ES alias L in Tulungagung.", "id.on_behalf_of_named",
     "a suspect named ES"),
    ("ar", "The suspect stabbed the victim with a white weapon during the quarrel.", "ar.white_weapon", "with a knife"),
    # second round
    ("th", "The deputy prime minister talked about the case of the minister traveling abroad.", "th.case_of",
     "talked about the minister traveling"),
    ("tr", "The minister made examinations on the ongoing works at the tunnel.", "tr.made_examinations",
     "minister inspected the ongoing works"),
    ("tr", "Expressing that the works continue, the minister said the line will open soon.", "tr.expressing_that",
     "Saying that the works continue"),
    ("tr", "Reminding that the tender was held in July, the minister said work would start.", "tr.reminding_that",
     "Recalling that the tender"),
    ("tr", "The line reached 2 thousand 228 kilometers this year.", "tr.thousand_and", "2,228 kilometers"),
    ("tr", "As of June, we will offer the line to the service of our citizens.", "tr.service_of_citizens",
     "offer the line to our citizens"),
    ("vi", "Localities must promptly handle arising issues during the holiday.", "vi.arising_issues",
     "issues as they arise"),
    ("vi", "Units must strictly maintain the on-duty regime during the storm.", "vi.on_duty_regime",
     "keep staff on duty"),
    ("id", "Asked about the motive, the police chief said it is still being explored.", "id.still_being_explored",
     "still under investigation"),
]

# English look-alikes the same packs must leave alone
KEEPS = [
    ("es", "MEPs tabled a motion of censure against the European Commission."),
    ("es", "After the scandal he did not dare to show his face at the club."),
    ("vi", "The reform was welcomed by staff at all levels and sectors of the company."),
    ("vi", "Prices fell drastically after the harvest."),
    ("th", "A flick of the wrist sent the ball into the net."),
    ("ko", "According to the industry newspaper, the studio had been trying to buy the rights."),
    ("id", "She accepted the award on behalf of Oxfam."),
    ("tr", "She said “hello” and used expressions from her childhood."),
    ("tr", "Expressing that view in public cost him his job."),
    ("tr", "Doctors made an examination of the patient on Monday."),
    ("tr", "About 2 thousand 50-year-old trees were felled."),
    ("vi", "Issues arising from the merger were settled in court."),
    ("th", "The court talked about the case for more than an hour."),
    ("id", "Other options are still being considered by the council."),
]


def _edit(res, rule):
    return next((e for e in res.edits if e.rule == rule or rule in e.rule.split("+")), None)


@pytest.mark.parametrize(("lang", "text", "rule", "want"), FIRES, ids=[f[2] for f in FIRES])
def test_new_calque_is_repaired_or_offered(lang, text, rule, want):
    res = process(text, Config(source_language=lang, require_english=False))
    edit = _edit(res, rule)
    assert edit is not None, [e.rule for e in res.edits]
    fixed = res.output if edit.action == "fix" else text[: edit.start] + edit.after + text[edit.end:]
    assert want in fixed


@pytest.mark.parametrize(("lang", "text"), KEEPS, ids=[k[0] + str(i) for i, k in enumerate(KEEPS)])
def test_english_look_alike_is_left_alone(lang, text):
    res = process(text, Config(source_language=lang, require_english=False))
    assert not [e for e in res.edits if e.rule.startswith(lang + ".")]


def test_native_text_with_look_alikes_is_not_detected():
    text = ("MEPs tabled a motion of censure against the European Commission on Tuesday. "
            "Prices fell drastically after the harvest, and staff at all levels and sectors of the "
            "company were told to expect cuts. She accepted the award on behalf of Oxfam.")
    assert process(text).source_language is None


def test_several_new_calques_let_the_pack_language_be_detected():
    text = ("Holders of their statements before the media:\n\n"
            "He warns that the PP will not accept double measuring rods, because who is silent, gives. "
            "He demands that Sanchez appear at the parliamentary headquarters and act with a sense of state.")
    # ('motion of censure' is a calque of French MT too: alone with it the text would be either)
    assert process(text).source_language == "es"
