"""Written before/after change cases, set D: one base privacy policy per language (en, de, fr, nl, sv, fi,
sl) of a different vendor that companies store data with (managed cloud database, e-mail hosting, online
survey tool, appointment booking, business VPN / zero-trust access, machine translation, website builder),
written in deliberately different styles (numbered sections with a purposes table; very formal German
prose; French prose under plain headings; Dutch questions and answers; short and plain Swedish; Finnish
numbered sections with a data/retention table; Slovenian prose paragraphs). Per language: one edit per
risk signal R01-R21 except R18, a second edit of a different kind for R02, R03, R04, R06, R07 and R14, two
realistic updates that raise two signals at once, five edits that change no meaning and one date-only
change (R23); 238 cases in all.

Written for policywatch's benchmark by a fourth helper who had seen none of the other sets (A-C), the
rule packs or the tool's code, only the signal table of the research notes. Held out: scored first
without any tuning, so that first score is the held-out one. Each case: {lang, id, expect, before,
after, edit}. The edit operations and helpers are those of set B (see signal_cases_b.py).
"""

from __future__ import annotations

from typing import Any

from signal_cases_b import E, cases_of

LANGS: dict[str, tuple[str, list[dict[str, Any]]]] = {}  # lang -> (base, [edits])


# ---------------------------------------------------------------------------
# en: managed cloud database; numbered sections, purposes/legal bases table
# ---------------------------------------------------------------------------
EN = """# Privacy Policy – Kestrel Managed Databases

Last updated: 3 March 2025

This Privacy Policy explains how Kestrel Data Platform Limited (“Kestrel”, “we”, “us”) processes personal data in connection with our managed PostgreSQL, MySQL and Redis service and our website kestreldb.io.

For the data you store in your databases (“Customer Data”) we are a processor under our Data Processing Agreement; this policy covers the data for which we are the controller.

## 1. Who we are

The controller is Kestrel Data Platform Limited, 14 Grand Canal Quay, Dublin 2, D02 HX61, Ireland, registered with the Companies Registration Office under number 712493. You can reach our privacy team at privacy@kestreldb.io.

## 2. Data Protection Officer

We have appointed a Data Protection Officer, Aoife Brennan, who can be contacted at dpo@kestreldb.io or by post at the address above, marked “For the attention of the DPO”.

## 3. Personal data we process

- Account data: name, business e-mail address, company name, job title and a hash of your password.
- Billing data: billing address, VAT number and the last four digits of your payment card. Full card details are handled by our payment provider only.
- Technical and log data: IP addresses, connection logs of the control panel and the API, audit events (for example who created or deleted a cluster) and resource usage metrics.
- Support data: the content of tickets, chats and e-mails you send us.

We do not ask for special categories of personal data, such as health or biometric data, and you should not include them in account or support data.

## 4. Purposes and legal bases

| Purpose | Legal basis (GDPR) |
|---|---|
| Creating and managing your account; provisioning and operating your clusters | Performance of a contract (Art. 6(1)(b)) |
| Billing, accounting and tax records | Legal obligation (Art. 6(1)(c)) |
| Security monitoring and prevention of abuse and fraud | Legitimate interests (Art. 6(1)(f)) |
| Customer support | Performance of a contract (Art. 6(1)(b)) |
| Product news and webinar invitations by e-mail | Consent (Art. 6(1)(a)) |

We do not use your personal data for purposes other than those listed in this table.

## 5. Customer Data

We process Customer Data only on your documented instructions and only to provide the service. Our staff do not access the contents of your databases unless you explicitly grant access in a support case or access is strictly necessary to restore the service. We do not use Customer Data, queries or query results to train machine-learning or AI models, and we do not analyse them for our own purposes.

## 6. Sub-processors and other recipients

We share personal data only with service providers that process it on our behalf under written data processing agreements:

- Amazon Web Services EMEA SARL (infrastructure, regions eu-west-1 in Ireland and eu-central-1 in Frankfurt);
- Hetzner Online GmbH (off-site backup storage, Falkenstein, Germany);
- Stripe Payments Europe Ltd (payment processing, Ireland);
- Zendesk, Inc. (support ticketing, United States);
- ActiveCampaign, LLC, operator of Postmark (transactional e-mail, United States).

We may also disclose personal data to our professional advisers and auditors, who are bound by a duty of confidentality. The current list of sub-processors is published at kestreldb.io/subprocessors.

## 7. International transfers

Zendesk and Postmark process data in the United States. These transfers are based on the European Commission’s adequacy decision for the EU-U.S. Data Privacy Framework, under which both providers are certified, and in addition on the Standard Contractual Clauses adopted by the Commission.

## 8. Where your databases are hosted

All clusters, including their replicas and automated backups, are hosted in the European Union. You choose the region (Dublin or Frankfurt) when you create a cluster, and we never move a cluster to another region without your instruction.

## 9. Retention

- Account data: for the term of your contract and 90 days after it ends.
- Billing records: 6 years, as required by Irish tax law.
- Control-panel and API logs: 12 months.
- Support tickets: 24 months after the ticket is closed.
- Customer Data: deleted within 30 days after you delete a cluster or your contract ends; backups are overwritten within a further 14 days.

## 10. Security

All Customer Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher. Access to the control panel requires two-factor authentication for all users. Our platform is certified to ISO/IEC 27001, and we are audited every year against SOC 2 Type II.

## 11. Personal data breaches

If a personal data breach affects personal data for which we are the controller, we notify the Data Protection Commission within 72 hours where required and inform you without undue delay. If a breach affects Customer Data, we inform the affected customer within 48 hours of becoming aware of it, so that you can meet your own obligations.

## 12. No sale, no advertising, no profiling

We do not sell your personal data and do not share it with third parties for advertising purposes. We do not carry out profiling, and we do not make decisions based solely on automated processing that produce legal or similarly significant effects for you.

## 13. Requests from authorities

We disclose data to public authorities only where we are legally required to do so by a binding order. We challenge requests that are overbroad, and we inform the affected customer unless the law prohibits us from doing so.

## 14. Cookies

Our website and control panel use strictly necessary cookies for sessions and load balancing. With your consent, given through our cookie banner, we also use Matomo, hosted by us in the EU, to measure website visits. You can decline with the “Reject all” button, which is as prominent as “Accept all”, and change your choice at any time.

## 15. Children

Our service is intended for businesses. We do not knowingly collect personal data from anyone under 18 years of age.

## 16. Your rights

You have the right to access your personal data, to have it rectified or erased, to restrict its processing, to data portability and to object to processing based on legitimate interests. Where we rely on consent, you can withdraw it at any time. Please send requests to privacy@kestreldb.io; we respond within one month and free of charge. You also have the right to lodge a complaint with the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2, or with the supervisory authority where you live.

## 17. Governing law

This policy is governed by Irish law. The courts of Ireland have jurisdiction, without prejudice to your right to bring proceedings before the courts of the Member State where you live.

## 18. Changes to this policy

We will notify account owners by e-mail at least 30 days before any material change takes effect.
"""

EN_EDITS = [
    E("en-R01", ["R01"], "Adds an EU-based newsletter service as a new sub-processor.",
      ("r", "- Stripe Payments Europe Ltd (payment processing, Ireland);\n",
       "- Stripe Payments Europe Ltd (payment processing, Ireland);\n- Brevo SAS (dispatch of product news and webinar invitations, Paris, France);\n")),
    E("en-R02-a", ["R02"], "Deletes the promise not to sell data or share it for advertising and renames the section.",
      ("r", "## 12. No sale, no advertising, no profiling", "## 12. Profiling"),
      ("r", "We do not sell your personal data and do not share it with third parties for advertising purposes. We do not carry out profiling",
       "We do not carry out profiling")),
    E("en-R02-b", ["R02"], "Narrows the no-sale promise to Customer Data only and drops the no-advertising-sharing part.",
      ("r", "We do not sell your personal data and do not share it with third parties for advertising purposes.",
       "We do not sell Customer Data.")),
    E("en-R03-a", ["R03"], "Customer Data, queries and query results may now be used in de-identified form to train the company's models.",
      ("r", "We do not use Customer Data, queries or query results to train machine-learning or AI models, and we do not analyse them for our own purposes.",
       "We may use Customer Data, queries and query results in de-identified form to train the machine-learning models that power our query optimiser and AI assistant; apart from this, we do not analyse them for our own purposes.")),
    E("en-R03-b", ["R03"], "Keeps database contents out of training but states that prompts to and outputs of the AI query assistant are used for training.",
      ("r", "We do not use Customer Data, queries or query results to train machine-learning or AI models, and we do not analyse them for our own purposes.",
       "We do not use the contents of your databases to train machine-learning or AI models. Questions you type into our AI query assistant, the SQL it generates and your feedback on its answers may, however, be used to train and improve the assistant.")),
    E("en-R04-a", ["R04"], "Replaces the Data Privacy Framework and SCC safeguards by a reference to the invalidated Privacy Shield.",
      ("r", "These transfers are based on the European Commission’s adequacy decision for the EU-U.S. Data Privacy Framework, under which both providers are certified, and in addition on the Standard Contractual Clauses adopted by the Commission.",
       "These transfers are based on the EU-U.S. Privacy Shield framework, under which both providers are certified.")),
    E("en-R04-b", ["R04"], "The support-ticketing provider now also processes data in Australia, in two places of the policy.",
      ("r", "- Zendesk, Inc. (support ticketing, United States);", "- Zendesk, Inc. (support ticketing, United States and Australia);"),
      ("r", "Zendesk and Postmark process data in the United States.",
       "Zendesk processes data in the United States and Australia, and Postmark in the United States.")),
    E("en-R05", ["R05"], "Replicas and backups may now be stored in any AWS region worldwide and clusters may be moved between regions.",
      ("r", "All clusters, including their replicas and automated backups, are hosted in the European Union. You choose the region (Dublin or Frankfurt) when you create a cluster, and we never move a cluster to another region without your instruction.",
       "You choose the primary region (Dublin or Frankfurt) when you create a cluster. To ensure resilience, replicas and automated backups may be stored in any AWS region worldwide, and we may move clusters between regions for capacity reasons.")),
    E("en-R06-a", ["R06"], "Lengthens deletion of Customer Data from 30 to 90 days and backup overwrite from 14 to 90 days.",
      ("r", "- Customer Data: deleted within 30 days after you delete a cluster or your contract ends; backups are overwritten within a further 14 days.",
       "- Customer Data: deleted within 90 days after you delete a cluster or your contract ends; backups are overwritten within a further 90 days.")),
    E("en-R06-b", ["R06"], "Replaces the 24-month retention of support tickets by 'as long as we consider necessary'.",
      ("r", "- Support tickets: 24 months after the ticket is closed.",
       "- Support tickets: for as long as we consider necessary for the purposes described in this policy.")),
    E("en-R07-a", ["R07"], "Drops the rights to data portability and to object from the list of rights.",
      ("r", "to restrict its processing, to data portability and to object to processing based on legitimate interests.",
       "and to restrict its processing.")),
    E("en-R07-b", ["R07"], "Adds a EUR 25 fee per request and a mandatory copy of an identity document.",
      ("r", "we respond within one month and free of charge.",
       "we respond within one month. We may charge an administrative fee of EUR 25 per request and ask for a copy of an official identity document before we handle any request.")),
    E("en-R08", ["R08"], "Removes the Data Protection Officer and points to the general privacy team instead.",
      ("r", "## 2. Data Protection Officer\n\nWe have appointed a Data Protection Officer, Aoife Brennan, who can be contacted at dpo@kestreldb.io or by post at the address above, marked “For the attention of the DPO”.",
       "## 2. Privacy questions\n\nQuestions about this policy can be sent to our privacy team at the e-mail address above.")),
    E("en-R09", ["R09"], "The controller becomes a Dutch group company after an acquisition.",
      ("r", "The controller is Kestrel Data Platform Limited, 14 Grand Canal Quay, Dublin 2, D02 HX61, Ireland, registered with the Companies Registration Office under number 712493.",
       "Since Kestrel joined the Vantora group, the controller is Vantora Cloud Services B.V., Herengracht 500, 1017 CB Amsterdam, the Netherlands, registered with the Dutch Chamber of Commerce under number 81234567.")),
    E("en-R10", ["R10"], "Product news e-mails move from consent to legitimate interests in the purposes table.",
      ("r", "| Product news and webinar invitations by e-mail | Consent (Art. 6(1)(a)) |",
       "| Product news and webinar invitations by e-mail | Legitimate interests (Art. 6(1)(f)); you can object at any time |")),
    E("en-R11", ["R11"], "Adds a table row for market research and product development based on usage data.",
      ("r", "| Customer support | Performance of a contract (Art. 6(1)(b)) |",
       "| Customer support | Performance of a contract (Art. 6(1)(b)) |\n| Market research and development of new products based on how customers use the service | Legitimate interests (Art. 6(1)(f)) |")),
    E("en-R12", ["R12"], "Introduces ID-document photos and selfies compared by facial recognition at sign-up.",
      ("r", "- Support data: the content of tickets, chats and e-mails you send us.\n\nWe do not ask for special categories of personal data, such as health or biometric data,",
       "- Support data: the content of tickets, chats and e-mails you send us.\n- Identity verification data: for new accounts, a photo of your government-issued ID and a selfie, which we compare by facial recognition to prevent fraud.\n\nApart from the facial comparison described above, we do not ask for special categories of personal data, such as health or biometric data,")),
    E("en-R13", ["R13"], "Replaces the no-profiling statement by automated fraud scoring that suspends accounts without human review.",
      ("r", "## 12. No sale, no advertising, no profiling", "## 12. No sale, no advertising; fraud scoring"),
      ("r", "We do not carry out profiling, and we do not make decisions based solely on automated processing that produce legal or similarly significant effects for you.",
       "To protect our platform, sign-ups and payment details are assessed by an automated fraud-scoring system; accounts with a high risk score are suspended automatically, without human review.")),
    E("en-R14-a", ["R14"], "Encryption at rest becomes an option of the Business plan instead of applying to all Customer Data.",
      ("r", "All Customer Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher.",
       "All Customer Data is encrypted in transit with TLS 1.2 or higher; encryption at rest is available as an option on the Business plan.")),
    E("en-R14-b", ["R14"], "Two-factor authentication becomes recommended instead of required.",
      ("r", "Access to the control panel requires two-factor authentication for all users.",
       "Two-factor authentication is available for the control panel, and we recommend that you enable it.")),
    E("en-R15", ["R15"], "Rewrites the breach section into a generic incident-handling statement without any notification commitment.",
      ("r", "## 11. Personal data breaches\n\nIf a personal data breach affects personal data for which we are the controller, we notify the Data Protection Commission within 72 hours where required and inform you without undue delay. If a breach affects Customer Data, we inform the affected customer within 48 hours of becoming aware of it, so that you can meet your own obligations.",
       "## 11. Security incidents\n\nWe continuously monitor our systems for security incidents. If an incident occurs, we investigate it, contain it and take measures to prevent it from happening again.")),
    E("en-R16", ["R16"], "Changes take effect on publication instead of 30 days' e-mail notice.",
      ("r", "We will notify account owners by e-mail at least 30 days before any material change takes effect.",
       "We may change this policy at any time. Changes take effect when they are published on this page, so please check it regularly.")),
    E("en-R17", ["R17"], "Switches to Delaware law with binding arbitration and a class-action waiver.",
      ("r", "This policy is governed by Irish law. The courts of Ireland have jurisdiction, without prejudice to your right to bring proceedings before the courts of the Member State where you live.",
       "This policy and any dispute arising from it are governed by the laws of the State of Delaware. Any dispute shall be finally resolved by binding arbitration in Wilmington, Delaware, and you waive any right to take part in a class action.")),
    E("en-R19", ["R19"], "Analytics cookies are now set without consent and the 'Reject all' option is gone.",
      ("r", "With your consent, given through our cookie banner, we also use Matomo, hosted by us in the EU, to measure website visits. You can decline with the “Reject all” button, which is as prominent as “Accept all”, and change your choice at any time.",
       "We also use Matomo, hosted by us in the EU, to measure website visits and how features of the control panel are used. These analytics cookies are set automatically when you visit our website; you can block them in your browser settings.")),
    E("en-R20", ["R20"], "Opens the service to students and lowers the minimum age from 18 to 13.",
      ("r", "Our service is intended for businesses. We do not knowingly collect personal data from anyone under 18 years of age.",
       "Our service is intended for businesses and for students in our education programme. We do not knowingly collect personal data from anyone under 13 years of age.")),
    E("en-R21", ["R21"], "Allows disclosure to law enforcement and national security agencies without a binding order.",
      ("r", "We disclose data to public authorities only where we are legally required to do so by a binding order. We challenge requests that are overbroad, and we inform the affected customer unless the law prohibits us from doing so.",
       "We may disclose data to public authorities, including law enforcement and national security agencies, where we believe in good faith that disclosure is appropriate to respond to their requests, even if no binding order has been issued. We may not be able to inform the affected customer.")),
    E("en-R01-R04", ["R01", "R04"], "Adds a US log-monitoring sub-processor and extends the US transfer paragraph to it.",
      ("r", "- ActiveCampaign, LLC, operator of Postmark (transactional e-mail, United States).",
       "- ActiveCampaign, LLC, operator of Postmark (transactional e-mail, United States);\n- Datadog, Inc. (monitoring of logs and metrics, United States)."),
      ("r", "Zendesk and Postmark process data in the United States.", "Zendesk, Postmark and Datadog process data in the United States."),
      ("r", "under which both providers are certified", "under which all three providers are certified")),
    E("en-R11-R13", ["R11", "R13"], "Adds usage profiling for personalised upgrade offers and drops the no-profiling statement.",
      ("r", "| Product news and webinar invitations by e-mail | Consent (Art. 6(1)(a)) |",
       "| Product news and webinar invitations by e-mail | Consent (Art. 6(1)(a)) |\n| Analysing how you use the service to build a usage profile and send you personalised upgrade offers | Legitimate interests (Art. 6(1)(f)) |"),
      ("r", "We do not carry out profiling, and we do not make decisions based solely",
       "We do not make decisions based solely")),
    E("en-NONE-1", [], "Fixes the spelling of 'confidentiality'.",
      ("r", "duty of confidentality", "duty of confidentiality")),
    E("en-NONE-2", [], "Swaps the Cookies and Children sections and renumbers them.",
      ("swap", "## 14. Cookies", "## 15. Children", "## 15. Cookies", "## 14. Children")),
    E("en-NONE-3", [], "Rephrases the no-sale/no-advertising promise with the same meaning.",
      ("r", "We do not sell your personal data and do not share it with third parties for advertising purposes.",
       "We never sell your personal data, and we never share it with third parties for advertising.")),
    E("en-NONE-4", [], "Rewords the log retention line keeping twelve months.",
      ("r", "- Control-panel and API logs: 12 months.", "- Logs of the control panel and the API: twelve months, after which they are deleted.")),
    E("en-NONE-5", [], "Turns the purposes/legal bases table into a bulleted list.",
      ("r", "| Purpose | Legal basis (GDPR) |\n|---|---|\n| Creating and managing your account; provisioning and operating your clusters | Performance of a contract (Art. 6(1)(b)) |\n| Billing, accounting and tax records | Legal obligation (Art. 6(1)(c)) |\n| Security monitoring and prevention of abuse and fraud | Legitimate interests (Art. 6(1)(f)) |\n| Customer support | Performance of a contract (Art. 6(1)(b)) |\n| Product news and webinar invitations by e-mail | Consent (Art. 6(1)(a)) |",
       "- Creating and managing your account; provisioning and operating your clusters: performance of a contract (Art. 6(1)(b) GDPR).\n- Billing, accounting and tax records: legal obligation (Art. 6(1)(c) GDPR).\n- Security monitoring and prevention of abuse and fraud: legitimate interests (Art. 6(1)(f) GDPR).\n- Customer support: performance of a contract (Art. 6(1)(b) GDPR).\n- Product news and webinar invitations by e-mail: consent (Art. 6(1)(a) GDPR).")),
    E("en-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Last updated: 3 March 2025", "Last updated: 17 September 2025")),
]
LANGS["en"] = (EN, EN_EDITS)


# ---------------------------------------------------------------------------
# de: e-mail hosting; very formal and long-winded, numbered sections
# ---------------------------------------------------------------------------
DE = """# Datenschutzerklärung der Mailkontor Sachsen GmbH

Stand: 1. Februar 2025

## 1. Geltungsbereich

Die nachfolgende Datenschutzerklärung unterrichtet Sie gemäß Art. 13 und 14 der Datenschutz-Grundverordnung („DSGVO“) über Art, Umfang und Zweck der Verarbeitung personenbezogener Daten im Rahmen der Nutzung unserer E-Mail-Hosting-Dienste (Postfächer, Kalender und Adressbücher) und unserer Website mailkontor.de. Soweit unsere Geschäftskunden in ihren Postfächern personenbezogene Daten Dritter verarbeiten, werden wir insoweit als Auftragsverarbeiter im Sinne des Art. 28 DSGVO auf Grundlage eines Vertrages zur Auftragsverarbeitung tätig; Verantwortlicher bleibt in diesem Fall der Kunde.

## 2. Verantwortlicher

Verantwortlicher im Sinne der DSGVO ist die Mailkontor Sachsen GmbH, Könneritzstraße 17, 01067 Dresden, eingetragen im Handelsregister des Amtsgerichts Dresden unter HRB 41872, vertreten durch die Geschäftsführerin Katrin Oehme. Sie erreichen uns per E-Mail unter kontakt@mailkontor.de sowie telefonisch unter 0351 795540.

## 3. Datenschutzbeauftragter

Unseren externen Datenschutzbeauftragten erreichen Sie unter: Dr. Henrik Vollmer, DSB Elbe Consulting GmbH, Wallstraße 9, 01067 Dresden, E-Mail: datenschutz@mailkontor.de. Anfragen an den Datenschutzbeauftragten werden selbstverständlich vertraulich behandelt.

## 4. Kategorien verarbeiteter Daten

Im Rahmen der Vertragsbeziehung verarbeiten wir insbesondere folgende Kategorien personenbezogener Daten: Bestandsdaten (Name, Anschrift, Firma, E-Mail-Adresse, Telefonnummer, Kundennummer), Zahlungsdaten (Bankverbindung bzw. Angaben zum gewählten Zahlungsmittel, Rechnungsdaten), Inhaltsdaten (die in den Postfächern gespeicherten E-Mails einschließlich Anhängen, Kontakte und Kalendereinträge), Verkehrsdaten (IP-Adressen, Zeitpunkte der Anmeldung, Absender- und Empfängeradressen sowie Zeitstempel übermittelter Nachrichten in den Protokollen der Mailserver) sowie Kommunikationsdaten aus Supportanfragen. Die Inhalte Ihrer E-Mails werden ausschließlich automatisiert zur Erkennung von Spam und Schadsoftware untersucht; eine inhaltliche Kenntnisnahme durch unsere Mitarbeiter findet nicht statt.

## 5. Zwecke und Rechtsgrundlagen der Verarbeitung

Die Verarbeitung der Bestands-, Inhalts- und Verkehrsdaten erfolgt zur Erfüllung des mit Ihnen geschlossenen Vertrages über die Bereitstellung der E-Mail-Dienste (Art. 6 Abs. 1 lit. b DSGVO). Die Verarbeitung zur Erfüllung handels- und steuerrechtlicher Aufbewahrungspflichten stützt sich auf Art. 6 Abs. 1 lit. c DSGVO. Die automatisierte Filterung von Spam und Schadsoftware sowie die Abwehr von Angriffen auf unsere Infrastruktur beruhen auf unserem berechtigten Interesse an einem sicheren und störungsfreien Betrieb (Art. 6 Abs. 1 lit. f DSGVO). Den Versand unseres Kundennewsletters nehmen wir ausschließlich auf Grundlage Ihrer ausdrücklichen Einwilligung vor (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit mit Wirkung für die Zukunft widerrufen können. Zu anderen als den hier genannten Zwecken werden Ihre Daten nicht verarbeitet.

## 6. Empfänger und Auftragsverarbeiter

Eine Übermittlung Ihrer personenbezogenen Daten an Dritte findet grundsätzlich nicht statt. Wir setzen jedoch sorgfältig ausgewählte Dienstleister ein, die auf Grundlage von Verträgen nach Art. 28 DSGVO streng weisungsgebunden für uns tätig werden. Dies sind derzeit die Hetzner Online GmbH, Gunzenhausen (Rechenzentrumsbetrieb und Speicherung verschlüsselter Sicherungskopien), die Adyen N.V., Amsterdam (Zahlungsabwicklung), die Zammad GmbH, Berlin (Bearbeitung von Supportanfragen, Datenhaltung in Deutschland) sowie die Twilio Inc., San Francisco, USA (Versand von SMS-Codes für die Zwei-Faktor-Authentifizierung). Darüber hinaus übermitteln wir Daten an unsere Steuerberater und Wirtschaftsprüfer, soweit dies zur Erfüllung gesetzlicher Pflichten erforderlich ist.

## 7. Übermittlung in Drittländer

Eine Verarbeitung Ihrer Daten außerhalb der Europäischen Union bzw. des Europäischen Wirtschaftsraums erfolgt ausschließlich im Zusammenhang mit dem Versand von SMS-Codes durch die Twilio Inc.; hierbei werden lediglich Ihre Mobilfunknummer und der jeweilige Einmalcode übermittelt. Die Übermittlung erfolgt auf Grundlage des Angemessenheitsbeschlusses der Europäischen Kommission zum EU-US Data Privacy Framework, unter dem Twilio zertifiziert ist, sowie ergänzend auf Grundlage der von der Kommission erlassenen Standardvertragsklauseln. Eine Kopie der Standardvertragsklauseln stellen wir Ihnen auf Anfrage gerne zur Verfügung.

## 8. Speicherort

Sämtliche Postfachinhalte sowie die zugehörigen Bestands- und Verkehrsdaten werden ausschließlich auf Servern in unserem eigenen Rechenzentrum in Dresden sowie – in Form verschlüsselter Sicherungskopien – in den Rechenzentren der Hetzner Online GmbH in Nürnberg und Falkenstein, mithin ausschließlich in der Bundesrepublik Deutschland, gespeichert.

## 9. Speicherdauer

Es gelten folgende Speicherfristen: Postfachinhalte werden nach Beendigung des Vertrages 30 Tage lang vorgehalten, um Ihnen einen Umzug zu ermöglichen, und anschließend endgültig gelöscht; in den Sicherungskopien sind sie spätestens nach weiteren 14 Tagen nicht mehr enthalten. Protokolldaten der Mailserver einschließlich IP-Adressen werden nach 7 Tagen gelöscht. Supportanfragen werden drei Jahre nach Abschluss des Vorgangs gelöscht. Rechnungs- und Buchungsbelege bewahren wir entsprechend den gesetzlichen Vorgaben (§ 147 AO, § 257 HGB) zehn Jahre lang auf.

## 10. Datensicherheit

Wir treffen nach Maßgabe des Art. 32 DSGVO geeignete technische und organisatorische Maßnahmen zum Schutz Ihrer Daten. Sämtliche Postfächer werden auf verschlüsselten Datenträgern (AES-256) gespeichert; die Übertragung erfolgt ausschließlich über TLS-verschlüsselte Verbindungen. Für den Zugang zur Verwaltungsoberfläche ist die Zwei-Faktor-Authentifizierung verpflichtend. Unser Informationssicherheits-Managementsystem ist nach ISO/IEC 27001 auf Basis von IT-Grundschutz durch das Bundesamt für Sicherheit in der Informationstechnik (BSI) zertifiziert.

## 11. Meldung von Datenschutzverletzungen

Sollte es trotz aller Vorkehrungen zu einer Verletzung des Schutzes personenbezogener Daten kommen, melden wir diese unverzüglich und möglichst binnen 72 Stunden der zuständigen Aufsichtsbehröde und benachrichtigen die betroffenen Personen bzw. unsere Geschäftskunden ohne schuldhaftes Zögern, sofern die Verletzung voraussichtlich ein Risiko für ihre Rechte und Freiheiten zur Folge hat.

## 12. Keine Weitergabe zu Werbezwecken, kein KI-Training, keine Profilbildung

Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie auch nicht zu Werbe- oder Marketingzwecken an Dritte weiter. Die Inhalte Ihrer Postfächer werden weder zu Werbezwecken ausgewertet noch zum Training von Systemen künstlicher Intelligenz oder maschinellen Lernens verwendet. Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne des Art. 22 DSGVO findet nicht statt.

## 13. Auskunftsersuchen staatlicher Stellen

Auskünfte über Bestands- oder Verkehrsdaten erteilen wir staatlichen Stellen ausschließlich, soweit wir hierzu aufgrund einer gesetzlichen Vorschrift verpflichtet sind; Inhaltsdaten geben wir nur auf Grundlage eines richterlichen Beschlusses heraus. Jedes Ersuchen wird von unserer Rechtsabteilung auf seine Rechtmäßigkeit geprüft.

## 14. Cookies

Auf unserer Website und in der Weboberfläche setzen wir ausschließlich technisch notwendige Cookies ein, die für die Anmeldung und die Aufrechterhaltung Ihrer Sitzung erforderlich sind (§ 25 Abs. 2 Nr. 2 TDDDG). Analyse-, Tracking- oder Werbe-Cookies verwenden wir nicht; ein Einwilligungsbanner ist daher entbehrlich.

## 15. Minderjährige

Eine Registrierung ist erst ab Vollendung des 16. Lebensjahres möglich; personenbezogene Daten von Kindern unter 16 Jahren erheben wir nicht wissentlich.

## 16. Ihre Rechte

Ihnen stehen nach Maßgabe der gesetzlichen Bestimmungen das Recht auf Auskunft (Art. 15 DSGVO), auf Berichtigung (Art. 16 DSGVO), auf Löschung (Art. 17 DSGVO), auf Einschränkung der Verarbeitung (Art. 18 DSGVO), auf Datenübertragbarkeit (Art. 20 DSGVO) sowie das Recht zu, der Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, zu widersprechen (Art. 21 DSGVO). Erteilte Einwilligungen können Sie jederzeit mit Wirkung für die Zukunft widerrufen. Die Geltendmachung Ihrer Rechte ist für Sie unentgeltlich; richten Sie Ihr Anliegen bitte an datenschutz@mailkontor.de. Zudem steht Ihnen das Recht auf Beschwerde bei einer Aufsichtsbehörde zu, insbesondere bei der für uns zuständigen Sächsischen Datenschutz- und Transparenzbeauftragten, Devrientstraße 5, 01067 Dresden.

## 17. Änderungen dieser Datenschutzerklärung

Wir behalten uns vor, diese Datenschutzerklärung anzupassen, sofern sich die Rechtslage oder unsere Dienste ändern. Über wesentliche Änderungen informieren wir unsere Kunden mindestens sechs Wochen vor deren Inkrafttreten per E-Mail an die hinterlegte Kontaktadresse.
"""

DE_EDITS = [
    E("de-R01", ["R01"], "Adds a German newsletter service provider to the list of processors.",
      ("r", "die Zammad GmbH, Berlin (Bearbeitung von Supportanfragen, Datenhaltung in Deutschland) sowie",
       "die Zammad GmbH, Berlin (Bearbeitung von Supportanfragen, Datenhaltung in Deutschland), die CleverReach GmbH & Co. KG, Rastede (Versand des Kundennewsletters) sowie")),
    E("de-R02-a", ["R02"], "Deletes the no-sale/no-advertising-sharing sentence and drops it from the heading.",
      ("r", "## 12. Keine Weitergabe zu Werbezwecken, kein KI-Training, keine Profilbildung", "## 12. Kein KI-Training, keine Profilbildung"),
      ("r", "Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie auch nicht zu Werbe- oder Marketingzwecken an Dritte weiter. Die Inhalte",
       "Die Inhalte")),
    E("de-R02-b", ["R02"], "Keeps the no-sale promise but makes sharing for advertising the default unless the user objects in the settings.",
      ("r", "Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie auch nicht zu Werbe- oder Marketingzwecken an Dritte weiter.",
       "Wir verkaufen Ihre personenbezogenen Daten nicht. Eine Weitergabe zu Werbe- oder Marketingzwecken an Dritte erfolgt nur, sofern Sie dem in Ihren Kontoeinstellungen nicht widersprochen haben.")),
    E("de-R03-a", ["R03"], "Mailbox contents may now be used in pseudonymised form to train ML models, with an opt-out.",
      ("r", "Die Inhalte Ihrer Postfächer werden weder zu Werbezwecken ausgewertet noch zum Training von Systemen künstlicher Intelligenz oder maschinellen Lernens verwendet.",
       "Die Inhalte Ihrer Postfächer werden nicht zu Werbezwecken ausgewertet. Zur Verbesserung unserer Dienste, insbesondere unseres KI-Schreibassistenten und der Funktion „Intelligente Antworten“, können wir E-Mail-Inhalte in pseudonymisierter Form zum Training von Modellen des maschinellen Lernens verwenden; Sie können dem in den Postfacheinstellungen widersprechen.")),
    E("de-R03-b", ["R03"], "Carves an exception out of the no-training promise for reported spam/phishing messages and all message metadata.",
      ("r", "Die Inhalte Ihrer Postfächer werden weder zu Werbezwecken ausgewertet noch zum Training von Systemen künstlicher Intelligenz oder maschinellen Lernens verwendet.",
       "Die Inhalte Ihrer Postfächer werden nicht zu Werbezwecken ausgewertet. Zum Training von Systemen künstlicher Intelligenz oder maschinellen Lernens verwenden wir ausschließlich Nachrichten, die Sie oder Ihre Nutzer als Spam oder Phishing melden, sowie die Kopf- und Metadaten aller übermittelten Nachrichten.")),
    E("de-R04-a", ["R04"], "Replaces the DPF adequacy decision and SCCs by consent under Art. 49 GDPR for the US transfer.",
      ("r", "Die Übermittlung erfolgt auf Grundlage des Angemessenheitsbeschlusses der Europäischen Kommission zum EU-US Data Privacy Framework, unter dem Twilio zertifiziert ist, sowie ergänzend auf Grundlage der von der Kommission erlassenen Standardvertragsklauseln. Eine Kopie der Standardvertragsklauseln stellen wir Ihnen auf Anfrage gerne zur Verfügung.",
       "Die Übermittlung erfolgt auf Grundlage Ihrer Einwilligung gemäß Art. 49 Abs. 1 lit. a DSGVO, die Sie mit der Aktivierung der SMS-Authentifizierung erteilen. Wir weisen darauf hin, dass in den USA kein mit der Europäischen Union vergleichbares Datenschutzniveau besteht.")),
    E("de-R04-b", ["R04"], "Adds processing of support requests by the company's own branch in Belgrade, Serbia.",
      ("r", "erfolgt ausschließlich im Zusammenhang mit dem Versand von SMS-Codes durch die Twilio Inc.; hierbei werden lediglich Ihre Mobilfunknummer und der jeweilige Einmalcode übermittelt.",
       "erfolgt zum einen im Zusammenhang mit dem Versand von SMS-Codes durch die Twilio Inc., wobei lediglich Ihre Mobilfunknummer und der jeweilige Einmalcode übermittelt werden, und zum anderen bei der Bearbeitung von Supportanfragen außerhalb unserer Geschäftszeiten durch Mitarbeitende unserer Niederlassung in Belgrad (Serbien), die hierbei Zugriff auf Bestands- und Kommunikationsdaten erhalten; für diese Übermittlung gelten die Standardvertragsklauseln.")),
    E("de-R05", ["R05"], "Backups may now be kept at service-provider locations worldwide instead of only in Germany.",
      ("r", "Sämtliche Postfachinhalte sowie die zugehörigen Bestands- und Verkehrsdaten werden ausschließlich auf Servern in unserem eigenen Rechenzentrum in Dresden sowie – in Form verschlüsselter Sicherungskopien – in den Rechenzentren der Hetzner Online GmbH in Nürnberg und Falkenstein, mithin ausschließlich in der Bundesrepublik Deutschland, gespeichert.",
       "Sämtliche Postfachinhalte sowie die zugehörigen Bestands- und Verkehrsdaten werden auf Servern in unserem eigenen Rechenzentrum in Dresden gespeichert. Verschlüsselte Sicherungskopien können wir bei Bedarf auch in Rechenzentren unserer Dienstleister an anderen Standorten weltweit ablegen.")),
    E("de-R06-a", ["R06"], "Mail-server logs with IP addresses are kept for 180 days instead of 7.",
      ("r", "Protokolldaten der Mailserver einschließlich IP-Adressen werden nach 7 Tagen gelöscht.",
       "Protokolldaten der Mailserver einschließlich IP-Adressen werden nach 180 Tagen gelöscht.")),
    E("de-R06-b", ["R06"], "Replaces the 30+14-day deletion of mailbox contents by 'as long as required'.",
      ("r", "Postfachinhalte werden nach Beendigung des Vertrages 30 Tage lang vorgehalten, um Ihnen einen Umzug zu ermöglichen, und anschließend endgültig gelöscht; in den Sicherungskopien sind sie spätestens nach weiteren 14 Tagen nicht mehr enthalten.",
       "Postfachinhalte werden nach Beendigung des Vertrages so lange vorgehalten, wie dies für die Abwicklung des Vertragsverhältnisses und etwaige Rückfragen erforderlich ist, und anschließend gelöscht.")),
    E("de-R07-a", ["R07"], "Removes the right to data portability from the list of rights.",
      ("r", "auf Einschränkung der Verarbeitung (Art. 18 DSGVO), auf Datenübertragbarkeit (Art. 20 DSGVO) sowie das Recht zu,",
       "auf Einschränkung der Verarbeitung (Art. 18 DSGVO) sowie das Recht zu,")),
    E("de-R07-b", ["R07"], "Only one free access request per year, a 30-euro fee afterwards and an ID copy required.",
      ("r", "Die Geltendmachung Ihrer Rechte ist für Sie unentgeltlich; richten Sie Ihr Anliegen bitte an datenschutz@mailkontor.de.",
       "Auskunftsersuchen beantworten wir einmal pro Kalenderjahr unentgeltlich; für jedes weitere Ersuchen berechnen wir eine Bearbeitungspauschale von 30 Euro. Richten Sie Ihr Anliegen bitte schriftlich und unter Beifügung einer Kopie Ihres Personalausweises an datenschutz@mailkontor.de.")),
    E("de-R08", ["R08"], "Replaces the data protection officer with a different external one at another e-mail address.",
      ("r", "Dr. Henrik Vollmer, DSB Elbe Consulting GmbH, Wallstraße 9, 01067 Dresden, E-Mail: datenschutz@mailkontor.de.",
       "Sabine Kranz, Kranz Datenschutz GbR, Hauptstraße 40, 01097 Dresden, E-Mail: dsb@kranz-datenschutz.de.")),
    E("de-R09", ["R09"], "The controller becomes a Hamburg company that took over Mailkontor by merger.",
      ("r", "Verantwortlicher im Sinne der DSGVO ist die Mailkontor Sachsen GmbH, Könneritzstraße 17, 01067 Dresden, eingetragen im Handelsregister des Amtsgerichts Dresden unter HRB 41872, vertreten durch die Geschäftsführerin Katrin Oehme.",
       "Verantwortlicher im Sinne der DSGVO ist seit dem 1. Juli 2025 die Nordpost Hosting AG, Am Sandtorkai 50, 20457 Hamburg, eingetragen im Handelsregister des Amtsgerichts Hamburg unter HRB 176540, vertreten durch den Vorstand, welche den Geschäftsbetrieb der Mailkontor Sachsen GmbH im Wege der Verschmelzung übernommen hat.")),
    E("de-R10", ["R10"], "The customer newsletter moves from consent to legitimate interest in direct marketing.",
      ("r", "Den Versand unseres Kundennewsletters nehmen wir ausschließlich auf Grundlage Ihrer ausdrücklichen Einwilligung vor (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit mit Wirkung für die Zukunft widerrufen können.",
       "Den Versand unseres Kundennewsletters an Bestandskunden stützen wir auf unser berechtigtes Interesse an Direktwerbung (Art. 6 Abs. 1 lit. f DSGVO in Verbindung mit § 7 Abs. 3 UWG); Sie können dem Versand jederzeit widersprechen.")),
    E("de-R11", ["R11"], "Adds market analyses and product development based on traffic and usage data as a purpose.",
      ("r", "Zu anderen als den hier genannten Zwecken werden Ihre Daten nicht verarbeitet.",
       "Darüber hinaus werten wir Verkehrs- und Nutzungsdaten aus, um Marktanalysen zu erstellen und neue Produkte zu entwickeln; Rechtsgrundlage ist insoweit unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).")),
    E("de-R12", ["R12"], "Adds date of birth and ID data including a photo from video identification to the master data.",
      ("r", "Bestandsdaten (Name, Anschrift, Firma, E-Mail-Adresse, Telefonnummer, Kundennummer)",
       "Bestandsdaten (Name, Anschrift, Geburtsdatum, Firma, E-Mail-Adresse, Telefonnummer, Kundennummer, Ausweisdaten einschließlich des im Video-Ident-Verfahren aufgenommenen Lichtbildes)")),
    E("de-R13", ["R13"], "Replaces the no-automated-decision/profiling statement by automated tariff and sending-limit decisions based on behaviour.",
      ("r", "Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne des Art. 22 DSGVO findet nicht statt.",
       "Den Tarif und die Versandlimits Ihres Postfachs legen wir automatisiert auf Grundlage einer Bewertung Ihres bisherigen Versandverhaltens fest; eine manuelle Prüfung erfolgt nur auf Ihren Antrag.")),
    E("de-R14-a", ["R14"], "Drops storage of mailboxes on encrypted disks (encryption at rest).",
      ("r", "Sämtliche Postfächer werden auf verschlüsselten Datenträgern (AES-256) gespeichert; die Übertragung erfolgt ausschließlich",
       "Die Übertragung erfolgt ausschließlich")),
    E("de-R14-b", ["R14"], "Replaces the ISO 27001 certification by a statement that the ISMS follows BSI recommendations.",
      ("r", "Unser Informationssicherheits-Managementsystem ist nach ISO/IEC 27001 auf Basis von IT-Grundschutz durch das Bundesamt für Sicherheit in der Informationstechnik (BSI) zertifiziert.",
       "Unser Informationssicherheits-Managementsystem orientiert sich an den Empfehlungen des IT-Grundschutz-Kompendiums des Bundesamtes für Sicherheit in der Informationstechnik (BSI).")),
    E("de-R15", ["R15"], "Replaces the breach-notification section by a statement that incidents are investigated and documented.",
      ("r", "## 11. Meldung von Datenschutzverletzungen\n\nSollte es trotz aller Vorkehrungen zu einer Verletzung des Schutzes personenbezogener Daten kommen, melden wir diese unverzüglich und möglichst binnen 72 Stunden der zuständigen Aufsichtsbehröde und benachrichtigen die betroffenen Personen bzw. unsere Geschäftskunden ohne schuldhaftes Zögern, sofern die Verletzung voraussichtlich ein Risiko für ihre Rechte und Freiheiten zur Folge hat.",
       "## 11. Sicherheitsvorfälle\n\nSicherheitsvorfälle werden von unserem Sicherheitsteam untersucht, bewertet und dokumentiert; erforderliche Abhilfemaßnahmen werden unverzüglich eingeleitet.")),
    E("de-R16", ["R16"], "Changes take effect on publication; customers are informed of material changes only 'where possible'.",
      ("r", "Über wesentliche Änderungen informieren wir unsere Kunden mindestens sechs Wochen vor deren Inkrafttreten per E-Mail",
       "Änderungen werden mit ihrer Veröffentlichung auf unserer Website wirksam; über wesentliche Änderungen informieren wir unsere Kunden nach Möglichkeit per E-Mail")),
    E("de-R17", ["R17"], "Adds a new section with an exclusive Dresden forum and DIS arbitration excluding ordinary courts.",
      ("r", "per E-Mail an die hinterlegte Kontaktadresse.\n",
       "per E-Mail an die hinterlegte Kontaktadresse.\n\n## 18. Anwendbares Recht und Streitbeilegung\n\nEs gilt das Recht der Bundesrepublik Deutschland. Sämtliche Streitigkeiten im Zusammenhang mit dieser Datenschutzerklärung werden unter Ausschluss des ordentlichen Rechtsweges nach der Schiedsgerichtsordnung der Deutschen Institution für Schiedsgerichtsbarkeit e. V. (DIS) endgültig entschieden; Schiedsort ist Dresden.\n")),
    E("de-R19", ["R19"], "Introduces Matomo analytics cookies where previously only technically necessary cookies were used.",
      ("r", "Analyse-, Tracking- oder Werbe-Cookies verwenden wir nicht; ein Einwilligungsbanner ist daher entbehrlich.",
       "Zur statistischen Auswertung der Nutzung unserer Website und der Weboberfläche setzen wir zudem das von uns selbst betriebene Analysewerkzeug Matomo ein, das hierzu Cookies auf Ihrem Endgerät speichert.")),
    E("de-R20", ["R20"], "A family plan lets parents create mailboxes for children from age 10.",
      ("r", "Eine Registrierung ist erst ab Vollendung des 16. Lebensjahres möglich; personenbezogene Daten von Kindern unter 16 Jahren erheben wir nicht wissentlich.",
       "Eine eigenständige Registrierung ist ab Vollendung des 16. Lebensjahres möglich. Im Rahmen unseres Familientarifs können Erziehungsberechtigte zudem Postfächer für Kinder ab Vollendung des 10. Lebensjahres einrichten.")),
    E("de-R21", ["R21"], "Rewrites the authority section to cooperate with domestic and foreign authorities on request, without a legal obligation.",
      ("r", "Auskünfte über Bestands- oder Verkehrsdaten erteilen wir staatlichen Stellen ausschließlich, soweit wir hierzu aufgrund einer gesetzlichen Vorschrift verpflichtet sind; Inhaltsdaten geben wir nur auf Grundlage eines richterlichen Beschlusses heraus.",
       "Wir arbeiten mit Sicherheits- und Strafverfolgungsbehörden vertrauensvoll zusammen und stellen ihnen auf Anfrage Bestands-, Verkehrs- und Inhaltsdaten zur Verfügung, soweit dies nach unserer Einschätzung der Gefahrenabwehr oder Strafverfolgung dienlich ist.")),
    E("de-R01-R04", ["R01", "R04"], "Adds Sentry (a US company) for error analysis and extends the third-country section to it.",
      ("r", " sowie die Twilio Inc., San Francisco, USA (Versand von SMS-Codes für die Zwei-Faktor-Authentifizierung).",
       ", die Twilio Inc., San Francisco, USA (Versand von SMS-Codes für die Zwei-Faktor-Authentifizierung) sowie die Functional Software, Inc. (Sentry), San Francisco, USA (Erfassung und Analyse von Programmfehlern in unseren Web- und Mobilanwendungen)."),
      ("r", "erfolgt ausschließlich im Zusammenhang mit dem Versand von SMS-Codes durch die Twilio Inc.; hierbei werden lediglich Ihre Mobilfunknummer und der jeweilige Einmalcode übermittelt.",
       "erfolgt im Zusammenhang mit dem Versand von SMS-Codes durch die Twilio Inc., wobei lediglich Ihre Mobilfunknummer und der jeweilige Einmalcode übermittelt werden, sowie bei der Fehleranalyse durch die Functional Software, Inc., die hierbei IP-Adressen und technische Gerätedaten erhält.")),
    E("de-R12-R13", ["R12", "R13"], "Adds device GPS location and fingerprint at login and automated account blocking based on them.",
      ("r", "Verkehrsdaten (IP-Adressen, Zeitpunkte der Anmeldung,",
       "Verkehrsdaten (IP-Adressen, bei Anmeldung über unsere Apps der genaue Gerätestandort und ein Geräte-Fingerabdruck, Zeitpunkte der Anmeldung,"),
      ("r", "Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne des Art. 22 DSGVO findet nicht statt.",
       "Anmeldeversuche bewerten wir automatisiert anhand von Standort, Geräte-Fingerabdruck und bisherigem Nutzungsverhalten; bei auffälligen Abweichungen wird das Konto ohne menschliche Prüfung vorübergehend gesperrt.")),
    E("de-NONE-1", [], "Fixes the typo 'Aufsichtsbehröde'.",
      ("r", "der zuständigen Aufsichtsbehröde", "der zuständigen Aufsichtsbehörde")),
    E("de-NONE-2", [], "Swaps the Cookies and Minors sections and renumbers them.",
      ("swap", "## 14. Cookies", "## 15. Minderjährige", "## 15. Cookies", "## 14. Minderjährige")),
    E("de-NONE-3", [], "Rephrases the no-sale/no-advertising-sharing sentence with the same meaning.",
      ("r", "Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie auch nicht zu Werbe- oder Marketingzwecken an Dritte weiter.",
       "Ein Verkauf Ihrer personenbezogenen Daten findet nicht statt, ebenso wenig eine Weitergabe an Dritte zu Werbe- oder Marketingzwecken.")),
    E("de-NONE-4", [], "Rephrases the no-automated-decision/profiling sentence with the same meaning.",
      ("r", "Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne des Art. 22 DSGVO findet nicht statt.",
       "Wir treffen keine automatisierten Einzelentscheidungen und betreiben kein Profiling im Sinne des Art. 22 DSGVO.")),
    E("de-NONE-5", [], "Adds a harmless clarification that the DPO is free from instructions.",
      ("r", "Anfragen an den Datenschutzbeauftragten werden selbstverständlich vertraulich behandelt.",
       "Anfragen an den Datenschutzbeauftragten werden selbstverständlich vertraulich behandelt. Der Datenschutzbeauftragte ist bei der Erfüllung seiner Aufgaben weisungsfrei.")),
    E("de-R23", ["R23"], "Only the 'Stand' date changes.",
      ("r", "Stand: 1. Februar 2025", "Stand: 15. August 2025")),
]
LANGS["de"] = (DE, DE_EDITS)


# ---------------------------------------------------------------------------
# fr: online survey tool; prose paragraphs under plain headings
# ---------------------------------------------------------------------------
FR = """# Politique de confidentialité de Sondalys

Dernière mise à jour : 12 mai 2025

## Responsable du traitement

Sondalys est une plateforme en ligne de création et de diffusion de questionnaires et d'enquêtes, éditée par Sondalys SAS, société par actions simplifiée au capital de 40 000 euros, immatriculée au RCS de Lyon sous le numéro 901 234 567, dont le siège social est situé 27 rue de la Villette, 69003 Lyon. Sondalys SAS est responsable du traitement des données de ses clients et des visiteurs de son site. Lorsque nos clients collectent des réponses auprès de leurs propres répondants, ils restent responsables de ce traitement et Sondalys agit en qualité de sous-traitant (article 28 du RGPD). Pour toute question, vous pouvez nous écrire à contact@sondalys.fr. Nous avons désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@sondalys.fr ou par courrier à notre siège, à l'attention du DPO.

## Les données que nous traitons

Lorsque vous créez un compte, nous collectons votre nom, votre adresse e-mail professionnelle, le nom de votre organisation et votre mot de passe, que nous ne conservons que sous forme hachée. Si vous souscrivez une offre payante, nous traitons également vos données de facturation (adresse, numéro de TVA intracommunautaire) ; les données de carte bancaire sont traitées directement par notre prestataire de paiement. Lorsque vous utilisez le service, nous enregistrons des données techniques : adresse IP, type de navigateur, journaux de connexion et actions réalisées dans votre espace. Les questionnaires que vous concevez et les réponses collectées, anonymes ou non selon votre configuration, constituent votre contenu. Nous vous déconseillons de collecter des données sensibles au sens de l'article 9 du RGPD sans base légale appropriée, et nous ne procédons à aucune analyse du contenu des réponses pour notre propre compte.

## Pourquoi nous utilisons ces données

Nous traitons les données de compte et de facturation pour exécuter le contrat qui nous lie à vous : création de votre espace, hébergement de vos questionnaires, envoi des invitations, facturation et assistance (article 6.1.b du RGPD). Nous conservons les pièces comptables pour respecter nos obligations légales (article 6.1.c). Les journaux techniques sont traités sur la base de notre intérêt légitime à garantir la sécurité du service et à prévenir la fraude et les abus (article 6.1.f). Nous ne vous envoyons notre lettre d'information qu'avec votre consentement préalable (article 6.1.a), que vous pouvez retirer à tout moment grâce au lien de désinscription présent dans chaque envoi.

Nous ne vendons pas vos données personnelles ni celles de vos répondants, et nous ne les communiquons à aucun tiers à des fins publicitaires. Nous ne procédons à aucun profilage et ne prenons aucune décision fondée exclusivement sur un traitement automatisé. Les questionnaires et les réponses ne sont pas utilisés pour entraîner des modèles d'intelligence artificielle ; notre assistant de rédaction de questions ne traite que les textes que vous choisissez de lui soumettre, et nous n'utilisons ces textes pour améliorer nos modèles que si vous l'avez expressément accepté dans les paramètres de votre compte.

## Qui a accès à vos données

Nous faisons appel aux sous-traitants suivants : OVHcloud (hébergement des serveurs et des sauvegardes, Roubaix et Gravelines), Stripe Payments Europe Ltd (paiement, Irlande), Twilio SendGrid (envoi des invitations par e-mail, États-Unis) et Crisp IM SAS (messagerie d'assistance, France). Chacun d'eux est lié par un contrat conforme à l'article 28 du RGPD.

## Hébergement et transferts hors de l'Union européenne

Toutes les données, y compris les questionnaires, les réponses et les sauvegardes, sont hébergées exclusivement en France, dans les centres de données d'OVHcloud. Le seul transfert hors de l'Union européenne concerne l'envoi des invitations par SendGrid : l'adresse e-mail du destinataire et le contenu de l'invitation sont transmis à Twilio Inc. aux États-Unis. Ce transfert est encadré par la décision d'adéquation de la Commission européenne relative au cadre de protection des données UE-États-Unis (Data Privacy Framework), auquel Twilio a adhéré, ainsi que par les clauses contractuelles types de la Commission européenne.

## Durées de conservation

Les données de votre compte sont conservées pendant toute la durée de votre abonnement, puis supprimées trois mois après la clôture du compte. Les questionnaires et les réponses sont effacés dans un délai de 30 jours après leur suppression par vos soins ou après la fin du contrat, et disparaissent de nos sauvegardes au plus tard un mois plus tard. Les journaux de connexion sont conservés 6 mois. Les factures sont conservées 10 ans, conformément au Code de commerce. Les échanges avec notre assistance sont conservés deux ans après leur clôture.

## Sécurité

Nous protégeons vos données par des mesures techniques et organisationelles adaptées : chiffrement des données au repos (AES-256) et en transit (TLS 1.3), authentification à deux facteurs obligatoire pour les administrateurs de comptes et proposée à tous les utilisateurs, tests d'intrusion annuels réalisés par un prestataire indépendant et journalisation des accès de nos équipes. Sondalys est certifiée ISO/IEC 27001 depuis 2023. En cas de violation de données personnelles, nous notifions la CNIL dans les 72 heures lorsque la loi l'exige et nous informons nos clients concernés sans délai injustifié, au plus tard 48 heures après en avoir pris connaissance.

## Demandes des autorités

Nous ne communiquons des données aux autorités publiques que sur réquisition judiciaire ou administrative fondée sur une base légale, après vérification de sa régularité, et nous en informons le client concerné sauf interdiction légale.

## Cookies

Notre site utilise des cookies strictement nécessaires à son fonctionnement ainsi que, sous réserve de votre consentement, des cookies de mesure d'audience (Matomo, hébergé en France). Notre bandeau vous permet d'accepter ou de refuser ces cookies en un clic grâce aux boutons « Tout accepter » et « Tout refuser », et vous pouvez modifier votre choix à tout moment.

## Mineurs

Le service est réservé aux personnes âgées d'au moins 15 ans ; nous ne collectons pas sciemment de données concernant des enfants de moins de 15 ans.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation du traitement, d'un droit à la portabilité de vos données, d'un droit d'opposition ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Vous pouvez exercer ces droits gratuitement en écrivant à dpo@sondalys.fr ; nous vous répondrons dans un délai d'un mois. Si vous êtes répondant à une enquête, adressez-vous de préférence à l'organisation qui vous a interrogé. Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (www.cnil.fr).

## Modifications

Nous pouvons faire évoluer la présente politique. Toute modification substantielle vous sera notifiée par e-mail et dans votre espace client au moins 30 jours avant son entrée en vigueur.
"""

FR_EDITS = [
    E("fr-R01", ["R01"], "Adds a French newsletter provider to the list of sub-processors.",
      ("r", " et Crisp IM SAS (messagerie d'assistance, France).",
       ", Crisp IM SAS (messagerie d'assistance, France) et Brevo SAS (envoi de la lettre d'information, France).")),
    E("fr-R02-a", ["R01", "R02"], "Replaces the no-sale/no-ad promise: only survey responses are not sold, account data is shared with commercial partners for their offers.",
      ("r", "Nous ne vendons pas vos données personnelles ni celles de vos répondants, et nous ne les communiquons à aucun tiers à des fins publicitaires.",
       "Nous ne vendons pas les réponses collectées par vos enquêtes. Nous pouvons en revanche partager certaines données de votre compte (secteur d'activité, taille de l'organisation, adresse e-mail professionnelle) avec des partenaires commerciaux soigneusement sélectionnés, afin qu'ils puissent vous présenter des offres susceptibles de vous intéresser.")),
    E("fr-R02-b", ["R02"], "Silently deletes the no-sale/no-advertising sentence.",
      ("r", "Nous ne vendons pas vos données personnelles ni celles de vos répondants, et nous ne les communiquons à aucun tiers à des fins publicitaires. Nous ne procédons",
       "Nous ne procédons")),
    E("fr-R03-a", ["R03"], "Questionnaires and responses may now be used in pseudonymised form to train the company's AI models.",
      ("r", "Les questionnaires et les réponses ne sont pas utilisés pour entraîner des modèles d'intelligence artificielle ;",
       "Les questionnaires et les réponses peuvent être utilisés, sous une forme pseudonymisée, pour entraîner et améliorer nos modèles d'intelligence artificielle ;")),
    E("fr-R03-b", ["R03"], "Training on texts submitted to the writing assistant changes from opt-in to opt-out.",
      ("r", "et nous n'utilisons ces textes pour améliorer nos modèles que si vous l'avez expressément accepté dans les paramètres de votre compte.",
       "et nous utilisons ces textes pour améliorer nos modèles, sauf si vous vous y êtes opposé dans les paramètres de votre compte.")),
    E("fr-R04-a", ["R04"], "Adds access to account data by the company's own support office in Tunis, Tunisia.",
      ("r", "Le seul transfert hors de l'Union européenne concerne l'envoi des invitations par SendGrid : l'adresse e-mail du destinataire et le contenu de l'invitation sont transmis à Twilio Inc. aux États-Unis.",
       "Les salariés de notre bureau de Tunis (Tunisie), qui assurent l'assistance en soirée et le week-end, peuvent consulter les données de votre compte et vos échanges avec l'assistance ; cet accès est encadré par les clauses contractuelles types. Par ailleurs, pour l'envoi des invitations par SendGrid, l'adresse e-mail du destinataire et le contenu de l'invitation sont transmis à Twilio Inc. aux États-Unis.")),
    E("fr-R04-b", ["R04"], "The US transfer now relies on the Art. 49 contract-necessity derogation instead of DPF and SCCs.",
      ("r", "Ce transfert est encadré par la décision d'adéquation de la Commission européenne relative au cadre de protection des données UE-États-Unis (Data Privacy Framework), auquel Twilio a adhéré, ainsi que par les clauses contractuelles types de la Commission européenne.",
       "Ce transfert repose sur l'article 49 du RGPD, dans la mesure où il est nécessaire à l'exécution du contrat conclu avec vous.")),
    E("fr-R05", ["R05"], "Hosting is no longer exclusively in France but in any country where OVHcloud operates data centres.",
      ("r", "sont hébergées exclusivement en France, dans les centres de données d'OVHcloud.",
       "sont hébergées dans les centres de données d'OVHcloud, en France ou dans tout autre pays où OVHcloud exploite des centres de données.")),
    E("fr-R06-a", ["R06"], "Connection logs are kept for 3 years instead of 6 months.",
      ("r", "Les journaux de connexion sont conservés 6 mois.", "Les journaux de connexion sont conservés 3 ans.")),
    E("fr-R06-b", ["R06"], "Replaces deletion of account data three months after closure by 'as long as necessary'.",
      ("r", "puis supprimées trois mois après la clôture du compte.",
       "puis aussi longtemps que nécessaire au regard des finalités poursuivies.")),
    E("fr-R07-a", ["R07"], "Removes the rights to data portability and to object.",
      ("r", "de limitation du traitement, d'un droit à la portabilité de vos données, d'un droit d'opposition ainsi que du droit",
       "de limitation du traitement ainsi que du droit")),
    E("fr-R07-b", ["R07"], "Rights requests now need an ID copy, may be refused or charged, and the response time becomes three months.",
      ("r", "Vous pouvez exercer ces droits gratuitement en écrivant à dpo@sondalys.fr ; nous vous répondrons dans un délai d'un mois.",
       "Vous pouvez exercer ces droits en écrivant à dpo@sondalys.fr et en joignant une copie d'une pièce d'identité ; nous nous réservons le droit de refuser les demandes que nous estimons excessives ou de facturer des frais de traitement. Nous vous répondrons dans un délai de trois mois.")),
    E("fr-R08", ["R08"], "Removes the DPO and redirects rights requests to the general contact address.",
      ("r", " Nous avons désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@sondalys.fr ou par courrier à notre siège, à l'attention du DPO.", ""),
      ("r", "en écrivant à dpo@sondalys.fr", "en écrivant à contact@sondalys.fr")),
    E("fr-R09", ["R09"], "A Luxembourg company that acquired the business becomes the publisher and controller.",
      ("r", "éditée par Sondalys SAS, société par actions simplifiée au capital de 40 000 euros, immatriculée au RCS de Lyon sous le numéro 901 234 567, dont le siège social est situé 27 rue de la Villette, 69003 Lyon. Sondalys SAS est responsable",
       "éditée depuis le 1er septembre 2025 par Enquêtia Group SA, société anonyme de droit luxembourgeois immatriculée au RCS de Luxembourg sous le numéro B 254871, dont le siège social est situé 12 rue Eugène Ruppert, L-2453 Luxembourg, qui a repris l'activité de Sondalys SAS. Enquêtia Group SA est responsable")),
    E("fr-R10", ["R10"], "The newsletter moves from prior consent to legitimate interest with an opt-out.",
      ("r", "Nous ne vous envoyons notre lettre d'information qu'avec votre consentement préalable (article 6.1.a), que vous pouvez retirer à tout moment grâce au lien de désinscription présent dans chaque envoi.",
       "Nous vous envoyons notre lettre d'information sur la base de notre intérêt légitime à vous informer de nos nouveautés (article 6.1.f) ; vous pouvez vous y opposer à tout moment grâce au lien de désinscription présent dans chaque envoi.")),
    E("fr-R11", ["R11"], "Response content is now analysed for the company's own published sector studies, changed in two places.",
      ("r", "et nous ne procédons à aucune analyse du contenu des réponses pour notre propre compte.",
       "et nous analysons le contenu des réponses de manière agrégée pour notre propre compte, comme indiqué ci-dessous."),
      ("r", "(article 6.1.f). Nous ne vous envoyons",
       "(article 6.1.f). Nous utilisons en outre les réponses collectées sur la plateforme pour réaliser et publier des études sectorielles et des baromètres, sur la base de notre intérêt légitime (article 6.1.f). Nous ne vous envoyons")),
    E("fr-R12", ["R12"], "Adds collection of respondents' device fingerprint and precise geolocation to detect fraudulent responses.",
      ("r", "adresse IP, type de navigateur, journaux de connexion et actions réalisées dans votre espace.",
       "adresse IP, type de navigateur, journaux de connexion et actions réalisées dans votre espace. Afin de détecter les réponses frauduleuses, nous collectons également auprès des répondants une empreinte de leur appareil et leur géolocalisation précise.")),
    E("fr-R13", ["R13"], "Silently deletes the statement that no profiling or solely automated decisions take place.",
      ("r", " Nous ne procédons à aucun profilage et ne prenons aucune décision fondée exclusivement sur un traitement automatisé.", "")),
    E("fr-R14-a", ["R14"], "Drops encryption at rest from the security measures.",
      ("r", "chiffrement des données au repos (AES-256) et en transit (TLS 1.3)", "chiffrement des données en transit (TLS 1.3)")),
    E("fr-R14-b", ["R14"], "Two-factor authentication is no longer mandatory for account administrators.",
      ("r", "authentification à deux facteurs obligatoire pour les administrateurs de comptes et proposée à tous les utilisateurs",
       "authentification à deux facteurs proposée aux utilisateurs qui souhaitent l'activer")),
    E("fr-R15", ["R15"], "Deletes the breach-notification sentence from the security section.",
      ("r", " En cas de violation de données personnelles, nous notifions la CNIL dans les 72 heures lorsque la loi l'exige et nous informons nos clients concernés sans délai injustifié, au plus tard 48 heures après en avoir pris connaissance.", "")),
    E("fr-R16", ["R16"], "Changes take effect on publication instead of 30 days' notice.",
      ("r", "Toute modification substantielle vous sera notifiée par e-mail et dans votre espace client au moins 30 jours avant son entrée en vigueur.",
       "Les modifications prennent effet dès leur publication sur cette page ; nous vous invitons à la consulter régulièrement.")),
    E("fr-R17", ["R17"], "Adds a section giving exclusive jurisdiction to the Lyon commercial court.",
      ("r", "au moins 30 jours avant son entrée en vigueur.\n",
       "au moins 30 jours avant son entrée en vigueur.\n\n## Droit applicable et juridiction\n\nLa présente politique est soumise au droit français. Tout litige relatif à son interprétation ou à son exécution relève de la compétence exclusive du tribunal de commerce de Lyon.\n")),
    E("fr-R19", ["R19"], "Removes the one-click 'Tout refuser' button from the cookie banner.",
      ("r", "Notre bandeau vous permet d'accepter ou de refuser ces cookies en un clic grâce aux boutons « Tout accepter » et « Tout refuser », et vous pouvez",
       "Notre bandeau vous permet d'accepter ces cookies en un clic grâce au bouton « Tout accepter » ou de paramétrer vos choix finalité par finalité, et vous pouvez")),
    E("fr-R20", ["R20"], "Lowers the minimum age from 15 to 13.",
      ("r", "Le service est réservé aux personnes âgées d'au moins 15 ans ; nous ne collectons pas sciemment de données concernant des enfants de moins de 15 ans.",
       "Le service est réservé aux personnes âgées d'au moins 13 ans ; nous ne collectons pas sciemment de données concernant des enfants de moins de 13 ans.")),
    E("fr-R21", ["R21"], "Allows disclosure to police and intelligence services without a requisition when deemed justified.",
      ("r", "Nous ne communiquons des données aux autorités publiques que sur réquisition judiciaire ou administrative fondée sur une base légale, après vérification de sa régularité, et nous en informons le client concerné sauf interdiction légale.",
       "Nous pouvons communiquer des données aux autorités publiques, y compris aux services de police et de renseignement, lorsque nous estimons de bonne foi qu'une demande le justifie, même en l'absence de réquisition judiciaire.")),
    E("fr-R01-R04", ["R01", "R04"], "Replaces the French support chat by Intercom with US hosting and adds that transfer.",
      ("r", "et Crisp IM SAS (messagerie d'assistance, France).",
       "et Intercom R&D Unlimited Company (messagerie d'assistance, données hébergées aux États-Unis)."),
      ("r", "Le seul transfert hors de l'Union européenne concerne l'envoi des invitations par SendGrid :",
       "Les messages échangés avec notre assistance sont hébergés par Intercom aux États-Unis, dans le cadre des clauses contractuelles types. Un autre transfert concerne l'envoi des invitations par SendGrid :")),
    E("fr-R11-R13", ["R11", "R13"], "Introduces a commercial profile of each customer for personalised offers and removes the no-profiling statement.",
      ("r", " Nous ne procédons à aucun profilage et ne prenons aucune décision fondée exclusivement sur un traitement automatisé.",
       " Nous analysons votre utilisation du service (fonctionnalités utilisées, volume de réponses, fréquence de connexion) afin d'établir un profil commercial et de vous proposer des offres personnalisées, sur la base de notre intérêt légitime.")),
    E("fr-NONE-1", [], "Fixes the spelling of 'organisationnelles'.",
      ("r", "mesures techniques et organisationelles adaptées", "mesures techniques et organisationnelles adaptées")),
    E("fr-NONE-2", [], "Swaps the sections on authority requests and cookies.",
      ("swap", "## Demandes des autorités", "## Cookies", "## Demandes des autorités", "## Cookies")),
    E("fr-NONE-3", [], "Rephrases the no-AI-training sentence with the same meaning.",
      ("r", "Les questionnaires et les réponses ne sont pas utilisés pour entraîner des modèles d'intelligence artificielle ;",
       "Nous n'entraînons aucun modèle d'intelligence artificielle avec vos questionnaires ou les réponses collectées ;")),
    E("fr-NONE-4", [], "Rewords the connection-log retention sentence keeping six months.",
      ("r", "Les journaux de connexion sont conservés 6 mois.", "Nous gardons les journaux de connexion pendant six mois, puis nous les effaçons.")),
    E("fr-NONE-5", [], "Rewords two section headings without changing content.",
      ("r", "## Pourquoi nous utilisons ces données", "## Finalités et bases légales"),
      ("r", "## Qui a accès à vos données", "## Destinataires des données")),
    E("fr-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Dernière mise à jour : 12 mai 2025", "Dernière mise à jour : 2 octobre 2025")),
]
LANGS["fr"] = (FR, FR_EDITS)


# ---------------------------------------------------------------------------
# nl: appointment booking; questions and answers as headings
# ---------------------------------------------------------------------------
NL = """# Privacyverklaring Afsprakenbalie

Laatst bijgewerkt: 20 januari 2025

Afsprakenbalie is een online systeem waarmee kappers, schoonheidssalons, garages, rijscholen en andere dienstverleners hun klanten zelf afspraken laten inplannen. In deze privacyverklaring beantwoorden we de vragen die u over uw gegevens kunt hebben.

## Wie is verantwoordelijk voor uw gegevens?

Afsprakenbalie B.V., Oudegracht 215, 3511 NH Utrecht, ingeschreven bij de Kamer van Koophandel onder nummer 81234567, is verwerkingsverantwoordelijke voor de gegevens van onze klanten (de ondernemers die ons systeem gebruiken) en van bezoekers van onze website. Voor de gegevens van mensen die via ons systeem een afspraak maken, is de ondernemer bij wie de afspraak wordt gemaakt de verwerkingsverantwoordelijke; wij treden dan op als verwerker op basis van een verwerkersovereenkomst. U kunt ons bereiken via privacy@afsprakenbalie.nl of telefonisch op 030 799 41 20.

## Heeft Afsprakenbalie een functionaris voor gegevensbescherming?

Ja. Onze functionaris voor gegevensbescherming (FG) is mr. Jeroen de Wit. U kunt hem rechtstreeks mailen via fg@afsprakenbalie.nl.

## Welke gegevens verwerken wij?

Van ondernemers verwerken we naam, bedrijfsnaam, adres, e-mailadres, telefoonnummer, KvK-nummer, bankrekeningnummer en de instellingen van hun agenda. Van mensen die een afspraak boeken verwerken we naam, e-mailadres, telefoonnummer, de gekozen dienst, datum en tijd van de afspraak en eventuele opmerkingen die zij zelf invullen. We vragen nooit naar gezondheidsgegevens of andere bijzondere persoonsgegevens, en we raden ondernemers af om daarnaar te vragen in het opmerkingenveld. Daarnaast slaan we technische gegevens op, zoals IP-adres, browsertype en inlogmomenten.

## Waarvoor gebruiken wij deze gegevens, en op welke grondslag?

- Om het boekingssysteem te leveren, afspraken vast te leggen en herinneringen per e-mail of sms te versturen: uitvoering van de overeenkomst met de ondernemer.
- Om facturen te versturen en onze administratie bij te houden: wettelijke verplichting.
- Om misbruik en fraude te voorkomen en ons systeem te beveiligen: gerechtvaardigd belang.
- Om ondernemers onze nieuwsbrief met tips en nieuwe functies te sturen: toestemming, die u op elk moment kunt intrekken.

Voor andere doelen gebruiken we uw gegevens niet.

## Verkopen jullie mijn gegevens of gebruiken jullie ze voor reclame?

Nee. We verkopen geen persoonsgegevens en delen ze niet met adverteerders of andere derden voor reclamedoeleinden. Mensen die een afspraak boeken, krijgen van ons ook geen reclame.

## Worden mijn gegevens gebruikt om AI te trainen of om een profiel van mij te maken?

Nee. We gebruiken afspraakgegevens en klantgegevens niet om modellen voor kunstmatige intelligentie te trainen. We maken geen profielen van ondernemers of hun klanten en nemen geen besluiten die uitsluitend op geautomatiseerde verwerking berusten.

## Met wie delen wij gegevens?

We werken met een beperkt aantal verwerkers die in onze opdracht werken en met wie we een verwerkersovereenkomst hebben gesloten:

- Google Cloud EMEA Ltd – hosting van ons platform in het datacenter in Eemshaven (Nederland);
- Bird B.V. (MessageBird) – verzending van sms-herinneringen, Amsterdam;
- Mollie B.V. – betalingen, Amsterdam;
- Freshworks Inc. (Freshdesk) – klantenservice, Verenigde Staten.

Verder delen we gegevens alleen met onze accountant, als dat voor de jaarrekening nodig is.

## Worden gegevens buiten de Europese Unie verwerkt?

Alleen voor onze klantenservice: Freshdesk kan supportvragen van ondernemers in de Verenigde Staten verwerken. Freshworks is gecertificeerd onder het EU-US Data Privacy Framework; daarnaast hebben we met Freshworks de standaardcontractbepalingen van de Europese Commissie afgesproken. Alle afspraakgegevens blijven binnen de EU.

## Waar worden de gegevens opgeslagen?

Al onze servers staan in Nederland, in het Google Cloud-datacenter in Eemshaven. Back-ups bewaren we in de Google Cloud-regio Frankfurt (Duitsland). Beide locaties liggen in de Europese Unie.

## Hoe lang bewaren wij gegevens?

- Afspraakgegevens: 24 maanden na de datum van de afspraak, tenzij de ondernemer ze eerder verwijdert.
- Accountgegevens van ondernemers: zolang het account actief is en daarna nog 60 dagen.
- Sms- en e-maillogboeken: 90 dagen.
- Facturen en administratie: 7 jaar, vanwege de fiscale bewaarplicht.
- Supportvragen: 2 jaar na afhandeling.

## Hoe beveiligen wij uw gegevens?

We versleutelen alle gegevens tijdens transport (TLS) en in opslag (AES-256). Medewerkers en ondernemers loggen in met tweestapsverificatie. We zijn gecertificeerd volgens ISO 27001 en laten jaarlijks een pentest uitvoeren door een onafhankelijk bureau.

## Wat gebeurt er bij een datalek?

Als er een datalek plaatsvindt, melden we dat binnen 72 uur bij de Autoriteit Persoonsgegevens als dat wettelijk verplicht is. Ondernemers van wie gegevens betrokken zijn, informeren we binnen 24 uur nadat we het lek hebben ontedkt, zodat zij hun eigen klanten kunnen inlichten.

## Geven jullie gegevens aan de politie of andere overheidsinstanties?

Alleen als we daartoe wettelijk verplicht zijn, bijvoorbeeld op grond van een bevel van de officier van justitie of een rechter. We controleren elk verzoek en verstrekken niet meer gegevens dan noodzakelijk.

## Gebruiken jullie cookies?

Op onze website en in het boekingsscherm gebruiken we alleen functionele cookies die nodig zijn om het systeem te laten werken. We plaatsen geen tracking- of advertentiecookies en gebruiken geen analysediensten van derden.

## Mogen kinderen het systeem gebruiken?

Een account voor ondernemers kan alleen worden aangemaakt door personen van 18 jaar of ouder. Om zelf een afspraak te boeken moet u minimaal 16 jaar zijn; voor jongere kinderen boekt een ouder of voogd de afspraak.

## Welke rechten heeft u?

U heeft het recht om uw gegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kunt u vragen om de verwerking te beperken, bezwaar maken tegen verwerking op basis van ons gerechtvaardigd belang en uw gegevens in een gangbaar formaat laten overdragen. Stuur uw verzoek naar privacy@afsprakenbalie.nl; we reageren binnen vier weken en brengen daarvoor geen kosten in rekening. Heeft u een afspraak geboekt bij een ondernemer, dan kunt u uw verzoek ook rechtstreeks aan die ondernemer richten. Bent u niet tevreden over hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.

## Kan deze privacyverklaring veranderen?

Ja. Bij belangrijke wijzigingen informeren we ondernemers minstens 30 dagen van tevoren per e-mail. De datum bovenaan laat zien wanneer de verklaring voor het laatst is aangepast.
"""

NL_EDITS = [
    E("nl-R01", ["R01"], "Adds a French newsletter service to the list of processors.",
      ("r", "- Mollie B.V. – betalingen, Amsterdam;\n",
       "- Mollie B.V. – betalingen, Amsterdam;\n- Brevo SAS – verzending van onze nieuwsbrief, Parijs (Frankrijk);\n")),
    E("nl-R02-a", ["R01", "R02"], "Answer changes from 'no' to sharing bookers' names and e-mail addresses with selected partners for offers.",
      ("r", "Nee. We verkopen geen persoonsgegevens en delen ze niet met adverteerders of andere derden voor reclamedoeleinden.",
       "We verkopen geen persoonsgegevens. Wel kunnen we de naam en het e-mailadres van mensen die een afspraak boeken, delen met zorgvuldig geselecteerde partners, zodat zij aanbiedingen kunnen sturen die passen bij de geboekte dienst.")),
    E("nl-R02-b", ["R02"], "Narrows the no-sale/no-ad-sharing promise to business customers' data only.",
      ("r", "We verkopen geen persoonsgegevens en delen ze niet met adverteerders",
       "We verkopen geen persoonsgegevens van ondernemers en delen die niet met adverteerders")),
    E("nl-R03-a", ["R03"], "Booking data is now used to train the AI model that fills agendas.",
      ("r", "Nee. We gebruiken afspraakgegevens en klantgegevens niet om modellen voor kunstmatige intelligentie te trainen.",
       "Deels. We gebruiken afspraakgegevens (gekozen dienst, datum, tijd en annuleringen) om het AI-model te trainen waarmee ondernemers hun agenda slimmer kunnen vullen.")),
    E("nl-R03-b", ["R03"], "Questions to the chat assistant and its answers are now used to train it.",
      ("r", "Nee. We gebruiken afspraakgegevens en klantgegevens niet om modellen voor kunstmatige intelligentie te trainen.",
       "We gebruiken afspraakgegevens en klantgegevens niet om modellen voor kunstmatige intelligentie te trainen. Vragen die ondernemers aan onze chatassistent stellen en de antwoorden van de assistent gebruiken we wel om de assistent te verbeteren en verder te trainen.")),
    E("nl-R04-a", ["R04"], "Freshdesk may now process support questions in India as well, changed in two places.",
      ("r", "- Freshworks Inc. (Freshdesk) – klantenservice, Verenigde Staten.", "- Freshworks Inc. (Freshdesk) – klantenservice, Verenigde Staten en India."),
      ("r", "Freshdesk kan supportvragen van ondernemers in de Verenigde Staten verwerken.",
       "Freshdesk kan supportvragen van ondernemers in de Verenigde Staten en in India verwerken.")),
    E("nl-R04-b", ["R04"], "Replaces the DPF certification and SCCs by a vague assurance from the provider.",
      ("r", "Freshworks is gecertificeerd onder het EU-US Data Privacy Framework; daarnaast hebben we met Freshworks de standaardcontractbepalingen van de Europese Commissie afgesproken.",
       "Freshworks heeft ons verzekerd dat het passende maatregelen neemt om uw gegevens te beschermen.")),
    E("nl-R05", ["R05"], "Servers may be in any country where Google has data centres; the EU-only statements are removed.",
      ("r", "Al onze servers staan in Nederland, in het Google Cloud-datacenter in Eemshaven. Back-ups bewaren we in de Google Cloud-regio Frankfurt (Duitsland). Beide locaties liggen in de Europese Unie.",
       "Onze servers en back-ups draaien in de cloud van Google. Google kan de gegevens opslaan in elk land waar het datacenters heeft."),
      ("r", " Alle afspraakgegevens blijven binnen de EU.", "")),
    E("nl-R06-a", ["R06"], "Booking data is kept 7 years instead of 24 months.",
      ("r", "- Afspraakgegevens: 24 maanden na de datum van de afspraak,", "- Afspraakgegevens: 7 jaar na de datum van de afspraak,")),
    E("nl-R06-b", ["R06"], "Replaces the 2-year retention of support questions by 'as long as needed'.",
      ("r", "- Supportvragen: 2 jaar na afhandeling.", "- Supportvragen: zolang dat nodig is voor het doel waarvoor ze zijn verzameld.")),
    E("nl-R07-a", ["R07"], "Removes the right to object and to data portability.",
      ("r", "Ook kunt u vragen om de verwerking te beperken, bezwaar maken tegen verwerking op basis van ons gerechtvaardigd belang en uw gegevens in een gangbaar formaat laten overdragen.",
       "Ook kunt u vragen om de verwerking te beperken.")),
    E("nl-R07-b", ["R07"], "Adds a 15-euro fee for a second request within twelve months.",
      ("r", "we reageren binnen vier weken en brengen daarvoor geen kosten in rekening.",
       "we reageren binnen vier weken. Voor een tweede of volgend verzoek binnen twaalf maanden rekenen we € 15 administratiekosten.")),
    E("nl-R08", ["R08"], "Rights requests must now go through a web form instead of the privacy e-mail address.",
      ("r", "Stuur uw verzoek naar privacy@afsprakenbalie.nl;", "Dien uw verzoek in via het formulier op afsprakenbalie.nl/privacyverzoek;")),
    E("nl-R09", ["R09"], "A Berlin company that took over Afsprakenbalie becomes the controller.",
      ("r", "Afsprakenbalie B.V., Oudegracht 215, 3511 NH Utrecht, ingeschreven bij de Kamer van Koophandel onder nummer 81234567, is verwerkingsverantwoordelijke",
       "Bookwise Europe GmbH, Schönhauser Allee 36, 10435 Berlijn (Duitsland), ingeschreven in het handelsregister van het Amtsgericht Charlottenburg onder nummer HRB 231877 B, die Afsprakenbalie B.V. per 1 juni 2025 heeft overgenomen, is verwerkingsverantwoordelijke")),
    E("nl-R10", ["R10"], "The newsletter moves from consent to legitimate interest.",
      ("r", "nieuwe functies te sturen: toestemming, die u op elk moment kunt intrekken.",
       "nieuwe functies te sturen: gerechtvaardigd belang; u kunt zich op elk moment afmelden.")),
    E("nl-R11", ["R11"], "Adds analysis of booking behaviour for market insights and benchmark reports as a purpose.",
      ("r", "- Om misbruik en fraude te voorkomen en ons systeem te beveiligen: gerechtvaardigd belang.\n",
       "- Om misbruik en fraude te voorkomen en ons systeem te beveiligen: gerechtvaardigd belang.\n- Om het boekgedrag van klanten te analyseren en ondernemers marktinzichten en benchmarkrapporten per regio en branche te bieden: gerechtvaardigd belang.\n")),
    E("nl-R12", ["R12"], "Health-care providers' customers' appointment reasons and complaints (health data) are now processed.",
      ("r", "We vragen nooit naar gezondheidsgegevens of andere bijzondere persoonsgegevens, en we raden ondernemers af om daarnaar te vragen in het opmerkingenveld.",
       "Voor fysiotherapeuten, tandartsen en andere zorgverleners verwerken we ook de reden van de afspraak en de klachten die de patiënt opgeeft; dit zijn gezondheidsgegevens.")),
    E("nl-R13", ["R13"], "Replaces the no-profiling sentence by automatic blocking of no-show customers.",
      ("r", "We maken geen profielen van ondernemers of hun klanten en nemen geen besluiten die uitsluitend op geautomatiseerde verwerking berusten.",
       "Klanten die twee keer niet op een afspraak verschijnen, worden automatisch en zonder menselijke tussenkomst geblokkeerd voor online boeken bij die ondernemer.")),
    E("nl-R14-a", ["R14"], "Drops encryption at rest.",
      ("r", "We versleutelen alle gegevens tijdens transport (TLS) en in opslag (AES-256).", "We versleutelen alle gegevens tijdens transport (TLS).")),
    E("nl-R14-b", ["R14"], "Drops the ISO 27001 certification and the annual independent pentest.",
      ("r", "We zijn gecertificeerd volgens ISO 27001 en laten jaarlijks een pentest uitvoeren door een onafhankelijk bureau.",
       "We laten regelmatig een beveiligingstest uitvoeren.")),
    E("nl-R15", ["R15"], "The data-breach answer no longer promises reporting to the authority or informing businesses.",
      ("r", "Als er een datalek plaatsvindt, melden we dat binnen 72 uur bij de Autoriteit Persoonsgegevens als dat wettelijk verplicht is. Ondernemers van wie gegevens betrokken zijn, informeren we binnen 24 uur nadat we het lek hebben ontedkt, zodat zij hun eigen klanten kunnen inlichten.",
       "Als er een datalek plaatsvindt, onderzoeken we wat er is gebeurd en nemen we maatregelen om herhaling te voorkomen.")),
    E("nl-R16", ["R16"], "The policy may change at any moment, effective on publication, instead of 30 days' notice.",
      ("r", "Ja. Bij belangrijke wijzigingen informeren we ondernemers minstens 30 dagen van tevoren per e-mail.",
       "Ja. We kunnen deze verklaring op elk moment aanpassen; wijzigingen gelden vanaf het moment van publicatie op onze website.")),
    E("nl-R17", ["R17"], "Adds a question introducing Dutch law and NAI arbitration excluding the courts.",
      ("r", "wanneer de verklaring voor het laatst is aangepast.\n",
       "wanneer de verklaring voor het laatst is aangepast.\n\n## Welk recht is van toepassing?\n\nOp deze privacyverklaring is Nederlands recht van toepassing. Geschillen worden met uitsluiting van de gewone rechter beslecht door arbitrage volgens het reglement van het Nederlands Arbitrage Instituut.\n")),
    E("nl-R19", ["R19"], "Adds analytics and A/B-testing cookies to the booking screen.",
      ("r", "We plaatsen geen tracking- of advertentiecookies en gebruiken geen analysediensten van derden.",
       "Daarnaast plaatsen we analytische cookies en een A/B-testcookie om te meten hoe bezoekers het boekingsscherm gebruiken; deze gegevens blijven op onze eigen servers.")),
    E("nl-R20", ["R20"], "Children from age 12 may now book appointments themselves (was 16).",
      ("r", "Om zelf een afspraak te boeken moet u minimaal 16 jaar zijn;", "Vanaf 12 jaar kunnen kinderen zelf een afspraak boeken;")),
    E("nl-R21", ["R21"], "Cooperates with police and other authorities on request, even without a prosecutor's or court order.",
      ("r", "Alleen als we daartoe wettelijk verplicht zijn, bijvoorbeeld op grond van een bevel van de officier van justitie of een rechter. We controleren elk verzoek en verstrekken niet meer gegevens dan noodzakelijk.",
       "Ja, als de politie, de Belastingdienst of een andere overheidsinstantie daarom vraagt, werken we mee. Ook zonder bevel van een rechter of de officier van justitie kunnen we gegevens verstrekken als wij dat redelijk vinden.")),
    E("nl-R04-R05", ["R04", "R05"], "Moves hosting partly to a US Google Cloud region and drops the statement that booking data stays in the EU.",
      ("r", "Al onze servers staan in Nederland, in het Google Cloud-datacenter in Eemshaven. Back-ups bewaren we in de Google Cloud-regio Frankfurt (Duitsland). Beide locaties liggen in de Europese Unie.",
       "Onze servers staan in de Google Cloud-datacenters in Eemshaven (Nederland) en Council Bluffs (Iowa, Verenigde Staten). Back-ups bewaren we in de Google Cloud-regio Frankfurt (Duitsland)."),
      ("r", "Alle afspraakgegevens blijven binnen de EU.",
       "Daarnaast worden afspraakgegevens verwerkt in het Google Cloud-datacenter in de Verenigde Staten, op basis van de standaardcontractbepalingen.")),
    E("nl-R11-R12", ["R11", "R12"], "Collects bookers' precise app location to compute travel times and show businesses where customers come from.",
      ("r", "Daarnaast slaan we technische gegevens op, zoals IP-adres, browsertype en inlogmomenten.",
       "Daarnaast slaan we technische gegevens op, zoals IP-adres, browsertype en inlogmomenten. Wie via onze app boekt, deelt ook zijn precieze locatie."),
      ("r", "- Om facturen te versturen en onze administratie bij te houden: wettelijke verplichting.\n",
       "- Om facturen te versturen en onze administratie bij te houden: wettelijke verplichting.\n- Om reistijden te berekenen en ondernemers te laten zien uit welke buurten hun klanten komen: gerechtvaardigd belang.\n")),
    E("nl-NONE-1", [], "Fixes the typo 'ontedkt'.",
      ("r", "het lek hebben ontedkt", "het lek hebben ontdekt")),
    E("nl-NONE-2", [], "Turns the list of purposes and legal bases into running text.",
      ("r", "- Om het boekingssysteem te leveren, afspraken vast te leggen en herinneringen per e-mail of sms te versturen: uitvoering van de overeenkomst met de ondernemer.\n- Om facturen te versturen en onze administratie bij te houden: wettelijke verplichting.\n- Om misbruik en fraude te voorkomen en ons systeem te beveiligen: gerechtvaardigd belang.\n- Om ondernemers onze nieuwsbrief met tips en nieuwe functies te sturen: toestemming, die u op elk moment kunt intrekken.",
       "We gebruiken de gegevens om het boekingssysteem te leveren, afspraken vast te leggen en herinneringen per e-mail of sms te versturen; dat is nodig voor de uitvoering van de overeenkomst met de ondernemer. Facturen versturen en onze administratie bijhouden doen we vanwege een wettelijke verplichting. Om misbruik en fraude te voorkomen en ons systeem te beveiligen, beroepen we ons op ons gerechtvaardigd belang. Onze nieuwsbrief met tips en nieuwe functies sturen we ondernemers alleen met hun toestemming, die zij op elk moment kunnen intrekken.")),
    E("nl-NONE-3", [], "Rephrases the no-AI-training sentence with the same meaning.",
      ("r", "Nee. We gebruiken afspraakgegevens en klantgegevens niet om modellen voor kunstmatige intelligentie te trainen.",
       "Nee. Afspraak- en klantgegevens worden nooit gebruikt om AI-modellen te trainen.")),
    E("nl-NONE-4", [], "Rephrases the breach-reporting sentence with the same 72-hour commitment.",
      ("r", "Als er een datalek plaatsvindt, melden we dat binnen 72 uur bij de Autoriteit Persoonsgegevens als dat wettelijk verplicht is.",
       "Zijn we wettelijk verplicht een datalek te melden, dan doen we dat binnen 72 uur bij de Autoriteit Persoonsgegevens.")),
    E("nl-NONE-5", [], "Rewords the contact sentence with the same e-mail address and phone number.",
      ("r", "U kunt ons bereiken via privacy@afsprakenbalie.nl of telefonisch op 030 799 41 20.",
       "Heeft u vragen? Mail dan naar privacy@afsprakenbalie.nl of bel ons op 030 799 41 20.")),
    E("nl-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Laatst bijgewerkt: 20 januari 2025", "Laatst bijgewerkt: 8 juli 2025")),
]
LANGS["nl"] = (NL, NL_EDITS)


# ---------------------------------------------------------------------------
# sv: business VPN / zero-trust access; short and plain
# ---------------------------------------------------------------------------
SV = """# Integritetspolicy för Portvakt

Senast uppdaterad: 10 april 2025

Portvakt ger företag säker fjärråtkomst till sina interna system. Tjänsten består av ett företags-VPN och en tjänst för nollförtroendeåtkomst (zero trust), där varje anslutning kontrolleras innan den släpps igenom. Policyn gäller webbplatsen portvakt.se, administrationspanelen och Portvakt-klienten för Windows, macOS, Linux, iOS och Android. Här förklarar vi kort och enkelt hur vi hanterar personuppgifter.

## Vem vi är

Portvakt Nätverk AB (org.nr 559312-4478), Järntorget 8, 413 04 Göteborg, är personuppgiftsansvarig för uppgifter om våra kunder, deras användare och besökare på portvakt.se. Du når oss på integritet@portvakt.se eller på telefon 031-790 22 40.

När vi behandlar uppgifter för en kunds räkning, till exempel användarnas identiteter från kundens katalogtjänst (Microsoft Entra ID, Google Workspace eller Okta), är vi personuppgiftsbiträde. Då gäller kundens egen integritetspolicy och vårt biträdesavtal med kunden.

## Dataskyddsombud

Vi har ett dataskyddsombud. Du når hen på dso@portvakt.se.

## Vilka uppgifter vi behandlar

- Kontouppgifter: namn, jobbmejl, företag och roll för administratörer och användare.
- Enhetsuppgifter: enhetens namn, operativsystem och version, och om disken är krypterad. Vi använder dem för att kontrollera att enheten uppfyller kundens säkerhetskrav.
- Anslutningsloggar: vilken användare som anslöt, när, från vilken offentlig IP-adress och till vilket av kundens interna system.
- Betalningsuppgifter: fakturaadress, organisationsnummer och betalningar.
- Supportärenden: det du skriver till oss och eventuella bilagor.

Administratörer hos kunden kan se anslutningsloggarna för sina egna användare.

Vi loggar inte innehållet i din trafik. Vi loggar inte heller vilka webbplatser du besöker på internet. Vi samlar inte in din exakta position.

## Varför vi behandlar uppgifterna

- För att leverera tjänsten och ge support (avtal).
- För att fakturera och följa bokföringslagen (rättslig förpliktelse).
- För att upptäcka intrång och missbruk (berättigat intresse).
- För att skicka nyhetsbrev till administratörer som har sagt ja till det (samtycke).

Vi använder inte uppgifterna till något annat.

## Det här gör vi aldrig

- Vi säljer inte dina personuppgifter.
- Vi delar inte uppgifter med annonsörer.
- Vi tränar inte AI-modeller på dina uppgifter eller din trafik.
- Vi gör ingen profilering och fattar inga automatiserade beslut om dig.

## Vem vi delar uppgifter med

Vi använder några underbiträden. Alla har skrivit på biträdesavtal med oss.

- Amazon Web Services EMEA SARL: drift av tjänsten i AWS-regionen eu-north-1 (Stockholm).
- Hetzner Online GmbH: anslutningsnoder i Helsingfors och Nürnberg.
- Stripe Payments Europe Ltd: kortbetalningar.
- Zendesk, Inc.: supportärenden.

En aktuell lista finns på portvakt.se/underbitraden. Vi lämnar också uppgifter till vår revisor när lagen kräver det.

## Överföring utanför EU

Zendesk kan behandla supportärenden i USA. Zendesk är certifierat enligt EU–US Data Privacy Framework, och vi har dessutom tecknat EU-kommissionens standardavtalsklausuler med Zendesk. Inga andra uppgifter lämnar EU/EES.

## Var uppgifterna lagras

Tjänstens data lagras i Sverige, Finland och Tyskland. Kunden kan välja att bara använda noder och lagring i Sverige.

## Hur länge vi sparar uppgifter

- Anslutningsloggar: 30 dagar.
- Enhetsuppgifter: tills enheten tas bort, och högst 90 dagar efter senaste anslutning.
- Kontouppgifter: så länge avtalet gäller och 60 dagar därefter.
- Fakturor och bokföring: 7 år, enligt bokföringslagen.
- Supportärenden: 12 månader efter att ärendet stängts.

## Säkerhet

- All trafik krypteras med WireGuard.
- Lagrade data krypteras med AES-256.
- Administratörer måste använda tvåfaktorsautentisering.
- Vi är certifierade enligt ISO/IEC 27001.
- En extern part granskar vår säkerhet varje år.
- Bara ett fåtal av våra tekniker har åtkomst till produktionsmiljön, och all åtkomst loggas.

## Om något går fel

Om vi drabbas av en personuppgiftsincident anmäler vi den till IMY inom 72 timmar när det krävs. Berörda kunder får besked från oss inom 24 timmar.

## Myndigheter

Vi lämnar bara ut uppgifter till myndigheter när lagen kräver det, till exempel efter ett beslut från domstol eller åklagare. Vi berättar för kunden om det, om vi inte är förbjudna att göra det. Varje år publicerar vi en öppenhetsrapport.

## Kakor

Vår webbplats använder bara nödvändiga kakor. Vi använder inga analys- eller annonskakor. Appen och klienten innehåller inga spårare.

## Barn

Tjänsten är till för företag. Användare måste vara minst 18 år.

## Dina rättigheter

Du har rätt att:

- få veta vilka uppgifter vi har om dig och få en kopia,
- få fel rättade,
- få uppgifter raderade,
- begränsa behandlingen,
- invända mot behandling som bygger på berättigat intresse,
- få ut dina uppgifter i ett maskinläsbart format (dataportabilitet).

Det kostar ingenting. Skicka din begäran till integritet@portvakt.se. Vi svarar inom en månd. Om du använder Portvakt genom din arbetsgivare kan du också vända dig dit.

Du kan klaga hos Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm.

## Ändringar

Vi mejlar kunder minst 30 dagar innan viktiga ändringar börjar gälla. Den senaste versionen finns alltid på portvakt.se/integritet.
"""

SV_EDITS = [
    E("sv-R01", ["R01"], "Adds a Swedish accounting provider as a new sub-processor.",
      ("r", "- Stripe Payments Europe Ltd: kortbetalningar.\n",
       "- Stripe Payments Europe Ltd: kortbetalningar.\n- Fortnox AB: fakturering och bokföring.\n")),
    E("sv-R02-a", ["R02"], "Deletes the 'we do not sell your personal data' bullet.",
      ("r", "- Vi säljer inte dina personuppgifter.\n", "")),
    E("sv-R02-b", ["R02"], "Narrows the no-advertiser-sharing bullet to end users' data, leaving administrators' data uncovered.",
      ("r", "- Vi delar inte uppgifter med annonsörer.", "- Vi delar inte användarnas uppgifter med annonsörer.")),
    E("sv-R03-a", ["R03"], "Connection logs and device data of all customers are now used to train the intrusion-detection AI model.",
      ("r", "- Vi tränar inte AI-modeller på dina uppgifter eller din trafik.\n", ""),
      ("r", "Vi använder inte uppgifterna till något annat.",
       "Vi använder också anslutningsloggar och enhetsuppgifter från alla kunder för att träna vår AI-modell som upptäcker avvikande inloggningar.")),
    E("sv-R03-b", ["R03"], "Limits the no-training promise to traffic and lets connection logs be used for training unless the customer opts out.",
      ("r", "- Vi tränar inte AI-modeller på dina uppgifter eller din trafik.",
       "- Vi tränar inte AI-modeller på din trafik. Anslutningsloggar kan användas för att träna våra modeller för intrångsdetektering, om kunden inte stänger av det i administrationspanelen.")),
    E("sv-R04-a", ["R04"], "Zendesk may now process support tickets in Australia too.",
      ("r", "Zendesk kan behandla supportärenden i USA.", "Zendesk kan behandla supportärenden i USA och Australien.")),
    E("sv-R04-b", ["R04"], "Replaces DPF certification and SCCs by a promise from Zendesk.",
      ("r", "Zendesk är certifierat enligt EU–US Data Privacy Framework, och vi har dessutom tecknat EU-kommissionens standardavtalsklausuler med Zendesk.",
       "Zendesk har lovat att skydda uppgifterna på samma sätt som vi.")),
    E("sv-R05", ["R05"], "Service data may be stored in any country where the company or its sub-processors have servers.",
      ("r", "Tjänstens data lagras i Sverige, Finland och Tyskland. Kunden kan välja att bara använda noder och lagring i Sverige.",
       "Tjänstens data kan lagras i alla länder där vi eller våra underbiträden har servrar.")),
    E("sv-R06-a", ["R06"], "Connection logs are kept 2 years instead of 30 days.",
      ("r", "- Anslutningsloggar: 30 dagar.", "- Anslutningsloggar: 2 år.")),
    E("sv-R06-b", ["R06"], "Support tickets are kept 'as long as we need them' instead of 12 months.",
      ("r", "- Supportärenden: 12 månader efter att ärendet stängts.", "- Supportärenden: så länge vi behöver dem.")),
    E("sv-R07-a", ["R07"], "Removes the right to object from the list of rights.",
      ("r", "- invända mot behandling som bygger på berättigat intresse,\n", "")),
    E("sv-R07-b", ["R07"], "Only the first request per year is free; a fee of 500 kronor applies afterwards.",
      ("r", "Det kostar ingenting.", "Den första begäran per år är gratis. Därefter tar vi ut en avgift på 500 kronor per begäran.")),
    E("sv-R08", ["R08"], "Removes the data protection officer section.",
      ("r", "## Dataskyddsombud\n\nVi har ett dataskyddsombud. Du når hen på dso@portvakt.se.\n\n", "")),
    E("sv-R09", ["R09"], "A Danish group company becomes the controller after an acquisition.",
      ("r", "Portvakt Nätverk AB (org.nr 559312-4478), Järntorget 8, 413 04 Göteborg, är personuppgiftsansvarig",
       "Sedan den 1 maj 2025 är Portvakt en del av Netshield-koncernen. Netshield Nordic ApS (CVR 43218765), Kalvebod Brygge 45, 1560 Köpenhamn V, Danmark, är personuppgiftsansvarig")),
    E("sv-R10", ["R10"], "Newsletters to administrators move from consent to legitimate interest.",
      ("r", "- För att skicka nyhetsbrev till administratörer som har sagt ja till det (samtycke).",
       "- För att skicka nyhetsbrev till administratörer (berättigat intresse). Du kan avregistrera dig när som helst.")),
    E("sv-R11", ["R11"], "Adds usage analysis for product development as a purpose and removes 'nothing else'.",
      ("r", "- För att upptäcka intrång och missbruk (berättigat intresse).\n",
       "- För att upptäcka intrång och missbruk (berättigat intresse).\n- För att analysera hur tjänsten används och utveckla nya produkter (berättigat intresse).\n"),
      ("r", "\n\nVi använder inte uppgifterna till något annat.", "")),
    E("sv-R12", ["R12"], "Collects the device's exact GPS position at every connection.",
      ("r", "Vi samlar inte in din exakta position.",
       "För att kunna tillämpa platsbaserade åtkomstregler samlar vi in enhetens exakta GPS-position vid varje anslutning.")),
    E("sv-R13", ["R13"], "Replaces the no-profiling bullet by a risk engine that scores behaviour and blocks accounts automatically.",
      ("r", "- Vi gör ingen profilering och fattar inga automatiserade beslut om dig.\n", ""),
      ("r", "Vi använder inte uppgifterna till något annat.",
       "Vår riskmotor bedömer varje inloggning automatiskt utifrån användarens beteendemönster och kan spärra kontot utan manuell granskning.")),
    E("sv-R14-a", ["R14"], "Removes encryption of stored data.",
      ("r", "- Lagrade data krypteras med AES-256.\n", "")),
    E("sv-R14-b", ["R14"], "Two-factor authentication for administrators becomes optional.",
      ("r", "- Administratörer måste använda tvåfaktorsautentisering.", "- Administratörer kan aktivera tvåfaktorsautentisering.")),
    E("sv-R15", ["R15"], "The incident section no longer commits to notifying IMY or customers.",
      ("r", "Om vi drabbas av en personuppgiftsincident anmäler vi den till IMY inom 72 timmar när det krävs. Berörda kunder får besked från oss inom 24 timmar.",
       "Om något går fel gör vi vårt bästa för att åtgärda det snabbt.")),
    E("sv-R16", ["R16"], "Notice before important changes shortened from 30 to 5 days.",
      ("r", "Vi mejlar kunder minst 30 dagar innan", "Vi mejlar kunder minst 5 dagar innan")),
    E("sv-R17", ["R17"], "Adds a governing-law section with arbitration at the SCC Arbitration Institute.",
      ("r", "Den senaste versionen finns alltid på portvakt.se/integritet.\n",
       "Den senaste versionen finns alltid på portvakt.se/integritet.\n\n## Tillämplig lag och tvister\n\nSvensk lag gäller. Tvister ska avgöras genom skiljeförfarande enligt reglerna för förenklat skiljeförfarande vid Stockholms Handelskammares Skiljedomsinstitut.\n")),
    E("sv-R19", ["R19"], "Introduces analytics cookies and usage statistics in the app and client.",
      ("r", "Vår webbplats använder bara nödvändiga kakor. Vi använder inga analys- eller annonskakor. Appen och klienten innehåller inga spårare.",
       "Vår webbplats använder nödvändiga kakor och analyskakor. Appen och klienten skickar användningsstatistik till oss.")),
    E("sv-R20", ["R20"], "Opens the service to schools and lowers the minimum age from 18 to 13.",
      ("r", "Tjänsten är till för företag. Användare måste vara minst 18 år.",
       "Tjänsten är till för företag och skolor. Användare måste vara minst 13 år.")),
    E("sv-R21", ["R21"], "Discloses data to police and other authorities on request, even without a court or prosecutor decision.",
      ("r", "Vi lämnar bara ut uppgifter till myndigheter när lagen kräver det, till exempel efter ett beslut från domstol eller åklagare.",
       "Vi lämnar ut uppgifter till polis och andra myndigheter när de ber om det, även utan beslut från domstol eller åklagare, om vi bedömer att det är lämpligt.")),
    E("sv-R01-R04", ["R01", "R04"], "Adds Cloudflare (USA) for DDoS protection and says IP addresses go to the US.",
      ("r", "- Zendesk, Inc.: supportärenden.\n", "- Zendesk, Inc.: supportärenden.\n- Cloudflare, Inc.: DDoS-skydd och DNS.\n"),
      ("r", "Zendesk kan behandla supportärenden i USA.",
       "Zendesk kan behandla supportärenden i USA, och Cloudflare behandlar IP-adresser i USA.")),
    E("sv-R11-R13", ["R11", "R13"], "Adds per-employee productivity reports built from connection patterns and drops the no-profiling bullet.",
      ("r", "- Vi gör ingen profilering och fattar inga automatiserade beslut om dig.\n", ""),
      ("r", "- För att upptäcka intrång och missbruk (berättigat intresse).\n",
       "- För att upptäcka intrång och missbruk (berättigat intresse).\n- För att ge kunden produktivitetsrapporter per anställd, baserade på när och hur ofta användaren ansluter (berättigat intresse).\n")),
    E("sv-NONE-1", [], "Fixes the typo 'månd'.",
      ("r", "Vi svarar inom en månd.", "Vi svarar inom en månad.")),
    E("sv-NONE-2", [], "Turns the bulleted list of rights into a sentence.",
      ("r", "Du har rätt att:\n\n- få veta vilka uppgifter vi har om dig och få en kopia,\n- få fel rättade,\n- få uppgifter raderade,\n- begränsa behandlingen,\n- invända mot behandling som bygger på berättigat intresse,\n- få ut dina uppgifter i ett maskinläsbart format (dataportabilitet).",
       "Du har rätt att få veta vilka uppgifter vi har om dig och få en kopia, att få fel rättade, att få uppgifter raderade, att begränsa behandlingen, att invända mot behandling som bygger på berättigat intresse och att få ut dina uppgifter i ett maskinläsbart format (dataportabilitet).")),
    E("sv-NONE-3", [], "Rephrases the no-sale bullet with the same meaning.",
      ("r", "- Vi säljer inte dina personuppgifter.", "- Dina personuppgifter säljs aldrig.")),
    E("sv-NONE-4", [], "Rewords the connection-log retention line keeping 30 days.",
      ("r", "- Anslutningsloggar: 30 dagar.", "- Anslutningsloggar: raderas efter 30 dagar.")),
    E("sv-NONE-5", [], "Swaps the Cookies and Children sections.",
      ("swap", "## Kakor", "## Barn", "## Kakor", "## Barn")),
    E("sv-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Senast uppdaterad: 10 april 2025", "Senast uppdaterad: 1 oktober 2025")),
]
LANGS["sv"] = (SV, SV_EDITS)


# ---------------------------------------------------------------------------
# fi: machine translation service; numbered sections, data/retention table
# ---------------------------------------------------------------------------
FI = """# Tietosuojaseloste – Sanasilta-käännöspalvelu

Päivitetty 14.3.2025

Sanasilta on yrityksille tarkoitettu konekäännöspalvelu, jolla voi kääntää tekstejä ja asiakirjoja selaimessa, Office-lisäosalla tai ohjelmointirajapinnan (API) kautta. Seloste koskee verkkosivustoamme sanasilta.fi, selainsovellusta, Office-lisäosaa ja ohjelmointirajapintaa. Tässä selosteessa kerromme, miten käsittelemme henkilötietoja. Kun asiakkaamme lähettävät käännettäväksi tekstejä, jotka sisältävät henkilötietoja, toimimme näiden tietojen osalta asiakkaan lukuun henkilötietojen käsittelijänä tietojenkäsittelysopimuksen mukaisesti.

## 1. Rekisterinpitäjä

Sanasilta Oy (Y-tunnus 3312456-8), Hämeenkatu 21 B, 33200 Tampere. Sähköposti: asiakaspalvelu@sanasilta.fi, puhelin 010 322 4100.

## 2. Tietosuojavastaava

Tietosuojavastaavamme Laura Heikkilä vastaa tietosuojaa koskeviin kysymyksiin osoitteessa tietosuoja@sanasilta.fi. Tietosuojavastaavan tavoittaa myös postitse rekisterinpitäjän osoitteesta.

## 3. Käsiteltävät tiedot ja säilytysajat

| Tietoryhmä | Esimerkkejä | Säilytysaika |
|---|---|---|
| Asiakastiedot | nimi, työsähköposti, yritys, käyttäjätunnus | asiakkuuden ajan ja 6 kuukautta sen päättymisen jälkeen |
| Laskutustiedot | laskutusosoite, Y-tunnus, maksutapahtumat | 6 vuotta tilikauden päättymisestä (kirjanpitolaki) |
| Käännettävät tekstit ja asiakirjat | selaimessa tai API:n kautta lähetetyt tekstit ja tiedostot sekä niiden käännökset | poistetaan heti käännöksen valmistuttua, viimeistään 24 tunnin kuluttua |
| Käännösmuistit ja sanastot | asiakkaan itse tallentamat termit ja käännösparit | kunnes asiakas poistaa ne tai asiakkuus päättyy |
| Lokitiedot | IP-osoite, kirjautumisajat, API-kutsujen ja merkkien määrä (ei tekstien sisältöä) | 90 päivää |
| Asiakaspalvelun viestit | tukipyynnöt ja niiden liitteet | 2 vuotta tukipyynnön sulkemisesta |

Emme pyydä emmekä tarvitse erityisiin henkilötietoryhmiin kuuluvia tietoja, kuten terveystietoja. Jos käännettävät tekstit sisältävät niitä, käsittelemme niitä ainoastaan käännöksen tuottamiseksi. Säilytysajan päätyttyä tiedot poistetaan tai anonymisoidaan pysyvästi, ja varmuuskopioista ne poistuvat viimeistään 30 päivän kuluessa.

## 4. Käsittelyn tarkoitukset ja oikeusperusteet

Käsittelemme asiakas- ja laskutustietoja sekä käännettäviä tekstejä palvelusopimuksen täyttämiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta). Kirjanpitoon liittyvä käsittely perustuu lakisääteiseen velvoitteeseen (c alakohta). Lokitietoja käsittelemme oikeutetun etumme perusteella varmistaaksemme palvelun turvallisuuden ja estääksemme väärinkäytökset (f alakohta). Uutiskirjeen lähetämme vain suostumuksellasi (a alakohta), jonka voit perua milloin tahansa. Emme käytä tietoja muihin tarkoituksiin.

## 5. Tekoälymallien koulutus

Emme käytä asiakkaiden käännettäväksi lähettämiä tekstejä emmekä niiden käännöksiä käännösmalliemme koulutukseen. Asiakas voi halutessaan osallistua laadunparannusohjelmaan, jolloin erikseen valittuja tekstejä käytetään mallien kehittämiseen. Osallistuminen edellyttää asiakkaan pääkäyttäjän nimenomaista suostumusta, ja suostumuksen voi perua milloin tahansa. Palvelun yleiset käännösmallit koulutetaan julkisesti saatavilla olevilla ja lisensoiduilla aineistoilla.

## 6. Tietojen luovutukset ja käsittelijät

Emme myy henkilötietoja emmekä luovuta niitä kolmansille osapuolille markkinointia tai mainontaa varten. Käytämme seuraavia alihankkijoita, joiden kanssa olemme tehneet tietojenkäsittelysopimuksen:

- Hetzner Online GmbH – palvelinkapasiteetti, konesali Tuusulassa
- UpCloud Oy – varmuuskopiot, konesali Helsingissä
- Stripe Payments Europe Ltd – maksujenvälitys, Irlanti
- Zendesk, Inc. – asiakaspalvelujärjestelmä, Yhdysvallat

Lisäksi tilintarkastajamme ja kirjanpitäjämme voivat käsitellä laskutustietoja salassapitovelvollisuuden alaisina.

## 7. Siirrot EU:n ja ETA:n ulkopuolelle

Käännettäviä tekstejä, käännösmuisteja tai sanastoja ei siirretä EU:n tai ETA:n ulkopuolelle. Asiakaspalvelun viestejä voidaan käsitellä Yhdysvalloissa Zendeskin järjestelmässä. Siirto perustuu Euroopan komission päätökseen EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU–US Data Privacy Framework) riittävyydestä sekä komission hyväksymiin vakiosopimuslausekkeisiin.

## 8. Tietojen sijainti

Kaikki käännettävät tekstit, käännösmuistit ja varmuuskopiot käsitellään ja tallennetaan Suomessa.

## 9. Tietoturva

Tiedot salataan siirron aikana (TLS 1.3) ja levossa (AES-256). Kaksivaiheinen tunnistautuminen on pakollinen kaikille käyttäjille. Tietoturvan hallintajärjestelmämme on sertifioitu ISO/IEC 27001 -standardin mukaisesti. Henkilöstömme pääsy tuotantoympärsitöön on rajattu, ja kaikki pääsyt kirjataan lokiin. Teetämme palvelullemme vuosittain ulkopuolisen tietoturvatestauksen.

## 10. Tietoturvaloukkaukset

Jos havaitsemme henkilötietojen tietoturvaloukkauksen, ilmoitamme siitä tietosuojavaltuutetun toimistolle 72 tunnin kuluessa, kun laki sitä edellyttää, ja tiedotamme asianomaisille asiakkaille viipymättä, viimeistään 48 tunnin kuluessa loukkauksen havaitsemisesta.

## 11. Profilointi ja automaattiset päätökset

Emme tee profilointia emmekä sellaisia automaattisia päätöksiä, joilla olisi sinuun kohdistuvia oikeusvaikutuksia tai muita vastaavia merkittäviä vaikutuksia.

## 12. Viranomaisten tietopyynnöt

Luovutamme tietoja viranomaisille vain, jos lainsäädäntö meitä siihen velvoittaa. Tarkistamme jokaisen pyynnön lainmukaisuuden ja ilmoitamme asiasta asiakkaalle, ellei se ole lailla kielletty. Julkaisemme vuosittain avoimuusraportin viranomaisten tietopyyntöjen määrästä.

## 13. Evästeet

Verkkosivustomme käyttää välttämättömiä evästeitä. Analytiikkaevästeitä käytämme vain suostumuksellasi, jonka voit antaa tai evätä evästebannerissa. Bannerissa on yhtä näkyvät painikkeet ”Hyväksy kaikki” ja ”Hylkää kaikki”, ja voit muuttaa valintaasi milloin tahansa sivuston alalaidan linkistä. Käännöstyökalussa ja Office-lisäosassa ei käytetä seurantatekniikoita.

## 14. Lapset

Palvelu on tarkoitettu yrityksille. Palvelun käyttäjien on oltava vähintään 16-vuotiaita, emmekä tietoisesti kerää alle 16-vuotiaiden tietoja.

## 15. Rekisteröidyn oikeudet

Sinulla on oikeus saada pääsy tietoihisi, oikaista virheelliset tiedot, pyytää tietojesi poistamista tai käsittelyn rajoittamista, vastustaa oikeutettuun etuun perustuvaa käsittelyä sekä siirtää tietosi järjestelmästä toiseen. Voit peruuttaa antamasi suostumuksen milloin tahansa. Pyynnöt voi lähettää osoitteeseen tietosuoja@sanasilta.fi, ja vastaamme niihin kuukauden kuluessa veloituksetta. Jos käytät palvelua työnantajasi tilin kautta, voit kääntyä myös työnantajasi puoleen. Sinulla on lisäksi oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa on tietosuojavaltuutetun toimisto (PL 800, 00531 Helsinki, tietosuoja.fi).

## 16. Muutokset

Ilmoitamme olennaisista muutoksista asiakkaillemme sähköpostitse vähintään 30 päivää ennen niiden voimaantuloa. Selosteen aiemmat versiot saa pyynnöstä.
"""

FI_EDITS = [
    E("fi-R01", ["R01"], "Adds a Finnish invoicing and accounting provider as a new sub-processor.",
      ("r", "- Stripe Payments Europe Ltd – maksujenvälitys, Irlanti\n",
       "- Stripe Payments Europe Ltd – maksujenvälitys, Irlanti\n- Visma Solutions Oy – laskutus ja kirjanpito, Lappeenranta\n")),
    E("fi-R02-a", ["R02"], "Deletes the no-sale/no-marketing-disclosure sentence.",
      ("r", "Emme myy henkilötietoja emmekä luovuta niitä kolmansille osapuolille markkinointia tai mainontaa varten. Käytämme",
       "Käytämme")),
    E("fi-R02-b", ["R01", "R02"], "Keeps 'no sale' but allows disclosing customers' contact details to partners for their own marketing unless refused.",
      ("r", "Emme myy henkilötietoja emmekä luovuta niitä kolmansille osapuolille markkinointia tai mainontaa varten.",
       "Emme myy henkilötietoja. Voimme kuitenkin luovuttaa asiakkaiden yhteystietoja yhteistyökumppaneillemme näiden omaa markkinointia varten, ellei asiakas ole kieltänyt sitä.")),
    E("fi-R03-a", ["R03"], "The quality programme changes from opt-in to automatic participation with an opt-out for free and basic plans.",
      ("r", "Asiakas voi halutessaan osallistua laadunparannusohjelmaan, jolloin erikseen valittuja tekstejä käytetään mallien kehittämiseen. Osallistuminen edellyttää asiakkaan pääkäyttäjän nimenomaista suostumusta, ja suostumuksen voi perua milloin tahansa.",
       "Ilmaisen version ja Perus-tilauksen asiakkaat osallistuvat kuitenkin automaattisesti laadunparannusohjelmaan, jossa heidän kääntämiään tekstejä voidaan käyttää mallien kehittämiseen. Pääkäyttäjä voi kieltää osallistumisen hallintapaneelin asetuksista.")),
    E("fi-R03-b", ["R03"], "Only uploaded document files stay out of training; texts and translations via browser and API may be used in pseudonymised form.",
      ("r", "Emme käytä asiakkaiden käännettäväksi lähettämiä tekstejä emmekä niiden käännöksiä käännösmalliemme koulutukseen.",
       "Emme käytä asiakkaiden käännettäväksi lähettämiä asiakirjatiedostoja käännösmalliemme koulutukseen. Selaimessa ja API:n kautta käännettyjä tekstejä ja niiden käännöksiä voimme käyttää pseudonymisoituina mallien koulutukseen.")),
    E("fi-R04-a", ["R04"], "Adds processing of support messages by the company's own staff in Vietnam.",
      ("r", "Asiakaspalvelun viestejä voidaan käsitellä Yhdysvalloissa Zendeskin järjestelmässä.",
       "Asiakaspalvelun viestejä voidaan käsitellä Yhdysvalloissa Zendeskin järjestelmässä. Lisäksi ilta- ja viikonloppupäivystyksestä vastaava henkilöstömme Vietnamissa voi käsitellä asiakaspalvelun viestejä ja asiakastietoja.")),
    E("fi-R04-b", ["R04"], "The US transfer now relies on the Art. 49(1)(b) derogation instead of DPF and SCCs.",
      ("r", "Siirto perustuu Euroopan komission päätökseen EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (EU–US Data Privacy Framework) riittävyydestä sekä komission hyväksymiin vakiosopimuslausekkeisiin.",
       "Siirto perustuu tietosuoja-asetuksen 49 artiklan 1 kohdan b alakohtaan, koska se on tarpeen asiakassopimuksen täytäntöönpanemiseksi.")),
    E("fi-R05", ["R05"], "Translation memories and backups move from Finland to providers' data centres anywhere in the EU.",
      ("r", "Kaikki käännettävät tekstit, käännösmuistit ja varmuuskopiot käsitellään ja tallennetaan Suomessa.",
       "Käännettävät tekstit käsitellään Suomessa. Käännösmuistit ja varmuuskopiot tallennetaan alihankkijoidemme konesaleihin EU:n alueella.")),
    E("fi-R06-a", ["R06"], "Submitted texts are kept 30 days instead of being deleted within 24 hours (table cell).",
      ("r", "| poistetaan heti käännöksen valmistuttua, viimeistään 24 tunnin kuluttua |", "| 30 päivää käännöksen valmistumisesta |")),
    E("fi-R06-b", ["R06"], "Support messages are kept 'as long as necessary' instead of 2 years (table cell).",
      ("r", "| 2 vuotta tukipyynnön sulkemisesta |", "| niin kauan kuin se on tarpeen asiakaspalvelun järjestämiseksi |")),
    E("fi-R07-a", ["R07"], "Removes the right to erasure.",
      ("r", "pyytää tietojesi poistamista tai käsittelyn rajoittamista,", "pyytää käsittelyn rajoittamista,")),
    E("fi-R07-b", ["R07"], "Requests are only handled via the customer's admin and answered within three months.",
      ("r", "Pyynnöt voi lähettää osoitteeseen tietosuoja@sanasilta.fi, ja vastaamme niihin kuukauden kuluessa veloituksetta.",
       "Pyynnöt on esitettävä asiakasyrityksen pääkäyttäjän kautta osoitteeseen tietosuoja@sanasilta.fi; yksittäisten käyttäjien suoraan lähettämiä pyyntöjä emme käsittele. Vastaamme pyyntöihin kolmen kuukauden kuluessa.")),
    E("fi-R08", ["R08"], "The DPO becomes an external firm with a different e-mail address.",
      ("r", "Tietosuojavastaavamme Laura Heikkilä vastaa tietosuojaa koskeviin kysymyksiin osoitteessa tietosuoja@sanasilta.fi.",
       "Tietosuojavastaavanamme toimii 1.6.2025 alkaen ulkopuolinen asiantuntijayritys Tietoturva Pohjola Oy, jonka tavoittaa osoitteesta sanasilta@tietoturvapohjola.fi.")),
    E("fi-R09", ["R09"], "A Swedish company that bought the business becomes the controller.",
      ("r", "Sanasilta Oy (Y-tunnus 3312456-8), Hämeenkatu 21 B, 33200 Tampere.",
       "Lingora AB (org.nr 559401-2286), Kungsgatan 32, 111 35 Tukholma, Ruotsi. Lingora AB on ostanut Sanasilta Oy:n liiketoiminnan 1.5.2025 alkaen.")),
    E("fi-R10", ["R10"], "The newsletter moves from consent to legitimate interest.",
      ("r", "Uutiskirjeen lähetämme vain suostumuksellasi (a alakohta), jonka voit perua milloin tahansa.",
       "Uutiskirjeen lähetämme asiakkaillemme oikeutetun etumme perusteella (f alakohta); voit kieltää lähettämisen milloin tahansa.")),
    E("fi-R11", ["R11"], "Adds sales and marketing planning and customer surveys as purposes, replacing 'no other purposes'.",
      ("r", "Emme käytä tietoja muihin tarkoituksiin.",
       "Käytämme asiakastietoja ja lokitietoja myös myynnin ja markkinoinnin suunnitteluun sekä asiakastyytyväisyystutkimuksiin oikeutetun etumme perusteella.")),
    E("fi-R12", ["R12"], "Adds a table row for voice recordings and voiceprints from speech translation.",
      ("r", "| Lokitiedot |",
       "| Puhenäytteet | puhekäännöstoiminnossa tallennetut äänitteet ja niistä muodostetut äänijäljet puhujan tunnistamiseksi | 12 kuukautta |\n| Lokitiedot |")),
    E("fi-R13", ["R13"], "Drops 'no profiling' and introduces user profiles built from usage habits to personalise the service.",
      ("r", "Emme tee profilointia emmekä sellaisia automaattisia päätöksiä,",
       "Analysoimme käyttäjien käyttötottumuksia ja luomme niiden perusteella käyttäjäprofiileja, joiden avulla palvelun käyttöliittymää ja ehdotettuja sanastoja mukautetaan. Emme tee sellaisia automaattisia päätöksiä,")),
    E("fi-R14-a", ["R14"], "Drops encryption at rest.",
      ("r", "Tiedot salataan siirron aikana (TLS 1.3) ja levossa (AES-256).", "Tiedot salataan siirron aikana (TLS 1.3).")),
    E("fi-R14-b", ["R14"], "Replaces the ISO 27001 certification by 'follows the principles where applicable'.",
      ("r", "Tietoturvan hallintajärjestelmämme on sertifioitu ISO/IEC 27001 -standardin mukaisesti.",
       "Tietoturvan hallintajärjestelmämme noudattaa soveltuvin osin ISO/IEC 27001 -standardin periaatteita.")),
    E("fi-R15", ["R15"], "Replaces the breach-notification commitment by a statement that incidents are investigated.",
      ("r", "Jos havaitsemme henkilötietojen tietoturvaloukkauksen, ilmoitamme siitä tietosuojavaltuutetun toimistolle 72 tunnin kuluessa, kun laki sitä edellyttää, ja tiedotamme asianomaisille asiakkaille viipymättä, viimeistään 48 tunnin kuluessa loukkauksen havaitsemisesta.",
       "Tutkimme kaikki havaitut tietoturvapoikkeamat ja korjaamme niiden syyt.")),
    E("fi-R16", ["R16"], "The policy may be changed at any time without prior notice.",
      ("r", "Ilmoitamme olennaisista muutoksista asiakkaillemme sähköpostitse vähintään 30 päivää ennen niiden voimaantuloa.",
       "Voimme muuttaa tätä selostetta milloin tahansa ilman ennakkoilmoitusta. Voimassa oleva versio on aina saatavilla verkkosivuillamme.")),
    E("fi-R17", ["R17"], "Adds a section choosing Swedish law and SCC arbitration.",
      ("r", "Selosteen aiemmat versiot saa pyynnöstä.\n",
       "Selosteen aiemmat versiot saa pyynnöstä.\n\n## 17. Sovellettava laki ja riidat\n\nTähän selosteeseen sovelletaan Ruotsin lakia. Riidat ratkaistaan lopullisesti välimiesmenettelyssä Tukholman kauppakamarin välimieslaitoksen sääntöjen mukaisesti.\n")),
    E("fi-R19", ["R19"], "Analytics cookies are now set without consent and the banner with 'Reject all' is removed.",
      ("r", "Analytiikkaevästeitä käytämme vain suostumuksellasi, jonka voit antaa tai evätä evästebannerissa. Bannerissa on yhtä näkyvät painikkeet ”Hyväksy kaikki” ja ”Hylkää kaikki”, ja voit muuttaa valintaasi milloin tahansa sivuston alalaidan linkistä.",
       "Lisäksi käytämme analytiikkaevästeitä, jotka asetetaan, kun käytät sivustoa. Voit estää ne selaimesi asetuksista.")),
    E("fi-R20", ["R20"], "Pupils aged 13 and over may now use the service via schools (was 16).",
      ("r", "Palvelu on tarkoitettu yrityksille. Palvelun käyttäjien on oltava vähintään 16-vuotiaita, emmekä tietoisesti kerää alle 16-vuotiaiden tietoja.",
       "Palvelu on tarkoitettu yrityksille ja oppilaitoksille. Oppilaitosten kautta palvelua voivat käyttää myös 13 vuotta täyttäneet oppilaat.")),
    E("fi-R21", ["R21"], "Allows disclosure to police and authorities without a legal obligation, e.g. for national security.",
      ("r", "Luovutamme tietoja viranomaisille vain, jos lainsäädäntö meitä siihen velvoittaa. Tarkistamme jokaisen pyynnön lainmukaisuuden ja ilmoitamme asiasta asiakkaalle, ellei se ole lailla kielletty.",
       "Voimme luovuttaa tietoja poliisille ja muille viranomaisille myös ilman lakisääteistä velvoitetta, jos katsomme sen perustelluksi rikosten ennalta estämiseksi tai kansallisen turvallisuuden suojaamiseksi.")),
    E("fi-R04-R05", ["R04", "R05"], "Peak-load translation may run in data centres worldwide and the 'texts are not transferred outside the EU' sentence is dropped.",
      ("r", "Kaikki käännettävät tekstit, käännösmuistit ja varmuuskopiot käsitellään ja tallennetaan Suomessa.",
       "Käännettävät tekstit, käännösmuistit ja varmuuskopiot käsitellään ja tallennetaan pääasiassa Suomessa. Kuormitushuippujen aikana käännöstöitä voidaan kuitenkin käsitellä alihankkijoidemme konesaleissa eri puolilla maailmaa, myös Yhdysvalloissa ja Singaporessa."),
      ("r", "Käännettäviä tekstejä, käännösmuisteja tai sanastoja ei siirretä EU:n tai ETA:n ulkopuolelle. ", "")),
    E("fi-R01-R03", ["R01", "R03"], "Adds Mistral AI for a style-editing feature and lets it use inputs and outputs to develop its models.",
      ("r", "- Zendesk, Inc. – asiakaspalvelujärjestelmä, Yhdysvallat\n",
       "- Zendesk, Inc. – asiakaspalvelujärjestelmä, Yhdysvallat\n- Mistral AI SAS – tekoälypohjainen tyylinmuokkaus, Ranska\n"),
      ("r", "ja suostumuksen voi perua milloin tahansa.",
       "ja suostumuksen voi perua milloin tahansa. Tyylinmuokkaustoimintoon syötettyjä tekstejä ja sen tuottamia ehdotuksia Mistral AI voi käyttää omien malliensa kehittämiseen ja koulutukseen.")),
    E("fi-NONE-1", [], "Fixes the typo 'tuotantoympärsitöön'.",
      ("r", "tuotantoympärsitöön", "tuotantoympäristöön")),
    E("fi-NONE-2", [], "Turns the data and retention table into a list.",
      ("r", "| Tietoryhmä | Esimerkkejä | Säilytysaika |\n|---|---|---|\n| Asiakastiedot | nimi, työsähköposti, yritys, käyttäjätunnus | asiakkuuden ajan ja 6 kuukautta sen päättymisen jälkeen |\n| Laskutustiedot | laskutusosoite, Y-tunnus, maksutapahtumat | 6 vuotta tilikauden päättymisestä (kirjanpitolaki) |\n| Käännettävät tekstit ja asiakirjat | selaimessa tai API:n kautta lähetetyt tekstit ja tiedostot sekä niiden käännökset | poistetaan heti käännöksen valmistuttua, viimeistään 24 tunnin kuluttua |\n| Käännösmuistit ja sanastot | asiakkaan itse tallentamat termit ja käännösparit | kunnes asiakas poistaa ne tai asiakkuus päättyy |\n| Lokitiedot | IP-osoite, kirjautumisajat, API-kutsujen ja merkkien määrä (ei tekstien sisältöä) | 90 päivää |\n| Asiakaspalvelun viestit | tukipyynnöt ja niiden liitteet | 2 vuotta tukipyynnön sulkemisesta |",
       "- Asiakastiedot (nimi, työsähköposti, yritys, käyttäjätunnus): asiakkuuden ajan ja 6 kuukautta sen päättymisen jälkeen.\n- Laskutustiedot (laskutusosoite, Y-tunnus, maksutapahtumat): 6 vuotta tilikauden päättymisestä (kirjanpitolaki).\n- Käännettävät tekstit ja asiakirjat (selaimessa tai API:n kautta lähetetyt tekstit ja tiedostot sekä niiden käännökset): poistetaan heti käännöksen valmistuttua, viimeistään 24 tunnin kuluttua.\n- Käännösmuistit ja sanastot (asiakkaan itse tallentamat termit ja käännösparit): kunnes asiakas poistaa ne tai asiakkuus päättyy.\n- Lokitiedot (IP-osoite, kirjautumisajat, API-kutsujen ja merkkien määrä, ei tekstien sisältöä): 90 päivää.\n- Asiakaspalvelun viestit (tukipyynnöt ja niiden liitteet): 2 vuotta tukipyynnön sulkemisesta.")),
    E("fi-NONE-3", [], "Rephrases the no-sale/no-marketing-disclosure sentence with the same meaning.",
      ("r", "Emme myy henkilötietoja emmekä luovuta niitä kolmansille osapuolille markkinointia tai mainontaa varten.",
       "Henkilötietoja ei koskaan myydä, eikä niitä luovuteta kolmansille osapuolille markkinointi- tai mainontatarkoituksiin.")),
    E("fi-NONE-4", [], "Rephrases the no-training sentence with the same meaning.",
      ("r", "Emme käytä asiakkaiden käännettäväksi lähettämiä tekstejä emmekä niiden käännöksiä käännösmalliemme koulutukseen.",
       "Asiakkaiden käännettäväksi lähettämiä tekstejä tai niistä tehtyjä käännöksiä ei käytetä käännösmalliemme kouluttamiseen.")),
    E("fi-NONE-5", [], "Swaps the profiling and authority-request sections and renumbers them.",
      ("swap", "## 11. Profilointi ja automaattiset päätökset", "## 12. Viranomaisten tietopyynnöt",
       "## 12. Profilointi ja automaattiset päätökset", "## 11. Viranomaisten tietopyynnöt")),
    E("fi-R23", ["R23"], "Only the update date changes.",
      ("r", "Päivitetty 14.3.2025", "Päivitetty 2.9.2025")),
]
LANGS["fi"] = (FI, FI_EDITS)


# ---------------------------------------------------------------------------
# sl: website builder; prose paragraphs under plain headings
# ---------------------------------------------------------------------------
SL = """# Politika zasebnosti – Spletnik

Zadnja posodobitev: 5. junija 2025

Spletnik je storitev, s katero podjetja, društva in posamezniki brez znanja programiranja izdelajo, urejajo in gostijo svoje spletne strani in spletne trgovine. V tej politiki pojasnjujemo, katere osebne podatke obdelujemo, zakaj jih obdelujemo in kako jih varujemo. Kadar naše stranke na svojih spletnih straneh zbirajo podatke obiskovalcev, na primer prek kontaktnih obrazcev ali naročil v spletni trgovini, so za te podatke upravljavke same, mi pa jih obdelujemo kot obdelovalec po njihovih navodilih in na podlagi pogodbe o obdelavi osebnih podatkov.

## Upravljavec in kontakt

Upravljavec osebnih podatkov je družba Spletnik, spletne rešitve, d.o.o., Dunajska cesta 156, 1000 Ljubljana, matična številka 8912345000, identifikacijska številka za DDV SI12345678. Z nami se lahko povežete po elektronski pošti na naslovu info@spletnik.si ali po telefonu na številki 01 620 45 80. Imenovali smo tudi pooblaščeno osebo za varstvo osebnih podatkov, ki je dosegljiva na naslovu dpo@spletnik.si.

## Kateri podatki se obdelujejo

Ob registraciji zberemo vaše ime in priimek, elektronski naslov in geslo, ki ga hranimo izključno v zgoščeni obliki. Če izberete plačljivi paket, obdelujemo tudi podatke za izdajo računa, torej naziv podjetja, naslov in davčno številko; podatke o plačilni kartici obdela neposredno naš ponudnik plačilnih storitev. Med uporabo storitve beležimo tehnične podatke, kot so naslov IP, vrsta brskalnika, čas prijave in spremembe, ki jih izvedete v urejevalniku. Vsebine, ki jih objavite na svoji spletni strani (besedila, slike, izdelki), in podatki, ki jih vaši obiskovalci vnesejo v obrazce, so vaše vsebine in jih obdelujemo le zato, da vam lahko zagotovimo storitev. Posebnih vrst osebnih podatkov, kot so podatki o zdravju ali biometrični podatki, ne zbiramo.

## Nameni in pravne podlage

Podatke o računu in plačilih obdelujemo, ker je to potrebno za izvajanje pogodbe z vami (točka (b) prvega odstavka 6. člena Splošne uredbe o varstvu podatkov). Račune hranimo zaradi zakonske obveznosti (točka (c)). Tehnične podatke obdelujemo na podlagi zakonitega interesa, da zagotovimo varnost storitve in preprečimo zlorabe (točka (f)). E-novice s predlogi in novostmi vam pošiljamo le, če ste v to privolili (točka (a)); privolitev lahko kadar koli prekličete s klikom na povezavo v vsakem sporočilu. Za druge namene vaših podatkov ne uporabljamo.

Vaših podatkov ne prodajamo in jih ne posredujemo tretjim osebam za oglaševanje. Ne izvajamo profiliranja in ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi. Vaših vsebin in podatkov vaših obiskovalcev ne uporabljamo za učenje modelov umetne inteligence; pomočnik za pisanje besedil v urejevalniku uporabi le besedilo, ki ga sami vnesete, in ga po ustvarjenem predlogu ne shrani.

## Obdelovalci in prenosi podatkov

Za delovanje storitve uporabljamo skrbno izbrane obdelovalce, s katerimi imamo sklenjene pogodbe o obdelavi osebnih podatkov: Hetzner Online GmbH (gostovanje strežnikov in varnostnih kopij v Nemčiji), Cloudflare, Inc. (omrežje za dostavo vsebin in zaščita pred napadi DDoS), Stripe Payments Europe Ltd (plačila) in Brevo SAS (pošiljanje e-novic, Francija). Cloudflare ima sedež v ZDA, zato lahko pride do prenosa podatkov, predvsem naslovov IP obiskovalcev, v ZDA. Prenos temelji na sklepu Evropske komisije o ustreznosti okvira EU-ZDA za zasebnost podatkov (Data Privacy Framework), v katerega je Cloudflare vključen, ter na standardnih pogodbenih klavzulah. Vsi drugi podatki ostanejo v Evropski uniji.

## Kje hranimo podatke

Vse spletne strani, podatki računov in varnostne kopije so shranjeni na strežnikih v podatkovnih centrih družbe Hetzner v Falkensteinu in Nürnbergu v Nemčiji. Cloudflare lahko kopije javno dostopnih vsebin vaših strani začasno hrani v predpomnilniku, da se strani hitreje naložijo.

## Kako dolgo hranimo podatke

Podatke o računu hranimo, dokler imate račun, in jih izbrišemo 60 dni po njegovem zaprtju; v tem času lahko račun obnovite. Vsebine spletne strani izbrišemo skupaj z računom, iz varnostnih kopij pa najpozneje v 30 dneh po izbrisu. Tehnične dnevnike hranimo 14 dni. Račune hranimo deset let po koncu leta, na katero se nanašajo, kot zahteva Zakon o davku na dodano vrednost. Sporočila, ki jih pošljete naši podpori, hranimo eno leto po zaključku zahteka.

## Varnost

Vse povezave so šifrirane s protokolom TLS, vsem spletnim stranem brezplačno zagotovimo certifikat SSL, podatki na strežnikih pa so šifrirani z algoritmom AES-256. Za prijavo v nadzorno ploščo je obvezno dvostopenjsko preverjanje pristnosti. Naš sistem upravljanja informacijske varnosti je certificiran po standardu ISO/IEC 27001. Če pride do kršitve varnosti osebnih podatkov, jo v 72 urah prijavimo Informacijskemu pooblaščencu, kadar to zahteva zakon, in o njej brez nepotrebnega odlašanja obvestimo prizadete stranke.

## Zahteve državnih organov

Podatke državnim organom posredujemo samo, če nas k temu zavezuje zakon, na primer na podlagi odredbe sodišča. Vsako zahtevo preverimo in o njej obvestimo stranko, razen če nam zakon to prepoveduje.

## Piškotki

Na našem spletnem mestu in v urejevalniku uporabljamo le nujne piškotke, brez katerih storitev ne deluje. Analitičnih ali oglaševalskih piškotkov ne uporabljamo. Spletne strani naših strank privzeto ne nalagajo nobenih sledilnikov; če jih stranka doda sama, je za to odgovorna sama.

## Otroci

Račun lahko odprejo le osebe, ki so dopolnile 15 let. Podatkov otrok, mlajših od 15 let, zavestno ne zbiramo.

## Vaše pravice

Imate pravico do dostopa do svojih podatkov, do popravka, izbrisa in omejitve obdelave, pravico do prenosljivosti podatkov ter pravico do ugovora obdelavi, ki temelji na zakonitem interesu. Privolitev lahko kadar koli prekličete. Zahtevo lahko brezplačno pošljete na naslov dpo@spletnik.si; odgovorili vam bomo v enem mesecu. Če ste obiskovalec spletne strani katere od naših strank, se lahko obrnete tudi neposredno nanjo. Če menite, da vaše podatke obdelujemo nezakonito, lahko vložite pritožbo pri Informacijskem pooblaščencu Republike Slovenije, Dunajska cesta 22, 1000 Ljubljana.

## Spremembe politike

O bistvenih spremembah te politike vas bomo obvestili po elektronski pošti najmanj 30 dni pred začetkom njihove veljavnosti.
"""

SL_EDITS = [
    E("sl-R01", ["R01"], "Adds a Slovenian media-storage and delivery provider as a new processor.",
      ("r", "Stripe Payments Europe Ltd (plačila) in Brevo SAS (pošiljanje e-novic, Francija).",
       "Stripe Payments Europe Ltd (plačila), Brevo SAS (pošiljanje e-novic, Francija) in BunnyWay d.o.o. (hramba in dostava slik ter videoposnetkov, Slovenija).")),
    E("sl-R02-a", ["R02"], "Narrows the promise to 'we do not sell account data' and drops the no-advertising-sharing part.",
      ("r", "Vaših podatkov ne prodajamo in jih ne posredujemo tretjim osebam za oglaševanje.",
       "Podatkov o vašem računu ne prodajamo.")),
    E("sl-R02-b", ["R01", "R02"], "Introduces selling traffic statistics linked to owners' domains and e-mail addresses to market-research companies.",
      ("r", "Vaših podatkov ne prodajamo in jih ne posredujemo tretjim osebam za oglaševanje.",
       "Zbirne podatke o obiskanosti spletnih strani, povezane z imeni domen in elektronskimi naslovi njihovih lastnikov, lahko prodamo podjetjem za tržne raziskave.")),
    E("sl-R03-a", ["R03"], "Published website content may now be used to train the company's AI models.",
      ("r", "Vaših vsebin in podatkov vaših obiskovalcev ne uporabljamo za učenje modelov umetne inteligence;",
       "Javno objavljene vsebine vaših spletnih strani lahko uporabimo za učenje naših modelov umetne inteligence, ki ustvarjajo predloge strani in besedil;")),
    E("sl-R03-b", ["R03"], "Inputs to the writing assistant and its suggestions are now stored and used to train it.",
      ("r", "pomočnik za pisanje besedil v urejevalniku uporabi le besedilo, ki ga sami vnesete, in ga po ustvarjenem predlogu ne shrani.",
       "besedila, ki jih vnesete v pomočnika za pisanje v urejevalniku, in predloge, ki jih ta ustvari, pa shranimo in uporabimo za izboljšanje in učenje pomočnika.")),
    E("sl-R04-a", ["R04"], "Replaces the DPF adequacy decision and SCCs by Cloudflare's own commitment.",
      ("r", "Prenos temelji na sklepu Evropske komisije o ustreznosti okvira EU-ZDA za zasebnost podatkov (Data Privacy Framework), v katerega je Cloudflare vključen, ter na standardnih pogodbenih klavzulah.",
       "Cloudflare se je zavezal, da bo podatke ustrezno varoval.")),
    E("sl-R04-b", ["R04"], "Support messages may now be handled by the company's own team in Skopje, North Macedonia.",
      ("r", "Vsi drugi podatki ostanejo v Evropski uniji.",
       "Sporočila, ki jih pošljete podpori, lahko obravnava tudi naša podporna ekipa v Skopju v Severni Makedoniji, pri čemer prenos temelji na standardnih pogodbenih klavzulah. Vsi drugi podatki ostanejo v Evropski uniji.")),
    E("sl-R05", ["R05"], "Websites, accounts and backups may be stored with hosting providers in any country.",
      ("r", "Vse spletne strani, podatki računov in varnostne kopije so shranjeni na strežnikih v podatkovnih centrih družbe Hetzner v Falkensteinu in Nürnbergu v Nemčiji.",
       "Spletne strani, podatki računov in varnostne kopije so shranjeni na strežnikih naših ponudnikov gostovanja, ki so lahko v kateri koli državi.")),
    E("sl-R06-a", ["R06"], "Technical logs are kept 18 months instead of 14 days.",
      ("r", "Tehnične dnevnike hranimo 14 dni.", "Tehnične dnevnike hranimo 18 mesecev.")),
    E("sl-R06-b", ["R06"], "Account data after closure is kept 'as long as necessary' instead of 60 days.",
      ("r", "Podatke o računu hranimo, dokler imate račun, in jih izbrišemo 60 dni po njegovem zaprtju; v tem času lahko račun obnovite.",
       "Podatke o računu hranimo, dokler imate račun, po njegovem zaprtju pa toliko časa, kolikor je potrebno za namene, za katere so bili zbrani.")),
    E("sl-R07-a", ["R07"], "Removes the right to data portability.",
      ("r", "do popravka, izbrisa in omejitve obdelave, pravico do prenosljivosti podatkov ter pravico do ugovora",
       "do popravka, izbrisa in omejitve obdelave ter pravico do ugovora")),
    E("sl-R07-b", ["R07"], "Rights may only be exercised by paying customers and cost 20 euros per request.",
      ("r", "Zahtevo lahko brezplačno pošljete na naslov dpo@spletnik.si; odgovorili vam bomo v enem mesecu.",
       "Zahtevo lahko pošljete na naslov dpo@spletnik.si; odgovorili vam bomo v enem mesecu. Pravice lahko uveljavljajo le imetniki plačljivih paketov, za obravnavo zahteve pa zaračunamo 20 evrov.")),
    E("sl-R08", ["R08"], "Removes the data protection officer and redirects rights requests to the general address.",
      ("r", " Imenovali smo tudi pooblaščeno osebo za varstvo osebnih podatkov, ki je dosegljiva na naslovu dpo@spletnik.si.", ""),
      ("r", "brezplačno pošljete na naslov dpo@spletnik.si;", "brezplačno pošljete na naslov info@spletnik.si;")),
    E("sl-R09", ["R09"], "An Austrian company that took over Spletnik becomes the controller.",
      ("r", "Upravljavec osebnih podatkov je družba Spletnik, spletne rešitve, d.o.o., Dunajska cesta 156, 1000 Ljubljana, matična številka 8912345000, identifikacijska številka za DDV SI12345678.",
       "Od 1. septembra 2025 je upravljavec osebnih podatkov družba Webora GmbH, Mariahilfer Straße 123, 1060 Dunaj, Avstrija, vpisana v avstrijski sodni register pod številko FN 548213 k, ki je prevzela družbo Spletnik, spletne rešitve, d.o.o.")),
    E("sl-R10", ["R10"], "The newsletter moves from consent to legitimate interest.",
      ("r", "E-novice s predlogi in novostmi vam pošiljamo le, če ste v to privolili (točka (a)); privolitev lahko kadar koli prekličete s klikom na povezavo v vsakem sporočilu.",
       "E-novice s predlogi in novostmi vam kot naši stranki pošiljamo na podlagi zakonitega interesa (točka (f)); prejemanje lahko kadar koli odjavite s klikom na povezavo v vsakem sporočilu.")),
    E("sl-R11", ["R11"], "Adds market research and product development as purposes for technical and editor usage data.",
      ("r", "Za druge namene vaših podatkov ne uporabljamo.",
       "Tehnične podatke in podatke o uporabi urejevalnika uporabljamo tudi za tržne raziskave in razvoj novih izdelkov, in sicer na podlagi zakonitega interesa (točka (f)).")),
    E("sl-R12", ["R12"], "Introduces ID photos and face scans for identity verification of shop owners.",
      ("r", "Posebnih vrst osebnih podatkov, kot so podatki o zdravju ali biometrični podatki, ne zbiramo.",
       "Za preverjanje istovetnosti lastnikov spletnih trgovin zbiramo tudi fotografijo osebnega dokumenta in posnetek obraza, ki ga samodejno primerjamo s fotografijo na dokumentu.")),
    E("sl-R13", ["R13"], "Replaces the no-profiling sentence by automated fraud assessment that can disable accounts without human review.",
      ("r", "Ne izvajamo profiliranja in ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi.",
       "Sistem za preprečevanje zlorab samodejno oceni vsako novo spletno stran in lahko brez človeškega pregleda onemogoči račun, za katerega presodi, da služi goljufijam.")),
    E("sl-R14-a", ["R14"], "Drops encryption of data on the servers.",
      ("r", "Vse povezave so šifrirane s protokolom TLS, vsem spletnim stranem brezplačno zagotovimo certifikat SSL, podatki na strežnikih pa so šifrirani z algoritmom AES-256.",
       "Vse povezave so šifrirane s protokolom TLS, vsem spletnim stranem pa brezplačno zagotovimo certifikat SSL.")),
    E("sl-R14-b", ["R14"], "Two-factor authentication becomes optional and the ISO 27001 certification sentence is removed.",
      ("r", "Za prijavo v nadzorno ploščo je obvezno dvostopenjsko preverjanje pristnosti. Naš sistem upravljanja informacijske varnosti je certificiran po standardu ISO/IEC 27001.",
       "Za prijavo v nadzorno ploščo lahko vklopite dvostopenjsko preverjanje pristnosti.")),
    E("sl-R15", ["R15"], "Deletes the breach-notification sentence.",
      ("r", " Če pride do kršitve varnosti osebnih podatkov, jo v 72 urah prijavimo Informacijskemu pooblaščencu, kadar to zahteva zakon, in o njej brez nepotrebnega odlašanja obvestimo prizadete stranke.", "")),
    E("sl-R16", ["R16"], "The policy may be changed at any time, effective on publication.",
      ("r", "O bistvenih spremembah te politike vas bomo obvestili po elektronski pošti najmanj 30 dni pred začetkom njihove veljavnosti.",
       "Politiko lahko kadar koli spremenimo. Spremembe začnejo veljati z objavo na tej strani.")),
    E("sl-R17", ["R17"], "Adds a section with Slovenian law and exclusive jurisdiction of the Ljubljana court.",
      ("r", "pred začetkom njihove veljavnosti.\n",
       "pred začetkom njihove veljavnosti.\n\n## Pristojno sodišče in pravo\n\nZa to politiko se uporablja pravo Republike Slovenije. Za vse spore v zvezi z njo je izključno pristojno stvarno pristojno sodišče v Ljubljani.\n")),
    E("sl-R19", ["R19"], "Introduces analytics cookies on the site and in the editor.",
      ("r", "Analitičnih ali oglaševalskih piškotkov ne uporabljamo.",
       "Uporabljamo tudi analitične piškotke, s katerimi merimo obiskanost spletnega mesta in uporabo urejevalnika.")),
    E("sl-R20", ["R20"], "Lowers the minimum age from 15 to 13.",
      ("r", "Račun lahko odprejo le osebe, ki so dopolnile 15 let. Podatkov otrok, mlajših od 15 let, zavestno ne zbiramo.",
       "Račun lahko odprejo le osebe, ki so dopolnile 13 let. Podatkov otrok, mlajših od 13 let, zavestno ne zbiramo.")),
    E("sl-R21", ["R21"], "Allows disclosure to police and intelligence services on request, without a court order.",
      ("r", "Podatke državnim organom posredujemo samo, če nas k temu zavezuje zakon, na primer na podlagi odredbe sodišča. Vsako zahtevo preverimo in o njej obvestimo stranko, razen če nam zakon to prepoveduje.",
       "Podatke lahko posredujemo policiji, obveščevalnim službam in drugim državnim organom, kadar jih ti zahtevajo, tudi brez odredbe sodišča.")),
    E("sl-R01-R04", ["R01", "R04"], "Adds Zendesk (USA) for support and extends the US-transfer paragraph to it.",
      ("r", "Stripe Payments Europe Ltd (plačila) in Brevo SAS (pošiljanje e-novic, Francija).",
       "Stripe Payments Europe Ltd (plačila), Brevo SAS (pošiljanje e-novic, Francija) in Zendesk, Inc. (podpora uporabnikom, ZDA)."),
      ("r", "Cloudflare ima sedež v ZDA, zato lahko pride do prenosa podatkov, predvsem naslovov IP obiskovalcev, v ZDA.",
       "Cloudflare in Zendesk imata sedež v ZDA, zato lahko pride do prenosa podatkov, predvsem naslovov IP obiskovalcev in sporočil, ki jih pošljete podpori, v ZDA."),
      ("r", "v katerega je Cloudflare vključen,", "v katerega sta obe družbi vključeni,")),
    E("sl-R11-R13", ["R11", "R13"], "Introduces an interest profile from editor usage for personalised offers and narrows the no-profiling statement.",
      ("r", "Ne izvajamo profiliranja in ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi.",
       "Na podlagi vaše uporabe urejevalnika oblikujemo profil vaših interesov, da vam lahko prikazujemo prilagojene ponudbe dodatnih storitev. Ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi in bi imele za vas pravne učinke.")),
    E("sl-NONE-1", [], "Fixes the typo 'zahteka'.",
      ("r", "po zaključku zahteka.", "po zaključku zahtevka.")),
    E("sl-NONE-2", [], "Swaps the sections on authority requests and cookies.",
      ("swap", "## Zahteve državnih organov", "## Piškotki", "## Zahteve državnih organov", "## Piškotki")),
    E("sl-NONE-3", [], "Rephrases the no-sale/no-advertising sentence with the same meaning.",
      ("r", "Vaših podatkov ne prodajamo in jih ne posredujemo tretjim osebam za oglaševanje.",
       "Vaših podatkov nikoli ne prodamo in jih tudi ne delimo s tretjimi osebami za oglaševalske namene.")),
    E("sl-NONE-4", [], "Rewords the log-retention sentence keeping 14 days.",
      ("r", "Tehnične dnevnike hranimo 14 dni.", "Tehnični dnevniki se samodejno izbrišejo po 14 dneh.")),
    E("sl-NONE-5", [], "Adds a harmless example of a necessary cookie.",
      ("r", "uporabljamo le nujne piškotke, brez katerih storitev ne deluje.",
       "uporabljamo le nujne piškotke, brez katerih storitev ne deluje, na primer piškotek, ki si zapomni, da ste prijavljeni.")),
    E("sl-R23", ["R23"], "Only the last-updated date changes.",
      ("r", "Zadnja posodobitev: 5. junija 2025", "Zadnja posodobitev: 22. septembra 2025")),
]
LANGS["sl"] = (SL, SL_EDITS)


# ---------------------------------------------------------------------------
def build_cases() -> list[dict[str, Any]]:
    """Every case, built from the bases by the edit operations (each asserted to match once)."""
    return cases_of(LANGS)
