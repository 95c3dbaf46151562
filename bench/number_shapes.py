"""A made-up inventory of numbers, units and signs written in the source language's format
(decimal commas, thousands dots and spaces, spaced or leading percent signs, currency signs
after the figure, spaced degree signs), each with a native English sentence that looks alike
and must stay.  ``python -m bench.number_shapes`` runs the chain on both and counts what it
changes (``--show`` prints each case).  The sentences are made up, in news register; the rules
cite real texts (rules/normalize.toml)."""

from __future__ import annotations

import argparse

#: (shape, input, wanted output): an applied fix; the same text as the output means 'must stay'
CHANGE: tuple[tuple[str, str, str], ...] = (
    ("decimal_comma", "The rate fell to 3,5 percent in March.", "The rate fell to 3.5 percent in March."),
    ("decimal_comma", "Prices rose by 7,25% in a year.", "Prices rose by 7.25% in a year."),
    ("decimal_comma", "The bridge will cost 10,5 million euros.", "The bridge will cost 10.5 million euros."),
    ("decimal_comma", "Turnout was 61,3 per cent, the commission said.", "Turnout was 61.3 per cent, the commission said."),
    ("thousands_dots", "The council paid 1.500.000 euros for the land.", "The council paid 1,500,000 euros for the land."),
    ("thousands_dots", "Some 2.350.000 voters are registered.", "Some 2,350,000 voters are registered."),
    ("thousands_space", "About 2 500 people attended the rally.", "About 2,500 people attended the rally."),
    ("thousands_space", "The data showed 232 243 cases in 85 regions.", "The data showed 232,243 cases in 85 regions."),
    ("thousands_space", "Police counted 12\u202f500 protesters.", "Police counted 12,500 protesters."),
    ("percent_space", "Unemployment fell to 5 % last year.", "Unemployment fell to 5% last year."),
    ("percent_before", "Exports rose by %5 compared to last year.", "Exports rose by 5% compared to last year."),
    ("percent_before", "The party won % 40 of the vote.", "The party won 40% of the vote."),
    ("currency_space", "The firm paid $ 5 million in fines.", "The firm paid $5 million in fines."),
    ("currency_space", "Drivers face a € 7500 fine for the offence.", "Drivers face a €7500 fine for the offence."),
    ("currency_after", "A ticket costs 5 € on the day.", "A ticket costs €5 on the day."),
    ("currency_after", "The damage came to 200$ per house.", "The damage came to $200 per house."),
    ("currency_after", "The budget grew by 10 million € this year.", "The budget grew by €10 million this year."),
    ("degree_space", "Temperatures will drop to 27-31° C on Thursday.", "Temperatures will drop to 27-31°C on Thursday."),
    ("degree_space", "It will be 30 ° C in the capital.", "It will be 30°C in the capital."),
    ("degree_space", "Nights will fall to -5 ° C in the north.", "Nights will fall to -5°C in the north."),
    ("degree_sign", "Temperatures will vary between +12 and +17ºC at night.", "Temperatures will vary between +12 and +17°C at night."),
)

#: native English news that looks alike: must stay as it is
KEEP: tuple[tuple[str, str], ...] = (
    ("decimal", "Some 1.5 million people voted, and 2,500 more were turned away."),
    ("time", "The train left at 9.30am and arrived at 10.38am."),
    ("time", "The talks start at 10.30 a.m. on Monday."),
    ("version", "Install version v2.1.3 of the software, not 1.500.2."),
    ("score", "Arsenal won 3-1, and she won 6-4, 6-3."),
    ("tennis", "He lost to Williams 1-6,4-6 in the third round."),
    ("phone", "Call 0845 8 505 505 or 0800 555 111 with information."),
    ("model", "The airline bought 10 737-800 planes for $630m."),
    ("model", "The airline flew a Boeing 737 800 to Rome."),
    ("ip", "The server at 192.168.1.100 was attacked."),
    ("section", "Section 1.2.3 of the law applies."),
    ("list", "Numbers 1, 2, 3 and 4 were drawn."),
    ("list_glued", "The winning numbers were 4,12,19,33,41 and 45."),
    ("exchange", "The rupee climbed to 43.305 per US dollar, and 4.483 million are out of work."),
    ("date", "The decree of 12.03.2023 took effect."),
    ("year", "In 2019 500 people were hired."),
    ("day", "On March 3 500 people marched."),
    ("money", "The painting sold for $110,000 (£59,000) at auction."),
    ("coordinates", "The quake struck at 38.5N, 142.3E."),
    ("url", "See https://example.com/a%20b?id=%5 for the list."),
    ("degrees_native", "It was minus 20C, and the high will be 31 C in Ottawa; turn the wheel 360 degrees."),
    ("degrees_angle", "The ship turned 90° to port."),
    ("percent_native", "Prices rose 5% and 7.5 per cent."),
    ("isbn", "ISBN 978-3-16-148410-0 is on the cover."),
    ("thousands_native", "More than 12,500 people, 3,200 houses and 1,500,000 euros."),
    ("ratio", "The vote was 3,5 and 7 in favour of the three options."),
)


def run(show: bool = False) -> dict[str, int]:
    """Counts: of the CHANGE cases, how many the chain fixes (applied) and how many it fixes or
    offers (offers accepted: min_confidence 0.4), how many it changes otherwise; of the KEEP
    cases, how many it leaves alone (applied edits and offers both count as breaking them)."""
    from cleanup import Config, process

    offers = Config(min_confidence=0.4)
    got_counts = {"change": len(CHANGE), "fixed": 0, "fixed_or_offered": 0, "wrong": 0, "keep": len(KEEP), "kept": 0, "broken": 0}
    for shape, text, want in CHANGE:
        applied, accepted = process(text).text, process(text, offers).text
        got_counts["fixed"] += applied == want
        got_counts["fixed_or_offered"] += accepted == want
        got_counts["wrong"] += accepted not in (want, text) and applied != want
        if show and applied != want:
            print(f"{'OFFER' if accepted == want else 'MISS'} {shape}: {text!r} -> {accepted!r} (want {want!r})")
    for shape, text in KEEP:
        got = process(text, offers).text
        got_counts["kept"] += got == text
        got_counts["broken"] += got != text
        if show and got != text:
            print(f"BROKEN {shape}: {text!r} -> {got!r}")
    return got_counts


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true")
    print(run(ap.parse_args().show))
