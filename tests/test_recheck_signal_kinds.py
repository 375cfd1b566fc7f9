"""Kinds of change the written change cases of set C showed the re-check missing: the advance notice
of changes shortened or dropped (R16), storage places changed inside the EEA or a promise that data
stays in place dropped (R05), storage moved out of the EEA (R04 with R05), a period replaced by
criteria in a table row or beside another period (R06), and towns that are not recipients (R01)."""

from __future__ import annotations

import pytest

from monitor.checks.engine import check_text
from monitor.checks.signals import Recheck, recheck


def _recheck(lang: str, before: str, after: str) -> Recheck:
    return recheck(check_text(before, language=lang), check_text(after, language=lang))


def _ids(result: Recheck) -> set[str]:
    return {s.id for s in result.signals}


NOTICE = {
    "en": ("# Privacy policy\n\n## Changes to this policy\n\nIf we make material changes, we will tell you by e-mail at "
           "least 30 days before they take effect.\n",
           "We may change this policy at any time. Changes take effect as soon as we post them on this page.",
           "We will let you know by e-mail no less than 30 days before material changes take effect."),
    "de": ("# Datenschutzerklärung\n\n## Änderungen\n\nÜber wesentliche Änderungen informieren wir Sie mindestens sechs "
           "Wochen vor deren Inkrafttreten per E-Mail.\n",
           "Über wesentliche Änderungen informieren wir Sie mindestens sieben Tage vor deren Inkrafttreten per E-Mail.",
           "Wesentliche Änderungen teilen wir Ihnen per E-Mail mindestens sechs Wochen vor deren Inkrafttreten mit."),
    "nl": ("# Privacyverklaring\n\n## Wijzigingen\n\nPassen we deze verklaring flink aan? Dan mailen we je minstens een "
           "maand van tevoren.\n",
           "We kunnen deze verklaring op elk moment aanpassen. Kijk daarom regelmatig op deze pagina.",
           "Dan sturen we je minstens een maand van tevoren een e-mail."),
    "sl": ("# Politika zasebnosti\n\n## Spremembe\n\nO bistvenih spremembah vas bomo obvestili po e-pošti najmanj 30 dni "
           "pred začetkom njihove veljavnosti.\n",
           "Spremenjena politika zasebnosti začne veljati z dnem objave na tej spletni strani.",
           "O bistvenih spremembah vas po e-pošti obvestimo vsaj 30 dni pred začetkom njihove veljavnosti."),
}


@pytest.mark.parametrize("lang", sorted(NOTICE))
def test_notice_of_changes_shortened_or_dropped_is_r16_and_restated_is_not(lang: str) -> None:
    base, weaker, restated = NOTICE[lang]
    old_sentence = base.rstrip("\n").split("\n")[-1]
    dropped = _recheck(lang, base, base.replace(old_sentence, weaker))
    signal = next(s for s in dropped.signals if s.id == "R16")
    assert signal.detail.startswith("notice of changes ") and signal.detail.endswith((" → none", " → 7 days"))
    assert "R16" not in _ids(_recheck(lang, base, base.replace(old_sentence, restated)))


def test_notice_shortened_names_both_periods() -> None:
    base, weaker, _ = NOTICE["de"]
    old_sentence = base.rstrip("\n").split("\n")[-1]
    [signal] = [s for s in _recheck("de", base, base.replace(old_sentence, weaker)).signals if s.id == "R16"]
    assert signal.detail == "notice of changes 42 days → 7 days"


STORAGE = ("# Integritetspolicy\n\n## Var vi lagrar uppgifter\n\nTjänsten driftas i vårt datacenter i Stockholm, och "
           "alla dina uppgifter lagras i Sverige.\n\n## Säkerhet\n\nAlla uppgifter krypteras.\n")


def test_storage_places_changed_inside_the_eea_is_r05_medium() -> None:
    after = STORAGE.replace("Tjänsten driftas i vårt datacenter i Stockholm, och alla dina uppgifter lagras i Sverige.",
                            "Uppgifterna kan lagras i vilket som helst av våra leverantörers datacenter inom EES.")
    result = _recheck("sv", STORAGE, after)
    assert _ids(result) == {"R05"}
    [signal] = result.signals
    assert signal.severity == "medium" and "SE" in signal.detail


def test_storage_moved_out_of_the_eea_is_a_transfer_too() -> None:
    after = STORAGE.replace("alla dina uppgifter lagras i Sverige", "alla dina uppgifter lagras i USA")
    assert {"R04", "R05"} <= _ids(_recheck("sv", STORAGE, after))


def test_a_dropped_promise_that_data_stays_in_the_eu_is_r05_and_a_paraphrase_is_not() -> None:
    base = ("# Privacyverklaring\n\n## Waar staan je bestanden?\n\nJe bestanden staan versleuteld op onze servers. "
            "Je bestanden verlaten de EU nooit.\n")
    dropped = _recheck("nl", base, base.replace(" Je bestanden verlaten de EU nooit.", ""))
    assert _ids(dropped) == {"R05"}
    paraphrased = _recheck("nl", base, base.replace("Je bestanden verlaten de EU nooit.", "Je bestanden blijven altijd binnen de EU."))
    assert "R05" not in _ids(paraphrased)


def test_a_period_replaced_by_criteria_in_a_table_row_is_r06() -> None:
    base = ("# Politique de confidentialité\n\n## Durées de conservation\n\n| Données | Durée |\n|---|---|\n"
            "| Données brutes de mesure | 13 mois |\n| Factures | 10 ans |\n")
    after = base.replace("| 13 mois |", "| Aussi longtemps que nécessaire à la fourniture du service |")
    [signal] = [s for s in _recheck("fr", base, after).signals if s.id == "R06"]
    assert "13 mois" in signal.detail and "criteria" in signal.detail


def test_a_period_replaced_by_criteria_beside_a_period_kept_is_r06() -> None:
    base = ("# Politika zasebnosti\n\n## Hramba\n\nPodatke o računu hranimo še 12 mesecev po prenehanju naročnine, "
            "račune pa 10 let po koncu leta. Dnevnike hranimo 12 mesecev.\n")
    after = base.replace("še 12 mesecev po prenehanju naročnine", "dokler je to potrebno za namene te politike")
    [signal] = [s for s in _recheck("sl", base, after).signals if s.id == "R06"]
    assert "12 mesecev" in signal.detail and "10 let" not in signal.detail


def test_a_reworded_period_without_a_named_category_raises_nothing() -> None:
    base = ("# Privacyverklaring\n\n## Hoe lang bewaren we je gegevens?\n\nSupportberichten bewaren we 30 dagen. "
            "Na het opzeggen van je account wissen we alles binnen 60 dagen, ook uit de back-ups.\n")
    after = base.replace("Na het opzeggen van je account wissen we alles binnen 60 dagen, ook uit de back-ups.",
                         "Zeg je je account op, dan is binnen 60 dagen alles gewist, back-ups inbegrepen.")
    assert _ids(_recheck("nl", base, after)) == set()


def test_a_town_beside_its_country_is_no_recipient() -> None:
    base = ("# Privacy policy\n\n## International transfers\n\nMailgun Technologies, Inc. sends our e-mails from the "
            "United States under Standard Contractual Clauses. We keep every other copy of your data in our own data "
            "centre in Frankfurt, Germany, and our support team answers your questions from Dublin, Ireland. We review "
            "these arrangements every year and publish the list of our processors on our website.\n")
    after = base + "\nMembers of our engineering team in Belgrade, Serbia, may access production systems; these transfers are covered by Standard Contractual Clauses.\n"
    result = _recheck("en", base, after)
    assert "R04" in _ids(result) and "R01" not in _ids(result)


COOKIES = ("# Politika zasebnosti\n\n## Piškotki\n\nUporabljamo samo nujne piškotke, ki so potrebni za prijavo. "
           "Analitičnih ali oglaševalskih piškotkov ne uporabljamo. E-novice vam pošiljamo z vašo privolitvijo.\n")


def test_a_kind_of_tracking_newly_affirmed_is_r19_and_one_still_denied_is_not() -> None:
    after = COOKIES.replace("Analitičnih ali oglaševalskih piškotkov ne uporabljamo.",
                            "Z vašo privolitvijo uporabljamo tudi analitične piškotke. Oglaševalskih piškotkov ne uporabljamo.")
    [signal] = _recheck("sl", COOKIES, after).signals
    assert signal.id == "R19" and signal.detail == "new kind of tracking: analytics_cookies"


def test_session_recording_by_a_self_hosted_tool_is_r19() -> None:
    base = ("# Datenschutzerklärung\n\n## Website\n\nWir verwenden Matomo ohne Cookies, um die Nutzung unserer Website "
            "zu messen. Den Newsletter senden wir Ihnen nur mit Ihrer Einwilligung.\n")
    after = base + "\nNach Ihrer Einwilligung zeichnen wir Mausbewegungen, Klicks und Scrollverhalten auf unserer Website auf.\n"
    assert _ids(_recheck("de", base, after)) == {"R19"}


def test_the_reject_all_option_dropped_is_r19() -> None:
    base = ("# Privacy policy\n\n## Cookies\n\nOur banner offers 'Accept all' and 'Reject all' with equal prominence, "
            "and you can change your choice at any time.\n")
    after = base.replace("offers 'Accept all' and 'Reject all' with equal prominence",
                         "lets you accept all cookies or open the settings to manage your preferences")
    [signal] = _recheck("en", base, after).signals
    assert signal.id == "R19" and "reject all" in signal.detail


def test_a_company_with_its_legal_form_is_a_new_recipient_in_any_sentence() -> None:
    base = ("# Integritetspolicy\n\n## Kundtjänst\n\nVår kundtjänst svarar på dina frågor per e-post på vardagar. "
            "Vi sparar dina frågor i ett år.\n")
    after = base.replace("per e-post på vardagar.", "per e-post på vardagar. Chatten tillhandahålls av Intercom R&D "
                                                       "Unlimited Company i Irland.")
    [signal] = _recheck("sv", base, after).signals
    assert signal.id == "R01" and "Intercom R&D Unlimited Company" in signal.detail


def test_us_written_without_dots_is_the_united_states_and_us_the_pronoun_is_not() -> None:
    from monitor.checks.rules import default_rules
    from monitor.checks.values import places_in

    places = default_rules().places
    assert places_in("your data will be hosted on us servers in the us", places) == ["US"]
    assert places_in("please send it to us or contact us", places) == []


RIGHTS_EN = ("# Privacy policy\n\n## Your rights\n\nYou have the right to access, rectify and erase your data. To exercise "
             "them, e-mail privacy@example.com. It is free of charge, and we reply within one month.\n\n## Contact\n\n"
             "Write to privacy@example.com.\n")


def test_a_fee_for_rights_requests_said_in_the_rights_section_is_r07() -> None:
    after = RIGHTS_EN.replace("It is free of charge, and we reply within one month.",
                              "We charge an administrative fee of EUR 25 per request, and we reply within one month.")
    [signal] = _recheck("en", RIGHTS_EN, after).signals
    assert (signal.id, signal.detail) == ("R07", "a right gained conditions")


def test_an_extra_right_for_residents_outside_the_eea_is_no_condition() -> None:
    after = RIGHTS_EN.replace("It is free of charge, and we reply within one month.",
                              "It is free of charge, and we reply within one month. If you live in the United States, "
                              "you may also opt out of targeted advertising.")
    assert "R07" not in _ids(_recheck("en", RIGHTS_EN, after))


def test_a_right_dropped_from_the_list_is_r07_though_another_sentence_names_it() -> None:
    base = ("# Privacyverklaring\n\n## Wat zijn je rechten?\n\nJe mag:\n\n- je gegevens inzien;\n- je gegevens laten "
            "verbeteren;\n- je gegevens laten verwijderen;\n- bezwaar maken.\n\nVeel kun je ook zelf regelen: in je "
            "instellingen kun je je account verwijderen.\n")
    result = _recheck("nl", base, base.replace("- je gegevens laten verwijderen;\n", ""))
    assert [(s.id, s.detail) for s in result.signals] == [("R07", "no longer listed: C14")]


def test_a_special_category_affirmed_anywhere_is_r12_but_a_definition_is_not() -> None:
    base = ("# Privacy policy\n\n## Meetings\n\nWe record meetings with the host's permission and transcribe them. "
            "We do not create voiceprints.\n")
    after = base.replace("We do not create voiceprints.", "To label speakers, we create a voiceprint for each participant.")
    [signal] = _recheck("en", base, after).signals
    assert (signal.id, signal.detail) == ("R12", "new special category: biometric")
    defined = base + "\nPersonal data also includes biometric and genetic data as defined under the GDPR.\n"
    assert "R12" not in _ids(_recheck("en", base, defined))


def test_a_newsletter_moved_from_consent_to_legitimate_interest_in_another_sentence_is_r10() -> None:
    base = ("# Politique de confidentialité\n\n## Lettre d'information\n\nNous n'envoyons notre lettre d'information "
            "qu'aux personnes qui y ont expressément consenti (article 6.1.a). Nos contrats reposent sur l'article 6.1.b "
            "et notre intérêt légitime couvre la sécurité.\n")
    after = base.replace("Nous n'envoyons notre lettre d'information qu'aux personnes qui y ont expressément consenti "
                         "(article 6.1.a).", "Nous envoyons notre lettre d'information à nos clients sur la base de notre "
                         "intérêt légitime ; vous pouvez vous y opposer à tout moment.")
    signal = next(s for s in _recheck("fr", base, after).signals if s.id == "R10")
    assert signal.detail == "legal basis changed: consent → legitimate_interests"


def test_a_reworded_disclosure_sentence_that_adds_intelligence_services_is_r21() -> None:
    base = ("# Privacyverklaring\n\n## Overheid\n\nVraagt de politie of een andere overheidsinstantie om gegevens? Dan "
            "geven we alleen iets af als de wet ons verplicht.\n")
    after = base.replace("Vraagt de politie of een andere overheidsinstantie om gegevens?",
                         "Vraagt de politie, een inlichtingendienst of een andere overheidsinstantie om gegevens?")
    [signal] = [s for s in _recheck("nl", base, after).signals if s.id == "R21"]
    assert "inlichtingendienst" in signal.detail


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Le module mesure les visites en point de vente."),
    ("fi", "Asiakaspalvelija ohjaa asiakkaan lähimpään myymälään."),
])
def test_a_shop_is_no_sale_of_data(lang: str, sentence: str) -> None:
    assert check_text(f"# Politique\n\n{sentence}\n", language=lang).finding("C32").status != "present"  # type: ignore[union-attr]


def test_the_e_mail_for_rights_requests_replaced_by_a_form_is_r08() -> None:
    base = ("# Politique de confidentialité\n\n## Vos droits\n\nVous pouvez accéder à vos données et les faire effacer. "
            "Pour exercer ces droits, écrivez à dpo@mesurio.fr.\n\n## Contact\n\nMesurio SAS, Lyon.\n")
    after = base.replace("écrivez à dpo@mesurio.fr.", "utilisez le formulaire disponible sur mesurio.fr/vie-privee.")
    [signal] = _recheck("fr", base, after).signals
    assert signal.id == "R08" and "contact changed: dpo@mesurio.fr → no e-mail address" in signal.detail


def test_a_dropped_denial_of_profiling_is_r13_though_automated_decisions_stay_denied() -> None:
    base = ("# Privacy policy\n\n## Automated decisions\n\nWe do not make decisions about you based solely on automated "
            "processing, and we do not build profiles of you for marketing or any other purpose.\n")
    after = base.replace(", and we do not build profiles of you for marketing or any other purpose.", ".")
    [signal] = _recheck("en", base, after).signals
    assert (signal.id, signal.detail) == ("R13", "promise removed: no profiling")
    user_profile = base + "\nWe do not add the verification photos to your profile.\n"
    assert "R13" not in _ids(_recheck("en", user_profile, base))  # a user's profile page is no profiling


def test_children_younger_than_any_age_before_is_r20() -> None:
    base = ("# Privacyverklaring\n\n## Kinderen\n\nDeelbox is er voor volwassenen. Ontdekken we dat een account van "
            "iemand onder de 16 is, dan verwijderen we het.\n")
    after = base + "\nMet een gezinsabonnement kunnen ouders accounts aanmaken voor kinderen vanaf 8 jaar.\n"
    [signal] = [s for s in _recheck("nl", base, after).signals if s.id == "R20"]
    assert signal.detail == "minimum age 16 → 8"


def test_childrens_data_collected_where_the_policy_denied_it_is_r20() -> None:
    base = ("# Tietosuojaseloste\n\n## Lapset\n\nEmme tietoisesti kerää alle 13-vuotiaiden lasten tietoja, ja poistamme "
            "tällaiset tiedot, jos niitä tulee tietoomme.\n")
    after = base.replace("Emme tietoisesti kerää alle 13-vuotiaiden lasten tietoja, ja poistamme tällaiset tiedot, jos "
                         "niitä tulee tietoomme.", "Koulut voivat käyttää chattia myös alle 13-vuotiaiden lasten kanssa, "
                         "jolloin käsittelemme myös lasten viestejä.")
    assert "children's data now collected" in next(s for s in _recheck("fi", base, after).signals if s.id == "R20").detail


def test_a_dutch_data_leak_reported_to_the_authority_is_a_breach_notification() -> None:
    text = ("# Privacyverklaring\n\nGaat er toch iets mis en lekken er gegevens? Dan melden we dat binnen 72 uur bij de "
            "Autoriteit Persoonsgegevens.\n")
    assert check_text(text, language="nl").finding("C27").status == "present"  # type: ignore[union-attr]


NO_SALE = {
    "en": ("We do not sell your personal data, and we do not share it with advertisers or data brokers.",
           "We do not sell your personal data.",
           "Your personal data is never sold, nor passed on to advertisers or data brokers."),
    "fr": ("Nous ne vendons pas les données personnelles et ne les communiquons à aucun annonceur ou courtier en données.",
           "Nous ne vendons pas les données personnelles.",
           "Les données personnelles ne sont jamais vendues, ni transmises à des annonceurs ou des courtiers en données."),
    "sl": ("Vaših podatkov ne prodajamo in jih ne posredujemo oglaševalcem za njihovo trženje.",
           "Vaših podatkov ne prodajamo.",
           "Osebnih podatkov nikoli ne prodajamo, oglaševalci pa jih od nas ne dobijo za svoje trženje."),
}
HEADINGS = {  # a paragraph besides the promise, so that the edit is not half of the text (R22)
    "en": "# Privacy policy\n\n## Your account\n\nWe use your e-mail address and your name to run your account, to send "
          "you invoices and to answer your questions. We keep them while your account is open.\n\n## Sharing\n\n",
    "fr": "# Politique\n\n## Votre compte\n\nNous utilisons votre adresse e-mail et votre nom pour gérer votre compte, "
          "vous envoyer les factures et répondre à vos questions pendant toute la durée du contrat.\n\n## Partage\n\n",
    "sl": "# Politika\n\n## Vaš račun\n\nVaš e-poštni naslov in ime uporabljamo za upravljanje vašega računa, za "
          "pošiljanje računov in za odgovore na vaša vprašanja ves čas trajanja pogodbe.\n\n## Posredovanje\n\n",
}


@pytest.mark.parametrize("lang", sorted(NO_SALE))
def test_a_dropped_denial_of_sharing_with_advertisers_is_r02_and_its_paraphrase_is_not(lang: str) -> None:
    promise, narrowed, paraphrase = NO_SALE[lang]
    base = HEADINGS[lang] + promise + "\n"
    [signal] = _recheck(lang, base, base.replace(promise, narrowed)).signals
    assert (signal.id, signal.severity, signal.detail) == ("R02", "critical", "promise removed: no sharing with advertisers")
    assert _ids(_recheck(lang, base, base.replace(promise, paraphrase))) == set()


def test_an_exception_for_advertising_partners_beside_a_kept_no_sale_promise_is_r02() -> None:
    base = HEADINGS["sl"] + "Vaših podatkov ne prodajamo.\n"
    after = base.replace("ne prodajamo.", "ne prodajamo, lahko pa jih v psevdonimizirani obliki posredujemo oglaševalskim partnerjem.")
    assert [(s.id, s.detail) for s in _recheck("sl", base, after).signals] == [("R02", "sharing with advertisers stated")]


def test_a_promise_made_conditional_on_consent_is_r02() -> None:
    base = "# Tietosuojaseloste\n\n## Luovutukset\n\nEmme myy henkilötietoja emmekä luovuta niitä mainostajille.\n"
    after = base.replace("mainostajille.", "mainostajille ilman suostumustasi.")
    [signal] = [s for s in _recheck("fi", base, after).signals if s.id == "R02"]
    assert signal.detail == "promise not to share with advertisers now depends on consent"


TRAINING = ("# Privacy policy\n\n## AI models\n\nUnless you opt in as described below, your transcripts are not used to "
            "train any model. Administrators can opt in under Settings to let us use selected transcripts for model "
            "improvement. This setting is off by default.\n\n## Contact\n\nWrite to privacy@example.com with questions "
            "about this policy or about your data.\n")


def test_training_turned_from_opt_in_to_opt_out_is_r03() -> None:
    after = (TRAINING.replace("Unless you opt in", "Unless your administrator opts out")
             .replace("Administrators can opt in under Settings to let us use selected transcripts for model improvement.",
                      "We use selected transcripts for model improvement.")
             .replace("This setting is off by default.", "This setting is on by default and can be switched off under Settings."))
    [signal] = [s for s in _recheck("en", TRAINING, after).signals if s.id == "R03"]
    assert "AI training now opt-out" in signal.detail


def test_training_sentences_reworded_without_a_change_of_regime_raise_nothing() -> None:
    after = TRAINING.replace("This setting is off by default.", "By default, this setting is off.")
    assert _ids(_recheck("en", TRAINING, after)) == set()


def test_an_exception_carved_into_a_no_training_promise_is_r03() -> None:
    base = ("# Integritetspolicy\n\n## AI\n\nVarken vi eller Google använder ditt bokföringsmaterial eller dina kvitton "
            "för att träna AI-modeller.\n\n## Kontakt\n\nSkriv till dataskydd@example.se om du har frågor om dina uppgifter.\n")
    after = base.replace("för att träna AI-modeller.", "för att träna AI-modeller, utom i avidentifierad form när vi "
                                                        "förbättrar vår egen kvittotolkning.")
    [signal] = [s for s in _recheck("sv", base, after).signals if s.id == "R03"]
    assert signal.detail == "promise of no AI/ML training now has an exception" and signal.severity == "high"


def test_two_factor_authentication_made_optional_is_r14() -> None:
    base = ("# Integritetspolicy\n\n## Säkerhet\n\nInloggning kräver lösenord och en engångskod, så tvåfaktorsautentisering "
            "är alltid påslagen. All data krypteras.\n")
    after = base.replace("Inloggning kräver lösenord och en engångskod, så tvåfaktorsautentisering är alltid påslagen.",
                         "Du loggar in med lösenord och kan aktivera tvåfaktorsautentisering i inställningarna.")
    [signal] = [s for s in _recheck("sv", base, after).signals if s.id == "R14"]
    assert signal.detail == "no longer mandatory: two_factor"


def test_a_dutch_sentence_may_start_with_s() -> None:
    text = "# P\n\nPostmark krijgt alleen je naam, nooit je bestanden. 's Nachts helpt ons team in Kaapstad je verder.\n"
    sentences = [s.text for s in check_text(text, language="nl").analysis.sentences]  # type: ignore[union-attr]
    assert sentences[-2:] == ["Postmark krijgt alleen je naam, nooit je bestanden.", "'s Nachts helpt ons team in Kaapstad je verder."]


def test_a_new_routing_country_in_a_sentence_about_e_mail_is_a_transfer() -> None:
    base = ("# Tietosuojaseloste\n\n## 6. Tietojen siirrot EU:n ja ETA:n ulkopuolelle\n\nSäilytämme tiedot Suomessa. "
            "Poikkeuksena on Mailgun, joka välittää sähköpostiviestit Yhdysvaltojen kautta. Mailgun on sitoutunut "
            "EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen.\n")
    after = base.replace("Yhdysvaltojen kautta.", "Yhdysvaltojen ja Singaporen kautta.")
    [signal] = [s for s in _recheck("fi", base, after).signals if s.id == "R04"]
    assert "SG" in signal.detail


def test_a_denial_of_training_that_drops_a_plan_from_its_list_is_r03() -> None:
    base = ("# Privacy policy\n\n## Training\n\nWe do not use your Input and Output to train our models when you use "
            "Le Chat Team, Le Chat Enterprise or the paid version of Le Chat. You can opt out in the free version.\n")
    after = base.replace("Le Chat Team, Le Chat Enterprise", "Le Chat Enterprise")
    [signal] = _recheck("en", base, after).signals
    assert (signal.id, signal.severity, signal.detail) == ("R03", "high", "promise of no AI/ML training now covers less")


def test_a_denial_reworded_without_cutting_what_it_covers_raises_nothing() -> None:
    base = ("# Politique\n\n## Données\n\nNous n'utilisons pas ces données à nos propres fins, ne les croisons avec "
            "aucune autre source et ne les employons pas pour entraîner des modèles d'intelligence artificielle.\n")
    after = base.replace("Nous n'utilisons pas ces données à nos propres fins, ne les croisons", "Nous ne croisons pas ces données")
    assert "R03" not in _ids(_recheck("fr", base, after))


def test_renumbered_headings_are_the_same_sentences() -> None:
    base = ("# Tietosuojaseloste\n\n## 6. Profilointi\n\nEmme profiloi käyttäjiä.\n\n## 7. Viranomaisten tietopyynnöt\n\n"
            "Luovutamme tietoja viranomaisille vain lain velvoittamana.\n")
    swapped = ("# Tietosuojaseloste\n\n## 6. Viranomaisten tietopyynnöt\n\nLuovutamme tietoja viranomaisille vain lain "
               "velvoittamana.\n\n## 7. Profilointi\n\nEmme profiloi käyttäjiä.\n")
    assert _ids(_recheck("fi", base, swapped)) == set()


def test_a_new_external_dpo_firm_is_no_new_controller() -> None:
    base = ("# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nRekisterinpitäjä on Sanasilta Oy, Tampere. "
            "Tietosuojavastaavamme tavoittaa osoitteesta tietosuoja@sanasilta.fi.\n")
    after = base.replace("Tietosuojavastaavamme tavoittaa osoitteesta tietosuoja@sanasilta.fi.",
                         "Tietosuojavastaavanamme toimii Lakitoimisto Esimerkki Oy, jonka tavoittaa osoitteesta dpo@esimerkki.fi.")
    assert "R09" not in _ids(_recheck("fi", base, after))


def test_a_processor_located_inside_the_eea_added_is_no_change_of_storage_place() -> None:
    base = ("# Politika zasebnosti\n\n## Kje hranimo podatke\n\nVse spletne strani gostujemo v podatkovnem centru v "
            "Ljubljani v Sloveniji. Varnostne kopije hranimo v Nemčiji.\n")
    after = base.replace("Varnostne kopije hranimo v Nemčiji.", "Varnostne kopije hranimo v Nemčiji in na Hrvaškem.")
    assert "R05" not in _ids(_recheck("sl", base, after))


def test_two_factor_authentication_that_was_required_and_is_now_recommended_is_r14() -> None:
    base = ("# Privacy policy\n\n## Security\n\nAccess to the control panel requires two-factor authentication for all "
            "users. All data is encrypted at rest.\n")
    after = base.replace("Access to the control panel requires two-factor authentication for all users.",
                         "Two-factor authentication is available for the control panel, and we recommend that you enable it.")
    assert [s.id for s in _recheck("en", base, after).signals] == ["R14"]


def test_training_said_without_the_checklist_cue_is_r03_and_a_school_is_not_training() -> None:
    base = ("# Privacy policy\n\n## AI\n\nWe do not use the contents of your databases to train machine-learning or AI "
            "models.\n\n## Support\n\nWe answer questions by e-mail within two working days.\n")
    after = base.replace("AI models.", "AI models. Questions you type into our AI query assistant may, however, be used "
                                       "to train and improve the assistant.")
    assert "R03" in _ids(_recheck("en", base, after))
    fi_base = ("# Tietosuojaseloste\n\n## Lapset\n\nEmme tietoisesti kerää alle 13-vuotiaiden tietoja.\n")
    fi_after = fi_base.replace("Emme tietoisesti kerää alle 13-vuotiaiden tietoja.",
                               "Koulut voivat käyttää chattia myös alle 13-vuotiaiden lasten kanssa.")
    assert "R03" not in _ids(_recheck("fi", fi_base, fi_after))


def test_a_heading_that_names_a_topic_states_nothing() -> None:
    base = ("# Privacy policy\n\n## 12. No sale, no profiling\n\nWe do not sell your personal data. We do not build "
            "profiles of you.\n")
    after = base.replace("## 12. No sale, no profiling", "## 12. Profiling")
    assert "R13" not in _ids(_recheck("en", base, after))


def test_a_hyphenated_german_noun_after_an_acronym_is_no_recipient() -> None:
    from monitor.checks.names import marked_as_name

    assert not marked_as_name("SMS-Authentifizierung") and not marked_as_name("Video-Ident-Verfahren")
    assert marked_as_name("DeepL") and marked_as_name("Acme GmbH")


def test_a_transfer_sentence_that_now_names_another_company_is_r04() -> None:
    base = ("# Privacy policy\n\n## Processors\n\n- Zendesk, Inc. (support tickets)\n- Postmark, LLC (e-mail delivery)\n\n"
            "## International transfers\n\nZendesk and Postmark process data in the United States. These transfers are "
            "based on the Standard Contractual Clauses adopted by the Commission.\n")
    after = (base.replace("- Postmark, LLC (e-mail delivery)\n", "- Postmark, LLC (e-mail delivery)\n- Datadog, Inc. (log monitoring)\n")
             .replace("Zendesk and Postmark process data", "Zendesk, Postmark and Datadog process data"))
    signals = {s.id: s for s in _recheck("en", base, after).signals}
    assert "R01" in signals and "Datadog" in signals["R04"].detail


def test_improving_services_with_ai_features_is_no_training_statement() -> None:
    base = ("# Privacy policy\n\n## Uses\n\nWe use your data to provide our Services.\n\n## Support\n\nWe answer questions "
            "by e-mail within two working days.\n")
    after = base.replace("to provide our Services.", "to provide, improve and personalise our Services, including AI Features.")
    assert "R03" not in _ids(_recheck("en", base, after))


@pytest.mark.parametrize(("text", "words"), [
    ("6. requests from authorities", "requests from authorities"),
    ("**5.9. **behavioral advertising.**", "behavioral advertising"),
    ("30 days after closure", "30 days after closure"),
    ("1.5 gb of storage", "1 5 gb of storage"),
])
def test_only_a_heading_number_is_left_out_of_a_sentence_key(text: str, words: str) -> None:
    from monitor.checks.signals import _words_of

    assert _words_of(text) == words


def test_and_written_as_ampersand_narrows_no_promise() -> None:
    base = ("# Privacy policy\n\n## Money\n\nWe make money when users purchase our paid products and not by selling "
            "or monetizing user content.\n\n## Support\n\nWe answer questions by e-mail within two working days.\n")
    assert _ids(_recheck("en", base, base.replace("products and not", "products & not"))) == set()


def test_storage_in_any_country_is_anywhere() -> None:
    base = ("# Politika zasebnosti\n\n## Kje hranimo podatke\n\nVse spletne strani so shranjene na strežnikih v "
            "podatkovnih centrih v Nemčiji.\n\n## Pravice\n\nPišite nam na info@example.si.\n")
    after = base.replace("na strežnikih v podatkovnih centrih v Nemčiji", "na strežnikih naših ponudnikov, ki so lahko v kateri koli državi")
    assert "R05" in _ids(_recheck("sl", base, after))


def test_a_new_controller_where_the_old_one_had_no_readable_legal_form_is_r09() -> None:
    base = ("# Politika zasebnosti\n\n## Upravljavec\n\nUpravljavec osebnih podatkov je družba Spletnik, spletne rešitve, "
            "d.o.o., Dunajska cesta 156, 1000 Ljubljana.\n")
    after = base.replace("Upravljavec osebnih podatkov je družba Spletnik, spletne rešitve, d.o.o., Dunajska cesta 156, "
                         "1000 Ljubljana.", "Od 1. septembra 2025 je upravljavec osebnih podatkov družba Webora GmbH, "
                         "Mariahilfer Straße 123, 1060 Dunaj, Avstrija.")
    assert "R09" in _ids(_recheck("sl", base, after))


def test_a_company_in_a_list_of_processors_is_no_controller() -> None:
    base = ("# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nRekisterinpitäjä on Sanasilta Oy.\n\n## Käsittelijät\n\n"
            "- UpCloud Oy – palvelimet, Helsinki\n")
    after = base + "- Visma Solutions Oy – laskutus ja kirjanpito, Lappeenranta\n"
    result = _recheck("fi", base, after)
    assert "R01" in _ids(result) and "R09" not in _ids(result)


def test_the_request_address_kept_in_a_changed_sentence_is_no_contact_change() -> None:
    base = ("# Politique\n\n## Vos droits\n\nVous pouvez exercer ces droits gratuitement en écrivant à dpo@sondalys.fr ; "
            "nous vous répondrons dans un délai d'un mois.\n")
    after = base.replace("gratuitement en écrivant à dpo@sondalys.fr ; nous vous répondrons dans un délai d'un mois.",
                         "en écrivant à dpo@sondalys.fr et en joignant une copie d'une pièce d'identité. Nous vous "
                         "répondrons dans un délai de trois mois.")
    result = _recheck("fr", base, after)
    assert "R07" in _ids(result) and "R08" not in _ids(result)


def test_a_german_date_line_keeps_its_day() -> None:
    from monitor.checks.signals import _words_of

    assert _words_of("1. märz 2024 aktualisiert.") != _words_of("15. märz 2024 aktualisiert.")
    from monitor.checks.signals import _changed

    base = "# Datenschutzerklärung\n\n1. März 2024\n\n## Zwecke\n\nWir verarbeiten Ihre Daten, um Ihr Konto zu führen.\n"
    before, after = check_text(base, language="de"), check_text(base.replace("1. März 2024", "15. März 2024"), language="de")
    assert _changed(before.analysis, after.analysis) == ([1], [1])  # type: ignore[arg-type]


def test_cutting_a_qualifier_from_a_denial_narrows_nothing() -> None:
    from monitor.checks.signals import _narrowed

    assert not _narrowed("we do not sell data of users in the eu.", "we do not sell data of users.")
    assert _narrowed("we do not sell your data to anyone, including advertisers.", "we do not sell your data.")


def test_a_measure_said_not_to_be_required_was_never_mandatory() -> None:
    base = ("# Privacy policy\n\n## Security\n\nTwo-factor authentication is not required, but we recommend it. All data "
            "is encrypted at rest.\n")
    after = base.replace("Two-factor authentication is not required, but we recommend it.", "You can enable two-factor authentication.")
    assert "R14" not in _ids(_recheck("en", base, after))


def test_a_residency_promise_kept_in_another_sentence_is_no_promise_removed() -> None:
    base = ("# Privacyverklaring\n\n## Waar staan je bestanden?\n\nJe bestanden staan versleuteld op onze servers in "
            "Amsterdam. Je bestanden verlaten de EU nooit.\n\n## Back-ups\n\nOok back-ups blijven altijd binnen de EU.\n")
    after = base.replace(" Je bestanden verlaten de EU nooit.", "")
    assert "R05" not in _ids(_recheck("nl", base, after))


def test_dropping_one_of_two_bases_for_the_same_purpose_is_no_basis_change() -> None:
    base = ("# Politique\n\n## Lettre d'information\n\nNous envoyons notre lettre d'information sur la base de votre "
            "consentement ou de notre intérêt légitime.\n")
    after = base.replace(" ou de notre intérêt légitime", "")
    assert "R10" not in _ids(_recheck("fr", base, after))
