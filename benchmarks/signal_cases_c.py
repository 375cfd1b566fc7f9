"""Written before/after change cases, set C: a third independent set, written by a third helper who
had seen neither the rule packs, the monitor code, the tests nor the cases of sets A and B (only the
helper functions of set B, which are reused). One base privacy policy per language (en, de, fr, nl,
sv, fi, sl) of a vendor that companies store data with: AI meeting-notes assistant (en), e-signature
platform (de), web analytics (fr), cloud file sync/sharing (nl), online accounting/invoicing (sv),
customer helpdesk/live chat (fi) and online backup (sl). The bases differ in style on purpose
(numbered headings, prose, Markdown tables, a long legalistic one, a short plain-language one).
Per language: one edit per risk signal R01-R21 except R18, a second variant of a different kind for
R02, R03, R04, R06 and R07, two edits that raise two signals at once, and six edits that change no
meaning (typo fixes, section swaps, paraphrases of risk-relevant promises, reworded headings, lists
turned into sentences; in four languages one of them is a date-only change, expected ["R23"]);
231 cases. Held out: scored first without any tuning, so that first score is the held-out one.
Each case: {lang, id, expect, before, after, edit}; edits apply to the base, they are not cumulative.

Edit operations (see signal_cases_b):
  ("r", old, new)            replace `old` (must occur exactly once) by `new`
  ("swap", h1, h2, nh1, nh2) swap two adjacent sections whose headings are h1 and h2 (h2 directly
                             follows h1); the headings are rewritten to nh1 / nh2 (for renumbering)
"""

from __future__ import annotations

from typing import Any

from signal_cases_b import E, cases_of

LANGS: dict[str, tuple[str, list[dict[str, Any]]]] = {}  # lang -> (base, [edits])


# ---------------------------------------------------------------------------
# en: AI meeting-notes and writing assistant (Ireland); unnumbered headings, bullet lists, a
# Markdown table of purposes / legal bases / retention.
EN = """# Scribewell Privacy Policy

Last updated: 3 March 2025

This policy explains how we handle personal data when you use Scribewell, our AI assistant that records online meetings with the host's permission and turns them into transcripts, summaries and follow-up drafts, and when you visit scribewell.ie.

## Who we are

Scribewell Technologies Limited, a company registered in Ireland under company number 712345, with its registered office at 4 Grand Canal Quay, Dublin 2, D02 K7W4, Ireland, is the controller for your account, billing and website data. For meeting content in a workspace provided by your employer, we act as a processor on the employer's behalf, and its privacy notice also applies.

Our Data Protection Officer is Aoife Brennan. You can reach her at dpo@scribewell.ie or by post at the address above, marked 'Data Protection Officer'.

## What we collect

We collect:

- **Account data**: name, work e-mail address, company, job title, password hash and settings.
- **Meeting content**: recordings, transcripts, summaries, action items and drafts.
- **Billing data**: billing address, VAT number and payment history. Card details go directly to Stripe.
- **Technical data**: IP address, browser, device, feature usage and error logs.

Speaker labels in transcripts are taken from the participant names supplied by the meeting platform. We do not create voiceprints or use any other biometric technique to recognise speakers, and we do not ask for special categories of data such as health information.

## Purposes, legal bases and retention

| Data | Purpose | Legal basis | How long we keep it |
|---|---|---|---|
| Account data | Creating and running your account | Contract (Art. 6(1)(b) GDPR) | For the life of the account, then deleted within 30 days |
| Recordings | Producing transcripts and summaries | Contract (Art. 6(1)(b) GDPR) | Deleted 7 days after the transcript is ready, unless you choose to keep them |
| Transcripts, summaries and notes | Providing the service | Contract (Art. 6(1)(b) GDPR) | Until you or your administrator delete them; purged from backups within 35 days |
| Billing data | Invoicing and tax records | Legal obligation (Art. 6(1)(c) GDPR) | 6 years after the end of the financial year |
| Technical data | Security, fraud prevention and troubleshooting | Legitimate interests (Art. 6(1)(f) GDPR) | 90 days |
| Newsletter subscription | Product news and tips by e-mail | Consent (Art. 6(1)(a) GDPR) | Until you unsubscribe |

## How the AI features work

Speechmatics transcribes the audio, and large language models on Microsoft Azure OpenAI Service in the EU write summaries and drafts. Unless you opt in as described below, your recordings, transcripts, prompts and the outputs generated for you are not used to train or fine-tune any model, either ours or our providers'.

If you want to help us improve transcription quality, workspace administrators can opt in under Settings > Privacy to let us use selected transcripts for model improvement. This setting is off by default and can be switched off at any time; data already used is removed from our training sets within 30 days.

## Automated decisions and profiling

Scribewell's summaries and suggested action items are drafts for you to review. We do not make decisions about you that have legal or similarly significant effects based solely on automated processing, and we do not build profiles of you for marketing or any other purpose.

## Who receives your data

We use these processors, each bound by a data processing agreement:

- Amazon Web Services EMEA SARL (Luxembourg) – hosting and storage
- Microsoft Ireland Operations Limited – Azure OpenAI Service, EU region
- Speechmatics Ltd (United Kingdom) – speech recognition
- Stripe Payments Europe Limited (Ireland) – payments
- Mailgun Technologies, Inc. (United States) – transactional e-mail

We do not sell your personal data, and we do not share it with advertisers or data brokers.

We disclose data to public authorities only where Irish or EU law requires us to do so under a binding order. We check every request, challenge requests that are unlawful or overbroad, and tell the affected customer first unless the law forbids it.

## International transfers

Two processors are outside the European Economic Area: Speechmatics processes audio in the United Kingdom, which has an EU adequacy decision, and Mailgun sends our e-mails from the United States, where it is certified under the EU-U.S. Data Privacy Framework. For Mailgun we have also signed the European Commission's Standard Contractual Clauses as a fallback. Mailgun receives only names and e-mail addresses, never meeting content.

## Where your data is stored

Your recordings, transcripts and all other workspace content are stored on Amazon Web Services in Frankfurt, Germany, with encrypted backups in Dublin, Ireland. Workspace content is never stored outside the European Union.

## Security

We encrypt all data in transit with TLS 1.2 or higher and at rest with AES-256. Scribewell is certified to ISO/IEC 27001 and we obtain a SOC 2 Type II report every year. Staff access to production systems requires hardware-key two-factor authentication. Users can turn on two-factor authentication, and administrators can enforce it.

## If something goes wrong

If we become aware of a personal data breach, we notify the Data Protection Commission within 72 hours where required, inform affected customers without undue delay, and tell you directly if the breach is likely to put your rights and freedoms at high risk.

## Your rights

Under the GDPR you have the right to:

- access the personal data we hold about you and receive a copy;
- have inaccurate data corrected;
- have your data erased;
- restrict how we use your data;
- receive your data in a portable, machine-readable format;
- object to processing based on our legitimate interests, including direct marketing;
- withdraw consent at any time, without affecting earlier processing.

To use these rights, e-mail privacy@scribewell.ie or use Settings > Privacy > Requests. It is free of charge, and we reply within one month. You will recieve a confirmation once your request has been completed.

You may also complain to the Data Protection Commission (21 Fitzwilliam Square South, Dublin 2, D02 RD28, www.dataprotection.ie) or to the supervisory authority in the EU country where you live or work.

## Cookies

Our website uses strictly necessary cookies for sign-in. With your consent we also use self-hosted Matomo to count visits. We do not use advertising or social-media tracking cookies. When you first visit, our banner offers 'Accept all' and 'Reject all' with equal prominence, and you can change your choice at any time.

## Children

You must be at least 18 years old to create an account, and we do not knowingly collect personal data from anyone under 16. If we learn that we have, we delete it.

## Changes to this policy

If we make material changes, we will tell you by e-mail and in the app at least 30 days before they take effect.

## Governing law and contact

This policy is governed by Irish law. Nothing in it limits your right to complain to a supervisory authority or to bring proceedings before the courts of the EU member state where you live.
"""

EN_EDITS: list[dict[str, Any]] = [
    E("en-R01", ["R01"], "Adds Intercom as a new processor for in-app customer support.",
      ("r", "- Stripe Payments Europe Limited (Ireland) – payments\n",
       "- Stripe Payments Europe Limited (Ireland) – payments\n"
       "- Intercom R&D Unlimited Company (Ireland) – in-app chat and customer support\n")),
    E("en-R02-a", ["R02"], "Drops the promise not to sell data or share it with advertisers, folding the paragraph into a generic statement.",
      ("r", "We do not sell your personal data, and we do not share it with advertisers or data brokers.",
       "Any other sharing takes place only as described in this policy or where you have agreed to it.")),
    E("en-R02-b", ["R02", "R01"], "Keeps a 'do not sell' clause but adds an exception allowing usage data to be shared with advertising partners.",
      ("r", "We do not sell your personal data, and we do not share it with advertisers or data brokers.",
       "We do not sell your personal data. We may, however, share device identifiers and information about how you use our website and app with selected advertising partners, so that they can show you relevant Scribewell offers on other sites.")),
    E("en-R03-a", ["R03"], "Replaces the no-training promise with a statement that recordings, transcripts, prompts and outputs are used in de-identified form to train models.",
      ("r", "Unless you opt in as described below, your recordings, transcripts, prompts and the outputs generated for you are not used to train or fine-tune any model, either ours or our providers'.",
       "To make Scribewell better for everyone, we use your recordings, transcripts, prompts and the outputs generated for you, after removing direct identifiers, to train and fine-tune our speech and language models.")),
    E("en-R03-b", ["R03"], "Turns the opt-in for using transcripts for model improvement into an opt-out that is on by default.",
      ("r", "Unless you opt in as described below,", "Unless your administrator opts out as described below,"),
      ("r", "If you want to help us improve transcription quality, workspace administrators can opt in under Settings > Privacy to let us use selected transcripts for model improvement. This setting is off by default and can be switched off at any time;",
       "To help us improve transcription quality, we use selected transcripts for model improvement. This setting is on by default for all workspaces, and administrators can switch it off under Settings > Privacy;")),
    E("en-R04-a", ["R04"], "Replaces the Data Privacy Framework certification and SCC fallback for Mailgun with reliance on Article 49 derogations.",
      ("r", "where it is certified under the EU-U.S. Data Privacy Framework. For Mailgun we have also signed the European Commission's Standard Contractual Clauses as a fallback.",
       "relying on Article 49(1)(b) GDPR, because the transfer is necessary to perform our contract with you.")),
    E("en-R04-b", ["R04"], "Adds remote access to production systems by engineers in Serbia under SCCs.",
      ("r", "Mailgun receives only names and e-mail addresses, never meeting content.",
       "Mailgun receives only names and e-mail addresses, never meeting content. Members of our engineering team in Belgrade, Serbia, may also access production systems, including workspace content, to maintain the service; these transfers are covered by Standard Contractual Clauses.")),
    E("en-R05", ["R05"], "Moves encrypted backups from Dublin to London and drops the EU-only storage promise.",
      ("r", "with encrypted backups in Dublin, Ireland. Workspace content is never stored outside the European Union.",
       "with encrypted backups in London, United Kingdom. Workspace content is stored in the European Union and the United Kingdom.")),
    E("en-R06-a", ["R06"], "Replaces the 7-day deletion of recordings with 'as long as necessary'.",
      ("r", "| Deleted 7 days after the transcript is ready, unless you choose to keep them |",
       "| Kept for as long as necessary for the purposes described in this policy |")),
    E("en-R06-b", ["R06"], "Extends retention of technical data in the table from 90 days to 26 months.",
      ("r", "| Legitimate interests (Art. 6(1)(f) GDPR) | 90 days |",
       "| Legitimate interests (Art. 6(1)(f) GDPR) | 26 months |")),
    E("en-R07-a", ["R07"], "Removes the right to data portability from the list of rights.",
      ("r", "- receive your data in a portable, machine-readable format;\n", "")),
    E("en-R07-b", ["R07"], "Introduces a fee per rights request instead of handling requests free of charge.",
      ("r", "It is free of charge, and we reply within one month.",
       "We charge an administrative fee of EUR 25 per request, payable before we start processing it, and we reply within one month of payment.")),
    E("en-R08", ["R08"], "Removes the Data Protection Officer and points privacy questions to general support.",
      ("r", "Our Data Protection Officer is Aoife Brennan. You can reach her at dpo@scribewell.ie or by post at the address above, marked 'Data Protection Officer'.",
       "If you have questions about privacy, please contact our support team at help@scribewell.ie.")),
    E("en-R09", ["R09"], "Names a Dutch acquirer as the new controller.",
      ("r", "Scribewell Technologies Limited, a company registered in Ireland under company number 712345, with its registered office at 4 Grand Canal Quay, Dublin 2, D02 K7W4, Ireland, is the controller",
       "Since its acquisition in February 2025, Scribewell has been operated by Northbeam Software B.V., registered with the Dutch Chamber of Commerce under number 81234567, Keizersgracht 221, 1016 DV Amsterdam, the Netherlands, which is now the controller")),
    E("en-R10", ["R10"], "Switches the legal basis of product e-mails from consent to legitimate interests.",
      ("r", "| Newsletter subscription | Product news and tips by e-mail | Consent (Art. 6(1)(a) GDPR) | Until you unsubscribe |",
       "| Newsletter subscription | Product news and tips by e-mail | Legitimate interests (Art. 6(1)(f) GDPR) | Until you object |")),
    E("en-R11", ["R11"], "Adds a table row using meeting metadata for published market research and benchmark reports.",
      ("r", "| Billing data | Invoicing and tax records |",
       "| Meeting metadata (duration, number of participants, talk-time ratios) | Market research and industry benchmark reports that we publish | Legitimate interests (Art. 6(1)(f) GDPR) | 3 years |\n| Billing data | Invoicing and tax records |")),
    E("en-R12", ["R12"], "Introduces voiceprints to identify speakers, a biometric data category.",
      ("r", "Speaker labels in transcripts are taken from the participant names supplied by the meeting platform. We do not create voiceprints or use any other biometric technique to recognise speakers, and",
       "To label speakers accurately, we create a voiceprint for each participant who speaks in a recorded meeting and use it to recognise that person in later meetings of the same workspace. Apart from these voiceprints,")),
    E("en-R13", ["R13"], "Rewrites the automated-decisions paragraph and silently drops the statement that no profiles are built.",
      ("r", "Scribewell's summaries and suggested action items are drafts for you to review. We do not make decisions about you that have legal or similarly significant effects based solely on automated processing, and we do not build profiles of you for marketing or any other purpose.",
       "Scribewell's summaries and suggested action items are drafts for you to review, and we do not make decisions about you that have legal or similarly significant effects based solely on automated processing.")),
    E("en-R14", ["R14"], "Replaces the ISO 27001 certification and SOC 2 report with a vague reference to industry practice.",
      ("r", "Scribewell is certified to ISO/IEC 27001 and we obtain a SOC 2 Type II report every year.",
       "We follow recognised industry security practices.")),
    E("en-R15", ["R15"], "Replaces the breach-notification commitment with a general statement about handling incidents.",
      ("r", "If we become aware of a personal data breach, we notify the Data Protection Commission within 72 hours where required, inform affected customers without undue delay, and tell you directly if the breach is likely to put your rights and freedoms at high risk.",
       "We take security incidents seriously. Our security team follows an internal response plan to contain, investigate and fix any incident as quickly as possible.")),
    E("en-R16", ["R16"], "Replaces 30 days' advance notice of changes with changes effective on posting.",
      ("r", "If we make material changes, we will tell you by e-mail and in the app at least 30 days before they take effect.",
       "We may change this policy at any time. Changes take effect as soon as we post them on this page, so please check it regularly.")),
    E("en-R17", ["R17"], "Replaces Irish law and local courts with Delaware law, binding arbitration and a class-action waiver.",
      ("r", "This policy is governed by Irish law. Nothing in it limits your right to complain to a supervisory authority or to bring proceedings before the courts of the EU member state where you live.",
       "This policy and any dispute arising out of it are governed by the laws of the State of Delaware. Any claim must be resolved by binding individual arbitration in Wilmington, Delaware, and you waive any right to bring or take part in a class or representative action.")),
    E("en-R19", ["R19"], "Removes the equal 'Reject all' option from the cookie banner.",
      ("r", "our banner offers 'Accept all' and 'Reject all' with equal prominence, and you can change your choice at any time.",
       "our banner lets you accept all cookies or open the settings panel to manage your preferences.")),
    E("en-R20", ["R20"], "Lowers the minimum age from 18 to 13 with parental or school consent for under-16s.",
      ("r", "You must be at least 18 years old to create an account, and we do not knowingly collect personal data from anyone under 16. If we learn that we have, we delete it.",
       "To support classrooms, students aged 13 or older can now use Scribewell; users under 16 need the consent of a parent or of their school, which we collect when the account is created.")),
    E("en-R21", ["R21"], "Broadens disclosure to authorities, including national-security agencies, on a good-faith basis.",
      ("r", "We disclose data to public authorities only where Irish or EU law requires us to do so under a binding order. We check every request, challenge requests that are unlawful or overbroad, and tell the affected customer first unless the law forbids it.",
       "We may disclose personal data to courts, law enforcement, government and national security agencies, in the EU or elsewhere, whenever we believe in good faith that disclosure is appropriate or is requested by them.")),
    E("en-R01-R04", ["R01", "R04"], "Adds a support outsourcing provider in the Philippines and a transfer there under SCCs.",
      ("r", "- Mailgun Technologies, Inc. (United States) – transactional e-mail\n",
       "- Mailgun Technologies, Inc. (United States) – transactional e-mail\n"
       "- Brightdesk Support Services Inc. (Philippines) – 24/7 customer support\n"),
      ("r", "Mailgun receives only names and e-mail addresses, never meeting content.",
       "Mailgun receives only names and e-mail addresses, never meeting content. Brightdesk's agents in Manila, the Philippines, can see your account data and, when you open a ticket, the meeting concerned; this transfer relies on Standard Contractual Clauses.")),
    E("en-R11-R13", ["R11", "R13"], "Replaces the no-profiling promise with usage profiles used to tailor marketing offers.",
      ("r", "and we do not build profiles of you for marketing or any other purpose.",
       "but we do analyse how you use Scribewell, together with your company's size and industry, to build a profile that we use to tailor marketing messages and offers to you.")),
    E("en-NONE-1", [], "Fixes the typo 'recieve'.",
      ("r", "You will recieve a confirmation", "You will receive a confirmation")),
    E("en-NONE-2", [], "Swaps the Cookies and Children sections.",
      ("swap", "## Cookies", "## Children", "## Cookies", "## Children")),
    E("en-NONE-3", [], "Paraphrases the no-sale promise without changing its meaning.",
      ("r", "We do not sell your personal data, and we do not share it with advertisers or data brokers.",
       "We never sell personal data, and advertisers and data brokers never receive it from us.")),
    E("en-NONE-4", [], "Paraphrases the EU-only storage promise with the same meaning.",
      ("r", "Workspace content is never stored outside the European Union.",
       "Workspace content always stays within the European Union.")),
    E("en-NONE-5", [], "Turns the bulleted list of rights into a single sentence.",
      ("r", "Under the GDPR you have the right to:\n\n- access the personal data we hold about you and receive a copy;\n- have inaccurate data corrected;\n- have your data erased;\n- restrict how we use your data;\n- receive your data in a portable, machine-readable format;\n- object to processing based on our legitimate interests, including direct marketing;\n- withdraw consent at any time, without affecting earlier processing.",
       "Under the GDPR you have the right to access the personal data we hold about you and receive a copy, to have inaccurate data corrected, to have your data erased, to restrict how we use it, to receive it in a portable, machine-readable format, to object to processing based on our legitimate interests (including direct marketing), and to withdraw consent at any time without affecting earlier processing.")),
    E("en-R23", ["R23"], "Changes only the last-updated date.",
      ("r", "Last updated: 3 March 2025", "Last updated: 14 April 2025")),
]

LANGS["en"] = (EN, EN_EDITS)


# ---------------------------------------------------------------------------
# de: e-signature platform (Hamburg); long legalistic sentences, numbered headings.
DE = """# Datenschutzerklärung der Signavo GmbH

Stand: 1. Februar 2025

## 1. Verantwortlicher und Geltungsbereich

Diese Datenschutzerklärung gilt für die Verarbeitung personenbezogener Daten im Zusammenhang mit der Nutzung der Plattform für elektronische Signaturen „Signavo“ und der Website signavo.de. Verantwortlicher im Sinne von Art. 4 Nr. 7 der Datenschutz-Grundverordnung (DSGVO) ist die Signavo GmbH, Große Elbstraße 145, 22767 Hamburg, eingetragen im Handelsregister des Amtsgerichts Hamburg unter HRB 178432, vertreten durch die Geschäftsführer Jonas Albers und Meike Thiessen (E-Mail: kontakt@signavo.de, Telefon: +49 40 3346 7710). Soweit wir Dokumente und Daten von Unterzeichnenden im Auftrag unserer Geschäftskunden verarbeiten, handeln wir als Auftragsverarbeiter nach Art. 28 DSGVO; Verantwortlicher ist dann der Kunde.

## 2. Datenschutzbeauftragter

Wir haben einen externen Datenschutzbeauftragten benannt, der unter folgenden Kontaktdaten erreichbar ist: Dr. Katrin Vogelsang, DataLegal Nord GmbH, Ballindamm 8, 20095 Hamburg, E-Mail: datenschutz@signavo.de.

## 3. Kategorien verarbeiteter personenbezogener Daten

Wir verarbeiten insbesondere Stammdaten von Kontoinhabern (Name, geschäftliche E-Mail-Adresse, Unternehmen, Funktion, Rechnungsanschrift), Daten von Unterzeichnenden (Name, E-Mail-Adresse und gegebenenfalls Mobilfunknummer für die Bestätigung per SMS-Code), die hochgeladenen Dokumente und deren Inhalte, Signatur- und Prüfprotokolle (Zeitpunkt, IP-Adresse, verwendetes Gerät und Browser, Hashwerte der Dokumente) sowie bei der qualifizierten elektronischen Signatur die zur Identitätsprüfung erforderlichen Angaben aus Ihrem Ausweisdokument. Biometrische Merkmale wie Gesichtsbilder werden ausschließlich vom Identifizierungsdienstleister im Rahmen des Videoidentverfahrens verarbeitet und uns nicht übermittelt; eine handschriftlich geleistete Unterschrift wird lediglich als Bilddatei gespeichert und nicht biometrisch ausgewertet.

## 4. Zwecke und Rechtsgrundlagen der Verarbeitung

Wir verarbeiten Ihre Daten zur Bereitstellung der Plattform, zur Durchführung von Signaturvorgängen und zur Erstellung beweissicherer Prüfprotokolle, soweit dies zur Erfüllung des Vertrags mit Ihnen oder Ihrem Arbeitgeber erforderlich ist (Art. 6 Abs. 1 lit. b DSGVO); zur Erfüllung handels- und steuerrechtlicher Aufbewahrungspflichten sowie der Pflichten aus der Verordnung (EU) Nr. 910/2014 (eIDAS) (Art. 6 Abs. 1 lit. c DSGVO); zur Gewährleistung der Sicherheit unserer Systeme, zur Missbrauchserkennung und zur Geltendmachung oder Abwehr von Rechtsansprüchen auf Grundlage unserer berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO); sowie zum Versand unseres Newsletters ausschließlich mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit mit Wirkung für die Zukunft widerrufen können.

Die Inhalte der von Ihnen hochgeladenen Dokumente werden von uns weder ausgewertet noch zum Training von Modellen der künstlichen Intelligenz oder zu sonstigen eigenen Zwecken verwendet; die optionale KI-gestützte Erkennung von Unterschriftsfeldern läuft ausschließlich auf unseren eigenen Servern in Deutschland und speichert keine Dokumentinhalte über den jeweiligen Vorgang hinaus.

Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne von Art. 22 DSGVO findet nicht statt; insbesondere erstellen wir keine Nutzungsprofile zu Werbezwecken.

## 5. Empfänger und Auftragsverarbeiter

Eine Weitergabe Ihrer Daten an Dritte erfolgt nur, soweit dies zur Vertragserfüllung erforderlich ist, Sie eingewilligt haben oder eine gesetzliche Verpflichtung besteht. Im Übrigen setzen wir folgende Auftragsverarbeiter ein, die nach Art. 28 DSGVO vertraglich gebunden sind:

- IONOS SE, Montabaur – Hosting und Datenspeicherung;
- D-Trust GmbH, Berlin – qualifizierte Zertifikate und Zeitstempel;
- IDnow GmbH, München – Identitätsprüfung im Videoidentverfahren;
- Twilio Ireland Limited, Dublin – Versand von SMS-Codes;
- Stripe Payments Europe Limited, Dublin – Zahlungsabwicklung;
- Mailjet SAS, Paris – Versand von E-Mail-Benachrichtigungen.

Wir verkaufen personenbezogene Daten nicht und geben sie weder an Werbetreibende noch an Adresshändler weiter.

Auskunftsersuchen von Strafverfolgungs- und sonstigen Behörden beantworten wir nur, wenn eine gesetzliche Verpflichtung nach deutschem oder europäischem Recht besteht und das Ersuchen auf einer wirksamen Rechtsgrundlage beruht; unverhältnismäßige oder rechtlich zweifelhafte Ersuchen fechten wir an, und soweit rechtlich zulässig, informieren wir den betroffenen Kunden vor der Herausgabe.

## 6. Übermittlung in Drittländer

Eine Übermittlung personenbezogener Daten in Staaten außerhalb des Europäischen Wirtschaftsraums findet grundsätzlich nicht statt. Eine Ausnahme bildet der SMS-Versand, bei dem Twilio Ireland Limited die Mobilfunknummer und den Bestätigungscode an ihre Muttergesellschaft Twilio Inc. in den Vereinigten Staaten übermitteln kann; diese ist nach dem EU-U.S. Data Privacy Framework zertifiziert, und ergänzend wurden die Standardvertragsklauseln der Europäischen Kommission (Durchführungsbeschluss (EU) 2021/914) vereinbart. Dokumentinhalte werden in keinem Fall in Drittländer übermittelt.

## 7. Speicherort

Sämtliche Dokumente, Prüfprotokolle und Kontodaten werden ausschließlich in zertifizierten Rechenzentren der IONOS SE in Frankfurt am Main und Karlsruhe gespeichert; auch sämtliche Sicherungskopien verbleiben in Deutschland.

## 8. Speicherdauer und Löschung

Vom Kunden hochgeladene Dokumente werden nach Abschluss des Signaturvorgangs für die im Konto eingestellte Dauer, standardmäßig 90 Tage, vorgehalten und danach automatisch gelöscht, sofern der Kunde nicht ausdrücklich eine längere Aufbewahrung im Archiv wählt. Prüfprotokolle werden zu Beweiszwecken zehn Jahre nach Abschluss des jeweiligen Vorgangs aufbewahrt, rechnungsrelevante Unterlagen gemäß § 147 AO und § 257 HGB ebenfalls zehn Jahre. Kontodaten löschen wir 30 Tage nach Beendigung des Vertragsverhältnisses, Server-Logdateien nach Ablauf von 14 Tagen.

## 9. Datensicherheit

Wir treffen angemessene technische und organisatorische Maßnahmen nach Art. 32 DSGVO. Dokumente werden bei der Übertragung mittels TLS 1.3 und im Ruhezustand mit AES-256 verschlüsselt; unser Informationssicherheits-Managementsystem ist nach ISO/IEC 27001 auf der Basis von IT-Grundschutz zertifiziert, und die Plattform erfüllt die Anforderungen des C5-Kriterienkatalogs des Bundesamts für Sicherheit in der Informationstechnik (Testat Typ 2). Der Zugang zu Konten kann durch Zwei-Faktor-Authentifizierung geschützt werden, die für Administratoren verpflichtend ist.

## 10. Meldung von Datenschutzverletzungen

Sollte es trotz dieser Maßnahmen zu einer Verletzung des Schutzes personenbezogener Daten kommen, melden wir diese unverzüglich und möglichst binnen 72 Stunden der zuständigen Aufsichtsbehörde nach Art. 33 DSGVO, unterrichten unsere Geschäftskunden als Verantwortliche ohne schuldhaftes Zögern und benachrichtigen Sie unmittelbar, wenn die Verletzung voraussichtlich ein hohes Risiko für Ihre persönlichen Rechte und Freiheiten zur Folge hat.

## 11. Ihre Rechte

Sie haben nach Maßgabe der gesetzlichen Voraussetzungen das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO) sowie das Recht, eine erteilte Einwilligung jederzeit mit Wirkung für die Zukunft zu widerrufen (Art. 7 Abs. 3 DSGVO).

Widerspruchsrecht: Soweit wir Ihre Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einlegen (Art. 21 DSGVO); der Verwendung Ihrer Daten für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.

Zur Ausübung Ihrer Rechte genügt eine formlose Mitteilung an datenschutz@signavo.de; die Bearbeitung ist für Sie unentgeltlich, und wir antworten innerhalb eines Monats. Zudem steht Ihnen das Recht auf Beschwerde bei einer Aufsichtsbehröde zu, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts; für uns zuständig ist der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit, Ludwig-Erhard-Straße 22, 20459 Hamburg.

## 12. Cookies und ähnliche Technologien

Auf unserer Website und in der Anwendung setzen wir technisch erforderliche Cookies ein, deren Speicherung auf § 25 Abs. 2 Nr. 2 TDDDG beruht. Eine Reichweitenmessung erfolgt nur nach Ihrer Einwilligung über unser Consent-Banner, das „Alle akzeptieren“ und „Alle ablehnen“ gleichrangig anbietet, und zwar mit selbst gehostetem Matomo ohne Weitergabe an Dritte. Marketing- oder Tracking-Cookies von Drittanbietern, etwa von sozialen Netzwerken oder Werbenetzwerken, verwenden wir nicht.

## 13. Minderjährige

Unsere Plattform richtet sich ausschließlich an Unternehmen und volljährige Personen; die Registrierung eines Kontos setzt die Vollendung des 18. Lebensjahres voraus. Daten von Personen unter 16 Jahren erheben wir nicht wissentlich, und sollten wir feststellen, dass uns solche Daten übermittelt wurden, löschen wir sie unverzüglich.

## 14. Änderungen dieser Datenschutzerklärung

Wir behalten uns vor, diese Datenschutzerklärung bei Bedarf anzupassen. Über wesentliche Änderungen informieren wir registrierte Nutzer mindestens sechs Wochen vor deren Inkrafttreten per E-Mail; frühere Fassungen stellen wir auf Anfrage zur Verfügung.
"""

DE_EDITS: list[dict[str, Any]] = [
    E("de-R01", ["R01"], "Adds Userlike as a new processor for the support chat.",
      ("r", "- Mailjet SAS, Paris – Versand von E-Mail-Benachrichtigungen.",
       "- Mailjet SAS, Paris – Versand von E-Mail-Benachrichtigungen;\n- Userlike UG (haftungsbeschränkt), Köln – Kundensupport per Live-Chat.")),
    E("de-R02-a", ["R02"], "Keeps the no-sale sentence but drops the promise not to pass data to advertisers and address brokers.",
      ("r", "Wir verkaufen personenbezogene Daten nicht und geben sie weder an Werbetreibende noch an Adresshändler weiter.",
       "Wir verkaufen personenbezogene Daten nicht.")),
    E("de-R02-b", ["R02", "R01"], "Rewrites the recipients intro to allow passing data to advertising partners for interest-based advertising and deletes the no-sale sentence.",
      ("r", "Eine Weitergabe Ihrer Daten an Dritte erfolgt nur, soweit dies zur Vertragserfüllung erforderlich ist, Sie eingewilligt haben oder eine gesetzliche Verpflichtung besteht.",
       "Eine Weitergabe Ihrer Daten an Dritte erfolgt, soweit dies zur Vertragserfüllung erforderlich ist, Sie eingewilligt haben oder eine gesetzliche Verpflichtung besteht, sowie an ausgewählte Werbepartner, die Kontakt- und Nutzungsdaten zur Ausspielung interessenbezogener Werbung erhalten."),
      ("r", "Wir verkaufen personenbezogene Daten nicht und geben sie weder an Werbetreibende noch an Adresshändler weiter.\n\n", "")),
    E("de-R03-a", ["R03"], "Replaces the statement that document contents are not used for AI training with pseudonymised use for training the field-detection models.",
      ("r", "Die Inhalte der von Ihnen hochgeladenen Dokumente werden von uns weder ausgewertet noch zum Training von Modellen der künstlichen Intelligenz oder zu sonstigen eigenen Zwecken verwendet;",
       "Die Inhalte der von Ihnen hochgeladenen Dokumente können von uns in pseudonymisierter Form ausgewertet und zum Training und zur Verbesserung unserer Modelle der künstlichen Intelligenz verwendet werden;")),
    E("de-R03-b", ["R03"], "Adds that uploaded documents and field-detection results are used for model training unless the user objects in the settings.",
      ("r", "und speichert keine Dokumentinhalte über den jeweiligen Vorgang hinaus.",
       "und speichert keine Dokumentinhalte über den jeweiligen Vorgang hinaus. Abweichend hiervon verwenden wir die hochgeladenen Dokumente und die Ergebnisse der Felderkennung zur Weiterentwicklung und zum Training dieser KI-Modelle, sofern Sie dem nicht in den Kontoeinstellungen unter „Datenschutz“ widersprechen.")),
    E("de-R04-a", ["R04"], "Replaces DPF certification and SCCs for Twilio with reliance on Art. 49(1)(b) GDPR.",
      ("r", "diese ist nach dem EU-U.S. Data Privacy Framework zertifiziert, und ergänzend wurden die Standardvertragsklauseln der Europäischen Kommission (Durchführungsbeschluss (EU) 2021/914) vereinbart.",
       "die Übermittlung stützt sich auf Art. 49 Abs. 1 lit. b DSGVO, da sie zur Erfüllung des Vertrags mit Ihnen erforderlich ist.")),
    E("de-R04-b", ["R04"], "Adds India and Brazil as further destinations for SMS delivery data.",
      ("r", "an ihre Muttergesellschaft Twilio Inc. in den Vereinigten Staaten übermitteln kann;",
       "an ihre Muttergesellschaft Twilio Inc. in den Vereinigten Staaten sowie zur Zustellung über internationale Netzbetreiber an Konzerngesellschaften in Indien und Brasilien übermitteln kann;")),
    E("de-R05", ["R05"], "Changes storage from exclusively German data centres to data centres anywhere in the EU.",
      ("r", "werden ausschließlich in zertifizierten Rechenzentren der IONOS SE in Frankfurt am Main und Karlsruhe gespeichert; auch sämtliche Sicherungskopien verbleiben in Deutschland.",
       "werden in Rechenzentren der IONOS SE innerhalb der Europäischen Union gespeichert; der jeweilige Standort einschließlich der Sicherungskopien richtet sich nach der verfügbaren Kapazität.")),
    E("de-R06-a", ["R06"], "Replaces the default 90-day deletion of documents with deletion once no longer needed.",
      ("r", "für die im Konto eingestellte Dauer, standardmäßig 90 Tage, vorgehalten und danach automatisch gelöscht, sofern der Kunde nicht ausdrücklich eine längere Aufbewahrung im Archiv wählt.",
       "so lange vorgehalten, wie dies für die Zwecke der Plattform erforderlich ist, und anschließend gelöscht.")),
    E("de-R06-b", ["R06"], "Extends retention of server logs from 14 days to twelve months.",
      ("r", "Server-Logdateien nach Ablauf von 14 Tagen.", "Server-Logdateien nach Ablauf von zwölf Monaten.")),
    E("de-R07-a", ["R07"], "Deletes the paragraph on the right to object.",
      ("r", "Widerspruchsrecht: Soweit wir Ihre Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einlegen (Art. 21 DSGVO); der Verwendung Ihrer Daten für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.\n\n", "")),
    E("de-R07-b", ["R07"], "Requires an ID copy with every request and charges a fee from the second request per year.",
      ("r", "Zur Ausübung Ihrer Rechte genügt eine formlose Mitteilung an datenschutz@signavo.de; die Bearbeitung ist für Sie unentgeltlich, und wir antworten innerhalb eines Monats.",
       "Zur Ausübung Ihrer Rechte richten Sie eine Mitteilung an datenschutz@signavo.de, der Sie zur Identifizierung stets eine Kopie Ihres Personalausweises beifügen müssen; ab der zweiten Anfrage innerhalb eines Kalenderjahres erheben wir eine Bearbeitungsgebühr von 30 Euro, und wir antworten innerhalb eines Monats.")),
    E("de-R08", ["R08"], "Replaces the external data protection officer and its contact address with a new one.",
      ("r", "Dr. Katrin Vogelsang, DataLegal Nord GmbH, Ballindamm 8, 20095 Hamburg, E-Mail: datenschutz@signavo.de.",
       "Timo Brandt, Konzerndatenschutz der Certano-Gruppe, E-Mail: dsb@certano-group.com.")),
    E("de-R09", ["R09"], "Names an Austrian holding company as the new controller.",
      ("r", "ist die Signavo GmbH, Große Elbstraße 145, 22767 Hamburg, eingetragen im Handelsregister des Amtsgerichts Hamburg unter HRB 178432, vertreten durch die Geschäftsführer Jonas Albers und Meike Thiessen",
       "ist seit dem 1. Januar 2025 die Certano Holding AG, Wiedner Hauptstraße 64, 1040 Wien, Österreich, eingetragen im Firmenbuch des Handelsgerichts Wien unter FN 512345 k, vertreten durch den Vorstand")),
    E("de-R10", ["R10"], "Bases the newsletter on legitimate interest (direct marketing to existing customers) instead of consent.",
      ("r", "sowie zum Versand unseres Newsletters ausschließlich mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit mit Wirkung für die Zukunft widerrufen können.",
       "sowie zum Versand unseres Newsletters an Bestandskunden auf Grundlage unseres berechtigten Interesses an Direktwerbung (Art. 6 Abs. 1 lit. f DSGVO in Verbindung mit § 7 Abs. 3 UWG), wobei Sie dem jederzeit widersprechen können.")),
    E("de-R11", ["R11"], "Adds a new purpose: analysing usage data to produce published market analyses and industry reports.",
      ("r", "Eine automatisierte Entscheidungsfindung einschließlich Profiling",
       "Darüber hinaus werten wir Nutzungsdaten, etwa Anzahl, Art und Dauer der Signaturvorgänge sowie die Branche unserer Kunden, aus, um Marktanalysen und Branchenberichte zu erstellen, die wir veröffentlichen (Art. 6 Abs. 1 lit. f DSGVO).\n\nEine automatisierte Entscheidungsfindung einschließlich Profiling")),
    E("de-R12", ["R12"], "Starts capturing biometric signature dynamics (pressure, speed, rhythm) instead of storing only an image.",
      ("r", "eine handschriftlich geleistete Unterschrift wird lediglich als Bilddatei gespeichert und nicht biometrisch ausgewertet.",
       "bei handschriftlich auf Tablets geleisteten Unterschriften erfassen wir zusätzlich Schreibdruck, Geschwindigkeit und Schreibrhythmus (biometrische Signaturdaten), um die Echtheit der Unterschrift im Streitfall nachweisen zu können.")),
    E("de-R13", ["R13"], "Introduces automated fraud scoring that can block signing processes without human review.",
      ("r", "Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne von Art. 22 DSGVO findet nicht statt; insbesondere erstellen wir keine Nutzungsprofile zu Werbezwecken.",
       "Zur Betrugsprävention bewerten wir Signaturvorgänge automatisiert anhand von Risikomerkmalen wie Gerät, IP-Adresse und bisherigem Nutzungsverhalten und können Vorgänge mit hohem Risikowert ohne menschliche Prüfung blockieren.")),
    E("de-R14", ["R14"], "Replaces the ISO 27001 and C5 certifications with a vague reference to recognised standards.",
      ("r", "unser Informationssicherheits-Managementsystem ist nach ISO/IEC 27001 auf der Basis von IT-Grundschutz zertifiziert, und die Plattform erfüllt die Anforderungen des C5-Kriterienkatalogs des Bundesamts für Sicherheit in der Informationstechnik (Testat Typ 2).",
       "bei der Ausgestaltung unserer Sicherheitsmaßnahmen orientieren wir uns an anerkannten Standards.")),
    E("de-R15", ["R15"], "Replaces the breach-notification section with an internal incident-handling statement.",
      ("r", "## 10. Meldung von Datenschutzverletzungen\n\nSollte es trotz dieser Maßnahmen zu einer Verletzung des Schutzes personenbezogener Daten kommen, melden wir diese unverzüglich und möglichst binnen 72 Stunden der zuständigen Aufsichtsbehörde nach Art. 33 DSGVO, unterrichten unsere Geschäftskunden als Verantwortliche ohne schuldhaftes Zögern und benachrichtigen Sie unmittelbar, wenn die Verletzung voraussichtlich ein hohes Risiko für Ihre persönlichen Rechte und Freiheiten zur Folge hat.",
       "## 10. Sicherheitsvorfälle\n\nSicherheitsvorfälle werden von unserem Sicherheitsteam nach einem festgelegten internen Prozess untersucht, eingedämmt und behoben.")),
    E("de-R16", ["R16"], "Shortens the notice period for material changes from six weeks to seven days.",
      ("r", "mindestens sechs Wochen vor deren Inkrafttreten per E-Mail;", "mindestens sieben Tage vor deren Inkrafttreten per E-Mail;")),
    E("de-R17", ["R17"], "Adds a new section with German law, an exclusive Hamburg forum and DIS arbitration.",
      ("r", "frühere Fassungen stellen wir auf Anfrage zur Verfügung.\n",
       "frühere Fassungen stellen wir auf Anfrage zur Verfügung.\n\n## 15. Anwendbares Recht und Gerichtsstand\n\nFür sämtliche Streitigkeiten aus oder im Zusammenhang mit dieser Datenschutzerklärung gilt ausschließlich das Recht der Bundesrepublik Deutschland; sie werden unter Ausschluss des ordentlichen Rechtswegs durch ein Schiedsgericht nach der Schiedsgerichtsordnung der Deutschen Institution für Schiedsgerichtsbarkeit (DIS) mit Sitz in Hamburg endgültig entschieden.\n")),
    E("de-R19", ["R19"], "Adds self-hosted session recording and heatmaps of mouse movements, clicks and scrolling.",
      ("r", "Marketing- oder Tracking-Cookies von Drittanbietern, etwa von sozialen Netzwerken oder Werbenetzwerken, verwenden wir nicht.",
       "Darüber hinaus zeichnen wir nach Ihrer Einwilligung mit dem Matomo-Plugin „Heatmap & Session Recording“ Mausbewegungen, Klicks und Scrollverhalten auf unserer Website auf. Marketing- oder Tracking-Cookies von Drittanbietern, etwa von sozialen Netzwerken oder Werbenetzwerken, verwenden wir nicht.")),
    E("de-R20", ["R20"], "Allows minors from age 14 to be invited as signers, e.g. for training contracts.",
      ("r", "Daten von Personen unter 16 Jahren erheben wir nicht wissentlich, und sollten wir feststellen, dass uns solche Daten übermittelt wurden, löschen wir sie unverzüglich.",
       "Zur Unterzeichnung von Dokumenten, etwa von Ausbildungsverträgen oder Einverständniserklärungen für Schulveranstaltungen, können unsere Kunden jedoch auch Minderjährige ab 14 Jahren einladen, deren Name, E-Mail-Adresse und Unterschrift wir in diesem Fall verarbeiten.")),
    E("de-R21", ["R21"], "Broadens disclosure to domestic and foreign authorities and intelligence services at the company's discretion.",
      ("r", "Auskunftsersuchen von Strafverfolgungs- und sonstigen Behörden beantworten wir nur, wenn eine gesetzliche Verpflichtung nach deutschem oder europäischem Recht besteht und das Ersuchen auf einer wirksamen Rechtsgrundlage beruht; unverhältnismäßige oder rechtlich zweifelhafte Ersuchen fechten wir an, und soweit rechtlich zulässig, informieren wir den betroffenen Kunden vor der Herausgabe.",
       "Wir geben Daten an Strafverfolgungsbehörden, Nachrichtendienste und sonstige staatliche Stellen im In- und Ausland heraus, wenn diese darum ersuchen und wir dies nach unserem Ermessen für angemessen halten.")),
    E("de-R04-R05", ["R04", "R05"], "Moves backup copies, including documents, to a data centre in the United States under SCCs.",
      ("r", "auch sämtliche Sicherungskopien verbleiben in Deutschland.",
       "Sicherungskopien einschließlich der Dokumentinhalte werden hingegen in einem von der IONOS SE betriebenen Rechenzentrum in den Vereinigten Staaten vorgehalten, wobei die Übermittlung auf Standardvertragsklauseln gestützt wird.")),
    E("de-R10-R11", ["R10", "R11"], "Adds a new purpose of offering add-on services based on company and usage data, on the basis of legitimate interest.",
      ("r", "insbesondere erstellen wir keine Nutzungsprofile zu Werbezwecken.",
       "insbesondere erstellen wir keine Nutzungsprofile zu Werbezwecken.\n\nZudem nutzen wir Angaben zu Ihrem Unternehmen und zu Ihrer Nutzung der Plattform auf Grundlage unseres berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO), um Ihnen per E-Mail und in der Anwendung passende kostenpflichtige Zusatzleistungen anzubieten.")),
    E("de-NONE-1", [], "Fixes the typo 'Aufsichtsbehröde'.",
      ("r", "Aufsichtsbehröde", "Aufsichtsbehörde")),
    E("de-NONE-2", [], "Swaps the sections on cookies and minors and renumbers them.",
      ("swap", "## 12. Cookies und ähnliche Technologien", "## 13. Minderjährige",
       "## 13. Cookies und ähnliche Technologien", "## 12. Minderjährige")),
    E("de-NONE-3", [], "Paraphrases the no-sale and no-advertiser promise without changing its meaning.",
      ("r", "Wir verkaufen personenbezogene Daten nicht und geben sie weder an Werbetreibende noch an Adresshändler weiter.",
       "Ein Verkauf personenbezogener Daten findet bei uns nicht statt; ebenso wenig erhalten Werbetreibende oder Adresshändler Daten von uns.")),
    E("de-NONE-4", [], "Paraphrases the no-automated-decision and no-profiling statement with the same meaning.",
      ("r", "Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne von Art. 22 DSGVO findet nicht statt; insbesondere erstellen wir keine Nutzungsprofile zu Werbezwecken.",
       "Wir treffen keine ausschließlich automatisierten Entscheidungen im Sinne von Art. 22 DSGVO und betreiben kein Profiling; Nutzungsprofile zu Werbezwecken legen wir insbesondere nicht an.")),
    E("de-NONE-5", [], "Rewords the heading of the storage-location section.",
      ("r", "## 7. Speicherort\n", "## 7. Ort der Datenspeicherung\n")),
    E("de-R23", ["R23"], "Changes only the 'Stand' date.",
      ("r", "Stand: 1. Februar 2025", "Stand: 15. März 2025")),
]

LANGS["de"] = (DE, DE_EDITS)


# ---------------------------------------------------------------------------
# fr: privacy-friendly web analytics (Lyon); numbered headings, a Markdown retention table.
FR = """# Politique de confidentialité de Mesurio

Dernière mise à jour : 10 janvier 2025

Mesurio est une solution de mesure d'audience respectueuse de la vie privée. Cette politique explique comment nous traitons les données de nos clients, de leurs utilisateurs et des internautes qui visitent leurs sites.

## 1. Responsable du traitement

Mesurio SAS, société par actions simplifiée au capital de 120 000 euros, immatriculée au RCS de Lyon sous le numéro 893 412 657, dont le siège social est situé 14 quai Perrache, 69002 Lyon, est responsable du traitement des données de ses clients et des utilisateurs du tableau de bord. Pour les données des internautes collectées sur les sites de nos clients, Mesurio agit en qualité de sous-traitant au sens de l'article 28 du RGPD : le client, éditeur du site, reste responsable du traitement.

## 2. Délégué à la protection des données

Nous avons désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@mesurio.fr.

## 3. Données que nous traitons

Pour nos clients et utilisateurs : nom, prénom, adresse e-mail professionnelle, société, numéro de TVA, coordonnées de facturation, identifiants de connexion et journaux d'activité du tableau de bord.

Pour les internautes des sites mesurés : pages consultées, site référent, horodatage, type de navigateur et d'appareil, système d'exploitation, ainsi que le pays et la région déduits de l'adresse IP. L'adresse IP est tronquée des deux derniers octets dès sa réception et n'est jamais enregistrée en entier. Mesurio ne dépose aucun cookie par défaut, ne recourt à aucune technique d'empreinte numérique (fingerprinting) et ne collecte ni données de localisation précise ni identifiant publicitaire.

## 4. Finalités et bases légales

Nous traitons les données de nos clients pour fournir et facturer le service, sur la base de l'exécution du contrat (article 6.1.b du RGPD) ; pour respecter nos obligations comptables et fiscales (article 6.1.c) ; et pour assurer la sécurité de la plateforme et prévenir la fraude, sur la base de notre intérêt légitime (article 6.1.f). Nous n'envoyons notre lettre d'information qu'aux personnes qui y ont expressément consenti (article 6.1.a).

Les données des internautes sont traitées uniquement pour produire des statistiques agrégées de fréquentation pour le compte de nos clients. Dans sa configuration par défaut, Mesurio remplit les conditions de l'exemption de consentement prévues par la CNIL pour les traceurs de mesure d'audience. Nous n'utilisons pas ces données à nos propres fins, ne les croisons avec aucune autre source et ne les employons pas pour entraîner des modèles d'intelligence artificielle.

L'assistant « Demandez à Mesurio », qui répond aux questions de nos clients sur leurs statistiques, s'appuie sur La Plateforme de Mistral AI, hébergée dans l'Union européenne. Les questions posées et les réponses générées ne sont ni conservées par Mistral AI ni utilisées pour entraîner des modèles.

Aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, n'est prise à l'égard des clients ou des internautes. Mesurio ne constitue pas de profils individuels : les rapports ne contiennent que des données agrégées.

## 5. Destinataires et sous-traitants

Les données sont accessibles aux seuls membres habilités de nos équipes et aux sous-traitants suivants, liés par un contrat conforme à l'article 28 du RGPD :

- OVH SAS (Roubaix, France) : hébergement de la plateforme et des bases de données ;
- Scaleway SAS (Paris, France) : sauvegardes chiffrées ;
- Mistral AI SAS (Paris, France) : assistant conversationnel ;
- Sendinblue SAS, dite Brevo (Paris, France) : envoi des e-mails transactionnels et de la lettre d'information ;
- Stripe Payments Europe Ltd (Dublin, Irlande) : paiement par carte ;
- Crisp IM SAS (Nantes, France) : support client par messagerie instantanée.

Nous ne vendons pas les données personnelles et ne les communiquons à aucun annonceur, régie publicitaire ou courtier en données.

Nous ne communiquons des données aux autorités administratives ou judiciaires que sur réquisition fondée sur le droit français ou européen ; chaque demande est examinée par notre DPO, et nous en informons le client concerné sauf interdiction légale.

## 6. Transferts hors de l'Union européenne

Toutes les données de mesure d'audience restent dans l'Union européenne. Seul le paiement par carte peut entraîner un transfert vers les États-Unis, Stripe Payments Europe Ltd faisant appel à sa maison mère Stripe, Inc. ; ce transfert est encadré par le Data Privacy Framework UE–États-Unis, auquel Stripe, Inc. est certifiée, ainsi que par les clauses contractuelles types de la Commission européenne.

## 7. Lieu d'hébergement

La plateforme est hébergée exclusivement en France, dans les centres de données d'OVHcloud à Roubaix et Gravelines, et les sauvegardes sont stockées chez Scaleway à Paris.

## 8. Durées de conservation

| Catégorie de données | Durée de conservation |
|---|---|
| Données du compte client | Durée du contrat, puis suppression sous 30 jours |
| Factures et pièces comptables | 10 ans (article L123-22 du Code de commerce) |
| Données brutes de mesure (visites, pages vues) | 13 mois |
| Journaux techniques et de sécurité | 6 mois |
| Échanges avec le support | 2 ans après la clôture de la demande |
| Prospects inscrits à la lettre d'information | 3 ans après le dernier contact |

## 9. Sécurité

Les données sont chiffrées en transit (TLS 1.3) et au repos (AES-256). L'accès à nos systèmes de production est limité, journalisé et protégé par une authentification à deux facteurs obligatoire ; nos clients peuvent également activer la double authentification sur leur compte. Mesurio est certifiée ISO/IEC 27001 depuis 2023, et un test d'intrusion est réalisé chaque année par un prestataire qualifié PASSI.

## 10. Violation de données

En cas de violation de données personnelles, nous notifions la CNIL dans les 72 heures lorsque la réglementaion l'exige et informons nos clients sans délai injustifié, au plus tard dans les 48 heures, afin qu'ils puissent remplir leurs propres obligations.

## 11. Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement, d'opposition et de portabilité de vos données, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment.

Pour exercer ces droits, écrivez à dpo@mesurio.fr. Nous répondons dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).

## 12. Cookies

Notre site vitrine mesurio.fr est mesuré avec Mesurio lui-même, en mode exempté de consentement, et le tableau de bord utilise un cookie de session strictement nécessaire à la connexion. Aucun cookie publicitaire ni traceur de réseau social n'est utilisé.

## 13. Mineurs

Nos services sont destinés aux professionnels, et la création d'un compte client est réservée aux personnes majeures. Nous ne collectons pas sciemment de données concernant des enfants de moins de 15 ans.

## 14. Modification de la politique

Nous pouvons faire évoluer cette politique. Toute modification substantielle est notifiée aux clients par e-mail et dans le tableau de bord au moins 30 jours avant son entrée en vigueur.

## 15. Droit applicable

La présente politique est régie par le droit français. Si vous êtes consommateur, vous pouvez saisir la juridiction de votre domicile.
"""

FR_EDITS: list[dict[str, Any]] = [
    E("fr-R01", ["R01"], "Adds Clever Cloud as a new processor for report computation.",
      ("r", "- Scaleway SAS (Paris, France) : sauvegardes chiffrées ;\n",
       "- Scaleway SAS (Paris, France) : sauvegardes chiffrées ;\n- Clever Cloud SAS (Nantes, France) : exécution des tâches de calcul des rapports ;\n")),
    E("fr-R02-a", ["R02"], "Replaces the no-sale, no-advertiser promise with a generic sentence about careful handling.",
      ("r", "Nous ne vendons pas les données personnelles et ne les communiquons à aucun annonceur, régie publicitaire ou courtier en données.",
       "Nous traitons ces données avec le plus grand soin et uniquement aux fins décrites dans la présente politique.")),
    E("fr-R02-b", ["R02", "R01"], "Keeps 'we do not sell' for customer data but lets pseudonymised audience data go to advertising agencies for targeting.",
      ("r", "Nous ne vendons pas les données personnelles et ne les communiquons à aucun annonceur, régie publicitaire ou courtier en données.",
       "Nous ne vendons pas les données personnelles de nos clients. Les statistiques d'audience pseudonymisées peuvent en revanche être mises à la disposition de régies publicitaires partenaires afin d'améliorer le ciblage de leurs campagnes.")),
    E("fr-R03-a", ["R03"], "Replaces the promise not to use visitor data for AI training with pseudonymised training of the 'automatic insights' models.",
      ("r", "Nous n'utilisons pas ces données à nos propres fins, ne les croisons avec aucune autre source et ne les employons pas pour entraîner des modèles d'intelligence artificielle.",
       "Nous ne croisons ces données avec aucune autre source ; elles peuvent toutefois être utilisées, sous forme pseudonymisée, pour entraîner les modèles d'intelligence artificielle qui alimentent notre fonctionnalité « Insights automatiques ».")),
    E("fr-R03-b", ["R03"], "States that questions and generated answers of the assistant may be kept and used to train Mesurio's and Mistral AI's models.",
      ("r", "Les questions posées et les réponses générées ne sont ni conservées par Mistral AI ni utilisées pour entraîner des modèles.",
       "Les questions posées et les réponses générées peuvent être conservées et utilisées par Mesurio et par Mistral AI pour entraîner et améliorer leurs modèles.")),
    E("fr-R04-a", ["R04"], "Replaces DPF certification and SCCs for the Stripe transfer with a reference to the invalidated Privacy Shield.",
      ("r", "ce transfert est encadré par le Data Privacy Framework UE–États-Unis, auquel Stripe, Inc. est certifiée, ainsi que par les clauses contractuelles types de la Commission européenne.",
       "ce transfert est encadré par le Privacy Shield UE–États-Unis, auquel Stripe, Inc. a adhéré.")),
    E("fr-R04-b", ["R04"], "Drops 'audience data stays in the EU' and adds access by Mesurio engineers in Morocco under SCCs.",
      ("r", "Toutes les données de mesure d'audience restent dans l'Union européenne.",
       "Nos ingénieurs basés à Casablanca (Maroc) peuvent accéder aux données de mesure d'audience pour la maintenance de la plateforme ; cet accès est encadré par les clauses contractuelles types de la Commission européenne.")),
    E("fr-R05", ["R05"], "Changes hosting from exclusively France to OVHcloud data centres in several EU countries.",
      ("r", "La plateforme est hébergée exclusivement en France, dans les centres de données d'OVHcloud à Roubaix et Gravelines,",
       "La plateforme est hébergée dans les centres de données d'OVHcloud situés dans l'Union européenne, notamment en France, en Allemagne et en Pologne,")),
    E("fr-R06-a", ["R06"], "Replaces the 13-month retention of raw measurement data with 'as long as necessary' in the table.",
      ("r", "| Données brutes de mesure (visites, pages vues) | 13 mois |",
       "| Données brutes de mesure (visites, pages vues) | Aussi longtemps que nécessaire à la fourniture du service |")),
    E("fr-R06-b", ["R06"], "Extends retention of technical and security logs from 6 months to 3 years.",
      ("r", "| Journaux techniques et de sécurité | 6 mois |", "| Journaux techniques et de sécurité | 3 ans |")),
    E("fr-R07-a", ["R07"], "Removes the right to object from the list of rights.",
      ("r", "de limitation du traitement, d'opposition et de portabilité de vos données", "de limitation du traitement et de portabilité de vos données")),
    E("fr-R07-b", ["R07"], "Limits the exercise of rights to residents of France.",
      ("r", "Pour exercer ces droits, écrivez à dpo@mesurio.fr.",
       "Ces droits sont réservés aux personnes résidant en France ; les demandes provenant d'autres pays ne sont traitées que si la loi locale nous y oblige. Pour exercer ces droits, écrivez à dpo@mesurio.fr.")),
    E("fr-R08", ["R08"], "Changes the rights-request channel from the DPO e-mail address to an online form.",
      ("r", "Pour exercer ces droits, écrivez à dpo@mesurio.fr.", "Pour exercer ces droits, utilisez le formulaire disponible sur mesurio.fr/vie-privee.")),
    E("fr-R09", ["R09"], "Names a Belgian acquirer as the new controller.",
      ("r", "Mesurio SAS, société par actions simplifiée au capital de 120 000 euros, immatriculée au RCS de Lyon sous le numéro 893 412 657, dont le siège social est situé 14 quai Perrache, 69002 Lyon, est responsable",
       "Depuis le rachat de Mesurio par le groupe Datavue, Datavue SA, société anonyme de droit belge inscrite à la Banque-Carrefour des Entreprises sous le numéro 0789.456.123, dont le siège social est situé avenue Louise 231, 1050 Bruxelles, est responsable")),
    E("fr-R10", ["R10"], "Bases the newsletter on legitimate interest instead of consent.",
      ("r", "Nous n'envoyons notre lettre d'information qu'aux personnes qui y ont expressément consenti (article 6.1.a).",
       "Nous envoyons notre lettre d'information à nos clients et prospects sur la base de notre intérêt légitime (article 6.1.f) ; vous pouvez vous y opposer à tout moment.")),
    E("fr-R11", ["R11"], "Adds use of aggregated data across all measured sites for published sector studies and benchmarks.",
      ("r", "Nous n'utilisons pas ces données à nos propres fins, ne les croisons",
       "Nous utilisons également les données de l'ensemble des sites mesurés pour publier des études sectorielles et des indices de référence (benchmarks). Nous ne les croisons")),
    E("fr-R12", ["R12"], "Starts collecting precise device geolocation when the 'in-store traffic' module is enabled.",
      ("r", "et ne collecte ni données de localisation précise ni identifiant publicitaire.",
       "et ne collecte pas d'identifiant publicitaire. Lorsque le client active le module « Trafic en magasin », Mesurio collecte en revanche la géolocalisation précise de l'appareil mobile de l'internaute afin de mesurer les visites en point de vente.")),
    E("fr-R13", ["R13"], "Replaces the no-profiling statement with automatic behavioural segments of visitors.",
      ("r", "Aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, n'est prise à l'égard des clients ou des internautes. Mesurio ne constitue pas de profils individuels : les rapports ne contiennent que des données agrégées.",
       "Le module « Segments » classe automatiquement chaque internaute dans des profils comportementaux (par exemple « acheteur probable » ou « visiteur hésitant ») à partir de son parcours de navigation au fil de ses visites.")),
    E("fr-R14", ["R14"], "Removes the ISO 27001 certification and the yearly PASSI penetration test.",
      ("r", "Mesurio est certifiée ISO/IEC 27001 depuis 2023, et un test d'intrusion est réalisé chaque année par un prestataire qualifié PASSI.",
       "Nous appliquons les bonnes pratiques du secteur en matière de sécurité.")),
    E("fr-R15", ["R15"], "Deletes the breach-notification commitment and renames the section.",
      ("r", "## 10. Violation de données\n\nEn cas de violation de données personnelles, nous notifions la CNIL dans les 72 heures lorsque la réglementaion l'exige et informons nos clients sans délai injustifié, au plus tard dans les 48 heures, afin qu'ils puissent remplir leurs propres obligations.",
       "## 10. Incidents\n\nNos équipes surveillent en permanence la plateforme et traitent les incidents de sécurité selon une procédure interne.")),
    E("fr-R16", ["R16"], "Replaces 30 days' notice with changes at any time without notice.",
      ("r", "Nous pouvons faire évoluer cette politique. Toute modification substantielle est notifiée aux clients par e-mail et dans le tableau de bord au moins 30 jours avant son entrée en vigueur.",
       "Nous pouvons modifier cette politique à tout moment et sans préavis ; la version applicable est celle publiée sur notre site.")),
    E("fr-R17", ["R17"], "Replaces French law and the consumer's home forum with ICC arbitration in Geneva and a class-action waiver.",
      ("r", "La présente politique est régie par le droit français. Si vous êtes consommateur, vous pouvez saisir la juridiction de votre domicile.",
       "La présente politique est régie par le droit suisse. Tout litige sera tranché définitivement par voie d'arbitrage selon le règlement de la Chambre de commerce internationale, à Genève, et vous renoncez à toute action collective.")),
    E("fr-R19", ["R19"], "Introduces a 13-month first-party cookie and device fingerprinting to recognise returning visitors.",
      ("r", "Mesurio ne dépose aucun cookie par défaut, ne recourt à aucune technique d'empreinte numérique (fingerprinting) et",
       "Afin de mieux reconnaître les visiteurs récurrents, Mesurio dépose un cookie propriétaire d'une durée de 13 mois et recourt à une empreinte numérique de l'appareil (fingerprinting) lorsque les cookies sont bloqués ; Mesurio")),
    E("fr-R20", ["R20"], "Opens customer accounts to users aged 13 and over and drops the under-15 statement.",
      ("r", "et la création d'un compte client est réservée aux personnes majeures. Nous ne collectons pas sciemment de données concernant des enfants de moins de 15 ans.",
       "et la création d'un compte client est ouverte aux personnes âgées d'au moins 13 ans, par exemple pour les projets pédagogiques des collèges.")),
    E("fr-R21", ["R21"], "Broadens disclosure to any French or foreign authority, including intelligence services.",
      ("r", "Nous ne communiquons des données aux autorités administratives ou judiciaires que sur réquisition fondée sur le droit français ou européen ; chaque demande est examinée par notre DPO, et nous en informons le client concerné sauf interdiction légale.",
       "Nous pouvons communiquer des données à toute autorité publique, française ou étrangère, y compris aux services de renseignement, qui en fait la demande dans le cadre de ses missions.")),
    E("fr-R01-R04", ["R01", "R04"], "Adds Sentry (US) for error tracking and a new transfer of error reports to the United States.",
      ("r", "- Crisp IM SAS (Nantes, France) : support client par messagerie instantanée.",
       "- Crisp IM SAS (Nantes, France) : support client par messagerie instantanée ;\n- Functional Software, Inc., dite Sentry (San Francisco, États-Unis) : suivi des erreurs applicatives."),
      ("r", "ainsi que par les clauses contractuelles types de la Commission européenne.",
       "ainsi que par les clauses contractuelles types de la Commission européenne. Les rapports d'erreurs envoyés à Sentry, qui peuvent contenir des adresses IP et des identifiants d'utilisateurs, sont également transférés aux États-Unis sur la base des clauses contractuelles types.")),
    E("fr-R12-R19", ["R12", "R19"], "Adds a session-replay module that records visitors' mouse movements, clicks and form inputs via a script and cookie.",
      ("r", "L'adresse IP est tronquée des deux derniers octets dès sa réception et n'est jamais enregistrée en entier.",
       "L'adresse IP est tronquée des deux derniers octets dès sa réception et n'est jamais enregistrée en entier. Lorsque le client active le module « Replay », un script et un cookie dédiés enregistrent en outre les mouvements de souris, les clics, le défilement et les saisies des internautes dans les formulaires, afin de rejouer leurs sessions de navigation.")),
    E("fr-NONE-1", [], "Fixes the typo 'réglementaion'.",
      ("r", "réglementaion", "réglementation")),
    E("fr-NONE-2", [], "Swaps the cookies and minors sections and renumbers them.",
      ("swap", "## 12. Cookies", "## 13. Mineurs", "## 13. Cookies", "## 12. Mineurs")),
    E("fr-NONE-3", [], "Paraphrases the no-sale promise with the same meaning.",
      ("r", "Nous ne vendons pas les données personnelles et ne les communiquons à aucun annonceur, régie publicitaire ou courtier en données.",
       "Les données personnelles ne sont jamais vendues, ni transmises à des annonceurs, des régies publicitaires ou des courtiers en données.")),
    E("fr-NONE-4", [], "Paraphrases the no-cookie, no-fingerprinting statement with the same meaning.",
      ("r", "Mesurio ne dépose aucun cookie par défaut, ne recourt à aucune technique d'empreinte numérique (fingerprinting) et",
       "Par défaut, Mesurio ne place aucun cookie, n'a recours à aucune empreinte numérique (fingerprinting) et")),
    E("fr-NONE-5", [], "Replaces 'adresse e-mail' by 'adresse électronique' in the list of customer data.",
      ("r", "nom, prénom, adresse e-mail professionnelle,", "nom, prénom, adresse électronique professionnelle,")),
    E("fr-NONE-6", [], "Adds a sentence pointing to the public list of processors.",
      ("r", "liés par un contrat conforme à l'article 28 du RGPD :",
       "liés par un contrat conforme à l'article 28 du RGPD (la liste à jour est également publiée sur mesurio.fr/sous-traitants) :")),
]

LANGS["fr"] = (FR, FR_EDITS)


# ---------------------------------------------------------------------------
# nl: cloud file sync and sharing (Utrecht); short plain-language policy with question headings.
NL = """# Privacyverklaring Deelbox

Laatst bijgewerkt: 2 december 2024

Deelbox is een dienst om bestanden op te slaan, te synchroniseren en te delen. Jouw bestanden zijn van jou. In deze verklaring leggen we in gewone taal uit wat we met je gegevens doen en wat we er niet mee doen.

## Wie zijn wij?

Deelbox B.V. is verantwoordelijk voor je gegevens. Ons adres is Oudegracht 182, 3511 NR Utrecht. We staan bij de Kamer van Koophandel ingeschreven onder nummer 74839201.

Heb je een vraag over privacy? Mail dan onze functionaris gegevensbescherming, Sanne de Vries, via privacy@deelbox.nl.

## Welke gegevens verzamelen we?

- Je naam, e-mailadres en wachtwoord. Je wachtwoord slaan we alleen versleuteld op.
- Je bestanden en mappen, en met wie je ze deelt.
- Betaalgegevens als je een betaald abonnement hebt. Die verwerkt Mollie; wij zien alleen of de betaling gelukt is.
- Technische gegevens: je IP-adres, welk apparaat en welke app-versie je gebruikt, en wanneer je inlogt.
- Berichten die je naar onze klantenservice stuurt.

We kijken niet in je bestanden. Alleen als jij ons daarom vraagt, bijvoorbeeld bij een storing, kijkt een medewerker mee, en dan alleen met jouw toestemming. We verzamelen geen locatiegegevens en we lezen je adresboek niet uit.

## Waarvoor gebruiken we je gegevens?

- Om je bestanden op te slaan, te synchroniseren en te delen. Dat is nodig om onze overeenkomst met jou uit te voeren.
- Om je een factuur te sturen en onze boekhouding bij te houden. Dat moet van de wet.
- Om misbruik, spam en hacks te voorkomen. Dat is ons gerechtvaardigd belang.
- Om je onze nieuwsbrief te sturen, maar alleen als je daar zelf ja op hebt gezegd.

We verkopen je gegevens niet. We gebruiken ze niet voor reclame en we delen ze niet met adverteerders. We gebruiken je bestanden ook niet om kunstmatige intelligentie (AI) te trainen. We maken geen profielen van je en er worden geen automatische besluiten over je genomen.

## Met wie delen we je gegevens?

Alleen met bedrijven die ons helpen de dienst te leveren. Met elk van hen hebben we een verwerkersovereenkomst gesloten:

- Leaseweb Netherlands B.V. (Amsterdam) – servers en opslag
- Hetzner Online GmbH (Duitsland) – back-ups
- Mollie B.V. (Amsterdam) – betalingen
- Postmark (ActiveCampaign, LLC, Verenigde Staten) – e-mails zoals wachtwoordherstel
- Trengo B.V. (Utrecht) – klantenserivce via chat en mail

Deel jij een bestand of map met iemand? Dan kan die persoon het natuurlijk zien.

Vraagt de politie of een andere overheidsinstantie om gegevens? Dan geven we alleen iets af als we dat volgens de Nederlandse wet verplicht zijn, bijvoorbeeld na een bevel van de officier van justitie. We laten het je weten, tenzij dat niet mag.

## Gaan je gegevens naar het buitenland?

Bijna nooit. Alleen Postmark, dat onze e-mails verstuurt, zit in de Verenigde Staten. Postmark krijgt alleen je naam en e-mailadres, nooit je bestanden. Postmark is aangesloten bij het EU-VS Data Privacy Framework en we hebben met hen ook de standaardcontractbepalingen van de Europese Commissie afgesproken.

## Waar staan je bestanden?

Je bestanden staan op servers van Leaseweb in Amsterdam. Back-ups staan versleuteld bij Hetzner in Duitsland. Je bestanden verlaten de EU nooit.

## Hoe lang bewaren we je gegevens?

- Je bestanden: zolang je account bestaat. Verwijder je een bestand, dan staat het nog 30 dagen in je prullenbak. Daarna is het weg.
- Na het opzeggen van je account wissen we alles binnen 60 dagen, ook uit de back-ups.
- Facturen: 7 jaar, omdat de Belastingdienst dat eist.
- Technische logbestanden: 3 maanden.
- Berichten aan de klantenservice: 1 jaar.

## Hoe beveiligen we je gegevens?

- Alles wat je uploadt, versleutelen we onderweg (TLS) en op onze servers (AES-256).
- Voor mappen in je Kluis gebruiken we end-to-end-versleuteling. Alleen jij hebt de sleutel, dus ook wij kunnen die bestanden niet lezen.
- Je kunt tweestapsverificatie aanzetten. Voor zakelijke accounts staat het standaard aan.
- We zijn gecertificeerd volgens ISO 27001.
- Een extern bureau test elk jaar of onze systemen veilig zijn.

Gaat er toch iets mis en lekken er gegevens? Dan melden we dat binnen 72 uur bij de Autoriteit Persoonsgegevens. Loop jij daardoor risico? Dan laten we het jou ook zo snel mogelijk weten.

## Wat zijn je rechten?

Je mag:

- je gegevens inzien;
- foute gegevens laten verbeteren;
- je gegevens laten verwijderen;
- vragen of we je gegevens minder gebruiken (beperking);
- je gegevens meenemen naar een andere dienst (dataportabiliteit);
- bezwaar maken als we je gegevens gebruiken op basis van ons gerechtvaardigd belang;
- je toestemming intrekken, bijvoorbeeld voor de nieuwsbrief.

Stuur een mail naar privacy@deelbox.nl. Je krijgt binnen een maand antwoord. Het kost niets. Veel kun je ook zelf regelen: in je instellingen kun je al je bestanden downloaden of je account verwijderen.

Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).

## Cookies

Onze website en de webapp gebruiken alleen cookies die nodig zijn om in te loggen en je instellingen te onthouden. We gebruiken geen advertentiecookies en geen trackers van Google, Facebook of andere partijen. Daarom zie je bij ons ook geen cookiebanner.

## Kinderen

Deelbox is niet bedoeld voor kinderen. Je moet minimaal 16 jaar zijn om een account te maken. Ontdekken we dat een account van iemand onder de 16 is, dan verwijderen we het.

## Veranderingen

Passen we deze privacyverklaring flink aan? Dan mailen we je minstens een maand van tevoren. Oudere versies vind je op deelbox.nl/privacy/archief. Heb je vragen, mail ons dan gerust.
"""

NL_EDITS: list[dict[str, Any]] = [
    E("nl-R01", ["R01"], "Adds Brevo (Paris) as a new processor for sending the newsletter.",
      ("r", "- Mollie B.V. (Amsterdam) – betalingen\n",
       "- Mollie B.V. (Amsterdam) – betalingen\n- Sendinblue SAS, handelend als Brevo (Parijs) – versturen van de nieuwsbrief\n")),
    E("nl-R02-a", ["R02"], "Rewrites the paragraph and drops both the no-sale and the no-advertising sentences.",
      ("r", "We verkopen je gegevens niet. We gebruiken ze niet voor reclame en we delen ze niet met adverteerders. We gebruiken je bestanden",
       "We gaan zorgvuldig met je gegevens om. We gebruiken je bestanden")),
    E("nl-R02-b", ["R02"], "Narrows the no-sale promise to file contents only, so account and usage data are no longer covered.",
      ("r", "We verkopen je gegevens niet. We gebruiken ze niet voor reclame en we delen ze niet met adverteerders.",
       "We verkopen de inhoud van je bestanden nooit en we tonen geen reclame in de app.")),
    E("nl-R03-a", ["R03"], "Replaces the no-AI-training promise with training on file names and document contents.",
      ("r", "We gebruiken je bestanden ook niet om kunstmatige intelligentie (AI) te trainen.",
       "Voor onze nieuwe zoekfunctie trainen we AI-modellen met bestandsnamen en de tekst van documenten, nadat we namen en e-mailadressen eruit hebben gehaald.")),
    E("nl-R03-b", ["R03"], "Introduces AI training on files by default with an opt-out in the settings.",
      ("r", "We gebruiken je bestanden ook niet om kunstmatige intelligentie (AI) te trainen.",
       "Zet je het niet uit bij Instellingen > Privacy, dan gebruiken we je bestanden om onze AI-functies te trainen en te verbeteren.")),
    E("nl-R04-a", ["R04"], "Replaces DPF and SCCs for Postmark with asking consent at sign-up.",
      ("r", "Postmark is aangesloten bij het EU-VS Data Privacy Framework en we hebben met hen ook de standaardcontractbepalingen van de Europese Commissie afgesproken.",
       "Voor deze doorgifte vragen we je toestemming als je een account aanmaakt.")),
    E("nl-R04-b", ["R04"], "Adds night-time support by Deelbox's own team in Cape Town, South Africa.",
      ("r", "Postmark krijgt alleen je naam en e-mailadres, nooit je bestanden.",
       "Postmark krijgt alleen je naam en e-mailadres, nooit je bestanden. 's Nachts helpt ons eigen supportteam in Kaapstad (Zuid-Afrika) je verder. Zij zien je naam, je e-mailadres en je vragen. Daarvoor gebruiken we de standaardcontractbepalingen."),),
    E("nl-R05", ["R05"], "Removes the exact backup location and the promise that files never leave the EU.",
      ("r", "Back-ups staan versleuteld bij Hetzner in Duitsland. Je bestanden verlaten de EU nooit.",
       "Back-ups staan versleuteld bij een externe opslagpartij. Waar die de back-ups bewaart, kan per periode verschillen.")),
    E("nl-R06-a", ["R06"], "Replaces deletion within 60 days after account closure with 'as long as necessary'.",
      ("r", "Na het opzeggen van je account wissen we alles binnen 60 dagen, ook uit de back-ups.",
       "Na het opzeggen van je account bewaren we je gegevens zo lang als dat nodig is.")),
    E("nl-R06-b", ["R06"], "Extends retention of technical logs from 3 months to 2 years.",
      ("r", "- Technische logbestanden: 3 maanden.", "- Technische logbestanden: 2 jaar.")),
    E("nl-R07-a", ["R07"], "Removes the right to erasure from the list.",
      ("r", "- je gegevens laten verwijderen;\n", "")),
    E("nl-R07-b", ["R07"], "Introduces a fee for every request after the first one in a year.",
      ("r", "Je krijgt binnen een maand antwoord. Het kost niets.",
       "Je krijgt binnen een maand antwoord. Je eerste verzoek per jaar is gratis; voor elk volgend verzoek rekenen we € 15 administratiekosten.")),
    E("nl-R08", ["R08"], "Removes the data protection officer and sends privacy questions to general support.",
      ("r", "Heb je een vraag over privacy? Mail dan onze functionaris gegevensbescherming, Sanne de Vries, via privacy@deelbox.nl.",
       "Heb je een vraag over privacy? Mail dan naar support@deelbox.nl.")),
    E("nl-R09", ["R09"], "Names a Luxembourg company as the new controller after an acquisition.",
      ("r", "Deelbox B.V. is verantwoordelijk voor je gegevens. Ons adres is Oudegracht 182, 3511 NR Utrecht. We staan bij de Kamer van Koophandel ingeschreven onder nummer 74839201.",
       "Sinds 1 maart 2025 hoort Deelbox bij Cloudhaven Group. Verantwoordelijk voor je gegevens is nu Cloudhaven Europe S.à r.l., 12 rue Eugène Ruppert, 2453 Luxemburg, ingeschreven in het handelsregister van Luxemburg onder nummer B245871.")),
    E("nl-R10", ["R10"], "Sends the newsletter to customers on legitimate interest instead of consent.",
      ("r", "- Om je onze nieuwsbrief te sturen, maar alleen als je daar zelf ja op hebt gezegd.",
       "- Om klanten onze nieuwsbrief te sturen. Dat doen we op basis van ons gerechtvaardigd belang; je kunt je altijd afmelden.")),
    E("nl-R11", ["R11"], "Adds research into how the service is used and product improvement as a new purpose.",
      ("r", "- Om misbruik, spam en hacks te voorkomen. Dat is ons gerechtvaardigd belang.",
       "- Om misbruik, spam en hacks te voorkomen. Dat is ons gerechtvaardigd belang.\n- Om te onderzoeken hoe je Deelbox gebruikt en onze producten te verbeteren. Ook dat is ons gerechtvaardigd belang.")),
    E("nl-R12", ["R12"], "Starts reading GPS locations from photos and the phone's address book.",
      ("r", "We verzamelen geen locatiegegevens en we lezen je adresboek niet uit.",
       "Gebruik je in de app 'Foto's uploaden'? Dan lezen we de GPS-locatie van je foto's uit, zodat je ze op een kaart kunt zien. Ook lezen we je adresboek uit, zodat je sneller bestanden kunt delen.")),
    E("nl-R13", ["R13"], "Drops the promise not to create profiles, keeping only the no-automated-decisions part.",
      ("r", "We maken geen profielen van je en er worden geen automatische besluiten over je genomen.",
       "Er worden geen automatische besluiten over je genomen.")),
    E("nl-R14", ["R14"], "Replaces end-to-end encryption of the Vault with provider-managed keys.",
      ("r", "- Voor mappen in je Kluis gebruiken we end-to-end-versleuteling. Alleen jij hebt de sleutel, dus ook wij kunnen die bestanden niet lezen.",
       "- Mappen in je Kluis krijgen extra bescherming. Wij beheren de sleutels, zodat we je kunnen helpen als je je wachtwoord kwijt bent.")),
    E("nl-R15", ["R15"], "Replaces the data-breach notification promise with a general reassurance.",
      ("r", "Gaat er toch iets mis en lekken er gegevens? Dan melden we dat binnen 72 uur bij de Autoriteit Persoonsgegevens. Loop jij daardoor risico? Dan laten we het jou ook zo snel mogelijk weten.",
       "We doen er alles aan om je gegevens veilig te houden.")),
    E("nl-R16", ["R16"], "Replaces one month's advance e-mail notice with changes at any time.",
      ("r", "Passen we deze privacyverklaring flink aan? Dan mailen we je minstens een maand van tevoren.",
       "We kunnen deze privacyverklaring op elk moment aanpassen. Kijk daarom regelmatig op deze pagina.")),
    E("nl-R17", ["R17"], "Adds a clause making the Central Netherlands court exclusively competent for disputes.",
      ("r", "Heb je vragen, mail ons dan gerust.",
       "Heb je vragen, mail ons dan gerust.\n\n## Geschillen\n\nOp deze privacyverklaring is Nederlands recht van toepassing. Geschillen worden uitsluitend voorgelegd aan de rechtbank Midden-Nederland, ook als je als consument ergens anders woont.")),
    E("nl-R19", ["R19"], "Adds Google Analytics with a cookie banner instead of no trackers.",
      ("r", "We gebruiken geen advertentiecookies en geen trackers van Google, Facebook of andere partijen. Daarom zie je bij ons ook geen cookiebanner.",
       "We gebruiken geen advertentiecookies. Wel gebruiken we Google Analytics om te meten hoe bezoekers onze website gebruiken. Daarvoor vragen we je toestemming via een cookiebanner.")),
    E("nl-R20", ["R20"], "Allows parents to create accounts for children from age 8 with a family plan.",
      ("r", "Ontdekken we dat een account van iemand onder de 16 is, dan verwijderen we het.",
       "Met een Deelbox Gezin-abonnement kunnen ouders wel accounts aanmaken voor kinderen vanaf 8 jaar. Dan bewaren we ook de naam, leeftijd en bestanden van het kind.")),
    E("nl-R21", ["R21"], "Broadens disclosure to police, intelligence services and foreign authorities whenever reasonable.",
      ("r", "Vraagt de politie of een andere overheidsinstantie om gegevens? Dan geven we alleen iets af als we dat volgens de Nederlandse wet verplicht zijn, bijvoorbeeld na een bevel van de officier van justitie. We laten het je weten, tenzij dat niet mag.",
       "Vraagt de politie, een inlichtingendienst of een andere overheidsinstantie, in Nederland of daarbuiten, om gegevens? Dan kunnen we die verstrekken als we vinden dat dat redelijk is.")),
    E("nl-R04-R05", ["R04", "R05"], "Moves file storage to Leaseweb data centres in Europe, North America and Asia.",
      ("r", "Je bestanden staan op servers van Leaseweb in Amsterdam. Back-ups staan versleuteld bij Hetzner in Duitsland. Je bestanden verlaten de EU nooit.",
       "Je bestanden staan op servers van Leaseweb. Leaseweb heeft datacenters in Europa, Noord-Amerika en Azië; we kiezen steeds de locatie die voor jou het snelst is. Back-ups staan versleuteld bij Hetzner in Duitsland.")),
    E("nl-R11-R13", ["R11", "R13"], "Replaces the no-profiling sentence with a usage profile used for targeted offers.",
      ("r", "We maken geen profielen van je en er worden geen automatische besluiten over je genomen.",
       "We analyseren hoe je Deelbox gebruikt en maken daarmee een gebruikersprofiel, zodat we je gerichte aanbiedingen kunnen doen voor extra opslag en andere producten. Er worden geen automatische besluiten over je genomen.")),
    E("nl-NONE-1", [], "Fixes the typo 'klantenserivce'.",
      ("r", "klantenserivce", "klantenservice")),
    E("nl-NONE-2", [], "Swaps the Cookies and Children sections.",
      ("swap", "## Cookies", "## Kinderen", "## Cookies", "## Kinderen")),
    E("nl-NONE-3", [], "Paraphrases the no-AI-training promise with the same meaning.",
      ("r", "We gebruiken je bestanden ook niet om kunstmatige intelligentie (AI) te trainen.",
       "Je bestanden worden ook nooit gebruikt om AI-modellen te trainen.")),
    E("nl-NONE-4", [], "Paraphrases the 60-day deletion after account closure with the same meaning.",
      ("r", "Na het opzeggen van je account wissen we alles binnen 60 dagen, ook uit de back-ups.",
       "Zeg je je account op, dan is binnen 60 dagen alles gewist, back-ups inbegrepen.")),
    E("nl-NONE-5", [], "Turns the list of storage periods into running sentences.",
      ("r", "- Facturen: 7 jaar, omdat de Belastingdienst dat eist.\n- Technische logbestanden: 3 maanden.\n- Berichten aan de klantenservice: 1 jaar.",
       "Facturen bewaren we 7 jaar, omdat de Belastingdienst dat eist. Technische logbestanden bewaren we 3 maanden en berichten aan de klantenservice 1 jaar.")),
    E("nl-NONE-6", [], "Rewords the heading about where files are stored.",
      ("r", "## Waar staan je bestanden?\n", "## Waar bewaren we je bestanden?\n")),
]

LANGS["nl"] = (NL, NL_EDITS)


# ---------------------------------------------------------------------------
# sv: online accounting and invoicing (Gothenburg); written mostly as prose paragraphs, few lists.
SV = """# Integritetspolicy för Kontera

Senast uppdaterad: 20 januari 2025

Kontera är ett webbaserat bokförings- och faktureringsprogram för småföretag, föreningar och redovisningsbyråer. Här beskriver vi hur vi behandlar personuppgifter när du använder tjänsten, besöker vår webbplats eller kontaktar oss. Vi har försökt skriva så att texten går att läsa från början till slut utan att du behöver ta hjälp av en jurist.

## Vem som ansvarar för dina uppgifter

Personuppgiftsansvarig för uppgifterna om dig som kund och användare är Kontera AB, organisationsnummer 559214-3387, Första Långgatan 19, 413 27 Göteborg. Den bokföring och de fakturor som du lägger in i Kontera innehåller ofta uppgifter om dina egna kunder, leverantörer och anställda. För de uppgifterna är ditt företag personuppgiftsansvarigt, och vi är personuppgiftsbiträde enligt det biträdesavtal som ingår i våra allmänna villkor. Vårt dataskyddsombud heter Erik Lindqvist och nås på dataskydd@kontera.se eller per post till adressen ovan.

## Vilka uppgifter vi behandlar och varför

När du skapar ett konto sparar vi ditt namn, din e-postadress, ditt telefonnummer, företagets namn och organisationsnummer samt dina inloggningsuppgfter. Vi behöver dem för att kunna leverera tjänsten enligt avtalet med dig, och den rättsliga grunden är alltså fullgörande av avtal. Inloggning sker med BankID, vilket innebär att vi också tar emot ditt personnummer från BankID-tjänsten; vi använder det enbart för att identifiera dig på ett säkert sätt.

Själva bokföringsmaterialet – verifikationer, kundfakturor, leverantörsfakturor, kvitton, bankhändelser och lönespecifikationer – behandlar vi för att tjänsten ska fungera. När du fotograferar ett kvitto tolkas bilden automatiskt med hjälp av Google Cloud Document AI, som körs i Googles datacenter i Finland. Varken vi eller Google använder ditt bokföringsmaterial, dina kvitton eller resultaten av tolkningen för att träna AI-modeller.

Uppgifter om hur du använder tjänsten, till exempel vilka funktioner du öppnar, felrapporter, IP-adress och webbläsartyp, använder vi med stöd av vårt berättigade intresse för att hålla tjänsten säker, upptäcka bedrägerier och rätta fel. Våra nyhetsbrev får du bara om du har samtyckt till det, och du kan när som helst avsluta prenumerationen via länken i varje utskick.

Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling, och vi använder inte dina uppgifter för profilering. Vi säljer aldrig personuppgifter och delar dem inte med annonsörer eller andra för deras marknadsföring.

## Vilka som får ta del av uppgifterna

Vi anlitar ett fåtal leverantörer som behandlar personuppgifter för vår räkning, och alla har skrivit personuppgiftsbiträdesavtal med oss. Tjänsten driftas av Safespring AB i deras datacenter i Stockholm och Malmö, och alla dina uppgifter lagras i Sverige. Tink AB i Stockholm hämtar bankhändelser från din bank när du kopplar ett bankkonto. Inloggning med BankID förmedlas av Signicat AS i Norge. Kvittotolkningen sköts av Google Cloud EMEA Limited i Irland, med behandling i Finland. Betalningar med kort hanteras av Stripe Payments Europe Limited, och transaktionsmejl som fakturapåminnelser och lösenordsåterställningar skickas via SendGrid, som drivs av Twilio Inc. i USA. Om du ger din redovisningskonsult behörighet i ditt konto kan även redovisningsbyrån se ditt material.

Myndigheter kan ha rätt att begära ut uppgifter, till exempel Skatteverket vid en skatterevision eller Polismyndigheten i en brottsutredning. Vi lämnar bara ut uppgifter när svensk lag eller EU-rätt kräver det, granskar varje begäran och informerar dig om den när det är tillåtet.

## Överföring utanför EU och EES

Ditt bokföringsmaterial lagras och behandlas uteslutande inom EU och EES. Det enda undantaget är SendGrid, som tar emot namn, e-postadress och mejlets innehåll för att kunna skicka ut det från USA. Twilio Inc. är certifierat enligt EU–US Data Privacy Framework, och vi har dessutom ingått EU-kommissionens standardavtalsklausuler som kompletterande skydd.

## Hur länge vi sparar uppgifterna

Bokföringslagen kräver att räkenskapsinformation sparas i sju år efter utgången av det kalenderår då räkenskapsåret avslutades. Vi sparar därför ditt bokföringsmaterial så länge du är kund och, om du säger upp kontot, i ett skrivskyddat arkiv tills sjuårsperioden har löpt ut, om du inte själv har exporterat materialet och bett oss radera det. Dina kontouppgifter raderar vi tolv månader efter att kontot avslutats. Loggar över inloggningar och användning sparas i 180 dagar, och ärenden till vår kundtjänst i två år. Kvittobilder som du har laddat upp men aldrig bokfört raderas automatiskt efter 90 dagar.

## Säkerhet och incidenter

All trafik krypteras med TLS och lagrad data krypteras med AES-256. Inloggning kräver BankID eller lösenord i kombination med en engångskod, så tvåfaktorsautentisering är alltid påslagen. Vi är certifierade enligt ISO/IEC 27001 och låter en extern part göra penetrationstester minst två gånger per år. Endast ett fåtal behöriga tekniker har åtkomst till produktionsmiljön, och all åtkomst loggas.

Om en personuppgiftsincident ändå inträffar anmäler vi den till Integritetsskyddsmyndigheten inom 72 timmar när lagen kräver det, och vi informerar berörda kunder utan onödigt dröjsmål så att de kan uppfylla sina egna skyldigheter.

## Dina rättigheter

Du har rätt att få veta vilka uppgifter vi har om dig och få en kopia av dem, att få felaktiga uppgifter rättade och att få uppgifter raderade när de inte längre behövs – med undantag för sådant som bokföringslagen kräver att vi sparar. Du kan också begära att behandlingen begränsas, invända mot behandling som grundar sig på vårt berättigade intresse och få ut de uppgifter du själv har lämnat i ett maskinläsbart format för att flytta dem till en annan tjänst. Har du lämnat samtycke kan du återkalla det när som helst.

Skicka din begäran till dataskydd@kontera.se; det kostar ingenting och vi svarar inom en månad. Om du är missnöjd med hur vi behandlar dina uppgifter kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy.se.

## Cookies

På kontera.se använder vi nödvändiga cookies för inloggning och språkval. Om du samtycker via vår cookiebanner använder vi också Matomo för besöksstatistik; Matomo körs på våra egna servrar och ingen data delas med tredje part. Du kan när som helst ändra ditt val. Vi använder inga annonscookies.

## Barn

Kontera är en tjänst för företag och vänder sig inte till barn. Du måste vara minst 18 år för att skapa ett konto, och vi samlar inte medvetet in uppgifter om barn under 13 år.

## Ändringar i policyn

Vi meddelar väsentliga ändringar via e-post och i tjänsten minst 30 dagar innan de börjar gälla. Tidigare versioner finns på kontera.se/integritet/arkiv. Svensk lag gäller för denna policy, och tvister prövas av allmän domstol i Sverige.
"""

SV_EDITS: list[dict[str, Any]] = [
    E("sv-R01", ["R01"], "Adds Intercom (Ireland) as a new processor for the support chat.",
      ("r", "Inloggning med BankID förmedlas av Signicat AS i Norge.",
       "Inloggning med BankID förmedlas av Signicat AS i Norge. Chatten med vår kundtjänst tillhandahålls av Intercom R&D Unlimited Company i Irland.")),
    E("sv-R02-a", ["R02"], "Deletes the no-sale and no-marketing-sharing sentence from the paragraph.",
      ("r", " Vi säljer aldrig personuppgifter och delar dem inte med annonsörer eller andra för deras marknadsföring.", "")),
    E("sv-R02-b", ["R02", "R01"], "Replaces the no-sale promise with sharing of contact details with banks and insurers for their offers.",
      ("r", "Vi säljer aldrig personuppgifter och delar dem inte med annonsörer eller andra för deras marknadsföring.",
       "Vi säljer inte personuppgifter, men vi kan dela dina kontaktuppgifter och uppgifter om ditt företag med utvalda samarbetspartner, till exempel banker och försäkringsbolag, så att de kan erbjuda dig sina tjänster.")),
    E("sv-R03-a", ["R03"], "Replaces the no-training statement with training on interpreted receipts and the user's corrections.",
      ("r", "Varken vi eller Google använder ditt bokföringsmaterial, dina kvitton eller resultaten av tolkningen för att träna AI-modeller.",
       "Vi använder tolkade kvitton, resultaten av tolkningen och de rättelser du gör i dem för att träna och förbättra vår egen AI-modell för automatisk kontering.")),
    E("sv-R03-b", ["R03"], "Adds an exception to the no-training statement for de-identified material.",
      ("r", "resultaten av tolkningen för att träna AI-modeller.",
       "resultaten av tolkningen för att träna AI-modeller, utom i avidentifierad form när vi förbättrar vår egen kvittotolkning.")),
    E("sv-R04-a", ["R04"], "Replaces DPF certification and SCCs for the SendGrid transfer with a necessity-for-contract derogation.",
      ("r", "Twilio Inc. är certifierat enligt EU–US Data Privacy Framework, och vi har dessutom ingått EU-kommissionens standardavtalsklausuler som kompletterande skydd.",
       "Vi har bedömt att överföringen är nödvändig för att fullgöra avtalet med dig och stöder den därför på artikel 49 i dataskyddsförordningen.")),
    E("sv-R04-b", ["R04"], "Adds access by Kontera's developers in Moldova under SCCs.",
      ("r", "Det enda undantaget är SendGrid,",
       "Utvecklare på vårt utvecklingskontor i Chișinău i Moldavien kan dock få åtkomst till produktionsmiljön vid felsökning, med stöd av EU-kommissionens standardavtalsklausuler. Ett annat undantag är SendGrid,")),
    E("sv-R05", ["R05"], "Replaces storage in Sweden with storage in any data centre in the EEA used by providers.",
      ("r", "Tjänsten driftas av Safespring AB i deras datacenter i Stockholm och Malmö, och alla dina uppgifter lagras i Sverige.",
       "Tjänsten driftas av Safespring AB, och uppgifterna kan lagras i vilket som helst av de datacenter inom EES som våra leverantörer använder.")),
    E("sv-R06-a", ["R06"], "Replaces deletion of account data twelve months after closure with keeping it as long as needed for business purposes.",
      ("r", "Dina kontouppgifter raderar vi tolv månader efter att kontot avslutats.",
       "Dina kontouppgifter sparar vi så länge det behövs för våra affärsändamål.")),
    E("sv-R06-b", ["R06"], "Extends retention of login and usage logs from 180 days to five years.",
      ("r", "Loggar över inloggningar och användning sparas i 180 dagar,", "Loggar över inloggningar och användning sparas i fem år,")),
    E("sv-R07-a", ["R07"], "Removes the right to data portability from the rights paragraph.",
      ("r", "begränsas, invända mot behandling som grundar sig på vårt berättigade intresse och få ut de uppgifter du själv har lämnat i ett maskinläsbart format för att flytta dem till en annan tjänst.",
       "begränsas och invända mot behandling som grundar sig på vårt berättigade intresse.")),
    E("sv-R07-b", ["R07"], "Adds a condition allowing refusal of erasure requests while an invoice is unpaid.",
      ("r", "Har du lämnat samtycke kan du återkalla det när som helst.",
       "Vi kan dock avslå en begäran om radering eller dataportabilitet så länge du har en obetald faktura hos oss. Har du lämnat samtycke kan du återkalla det när som helst.")),
    E("sv-R08", ["R08"], "Replaces the data protection officer and contact address with new ones.",
      ("r", "Vårt dataskyddsombud heter Erik Lindqvist och nås på dataskydd@kontera.se eller per post till adressen ovan.",
       "Vårt dataskyddsombud heter Maria Holm och nås på dpo@kontera-group.com.")),
    E("sv-R09", ["R09"], "Names a new Stockholm entity as controller after a restructuring.",
      ("r", "Kontera AB, organisationsnummer 559214-3387, Första Långgatan 19, 413 27 Göteborg.",
       "Kontera Sverige AB, organisationsnummer 559401-7762, Kungsgatan 44, 111 35 Stockholm, som sedan den 1 mars 2025 har tagit över verksamheten från Kontera AB.")),
    E("sv-R10", ["R10"], "Sends newsletters to customers on legitimate interest instead of consent.",
      ("r", "Våra nyhetsbrev får du bara om du har samtyckt till det,",
       "Som kund får du våra nyhetsbrev med stöd av vårt berättigade intresse av att marknadsföra liknande tjänster,")),
    E("sv-R11", ["R11"], "Adds analysing usage data for product development and user research as a new purpose.",
      ("r", "upptäcka bedrägerier och rätta fel.",
       "upptäcka bedrägerier och rätta fel. Vi använder också dessa uppgifter för att analysera hur tjänsten används, genomföra användarundersökningar och utveckla nya produkter.")),
    E("sv-R12", ["R12"], "Adds employees' sick leave, parental leave and trade-union fee data to the processed payroll material.",
      ("r", "bankhändelser och lönespecifikationer – behandlar vi",
       "bankhändelser och lönespecifikationer samt, i den nya lönemodulen, uppgifter om anställdas sjukfrånvaro, föräldraledighet och avdrag för fackföreningsavgift – behandlar vi")),
    E("sv-R13", ["R13"], "Replaces the no-automated-decisions statement with automatic risk scoring that rejects sign-ups.",
      ("r", "Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling, och vi använder inte dina uppgifter för profilering.",
       "För att förhindra bedrägerier gör vi en automatisk riskbedömning av dig när du registrerar dig, och ansökningar som får för hög riskpoäng avslås utan manuell granskning.")),
    E("sv-R14", ["R14"], "Makes two-factor authentication optional instead of always on.",
      ("r", "Inloggning kräver BankID eller lösenord i kombination med en engångskod, så tvåfaktorsautentisering är alltid påslagen.",
       "Inloggning sker med BankID eller lösenord, och du kan aktivera tvåfaktorsautentisering i inställningarna om du vill.")),
    E("sv-R15", ["R15"], "Removes the paragraph on notifying IMY and customers of personal data breaches.",
      ("r", "\n\nOm en personuppgiftsincident ändå inträffar anmäler vi den till Integritetsskyddsmyndigheten inom 72 timmar när lagen kräver det, och vi informerar berörda kunder utan onödigt dröjsmål så att de kan uppfylla sina egna skyldigheter.", "")),
    E("sv-R16", ["R16"], "Replaces 30 days' notice with changes effective on publication.",
      ("r", "Vi meddelar väsentliga ändringar via e-post och i tjänsten minst 30 dagar innan de börjar gälla.",
       "Ändringar publiceras på denna sida och gäller från publiceringen; väsentliga ändringar meddelar vi när det är praktiskt möjligt.")),
    E("sv-R17", ["R17"], "Replaces Swedish law and ordinary courts with English law and SCC arbitration.",
      ("r", "Svensk lag gäller för denna policy, och tvister prövas av allmän domstol i Sverige.",
       "Engelsk lag gäller för denna policy, och tvister avgörs slutligt genom skiljedom enligt reglerna för Stockholms Handelskammares Skiljedomsinstitut.")),
    E("sv-R19", ["R19"], "Adds cookies for A/B testing as a new cookie category.",
      ("r", "Du kan när som helst ändra ditt val. Vi använder inga annonscookies.",
       "Med ditt samtycke sätter vi också cookies för A/B-tester, så att vi kan visa olika versioner av webbplatsen och mäta vilken som fungerar bäst. Du kan när som helst ändra ditt val. Vi använder inga annonscookies.")),
    E("sv-R20", ["R20"], "Lowers the minimum age from 18 to 15 for school business projects.",
      ("r", "Du måste vara minst 18 år för att skapa ett konto, och vi samlar inte medvetet in uppgifter om barn under 13 år.",
       "Du måste vara minst 15 år för att skapa ett konto, till exempel för att driva ett UF-företag inom gymnasieskolan.")),
    E("sv-R21", ["R21"], "Broadens disclosure to Swedish and foreign authorities whenever the company considers it justified.",
      ("r", "Vi lämnar bara ut uppgifter när svensk lag eller EU-rätt kräver det, granskar varje begäran och informerar dig om den när det är tillåtet.",
       "Vi kan lämna ut uppgifter till svenska och utländska myndigheter, inklusive säkerhetstjänster, när de begär det och vi anser att det är befogat.")),
    E("sv-R01-R04", ["R01", "R04"], "Adds Datadog (USA) for performance monitoring with a new transfer of logs to the US.",
      ("r", "Om du ger din redovisningskonsult behörighet",
       "Tjänstens prestanda övervakas med Datadog, Inc. i USA, som tar emot loggar med IP-adresser och användar-id. Om du ger din redovisningskonsult behörighet"),
      ("r", "som kompletterande skydd.",
       "som kompletterande skydd. Även loggarna som skickas till Datadog överförs till USA, med stöd av standardavtalsklausuler.")),
    E("sv-R08-R09", ["R08", "R09"], "After an acquisition, names a Norwegian company as controller and a new group data protection officer.",
      ("r", "Kontera AB, organisationsnummer 559214-3387, Första Långgatan 19, 413 27 Göteborg.",
       "Nordbok Group AS, organisationsnummer 927 114 552, Karl Johans gate 16, 0154 Oslo, Norge, som förvärvade Kontera AB i februari 2025."),
      ("r", "Vårt dataskyddsombud heter Erik Lindqvist och nås på dataskydd@kontera.se eller per post till adressen ovan.",
       "Koncernens dataskyddsombud nås på personvern@nordbok.no.")),
    E("sv-NONE-1", [], "Fixes the typo 'inloggningsuppgfter'.",
      ("r", "inloggningsuppgfter", "inloggningsuppgifter")),
    E("sv-NONE-2", [], "Swaps the Cookies and Children sections.",
      ("swap", "## Cookies", "## Barn", "## Cookies", "## Barn")),
    E("sv-NONE-3", [], "Paraphrases the no-AI-training statement with the same meaning.",
      ("r", "Varken vi eller Google använder ditt bokföringsmaterial, dina kvitton eller resultaten av tolkningen för att träna AI-modeller.",
       "Ditt bokföringsmaterial, dina kvitton och resultaten av tolkningen används aldrig för att träna AI-modeller, varken av oss eller av Google.")),
    E("sv-NONE-4", [], "Paraphrases the no-sale promise with the same meaning.",
      ("r", "Vi säljer aldrig personuppgifter och delar dem inte med annonsörer eller andra för deras marknadsföring.",
       "Personuppgifter säljs inte, och varken annonsörer eller andra får dem av oss för sin marknadsföring.")),
    E("sv-NONE-5", [], "Adds a sentence pointing to the public list of sub-processors.",
      ("r", "och alla har skrivit personuppgiftsbiträdesavtal med oss.",
       "och alla har skrivit personuppgiftsbiträdesavtal med oss. En aktuell förteckning finns också på kontera.se/underbitraden.")),
    E("sv-R23", ["R23"], "Changes only the last-updated date.",
      ("r", "Senast uppdaterad: 20 januari 2025", "Senast uppdaterad: 3 mars 2025")),
]

LANGS["sv"] = (SV, SV_EDITS)


# ---------------------------------------------------------------------------
# fi: customer helpdesk and live chat (Tampere); numbered headings, many short lists.
FI = """# Tukiviesti Oy:n tietosuojaseloste

Päivitetty: 5.2.2025

Tukiviesti on asiakaspalvelun ohjelmisto, jolla yritykset hoitavat asiakkaidensa yhteydenotot yhdessä paikassa: verkkosivun chatissa, sähköpostissa ja tekstiviesteissä. Tässä selosteessa kerromme, mitä henkilötietoja käsittelemme, mihin tarkoitukseen ja millä perusteella, kenelle tietoja luovutetaan ja miten voit käyttää oikeuksiasi.

## 1. Rekisterinpitäjä

Tukiviesti Oy (Y-tunnus 3123456-7)
Hämeenkatu 26 A, 33200 Tampere
sähköposti: tietosuoja@tukiviesti.fi

Tukiviesti Oy on rekisterinpitäjä asiakasyritystemme yhteyshenkilöiden ja käyttäjien tiedoille sekä verkkosivujemme kävijöiden tiedoille. Kun asiakasyrityksen oma asiakas (loppuasiakas) lähettää viestin chatin, sähköpostin tai tekstiviestin kautta, asiakasyritys on rekisterinpitäjä ja Tukiviesti toimii sen lukuun henkilötietojen käsittelijänä välisen sopimuksemme mukaisesti.

## 2. Tietosuojavastaava

Tietosuojavastaavanamme toimii Laura Heikkinen. Häneen saa yhteyden osoitteessa dpo@tukiviesti.fi tai postitse yllä mainittuun osoitteeseen.

## 3. Käsiteltävät tiedot

Käsittelemme seuraavia tietoja:

- käyttäjien nimi, työsähköpostiosoite, puhelinnumero, yritys ja rooli
- kirjautumistiedot ja käyttäjäoikeudet
- laskutustiedot, kuten laskutusosoite ja Y-tunnus
- asiakaspalvelukeskustelujen sisältö ja liitetiedostot sekä loppuasiakkaan nimi ja yhteystiedot, jos hän antaa ne
- chatin tekniset tiedot, kuten IP-osoite, selaimen tyyppi ja sivu, jolta chat avattiin
- lokitiedot palvelun käytöstä

Käyttäjien tiedot saamme yleensä asiakasyritykseltä tai käyttäjältä itseltään ja loppuasiakkaiden tiedot heiltä itseltään chatin, sähköpostin tai tekstiviestin kautta.

Emme kerää chatissa loppuasiakkaan tarkkaa sijaintia emmekä pyydä arkaluonteisia tietoja. Suosittelemme, ettei asiakasyritys pyydä chatissa esimerkiksi terveystietoja tai henkilötunnuksia. Palvelun automaattinen peittäminen piilottaa maksukorttien numerot keskusteluista.

## 4. Käsittelyn tarkoitukset ja oikeusperusteet

Käsittelemme henkilötietoja seuraaviin tarkoituksiin:

- palvelun tuottaminen ja asiakassuhteen hoitaminen – sopimuksen täytäntöönpano
- laskutus ja kirjanpito – lakisääteinen velvoite
- tietoturvan varmistaminen ja väärinkäytösten estäminen – oikeutettu etu
- uutiskirjeen lähettäminen – suostumus
- palvelun kehittäminen koostettujen käyttötilastojen avulla – oikeutettu etu

Tukiviestin tekoälyavustaja ehdottaa asiakaspalvelijoille vastausluonnoksia. Avustaja toimii Microsoft Azure OpenAI -palvelussa Ruotsin konesalissa. Keskustelujen sisältöä ei käytetä tekoälymallien kouluttamiseen, eikä Microsoft tallenna niitä. Avustaja on oletuksena pois päältä, ja asiakasyritys voi ottaa sen käyttöön halutessaan.

Emme tee automaattisia päätöksiä emmekä profiloi käyttäjiä tai loppuasiakkaita. Chattien ohjaus eri jonoihin perustuu vain asiakasyrityksen itse määrittämiin sääntöihin, eikä sillä ole oikeudellisia tai muita merkittäviä vaikutuksia.

## 5. Tietojen vastaanottajat

Käytämme seuraavia alihankkijoita, joiden kanssa olemme tehneet tietojenkäsittelysopimuksen:

- UpCloud Oy, Helsinki – palvelimet ja tallennus
- Microsoft Ireland Operations Ltd – tekoälyavustaja (Azure OpenAI, Ruotsi)
- Twilio Ireland Limited – tekstiviestikanava
- Mailgun Technologies, Inc., Yhdysvallat – sähköpostien välitys
- Paytrail Oyj, Jyväskylä – maksujen käsittely

Emme myy henkilötietoja emmekä luovuta niitä mainostajille tai muille markkinointitarkoituksiin.

Luovutamme tietoja viranomaisille vain, jos Suomen tai EU:n lainsäädäntö velvoittaa siihen, esimerkiksi poliisin esitutkintaan liittyvän tuomioistuimen päätöksen perusteella. Arvioimme jokaisen pyynnön erikseen ja ilmoitamme siitä asiakasyritykselle, ellei laki sitä kiellä.

## 6. Tietojen siirrot EU:n ja ETA:n ulkopuolelle

Pääsääntöisesti tietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Poikkeuksena on Mailgun, joka välittää sähköpostiviestit Yhdysvaltojen kautta. Mailgun on sitoutunut EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (Data Privacy Framework), ja lisäksi olemme sopineet Euroopan komission vakiosopimuslausekkeista. Twilion mahdolliset siirrot Yhdysvaltoihin suojataan samoin keinoin.

## 7. Tietojen säilytyspaikka

Kaikki asiakaspalvelukeskustelut, liitteet ja käyttäjätiedot tallennetaan UpCloudin konesaleihin Helsingissä, ja varmuuskopiot säilytetään salattuina UpCloudin konesalissa Tukholmassa. Tallennetut tiedot eivät poistu EU:n alueelta.

## 8. Säilytysajat

- Keskustelut ja liitteet: asiakasyrityksen valitsema aika, enintään 24 kuukautta; oletuksena 12 kuukautta.
- Käyttäjätilin tiedot: sopimuksen voimassaolon ajan ja 3 kuukautta sen päättymisen jälkeen.
- Laskutustiedot: 6 vuotta kirjanpitolain mukaisesti.
- Lokitiedot: 6 kuukautta.
- Varmuuskopiot: 30 päivää.

Kun säilytysaika päättyy, tiedot poistetaan tai anonymisoidaan pysyvästi.

## 9. Tietoturva

- Tiedot salataan siirron aikana (TLS 1.2 tai uudempi) ja levossa (AES-256).
- Kaksivaiheinen tunnistautuminen on pakollinen kaikille työntekijöillemme ja saatavilla kaikille käyttäjille; pääkäyttäjä voi tehdä siitä pakollisen.
- Olemme ISO/IEC 27001 -sertifioitu.
- Ulkopuolinen asiantuntija tekee palvelulle tietoturvatestauksen vähintään kerran vuodessa.

## 10. Tietoturvaloukkaukset

Jos havaitsemme tietoturvaloukkauksen, ilmoitamme siitä tietosuojavaltuutetn toimistolle 72 tunnin kuluessa, kun laki sitä edellyttää, ja asiakasyrityksille viimeistään 48 tunnin kuluessa, jotta ne voivat täyttää omat velvollisuutensa. Jos loukkaus todennäköisesti aiheuttaa sinulle suuren riskin, kerromme siitä myös sinulle.

## 11. Rekisteröidyn oikeudet

Sinulla on oikeus:

- saada pääsy tietoihisi
- oikaista virheelliset tiedot
- poistaa tietosi
- rajoittaa käsittelyä
- siirtää tiedot järjestelmästä toiseen
- vastustaa oikeutettuun etuun perustuvaa käsittelyä
- peruuttaa suostumuksesi milloin tahansa

Lähetä pyyntö osoitteeseen tietosuoja@tukiviesti.fi. Vastaamme kuukauden kuluessa, eikä pyynnöstä peritä maksua. Jos olet asiakasyrityksen loppuasiakas, välitämme pyyntösi viipymättä asiakasyritykselle ja autamme sitä vastaamaan.

Voit myös tehdä valituksen tietosuojavaltuutetun toimistolle (Lintulahdenkuja 4, 00530 Helsinki, tietosuoja.fi).

## 12. Evästeet

Chat-ikkuna käyttää yhtä välttämätöntä evästettä, jotta keskustelu säilyy, kun loppuasiakas siirtyy sivulta toiselle. Verkkosivuillamme tukiviesti.fi käytämme analytiikkaevästeitä vain suostumuksellasi. Evästebannerissa voit hyväksyä tai hylätä kaikki evästeet yhdellä napsautuksella. Emme käytä markkinointievästeitä. Voit muuttaa evästevalintojasi milloin tahansa sivuston alalaidassa olevasta linkistä.

## 13. Lapset

Palvelumme on tarkoitettu yrityksille. Käyttäjätilin luominen edellyttää 18 vuoden ikää. Emme tietoisesti kerää alle 13-vuotiaiden lasten tietoja, ja poistamme tällaiset tiedot, jos niitä tulee tietoomme.

## 14. Muutokset tähän selosteeseen

Ilmoitamme olennaisista muutoksista sähköpostitse vähintään 30 päivää ennen niiden voimaantuloa. Aiemmat versiot ovat saatavilla pyynnöstä.

Jos sinulla on kysyttävää tästä selosteesta tai henkilötietojesi käsittelystä, ota yhteyttä tietosuojavastaavaamme tai lähetä viesti osoitteeseen tietosuoja@tukiviesti.fi.
"""

FI_EDITS: list[dict[str, Any]] = [
    E("fi-R01", ["R01"], "Adds Sinch Sweden as a new processor for the WhatsApp channel.",
      ("r", "- Twilio Ireland Limited – tekstiviestikanava\n",
       "- Twilio Ireland Limited – tekstiviestikanava\n- Sinch Sweden AB, Tukholma – WhatsApp-kanava\n")),
    E("fi-R02-a", ["R02"], "Replaces the no-sale, no-marketing promise with a generic statement about careful handling.",
      ("r", "Emme myy henkilötietoja emmekä luovuta niitä mainostajille tai muille markkinointitarkoituksiin.",
       "Käsittelemme tietoja huolellisesti ja vain tässä selosteessa kuvattuihin tarkoituksiin.")),
    E("fi-R02-b", ["R02"], "Turns the unconditional no-sale promise into one that allows sale with the user's consent.",
      ("r", "Emme myy henkilötietoja emmekä luovuta niitä mainostajille tai muille markkinointitarkoituksiin.",
       "Emme myy henkilötietoja emmekä luovuta niitä mainostajille ilman suostumustasi.")),
    E("fi-R03-a", ["R03"], "Replaces the no-training statement with training on conversations and suggested and sent replies.",
      ("r", "Keskustelujen sisältöä ei käytetä tekoälymallien kouluttamiseen, eikä Microsoft tallenna niitä.",
       "Käytämme keskusteluja sekä avustajan ehdottamia ja asiakaspalvelijan lähettämiä vastauksia omien tekoälymalliemme kouluttamiseen. Microsoft ei tallenna keskusteluja.")),
    E("fi-R03-b", ["R03"], "Introduces training on pseudonymised conversations unless the customer opts out in the admin panel.",
      ("r", "Keskustelujen sisältöä ei käytetä tekoälymallien kouluttamiseen, eikä Microsoft tallenna niitä.",
       "Keskustelujen sisältöä käytetään pseudonymisoituna tekoälymalliemme kouluttamiseen, ellei asiakasyritys kiellä sitä hallintapaneelin asetuksista. Microsoft ei tallenna keskusteluja.")),
    E("fi-R04-a", ["R04"], "Replaces DPF and SCCs for Mailgun with Art. 49 necessity for the contract.",
      ("r", "Mailgun on sitoutunut EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (Data Privacy Framework), ja lisäksi olemme sopineet Euroopan komission vakiosopimuslausekkeista.",
       "Siirto perustuu tietosuoja-asetuksen 49 artiklaan, koska se on tarpeen sopimuksen täytäntöön panemiseksi.")),
    E("fi-R04-b", ["R04"], "Adds Singapore as a further routing country for Mailgun.",
      ("r", "joka välittää sähköpostiviestit Yhdysvaltojen kautta.", "joka välittää sähköpostiviestit Yhdysvaltojen ja Singaporen kautta.")),
    E("fi-R05", ["R05"], "Removes the concrete data-centre locations and the statement that data stays in the EU.",
      ("r", "tallennetaan UpCloudin konesaleihin Helsingissä, ja varmuuskopiot säilytetään salattuina UpCloudin konesalissa Tukholmassa. Tallennetut tiedot eivät poistu EU:n alueelta.",
       "tallennetaan UpCloudin konesaleihin, ja varmuuskopiot säilytetään salattuina. Konesalin sijainti valitaan kapasiteetin mukaan ja voi vaihdella.")),
    E("fi-R06-a", ["R06"], "Replaces the 12-month default (24-month cap) for conversations with indefinite retention.",
      ("r", "- Keskustelut ja liitteet: asiakasyrityksen valitsema aika, enintään 24 kuukautta; oletuksena 12 kuukautta.",
       "- Keskustelut ja liitteet: oletuksena toistaiseksi, ellei asiakasyritys poista niitä.")),
    E("fi-R06-b", ["R06"], "Extends log retention from 6 months to 3 years.",
      ("r", "- Lokitiedot: 6 kuukautta.", "- Lokitiedot: 3 vuotta.")),
    E("fi-R07-a", ["R07"], "Removes the right to restriction of processing from the list.",
      ("r", "- rajoittaa käsittelyä\n", "")),
    E("fi-R07-b", ["R07"], "Limits the listed rights to persons resident in Finland.",
      ("r", "Sinulla on oikeus:", "Jos asut Suomessa, sinulla on oikeus:")),
    E("fi-R08", ["R08"], "Removes the data protection officer and points to customer service.",
      ("r", "Tietosuojavastaavanamme toimii Laura Heikkinen. Häneen saa yhteyden osoitteessa dpo@tukiviesti.fi tai postitse yllä mainittuun osoitteeseen.",
       "Emme ole nimittäneet tietosuojavastaavaa. Tietosuoja-asioissa voit ottaa yhteyttä asiakaspalveluumme.")),
    E("fi-R09", ["R09"], "Names a Swedish company as controller after Tukiviesti joined its group.",
      ("r", "Tukiviesti Oy (Y-tunnus 3123456-7)\nHämeenkatu 26 A, 33200 Tampere\n",
       "Tukiviesti on 1.3.2025 alkaen osa Chatflow-konsernia.\nChatflow Nordic AB (org.nr 559388-1204)\nSveavägen 44, 111 34 Tukholma, Ruotsi\n")),
    E("fi-R10", ["R10"], "Bases the newsletter on legitimate interest instead of consent.",
      ("r", "- uutiskirjeen lähettäminen – suostumus", "- uutiskirjeen lähettäminen asiakkaille – oikeutettu etu")),
    E("fi-R11", ["R11"], "Adds market research and user surveys as a new purpose.",
      ("r", "- palvelun kehittäminen koostettujen käyttötilastojen avulla – oikeutettu etu",
       "- palvelun kehittäminen koostettujen käyttötilastojen avulla – oikeutettu etu\n- markkinatutkimukset ja käyttäjäkyselyt – oikeutettu etu")),
    E("fi-R12", ["R12"], "Starts recording the precise GPS location of end customers on mobile devices.",
      ("r", "Emme kerää chatissa loppuasiakkaan tarkkaa sijaintia emmekä pyydä arkaluonteisia tietoja.",
       "Chat tallentaa loppuasiakkaan tarkan sijainnin (GPS) mobiililaitteelta, jos hän sallii sen selaimessa, jotta asiakaspalvelija voi ohjata hänet lähimpään myymälään. Arkaluonteisia tietoja emme pyydä.")),
    E("fi-R13", ["R13"], "Replaces the no-profiling statement with automatic scoring of end customers' value and satisfaction to prioritise the queue.",
      ("r", "Emme tee automaattisia päätöksiä emmekä profiloi käyttäjiä tai loppuasiakkaita. Chattien ohjaus eri jonoihin perustuu vain asiakasyrityksen itse määrittämiin sääntöihin, eikä sillä ole oikeudellisia tai muita merkittäviä vaikutuksia.",
       "Tekoälyavustaja arvioi automaattisesti jokaisen loppuasiakkaan tyytyväisyyttä ja asiakasarvoa aiempien keskustelujen perusteella ja asettaa keskustelujonon järjestykseen näiden pisteiden mukaan.")),
    E("fi-R14", ["R14"], "Removes the ISO 27001 certification from the security list.",
      ("r", "- Olemme ISO/IEC 27001 -sertifioitu.\n", "")),
    E("fi-R15", ["R15"], "Replaces the breach-notification commitments with a reference to an internal process.",
      ("r", "Jos havaitsemme tietoturvaloukkauksen, ilmoitamme siitä tietosuojavaltuutetn toimistolle 72 tunnin kuluessa, kun laki sitä edellyttää, ja asiakasyrityksille viimeistään 48 tunnin kuluessa, jotta ne voivat täyttää omat velvollisuutensa. Jos loukkaus todennäköisesti aiheuttaa sinulle suuren riskin, kerromme siitä myös sinulle.",
       "Tietoturvapoikkeamat käsitellään sisäisen prosessimme mukaisesti.")),
    E("fi-R16", ["R16"], "Replaces 30 days' notice with changes at any time without notice.",
      ("r", "Ilmoitamme olennaisista muutoksista sähköpostitse vähintään 30 päivää ennen niiden voimaantuloa.",
       "Voimme muuttaa tätä selostetta milloin tahansa ilman erillistä ilmoitusta.")),
    E("fi-R17", ["R17"], "Adds final arbitration under the Finland Chamber of Commerce rules for disputes.",
      ("r", "Aiemmat versiot ovat saatavilla pyynnöstä.",
       "Aiemmat versiot ovat saatavilla pyynnöstä. Tähän selosteeseen liittyvät riidat ratkaistaan lopullisesti välimiesmenettelyssä Keskuskauppakamarin välityslautakunnan sääntöjen mukaisesti yhden välimiehen kokoonpanossa Tampereella.")),
    E("fi-R19", ["R19"], "Adds a tracking cookie in the chat widget that recognises returning visitors for 12 months.",
      ("r", "Chat-ikkuna käyttää yhtä välttämätöntä evästettä, jotta keskustelu säilyy, kun loppuasiakas siirtyy sivulta toiselle.",
       "Chat-ikkuna käyttää välttämättömän evästeen lisäksi seurantaevästettä, joka tunnistaa palaavan kävijän 12 kuukauden ajan.")),
    E("fi-R20", ["R20"], "Allows customers such as schools to use the chat with children under 13.",
      ("r", "Emme tietoisesti kerää alle 13-vuotiaiden lasten tietoja, ja poistamme tällaiset tiedot, jos niitä tulee tietoomme.",
       "Asiakasyritykset, kuten koulut ja nuorisopalvelut, voivat kuitenkin käyttää chattia myös alle 13-vuotiaiden lasten kanssa, jolloin käsittelemme myös lasten viestejä ja yhteystietoja.")),
    E("fi-R21", ["R21"], "Broadens disclosure to Finnish and foreign authorities, including intelligence, at the company's discretion.",
      ("r", "Luovutamme tietoja viranomaisille vain, jos Suomen tai EU:n lainsäädäntö velvoittaa siihen, esimerkiksi poliisin esitutkintaan liittyvän tuomioistuimen päätöksen perusteella. Arvioimme jokaisen pyynnön erikseen ja ilmoitamme siitä asiakasyritykselle, ellei laki sitä kiellä.",
       "Voimme luovuttaa tietoja suomalaisille ja ulkomaisille viranomaisille, myös tiedustelupalveluille, niiden pyynnöstä, jos katsomme sen aiheelliseksi.")),
    E("fi-R01-R04", ["R01", "R04"], "Adds an Indian support provider for evenings and weekends with a transfer under SCCs.",
      ("r", "- Paytrail Oyj, Jyväskylä – maksujen käsittely\n",
       "- Paytrail Oyj, Jyväskylä – maksujen käsittely\n- NorthDesk Services Pvt Ltd, Bengaluru, Intia – ilta- ja viikonloppupäivystys\n"),
      ("r", "Twilion mahdolliset siirrot Yhdysvaltoihin suojataan samoin keinoin.",
       "Twilion mahdolliset siirrot Yhdysvaltoihin suojataan samoin keinoin. NorthDesk käsittelee keskusteluja Intiassa, ja siirrot perustuvat vakiosopimuslausekkeisiin.")),
    E("fi-R11-R13", ["R11", "R13"], "Replaces the no-profiling statement with purchase-intent profiles of end customers for targeted marketing.",
      ("r", "Emme tee automaattisia päätöksiä emmekä profiloi käyttäjiä tai loppuasiakkaita.",
       "Analysoimme loppuasiakkaiden keskusteluja ja selauskäyttäytymistä luodaksemme heistä ostoaikeeseen perustuvan profiilin, jota asiakasyritykset voivat käyttää kohdennettuun markkinointiin.")),
    E("fi-NONE-1", [], "Fixes the typo 'tietosuojavaltuutetn'.",
      ("r", "tietosuojavaltuutetn", "tietosuojavaltuutetun")),
    E("fi-NONE-2", [], "Swaps the cookies and children sections and renumbers them.",
      ("swap", "## 12. Evästeet", "## 13. Lapset", "## 13. Evästeet", "## 12. Lapset")),
    E("fi-NONE-3", [], "Paraphrases the no-sale promise with the same meaning.",
      ("r", "Emme myy henkilötietoja emmekä luovuta niitä mainostajille tai muille markkinointitarkoituksiin.",
       "Henkilötietoja ei koskaan myydä, eikä niitä luovuteta mainostajille tai kenellekään muulle markkinointia varten.")),
    E("fi-NONE-4", [], "Paraphrases the no-AI-training statement with the same meaning.",
      ("r", "Keskustelujen sisältöä ei käytetä tekoälymallien kouluttamiseen, eikä Microsoft tallenna niitä.",
       "Tekoälymalleja ei kouluteta keskustelujen sisällöllä, eikä Microsoft säilytä keskusteluja.")),
    E("fi-NONE-5", [], "Turns the security bullet list into running text.",
      ("r", "- Tiedot salataan siirron aikana (TLS 1.2 tai uudempi) ja levossa (AES-256).\n- Kaksivaiheinen tunnistautuminen on pakollinen kaikille työntekijöillemme ja saatavilla kaikille käyttäjille; pääkäyttäjä voi tehdä siitä pakollisen.\n- Olemme ISO/IEC 27001 -sertifioitu.\n- Ulkopuolinen asiantuntija tekee palvelulle tietoturvatestauksen vähintään kerran vuodessa.",
       "Tiedot salataan siirron aikana (TLS 1.2 tai uudempi) ja levossa (AES-256). Kaksivaiheinen tunnistautuminen on pakollinen kaikille työntekijöillemme ja saatavilla kaikille käyttäjille, ja pääkäyttäjä voi tehdä siitä pakollisen. Olemme ISO/IEC 27001 -sertifioitu, ja ulkopuolinen asiantuntija tekee palvelulle tietoturvatestauksen vähintään kerran vuodessa.")),
    E("fi-NONE-6", [], "Rewords the heading of the storage-location section.",
      ("r", "## 7. Tietojen säilytyspaikka\n", "## 7. Missä tietoja säilytetään\n")),
]

LANGS["fi"] = (FI, FI_EDITS)


# ---------------------------------------------------------------------------
# sl: online backup with client-side (zero-knowledge) encryption (Ljubljana); unnumbered headings,
# mostly prose with one list.
SL = """# Politika zasebnosti storitve Varnokopija

Zadnja posodobitev: 15. januar 2025

Varnokopija je storitev za samodejno varnostno kopranje računalnikov, strežnikov in poslovnih aplikacij v oblak. Ker nam zaupate kopije svojih najpomembnejših podatkov, želimo jasno pojasniti, katere osebne podatke obdelujemo, zakaj jih obdelujemo in kako jih varujemo.

## Kdo smo

Upravljavec osebnih podatkov je družba Varnokopija, računalniške storitve, d.o.o., Tržaška cesta 132, 1000 Ljubljana, vpisana v sodni register pri Okrožnem sodišču v Ljubljani, matična številka 8765432000, davčna številka SI58321946. Za vsebino varnostnih kopij, ki jih shranjujete pri nas, ste upravljavec vi oziroma vaše podjetje, mi pa jo obdelujemo kot obdelovalec v skladu s pogodbo o obdelavi osebnih podatkov, ki je del naših splošnih pogojev.

Imenovali smo pooblaščeno osebo za varstvo osebnih podatkov, ki je dosegljiva na naslovu dpo@varnokopija.si ali po pošti na naslovu družbe s pripisom »za pooblaščeno osebo«.

## Katere podatke obdelujemo

Ob registraciji potrebujemo vaše ime in priimek, e-poštni naslov, telefonsko številko, naziv podjetja in davčno številko ter podatke za izstavitev računa. Ko uporabljate storitev, beležimo tehnične podatke o napravah, ki jih varnostno kopirate (ime naprave, operacijski sistem, različica odjemalca, IP-naslov, čas, obseg in uspešnost kopiranj), ter dnevnike prijav v spletno konzolo. Če se obrnete na našo podporo, hranimo tudi vašo korespondenco z nami.

Vsebina varnostnih kopij – datoteke, podatkovne baze, e-pošta in vse drugo, kar izberete za kopiranje – se šifrira že na vaši napravi, preden jo pošljemo v oblak. Ključ za šifriranje poznate samo vi, zato mi vsebine vaših kopij ne moremo videti, pregledovati ali kakor koli uporabljati. To pomeni tudi, da vam v primeru izgube gesla ne moremo pomagati obnoviti podatkov.

## Za kaj uporabljamo podatke in na kateri podlagi

Podatke o vas in vašem računu obdelujemo predvsem zato, da vam lahko zagotavljamo storitev, izvajamo varnostno kopiranje in obnovo ter obračunavamo naročnino; pravna podlaga je izvajanje pogodbe (točka (b) prvega odstavka 6. člena Splošne uredbe o varstvu podatkov). Račune in knjigovodske listine hranimo, ker nam to nalaga zakonodaja o davku na dodano vrednost (točka (c)). Tehnične podatke in dnevnike uporabljamo za zagotavljanje varnosti, odkrivanje zlorab in odpravljanje napak na podlagi našega zakonitega interesa (točka (f)). E-novice o novostih in akcijah vam pošiljamo samo, če ste v to privolili (točka (a)); privolitev lahko kadar koli prekličete s klikom na povezavo v vsakem sporočilu.

Na spletni strani vam lahko odgovarja tudi virtualni pomočnik, ki deluje na storitvi Azure OpenAI v podatkovnem centru na Švedskem. Vprašanj, ki mu jih zastavite, in njegovih odgovorov ne uporabljamo za učenje modelov, Microsoft pa jih ne hrani.

Vaših podatkov ne prodajamo in jih ne posredujemo oglaševalcem ali drugim tretjim osebam za njihovo trženje. Vsebine varnostnih kopij ne uporabljamo za učenje modelov umetne inteligence – tega tudi ne bi mogli, saj je šifrirana. Ne izvajamo avtomatiziranega odločanja in ne oblikujemo profilov uporabnikov.

## Komu posredujemo podatke

Podatke obdelujejo le naši zaposleni, ki jih potrebujejo za svoje delo, in skrbno izbrani obdelovalci, s katerimi imamo sklenjene pogodbe o obdelavi osebnih podatkov:

- T-2 d.o.o., Ljubljana – gostovanje strežnikov v podatkovnem centru;
- OVH SAS, Roubaix (Francija) – drugi podatkovni center za geografsko ločeno kopijo;
- Stripe Payments Europe Limited, Dublin (Irska) – plačila s kartico;
- Amazon Web Services EMEA SARL, Luksemburg – pošiljanje e-pošte prek storitve Amazon SES v regiji Frankfurt;
- Microsoft Ireland Operations Limited, Dublin (Irska) – virtualni pomočnik na spletni strani.

Državnim organom, na primer policiji ali sodišču, podatke razkrijemo samo na podlagi odredbe sodišča ali drugega zavezujočega zahtevka v skladu s slovensko zakonodajo ali pravom EU. Vsako zahtevo skrbno preverimo, in če zakon to dopušča, o njej obvestimo stranko. Vsebine kopij tudi v takem primeru ne moremo razkriti v berljivi obliki, ker šifrirnega ključa nimamo.

## Kje hranimo podatke in prenosi v tretje države

Vsi podatki, vključno z vsemi varnostnimi kopijami, so shranjeni izključno v podatkovnih centrih v Ljubljani (Slovenija) in Strasbourgu (Francija). Podatkov o računu praviloma ne prenašamo iz Evropskega gospodarskega prostora. Izjema so plačilni podatki, ki jih lahko Stripe Payments Europe posreduje matični družbi Stripe, Inc. v ZDA; ta je vključena v okvir EU-ZDA za zasebnost podatkov (Data Privacy Framework), dodatno pa prenos urejajo standardne pogodbene klavzule Evropske komisije.

## Kako dolgo hranimo podatke

Varnostne kopije hranimo toliko časa, kot določa vaš paket: v osnovnem paketu 30 dni, v poslovnem paketu eno leto. Po preteku tega obdobja starejše različice samodejno izbrišemo. Če naročnino prekinete, vse vaše kopije izbrišemo v 14 dneh. Podatke o računu hranimo še 12 mesecev po prenehanju naročnine, račune pa 10 let po koncu leta, v katerem so bili izdani, kot to zahteva zakon o davku na dodano vrednost. Dnevnike prijav in tehnične dnevnike hranimo 6 mesecev, korespondenco s podporo pa dve leti.

## Varnost

Poleg šifriranja na strani odjemalca z algoritmom AES-256 so vsi podatki med prenosom zaščiteni s protokolom TLS 1.3. Prijava v spletno konzolo je mogoča z dvostopenjskim preverjanjem pristnosti, ki ga za poslovne račune zahtevamo. Naš sistem upravljanja informacijske varnosti je certificiran po standardu ISO/IEC 27001, podatkovna centra pa sta fizično varovana 24 ur na dan. Enkrat letno neodvisni strokovnjaki izvedejo penetracijske teste.

## Kršitve varnosti

Če pride do kršitve varnosti osebnih podatkov, jo brez nepotrebnega odlašanja in najpozneje v 72 urah prijavimo Informacijskemu pooblaščencu, kadar to zahteva zakon, o njej pa obvestimo tudi prizadete stranke, da lahko izpolnijo svoje obveznosti.

## Vaše pravice

V skladu s Splošno uredbo o varstvu podatkov imate pravico do dostopa do svojih osebnih podatkov, do popravka netočnih podatkov, do izbrisa, do omejitve obdelave, do prenosljivosti podatkov in pravico do ugovora obdelavi, ki temelji na zakonitem interesu. Privolitev lahko kadar koli prekličete. Zahtevo nam pošljite na dpo@varnokopija.si; odgovorili vam bomo najpozneje v enem mesecu, uveljavljanje pravic pa je brezplačno. Če menite, da vaše podatke obdelujemo nezakonito, lahko vložite pritožbo pri Informacijskem pooblaščencu Republike Slovenije, Dunajska cesta 22, 1000 Ljubljana (www.ip-rs.si).

## Piškotki

Naša spletna stran in spletna konzola uporabljata samo nujno potrebne piškotke, ki omogočajo prijavo in si zapomnijo vašo izbiro jezika. Analitičnih ali oglaševalskih piškotkov ne uporabljamo, zato pasice za privolitev ne prikazujemo.

## Otroci

Storitev je namenjena podjetjem in odraslim uporabnikom. Račun lahko odpre samo oseba, ki je dopolnila 18 let. Podatkov otrok, mlajših od 15 let, zavestno ne zbiramo.

## Spremembe politike zasebnosti

O bistvenih spremembah vas bomo obvestili po e-pošti najmanj 30 dni pred začetkom njihove veljavnosti. Prejšnje različice politike so na voljo na zahtevo.
"""

SL_EDITS: list[dict[str, Any]] = [
    E("sl-R01", ["R01"], "Adds Infobip (Croatia) as a new processor for SMS alerts.",
      ("r", "- Stripe Payments Europe Limited, Dublin (Irska) – plačila s kartico;\n",
       "- Stripe Payments Europe Limited, Dublin (Irska) – plačila s kartico;\n- Infobip d.o.o., Zagreb (Hrvaška) – pošiljanje SMS-obvestil o neuspelih kopiranjih;\n")),
    E("sl-R02-a", ["R02"], "Deletes the sentence promising not to sell data or pass it to advertisers.",
      ("r", "Vaših podatkov ne prodajamo in jih ne posredujemo oglaševalcem ali drugim tretjim osebam za njihovo trženje. ", "")),
    E("sl-R02-b", ["R02", "R01"], "Adds an exception allowing pseudonymised data to be passed to advertising partners.",
      ("r", "Vaših podatkov ne prodajamo in jih ne posredujemo oglaševalcem ali drugim tretjim osebam za njihovo trženje.",
       "Vaših podatkov ne prodajamo, lahko pa jih v psevdonimizirani obliki posredujemo oglaševalskim partnerjem, da vam na drugih spletnih mestih prikažejo ponudbe, ki vas utegnejo zanimati.")),
    E("sl-R03-a", ["R03"], "Replaces the no-AI-training statement with training on backup telemetry unless the user opts out.",
      ("r", "Vsebine varnostnih kopij ne uporabljamo za učenje modelov umetne inteligence – tega tudi ne bi mogli, saj je šifrirana.",
       "Če v nastavitvah ne izklopite možnosti »Pametna zaščita«, uporabljamo tehnične podatke o vaših kopiranjih za učenje modelov umetne inteligence, ki zaznavajo napade z izsiljevalsko programsko opremo.")),
    E("sl-R03-b", ["R03"], "States that questions to the virtual assistant and its answers may be used to train models.",
      ("r", "Vprašanj, ki mu jih zastavite, in njegovih odgovorov ne uporabljamo za učenje modelov, Microsoft pa jih ne hrani.",
       "Vprašanja, ki mu jih zastavite, in njegove odgovore lahko uporabimo za izboljšanje in učenje naših modelov; Microsoft jih ne hrani.")),
    E("sl-R04-a", ["R04"], "Replaces DPF and SCCs for the Stripe transfer with explicit consent given at first payment.",
      ("r", "ta je vključena v okvir EU-ZDA za zasebnost podatkov (Data Privacy Framework), dodatno pa prenos urejajo standardne pogodbene klavzule Evropske komisije.",
       "prenos temelji na vaši izrecni privolitvi, ki jo podate ob prvem plačilu.")),
    E("sl-R04-b", ["R04"], "Adds out-of-hours support by staff in North Macedonia under SCCs.",
      ("r", "Podatkov o računu praviloma ne prenašamo iz Evropskega gospodarskega prostora.",
       "Podatkov o računu praviloma ne prenašamo iz Evropskega gospodarskega prostora, razen podpori zunaj delovnega časa, ki jo izvajajo naši zaposleni v Skopju (Severna Makedonija); ta prenos urejajo standardne pogodbene klavzule.")),
    E("sl-R05", ["R05"], "Replaces storage exclusively in Ljubljana and Strasbourg with unspecified provider data centres.",
      ("r", "so shranjeni izključno v podatkovnih centrih v Ljubljani (Slovenija) in Strasbourgu (Francija).",
       "so shranjeni v podatkovnih centrih naših ponudnikov, ki jih izberemo glede na razpoložljive zmogljivosti.")),
    E("sl-R06-a", ["R06"], "Extends deletion of backups after cancellation from 14 to 180 days.",
      ("r", "Če naročnino prekinete, vse vaše kopije izbrišemo v 14 dneh.", "Če naročnino prekinete, vse vaše kopije izbrišemo v 180 dneh.")),
    E("sl-R06-b", ["R06"], "Replaces the 12-month retention of account data with 'as long as necessary'.",
      ("r", "Podatke o računu hranimo še 12 mesecev po prenehanju naročnine,",
       "Podatke o računu hranimo, dokler je to potrebno za namene, opisane v tej politiki,")),
    E("sl-R07-a", ["R07"], "Removes the right to erasure from the list of rights.",
      ("r", "do popravka netočnih podatkov, do izbrisa, do omejitve obdelave,", "do popravka netočnih podatkov, do omejitve obdelave,")),
    E("sl-R07-b", ["R07"], "Limits portability to the last 12 months of data and makes it subject to export costs.",
      ("r", "uveljavljanje pravic pa je brezplačno.",
       "uveljavljanje pravic pa je brezplačno, razen pravice do prenosljivosti, ki jo lahko uveljavljate le za podatke iz zadnjih 12 mesecev in ob plačilu stroškov izvoza.")),
    E("sl-R08", ["R08"], "Changes the rights-request channel from the DPO e-mail to a form in the console.",
      ("r", "Zahtevo nam pošljite na dpo@varnokopija.si;", "Zahtevo oddajte prek obrazca v spletni konzoli;")),
    E("sl-R09", ["R09"], "Names a new group company as controller.",
      ("r", "Upravljavec osebnih podatkov je družba Varnokopija, računalniške storitve, d.o.o., Tržaška cesta 132, 1000 Ljubljana, vpisana v sodni register pri Okrožnem sodišču v Ljubljani, matična številka 8765432000, davčna številka SI58321946.",
       "Storitev Varnokopija je od 1. marca 2025 del skupine Arhivar. Upravljavec osebnih podatkov je družba Arhivar Group d.o.o., Dunajska cesta 156, 1000 Ljubljana, matična številka 9123456000, davčna številka SI71234598.")),
    E("sl-R10", ["R10"], "Bases newsletters on legitimate interest instead of consent.",
      ("r", "E-novice o novostih in akcijah vam pošiljamo samo, če ste v to privolili (točka (a)); privolitev lahko kadar koli prekličete s klikom na povezavo v vsakem sporočilu.",
       "E-novice o novostih in akcijah pošiljamo obstoječim strankam na podlagi našega zakonitega interesa (točka (f)); pošiljanju lahko kadar koli ugovarjate s klikom na povezavo v vsakem sporočilu.")),
    E("sl-R11", ["R11"], "Adds statistical analyses and published reports on backup practices as a new purpose.",
      ("r", "odkrivanje zlorab in odpravljanje napak na podlagi našega zakonitega interesa (točka (f)).",
       "odkrivanje zlorab in odpravljanje napak na podlagi našega zakonitega interesa (točka (f)). Na isti podlagi jih uporabljamo tudi za statistične analize in raziskave ter za poročila o stanju varnostnega kopiranja v slovenskih podjetjih, ki jih objavljamo.")),
    E("sl-R12", ["R12"], "Adds an ID photo and a selfie compared with it for emergency restores.",
      ("r", "Če se obrnete na našo podporo, hranimo tudi vašo korespondenco z nami.",
       "Če se obrnete na našo podporo, hranimo tudi vašo korespondenco z nami. Za preverjanje istovetnosti pri nujni obnovi podatkov zahtevamo fotografijo osebnega dokumenta in fotografijo vašega obraza, ki ju primerjamo s tehnologijo prepoznavanja obraza; o odobritvi obnove vedno odloči naš sodelavec.")),
    E("sl-R13", ["R13"], "Replaces the no-automated-decisions statement with automated account-abuse scoring that can suspend accounts without human review.",
      ("r", "Ne izvajamo avtomatiziranega odločanja in ne oblikujemo profilov uporabnikov.",
       "Na podlagi tehničnih podatkov in dnevnikov prijav samodejno ocenjujemo tveganje zlorabe vašega računa in ga lahko brez posredovanja zaposlenega omejimo ali začasno ustavimo.")),
    E("sl-R14", ["R14"], "Replaces client-side zero-knowledge encryption with provider-held keys.",
      ("r", "se šifrira že na vaši napravi, preden jo pošljemo v oblak. Ključ za šifriranje poznate samo vi, zato mi vsebine vaših kopij ne moremo videti, pregledovati ali kakor koli uporabljati. To pomeni tudi, da vam v primeru izgube gesla ne moremo pomagati obnoviti podatkov.",
       "se šifrira v našem podatkovnem centru. Ključe za šifriranje hranimo v našem sistemu za upravljanje ključev, tako da vam lahko pomagamo obnoviti podatke tudi, če pozabite geslo."),
      ("r", "Poleg šifriranja na strani odjemalca z algoritmom AES-256 so vsi podatki med prenosom zaščiteni s protokolom TLS 1.3.",
       "Vsi podatki so med prenosom zaščiteni s protokolom TLS 1.3, v podatkovnem centru pa so shranjeni na šifriranih diskih.")),
    E("sl-R15", ["R15"], "Replaces the breach-notification commitment with a general statement.",
      ("r", "Če pride do kršitve varnosti osebnih podatkov, jo brez nepotrebnega odlašanja in najpozneje v 72 urah prijavimo Informacijskemu pooblaščencu, kadar to zahteva zakon, o njej pa obvestimo tudi prizadete stranke, da lahko izpolnijo svoje obveznosti.",
       "Varnostne incidente obravnavamo v skladu z internimi postopki.")),
    E("sl-R16", ["R16"], "Makes policy changes effective on publication instead of 30 days after e-mail notice.",
      ("r", "O bistvenih spremembah vas bomo obvestili po e-pošti najmanj 30 dni pred začetkom njihove veljavnosti.",
       "Spremenjena politika zasebnosti začne veljati z dnem objave na tej spletni strani.")),
    E("sl-R17", ["R17"], "Adds an exclusive Ljubljana forum for all disputes, including with consumers.",
      ("r", "Prejšnje različice politike so na voljo na zahtevo.",
       "Prejšnje različice politike so na voljo na zahtevo. Za vse spore v zvezi s to politiko zasebnosti je izključno pristojno sodišče v Ljubljani, tudi kadar je uporabnik potrošnik.")),
    E("sl-R19", ["R19"], "Introduces analytics cookies with a consent banner instead of none.",
      ("r", "Analitičnih ali oglaševalskih piškotkov ne uporabljamo, zato pasice za privolitev ne prikazujemo.",
       "Z vašo privolitvijo uporabljamo tudi analitične piškotke, s katerimi merimo obiskanost strani; privolitev lahko kadar koli prekličete v nastavitvah piškotkov. Oglaševalskih piškotkov ne uporabljamo.")),
    E("sl-R20", ["R20"], "Lowers the minimum age to 13 with parental consent under 15.",
      ("r", "Račun lahko odpre samo oseba, ki je dopolnila 18 let. Podatkov otrok, mlajših od 15 let, zavestno ne zbiramo.",
       "Račun lahko odpre oseba, ki je dopolnila 13 let; za mlajše od 15 let potrebujemo privolitev staršev.")),
    E("sl-R21", ["R21"], "Broadens disclosure to domestic and foreign authorities including intelligence services.",
      ("r", "Državnim organom, na primer policiji ali sodišču, podatke razkrijemo samo na podlagi odredbe sodišča ali drugega zavezujočega zahtevka v skladu s slovensko zakonodajo ali pravom EU. Vsako zahtevo skrbno preverimo, in če zakon to dopušča, o njej obvestimo stranko.",
       "Podatke lahko razkrijemo domačim in tujim državnim organom, vključno z obveščevalnimi službami, kadar to zahtevajo in menimo, da je razkritje upravičeno.")),
    E("sl-R04-R05", ["R04", "R05"], "Moves the geographically separate copy to an OVH data centre in Canada under an adequacy decision.",
      ("r", "so shranjeni izključno v podatkovnih centrih v Ljubljani (Slovenija) in Strasbourgu (Francija).",
       "so shranjeni v podatkovnem centru v Ljubljani (Slovenija), geografsko ločena kopija pa v podatkovnem centru OVH v Beauharnoisu (Kanada), za katero velja sklep Evropske komisije o ustreznosti.")),
    E("sl-R08-R09", ["R08", "R09"], "After an acquisition, names an Austrian controller and a new data protection officer contact.",
      ("r", "Upravljavec osebnih podatkov je družba Varnokopija, računalniške storitve, d.o.o., Tržaška cesta 132, 1000 Ljubljana, vpisana v sodni register pri Okrožnem sodišču v Ljubljani, matična številka 8765432000, davčna številka SI58321946.",
       "Od prevzema marca 2025 je upravljavec osebnih podatkov družba BackupNord GmbH, Mariahilfer Straße 47, 1060 Dunaj (Avstrija), vpisana v avstrijski sodni register pod številko FN 498765 t."),
      ("r", "ki je dosegljiva na naslovu dpo@varnokopija.si ali po pošti na naslovu družbe s pripisom »za pooblaščeno osebo«.",
       "ki je dosegljiva na naslovu privacy@backupnord.at.")),
    E("sl-NONE-1", [], "Fixes the typo 'kopranje'.",
      ("r", "varnostno kopranje", "varnostno kopiranje")),
    E("sl-NONE-2", [], "Swaps the Cookies and Children sections.",
      ("swap", "## Piškotki", "## Otroci", "## Piškotki", "## Otroci")),
    E("sl-NONE-3", [], "Paraphrases the zero-knowledge statement with the same meaning.",
      ("r", "Ključ za šifriranje poznate samo vi, zato mi vsebine vaših kopij ne moremo videti, pregledovati ali kakor koli uporabljati.",
       "Šifrirni ključ je samo v vaših rokah, zato do vsebine vaših kopij nimamo dostopa in je ne moremo ne videti ne uporabljati.")),
    E("sl-NONE-4", [], "Paraphrases the no-sale promise with the same meaning.",
      ("r", "Vaših podatkov ne prodajamo in jih ne posredujemo oglaševalcem ali drugim tretjim osebam za njihovo trženje.",
       "Osebnih podatkov nikoli ne prodajamo, oglaševalci in druge tretje osebe pa jih od nas ne dobijo za svoje trženje.")),
    E("sl-NONE-5", [], "Adds a sentence pointing to the published list of processors.",
      ("r", "s katerimi imamo sklenjene pogodbe o obdelavi osebnih podatkov:",
       "s katerimi imamo sklenjene pogodbe o obdelavi osebnih podatkov (seznam je objavljen tudi na varnokopija.si/obdelovalci):")),
    E("sl-R23", ["R23"], "Changes only the last-updated date.",
      ("r", "Zadnja posodobitev: 15. januar 2025", "Zadnja posodobitev: 20. februar 2025")),
]

LANGS["sl"] = (SL, SL_EDITS)


# ---------------------------------------------------------------------------
def build_cases() -> list[dict[str, Any]]:
    """Every case, built from the bases by the edit operations (each asserted to match once)."""
    return cases_of(LANGS)
