"""Made-up inventory of how source-language casing conventions survive MT (helper caps33, 1 December):
each case is a news sentence in a "must change" form (with the text an editor wants) or a "must stay"
form (native English that looks alike).  ``python3 -m bench.casing_conventions [--show]`` runs the
chain on each and counts what comes out as wanted.

Shapes: lower-case months, weekdays, nationalities, languages and faiths (Romance, Slavic, Turkish,
Indonesian, Vietnamese); surnames in capitals (French, Romanian, Turkish, Indonesian official style);
an administrative unit's noun in lower case (Romanian 'județul', Vietnamese 'phường', 'quận 9');
German noun capitals; Turkish dotted İ (left: the annotators keep 'İnce', 'İbrahim'); titles in
lower case before a name (left: BBC writes 'shadow chancellor Oliver Letwin', 'former president
Bill Clinton').  Surnames in capitals are offered only in copy with no mark of MT, so those cases
carry a source language, as the real pages do.

Counts (cases as wanted, of 39): main d7fd6ed 24; caps33 (document.unit_name and more
nationalities in document.always_capitalized) 34.
"""

from __future__ import annotations

import argparse

#: (text, wanted or None to keep, source language or None)
CASES: list[tuple[str, str | None, str | None]] = [
    # lower-case calendar words, nationalities, languages, faiths: change
    ("The minister arrived in Paris on monday, officials said.", "The minister arrived in Paris on Monday, officials said.", None),
    ("The vote will take place in january next year.", "The vote will take place in January next year.", None),
    ("The french president met the ukrainian army chief in Kyiv.", "The French president met the Ukrainian army chief in Kyiv.", None),
    ("She speaks english and romanian fluently, her office said.", "She speaks English and Romanian fluently, her office said.", None),
    ("Muslim leaders and catholic bishops signed the letter.", "Muslim leaders and Catholic bishops signed the letter.", None),
    ("The polish government rejected the plan on tuesday.", "The Polish government rejected the plan on Tuesday.", None),
    ("Talks with the slovenian and montenegrin delegations ended in december.",
     "Talks with the Slovenian and Montenegrin delegations ended in December.", None),
    ("The vote is set for 3 march, the commission said.", "The vote is set for 3 March, the commission said.", None),
    ("Thousands of catholics attended the mass in the capital.", "Thousands of Catholics attended the mass in the capital.", None),
    ("The serbian and bosnian leaders met in Sarajevo.", "The Serbian and Bosnian leaders met in Sarajevo.", None),
    ("Nearly 40 percent of moldovans voted on sunday.", "Nearly 40 percent of Moldovans voted on Sunday.", None),
    ("The qatari emir met the emirati foreign minister.", "The Qatari emir met the Emirati foreign minister.", None),
    ("Lithuanian and kazakh officials discussed gas supplies.", "Lithuanian and Kazakh officials discussed gas supplies.", None),
    ("The ukrainian grain deal expired in July.", "The Ukrainian grain deal expired in July.", None),
    ("Kurdish and lebanese groups condemned the attack on friday.", "Kurdish and Lebanese groups condemned the attack on Friday.", None),
    # surnames in capitals: change
    ("President Emmanuel MACRON met Klaus IOHANNIS in Bucharest.", "President Emmanuel Macron met Klaus Iohannis in Bucharest.", "ro"),
    ("Romanian President Klaus IOHANNIS said on Friday the NATO summit was a success.",
     "Romanian President Klaus Iohannis said on Friday the NATO summit was a success.", "ro"),
    ("Indonesian President Joko WIDODO visited Jakarta on Sunday.", "Indonesian President Joko Widodo visited Jakarta on Sunday.", "id"),
    # an administrative unit's noun: change
    ("A truck overturned in Arad County on Monday. Another fell in Brașov County. A third crashed in Giurgiu county.",
     "A truck overturned in Arad County on Monday. Another fell in Brașov County. A third crashed in Giurgiu County.", "ro"),
    ("Police leaders in district 9, Ho Chi Minh City, met on Monday.", "Police leaders in District 9, Ho Chi Minh City, met on Monday.", "vi"),
    ("He lives in Dong Phong Ward. The robbery was in Bich Dao ward on Friday.",
     "He lives in Dong Phong Ward. The robbery was in Bich Dao Ward on Friday.", "vi"),
    ("The elder lives in Lac Duong (village 1, Lac Duong commune).", "The elder lives in Lac Duong (Village 1, Lac Duong commune).", "vi"),
    # Turkish dotted capital: English news writes Istanbul (a miss, left: the annotators keep İ in names)
    ("The talks were held in İstanbul on Tuesday.", "The talks were held in Istanbul on Tuesday.", "tr"),
    # must stay
    ("The army will march on the capital in May, rebels said.", None, None),
    ("Prices may rise again in August, the bank said.", None, None),
    ("They polish the silver before the Sunday Times party.", None, None),
    ("UEFA fined the club and KFC closed its shop, the BBC said.", None, None),
    ("The foreign ministry said the ambassador was summoned.", None, None),
    ("He flew to IJmuiden on Friday.", None, None),
    ("Shares of the company rose 5% on Monday in New York.", None, None),
    ("The EU and the US imposed sanctions on the regime.", None, None),
    ("The former president Bill Clinton spoke in Harlem.", None, None),
    ("Troops entered Helmand province. The fighting spread to Kandahar province and Nimroz province.", None, "fa"),
    ("Officials in Goychay District said the Kedabek district and Gedabek district had no heads.", None, "az"),
    ("The village lies in Al-Azim district 60 km north of the city.", None, "ar"),
    ("Fares rose in zones 1 and 2 of the network.", None, None),
    ("The NATO and OSCE observers met Mr Erdoğan in İzmir.", None, "tr"),
    ("Police in Harburg district said the fire began at night.", None, "de"),
    ("The Iraqi city of Mosul fell, and the German city of Bonn voted.", None, None),
]


def run(show: bool = False) -> tuple[int, int]:
    import cleanup

    good = 0
    for text, wanted, lang in CASES:
        cfg = cleanup.Config(source_language=lang) if lang else cleanup.Config()
        out = cleanup.process(text, cfg).text
        ok = out == (wanted or text)
        good += ok
        if show and not ok:
            print(f"- {'change' if wanted else 'keep'}: {text!r}\n    got  {out!r}")
    return good, len(CASES)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="list the cases not as wanted")
    good, total = run(ap.parse_args().show)
    print(f"{good} of {total} as wanted")


if __name__ == "__main__":
    main()
