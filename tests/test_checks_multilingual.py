"""Cue coverage of the weak checklist items (C07, C17-C21) in every rule-pack language, on short
sentences written for these tests (not from the shared data), plus the English cue additions."""

from __future__ import annotations

import pytest

from monitor.checks.engine import check_text
from monitor.checks.language import detect_language

# (language, item, sentence): typical legal phrasings, one sentence each, checked with its language detected
SENTENCES = [
    ("en", "C17", "You can unsubscribe from our marketing e-mails whenever you like."),
    ("en", "C17", "You are entitled to oppose the processing of your data for statistical purposes."),
    ("en", "C21", "No decision with legal or similarly significant effects is taken about you by a machine."),
    ("en", "C21", "Loan applications are never decided solely by algorithms."),
    ("de", "C17", "Gegen die Nutzung Ihrer Daten können Sie jederzeit Einspruch erheben."),
    ("de", "C18", "Ihre Zustimmung zum Erhalt des Newsletters können Sie jederzeit widerrufen."),
    ("de", "C18", "Die erteilte Einwilligung kann jederzeit für die Zukunft zurückgezogen werden."),
    ("de", "C20", "Die Angabe des Geburtsdatums ist optional und für die Nutzung nicht erforderlich."),
    ("de", "C21", "Es findet keine ausschließlich automatisierte Verarbeitung zur Entscheidungsfindung statt."),
    ("fr", "C20", "Vous n'êtes pas obligé de nous communiquer votre numéro de téléphone."),
    ("fr", "C17", "Vous avez le droit de vous y opposer pour des raisons tenant à votre situation particulière."),
    ("fr", "C21", "Aucune décision vous concernant n'est prise de manière automatisée."),
    ("nl", "C07", "Voor deze verwerking beroepen wij ons op ons legitiem belang bij een veilige website."),
    ("nl", "C17", "U kunt zich verzetten tegen het gebruik van uw gegevens voor reclame."),
    ("nl", "C20", "Velden met een sterretje zijn verplicht om het formulier te kunnen versturen."),
    ("nl", "C21", "Wij nemen geen besluiten die uitsluitend gebaseerd zijn op geautomatiseerde verwerking."),
    ("sv", "C18", "Du kan när som helst dra tillbaka ditt samtycke genom att kontakta oss."),
    ("sv", "C20", "Namn och e-postadress är obligatoriska uppgifter för att skapa ett konto."),
    ("sv", "C21", "Vi fattar inga beslut om dig som enbart bygger på automatiserad behandling."),
    ("fi", "C17", "Voit milloin tahansa perua markkinointiviestien tilauksen."),
    ("fi", "C20", "Tietojen antaminen on palvelun käytön edellytys, ja ilman näitä tietoja emme voi avata tiliä."),
    ("fi", "C21", "Emme tee sinua koskevia automaattisia päätöksiä."),
    ("sl", "C18", "Svojo privolitev lahko kadar koli umaknete s sporočilom na naš e-naslov."),
    ("sl", "C20", "Vnos telefonske številke ni obvezen, e-naslov pa potrebujemo za izvajanje pogodbe."),
    ("sl", "C21", "Nobena odločitev o vas ne temelji izključno na avtomatizirani obdelavi."),
]


@pytest.mark.parametrize(("lang", "item", "text"), SENTENCES)
def test_weak_items_are_found_in_every_pack(lang: str, item: str, text: str) -> None:
    report = check_text(text)
    assert report.language == lang, detect_language(text)
    found = report.finding(item)
    assert found is not None and found.status == "present", (lang, item, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Eine automatisierte Entscheidungsfindung findet nicht statt."),
        ("fr", "Nous ne prenons aucune décision automatisée à votre sujet."),
        ("nl", "Er vindt geen geautomatiseerde besluitvorming plaats."),
        ("sv", "Vi använder inte automatiserat beslutsfattande."),
        ("fi", "Emme käytä automaattista päätöksentekoa."),
        ("sl", "Avtomatiziranega odločanja ne uporabljamo."),
    ],
)
def test_denied_automated_decisions_address_c21_with_polarity(lang: str, text: str) -> None:
    c21 = check_text(text, language=lang).finding("C21")
    assert c21 is not None and c21.status == "present"
    assert c21.value == {"affirmed": False, "denied": True}


def test_title_naming_the_service_identifies_the_controller() -> None:
    assert check_text("# Privacy Policy for Acme Notes\nWe collect your e-mail address.\n").finding("C01").status == "present"
    # a pointer to somebody else's policy is not the controller
    other = "# Analytics\nWe use an analytics service; see the privacy policy of that provider for details.\n"
    assert check_text(other).finding("C01").status == "absent"


def test_marketing_opt_out_is_an_objection_only_when_the_user_acts() -> None:
    assert check_text("You may opt out of promotional e-mails at any time.").finding("C17").status == "present"
    assert check_text("Our partners opt out of promotional campaigns in winter.").finding("C17").status == "absent"
