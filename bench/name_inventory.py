"""Made-up inventory of how one person's name gets two spellings in one MT article.

MT romanises a name anew in each sentence, by the conventions of the source script: it keeps or drops
diacritics (``Erdoğan``/``Erdogan``), follows one Cyrillic system or another (``Zelensky``/``Zelenskyy``,
``Yevgeny``/``Evgeny``), writes an Arabic article four ways (``al-``, ``Al-``, ``el-``, ``Al ``), a
Korean given name with a hyphen or without, a Chinese surname in capitals.  Each case is a made-up
article of seven sentences that names one person four times: three times one way and once another
(``3v1``: the other spelling must take the majority's), or once each way (``1v1``: neither may be
applied, an offer is right).  ``keep`` cases name two people (``Kim Jong-un`` and ``Kim Jong-il``) or a
person and a place: nothing may change.  ``python -m bench.name_inventory`` prints, per shape, how
many the chain gets right; ``--misses`` lists the rest.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

import cleanup

_ARTICLE = (
    "{0} arrived in the capital on Monday for two days of talks with senior government officials.",
    "The visit, the first in three years, comes as both sides try to settle a long dispute over trade and energy prices.",
    "Speaking to reporters after the first meeting, {1} said the talks had been useful and that a deal was close.",
    "Officials said the two delegations would meet again on Tuesday to discuss a new agreement on gas supplies.",
    "Opposition politicians criticised the visit, saying {2} had offered nothing new on the border question.",
    "Analysts said the outcome would depend on whether the central bank agreed to ease its controls on foreign currency.",
    "Aides to {3} said the delegation was due to fly home on Wednesday after visiting a car factory.",
)


def article(slots: tuple[str, str, str, str]) -> str:
    """The article with its four name slots filled; a slot ``he`` is a pronoun."""
    out = [line.format(*(s if s != "he" else "him" if i == 3 else "he" for i, s in enumerate(slots))) for line in _ARTICLE]
    out = [line[0].upper() + line[1:] for line in out]
    return " ".join(out[:3]) + "\n\n" + " ".join(out[3:5]) + "\n\n" + " ".join(out[5:])


@dataclass(frozen=True)
class Case:
    shape: str
    full: str  # the majority's spelling, first mention (given name and surname)
    short: str  # the majority's spelling, later mentions
    other_full: str  # the minority's spelling
    other_short: str


# (shape, majority full, majority short, minority full, minority short)
CHANGES: list[Case] = [Case(*c) for c in (
    # diacritics kept in some sentences, dropped in others
    ("diacritics", "Pere Aragonès", "Aragonès", "Pere Aragones", "Aragones"),
    ("diacritics", "Pere Aragones", "Aragones", "Pere Aragonès", "Aragonès"),
    ("diacritics", "Recep Tayyip Erdoğan", "Erdoğan", "Recep Tayyip Erdogan", "Erdogan"),
    ("diacritics", "Recep Tayyip Erdogan", "Erdogan", "Recep Tayyip Erdoğan", "Erdoğan"),
    ("diacritics", "Lech Wałęsa", "Wałęsa", "Lech Walesa", "Walesa"),
    ("diacritics", "Łukasz Szumowski", "Łukasz Szumowski", "Lukasz Szumowski", "Lukasz Szumowski"),
    ("diacritics", "Lukasz Szumowski", "Lukasz Szumowski", "Łukasz Szumowski", "Łukasz Szumowski"),
    ("diacritics", "Nguyễn Phú Trọng", "Nguyễn Phú Trọng", "Nguyen Phu Trong", "Nguyen Phu Trong"),
    ("diacritics", "Nguyen Phu Trong", "Nguyen Phu Trong", "Nguyễn Phú Trọng", "Nguyễn Phú Trọng"),
    ("diacritics", "Tomáš Pojar", "Pojar", "Tomas Pojar", "Pojar"),
    ("umlaut", "Friedrich Merz", "Merz", "Friedrich Merz", "Merz"),  # the template alone: no edit
    ("umlaut", "Gerd Müller", "Müller", "Gerd Mueller", "Mueller"),
    ("umlaut", "Gerd Müller", "Müller", "Gerd Muller", "Muller"),
    ("umlaut", "Gerd Mueller", "Mueller", "Gerd Müller", "Müller"),
    ("umlaut", "Jürgen Köhler", "Köhler", "Jürgen Koehler", "Koehler"),
    ("umlaut", "Ernst Großmann", "Großmann", "Ernst Grossmann", "Grossmann"),
    ("umlaut", "Ernst Grossmann", "Grossmann", "Ernst Großmann", "Großmann"),
    # Cyrillic: -iy/-y/-i/-ii, kh/h, ya/ia, yu/iu, e/ye, -ov/-off, Ukrainian/Russian given names
    ("cyr_iy", "Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy", "Zelenskyy"),
    ("cyr_iy", "Volodymyr Zelenskyy", "Zelenskyy", "Volodymyr Zelenskiy", "Zelenskiy"),
    ("cyr_iy", "Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskii", "Zelenskii"),
    ("cyr_iy", "Oleksandr Syrskyi", "Syrskyi", "Oleksandr Syrsky", "Syrsky"),
    ("cyr_iy", "Oleksiy Danilov", "Oleksiy Danilov", "Oleksii Danilov", "Oleksii Danilov"),
    ("cyr_iy", "Dmitry Medvedev", "Dmitry Medvedev", "Dmitriy Medvedev", "Dmitriy Medvedev"),
    ("cyr_iy", "Vitali Klitschko", "Vitali Klitschko", "Vitaliy Klitschko", "Vitaliy Klitschko"),
    ("cyr_kh", "Mikhail Khodorkovsky", "Khodorkovsky", "Mikhail Hodorkovsky", "Hodorkovsky"),
    ("cyr_kh", "Mikhail Mishustin", "Mikhail Mishustin", "Mihail Mishustin", "Mihail Mishustin"),
    ("cyr_ya", "Tatyana Golikova", "Tatyana Golikova", "Tatiana Golikova", "Tatiana Golikova"),
    ("cyr_ya", "Viktor Yanukovych", "Yanukovych", "Viktor Ianukovych", "Ianukovych"),
    ("cyr_yu", "Yulia Svyrydenko", "Yulia Svyrydenko", "Iulia Svyrydenko", "Iulia Svyrydenko"),
    ("cyr_yu", "Yuriy Ihnat", "Yuriy Ihnat", "Iurii Ihnat", "Iurii Ihnat"),
    ("cyr_ye", "Yevgeny Prigozhin", "Prigozhin", "Evgeny Prigozhin", "Prigozhin"),
    ("cyr_ye", "Yevgeny Prigozhin", "Yevgeny Prigozhin", "Evgeny Prigozhin", "Evgeny Prigozhin"),
    ("cyr_ye", "Andriy Yermak", "Yermak", "Andriy Ermak", "Ermak"),
    ("cyr_off", "Sergei Smirnov", "Smirnov", "Sergei Smirnoff", "Smirnoff"),
    ("cyr_given", "Oleksiy Reznikov", "Oleksiy Reznikov", "Alexei Reznikov", "Alexei Reznikov"),
    ("cyr_given", "Volodymyr Zelensky", "Volodymyr Zelensky", "Vladimir Zelensky", "Vladimir Zelensky"),
    ("cyr_given", "Oleksandr Syrskyi", "Oleksandr Syrskyi", "Alexander Syrskyi", "Alexander Syrskyi"),
    # Arabic: the article, Mohammed, ou/u, q/k, doubled consonants
    ("ar_article", "Mohammed Shia al-Sudani", "al-Sudani", "Mohammed Shia Al-Sudani", "Al-Sudani"),
    ("ar_article", "Mohammed Shia al-Sudani", "al-Sudani", "Mohammed Shia el-Sudani", "el-Sudani"),
    ("ar_article", "Mohammed Shia al-Sudani", "al-Sudani", "Mohammed Shia Al Sudani", "Al Sudani"),
    ("ar_given", "Muhammad Yunus", "Muhammad Yunus", "Mohammed Yunus", "Mohammed Yunus"),
    ("ar_given", "Mohamed Bazoum", "Mohamed Bazoum", "Mohammed Bazoum", "Mohammed Bazoum"),
    ("ar_ou", "Nasser Bourita", "Bourita", "Nasser Burita", "Burita"),
    ("ar_ou", "Youssef Chahed", "Youssef Chahed", "Yusuf Chahed", "Yusuf Chahed"),
    ("ar_q", "Naim Qassem", "Qassem", "Naim Kassem", "Kassem"),
    ("ar_double", "Hassan Nasrallah", "Nasrallah", "Hassan Nasralla", "Nasralla"),
    ("ar_double", "Hassan Nasrallah", "Hassan Nasrallah", "Hasan Nasrallah", "Hasan Nasrallah"),
    # Korean, Chinese, Japanese, Thai
    ("ko_hyphen", "Kim Min-jun", "Kim Min-jun", "Kim Min-Jun", "Kim Min-Jun"),
    ("ko_hyphen", "Kim Min-jun", "Kim Min-jun", "Kim Minjun", "Kim Minjun"),
    ("ko_hyphen", "Kim Jong-un", "Kim Jong-un", "Kim Jong Un", "Kim Jong Un"),
    ("ko_letters", "Han Gi-ho", "Han Gi-ho", "Han Ki-ho", "Han Ki-ho"),
    ("ko_letters", "Jeong Jin-seok", "Jeong Jin-seok", "Jong Jin-sok", "Jong Jin-sok"),
    ("zh_split", "Xi Jinping", "Xi Jinping", "Xi Jin Ping", "Xi Jin Ping"),
    ("zh_split", "Li Qiang", "Li Qiang", "Li Qiang", "Li Qiang"),  # the template alone: no edit
    ("zh_split", "Xi Jinping", "Xi Jinping", "Xi Jin-ping", "Xi Jin-ping"),
    ("zh_caps", "Xi Jinping", "Xi Jinping", "XI Jinping", "XI Jinping"),
    ("zh_caps", "Wang Yi", "Wang Yi", "WANG Yi", "WANG Yi"),
    ("ja_long", "Shohei Ohtani", "Ohtani", "Shohei Ōtani", "Ōtani"),
    ("ja_long", "Taro Kono", "Kono", "Taro Kōno", "Kōno"),
    ("ja_long", "Taro Kono", "Kono", "Taro Kouno", "Kouno"),
    ("ja_long", "Yuko Ito", "Ito", "Yuko Itou", "Itou"),
    ("th_h", "Prayut Chan-o-cha", "Prayut", "Prayuth Chan-o-cha", "Prayuth"),
    ("th_h", "Anutin Charnvirakul", "Anutin", "Anuthin Charnvirakul", "Anuthin"),
    ("th_h", "Thaksin Shinawatra", "Thaksin", "Taksin Shinawatra", "Taksin"),
)]

# two people, or a person and a place: (shape, the four slots)
KEEPS: list[tuple[str, tuple[str, str, str, str]]] = [
    ("keep", ("North Korean leader Kim Jong-un", "Kim Jong-un", "Kim Jong-il", "Kim Jong-un")),
    ("keep", ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "Mohammed Shia al-Sudani", "Mohammed bin Salman")),
    ("keep", ("King Abdullah of Jordan", "the King of Jordan", "Danny Jordaan", "the King of Jordan")),
    ("keep", ("Sloane Stephens", "Stephens", "Cat Stevens", "Stephens")),
    ("keep", ("Robert Mueller", "Mueller", "Thomas Muller", "Mueller")),
    ("keep", ("Alexei Navalny", "Navalny", "Oleksiy Reznikov", "Navalny")),
    ("keep", ("Premier Li Qiang", "Li Qiang", "Li Keqiang", "Li Qiang")),
    ("keep", ("Takeshi Sato", "Sato", "Kenji Saito", "Sato")),
    ("keep", ("Lee Jae-myung", "Lee Jae-myung", "Lee Jae-yong", "Lee Jae-myung")),
    ("keep", ("Sadiq Khan", "Khan", "Oliver Kahn", "Khan")),
    ("keep", ("Mohamed Salah", "Salah", "Muhammad Ali", "Salah")),
    ("keep", ("Sergei Smirnov", "Smirnov", "a bottle of Smirnoff", "Smirnov")),
    ("keep", ("Hassan Rouhani", "Rouhani", "Hasan Minhaj", "Rouhani")),
    ("keep", ("Yuri Gagarin", "Gagarin", "Yury Dud", "Gagarin")),
    ("keep", ("Paris mayor Anne Hidalgo", "Hidalgo", "Matthew Parris", "Hidalgo")),
    ("keep", ("Alexander Zverev", "Zverev", "Aleksandar Vucic", "Zverev")),
    ("keep", ("Georgia's prime minister", "Irakli Kobakhidze", "Georgiy Gongadze", "Kobakhidze")),
]


# the source language a detector would find in real MT of each shape (--hinted): a pack's rules apply
_LANGS = {"umlaut": "de", "cyr": "ru", "ar": "ar", "ko": "ko", "zh": "zh", "ja": "ja", "th": "th"}
_DIACRITIC_LANGS = {"Aragon": "es", "Erdo": "tr", "Nguy": "vi"}


def language(shape: str, text: str) -> str | None:
    """The source language of a case (None: no pack; the chain detects it)."""
    if shape == "diacritics":
        return next((lang for stem, lang in _DIACRITIC_LANGS.items() if stem in text), None)
    return _LANGS.get(shape.split("_")[0])


def cases() -> list[tuple[str, str, str, str | None]]:
    """(shape, variant, input, expected output; None: an offer and no change) for every case."""
    out = []
    for c in CHANGES:
        three = article((c.full, c.short, c.other_short, c.short))
        fixed = article((c.full, c.short, c.short, c.short))
        out.append((c.shape, "3v1", three, fixed))
        one = article((c.full, "he", c.other_short, "he"))  # 'Aides to him': the pronoun
        out.append((c.shape, "1v1", one, None if c.short != c.other_short else one))
    for shape, slots in KEEPS:
        text = article(slots)
        out.append((shape, "keep", text, text))
    return out


def judge(text: str, want: str | None, result: cleanup.Result, unified: bool = False) -> str:
    """``right``, ``missed`` (the variant stays), ``offered`` (a 3v1 variant only offered), or
    ``wrong`` (a change that is not the expected one); ``unified``: a 1v1 case's change made the two
    mentions one spelling (``unified`` says whether it did)."""
    got = result.text
    if want is None:  # a tie: no change and an offer is right; both made one spelling is 'unified'
        if got != text:
            return "unified" if unified else "wrong"
        return "right" if any(e.rule.startswith("document.") for e in result.suggestions) else "missed"
    if got == want:
        return "right"
    if got != text:
        return "wrong"
    return "offered" if any(e.rule.startswith("document.") for e in result.suggestions) else "missed"


def _one_spelling(text: str, result: cleanup.Result) -> bool:
    """Every applied edit of a 1v1 case changed one mention into the other's spelling."""
    names = {e.before for e in result.edits if e.action == "fix"}
    return bool(result.text != text and all(e.after in text and e.before in text for e in result.edits
                                             if e.action == "fix")) and len(names) == 1


def run(misses: bool = False, hinted: bool = False) -> dict[str, dict[str, int]]:
    """Per shape and variant: counts of each judgement; ``hinted``: with the source language given."""
    out: dict[str, dict[str, int]] = {}
    for shape, variant, text, want in cases():
        lang = language(shape, text) if hinted else None
        result = cleanup.process(text, cleanup.Config(source_language=lang)) if lang else cleanup.process(text)
        verdict = judge(text, want, result, want is None and _one_spelling(text, result))
        tally = out.setdefault(f"{shape} {variant}", {})
        tally[verdict] = tally.get(verdict, 0) + 1
        if misses and verdict != "right":
            fixes = [(e.rule, e.before, e.after) for e in result.edits]
            offers = [(e.rule, e.before, e.after) for e in result.suggestions]
            print(f"{verdict.upper()} {shape} {variant}: {text.splitlines()[0][:90]!r}\n   fixes {fixes}\n   offers {offers}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--hinted", action="store_true", help="give each case its source language (as detected in real MT)")
    args = ap.parse_args()
    totals: dict[str, int] = {}
    for key, tally in run(args.misses, args.hinted).items():
        n = sum(tally.values())
        print(f"{key:22s} {tally.get('right', 0):3d}/{n:<3d} " + " ".join(f"{k}={v}" for k, v in sorted(tally.items()) if k != "right"))
        kind = key.split()[1]
        totals[kind + " right"] = totals.get(kind + " right", 0) + tally.get("right", 0)
        totals[kind] = totals.get(kind, 0) + n
    print("total: " + ", ".join(f"{k} {totals[k + ' right']}/{totals[k]}" for k in ("3v1", "1v1", "keep") if k in totals))


if __name__ == "__main__":
    main()
