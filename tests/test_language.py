"""Language of each version: detected from the text (langdetect, fixed seed), else the page's hint, else
the configured language."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from crawler.extract import extract_html
import crawler.language
from crawler.language import (
    REPEATED_SHARE,
    choose_language,
    confirmed_by_function_words,
    detect_language,
    repeated_share,
)
from monitor.demo.servers import FixtureSite, Page
from storage.database import open_database, process_database
from storage.models import Version
from tests.test_crawl import crawl_all, make_config

TEXTS = {
    "sl": "Pri nas zbiramo samo tiste osebne podatke, brez katerih storitve ne bi mogli zagotavljati kakovostno in "
          "varno. V tej politiki pojasnjujemo, katere podatke obdelujemo, zakaj to počnemo, kje jih hranimo in kakšne "
          "pravice imate v zvezi z njimi. Podatke hranimo v podatkovnih centrih v Evropski uniji.",
    "sv": "Vi samlar endast in de personuppgifter som behövs för att tillhandahålla tjänsten på ett säkert sätt. I den "
          "här policyn förklarar vi vilka uppgifter vi behandlar, varför vi gör det, var de lagras och vilka "
          "rättigheter du har. Uppgifterna lagras i datacenter inom Europeiska unionen.",
    "fi": "Keräämme vain ne henkilötiedot, joita tarvitsemme palvelun tarjoamiseen turvallisesti. Tässä "
          "tietosuojaselosteessa kerromme, mitä tietoja käsittelemme, miksi teemme niin, missä niitä säilytetään ja "
          "mitä oikeuksia sinulla on. Tiedot säilytetään Euroopan unionin alueella sijaitsevissa konesaleissa.",
    "en": "We collect only the personal data we need to provide the service securely. This policy explains which "
          "data we process, why we do so, where it is stored and which rights you have. The data is stored in data "
          "centres inside the European Union.",
    "de": "Wir erheben nur die personenbezogenen Daten, die wir benötigen, um den Dienst sicher bereitzustellen. In "
          "dieser Erklärung erläutern wir, welche Daten wir verarbeiten, warum wir das tun, wo sie gespeichert werden "
          "und welche Rechte Sie haben. Die Daten werden in Rechenzentren in der Europäischen Union gespeichert.",
    "fr": "Nous collectons uniquement les données personnelles nécessaires pour fournir le service en toute sécurité. "
          "Cette politique explique quelles données nous traitons, pourquoi nous le faisons, où elles sont conservées "
          "et quels sont vos droits. Les données sont hébergées dans des centres situés dans l'Union européenne.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_each_language_is_detected_confidently(language: str) -> None:
    detected = detect_language(f"# Policy\n{TEXTS[language]}\n- {TEXTS[language]}\n")
    assert detected is not None and detected.language == language and detected.probability >= 0.9
    assert choose_language(TEXTS[language], hint="xx", configured="yy") == language


def test_detection_is_deterministic() -> None:
    mixed = TEXTS["sv"][:120] + " " + TEXTS["fi"][:120]
    assert len({detect_language(mixed) for _ in range(5)}) == 1


def test_too_little_text_falls_back_to_the_hint_then_the_configuration() -> None:
    assert detect_language("Privacy Policy") is None
    assert choose_language("Privacy Policy", hint="sl", configured="en") == "sl"
    assert choose_language("Privacy Policy", hint=None, configured="EN") == "en"
    assert choose_language("Privacy Policy") is None


def test_a_long_text_costs_no_more_than_its_sample() -> None:
    long_text = "\n".join([TEXTS["fi"]] * 2000)  # ~0.5 MB
    assert detect_language(long_text).language == "fi"  # type: ignore[union-attr]


def test_the_compact_profiles_give_langdetects_exact_probabilities() -> None:
    """crawler.language keeps langdetect's profiles in flat arrays (~6 MB instead of 57 MB); the answers,
    probabilities included, are those of langdetect's own DetectorFactory."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from crawler.language import SEED, _detector_factory, _sample

    reference = DetectorFactory()
    reference.load_profile(PROFILES_DIRECTORY)
    reference.set_seed(SEED)
    assert _detector_factory().langlist == reference.langlist
    texts = [*TEXTS.values(), TEXTS["sv"][:120] + " " + TEXTS["fi"][:120], TEXTS["de"][:90] + " " + TEXTS["en"][:150],
             "数据保护政策 我们收集您的个人数据 " * 20, "Политика конфиденциальности: мы обрабатываем данные " * 8]
    for text in texts:
        ours, theirs = _detector_factory().create(), reference.create()
        ours.append(_sample(text))
        theirs.append(_sample(text))
        assert [(x.lang, x.prob) for x in ours.get_probabilities()] == [(x.lang, x.prob) for x in theirs.get_probabilities()]


def test_the_ngram_extraction_is_langdetects_own() -> None:
    """The detector's one-loop n-gram extraction gives langdetect's list, in its order (the random draws
    of the trials pick from it by index), on every kind of character its normalization treats apart."""
    import random

    from langdetect.detector import Detector

    from crawler.language import _detector_factory

    alphabet = ("abcxyzABCXYZ ÀÉßÿ×÷ şțș ,.;!?'\u2019\u201c\u2013 АБВабв 数据保护 ひらがな カタカナ ㄅㆠ 한국어 \u0627\u06cc\u064a "
                "\u1ea0\u1ea1\u1e00 \n\t0123 ÄÖÜäöü ČŠŽčšž")
    rng = random.Random(7)
    texts = [*TEXTS.values(), "ABC DEF GHi jKL. McDonald's OECD-Guidelines", " ", "a"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300))) for _ in range(300)]
    for text in texts:
        ours, reference = _detector_factory().create(), _detector_factory().create()
        ours.append(text)
        reference.append(text)
        assert ours._extract_ngrams() == Detector._extract_ngrams(reference), text


# Texts in languages that share many function words with one of TEXTS' languages (or each other).
NEIGHBOURS = {
    "da": "Vi indsamler kun de personoplysninger, som vi har brug for til at levere tjenesten sikkert. I denne politik "
          "forklarer vi, hvilke oplysninger vi behandler, hvorfor vi gør det, hvor de opbevares, og hvilke rettigheder du "
          "har. Oplysningerne opbevares i datacentre i Den Europæiske Union. Vi sælger ikke dine oplysninger til andre, og "
          "vi deler dem kun med vores underleverandører, når det er nødvendigt.",
    "no": "Vi samler bare inn de personopplysningene vi trenger for å levere tjenesten på en sikker måte. I denne "
          "erklæringen forklarer vi hvilke opplysninger vi behandler, hvorfor vi gjør det, hvor de lagres og hvilke "
          "rettigheter du har. Opplysningene lagres i datasentre i Den europeiske union. Vi selger ikke opplysningene "
          "dine til andre, og vi deler dem bare med våre underleverandører når det er nødvendig.",
    "hr": "Prikupljamo samo one osobne podatke koji su nam potrebni kako bismo sigurno pružali uslugu. U ovoj politici "
          "objašnjavamo koje podatke obrađujemo, zašto to činimo, gdje ih čuvamo i koja prava imate. Podaci se čuvaju u "
          "podatkovnim centrima u Europskoj uniji. Vaše podatke ne prodajemo i dijelimo ih samo s našim podizvođačima "
          "kada je to potrebno.",
    "cs": "Shromažďujeme pouze ty osobní údaje, které potřebujeme k bezpečnému poskytování služby. V těchto zásadách "
          "vysvětlujeme, jaké údaje zpracováváme, proč to děláme, kde je uchováváme a jaká máte práva. Údaje jsou "
          "uchovávány v datových centrech v Evropské unii. Vaše údaje neprodáváme a sdílíme je pouze s našimi "
          "zpracovateli, pokud je to nezbytné.",
    "es": "Solo recopilamos los datos personales que necesitamos para prestar el servicio de forma segura. En esta "
          "política explicamos qué datos tratamos, por qué lo hacemos, dónde se conservan y qué derechos tiene usted. Los "
          "datos se conservan en centros de datos situados en la Unión Europea. No vendemos sus datos a terceros y solo "
          "los compartimos con nuestros encargados del tratamiento cuando es necesario.",
    "pt": "Recolhemos apenas os dados pessoais de que precisamos para prestar o serviço de forma segura. Nesta política "
          "explicamos que dados tratamos, por que o fazemos, onde são conservados e quais são os seus direitos. Os dados "
          "são conservados em centros de dados situados na União Europeia. Não vendemos os seus dados a terceiros e só "
          "os partilhamos com os nossos subcontratantes quando é necessário.",
}
ALL_TEXTS = {**TEXTS, **NEIGHBOURS}
DECLARABLE = ["en", "sl", "sv", "fi", "nl", "de", "fr", "it", "es", "pt", "pl", "da", "no", "nb", "hr", "cs", "et"]


@pytest.mark.parametrize("language", sorted(ALL_TEXTS))
def test_a_declared_language_is_confirmed_only_by_a_text_in_it(language: str) -> None:
    """The page's declared language (or the previous version's) skips the detector only when the
    function words confirm it: the right one is the answer either way, a wrong one never is."""
    text = f"{ALL_TEXTS[language]}\n{ALL_TEXTS[language]}"
    detected = detect_language(text)
    assert detected is not None and detected.language == language
    for declared in DECLARABLE:
        confirmed = confirmed_by_function_words(text, declared)
        assert not confirmed or declared == language, f"{language} text confirmed as {declared}"
        assert choose_language(text, hint=declared) == language
        assert choose_language(text, hint="xx", previous=declared) == language
    # Danish and Norwegian share most of their function words: left to the detector
    assert confirmed_by_function_words(text, language) == (language not in ("da", "no"))


def test_confirmation_needs_enough_words_and_never_names_a_subtag_detection_would_not() -> None:
    assert not confirmed_by_function_words("We keep your data for two years.", "en")  # too few words
    assert choose_language(f"{TEXTS['en']} {TEXTS['en']}", hint="en-GB") == "en"  # primary subtag, as detection
    assert choose_language(f"{TEXTS['sl']} {TEXTS['sl']}", hint="SL_si") == "sl"


def mislabelled_swedish_page() -> bytes:
    paragraphs = "".join(f"<p>{TEXTS['sv']}</p>" for _ in range(3))
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Integritetspolicy</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><main><h1>Integritetspolicy</h1>{paragraphs}</main></body></html>"
    ).encode()


def test_a_swedish_page_labelled_english_is_swedish() -> None:
    extraction = extract_html(mislabelled_swedish_page())
    assert extraction.language_hint == "en"
    assert choose_language(extraction.text, hint=extraction.language_hint, configured="en") == "sv"


def test_the_version_stores_the_detected_language(fixture_site: FixtureSite, sqlite_url: str) -> None:
    fixture_site.set_page("/integritet", Page(mislabelled_swedish_page()))
    config = make_config(sqlite_url, {"Kotopro": [fixture_site.url("/integritet")]})
    outcome, _ = crawl_all(config)
    assert outcome["Kotopro"].change_kind == "first"
    db = open_database(sqlite_url)
    with db.read() as session:
        assert list(session.scalars(select(Version.language))) == ["sv"]
    db.close()


def test_repeated_share_counts_the_characters_of_lines_the_previous_text_has() -> None:
    previous = "# Policy\n\nWe keep data for 12 months.\nWe never sell data."
    assert repeated_share(previous, previous) == 1.0
    edited = previous.replace("12 months", "26 months")
    kept = len("# Policy") + len("We never sell data.")
    assert repeated_share(edited, previous) == pytest.approx(kept / (kept + len("We keep data for 26 months.")))
    assert repeated_share("\n\n", previous) == 0.0  # blank lines count for nothing
    assert repeated_share("Something else entirely.", previous) == 0.0


def test_a_text_that_mostly_repeats_the_previous_version_keeps_its_language() -> None:
    """A small edit never changes the language: the previous version's answer stands, whatever a
    detector would say of the edited sample; a text that is mostly new is detected again."""
    previous_text = "\n".join([TEXTS["en"]] * 12)
    edited = previous_text + "\nWe now keep invoices for ten years."
    assert repeated_share(edited, previous_text) >= REPEATED_SHARE
    # stored as German (say, by an earlier rule): the repeated text keeps it
    assert choose_language(edited, hint="en", previous="de", previous_text=previous_text) == "de"
    assert choose_language(edited, hint="en", previous="de") == "en"  # without the previous text: detected
    rewritten = "\n".join([TEXTS["sv"]] * 12) + "\n" + TEXTS["en"]
    assert repeated_share(rewritten, previous_text) < REPEATED_SHARE
    assert choose_language(rewritten, previous="en", previous_text=previous_text) == "sv"


def salad_page(months: int) -> bytes:
    """An English page without function words (no confirmation possible): only the detector or the
    previous version can name its language."""
    words = "controller processor retention purpose consent transfer safeguards rights erasure portability".split()
    paragraphs = "".join(f"<p>{' '.join(words[(i + j) % len(words)] for j in range(30)).capitalize()}.</p>"
                         for i in range(40))
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Privacy</title></head><body><main>"
        f"<h1>Privacy</h1><p>Account data kept {months} months.</p>{paragraphs}</main></body></html>"
    ).encode()


def test_an_edited_version_takes_the_previous_versions_language_without_the_detector(
    fixture_site: FixtureSite, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    detections: list[str] = []
    detect = crawler.language._detect_sample
    monkeypatch.setattr(crawler.language, "_detect_sample", lambda sample: detections.append(sample) or detect(sample))
    fixture_site.set_page("/privacy", Page(salad_page(12)))
    config = make_config(sqlite_url, {"Koofr": [fixture_site.url("/privacy")]},
                         change_confirmation={"fetches": 1, "delay": "0s"})
    assert crawl_all(config)[0]["Koofr"].change_kind == "first"
    assert len(detections) == 1  # the first version: detected
    fixture_site.set_page("/privacy", Page(salad_page(26)))
    blob_reads: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and "blob.data" in statement.lower():
            blob_reads.append(statement)

    engine = process_database(sqlite_url).engine  # the one the crawl uses
    event.listen(engine, "before_cursor_execute", seen)
    try:
        assert crawl_all(config)[0]["Koofr"].change_kind == "text"
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(detections) == 1  # the edited one repeats it: no detection
    assert len(blob_reads) == 1  # the latest text, read once for the language and reused by the recording
    db = open_database(sqlite_url)
    with db.read() as session:
        assert list(session.scalars(select(Version.language).order_by(Version.id))) == ["en", "en"]
    db.close()
