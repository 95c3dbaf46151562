"""A made-up inventory of the ways machine translation carries a source language's naming of
days and dates into English (Romance 'this Thursday' for a day that has passed, Arabic and
Persian 'today, Monday', Spanish 'the past Monday', German and Russian 'the night to Sunday',
Russian '5th of May', Korean 'last 5th', Chinese 'the 5th of this month', Turkish 'the 5th of
the month', Indonesian '(26/4)'), each beside native English news that looks alike and must stay
('this Thursday' with a future verb, 'last Monday', 'on the 5th', 'over the past week').
``python -m bench.time_calques`` runs the chain on both and counts what it changes (``--show``
prints each case).  The sentences are made up, in news register; the rules cite real texts.

A case's language is the source language the sentence stands for: the chain runs on it twice,
once with that language forced (what a detected text gets) and once without (MT about another
country's news is often not detected as its language), and both counts are reported.

1 December (dates33), 36 shapes to change and 33 to keep: main fixed 13 with the language forced,
6 without it, 13 fixed or offered; with rules/dates.toml 14, 10 and 28; 0 wrong and 33 of 33 kept
both times."""

from __future__ import annotations

import argparse

#: (language, shape, input, wanted output)
CHANGE: tuple[tuple[str, str, str, str], ...] = (
    # Romance: este jueves / ce mardi / nesta quarta-feira for a day that has passed
    ("es", "this_weekday_said", "The minister said this Thursday that the budget is ready.", "The minister said on Thursday that the budget is ready."),
    ("es", "this_weekday_said", "The spokeswoman has reiterated this Monday that nothing was hidden.", "The spokeswoman reiterated on Monday that nothing was hidden."),
    ("es", "this_weekday_lower", "Police confirmed this saturday that two men were held.", "Police confirmed on Saturday that two men were held."),
    ("es", "this_weekday_verb", "The Government approved this Tuesday a decree on rents.", "The Government approved on Tuesday a decree on rents."),
    ("es", "this_weekday_verb", "The king received this Friday the new ambassadors at the palace.", "The king received on Friday the new ambassadors at the palace."),
    ("fr", "this_weekday_said", "The Elysee announced this Friday that the visit was cancelled.", "The Elysee announced on Friday that the visit was cancelled."),
    ("pt", "this_weekday_said", "Lula said this Wednesday (2) that he would not sell state firms.", "Lula said on Wednesday (2) that he would not sell state firms."),
    ("es", "this_weekday_opening", "This Tuesday, the Congress approved the new law with 180 votes.", "On Tuesday, the Congress approved the new law with 180 votes."),
    ("fr", "this_weekday_opening", "This Monday, the police arrested a man suspected of the attack.", "On Monday, the police arrested a man suspected of the attack."),
    ("es", "part_of_this_weekday", "The fire broke out in the early hours of this Tuesday in a warehouse.", "The fire broke out in the early hours of Tuesday in a warehouse."),
    ("es", "part_of_this_weekday", "The meeting took place on the afternoon of this Monday.", "The meeting took place on Monday afternoon."),
    ("es", "part_of_this_weekday", "Two men were arrested in the early morning of this Sunday.", "Two men were arrested early on Sunday."),
    # Spanish / Portuguese el pasado lunes, o passado dia 5
    ("es", "the_past_weekday", "The agreement was signed the past Monday in Madrid.", "The agreement was signed last Monday in Madrid."),
    ("es", "the_past_weekday", "As reported on the past Friday, the plant will close.", "As reported last Friday, the plant will close."),
    ("es", "the_past_date", "The decree was published the past March 5 in the official gazette.", "The decree was published on March 5 in the official gazette."),
    ("es", "the_past_date", "The elections held the past 23 of July changed everything.", "The elections held on 23 July changed everything."),
    ("pt", "last_day_n", "The suspect was arrested on the last day 5 in Curitiba.", "The suspect was arrested on the 5th in Curitiba."),
    # Arabic اليوم الاثنين, Persian امروز (دوشنبه)
    ("ar", "today_weekday", "The ministry announced today, Monday, that schools will reopen.", "The ministry announced on Monday that schools will reopen."),
    ("ar", "today_weekday", "The army said in a statement today, Sunday, that it had killed five militants.", "The army said in a statement on Sunday that it had killed five militants."),
    ("ar", "today_weekday", "The dollar fell in Baghdad yesterday, Thursday.", "The dollar fell in Baghdad on Thursday."),
    ("ar", "tomorrow_weekday", "Parliament will vote tomorrow, Tuesday, on the budget.", "Parliament will vote on Tuesday on the budget."),
    ("fa", "today_weekday_bracket", "The spokesman told a press conference today (Monday) that talks would go on.", "The spokesman told a press conference on Monday that talks would go on."),
    ("ar", "this_evening_weekday", "The minister arrived in Cairo this evening, Monday, for talks.", "The minister arrived in Cairo on Monday evening for talks."),
    # German in der Nacht zum Sonntag, Russian в ночь на воскресенье, Polish w nocy z soboty na niedzielę
    ("de", "night_to_weekday", "A fire broke out in the night to Sunday in a hotel.", "A fire broke out overnight into Sunday in a hotel."),
    ("ru", "night_to_weekday", "On the night of Saturday to Sunday, drones attacked the port.", "Overnight from Saturday to Sunday, drones attacked the port."),
    ("pl", "night_to_weekday", "The attack took place on the night from Friday to Saturday.", "The attack took place overnight from Friday to Saturday."),
    # Russian 5 мая read out as an ordinal
    ("ru", "nth_of_month", "On 5th of May the city was shelled again.", "On May 5 the city was shelled again."),
    ("ru", "nth_of_month", "The events of 9th of May were recalled at the rally.", "The events of May 9 were recalled at the rally."),
    # Korean 지난 5일, Japanese 先月5日
    ("ko", "last_nth", "The ministry said on the last 5th that exports rose.", "The ministry said on the 5th that exports rose."),
    ("ko", "last_nth", "President Yoon met the envoy last 5th at the office.", "President Yoon met the envoy on the 5th at the office."),
    ("ko", "nth_last", "The party held a meeting on the 5th last, officials said.", "The party held a meeting on the 5th, officials said."),
    # Chinese 本月5日, 当地时间5日; Turkish ayın 5'inde
    ("zh", "nth_of_this_month", "The two sides met in Beijing on the 5th of this month.", "The two sides met in Beijing on the 5th."),
    ("zh", "local_time_nth", "The president said on local time 5th that the talks failed.", "The president said on the 5th (local time) that the talks failed."),
    ("tr", "nth_of_the_month", "The suspect was caught on the 5th of the month in Izmir.", "The suspect was caught on the 5th in Izmir."),
    # Indonesian Rabu (26/4)
    ("id", "day_month_bracket", "Police said on Wednesday (26/4) that the road was open.", "Police said on Wednesday (April 26) that the road was open."),
    ("id", "place_weekday", "The head of police said in Garut, Wednesday, that patrols will go on.", "The head of police said in Garut on Wednesday that patrols will go on."),
)

#: native English news that looks alike: must stay as it is
KEEP: tuple[tuple[str, str], ...] = (
    ("this_weekday_future", "The talks will resume this Friday, the minister said."),
    ("this_weekday_future", "This Tuesday, the Congress will vote on the new law."),
    ("this_weekday_future", "Forecasters warned this Sunday could bring heavy snow."),
    ("this_weekday_possessive", "He said this Friday's match would be his last."),
    ("this_weekday_object", "The club confirmed this Saturday as the date of the final."),
    ("this_weekday_present", "This Monday is a bank holiday in England and Wales."),
    ("last_weekday", "The agreement was signed last Monday in Madrid."),
    ("past_week", "Prices have risen sharply over the past week."),
    ("past_week", "The past month has been the wettest on record."),
    ("past_weekday_plural", "For the past three Mondays the market has been closed."),
    ("on_the_nth", "The report was published on the 23rd."),
    ("on_the_nth", "He died on the afternoon of the 5th, his family said."),
    ("yesterday_morning", "Police were called yesterday morning to a house in Leeds."),
    ("today_plain", "Today, Monday is the busiest day for hospital admissions."),
    ("today_list", "Shops are open today, Monday and Tuesday."),
    ("today_and", "Talks continued today, and a deal is expected on Monday."),
    ("local_time", "The quake struck at 3am on Tuesday local time."),
    ("local_time", "The launch is set for 10pm local time on the 5th."),
    ("night_of", "On the night of the 5th, the ship sank."),
    ("night_of", "He was last seen on the night of Saturday, 3 May."),
    ("saturday_night", "Two men were stabbed on Saturday night in Cardiff."),
    ("nth_of_month_native", "The Fourth of July parade was cancelled."),
    ("nth_of_month_native", "The 5th of November is Bonfire Night."),
    ("the_5th_of", "The 5th of the 12 candidates withdrew on Monday."),
    ("ordinal", "He finished 5th of 20 runners in the race."),
    ("last_nth_native", "The last 5 minutes of the match were chaotic."),
    ("slash_score", "The team won the set 6/4 and the match 2/1."),
    ("slash_fraction", "Drink 1/2 a litre of water every hour (1/2 litre)."),
    ("slash_date_uk", "The deadline is 26/4, the council said."),
    ("dateline_native", "LONDON, Monday: The Prime Minister arrived today."),
    ("past_monday_week", "The past Monday-to-Friday week saw record trading."),
    ("day_of_month_native", "The annual fair is held on the last day of May."),
    ("sunday_times", "The Sunday Times reported the story on Sunday."),
)


def _config(lang: str | None, offers: bool):
    from cleanup import Config
    return Config(source_language=lang, min_confidence=0.4 if offers else 0.7)


def run(show: bool = False) -> dict[str, int]:
    """Counts: of the CHANGE cases, how many the chain fixes (applied) with the language forced
    and without it, how many it fixes or offers (offers accepted: min_confidence 0.4), how many
    it changes otherwise; of the KEEP cases (no language, offers accepted), how many stay."""
    from cleanup import process

    counts = {"change": len(CHANGE), "fixed_forced": 0, "fixed_plain": 0, "fixed_or_offered": 0,
              "wrong": 0, "keep": len(KEEP), "kept": 0, "broken": 0}
    for lang, shape, text, want in CHANGE:
        forced = process(text, _config(lang, False)).text
        plain = process(text, _config(None, False)).text
        offered = process(text, _config(lang, True)).text
        counts["fixed_forced"] += forced == want
        counts["fixed_plain"] += plain == want
        counts["fixed_or_offered"] += offered == want
        counts["wrong"] += offered not in (want, text) and forced != want
        if show and (forced != want or plain != want):
            tag = "OK-FORCED" if forced == want else "OFFER" if offered == want else "MISS"
            print(f"{tag} {lang} {shape}: {text!r}\n    forced {forced!r}\n    plain  {plain!r}\n    want   {want!r}")
    for shape, text in KEEP:
        got = process(text, _config(None, True)).text
        counts["kept"] += got == text
        counts["broken"] += got != text
        if show and got != text:
            print(f"BROKEN {shape}: {text!r} -> {got!r}")
    return counts


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true")
    print(run(ap.parse_args().show))
