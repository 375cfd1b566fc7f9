"""Language identification per passage, from function words (no model, deterministic, offline).

The seven rule-pack languages (en, sl, sv, fi, nl, de, fr) plus the languages a vendor policy in
Europe is most likely to be written in otherwise, so that an unsupported language is *named*
(``it``, ``pl`` …) rather than mistaken for a supported one. Short passages (headings, "E-mail:
x@y") carry too little evidence and take the language of their neighbours.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

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
_WORDS = {lang: frozenset(words.split()) for lang, words in FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
# Letters that only some of the languages use: a light tie-breaker.
_LETTERS = {
    "sl": "čšž", "hr": "čšžćđ", "cs": "ěřůčšž", "sv": "åäö", "fi": "äö", "da": "æøå", "nb": "æøå",
    "de": "äöüß", "fr": "éèêàçù", "pl": "ąęłńśźż", "et": "õäöü", "it": "àèìòù", "es": "ñáéíóú", "pt": "ãõçáéí",
}
# Inflection endings typical of one language (each token ending so adds half a hit).
_SUFFIXES = {
    "fi": re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|mme|nsa|nsä|aan|ään|ksi|iin|tta|ttä|ista|istä|oihin|jasi|jäsi|ksia|ksiä)$"),
    "sl": re.compile(r"(?:ega|emu|ih|ijo|ite|amo|imo|ate|ov|om|cem|cu|nje|nja)$"),
    "de": re.compile(r"(?:ung|ungen|keit|lich|lichen|isch|ten|schaft)$"),
    "sv": re.compile(r"(?:arna|erna|orna|ningen|heten|igt|ande|ende)$"),
    "nl": re.compile(r"(?:heid|ingen|lijk|lijke|baar|tje)$"),
    "fr": re.compile(r"(?:tion|tions|ment|ité|eux|euse|aire|ées)$"),
    "en": re.compile(r"(?:ing|tion|ness|ly|ed)$"),
}
MIN_TOKENS = 4


@lru_cache(maxsize=5_000)  # versions of one policy share most passages
def detect_language(text: str) -> tuple[str | None, float]:
    """(language code, share of the best language's hits) for a passage; (None, 0) when too short."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if len(tokens) < MIN_TOKENS:
        return None, 0.0
    scores: Counter[str] = Counter()
    for token in tokens:
        for lang, words in _WORDS.items():
            if token in words:
                scores[lang] += 1
    for token in tokens:
        if len(token) > 4:
            for lang, suffix in _SUFFIXES.items():
                if suffix.search(token):
                    scores[lang] += 0.5
    lowered = text.lower()
    for lang, letters in _LETTERS.items():
        scores[lang] += 0.3 * min(3, sum(lowered.count(c) for c in letters))
    if not scores:
        return None, 0.0
    best, best_score = scores.most_common(1)[0]
    if best_score < 1.5:
        return None, 0.0
    return best, best_score / max(1.0, sum(scores.values()))


def detect_passage_languages(texts: Sequence[str], default: str | None = None) -> list[str | None]:
    """The language of each passage; short ones take the nearest preceding (else following) detected one."""
    detected = [detect_language(t)[0] for t in texts]
    result: list[str | None] = list(detected)
    last: str | None = None
    for i, lang in enumerate(detected):
        if lang is None:
            result[i] = last
        else:
            last = lang
    nxt: str | None = None
    for i in range(len(detected) - 1, -1, -1):
        if detected[i] is not None:
            nxt = detected[i]
        elif result[i] is None:
            result[i] = nxt
    return [lang or default for lang in result]


def dominant_language(languages: Sequence[str | None], weights: Sequence[int]) -> str | None:
    """The language covering most characters."""
    total: Counter[str] = Counter()
    for lang, weight in zip(languages, weights):
        if lang:
            total[lang] += weight
    return total.most_common(1)[0][0] if total else None
