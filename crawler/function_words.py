"""Function words of the languages a vendor policy in Europe is most likely written in: the evidence
for two cheap language tests, the check engine's per-passage language (``monitor.checks.language``)
and the confirmation of a page's declared language before the statistical detector
(``crawler.language``).
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["FUNCTION_WORDS", "TOKEN", "function_word_hits"]

# ~40 frequent function words per language; words shared by several languages count for each.
FUNCTION_WORDS: dict[str, str] = {
    "en": "the and of to in is that for we you your our are with be as or by this on not it may from at "
    "have which will can information data when such any use personal if us these has been",
    "sl": "in je za da se na ki so ali pri po od do kot tudi lahko jih ter ne bo smo če vaše vaših "
    "naše naših osebnih podatkov podatke podatki ki jih kadar svoje teh tem kateri zato imate "
    "pravico lahko upravljavec upravljavca obdelave obdelavo obdelujemo podlagi podlaga pravna "
    "osebne so",
    "sv": "och att är det som för med av till på vi du dina din inte har kan om eller de den "
    "vår våra oss uppgifter personuppgifter när vid ett en sådana andra också dig detta",
    "fi": "ja on että tai ei voi sekä jos kun myös ovat mukaan tiedot tietoja henkilötietoja "
    "emme me sinun sinulla tietojasi meidän joka jotka voimme käsittelemme tämän olla niiden voit "
    "sinua sinusta meille meitä kanssa mukaisesti perusteella osalta tahansa milloin tietosi "
    "käsittely käsittelyn perustuu henkilötietojasi tietojen rekisterinpitäjä velvollinen",
    "nl": "de het een en van in is dat op te voor met zijn wij we uw u niet of door aan als "
    "bij ook worden deze onze kunnen wordt die persoonsgegevens gegevens heeft om naar",
    "de": "der die und das ist zu den von mit nicht sie wir ihre ihr für auf ein eine dem des "
    "oder werden wird im auch sind daten personenbezogenen uns unsere können bei zur zum unter "
    "unseren unserem ihren ihnen haben recht",
    "fr": "le la les de des et à en est que pour vous nous vos votre une un du dans par sur "
    "pas qui sont ou ne au aux données personnelles ces être cette avec peut",
    "it": "il di che è la e per non un una sono con del della dei delle gli al alla ai dati "
    "personali nostro nostri vostri suoi essere questo questa possono anche trattamento",
    "es": "el la de que y en los las del se por con para una un es su sus datos personales "
    "nuestro nuestros usted puede pueden como más este esta tratamiento también",
    "pt": "o a de que e do da em para com os as dos das não uma um seus suas dados pessoais "
    "nosso nossos você pode podem como mais este esta tratamento também são",
    "pl": "i w na z do że się nie jest to o od dla jak lub przez są po danych osobowych "
    "oraz może twoje twoich nasze naszych jeśli które który mogą także",
    "da": "og at er det som for med af til på vi du dine din ikke har kan om eller de den "
    "vores os oplysninger personoplysninger når ved et en sådanne andre også dig dette",
    "nb": "og å er det som for med av til på vi du dine din ikke har kan om eller de den "
    "vår våre oss opplysninger personopplysninger når ved et en slike andre også deg dette",
    "hr": "i je za da se na koji su ili pri po od do kao također mogu ih te ne će smo ako "
    "vaše vaših naše naših osobnih podataka podatke podaci kada svoje",
    "cs": "a je za že se na který jsou nebo při po od do jako také mohou je ne bude jsme "
    "pokud vaše vašich naše našich osobních údajů údaje údaj když své",
    "et": "ja on et või ei saab ning kui samuti nad andmed andmeid isikuandmeid me meie "
    "teie teile mis mida võime töötleme selle olema nende",
}
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)  # a word: letters, with an inner apostrophe
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _word in set(_words.split()):
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)


def function_word_hits(tokens: list[str]) -> Counter[str]:
    """How many of the (lowercased) tokens are function words of each language (a word shared by
    several languages counts for each)."""
    hits: Counter[str] = Counter()
    for token in tokens:
        languages = _LANGUAGES_OF.get(token)
        if languages:
            hits.update(languages)
    return hits
