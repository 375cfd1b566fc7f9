"""Written before/after change cases, set B: one base privacy policy per language of a different SaaS
vendor each (e-mail marketing, HR/payroll, CRM, video-conferencing, password manager, project
management, photo sharing), one edit per risk signal (two for R02-R04) and five edits that change no
meaning; 203 cases. Written for policywatch's benchmark by a second helper who had seen neither the
rule packs nor set A. Scored first without any tuning (docs/benchmarks.md); the misses were then
corrected, so the first score is the held-out one. Each case: {lang, id, expect, before, after, edit}.

Edit operations:
  ("r", old, new)            replace `old` (must occur exactly once) by `new`
  ("swap", h1, h2, nh1, nh2) swap two adjacent sections whose headings are h1 and h2 (h2 directly
                             follows h1); the headings are rewritten to nh1 / nh2 (for renumbering)
"""

from __future__ import annotations

from typing import Any

LANGS: dict[str, tuple[str, list[dict[str, Any]]]] = {}  # lang -> (base, [edits])


def E(cid: str, expect: list[str], desc: str, *ops: tuple[str, ...]) -> dict[str, Any]:
    return {"id": cid, "expect": expect, "edit": desc, "ops": list(ops)}


def get_section(text: str, heading: str) -> str:
    key = heading + "\n"
    assert text.count(key) == 1, ("heading not unique", heading)
    start = text.index(key)
    assert start == 0 or text[start - 1] == "\n"
    nxt = text.find("\n## ", start + 1)
    assert nxt != -1, ("cannot swap the last section", heading)
    return text[start:nxt + 1]


def apply_ops(text: str, ops: list[tuple[str, ...]], cid: str) -> str:
    for op in ops:
        if op[0] == "r":
            _, old, new = op
            n = text.count(old)
            assert n == 1, f"{cid}: replaced string occurs {n} times: {old!r}"
            assert old != new, f"{cid}: no-op replacement"
            text = text.replace(old, new)
        elif op[0] == "swap":
            _, h1, h2, nh1, nh2 = op
            a = get_section(text, h1)
            b = get_section(text, h2)
            assert text.count(a + b) == 1, f"{cid}: sections not adjacent"
            na = a.replace(h1 + "\n", nh1 + "\n", 1)
            nb = b.replace(h2 + "\n", nh2 + "\n", 1)
            text = text.replace(a + b, nb + na)
        else:
            raise ValueError(op)
    return text


# ---------------------------------------------------------------------------
# English: e-mail marketing tool
# ---------------------------------------------------------------------------
EN = """# Mailvista Privacy Policy

Last updated: 14 March 2025

This Privacy Policy explains how Mailvista collects, uses and protects personal data when you use our e-mail marketing platform, visit our website or contact our support team.

## Who we are

The controller for the processing described in this policy is Mailvista Limited, a private company limited by shares registered in Ireland under company number 612345, with its registered office at 27 Harcourt Street, Dublin 2, D02 XK45, Ireland. If you have any questions about this policy or about your data, please write to privacy@mailvista.ie. We have appointed a Data Protection Officer, Aoife Brennan, who can be reached at dpo@mailvista.ie.

When our customers upload subscriber lists and send campaigns through Mailvista, they decide how that subscriber data is used, and we act as their processor under a data processing agreement.

## Information we collect

- Account data: your name, business e-mail address, company name, password hash and billing details.
- Campaign data: subscriber lists, e-mail content, templates and delivery statistics.
- Usage data: IP address, browser type, log-in times and the features you use in the app.
- Support data: the messages we recieve from you through our help desk.

## How we use your information

| Purpose | Legal basis |
|---|---|
| Providing, maintaining and billing the service | Performance of a contract (Art. 6(1)(b) GDPR) |
| Sending you our product newsletter | Consent (Art. 6(1)(a) GDPR) |
| Protecting the platform against spam, fraud and abuse | Legitimate interests (Art. 6(1)(f) GDPR) |
| Keeping invoices and tax records | Legal obligation (Art. 6(1)(c) GDPR) |

## Who we share it with

We share personal data only with service providers who process it on our behalf and under our written instructions:

- Hetzner Online GmbH (hosting and infrastructure);
- Stripe Payments Europe, Limited (payment processing);
- Zendesk, Inc. (customer support ticketing).

All of our production servers are located in data centres in Germany.

## International transfers

Zendesk, Inc. is based in the United States. Our transfers to Zendesk are covered by the standard contractual clauses approved by the European Commission. Apart from this, we do not transfer your personal data outside the European Economic Area.

## How long we keep data

We keep account data for as long as your account is open and delete it within 30 days after you close it. Server logs are deleted after 90 days. Invoices are kept for six years, as required by Irish tax law.

## Security

All data is encrypted in transit using TLS 1.2 or higher and at rest using AES-256. Every Mailvista account can be protected with two-factor authentication, which is mandatory for our own staff. If a personal data breach occurs, we will notify the Data Protection Commission within 72 hours and inform affected customers without undue delay.

## Your rights

Under the GDPR you have the right to:

- access the personal data we hold about you;
- have inaccurate data rectified;
- have your data erased;
- restrict the processing of your data;
- receive your data in a portable, machine-readable format;
- object to processing based on our legitimate interests;
- withdraw your consent at any time, without affecting the lawfulness of processing carried out before the withdrawal.

To exercise any of these rights, e-mail privacy@mailvista.ie. You also have the right to lodge a complaint with the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2, D02 RD28, Ireland.

## What we don't do

We do not sell your personal data, and we do not share it with third parties for their advertising. We do not use your campaigns, subscriber lists or any other content you upload to train artificial intelligence or machine-learning models. We do not make decisions about you based solely on automated processing, including profiling.

## Children

Mailvista is a business tool and is not meant for children. You must be at least 18 years old to create an account.

## Cookies and analytics

Our website uses strictly necessary cookies and Matomo, a self-hosted analytics tool that we have configured without cookies and with IP addresses anonymised. Any other cookies are set only if you accept them in our cookie banner.

## Changes to this policy

If we make material changes to this policy, we will notify you by e-mail at least 30 days before they take effect.
"""

EN_EDITS = [
    E("en-R01", ["R01"], "Adds Intercom R&D Unlimited Company as a new processor for in-app messaging.",
      ("r", "- Zendesk, Inc. (customer support ticketing).",
       "- Zendesk, Inc. (customer support ticketing);\n- Intercom R&D Unlimited Company (in-app chat and product messages).")),
    E("en-R02-a", ["R02"], "Replaces the no-sale statement with sharing of usage data and hashed e-mails with advertising partners for personalised ads.",
      ("r", "We do not sell your personal data, and we do not share it with third parties for their advertising.",
       "We may share usage data and hashed e-mail addresses with our advertising partners so that they can show you personalised ads on other websites and apps.")),
    E("en-R02-b", ["R02"], "Deletes the sentence saying personal data is not sold or shared for advertising.",
      ("r", "We do not sell your personal data, and we do not share it with third parties for their advertising. ", "")),
    E("en-R03-a", ["R03"], "Campaign content and statistics will now be used to train the ML models behind subject-line suggestions.",
      ("r", "We do not use your campaigns, subscriber lists or any other content you upload to train artificial intelligence or machine-learning models.",
       "We may use your campaigns and their delivery statistics, in de-identified form, to train and improve the machine-learning models behind our subject-line and send-time suggestions.")),
    E("en-R03-b", ["R03"], "Deletes the statement that uploaded content is not used to train AI/ML models.",
      ("r", "We do not use your campaigns, subscriber lists or any other content you upload to train artificial intelligence or machine-learning models. ", "")),
    E("en-R04-a", ["R04"], "Adds remote access by an outsourced support team in India (replacing 'no other transfers outside the EEA').",
      ("r", "Apart from this, we do not transfer your personal data outside the European Economic Area.",
       "In addition, our outsourced support team in Bangalore, India, has remote access to account and support data so that it can answer your tickets.")),
    E("en-R04-b", ["R04"], "Removes the sentence that transfers to the US processor are covered by standard contractual clauses.",
      ("r", "Our transfers to Zendesk are covered by the standard contractual clauses approved by the European Commission. ", "")),
    E("en-R05", ["R05"], "Production servers moved from Germany to the United States.",
      ("r", "All of our production servers are located in data centres in Germany.",
       "All of our production servers are located in data centres in the United States.")),
    E("en-R06", ["R06"], "Server log retention extended from 90 days to three years.",
      ("r", "Server logs are deleted after 90 days.", "Server logs are kept for three years.")),
    E("en-R07", ["R07"], "Adds an administrative fee of EUR 25 for access requests.",
      ("r", "To exercise any of these rights, e-mail privacy@mailvista.ie.",
       "To exercise any of these rights, e-mail privacy@mailvista.ie. Please note that we charge an administrative fee of EUR 25 for each request for a copy of your data.")),
    E("en-R08", ["R08"], "Removes the Data Protection Officer sentence.",
      ("r", " We have appointed a Data Protection Officer, Aoife Brennan, who can be reached at dpo@mailvista.ie.", "")),
    E("en-R09", ["R09"], "Controller becomes Northwind Engage Holdings B.V. after an acquisition.",
      ("r", "The controller for the processing described in this policy is Mailvista Limited, a private company limited by shares registered in Ireland under company number 612345, with its registered office at 27 Harcourt Street, Dublin 2, D02 XK45, Ireland.",
       "Following the acquisition of Mailvista, the controller for the processing described in this policy is Northwind Engage Holdings B.V., a private limited company registered in the Netherlands under number 88123456, with its registered office at Herengracht 420, 1017 BZ Amsterdam, the Netherlands.")),
    E("en-R10", ["R10"], "Legal basis for the product newsletter changed from consent to legitimate interests.",
      ("r", "| Sending you our product newsletter | Consent (Art. 6(1)(a) GDPR) |",
       "| Sending you our product newsletter | Legitimate interests (Art. 6(1)(f) GDPR) |")),
    E("en-R11", ["R11"], "New purpose: profiling usage to send personalised upgrade offers.",
      ("r", "| Protecting the platform against spam, fraud and abuse | Legitimate interests (Art. 6(1)(f) GDPR) |",
       "| Protecting the platform against spam, fraud and abuse | Legitimate interests (Art. 6(1)(f) GDPR) |\n| Analysing how you use the app to build an interest profile and send you personalised upgrade offers | Legitimate interests (Art. 6(1)(f) GDPR) |")),
    E("en-R12", ["R12"], "New data category: biometric face scan for identity verification.",
      ("r", "- Support data: the messages we recieve from you through our help desk.",
       "- Support data: the messages we recieve from you through our help desk.\n- Identity verification data: a photo of your ID document and a biometric face scan, used to confirm your identity when you open an account.")),
    E("en-R13", ["R13"], "Replaces the no-ADM statement with automated account suspension based on a risk score without human review.",
      ("r", "We do not make decisions about you based solely on automated processing, including profiling.",
       "We use an automated scoring system to assess the risk of spam for each account; if the score exceeds a threshold, the account is suspended automatically, without human review.")),
    E("en-R14", ["R14"], "Removes the two-factor authentication sentence.",
      ("r", "Every Mailvista account can be protected with two-factor authentication, which is mandatory for our own staff. ", "")),
    E("en-R15", ["R15"], "Breach notification to the DPC within 72 hours replaced by a vague 'investigate and take measures'.",
      ("r", "If a personal data breach occurs, we will notify the Data Protection Commission within 72 hours and inform affected customers without undue delay.",
       "If a personal data breach occurs, we will investigate it and take the measures we consider appropriate.")),
    E("en-R16", ["R16"], "Policy may now change at any time without prior notice.",
      ("r", "If we make material changes to this policy, we will notify you by e-mail at least 30 days before they take effect.",
       "We may change this policy at any time without prior notice; the version published on this page always applies.")),
    E("en-R17", ["R17"], "Adds a Disputes section with binding individual arbitration and a class-action waiver.",
      ("r", "we will notify you by e-mail at least 30 days before they take effect.\n",
       "we will notify you by e-mail at least 30 days before they take effect.\n\n## Disputes\n\nAny dispute relating to this policy or to our processing of your data will be resolved by binding individual arbitration in Dublin, and you waive any right to bring or take part in a class or representative action.\n")),
    E("en-R19", ["R19"], "Adds Hotjar session recording and heatmaps on the website.",
      ("r", "Any other cookies are set only if you accept them in our cookie banner.",
       "With your consent, we also use Hotjar to record sessions and create heatmaps of how visitors use our pages. Any other cookies are set only if you accept them in our cookie banner.")),
    E("en-R20", ["R20"], "Minimum age lowered from 18 to 13.",
      ("r", "You must be at least 18 years old to create an account.", "You must be at least 13 years old to create an account.")),
    E("en-R21", ["R21"], "Adds disclosure to law enforcement and government authorities on request.",
      ("r", "All of our production servers are located in data centres in Germany.",
       "We may also disclose personal data to law enforcement agencies, courts or other government authorities when they request it.\n\nAll of our production servers are located in data centres in Germany.")),
    E("en-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Last updated: 14 March 2025", "Last updated: 2 September 2025")),
    E("en-NONE-1", [], "Typo fixed: 'recieve' -> 'receive'.",
      ("r", "the messages we recieve from you", "the messages we receive from you")),
    E("en-NONE-2", [], "Children sentence rephrased with the same meaning.",
      ("r", "Mailvista is a business tool and is not meant for children.",
       "Mailvista is designed for businesses and is not intended for use by children.")),
    E("en-NONE-3", [], "Children and Cookies sections swapped.",
      ("swap", "## Children", "## Cookies and analytics", "## Children", "## Cookies and analytics")),
    E("en-NONE-4", [], "Security paragraph split into two paragraphs.",
      ("r", "which is mandatory for our own staff. If a personal data breach occurs",
       "which is mandatory for our own staff.\n\nIf a personal data breach occurs")),
    E("en-NONE-5", [], "Heading 'How long we keep data' renamed to 'Data retention'.",
      ("r", "## How long we keep data", "## Data retention")),
]
LANGS["en"] = (EN, EN_EDITS)


# ---------------------------------------------------------------------------
# German: HR / payroll software
# ---------------------------------------------------------------------------
DE = """# Datenschutzerklärung für Lohnwerk

Stand: 1. Februar 2025

Mit Lohnwerk bieten wir eine cloudbasierte Software für Personalverwaltung und Lohnabrechnung an. Der Schutz der personenbezogenen Daten unserer Kunden und ihrer Beschäftigten hat für uns höchste Priorität.

## 1. Verantwortlicher und Datenschutzbeauftragter

Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist die Lohnwerk GmbH, Leopoldstraße 112, 80802 München, eingetragen im Handelsregister des Amtsgerichts München unter HRB 245781, vertreten durch die Geschäftsführerin Dr. Katrin Seidl. Bei Fragen zum Datenschutz erreichen Sie uns unter datenschutz@lohnwerk.de. Unseren externen Datenschutzbeauftragten, Herrn Markus Vogel (DataSafe Consulting GmbH), erreichen Sie unter dsb@lohnwerk.de.

Soweit unsere Kunden als Arbeitgeber Daten ihrer Beschäftigten in Lohnwerk verarbeiten, sind sie selbst Verantwortliche und wir handeln als Auftragsverarbeiter nach Art. 28 DSGVO.

## 2. Welche Daten wir verarbeiten

Wir verarbeiten insbesondere folgende Kategorien personenbezogener Daten:

- Stammdaten wie Name, Anschrift, Geburtsdatum und Personalnummer,
- Vertrags- und Abrechnungsdaten wie Gehalt, Bankverbindung, Steuer-ID und Sozialversicherungsnummer,
- Zeiterfasungs- und Urlaubsdaten,
- technische Nutzungsdaten wie IP-Adresse, Zeitpunkt des Zugriffs und Browsertyp.

## 3. Zwecke und Rechtsgrundlagen

Wir verarbeiten Ihre Daten, um die Software bereitzustellen und unsere vertraglichen Pflichten zu erfüllen (Art. 6 Abs. 1 lit. b DSGVO). Rechnungen und Buchungsbelege bewahren wir auf, um gesetzliche Aufbewahrungspflichten zu erfüllen (Art. 6 Abs. 1 lit. c DSGVO). Zur Gewährleistung der IT-Sicherheit und zur Fehleranalyse werten wir Protokolldaten auf Grundlage unseres berechtigten Interesses aus (Art. 6 Abs. 1 lit. f DSGVO). Unseren Newsletter versenden wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).

## 4. Empfänger und Auftragsverarbeiter

Wir setzen sorgfältig ausgewählte Dienstleister ein, die vertraglich an unsere Weisungen gebunden sind:

| Dienstleister | Zweck |
|---|---|
| IONOS SE, Montabaur | Hosting und Datenbankbetrieb |
| DATEV eG, Nürnberg | Übermittlung von Lohndaten an Finanzämter und Sozialversicherungsträger |
| Twilio Inc., San Francisco (USA) | Versand von SMS-Codes für die Anmeldung |

Die Daten werden ausschließlich in Rechenzentren in Deutschland gespeichert.

## 5. Übermittlung in Drittländer

Beim Versand von SMS-Codes wird Ihre Mobilfunknummer an Twilio Inc. in den USA übermittelt. Twilio ist nach dem EU-US Data Privacy Framework zertifiziert, sodass ein angemessenes Datenschutzniveau gewährleistet ist. Eine darüber hinausgehende Übermittlung in Drittländer findet nicht statt.

## 6. Speicherdauer

Wir löschen personenbezogene Daten, sobald der Zweck der Verarbeitung entfällt. Lohnabrechnungsdaten bewahren wir nach Vertragsende noch sechs Monate auf, damit Arbeitgeber sie exportieren können. Protokolldaten werden nach 14 Tagen gelöscht. Steuerrelevante Unterlagen bewahren wir gemäß § 147 AO zehn Jahre auf.

## 7. Datensicherheit

Alle Daten werden bei der Übertragung per TLS und im Ruhezustand mit AES-256 verschlüsselt. Die Anmeldung erfolgt verpflichtend mit Zwei-Faktor-Authentifizierung. Im Falle einer Verletzung des Schutzes personenbezogener Daten melden wir diese innerhalb von 72 Stunden der zuständigen Aufsichtsbehörde und informieren betroffene Kunden unverzüglich.

## 8. Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Außerdem können Sie einer Verarbeitung, die auf berechtigten Interessen beruht, jederzeit widersprechen (Art. 21 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen. Sie haben zudem das Recht, sich beim Bayerischen Landesamt für Datenschutzaufsicht (BayLDA), Promenade 18, 91522 Ansbach, zu beschweren.

## 9. Künstliche Intelligenz und automatisierte Entscheidungen

Wir verwenden die in Lohnwerk gespeicherten Personal- und Lohndaten nicht zum Training von KI-Modellen. Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne von Art. 22 DSGVO findet nicht statt.

## 10. Kein Verkauf von Daten

Wir verkaufen keine personenbezogenen Daten und geben sie nicht zu Werbezwecken an Dritte weiter.

## 11. Minderjährige

Unser Angebot richtet sich an Unternehmen. Ein Nutzerkonto darf nur anlegen, wer mindestens 16 Jahre alt ist.

## 12. Cookies und Webanalyse

Auf unserer Website setzen wir nur technisch notwendige Cookies ein. Zur Reichweitenmessung nutzen wir etracker Analytics der etracker GmbH in einer cookielosen Konfiguration.

## 13. Änderungen dieser Datenschutzerklärung

Über wesentliche Änderungen informieren wir registrierte Nutzer mindestens vier Wochen im Voraus per E-Mail.
"""

DE_EDITS = [
    E("de-R01", ["R01"], "Adds CleverReach GmbH & Co. KG as a new processor for newsletters.",
      ("r", "| Twilio Inc., San Francisco (USA) | Versand von SMS-Codes für die Anmeldung |",
       "| Twilio Inc., San Francisco (USA) | Versand von SMS-Codes für die Anmeldung |\n| CleverReach GmbH & Co. KG, Rastede | Versand von Newslettern und Produktinformationen |")),
    E("de-R02-a", ["R02"], "No-sale section rewritten: pseudonymised usage data passed to ad networks for personalised advertising.",
      ("r", "## 10. Kein Verkauf von Daten\n\nWir verkaufen keine personenbezogenen Daten und geben sie nicht zu Werbezwecken an Dritte weiter.",
       "## 10. Weitergabe zu Werbezwecken\n\nWir können pseudonymisierte Nutzungsdaten an Werbenetzwerke weitergeben, damit Ihnen auf anderen Websites personalisierte Werbung für unsere Produkte und die unserer Partner angezeigt wird.")),
    E("de-R02-b", ["R02"], "Deletes the whole 'no sale of data' section.",
      ("r", "## 10. Kein Verkauf von Daten\n\nWir verkaufen keine personenbezogenen Daten und geben sie nicht zu Werbezwecken an Dritte weiter.\n\n", "")),
    E("de-R03-a", ["R03"], "Pseudonymised HR and payroll data will be used to train AI models for payroll plausibility checks.",
      ("r", "Wir verwenden die in Lohnwerk gespeicherten Personal- und Lohndaten nicht zum Training von KI-Modellen.",
       "Pseudonymisierte Personal- und Lohndaten aus Lohnwerk nutzen wir, um unsere KI-Modelle zur Plausibilitätsprüfung von Abrechnungen zu trainieren und weiterzuentwickeln.")),
    E("de-R03-b", ["R03"], "Deletes the sentence that HR/payroll data is not used for AI training.",
      ("r", "Wir verwenden die in Lohnwerk gespeicherten Personal- und Lohndaten nicht zum Training von KI-Modellen. ", "")),
    E("de-R04-a", ["R04"], "Adds access by a software development contractor in Ukraine (replacing 'no further third-country transfers').",
      ("r", "Eine darüber hinausgehende Übermittlung in Drittländer findet nicht statt.",
       "Darüber hinaus kann unser Entwicklungsdienstleister in Lwiw (Ukraine) im Rahmen der Fehlerbehebung auf Produktionsdaten zugreifen; hierfür haben wir Standardvertragsklauseln abgeschlossen.")),
    E("de-R04-b", ["R04"], "Removes the sentence that the US processor is certified under the EU-US Data Privacy Framework.",
      ("r", "Twilio ist nach dem EU-US Data Privacy Framework zertifiziert, sodass ein angemessenes Datenschutzniveau gewährleistet ist. ", "")),
    E("de-R05", ["R05"], "Storage moved from German data centres to data centres of service providers worldwide.",
      ("r", "Die Daten werden ausschließlich in Rechenzentren in Deutschland gespeichert.",
       "Die Daten werden in Rechenzentren unserer Dienstleister weltweit gespeichert.")),
    E("de-R06", ["R06"], "Payroll data retention after contract end extended from six months to five years.",
      ("r", "Lohnabrechnungsdaten bewahren wir nach Vertragsende noch sechs Monate auf",
       "Lohnabrechnungsdaten bewahren wir nach Vertragsende noch fünf Jahre auf")),
    E("de-R07", ["R07"], "Right to data portability removed from the list of rights.",
      ("r", "Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO).",
       "Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO).")),
    E("de-R08", ["R08"], "Removes the privacy contact e-mail sentence (datenschutz@).",
      ("r", " Bei Fragen zum Datenschutz erreichen Sie uns unter datenschutz@lohnwerk.de.", "")),
    E("de-R09", ["R09"], "Controller becomes HR Cloud Services AG in Frankfurt.",
      ("r", "ist die Lohnwerk GmbH, Leopoldstraße 112, 80802 München, eingetragen im Handelsregister des Amtsgerichts München unter HRB 245781, vertreten durch die Geschäftsführerin Dr. Katrin Seidl.",
       "ist seit dem 1. Juli 2025 die HR Cloud Services AG, Mainzer Landstraße 50, 60325 Frankfurt am Main, eingetragen im Handelsregister des Amtsgerichts Frankfurt am Main unter HRB 119042, vertreten durch den Vorstand.")),
    E("de-R10", ["R10"], "Newsletter legal basis changed from consent to legitimate interest in direct marketing.",
      ("r", "Unseren Newsletter versenden wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).",
       "Unseren Newsletter versenden wir an Bestandskunden auf Grundlage unseres berechtigten Interesses an Direktwerbung (Art. 6 Abs. 1 lit. f DSGVO).")),
    E("de-R11", ["R11"], "New purpose: market research and salary benchmarks from aggregated usage and payroll data.",
      ("r", "Unseren Newsletter versenden wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).",
       "Unseren Newsletter versenden wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Außerdem werten wir Nutzungs- und Abrechnungsdaten für Marktforschung und branchenweite Gehaltsvergleiche aus (Art. 6 Abs. 1 lit. f DSGVO).")),
    E("de-R12", ["R12"], "New data category: religious affiliation (church tax) and severe disability status.",
      ("r", "- Vertrags- und Abrechnungsdaten wie Gehalt, Bankverbindung, Steuer-ID und Sozialversicherungsnummer,\n",
       "- Vertrags- und Abrechnungsdaten wie Gehalt, Bankverbindung, Steuer-ID und Sozialversicherungsnummer,\n- Angaben zur Religionszugehörigkeit (Kirchensteuermerkmal) und zu einer Schwerbehinderung,\n")),
    E("de-R13", ["R13"], "Automated decision on overtime bonuses from time-tracking data, human review only on request.",
      ("r", "Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne von Art. 22 DSGVO findet nicht statt.",
       "Anhand der Zeiterfassungsdaten entscheidet Lohnwerk automatisiert, ob Beschäftigten Überstundenzuschläge gewährt werden; eine Überprüfung durch einen Menschen erfolgt nur auf Antrag.")),
    E("de-R14", ["R14"], "Removes the encryption (TLS / AES-256) sentence.",
      ("r", "Alle Daten werden bei der Übertragung per TLS und im Ruhezustand mit AES-256 verschlüsselt. ", "")),
    E("de-R15", ["R15"], "Breach notification within 72 hours replaced by case-by-case assessment with no deadline.",
      ("r", "melden wir diese innerhalb von 72 Stunden der zuständigen Aufsichtsbehörde und informieren betroffene Kunden unverzüglich.",
       "prüfen wir im Einzelfall, ob eine Meldung an die Aufsichtsbehörde erforderlich ist.")),
    E("de-R16", ["R16"], "Policy may be changed at any time without prior announcement.",
      ("r", "Über wesentliche Änderungen informieren wir registrierte Nutzer mindestens vier Wochen im Voraus per E-Mail.",
       "Wir behalten uns vor, diese Datenschutzerklärung jederzeit ohne vorherige Ankündigung zu ändern.")),
    E("de-R17", ["R17"], "Adds an exclusive place of jurisdiction (Munich).",
      ("r", "mindestens vier Wochen im Voraus per E-Mail.\n",
       "mindestens vier Wochen im Voraus per E-Mail.\n\n## 14. Gerichtsstand\n\nAusschließlicher Gerichtsstand für alle Streitigkeiten im Zusammenhang mit der Verarbeitung Ihrer Daten ist München.\n")),
    E("de-R19", ["R19"], "Adds Google Analytics 4 and the LinkedIn Insight Tag (with consent).",
      ("r", "Zur Reichweitenmessung nutzen wir etracker Analytics der etracker GmbH in einer cookielosen Konfiguration.",
       "Zur Reichweitenmessung nutzen wir etracker Analytics der etracker GmbH in einer cookielosen Konfiguration. Mit Ihrer Einwilligung setzen wir außerdem Google Analytics 4 und das LinkedIn Insight Tag ein.")),
    E("de-R20", ["R20"], "Minimum age lowered from 16 to 14.",
      ("r", "wer mindestens 16 Jahre alt ist.", "wer mindestens 14 Jahre alt ist.")),
    E("de-R21", ["R21"], "Adds disclosure to law-enforcement and security authorities on request.",
      ("r", "Die Daten werden ausschließlich in Rechenzentren in Deutschland gespeichert.",
       "Auf Anfrage von Strafverfolgungs- oder Sicherheitsbehörden stellen wir diesen die angeforderten Daten zur Verfügung.\n\nDie Daten werden ausschließlich in Rechenzentren in Deutschland gespeichert.")),
    E("de-R23", ["R23"], "Only the 'Stand' date changes.",
      ("r", "Stand: 1. Februar 2025", "Stand: 15. August 2025")),
    E("de-NONE-1", [], "Typo fixed: 'Zeiterfasungs' -> 'Zeiterfassungs'.",
      ("r", "- Zeiterfasungs- und Urlaubsdaten,", "- Zeiterfassungs- und Urlaubsdaten,")),
    E("de-NONE-2", [], "Deletion principle sentence rephrased with the same meaning.",
      ("r", "Wir löschen personenbezogene Daten, sobald der Zweck der Verarbeitung entfällt.",
       "Sobald personenbezogene Daten für den Zweck, zu dem sie verarbeitet wurden, nicht mehr benötigt werden, löschen wir sie.")),
    E("de-NONE-3", [], "Sections 9 (AI/automated decisions) and 10 (no sale) swapped and renumbered.",
      ("swap", "## 9. Künstliche Intelligenz und automatisierte Entscheidungen", "## 10. Kein Verkauf von Daten",
       "## 10. Künstliche Intelligenz und automatisierte Entscheidungen", "## 9. Kein Verkauf von Daten")),
    E("de-NONE-4", [], "Purposes paragraph split into two paragraphs.",
      ("r", "(Art. 6 Abs. 1 lit. c DSGVO). Zur Gewährleistung der IT-Sicherheit",
       "(Art. 6 Abs. 1 lit. c DSGVO).\n\nZur Gewährleistung der IT-Sicherheit")),
    E("de-NONE-5", [], "Heading 'Speicherdauer' renamed to 'Dauer der Speicherung'.",
      ("r", "## 6. Speicherdauer", "## 6. Dauer der Speicherung")),
]
LANGS["de"] = (DE, DE_EDITS)


# ---------------------------------------------------------------------------
# French: CRM
# ---------------------------------------------------------------------------
FR = """# Politique de confidentialité de Relatio

Dernière mise à jour : 3 avril 2025

Relatio est un logiciel de gestion de la relation client (CRM) destiné aux PME. La présente politique décrit la manière dont nous collectons et utilisons vos données personnelles, conformément au Règlement général sur la protection des donnés (RGPD) et à la loi Informatique et Libertés.

## Qui est responsable du traitement ?

Le responsable du traitement est Relatio SAS, société par actions simplifiée au capital de 150 000 euros, immatriculée au RCS de Lyon sous le numéro 852 123 456, dont le siège social est situé 18 rue de la République, 69002 Lyon, France. Pour toute question relative à vos données, vous pouvez écrire à confidentialite@relatio.fr. Nous avons désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@relatio.fr ou par courrier à notre siège.

Pour les fiches de contacts que nos clients importent dans Relatio, nous agissons en qualité de sous-traitant pour le compte de nos clients.

## Quelles données collectons-nous ?

- Données d'identification : nom, prénom, adresse e-mail professionnelle, numéro de téléphone.
- Données de facturation : raison sociale, adresse, coordonnées bancaires (IBAN).
- Données de connexion : adresse IP, journaux d'accès, type de navigateur.
- Contenus : fiches clients, notes, historiques d'échanges et pièces jointes que vous enregistrez dans le CRM.

## Finalités et bases légales

Nous utilisons vos données pour fournir le service, gérer votre abonnement et vous assister ; ce traitement est nécessaire à l'exécution du contrat. Nous établissons des statistiques agrégées d'utilisation de la plateforme afin de l'améliorer, sur le fondement de notre intérêt légitime. Nous ne vous adressons notre lettre d'information commerciale qu'avec votre consentement préalable. Enfin, nous conservons les factures pour respecter nos obligations comptables et fiscales.

## Destinataires

Vos données sont destinées aux équipes habilitées de Relatio et à nos sous-traitants, qui agissent uniquement sur nos instructions :

- OVH SAS (hébergement des données, Roubaix) ;
- GoCardless SAS (prélèvements SEPA) ;
- Mailgun Technologies, Inc. (envoi des e-mails transactionnels).

Toutes les données sont hébergées en France.

## Transferts hors de l'Union européenne

Mailgun Technologies, Inc. étant établie aux États-Unis, certaines données (adresse e-mail, contenu des notifications) peuvent y être transférées. Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne. Aucun autre transfert hors de l'Union européenne n'est effectué.

## Durées de conservation

| Catégorie de données | Durée de conservation |
|---|---|
| Données du compte | Durée de l'abonnement, puis 3 mois |
| Journaux de connexion | 12 mois |
| Factures | 10 ans |

## Sécurité

Nous mettons en œuvre des mesures techniques et organisationnelles adaptées pour protéger vos données. Les données sont chiffrées en transit (TLS) et au repos. L'authentification à deux facteurs est disponible pour tous les comptes et obligatoire pour les administrateurs. En cas de violation de données personnelles, nous la notifions à la CNIL dans un délai de 72 heures et vous en informons dans les meilleurs délais lorsque le risque est élevé.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation du traitement, ainsi que d'un droit à la portabilité de vos données. Vous pouvez vous opposer à tout moment aux traitements fondés sur notre intérêt légitime. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment. Vous pouvez également définir des directives relatives au sort de vos données après votre décès. Pour exercer ces droits, écrivez à confidentialite@relatio.fr en joignant tout élément permettant de vous identifier. Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL (Commission nationale de l'informatique et des libertés, 3 place de Fontenoy, 75007 Paris).

## Nos engagements

- Nous ne vendons jamais vos données personnelles.
- Vos contenus ne servent pas à entraîner des modèles d'intelligence artificielle.
- Aucune décision produisant des effets juridiques à votre égard n'est prise sur le seul fondement d'un traitement automatisé.

## Mineurs

Relatio est réservé aux professionnels. Le service n'est pas destiné aux personnes de moins de 18 ans.

## Cookies

Notre site utilise des cookies strictement nécessaires à son fonctionnement ainsi que l'outil de mesure d'audience Piano Analytics, paramétré conformément aux recommandations de la CNIL pour être exempté de consentement. Vous pouvez gérer vos préférences à tout moment via le lien « Gérer les cookies » en bas de page.

## Modification de la politique

Nous pouvons modifier la présente politique. En cas de changement important, nous vous en informerons par e-mail ou par une notification dans l'application au moins 15 jours à l'avance.
"""

FR_EDITS = [
    E("fr-R01", ["R01"], "Recipients now include Relatio's commercial and advertising partners.",
      ("r", "Vos données sont destinées aux équipes habilitées de Relatio et à nos sous-traitants,",
       "Vos données sont destinées aux équipes habilitées de Relatio, à nos partenaires commerciaux et publicitaires ainsi qu'à nos sous-traitants,")),
    E("fr-R02-a", ["R02"], "No-sale commitment replaced by sharing browsing data with ad networks for targeted advertising.",
      ("r", "- Nous ne vendons jamais vos données personnelles.",
       "- Nous pouvons partager vos données de navigation avec des régies publicitaires afin de vous proposer de la publicité ciblée.")),
    E("fr-R02-b", ["R02"], "Deletes the 'we never sell your data' bullet.",
      ("r", "- Nous ne vendons jamais vos données personnelles.\n", "")),
    E("fr-R03-a", ["R03"], "Customer CRM content (notes, histories) may now train the AI writing assistant.",
      ("r", "- Vos contenus ne servent pas à entraîner des modèles d'intelligence artificielle.",
       "- Vos contenus (notes, historiques d'échanges) peuvent être utilisés pour entraîner et améliorer nos modèles d'intelligence artificielle, notamment notre assistant de rédaction.")),
    E("fr-R03-b", ["R03"], "Deletes the 'content not used to train AI' bullet.",
      ("r", "- Vos contenus ne servent pas à entraîner des modèles d'intelligence artificielle.\n", "")),
    E("fr-R04-a", ["R04"], "New access by a support centre in Tunisia (replacing 'no other transfer').",
      ("r", "Aucun autre transfert hors de l'Union européenne n'est effectué.",
       "Notre centre de support situé à Tunis (Tunisie) peut également accéder à vos données de compte pour traiter vos demandes.")),
    E("fr-R04-b", ["R04"], "Removes the standard contractual clauses sentence for the US transfer.",
      ("r", "Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne. ", "")),
    E("fr-R05", ["R05"], "Hosting moved from France to Canada.",
      ("r", "Toutes les données sont hébergées en France.", "Toutes les données sont hébergées au Canada.")),
    E("fr-R06", ["R06"], "Account data retention after subscription end extended from 3 months to 5 years.",
      ("r", "| Données du compte | Durée de l'abonnement, puis 3 mois |",
       "| Données du compte | Durée de l'abonnement, puis 5 ans |")),
    E("fr-R07", ["R07"], "Adds a limit: the right of access can be exercised only once every 12 months.",
      ("r", "Pour exercer ces droits, écrivez à confidentialite@relatio.fr en joignant tout élément permettant de vous identifier.",
       "Pour exercer ces droits, écrivez à confidentialite@relatio.fr en joignant tout élément permettant de vous identifier. Le droit d'accès ne peut être exercé qu'une seule fois par période de douze mois.")),
    E("fr-R08", ["R08"], "Removes the DPO sentence.",
      ("r", " Nous avons désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@relatio.fr ou par courrier à notre siège.", "")),
    E("fr-R09", ["R09"], "Controller becomes Groupe Véga SA after acquisition.",
      ("r", "Le responsable du traitement est Relatio SAS, société par actions simplifiée au capital de 150 000 euros, immatriculée au RCS de Lyon sous le numéro 852 123 456, dont le siège social est situé 18 rue de la République, 69002 Lyon, France.",
       "Depuis le rachat de Relatio, le responsable du traitement est Groupe Véga SA, société anonyme immatriculée au RCS de Nanterre sous le numéro 401 987 654, dont le siège social est situé 12 place de la Défense, 92400 Courbevoie, France.")),
    E("fr-R10", ["R10"], "Service provision basis changed from performance of contract to legitimate interest.",
      ("r", "ce traitement est nécessaire à l'exécution du contrat.",
       "ce traitement repose sur notre intérêt légitime à développer notre activité.")),
    E("fr-R11", ["R11"], "New purpose: profiling usage to offer personalised add-on offers.",
      ("r", "Enfin, nous conservons les factures",
       "Nous analysons également votre utilisation du service afin d'établir votre profil et de vous présenter des offres personnalisées de modules complémentaires, sur le fondement de notre intérêt légitime. Enfin, nous conservons les factures")),
    E("fr-R12", ["R12"], "New data category: precise geolocation of field sales staff via the mobile app.",
      ("r", "- Données de connexion : adresse IP, journaux d'accès, type de navigateur.\n",
       "- Données de connexion : adresse IP, journaux d'accès, type de navigateur.\n- Données de géolocalisation précise de vos commerciaux itinérants, lorsqu'ils utilisent l'application mobile.\n")),
    E("fr-R13", ["R13"], "No-ADM bullet replaced by automated creditworthiness scoring that can refuse accounts without human intervention.",
      ("r", "- Aucune décision produisant des effets juridiques à votre égard n'est prise sur le seul fondement d'un traitement automatisé.",
       "- Un algorithme évalue automatiquement la solvabilité de chaque nouveau client et peut refuser l'ouverture d'un compte sans intervention humaine.")),
    E("fr-R14", ["R14"], "Removes the two-factor authentication sentence.",
      ("r", "L'authentification à deux facteurs est disponible pour tous les comptes et obligatoire pour les administrateurs. ", "")),
    E("fr-R15", ["R15"], "Breach notification to CNIL within 72 hours replaced by 'we take appropriate measures'.",
      ("r", "En cas de violation de données personnelles, nous la notifions à la CNIL dans un délai de 72 heures et vous en informons dans les meilleurs délais lorsque le risque est élevé.",
       "En cas de violation de données personnelles, nous prenons les mesures que nous jugeons appropriées.")),
    E("fr-R16", ["R16"], "Policy may change at any time without notice; users should check regularly.",
      ("r", "Nous pouvons modifier la présente politique. En cas de changement important, nous vous en informerons par e-mail ou par une notification dans l'application au moins 15 jours à l'avance.",
       "Nous pouvons modifier la présente politique à tout moment et sans préavis ; il vous appartient de la consulter régulièrement.")),
    E("fr-R17", ["R17"], "Adds a disputes section: individual confidential arbitration and waiver of class actions.",
      ("r", "au moins 15 jours à l'avance.\n",
       "au moins 15 jours à l'avance.\n\n## Litiges\n\nTout litige relatif à la présente politique sera soumis à un arbitrage individuel et confidentiel, et vous renoncez à participer à toute action de groupe.\n")),
    E("fr-R19", ["R19"], "Adds Google Ads and LinkedIn advertising cookies (with consent).",
      ("r", "Vous pouvez gérer vos préférences à tout moment",
       "Avec votre accord, nous déposons également les cookies publicitaires de Google Ads et de LinkedIn afin de mesurer l'efficacité de nos campagnes. Vous pouvez gérer vos préférences à tout moment")),
    E("fr-R20", ["R20"], "Minimum age lowered from 18 to 15.",
      ("r", "aux personnes de moins de 18 ans.", "aux personnes de moins de 15 ans.")),
    E("fr-R21", ["R21"], "Adds disclosure to judicial, administrative or police authorities on simple request.",
      ("r", "Toutes les données sont hébergées en France.",
       "Toutes les données sont hébergées en France. Nous pouvons communiquer vos données aux autorités judiciaires, administratives ou de police sur simple demande de leur part.")),
    E("fr-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Dernière mise à jour : 3 avril 2025", "Dernière mise à jour : 17 septembre 2025")),
    E("fr-NONE-1", [], "Typo fixed: 'donnés' -> 'données'.",
      ("r", "protection des donnés (RGPD)", "protection des données (RGPD)")),
    E("fr-NONE-2", [], "Minors sentence rephrased with the same meaning.",
      ("r", "Le service n'est pas destiné aux personnes de moins de 18 ans.",
       "Le service ne s'adresse pas aux personnes âgées de moins de 18 ans.")),
    E("fr-NONE-3", [], "'Mineurs' and 'Cookies' sections swapped.",
      ("swap", "## Mineurs", "## Cookies", "## Mineurs", "## Cookies")),
    E("fr-NONE-4", [], "Rights paragraph split into two paragraphs.",
      ("r", "après votre décès. Pour exercer ces droits",
       "après votre décès.\n\nPour exercer ces droits")),
    E("fr-NONE-5", [], "Heading 'Destinataires' renamed to 'Destinataires des données'.",
      ("r", "## Destinataires\n", "## Destinataires des données\n")),
]
LANGS["fr"] = (FR, FR_EDITS)


# ---------------------------------------------------------------------------
# Dutch: video-conferencing
# ---------------------------------------------------------------------------
NL = """# Privacyverklaring Vergaderly

Versie van 20 januari 2025

Vergaderly is een dienst voor videovergaderen voor bedrijven en organisaties. In deze privacyverklaring leggen wij uit welke persoonsgegevens wij verwerken, waarom wij dat doen en welke rechten u heeft.

## 1. Wie zijn wij?

Vergaderly B.V. (KvK 81234567), gevestigd aan de Catharijnesingel 44, 3511 GC Utrecht, is de verwerkingsverantwoordelijke voor de verwerkingen die in deze verklaring worden beschreven. Heeft u vragen over privacy, neem dan contact op via privacy@vergaderly.nl. Wij hebben een Functionaris Gegevensbescherming (FG) aangesteld, die u kunt bereiken via fg@vergaderly.nl.

## 2. Welke gegevens verwerken wij en waarom?

| Gegevens | Doel | Grondslag |
|---|---|---|
| Naam, e-mailadres en wachtwoord | Aanmaken en beheren van uw account | Uitvoering van de overeenkomst |
| Audio, video, chatberichten en gedeelde schermen | Mogelijk maken van vergaderingen | Uitvoering van de overeenkomst |
| Opnames van vergaderingen | Terugkijken van vergaderingen | Toestemming van alle deelnemers |
| IP-adres, apparaatgegevens en verbindingskwaliteit | Beveiliging en verbeteren van de gesprekskwaliteit | Gerechtvaardigd belang |
| Factuurgegevens | Facturering en belastingaangifte | Wettelijke verplichting |

Opnames worden alleen gemaakt als de organisator daarvoor kiest, en alle deelnemers zien dan een duidelijke melding in beeld.

## 3. Met wie delen wij gegevens?

Wij schakelen de volgende verwerkers in, met wie wij een verwerkersovereenkomst hebben gesloten:

- Leaseweb Netherlands B.V. – hosting van onze servers;
- Mollie B.V. – afhandeling van betallingen;
- Functional Software, Inc. (Sentry) – foutmeldingen en crashrapporten.

Wij verkopen uw persoonsgegevens niet aan derden.

## 4. Waar worden uw gegevens opgeslagen?

Alle vergaderdata en accountgegevens worden opgeslagen op servers in Nederland. Alleen Functional Software, Inc. is gevestigd buiten de EER, in de Verenigde Staten. Dit bedrijf is gecertificeerd onder het EU-VS Data Privacy Framework, waardoor een passend beschermingsniveau is gewaarborgd. Naar andere landen buiten de EER worden geen gegevens doorgegeven.

## 5. Hoe lang bewaren wij uw gegevens?

- Accountgegevens: zolang uw account actief is en daarna nog 60 dagen.
- Opnames: standaard 30 dagen, tenzij de organisator ze eerder verwijdert.
- Verbindingslogs: 6 maanden.
- Facturen: 7 jaar, vanwege de fiscale bewaarplicht.

## 6. Beveiliging

Alle verbindingen zijn versleuteld met TLS en mediastromen met SRTP; opnames worden versleuteld opgeslagen. Beheerders kunnen tweestapsverificatie verplicht stellen voor alle gebruikers binnen hun organisatie. Als er ondanks onze maatregelen een datalek optreedt, melden wij dit binnen 72 uur aan de Autoriteit Persoonsgegevens en informeren wij betrokkenen als dat nodig is.

## 7. Kunstmatige intelligentie

Vergaderly biedt optioneel automatische ondertiteling aan. Wij gebruiken uw audio, video en chatberichten niet om AI-modellen te trainen. Er vindt geen geautomatiseerde besluitvorming of profilering plaats die rechtsgevolgen voor u heeft of u anderszins in aanmerkelijke mate treft.

## 8. Uw rechten

U heeft het recht om uw gegevens in te zien, te laten corrigeren of te laten verwijderen. Daarnaast kunt u vragen om beperking van de verwerking, om overdracht van uw gegevens (dataportabiliteit) en kunt u bezwaar maken tegen verwerking op basis van gerechtvaardigd belang. Gegeven toestemming kunt u altijd weer intrekken. Stuur uw verzoek naar privacy@vergaderly.nl; wij reageren binnen een maand. Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.

## 9. Kinderen

Vergaderly is niet bedoeld voor kinderen jonger dan 16 jaar. Wij verwerken niet bewust gegevens van kinderen onder deze leeftijd.

## 10. Cookies

Op onze website gebruiken wij alleen functionele cookies en privacyvriendelijke statistieken via Plausible Analytics, zonder trackingcookies en zonder het volgen van individuele bezoekers.

## 11. Wijzigingen

Wij kunnen deze privacyverklaring aanpassen. Belangrijke wijzigingen maken wij minimaal 30 dagen van tevoren bekend via e-mail en in de app.
"""

NL_EDITS = [
    E("nl-R01", ["R01"], "Adds Bird B.V. (MessageBird) as a new processor for SMS invitations.",
      ("r", "- Functional Software, Inc. (Sentry) – foutmeldingen en crashrapporten.",
       "- Functional Software, Inc. (Sentry) – foutmeldingen en crashrapporten;\n- Bird B.V. (MessageBird) – versturen van sms-uitnodigingen en herinneringen.")),
    E("nl-R02-a", ["R02"], "No-sale sentence replaced by sharing usage data with advertising partners for personalised ads.",
      ("r", "Wij verkopen uw persoonsgegevens niet aan derden.",
       "Wij kunnen gegevens over uw gebruik van Vergaderly delen met advertentiepartners, zodat zij u op andere websites gepersonaliseerde advertenties kunnen tonen.")),
    E("nl-R02-b", ["R02"], "Deletes the sentence 'we do not sell your personal data to third parties'.",
      ("r", "\n\nWij verkopen uw persoonsgegevens niet aan derden.", "")),
    E("nl-R03-a", ["R03"], "Audio fragments and transcripts now used to train speech-recognition models.",
      ("r", "Wij gebruiken uw audio, video en chatberichten niet om AI-modellen te trainen.",
       "Om de kwaliteit van de ondertiteling te verbeteren, gebruiken wij fragmenten van uw audio en de bijbehorende transcripties voor het trainen van onze spraakherkenningsmodellen.")),
    E("nl-R03-b", ["R03"], "Deletes the sentence that meeting content is not used to train AI models.",
      ("r", "Wij gebruiken uw audio, video en chatberichten niet om AI-modellen te trainen. ", "")),
    E("nl-R04-a", ["R04"], "Meetings of Asian users are routed via servers in Singapore (replacing 'no other transfers').",
      ("r", "Naar andere landen buiten de EER worden geen gegevens doorgegeven.",
       "Voor deelnemers in Azië kunnen vergaderingen bovendien via onze servers in Singapore worden gerouteerd.")),
    E("nl-R04-b", ["R04"], "Removes the sentence that the US processor is certified under the EU-US Data Privacy Framework.",
      ("r", "Dit bedrijf is gecertificeerd onder het EU-VS Data Privacy Framework, waardoor een passend beschermingsniveau is gewaarborgd. ", "")),
    E("nl-R05", ["R05"], "Storage location changed from the Netherlands to 'anywhere in the world'.",
      ("r", "Alle vergaderdata en accountgegevens worden opgeslagen op servers in Nederland.",
       "Alle vergaderdata en accountgegevens worden opgeslagen op servers van onze hostingpartners, die zich overal ter wereld kunnen bevinden.")),
    E("nl-R06", ["R06"], "Default retention of recordings extended from 30 days to 3 years.",
      ("r", "- Opnames: standaard 30 dagen,", "- Opnames: standaard 3 jaar,")),
    E("nl-R07", ["R07"], "Right to data portability removed.",
      ("r", "Daarnaast kunt u vragen om beperking van de verwerking, om overdracht van uw gegevens (dataportabiliteit) en kunt u bezwaar maken",
       "Daarnaast kunt u vragen om beperking van de verwerking en kunt u bezwaar maken")),
    E("nl-R08", ["R08"], "Removes the Data Protection Officer (FG) sentence.",
      ("r", " Wij hebben een Functionaris Gegevensbescherming (FG) aangesteld, die u kunt bereiken via fg@vergaderly.nl.", "")),
    E("nl-R09", ["R09"], "Controller becomes Teleconnect Europe S.A. (Luxembourg).",
      ("r", "Vergaderly B.V. (KvK 81234567), gevestigd aan de Catharijnesingel 44, 3511 GC Utrecht, is de verwerkingsverantwoordelijke",
       "Sinds de overname van Vergaderly B.V. is Teleconnect Europe S.A., gevestigd aan 5 rue Eugène Ruppert, L-2453 Luxemburg, de verwerkingsverantwoordelijke")),
    E("nl-R10", ["R10"], "Legal basis for meeting recordings changed from consent of all participants to legitimate interest of the organiser.",
      ("r", "| Opnames van vergaderingen | Terugkijken van vergaderingen | Toestemming van alle deelnemers |",
       "| Opnames van vergaderingen | Terugkijken van vergaderingen | Gerechtvaardigd belang van de organisator |")),
    E("nl-R11", ["R11"], "New purpose row: market research and benchmark reports from usage data.",
      ("r", "| Factuurgegevens | Facturering en belastingaangifte | Wettelijke verplichting |",
       "| Factuurgegevens | Facturering en belastingaangifte | Wettelijke verplichting |\n| Gebruiksgegevens en deelnemersaantallen | Marktonderzoek en het opstellen van benchmarkrapporten | Gerechtvaardigd belang |")),
    E("nl-R12", ["R12"], "New data category row: facial features (biometric data) for speaker recognition.",
      ("r", "| Opnames van vergaderingen | Terugkijken van vergaderingen | Toestemming van alle deelnemers |",
       "| Opnames van vergaderingen | Terugkijken van vergaderingen | Toestemming van alle deelnemers |\n| Gezichtskenmerken (biometrische gegevens) | Automatisch herkennen van sprekers | Uitdrukkelijke toestemming |")),
    E("nl-R13", ["R13"], "No-ADM sentence replaced by an automatic engagement score employers can use in performance reviews.",
      ("r", "Er vindt geen geautomatiseerde besluitvorming of profilering plaats die rechtsgevolgen voor u heeft of u anderszins in aanmerkelijke mate treft.",
       "Op basis van uw gedrag tijdens vergaderingen (spreektijd, camera aan of uit) berekent Vergaderly automatisch een betrokkenheidsscore, die werkgevers kunnen gebruiken bij beoordelingsgesprekken.")),
    E("nl-R14", ["R14"], "Removes the encryption sentence (TLS/SRTP, encrypted recordings).",
      ("r", "Alle verbindingen zijn versleuteld met TLS en mediastromen met SRTP; opnames worden versleuteld opgeslagen. ", "")),
    E("nl-R15", ["R15"], "Breach notification: 72-hour deadline and informing data subjects dropped.",
      ("r", "melden wij dit binnen 72 uur aan de Autoriteit Persoonsgegevens en informeren wij betrokkenen als dat nodig is.",
       "beoordelen wij zelf of een melding aan de Autoriteit Persoonsgegevens nodig is.")),
    E("nl-R16", ["R16"], "Policy may be changed at any time without prior announcement.",
      ("r", "Wij kunnen deze privacyverklaring aanpassen. Belangrijke wijzigingen maken wij minimaal 30 dagen van tevoren bekend via e-mail en in de app.",
       "Wij kunnen deze privacyverklaring op elk moment en zonder voorafgaande aankondiging aanpassen. Raadpleeg deze pagina daarom regelmatig.")),
    E("nl-R17", ["R17"], "Adds exclusive jurisdiction of the Midden-Nederland court.",
      ("r", "via e-mail en in de app.\n",
       "via e-mail en in de app.\n\n## 12. Geschillen\n\nAlle geschillen over de verwerking van uw persoonsgegevens worden uitsluitend voorgelegd aan de bevoegde rechter van de rechtbank Midden-Nederland.\n")),
    E("nl-R19", ["R19"], "Adds the Meta pixel for ad measurement (after consent).",
      ("r", "zonder trackingcookies en zonder het volgen van individuele bezoekers.",
       "zonder trackingcookies en zonder het volgen van individuele bezoekers. Als u daarvoor toestemming geeft, plaatsen wij daarnaast de Meta-pixel om het effect van onze advertenties te meten.")),
    E("nl-R20", ["R20"], "Minimum age lowered from 16 to 13.",
      ("r", "Vergaderly is niet bedoeld voor kinderen jonger dan 16 jaar.",
       "Vergaderly is niet bedoeld voor kinderen jonger dan 13 jaar.")),
    E("nl-R21", ["R21"], "Adds disclosure to police, judiciary and intelligence services on request.",
      ("r", "Wij verkopen uw persoonsgegevens niet aan derden.",
       "Wij verkopen uw persoonsgegevens niet aan derden. Wel verstrekken wij gegevens aan politie, justitie en inlichtingendiensten wanneer zij daarom verzoeken.")),
    E("nl-R23", ["R23"], "Only the version date changes.",
      ("r", "Versie van 20 januari 2025", "Versie van 5 juni 2025")),
    E("nl-NONE-1", [], "Typo fixed: 'betallingen' -> 'betalingen'.",
      ("r", "afhandeling van betallingen", "afhandeling van betalingen")),
    E("nl-NONE-2", [], "Children sentence rephrased with the same meaning.",
      ("r", "Vergaderly is niet bedoeld voor kinderen jonger dan 16 jaar.",
       "Onze dienst is niet bestemd voor kinderen die jonger zijn dan 16 jaar.")),
    E("nl-NONE-3", [], "Sections 9 (children) and 10 (cookies) swapped and renumbered.",
      ("swap", "## 9. Kinderen", "## 10. Cookies", "## 10. Kinderen", "## 9. Cookies")),
    E("nl-NONE-4", [], "Rights paragraph split into two paragraphs.",
      ("r", "Gegeven toestemming kunt u altijd weer intrekken. Stuur uw verzoek",
       "Gegeven toestemming kunt u altijd weer intrekken.\n\nStuur uw verzoek")),
    E("nl-NONE-5", [], "Heading 'Wijzigingen' renamed to 'Wijzigingen in deze verklaring'.",
      ("r", "## 11. Wijzigingen", "## 11. Wijzigingen in deze verklaring")),
]
LANGS["nl"] = (NL, NL_EDITS)


# ---------------------------------------------------------------------------
# Swedish: password manager
# ---------------------------------------------------------------------------
SV = """# Integritetspolicy för Nyckelvalv

Senast uppdaterad: 10 maj 2025

## Om den här policyn

Nyckelvalv är en lösenordshanterare för privatpersoner och företag. Här beskriver vi hur vi behandlar dina personuppgifter och vilka rättigheter du har enligt dataskyddsförordningen (GDPR).

## Personuppgiftsansvarig

Nyckelvalv AB, org.nr 559123-4567, Sveavägen 31, 111 34 Stockholm, är personuppgiftsansvarig för behandlingen av dina personuppgifter. Vårt dataskyddsombud nås på dataskyddsombud@nyckelvalv.se. Har du andra frågor om integritet är du välkommen att kontakta oss på integritet@nyckelvalv.se.

## Vilka uppgifter vi behandlar

| Kategori | Exempel |
|---|---|
| Kontouppgifter | e-postadress, namn, språkval |
| Betalningsuppgifter | fakturaadress, betalnigshistorik |
| Teknisk information | IP-adress, enhetstyp, appversion, tidpunkt för inloggning |

Innehållet i ditt valv – lösenord, anteckningar och kortuppgifter – krypteras på din enhet med ditt huvudlösenord innan det skickas till oss. Vi har aldrig tillgång till ditt huvudlösenord och kan därför inte läsa innehållet i ditt valv.

## Varför vi behandlar uppgifterna

- För att tillhandahålla tjänsten och hantera ditt abonnemang, med stöd av avtal.
- För att förebygga bedrägerier och skydda tjänsten mot intrång, med stöd av vårt berättigade intresse.
- För att skicka nyhetsbrev om nya funktioner, om du har lämnat ditt samtycke.
- För att uppfylla kraven i bokföringslagen, med stöd av rättslig förpliktelse.

## Vilka vi delar uppgifter med

Vi anlitar ett fåtal personuppgiftsbiträden som behandlar uppgifter för vår räkning: Bahnhof AB (serverdrift), Adyen N.V. (betalningar) och ActiveCampaign, LLC (utskick av e-post via tjänsten Postmark). Vi säljer aldrig dina personuppgifter och vi delar dem inte med annonsörer.

## Var uppgifterna lagras

Vi lagrar alla personuppgifter och krypterade valv i datacenter i Sverige. ActiveCampaign, LLC har sitt säte i USA, och överföringen av e-postadresser dit sker med stöd av EU-kommissionens standardavtalsklausuler. Inga andra överföringar till länder utanför EU/EES förekommer.

## Hur länge vi sparar uppgifterna

Om du avslutar ditt konto raderas ditt valv och dina kontouppgifter inom 30 dagar. Inloggningsloggar sparas i 12 månader för att vi ska kunna utreda misstänkta intrång. Bokföringsunderlag sparas i sju år enligt bokföringslagen.

## Säkerhet

Ditt valv skyddas med end-to-end-kryptering (AES-256) och nycklarna lämnar aldrig din enhet. Du kan aktivera tvåstegsverifiering med en autentiseringsapp eller en säkerhetsnyckel. Om en personuppgiftsincident inträffar anmäler vi den till Integritetsskyddsmyndigheten inom 72 timmar och informerar dig utan dröjsmål om incidenten kan påverka dig.

## AI och automatiserade beslut

Vi använder inte dina uppgifter för att träna AI- eller maskininlärningsmodeller. Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling.

## Dina rättigheter

Du har rätt att begära tillgång till dina uppgifter (registerutdrag), rättelse, radering och begränsning av behandlingen. Du har också rätt till dataportabilitet och rätt att invända mot behandling som grundas på vårt berättigade intresse. Ett lämnat samtycke kan du när som helst återkalla. Du utövar dina rättigheter genom formuläret under Inställningar i appen. Om du anser att vi behandlar dina uppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm.

## Barn

Du måste vara minst 16 år för att skapa ett eget konto. Yngre barn kan använda Nyckelvalv via ett familjekonto som administreras av en vårdnadshavare.

## Cookies

Vår webbplats använder endast nödvändiga cookies. Vi mäter besöksstatistik med Simple Analytics, som inte använder cookies och inte samlar in IP-adresser.

## Ändringar

Vid väsentliga ändringar av den här policyn meddelar vi dig via e-post eller i appen minst 30 dagar innan ändringarna börjar gälla.
"""

SV_EDITS = [
    E("sv-R01", ["R01"], "Adds Mailjet SAS as a new processor for newsletters.",
      ("r", "Adyen N.V. (betalningar) och ActiveCampaign, LLC (utskick av e-post via tjänsten Postmark).",
       "Adyen N.V. (betalningar), Mailjet SAS (nyhetsbrev) och ActiveCampaign, LLC (utskick av e-post via tjänsten Postmark).")),
    E("sv-R02-a", ["R02"], "No-sale sentence replaced by sharing hashed e-mail and usage data with ad networks for targeted ads.",
      ("r", "Vi säljer aldrig dina personuppgifter och vi delar dem inte med annonsörer.",
       "Vi kan dela din e-postadress i hashad form och uppgifter om hur du använder tjänsten med annonsnätverk, så att de kan visa dig riktad reklam.")),
    E("sv-R02-b", ["R02"], "Deletes the 'we never sell your data / don't share with advertisers' sentence.",
      ("r", " Vi säljer aldrig dina personuppgifter och vi delar dem inte med annonsörer.", "")),
    E("sv-R03-a", ["R03"], "Usage data incl. the website addresses stored in the vault now used to train ML fraud models.",
      ("r", "Vi använder inte dina uppgifter för att träna AI- eller maskininlärningsmodeller.",
       "Vi använder uppgifter om hur du använder tjänsten, inklusive webbadresserna som är sparade i ditt valv, för att träna våra maskininlärningsmodeller.")),
    E("sv-R03-b", ["R03"], "Deletes the sentence that data is not used to train AI/ML models.",
      ("r", "Vi använder inte dina uppgifter för att träna AI- eller maskininlärningsmodeller. ", "")),
    E("sv-R04-a", ["R04"], "Support partly handled by a partner in the Philippines with access to account data (replacing 'no other transfers').",
      ("r", "Inga andra överföringar till länder utanför EU/EES förekommer.",
       "Vår kundsupport hanteras delvis av en partner i Filippinerna, som därför kan ta del av dina kontouppgifter.")),
    E("sv-R04-b", ["R04"], "Removes the SCC safeguard; the US transfer is now stated without any safeguard.",
      ("r", "ActiveCampaign, LLC har sitt säte i USA, och överföringen av e-postadresser dit sker med stöd av EU-kommissionens standardavtalsklausuler.",
       "ActiveCampaign, LLC har sitt säte i USA, och e-postadresser överförs dit.")),
    E("sv-R05", ["R05"], "Storage moved from Sweden to data centres in the USA.",
      ("r", "Vi lagrar alla personuppgifter och krypterade valv i datacenter i Sverige.",
       "Vi lagrar alla personuppgifter och krypterade valv i datacenter i USA.")),
    E("sv-R06", ["R06"], "Login log retention extended from 12 months to ten years.",
      ("r", "Inloggningsloggar sparas i 12 månader", "Inloggningsloggar sparas i tio år")),
    E("sv-R07", ["R07"], "Right to erasure removed from the rights sentence.",
      ("r", "rättelse, radering och begränsning av behandlingen.", "rättelse och begränsning av behandlingen.")),
    E("sv-R08", ["R08"], "Removes the general privacy contact e-mail sentence.",
      ("r", " Har du andra frågor om integritet är du välkommen att kontakta oss på integritet@nyckelvalv.se.", "")),
    E("sv-R09", ["R09"], "Controller becomes Keyline Security Oy (Helsinki).",
      ("r", "Nyckelvalv AB, org.nr 559123-4567, Sveavägen 31, 111 34 Stockholm, är personuppgiftsansvarig",
       "Sedan den 1 juni 2025 är Keyline Security Oy, FO-nummer 3345678-9, Mannerheimvägen 12, 00100 Helsingfors, Finland, personuppgiftsansvarig")),
    E("sv-R10", ["R10"], "Legal basis for providing the service changed from contract to legitimate interest.",
      ("r", "- För att tillhandahålla tjänsten och hantera ditt abonnemang, med stöd av avtal.",
       "- För att tillhandahålla tjänsten och hantera ditt abonnemang, med stöd av vårt berättigade intresse.")),
    E("sv-R11", ["R11"], "New purpose: market surveys and industry reports based on customer usage.",
      ("r", "- För att uppfylla kraven i bokföringslagen, med stöd av rättslig förpliktelse.",
       "- För att uppfylla kraven i bokföringslagen, med stöd av rättslig förpliktelse.\n- För att genomföra marknadsundersökningar och ta fram branschrapporter om hur våra kunder använder tjänsten, med stöd av vårt berättigade intresse.")),
    E("sv-R12", ["R12"], "New data category row: biometric face templates used to unlock the vault in the browser.",
      ("r", "| Teknisk information | IP-adress, enhetstyp, appversion, tidpunkt för inloggning |",
       "| Teknisk information | IP-adress, enhetstyp, appversion, tidpunkt för inloggning |\n| Biometriska uppgifter | mallar för ansiktsigenkänning som används för att låsa upp valvet i webbläsaren |")),
    E("sv-R13", ["R13"], "No-ADM sentence replaced by automated fraud scoring that can lock accounts without manual review.",
      ("r", "Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling.",
       "Vårt system för bedrägeriupptäckt bedömer automatiskt varje inloggning och kan spärra ditt konto utan manuell granskning.")),
    E("sv-R14", ["R14"], "Removes the two-step verification sentence.",
      ("r", "Du kan aktivera tvåstegsverifiering med en autentiseringsapp eller en säkerhetsnyckel. ", "")),
    E("sv-R15", ["R15"], "Deletes the breach-notification sentence (IMY within 72 hours).",
      ("r", " Om en personuppgiftsincident inträffar anmäler vi den till Integritetsskyddsmyndigheten inom 72 timmar och informerar dig utan dröjsmål om incidenten kan påverka dig.", "")),
    E("sv-R16", ["R16"], "Policy may be updated at any time without prior notice.",
      ("r", "Vid väsentliga ändringar av den här policyn meddelar vi dig via e-post eller i appen minst 30 dagar innan ändringarna börjar gälla.",
       "Vi kan när som helst uppdatera den här policyn utan att meddela dig i förväg.")),
    E("sv-R17", ["R17"], "Adds arbitration under SCC rules and a class-action (grupptalan) waiver.",
      ("r", "minst 30 dagar innan ändringarna börjar gälla.\n",
       "minst 30 dagar innan ändringarna börjar gälla.\n\n## Tvister\n\nTvister med anledning av denna policy ska slutligt avgöras genom skiljeförfarande enligt reglerna för Stockholms Handelskammares Skiljedomsinstitut, och du avstår från rätten att delta i en grupptalan.\n")),
    E("sv-R19", ["R19"], "Adds the TikTok Pixel for ad measurement (if marketing cookies accepted).",
      ("r", "som inte använder cookies och inte samlar in IP-adresser.",
       "som inte använder cookies och inte samlar in IP-adresser. Om du godkänner marknadsföringscookies använder vi även TikTok Pixel för att mäta effekten av våra annonser.")),
    E("sv-R20", ["R20"], "Minimum age lowered from 16 to 13.",
      ("r", "Du måste vara minst 16 år för att skapa ett eget konto.", "Du måste vara minst 13 år för att skapa ett eget konto.")),
    E("sv-R21", ["R21"], "Adds disclosure to the Swedish Police and other authorities on request.",
      ("r", "Vi säljer aldrig dina personuppgifter och vi delar dem inte med annonsörer.",
       "Vi säljer aldrig dina personuppgifter och vi delar dem inte med annonsörer. Vi lämnar dock ut uppgifter till Polismyndigheten och andra myndigheter när de begär det.")),
    E("sv-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Senast uppdaterad: 10 maj 2025", "Senast uppdaterad: 22 oktober 2025")),
    E("sv-NONE-1", [], "Typo fixed: 'betalnigshistorik' -> 'betalningshistorik'.",
      ("r", "betalnigshistorik", "betalningshistorik")),
    E("sv-NONE-2", [], "Log-retention sentence rephrased with the same meaning.",
      ("r", "Inloggningsloggar sparas i 12 månader för att vi ska kunna utreda misstänkta intrång.",
       "För att kunna utreda misstänkta intrång behåller vi inloggningsloggar i 12 månader.")),
    E("sv-NONE-3", [], "'Barn' and 'Cookies' sections swapped.",
      ("swap", "## Barn", "## Cookies", "## Barn", "## Cookies")),
    E("sv-NONE-4", [], "Vault-encryption paragraph split into two paragraphs.",
      ("r", "innan det skickas till oss. Vi har aldrig tillgång",
       "innan det skickas till oss.\n\nVi har aldrig tillgång")),
    E("sv-NONE-5", [], "Heading 'Hur länge vi sparar uppgifterna' renamed to 'Lagringstid'.",
      ("r", "## Hur länge vi sparar uppgifterna", "## Lagringstid")),
]
LANGS["sv"] = (SV, SV_EDITS)


# ---------------------------------------------------------------------------
# Finnish: project-management tool
# ---------------------------------------------------------------------------
FI = """# Projektorin tietosuojaseloste

Päivitetty 28.2.2025

Projektori on pilvipalveluna toimiva projektinhallintatyökalu, jolla tiimit suunnittelevat tehtäviä, aikatauluja ja resursseja. Tässä selosteessa kerromme, miten käsittelemme henkilötietojasi EU:n yleisen tietosuoja-asetuksen (GDPR) mukaisesti.

## Rekisterinpitäjä ja yhteystiedot

Rekisterinpitäjä on Projektori Oy (Y-tunnus 3123456-7), Hämeenkatu 20, 33200 Tampere. Tietosuojaa koskevat kysymykset voit lähettää osoitteeseen tietosuoja@projektori.fi. Olemme nimittäneet tietosuojavastaavan, jonka tavoitat osoitteesta tietosuojavastaava@projektori.fi.

## Käsiteltävät henkilötiedot

Käsittelemme seuraavia henkilötietoryhmiä:

- nimi, sähköpostiosoite, puhelinnumero ja työnimike
- projekteihin tallennettu sisältö, kuten tehtävät, kommentit ja liitetiedostot
- laskutustiedot
- palvelun käyttöä koskevat lokitiedot, kuten IP-osoite ja selaintiedot

## Käsittelyn tarkoitukset ja oikeusperusteet

| Tarkoitus | Oikeusperuste |
|---|---|
| Palvelun toimittaminen ja asiakassuhteen hoitaminen | Sopimus |
| Tietoturvan varmistaminen ja väärinkäytösten estäminen | Oikeutettu etu |
| Uutiskirjeiden lähettäminen | Suostumus |
| Kirjanpitovelvoitteiden täyttäminen | Lakisääteinen velvoite |

## Tietojen vastaanottajat

Käytämme palvelun tuottamisessa seuraavia henkilötietojen käsittelijöitä: UpCloud Oy (palvelinkapasiteetti), Paytrail Oyj (maksujen välitys) ja The Rocket Science Group LLC eli Mailchimp (uutiskirjeiden lähettäminen). Olemme solmineet jokaisen käsittelijän kanssa tietojenkäsittelysopimuksen. Emme myy henkilötietojasi kenellekään.

## Tietojen säilytyspaikka ja siirrot

Tiedot säilytetään UpCloudin konesaleissa Helsingissä. Mailchimp toimii Yhdysvalloissa, ja uutiskirjeen tilaajien tiedot siirretään sinne EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU-U.S. Data Privacy Framework) perusteella. Muita siirtoja EU:n tai ETA:n ulkopuolelle ei tehdä.

## Säilytysajat

Asiakastilin tiedot poistetaan 90 päivän kuluessa sopimuksen päättymisestä. Lokitiedot säilytetään kolme kuukautta. Kirjanpitoaineisto säilytetään kirjanpitolain edellyttämän ajan eli kuusi vuotta tilikauden päättymisestä.

## Tietoturva

Tiedot salataan siirron aikana TLS-protokollalla ja levyllä AES-256-salauksella. Kaksivaiheinen tunnistautuminen on käytettävissä kaikille käyttäjille, ja organisaation pääkäyttäjä voi asettaa sen pakolliseksi. Varmuuskopiot otetaan päivttäin. Jos havaitsemme tietoturvaloukkauksen, ilmoitamme siitä Tietosuojavaltuutetun toimistolle 72 tunnin kuluessa ja tarvittaessa myös asianomaisille käyttäjille.

## Tekoäly ja automaattinen päätöksenteko

Emme käytä projekteihisi tallennettua sisältöä tekoälymallien kouluttamiseen. Palvelussa ei tehdä automaattisia päätöksiä eikä profilointia, jolla olisi sinuun kohdistuvia oikeusvaikutuksia tai muita vastaavia merkittäviä vaikutuksia.

## Oikeutesi

Sinulla on oikeus:

- saada pääsy omiin tietoihisi
- pyytää virheellisten tietojen oikaisemista
- pyytää tietojesi poistamista
- pyytää käsittelyn rajoittamista
- siirtää tietosi järjestelmästä toiseen
- vastustaa oikeutettuun etuun perustuvaa käsittelyä
- peruuttaa antamasi suostumus milloin tahansa

Voit käyttää oikeuksiasi lähettämällä pyynnön osoitteeseen tietosuoja@projektori.fi. Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa on Tietosuojavaltuutetun toimisto (Lintulahdenkuja 4, 00530 Helsinki).

## Lapset

Palvelu on tarkoitettu yritysten ja yhteisöjen käyttöön. Käyttäjän on oltava vähintään 15-vuotias.

## Evästeet

Verkkosivustollamme käytetään vain välttämättömiä evästeitä. Kävijämäärien seurantaan käytämme omalla palvelimellamme toimivaa Umami-analytiikkaa, joka ei käytä evästeitä.

## Selosteen muuttaminen

Voimme päivittää tätä selostetta. Ilmoitamme olennaisista muutoksista sähköpostitse vähintään 30 päivää ennen niiden voimaantuloa.
"""

FI_EDITS = [
    E("fi-R01", ["R01"], "Adds HubSpot Ireland Limited as a new processor (CRM).",
      ("r", "Paytrail Oyj (maksujen välitys) ja The Rocket Science Group LLC",
       "Paytrail Oyj (maksujen välitys), HubSpot Ireland Limited (asiakkuudenhallinta) ja The Rocket Science Group LLC")),
    E("fi-R02-a", ["R02"], "No-sale sentence replaced by selling/disclosing contact details to partners for their direct marketing.",
      ("r", "Emme myy henkilötietojasi kenellekään.",
       "Voimme luovuttaa tai myydä käyttäjiemme yhteystietoja yhteistyökumppaneillemme niiden omaa suoramarkkinointia varten.")),
    E("fi-R02-b", ["R02"], "Deletes 'we do not sell your personal data to anyone'.",
      ("r", " Emme myy henkilötietojasi kenellekään.", "")),
    E("fi-R03-a", ["R03"], "Tasks and comments stored in projects now used to train the AI assistant's models.",
      ("r", "Emme käytä projekteihisi tallennettua sisältöä tekoälymallien kouluttamiseen.",
       "Käytämme projekteihin tallennettuja tehtäviä ja kommentteja tekoälyavustajamme taustalla olevien mallien kouluttamiseen ja kehittämiseen.")),
    E("fi-R03-b", ["R03"], "Deletes the statement that project content is not used for AI training.",
      ("r", "Emme käytä projekteihisi tallennettua sisältöä tekoälymallien kouluttamiseen. ", "")),
    E("fi-R04-a", ["R04"], "Software development partner in Vietnam may process customer data (replacing 'no other transfers').",
      ("r", "Muita siirtoja EU:n tai ETA:n ulkopuolelle ei tehdä.",
       "Lisäksi ohjelmistokehityskumppanimme Vietnamissa voi käsitellä asiakastietoja virheiden selvittämiseksi.")),
    E("fi-R04-b", ["R04"], "Removes the Data Privacy Framework basis from the US transfer sentence.",
      ("r", "siirretään sinne EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU-U.S. Data Privacy Framework) perusteella.",
       "siirretään sinne.")),
    E("fi-R05", ["R05"], "Storage moved from Helsinki to UpCloud's data centres in Chicago, USA.",
      ("r", "Tiedot säilytetään UpCloudin konesaleissa Helsingissä.",
       "Tiedot säilytetään UpCloudin konesaleissa Chicagossa Yhdysvalloissa.")),
    E("fi-R06", ["R06"], "Log data retention extended from three months to five years.",
      ("r", "Lokitiedot säilytetään kolme kuukautta.", "Lokitiedot säilytetään viisi vuotta.")),
    E("fi-R07", ["R07"], "Right to object removed from the list of rights.",
      ("r", "- vastustaa oikeutettuun etuun perustuvaa käsittelyä\n", "")),
    E("fi-R08", ["R08"], "Removes the DPO (tietosuojavastaava) sentence.",
      ("r", " Olemme nimittäneet tietosuojavastaavan, jonka tavoitat osoitteesta tietosuojavastaava@projektori.fi.", "")),
    E("fi-R09", ["R09"], "Controller becomes Nordic Work Platforms AB (Stockholm).",
      ("r", "Rekisterinpitäjä on Projektori Oy (Y-tunnus 3123456-7), Hämeenkatu 20, 33200 Tampere.",
       "Rekisterinpitäjä on 1.9.2025 alkaen Nordic Work Platforms AB (org.nr 559876-5432), Kungsgatan 8, 111 43 Tukholma, Ruotsi.")),
    E("fi-R10", ["R10"], "Newsletter legal basis changed from consent to legitimate interest.",
      ("r", "| Uutiskirjeiden lähettäminen | Suostumus |", "| Uutiskirjeiden lähettäminen | Oikeutettu etu |")),
    E("fi-R11", ["R11"], "New purpose row: product analytics on feature usage.",
      ("r", "| Uutiskirjeiden lähettäminen | Suostumus |",
       "| Uutiskirjeiden lähettäminen | Suostumus |\n| Tuoteanalytiikka eli sen seuraaminen, miten käyttäjät käyttävät palvelun eri toimintoja | Oikeutettu etu |")),
    E("fi-R12", ["R12"], "New data category: health data (reasons for sick leave) in the absence feature.",
      ("r", "- laskutustiedot\n",
       "- laskutustiedot\n- terveystiedot, kuten sairauspoissaolojen syyt, jos käytät resurssisuunnittelun poissaolotoimintoa\n")),
    E("fi-R13", ["R13"], "No-ADM sentence replaced by automatic productivity scoring used in reward and dismissal decisions.",
      ("r", "Palvelussa ei tehdä automaattisia päätöksiä eikä profilointia, jolla olisi sinuun kohdistuvia oikeusvaikutuksia tai muita vastaavia merkittäviä vaikutuksia.",
       "Palvelu arvioi automaattisesti tiimin jäsenten tuottavuutta tehtävien valmistumisen perusteella, ja työnantaja voi käyttää näitä pisteitä palkitsemista ja irtisanomisia koskevissa päätöksissä.")),
    E("fi-R14", ["R14"], "Encryption at rest (AES-256 on disk) dropped; only TLS in transit remains.",
      ("r", "Tiedot salataan siirron aikana TLS-protokollalla ja levyllä AES-256-salauksella.",
       "Tiedot salataan siirron aikana TLS-protokollalla.")),
    E("fi-R15", ["R15"], "Breach notification no longer within 72 hours but 'once the investigation is complete'.",
      ("r", "ilmoitamme siitä Tietosuojavaltuutetun toimistolle 72 tunnin kuluessa ja tarvittaessa myös asianomaisille käyttäjille.",
       "ilmoitamme siitä Tietosuojavaltuutetun toimistolle, kun selvityksemme on valmistunut.")),
    E("fi-R16", ["R16"], "Policy may be changed at any time without separate notice.",
      ("r", "Voimme päivittää tätä selostetta. Ilmoitamme olennaisista muutoksista sähköpostitse vähintään 30 päivää ennen niiden voimaantuloa.",
       "Voimme muuttaa tätä selostetta milloin tahansa ilmoittamatta siitä erikseen.")),
    E("fi-R17", ["R17"], "Adds exclusive jurisdiction of the Pirkanmaa District Court.",
      ("r", "vähintään 30 päivää ennen niiden voimaantuloa.\n",
       "vähintään 30 päivää ennen niiden voimaantuloa.\n\n## Riitojen ratkaiseminen\n\nTähän selosteeseen ja henkilötietojesi käsittelyyn liittyvät riidat ratkaistaan yksinomaan Pirkanmaan käräjäoikeudessa.\n")),
    E("fi-R19", ["R19"], "Adds Google Analytics 4 and Google Ads conversion tracking (with consent).",
      ("r", "toimivaa Umami-analytiikkaa, joka ei käytä evästeitä.",
       "toimivaa Umami-analytiikkaa, joka ei käytä evästeitä. Jos annat suostumuksesi, käytämme lisäksi Google Analytics 4 -palvelua ja Google Ads -konversioseurantaa.")),
    E("fi-R20", ["R20"], "Minimum age lowered from 15 to 13.",
      ("r", "Käyttäjän on oltava vähintään 15-vuotias.", "Käyttäjän on oltava vähintään 13-vuotias.")),
    E("fi-R21", ["R21"], "Adds disclosure to police and other authorities on their request.",
      ("r", "Olemme solmineet jokaisen käsittelijän kanssa tietojenkäsittelysopimuksen.",
       "Olemme solmineet jokaisen käsittelijän kanssa tietojenkäsittelysopimuksen. Luovutamme tietoja myös poliisille ja muille viranomaisille niiden pyynnöstä.")),
    E("fi-R23", ["R23"], "Only the updated date changes.",
      ("r", "Päivitetty 28.2.2025", "Päivitetty 1.10.2025")),
    E("fi-NONE-1", [], "Typo fixed: 'päivttäin' -> 'päivittäin'.",
      ("r", "Varmuuskopiot otetaan päivttäin.", "Varmuuskopiot otetaan päivittäin.")),
    E("fi-NONE-2", [], "Children sentence rephrased with the same meaning.",
      ("r", "Palvelu on tarkoitettu yritysten ja yhteisöjen käyttöön.",
       "Palvelu on suunnattu yrityksille ja yhteisöille.")),
    E("fi-NONE-3", [], "'Lapset' and 'Evästeet' sections swapped.",
      ("swap", "## Lapset", "## Evästeet", "## Lapset", "## Evästeet")),
    E("fi-NONE-4", [], "Security paragraph split into two paragraphs.",
      ("r", "Varmuuskopiot otetaan päivttäin. Jos havaitsemme",
       "Varmuuskopiot otetaan päivttäin.\n\nJos havaitsemme")),
    E("fi-NONE-5", [], "Heading 'Säilytysajat' renamed to 'Tietojen säilytysajat'.",
      ("r", "## Säilytysajat", "## Tietojen säilytysajat")),
]
LANGS["fi"] = (FI, FI_EDITS)


# ---------------------------------------------------------------------------
# Slovenian: photo-sharing app
# ---------------------------------------------------------------------------
SL = """# Politika zasebnosti aplikacije Fotoklik

Zadnja posodobitev: 12. junij 2025

Fotoklik je mobilna aplikacija za shranjevanje in deljenje fotografij z družino in prijatelji. V tej politiki zasebnosti pojasnjujemo, katere osebne podatke obdelujemo, za katere namene in kakšne pravice imate.

## Upravljavec osebnih podatkov

Upravljavec osebnih podatkov je družba Fotoklik, digitalne storitve, d.o.o., Dunajska cesta 156, 1000 Ljubljana, matična številka 8123456000. Za vsa vprašanja v zvezi z varstvom zasebnosti nam pišite na zasebnost@fotoklik.si. Imenovali smo tudi pooblaščeno osebo za varstvo osebnih podatkov, ki je dosegljiva na naslovu dpo@fotoklik.si.

## Katere podatke obdelujemo

- Podatki o računu: ime ali vzdevek, e-poštni naslov in geslo v zgoščeni obliki.
- Vsebine: fotografije, videoposnetki, albumi, opisi in komentarji, ki jih naložite.
- Metapodatki fotografij: datum in čas zajema ter model fotoaparata; podatke o lokaciji (GPS) ob nalaganju samodejno odstranimo.
- Tehnični podatki: IP-naslov, vrsta naprave in različica operacijskega sistema.

## Nameni in pravne podlage

Vaše podatke obdelujemo, da vam lahko zagotovimo storitev, vključno s shranjevanjem in deljenjem albumov, kar je nujno za izvajanje pogodbe (točka (b) prvega odstavka 6. člena GDPR). Na podlagi zakonitega interesa (točka (f) prvega odstavka 6. člena GDPR) obdelujemo tehnične podatke, da preprečujemo zlorabe in zagotavljamo varnost aplikacije. Obvestila o novostih vam pošiljamo le, če ste v to privolili (točka (a) prvega odstavka 6. člena GDPR).

## Obdelovalci in drugi prejemniki

Pri zagotavljanju storitve sodelujemo z naslednjimi obdelovalci:

| Obdelovalec | Storitev |
|---|---|
| Amazon Web Services EMEA SARL, Luksemburg | gostovanje in shranjevanje fotografij |
| Cloudflare, Inc., ZDA | omrežje za dostavo vsebin in zaščita pred napadi |
| Bankart d.o.o., Ljubljana | obdelava plačil s karticami |

Z vsemi obdelovalci imamo sklenjene pogodbe o obdelavi osebnih podatkov. Vaših osebnih podatkov ne prodajamo in jih ne posredujemo tretjim osebam za namene oglaševanja.

## Kje hranimo podatke

Fotografije in podatki o računih so shranjeni v podatkovnih središčih v Nemčiji (Frankfurt). Družba Cloudflare, Inc. ima sedež v ZDA in je vključena v okvir EU-ZDA za zasebnost podatkov (Data Privacy Framework), zato je prenos podatkov k njej zakonit. Drugih prenosov v tretje države ne izvajamo.

## Rok hrambe

- Fotografije in albume hranimo, dokler jih ne izbrišete; izbrisane vsebine so iz koša trajno odstranjene po 30 dneh.
- Podatke o računu izbrišemo v 60 dneh po zaprtju računa.
- Dnevniške zapise hranimo 6 mesecev.

## Varnost podatkov

Fotografije so šifrirane med prenosom in v mirovanju. Za prijavo lahko vklopite dvostopenjsko preverjanje pristnosti. Dostop do strežnikov imajo le pooblaščeni zapsoleni. O morebitni kršitvi varnosti osebnih podatkov bomo najpozneje v 72 urah obvestili Informacijskega pooblaščenca, vas pa brez nepotrebnega odlašanja, če bo kršitev za vas pomenila veliko tveganje.

## Umetna inteligenca in avtomatizirano odločanje

Vaših fotografij in drugih vsebin ne uporabljamo za učenje modelov umetne inteligence. Ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi, vključno z oblikovanjem profilov.

## Vaše pravice

V skladu s Splošno uredbo o varstvu podatkov imate pravico do dostopa do svojih podatkov, do popravka, do izbrisa in do omejitve obdelave. Imate tudi pravico do prenosljivosti podatkov in pravico do ugovora obdelavi, ki temelji na zakonitem interesu. Privolitev lahko kadar koli prekličete v nastavitvah aplikacije. Zahteve za uveljavljanje pravic lahko oddate prek obrazca v nastavitvah aplikacije. Če menite, da kršimo predpise o varstvu osebnih podatkov, lahko vložite pritožbo pri Informacijskem pooblaščencu, Dunajska cesta 22, 1000 Ljubljana.

## Otroci

Za uporabo aplikacije Fotoklik morate biti stari najmanj 15 let. Če ugotovimo, da je račun ustvaril mlajši otrok, ga izbrišemo.

## Piškotki in analitika

Spletna stran in aplikacija uporabljata le nujno potrebne piškotke. Za anonimno statistiko obiskov uporabljamo orodje Matomo, ki deluje na naših strežnikih.

## Spremembe politike zasebnosti

O bistvenih spremembah te politike vas bomo obvestili po e-pošti ali z obvestilom v aplikaciji vsaj 14 dni pred njihovo uveljavitvijo.
"""

SL_EDITS = [
    E("sl-R01", ["R01"], "Adds Google Ireland Limited (Cloud Vision API) as a new processor for content moderation.",
      ("r", "| Bankart d.o.o., Ljubljana | obdelava plačil s karticami |",
       "| Bankart d.o.o., Ljubljana | obdelava plačil s karticami |\n| Google Ireland Limited, Dublin | samodejno zaznavanje neprimernih vsebin (Cloud Vision API) |")),
    E("sl-R02-a", ["R02"], "No-sale sentence replaced by sharing usage and interest data with advertising partners for targeted ads.",
      ("r", "Vaših osebnih podatkov ne prodajamo in jih ne posredujemo tretjim osebam za namene oglaševanja.",
       "Podatke o vaši uporabi aplikacije in vaših interesih lahko delimo z oglaševalskimi partnerji, ki vam na njihovi podlagi prikazujejo ciljane oglase.")),
    E("sl-R02-b", ["R02"], "Deletes the sentence that personal data is not sold or passed on for advertising.",
      ("r", " Vaših osebnih podatkov ne prodajamo in jih ne posredujemo tretjim osebam za namene oglaševanja.", "")),
    E("sl-R03-a", ["R03"], "Publicly shared photos and captions may now be used to train auto-tagging AI models.",
      ("r", "Vaših fotografij in drugih vsebin ne uporabljamo za učenje modelov umetne inteligence.",
       "Javno deljene fotografije in njihove opise lahko uporabimo za učenje naših modelov umetne inteligence za samodejno označevanje.")),
    E("sl-R03-b", ["R03"], "Deletes the sentence that photos are not used to train AI models.",
      ("r", "Vaših fotografij in drugih vsebin ne uporabljamo za učenje modelov umetne inteligence. ", "")),
    E("sl-R04-a", ["R04"], "Development team in Belgrade, Serbia, may access account data (replacing 'no other transfers').",
      ("r", "Drugih prenosov v tretje države ne izvajamo.",
       "Pri razvoju in vzdrževanju aplikacije sodelujemo tudi z razvojno ekipo v Beogradu (Srbija), ki ima lahko dostop do podatkov o računih.")),
    E("sl-R04-b", ["R04"], "Removes the Data Privacy Framework safeguard for the US processor.",
      ("r", "Družba Cloudflare, Inc. ima sedež v ZDA in je vključena v okvir EU-ZDA za zasebnost podatkov (Data Privacy Framework), zato je prenos podatkov k njej zakonit.",
       "Družba Cloudflare, Inc. ima sedež v ZDA.")),
    E("sl-R05", ["R05"], "Storage changed from Frankfurt, Germany to 'data centres anywhere in the world'.",
      ("r", "Fotografije in podatki o računih so shranjeni v podatkovnih središčih v Nemčiji (Frankfurt).",
       "Fotografije in podatki o računih so lahko shranjeni v podatkovnih središčih kjer koli na svetu.")),
    E("sl-R06", ["R06"], "Account data retention after closure extended from 60 days to 5 years.",
      ("r", "- Podatke o računu izbrišemo v 60 dneh po zaprtju računa.",
       "- Podatke o računu hranimo še 5 let po zaprtju računa.")),
    E("sl-R07", ["R07"], "Adds a condition to the right to erasure (account inactive for at least 12 months).",
      ("r", "Zahteve za uveljavljanje pravic lahko oddate prek obrazca v nastavitvah aplikacije.",
       "Zahteve za uveljavljanje pravic lahko oddate prek obrazca v nastavitvah aplikacije. Pravico do izbrisa lahko uveljavljate le, če vaš račun vsaj 12 mesecev ni bil aktiven.")),
    E("sl-R08", ["R08"], "Removes the privacy contact e-mail sentence.",
      ("r", " Za vsa vprašanja v zvezi z varstvom zasebnosti nam pišite na zasebnost@fotoklik.si.", "")),
    E("sl-R09", ["R09"], "Controller becomes Snapcloud Media GmbH (Vienna).",
      ("r", "Upravljavec osebnih podatkov je družba Fotoklik, digitalne storitve, d.o.o., Dunajska cesta 156, 1000 Ljubljana, matična številka 8123456000.",
       "Upravljavec osebnih podatkov je od 1. septembra 2025 družba Snapcloud Media GmbH, Mariahilfer Straße 47, 1060 Dunaj, Avstrija.")),
    E("sl-R10", ["R10"], "Legal basis for news e-mails changed from consent to legitimate interest.",
      ("r", "Obvestila o novostih vam pošiljamo le, če ste v to privolili (točka (a) prvega odstavka 6. člena GDPR).",
       "Obvestila o novostih vam pošiljamo na podlagi našega zakonitega interesa (točka (f) prvega odstavka 6. člena GDPR).")),
    E("sl-R11", ["R11"], "New purpose: interest profiling from photos/behaviour for personalised photo-book offers.",
      ("r", "da preprečujemo zlorabe in zagotavljamo varnost aplikacije.",
       "da preprečujemo zlorabe in zagotavljamo varnost aplikacije. Vaše fotografije in vedenje v aplikaciji analiziramo tudi za oblikovanje profila vaših interesov, na podlagi katerega vam prikazujemo prilagojene ponudbe za tiskanje fotoknjig.")),
    E("sl-R12", ["R12"], "GPS location is now kept (instead of stripped) to show photos on a map: precise location.",
      ("r", "podatke o lokaciji (GPS) ob nalaganju samodejno odstranimo.",
       "natančne podatke o lokaciji (GPS) shranimo, da lahko fotografije prikažemo na zemljevidu.")),
    E("sl-R13", ["R13"], "No-ADM sentence replaced by automated content review that can permanently close accounts without human involvement.",
      ("r", "Ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi, vključno z oblikovanjem profilov.",
       "Naš sistem samodejno pregleduje naložene vsebine in lahko brez človeškega posredovanja trajno zapre račun, če zazna kršitev pogojev uporabe.")),
    E("sl-R14", ["R14"], "Removes the sentence that photos are encrypted in transit and at rest.",
      ("r", "Fotografije so šifrirane med prenosom in v mirovanju. ", "")),
    E("sl-R15", ["R15"], "Breach notification (72 hours, inform users) replaced by 'we will take appropriate action'.",
      ("r", "O morebitni kršitvi varnosti osebnih podatkov bomo najpozneje v 72 urah obvestili Informacijskega pooblaščenca, vas pa brez nepotrebnega odlašanja, če bo kršitev za vas pomenila veliko tveganje.",
       "Ob morebitni kršitvi varnosti osebnih podatkov bomo ustrezno ukrepali.")),
    E("sl-R16", ["R16"], "Policy may be changed at any time without prior notice.",
      ("r", "O bistvenih spremembah te politike vas bomo obvestili po e-pošti ali z obvestilom v aplikaciji vsaj 14 dni pred njihovo uveljavitvijo.",
       "To politiko lahko kadar koli spremenimo brez predhodnega obvestila; velja vedno različica, objavljena na tej strani.")),
    E("sl-R17", ["R17"], "Adds exclusive jurisdiction of Ljubljana courts and a class-action waiver.",
      ("r", "vsaj 14 dni pred njihovo uveljavitvijo.\n",
       "vsaj 14 dni pred njihovo uveljavitvijo.\n\n## Reševanje sporov\n\nZa vse spore v zvezi s to politiko je izključno pristojno sodišče v Ljubljani, pri čemer se odpovedujete pravici do sodelovanja v kolektivnih tožbah.\n")),
    E("sl-R19", ["R19"], "Adds Microsoft Clarity session recording and heatmaps (with consent).",
      ("r", "uporabljamo orodje Matomo, ki deluje na naših strežnikih.",
       "uporabljamo orodje Matomo, ki deluje na naših strežnikih. Z vašo privolitvijo uporabljamo tudi Microsoft Clarity za snemanje sej in toplotne zemljevide.")),
    E("sl-R20", ["R20"], "Minimum age lowered from 15 to 13.",
      ("r", "morate biti stari najmanj 15 let.", "morate biti stari najmanj 13 let.")),
    E("sl-R21", ["R21"], "Adds disclosure of data, including content, to police, courts and state bodies on request.",
      ("r", "Z vsemi obdelovalci imamo sklenjene pogodbe o obdelavi osebnih podatkov.",
       "Z vsemi obdelovalci imamo sklenjene pogodbe o obdelavi osebnih podatkov. Na zahtevo policije, sodišč ali drugih državnih organov jim lahko posredujemo vaše podatke, vključno z vsebinami.")),
    E("sl-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Zadnja posodobitev: 12. junij 2025", "Zadnja posodobitev: 3. november 2025")),
    E("sl-NONE-1", [], "Typo fixed: 'zapsoleni' -> 'zaposleni'.",
      ("r", "pooblaščeni zapsoleni.", "pooblaščeni zaposleni.")),
    E("sl-NONE-2", [], "Children deletion sentence rephrased with the same meaning.",
      ("r", "Če ugotovimo, da je račun ustvaril mlajši otrok, ga izbrišemo.",
       "Račune, za katere ugotovimo, da jih je ustvaril mlajši otrok, izbrišemo.")),
    E("sl-NONE-3", [], "'Otroci' and 'Piškotki in analitika' sections swapped.",
      ("swap", "## Otroci", "## Piškotki in analitika", "## Otroci", "## Piškotki in analitika")),
    E("sl-NONE-4", [], "Security paragraph split into two paragraphs.",
      ("r", "pooblaščeni zapsoleni. O morebitni kršitvi",
       "pooblaščeni zapsoleni.\n\nO morebitni kršitvi")),
    E("sl-NONE-5", [], "Heading 'Rok hrambe' renamed to 'Koliko časa hranimo podatke'.",
      ("r", "## Rok hrambe", "## Koliko časa hranimo podatke")),
]
LANGS["sl"] = (SL, SL_EDITS)


# ---------------------------------------------------------------------------
def build_cases() -> list[dict[str, Any]]:
    """Every case, built from the bases by the edit operations (each asserted to match once)."""
    return cases_of(LANGS)


def cases_of(langs: dict[str, tuple[str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """The cases of a set's bases and edits (sets C and D use it too)."""
    cases: list[dict[str, Any]] = []
    for lang, (base, edits) in langs.items():
        for e in edits:
            after = apply_ops(base, e["ops"], e["id"])
            assert after != base, f"{e['id']}: edit does not change the text"
            cases.append({"lang": lang, "id": e["id"], "expect": e["expect"], "before": base, "after": after,
                          "edit": e["edit"]})
    assert len({c["id"] for c in cases}) == len(cases)
    return cases
