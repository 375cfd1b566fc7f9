"""Written before/after change cases, set A: one base privacy policy of a backup vendor per language
(en, de, fr, nl, sv, fi, sl) and, per language, one small edit per risk signal (R01-R21, R23) plus three
edits that change no meaning. Written for policywatch's benchmark by a helper who had not seen the rule
packs; the packs were then corrected on the misses it found (2026-12-07), so this set is no longer
held out: `signal_cases_b` is. Each case: {lang, id, expect, before, after, edit}.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

# --------------------------------------------------------------------------
# operations
# --------------------------------------------------------------------------

def rep(old: str, new: str) -> tuple[str, ...]:
    return ("rep", old, new)

def repall(old: str, new: str) -> tuple[str, ...]:
    return ("repall", old, new)

def dele(line: str) -> tuple[str, ...]:
    return ("del", line)

def ins(anchor: str, new_line: str) -> tuple[str, ...]:
    return ("ins", anchor, new_line)

def swap(h1: str, h2: str) -> tuple[str, ...]:
    return ("swap", h1, h2)


def apply_ops(text: str, ops: list[tuple[str, ...]], case_id: str) -> str:
    for op in ops:
        kind = op[0]
        if kind == "rep":
            _, old, new = op
            n = text.count(old)
            assert n == 1, f"{case_id}: rep target found {n}x: {old!r}"
            text = text.replace(old, new)
        elif kind == "repall":
            _, old, new = op
            n = text.count(old)
            assert n >= 1, f"{case_id}: repall target not found: {old!r}"
            text = text.replace(old, new)
        elif kind == "del":
            _, line = op
            lines = text.split("\n")
            n = lines.count(line)
            assert n == 1, f"{case_id}: del line found {n}x: {line!r}"
            lines.remove(line)
            text = "\n".join(lines)
        elif kind == "ins":
            _, anchor, new_line = op
            lines = text.split("\n")
            n = lines.count(anchor)
            assert n == 1, f"{case_id}: ins anchor found {n}x: {anchor!r}"
            i = lines.index(anchor)
            lines.insert(i + 1, new_line)
            text = "\n".join(lines)
        elif kind == "swap":
            _, h1, h2 = op
            lines = text.split("\n")
            assert lines.count(h1) == 1 and lines.count(h2) == 1, f"{case_id}: swap headings"

            def block(start):
                end = start + 1
                while end < len(lines) and not lines[end].startswith("#"):
                    end += 1
                return end

            a = lines.index(h1)
            a_end = block(a)
            assert a_end == lines.index(h2), f"{case_id}: swap sections not adjacent"
            b_end = block(a_end)
            # keep a trailing non-section line (last-updated) out of the block
            new = lines[:a] + lines[a_end:b_end] + lines[a:a_end] + lines[b_end:]
            text = "\n".join(new)
        else:
            raise ValueError(kind)
    return text


# --------------------------------------------------------------------------
# shared case metadata (expect, edit description)
# --------------------------------------------------------------------------

META = OrderedDict([
    ("R01-a", (["R01"], "Added a new named sub-processor (Brevo SAS) for sending e-mails to the recipients sentence")),
    ("R02-a", (["R02"], "Replaced 'we do not sell your personal data' with 'we may sell your personal data to selected third parties'")),
    ("R02-b", (["R02"], "Removed the 'we do not sell your personal data' sentence")),
    ("R03-a", (["R03"], "Replaced 'we do not use your files to train AI models' with 'we may use your files to train and improve our AI models'")),
    ("R03-b", (["R03"], "Removed the 'we do not use your files to train AI models' sentence")),
    ("R04-a", (["R04"], "Added a sentence that the customer support team in India may access account data (new non-EU destination, no safeguard)")),
    ("R04-b", (["R04"], "Removed the Standard Contractual Clauses safeguard from the Stripe US-transfer sentence")),
    ("R05-a", (["R05", "R04"], "Storage location changed from servers in Germany (EU) to servers in the USA")),
    ("R05-b", (["R05", "R04"], "Storage location changed from servers in Germany (EU) to servers anywhere in the world")),
    ("R06-a", (["R06"], "Log file retention lengthened from 12 months to 36 months")),
    ("R06-b", (["R06"], "Log file retention changed from 12 months to 'as long as necessary'")),
    ("R07-a", (["R07"], "Right to erasure removed from the list of data-subject rights")),
    ("R07-b", (["R07"], "Added a fee for each access request")),
    ("R08-a", (["R08"], "Removed the data protection officer contact sentence")),
    ("R08-b", (["R08"], "DPO contact replaced by general customer-service address support@nimbusbackup.example (no DPO mentioned)")),
    ("R09-a", (["R09"], "Controller changed from Nimbus Backup to a different company (Stratus Cloud Holding) with a different address")),
    ("R10-a", (["R10"], "Legal basis for the newsletter changed from consent (Art. 6(1)(a)) to legitimate interest in direct marketing (Art. 6(1)(f))")),
    ("R11-a", (["R11"], "Added a new purpose: usage data used for marketing and market research")),
    ("R12-a", (["R12"], "Added collection of precise location when using the mobile app")),
    ("R12-b", (["R12"], "Added processing of biometric data (facial scans) for identity verification")),
    ("R13-a", (["R13"], "Replaced 'no automated decisions' with automated decision-making incl. profiling for fraud detection and automatic account suspension")),
    ("R13-b", (["R13"], "Removed the automated-decisions section (heading and 'no solely automated decisions' statement)")),
    ("R14-a", (["R14"], "Removed encryption at rest (AES-256); only encryption in transit remains")),
    ("R14-b", (["R14"], "Removed the two-factor authentication sentence")),
    ("R15-a", (["R15"], "Removed the data-breach section (72-hour notification commitment)")),
    ("R15-b", (["R15"], "Replaced the 72-hour breach notification commitment with 'we will inform you about security incidents if we consider it appropriate'")),
    ("R16-a", (["R16"], "Replaced 30-day advance notice by e-mail with 'we may change this policy at any time without notice'")),
    ("R19-a", (["R19"], "Cookie sentence changed from 'only strictly necessary cookies' to strictly necessary cookies plus Google Analytics and the Meta Pixel")),
    ("R20-a", (["R20"], "Minimum age lowered from 16 to 13")),
    ("R21-a", (["R21"], "Added disclosure to law enforcement and other government authorities upon request, even without a court order")),
    ("R23-a", (["R23"], "Only the last-updated date changed (1 March 2024 -> 15 September 2024)")),
    ("NONE-a", ([], "Rephrased the consent-withdrawal sentence with identical meaning")),
    ("NONE-b", ([], "Swapped the order of the Children and Automated decisions sections (content unchanged)")),
    ("NONE-c", ([], None)),  # description per language
])

LANGS = OrderedDict()

# --------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------
EN = """# Privacy Policy
This privacy policy explains how we process personal data when you use Nimbus Backup, our cloud storage and backup service.
## Controller and contact
The controller is Nimbus Backup Ltd, 14 Harbour Road, Dublin 2, Ireland.
You can reach our data protection officer at privacy@nimbusbackup.example.
## Data we collect
When you create an account, we collect your name, e-mail address and billing details.
We store the files you upload, together with metadata such as file names, file sizes and IP addresses.
Our website only uses cookies that are strictly necessary for its operation.
## Purposes and legal bases
We process your data to provide the backup service and to perform our contract with you (Art. 6(1)(b) GDPR).
We send you our newsletter only with your consent (Art. 6(1)(a) GDPR).
## Recipients and sub-processors
We use Hetzner Online GmbH for hosting and Stripe Payments Europe Ltd for payment processing.
All sub-processors are bound by data processing agreements under Art. 28 GDPR.
## International transfers and storage location
Your files are stored exclusively on servers in Germany, within the EU.
Stripe may process payment data in the USA; such transfers are protected by the EU Standard Contractual Clauses.
## Retention
We delete your files 30 days after you close your account.
Log files are deleted after 12 months.
## Security
All files are encrypted at rest with AES-256 and in transit with TLS.
Two-factor authentication is available for all accounts.
## Data breaches
If a personal data breach occurs, we will notify the supervisory authority within 72 hours and inform affected users without undue delay.
## Your rights
You have the right of access, rectification, erasure, restriction of processing and data portability, as well as the right to object to processing.
You may withdraw your consent at any time.
You also have the right to lodge a complaint with a supervisory authority, such as the Data Protection Commission.
## Children
Our service is not intended for persons under the age of 16.
## Automated decisions
We do not make decisions based solely on automated processing, including profiling.
## Sale of data and artificial intelligence
We do not sell your personal data.
We do not use your files to train AI models.
## Changes to this policy
We will notify you by e-mail at least 30 days before any change to this policy takes effect.
Last updated: 1 March 2024"""

LANGS["en"] = (EN, {
    "R01-a": [rep("We use Hetzner Online GmbH for hosting and Stripe Payments Europe Ltd for payment processing.",
                  "We use Hetzner Online GmbH for hosting, Stripe Payments Europe Ltd for payment processing and Brevo SAS for sending e-mails.")],
    "R02-a": [rep("We do not sell your personal data.", "We may sell your personal data to selected third parties.")],
    "R02-b": [dele("We do not sell your personal data.")],
    "R03-a": [rep("We do not use your files to train AI models.", "We may use your files to train and improve our AI models.")],
    "R03-b": [dele("We do not use your files to train AI models.")],
    "R04-a": [ins("Stripe may process payment data in the USA; such transfers are protected by the EU Standard Contractual Clauses.",
                  "Our customer support team in India may access your account data in order to handle your requests.")],
    "R04-b": [rep("Stripe may process payment data in the USA; such transfers are protected by the EU Standard Contractual Clauses.",
                  "Stripe may process payment data in the USA.")],
    "R05-a": [rep("Your files are stored exclusively on servers in Germany, within the EU.", "Your files are stored on servers in the USA.")],
    "R05-b": [rep("Your files are stored exclusively on servers in Germany, within the EU.", "Your files may be stored on servers anywhere in the world.")],
    "R06-a": [rep("Log files are deleted after 12 months.", "Log files are deleted after 36 months.")],
    "R06-b": [rep("Log files are deleted after 12 months.", "Log files are retained for as long as necessary.")],
    "R07-a": [rep("access, rectification, erasure, restriction", "access, rectification, restriction")],
    "R07-b": [ins("You have the right of access, rectification, erasure, restriction of processing and data portability, as well as the right to object to processing.",
                  "We charge a fee of EUR 25 for each access request.")],
    "R08-a": [dele("You can reach our data protection officer at privacy@nimbusbackup.example.")],
    "R08-b": [rep("You can reach our data protection officer at privacy@nimbusbackup.example.",
                  "For privacy questions, please contact our customer service at support@nimbusbackup.example.")],
    "R09-a": [rep("The controller is Nimbus Backup Ltd, 14 Harbour Road, Dublin 2, Ireland.",
                  "The controller is Stratus Cloud Holdings Ltd, 3 Canal Square, Dublin 4, Ireland.")],
    "R10-a": [rep("We send you our newsletter only with your consent (Art. 6(1)(a) GDPR).",
                  "We send you our newsletter on the basis of our legitimate interest in direct marketing (Art. 6(1)(f) GDPR).")],
    "R11-a": [ins("We send you our newsletter only with your consent (Art. 6(1)(a) GDPR).",
                  "We also use your usage data for marketing purposes and market research.")],
    "R12-a": [ins("When you create an account, we collect your name, e-mail address and billing details.",
                  "If you use our mobile app, we also collect your precise location.")],
    "R12-b": [ins("When you create an account, we collect your name, e-mail address and billing details.",
                  "To verify your identity, we process biometric data (facial scans).")],
    "R13-a": [rep("We do not make decisions based solely on automated processing, including profiling.",
                  "We use automated decision-making, including profiling, to detect fraud and may automatically suspend accounts.")],
    "R13-b": [dele("## Automated decisions"),
              dele("We do not make decisions based solely on automated processing, including profiling.")],
    "R14-a": [rep("All files are encrypted at rest with AES-256 and in transit with TLS.", "All files are encrypted in transit with TLS.")],
    "R14-b": [dele("Two-factor authentication is available for all accounts.")],
    "R15-a": [dele("## Data breaches"),
              dele("If a personal data breach occurs, we will notify the supervisory authority within 72 hours and inform affected users without undue delay.")],
    "R15-b": [rep("If a personal data breach occurs, we will notify the supervisory authority within 72 hours and inform affected users without undue delay.",
                  "We will inform you about security incidents if we consider it appropriate.")],
    "R16-a": [rep("We will notify you by e-mail at least 30 days before any change to this policy takes effect.",
                  "We may change this policy at any time without notice.")],
    "R19-a": [rep("Our website only uses cookies that are strictly necessary for its operation.",
                  "Our website uses cookies that are strictly necessary for its operation as well as Google Analytics and the Meta Pixel.")],
    "R20-a": [rep("persons under the age of 16.", "persons under the age of 13.")],
    "R21-a": [ins("All sub-processors are bound by data processing agreements under Art. 28 GDPR.",
                  "We may disclose your data to law enforcement and other government authorities upon request, even without a court order.")],
    "R23-a": [rep("Last updated: 1 March 2024", "Last updated: 15 September 2024")],
    "NONE-a": [rep("You may withdraw your consent at any time.", "You can withdraw your consent at any time.")],
    "NONE-b": [swap("## Children", "## Automated decisions")],
    "NONE-c": [repall("e-mail", "email")],
}, "Spelling only: 'e-mail' -> 'email' throughout")

# --------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------
DE = """# Datenschutzerklärung
Diese Datenschutzerklärung informiert Sie darüber, wie wir personenbezogene Daten verarbeiten, wenn Sie Nimbus Backup, unseren Cloud-Speicher- und Backup-Dienst, nutzen.
## Verantwortlicher und Kontakt
Verantwortlicher ist die Nimbus Backup GmbH, Hafenstraße 14, 20457 Hamburg, Deutschland.
Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@nimbusbackup.example.
## Welche Daten wir erheben
Wenn Sie ein Konto anlegen, erheben wir Ihren Namen, Ihre E-Mail-Adresse und Ihre Rechnungsdaten.
Wir speichern die von Ihnen hochgeladenen Dateien sowie Metadaten wie Dateinamen, Dateigrößen und IP-Adressen.
Unsere Website verwendet ausschließlich technisch notwendige Cookies.
## Zwecke und Rechtsgrundlagen
Wir verarbeiten Ihre Daten, um den Backup-Dienst bereitzustellen und den Vertrag mit Ihnen zu erfüllen (Art. 6 Abs. 1 lit. b DSGVO).
Unseren Newsletter senden wir Ihnen nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).
## Empfänger und Auftragsverarbeiter
Für das Hosting setzen wir die Hetzner Online GmbH und für die Zahlungsabwicklung die Stripe Payments Europe Ltd. ein.
Alle Auftragsverarbeiter sind durch Verträge zur Auftragsverarbeitung nach Art. 28 DSGVO gebunden.
## Übermittlung in Drittländer und Speicherort
Ihre Dateien werden ausschließlich auf Servern in Deutschland und damit innerhalb der EU gespeichert.
Stripe kann Zahlungsdaten in den USA verarbeiten; diese Übermittlung ist durch die EU-Standardvertragsklauseln abgesichert.
## Speicherdauer
Wir löschen Ihre Dateien 30 Tage nach der Kündigung Ihres Kontos.
Protokolldateien werden nach 12 Monaten gelöscht.
## Datensicherheit
Alle Dateien werden im Ruhezustand mit AES-256 und bei der Übertragung mit TLS verschlüsselt.
Für alle Konten steht eine Zwei-Faktor-Authentifizierung zur Verfügung.
## Datenschutzverletzungen
Im Falle einer Verletzung des Schutzes personenbezogener Daten melden wir diese innerhalb von 72 Stunden der zuständigen Aufsichtsbehörde und benachrichtigen betroffene Nutzer unverzüglich.
## Ihre Rechte
Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit sowie das Recht, der Verarbeitung zu widersprechen.
Sie können Ihre Einwilligung jederzeit widerrufen.
Außerdem haben Sie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.
## Kinder
Unser Dienst richtet sich nicht an Personen unter 16 Jahren.
## Automatisierte Entscheidungen
Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidungen, einschließlich Profiling.
## Verkauf von Daten und künstliche Intelligenz
Wir verkaufen Ihre personenbezogenen Daten nicht.
Wir verwenden Ihre Dateien nicht zum Training von KI-Modellen.
## Änderungen dieser Datenschutzerklärung
Über Änderungen dieser Datenschutzerklärung informieren wir Sie mindestens 30 Tage vor ihrem Inkrafttreten per E-Mail.
Stand: 1. März 2024"""

LANGS["de"] = (DE, {
    "R01-a": [rep("Für das Hosting setzen wir die Hetzner Online GmbH und für die Zahlungsabwicklung die Stripe Payments Europe Ltd. ein.",
                  "Für das Hosting setzen wir die Hetzner Online GmbH, für die Zahlungsabwicklung die Stripe Payments Europe Ltd. und für den E-Mail-Versand die Brevo SAS ein.")],
    "R02-a": [rep("Wir verkaufen Ihre personenbezogenen Daten nicht.", "Wir können Ihre personenbezogenen Daten an ausgewählte Dritte verkaufen.")],
    "R02-b": [dele("Wir verkaufen Ihre personenbezogenen Daten nicht.")],
    "R03-a": [rep("Wir verwenden Ihre Dateien nicht zum Training von KI-Modellen.", "Wir können Ihre Dateien verwenden, um unsere KI-Modelle zu trainieren und zu verbessern.")],
    "R03-b": [dele("Wir verwenden Ihre Dateien nicht zum Training von KI-Modellen.")],
    "R04-a": [ins("Stripe kann Zahlungsdaten in den USA verarbeiten; diese Übermittlung ist durch die EU-Standardvertragsklauseln abgesichert.",
                  "Unser Kundensupport-Team in Indien kann auf Ihre Kontodaten zugreifen, um Ihre Anfragen zu bearbeiten.")],
    "R04-b": [rep("Stripe kann Zahlungsdaten in den USA verarbeiten; diese Übermittlung ist durch die EU-Standardvertragsklauseln abgesichert.",
                  "Stripe kann Zahlungsdaten in den USA verarbeiten.")],
    "R05-a": [rep("Ihre Dateien werden ausschließlich auf Servern in Deutschland und damit innerhalb der EU gespeichert.",
                  "Ihre Dateien werden auf Servern in den USA gespeichert.")],
    "R05-b": [rep("Ihre Dateien werden ausschließlich auf Servern in Deutschland und damit innerhalb der EU gespeichert.",
                  "Ihre Dateien können auf Servern weltweit gespeichert werden.")],
    "R06-a": [rep("Protokolldateien werden nach 12 Monaten gelöscht.", "Protokolldateien werden nach 36 Monaten gelöscht.")],
    "R06-b": [rep("Protokolldateien werden nach 12 Monaten gelöscht.", "Protokolldateien werden so lange gespeichert, wie dies erforderlich ist.")],
    "R07-a": [rep("Auskunft, Berichtigung, Löschung, Einschränkung", "Auskunft, Berichtigung, Einschränkung")],
    "R07-b": [ins("Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit sowie das Recht, der Verarbeitung zu widersprechen.",
                  "Für jede Auskunftsanfrage erheben wir eine Bearbeitungsgebühr von 25 EUR.")],
    "R08-a": [dele("Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@nimbusbackup.example.")],
    "R08-b": [rep("Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@nimbusbackup.example.",
                  "Bei Fragen zum Datenschutz wenden Sie sich bitte an unseren Kundenservice unter support@nimbusbackup.example.")],
    "R09-a": [rep("Verantwortlicher ist die Nimbus Backup GmbH, Hafenstraße 14, 20457 Hamburg, Deutschland.",
                  "Verantwortlicher ist die Stratus Cloud Holding GmbH, Kanalstraße 3, 80335 München, Deutschland.")],
    "R10-a": [rep("Unseren Newsletter senden wir Ihnen nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).",
                  "Unseren Newsletter senden wir Ihnen auf Grundlage unseres berechtigten Interesses an Direktwerbung (Art. 6 Abs. 1 lit. f DSGVO).")],
    "R11-a": [ins("Unseren Newsletter senden wir Ihnen nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).",
                  "Darüber hinaus nutzen wir Ihre Nutzungsdaten für Marketingzwecke und Marktforschung.")],
    "R12-a": [ins("Wenn Sie ein Konto anlegen, erheben wir Ihren Namen, Ihre E-Mail-Adresse und Ihre Rechnungsdaten.",
                  "Wenn Sie unsere mobile App nutzen, erheben wir außerdem Ihren genauen Standort.")],
    "R12-b": [ins("Wenn Sie ein Konto anlegen, erheben wir Ihren Namen, Ihre E-Mail-Adresse und Ihre Rechnungsdaten.",
                  "Zur Überprüfung Ihrer Identität verarbeiten wir biometrische Daten (Gesichtsscans).")],
    "R13-a": [rep("Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidungen, einschließlich Profiling.",
                  "Wir setzen automatisierte Entscheidungsfindung einschließlich Profiling ein, um Betrug zu erkennen, und können Konten automatisch sperren.")],
    "R13-b": [dele("## Automatisierte Entscheidungen"),
              dele("Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidungen, einschließlich Profiling.")],
    "R14-a": [rep("Alle Dateien werden im Ruhezustand mit AES-256 und bei der Übertragung mit TLS verschlüsselt.",
                  "Alle Dateien werden bei der Übertragung mit TLS verschlüsselt.")],
    "R14-b": [dele("Für alle Konten steht eine Zwei-Faktor-Authentifizierung zur Verfügung.")],
    "R15-a": [dele("## Datenschutzverletzungen"),
              dele("Im Falle einer Verletzung des Schutzes personenbezogener Daten melden wir diese innerhalb von 72 Stunden der zuständigen Aufsichtsbehörde und benachrichtigen betroffene Nutzer unverzüglich.")],
    "R15-b": [rep("Im Falle einer Verletzung des Schutzes personenbezogener Daten melden wir diese innerhalb von 72 Stunden der zuständigen Aufsichtsbehörde und benachrichtigen betroffene Nutzer unverzüglich.",
                  "Über Sicherheitsvorfälle informieren wir Sie, wenn wir dies für angemessen halten.")],
    "R16-a": [rep("Über Änderungen dieser Datenschutzerklärung informieren wir Sie mindestens 30 Tage vor ihrem Inkrafttreten per E-Mail.",
                  "Wir können diese Datenschutzerklärung jederzeit ohne vorherige Ankündigung ändern.")],
    "R19-a": [rep("Unsere Website verwendet ausschließlich technisch notwendige Cookies.",
                  "Unsere Website verwendet technisch notwendige Cookies sowie Google Analytics und das Meta Pixel.")],
    "R20-a": [rep("Personen unter 16 Jahren.", "Personen unter 13 Jahren.")],
    "R21-a": [ins("Alle Auftragsverarbeiter sind durch Verträge zur Auftragsverarbeitung nach Art. 28 DSGVO gebunden.",
                  "Wir können Ihre Daten auf Anfrage an Strafverfolgungsbehörden und andere staatliche Stellen weitergeben, auch ohne richterliche Anordnung.")],
    "R23-a": [rep("Stand: 1. März 2024", "Stand: 15. September 2024")],
    "NONE-a": [rep("Sie können Ihre Einwilligung jederzeit widerrufen.", "Eine erteilte Einwilligung können Sie jederzeit widerrufen.")],
    "NONE-b": [swap("## Kinder", "## Automatisierte Entscheidungen")],
    "NONE-c": [repall("Art. ", "Artikel ")],
}, "Citation style only: 'Art.' -> 'Artikel' in all GDPR references")

# --------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------
FR = """# Politique de confidentialité
La présente politique explique comment nous traitons vos données personnelles lorsque vous utilisez Nimbus Backup, notre service de stockage en ligne et de sauvegarde.
## Responsable du traitement et contact
Le responsable du traitement est Nimbus Sauvegarde SAS, 14 quai du Port, 69002 Lyon, France.
Vous pouvez joindre notre délégué à la protection des données (DPO) à l'adresse dpo@nimbusbackup.example.
## Données collectées
Lors de la création de votre compte, nous collectons votre nom, votre adresse e-mail et vos données de facturation.
Nous stockons les fichiers que vous téléversez ainsi que des métadonnées telles que les noms et tailles de fichiers et les adresses IP.
Notre site web utilise uniquement des cookies strictement nécessaires à son fonctionnement.
## Finalités et bases juridiques
Nous traitons vos données pour fournir le service de sauvegarde et exécuter le contrat conclu avec vous (article 6, paragraphe 1, point b), du RGPD).
Nous vous envoyons notre newsletter uniquement avec votre consentement (article 6, paragraphe 1, point a), du RGPD).
## Destinataires et sous-traitants
Nous faisons appel à Hetzner Online GmbH pour l'hébergement et à Stripe Payments Europe Ltd pour le traitement des paiements.
Tous nos sous-traitants sont liés par des contrats de sous-traitance conformes à l'article 28 du RGPD.
## Transferts internationaux et lieu de stockage
Vos fichiers sont stockés exclusivement sur des serveurs situés en Allemagne, au sein de l'Union européenne.
Stripe peut traiter des données de paiement aux États-Unis ; ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.
## Durée de conservation
Nous supprimons vos fichiers 30 jours après la clôture de votre compte.
Les fichiers journaux sont supprimés au bout de 12 mois.
## Sécurité
Tous les fichiers sont chiffrés au repos en AES-256 et en transit via TLS.
L'authentification à deux facteurs est disponible pour tous les comptes.
## Violations de données
En cas de violation de données à caractère personnel, nous la notifierons à l'autorité de contrôle dans un délai de 72 heures et informerons les utilisateurs concernés dans les meilleurs délais.
## Vos droits
Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement et de portabilité de vos données, ainsi que d'un droit d'opposition.
Vous pouvez retirer votre consentement à tout moment.
Vous avez également le droit d'introduire une réclamation auprès d'une autorité de contrôle, telle que la CNIL.
## Enfants
Notre service n'est pas destiné aux personnes de moins de 16 ans.
## Décisions automatisées
Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage.
## Vente de données et intelligence artificielle
Nous ne vendons pas vos données personnelles.
Nous n'utilisons pas vos fichiers pour entraîner des modèles d'intelligence artificielle.
## Modifications de la présente politique
Nous vous informerons par e-mail au moins 30 jours avant l'entrée en vigueur de toute modification de la présente politique.
Dernière mise à jour : 1er mars 2024"""

LANGS["fr"] = (FR, {
    "R01-a": [rep("Nous faisons appel à Hetzner Online GmbH pour l'hébergement et à Stripe Payments Europe Ltd pour le traitement des paiements.",
                  "Nous faisons appel à Hetzner Online GmbH pour l'hébergement, à Stripe Payments Europe Ltd pour le traitement des paiements et à Brevo SAS pour l'envoi des e-mails.")],
    "R02-a": [rep("Nous ne vendons pas vos données personnelles.", "Nous pouvons vendre vos données personnelles à des tiers sélectionnés.")],
    "R02-b": [dele("Nous ne vendons pas vos données personnelles.")],
    "R03-a": [rep("Nous n'utilisons pas vos fichiers pour entraîner des modèles d'intelligence artificielle.",
                  "Nous pouvons utiliser vos fichiers pour entraîner et améliorer nos modèles d'intelligence artificielle.")],
    "R03-b": [dele("Nous n'utilisons pas vos fichiers pour entraîner des modèles d'intelligence artificielle.")],
    "R04-a": [ins("Stripe peut traiter des données de paiement aux États-Unis ; ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.",
                  "Notre équipe de support client en Inde peut accéder aux données de votre compte afin de traiter vos demandes.")],
    "R04-b": [rep("Stripe peut traiter des données de paiement aux États-Unis ; ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.",
                  "Stripe peut traiter des données de paiement aux États-Unis.")],
    "R05-a": [rep("Vos fichiers sont stockés exclusivement sur des serveurs situés en Allemagne, au sein de l'Union européenne.",
                  "Vos fichiers sont stockés sur des serveurs situés aux États-Unis.")],
    "R05-b": [rep("Vos fichiers sont stockés exclusivement sur des serveurs situés en Allemagne, au sein de l'Union européenne.",
                  "Vos fichiers peuvent être stockés sur des serveurs situés partout dans le monde.")],
    "R06-a": [rep("Les fichiers journaux sont supprimés au bout de 12 mois.", "Les fichiers journaux sont supprimés au bout de 36 mois.")],
    "R06-b": [rep("Les fichiers journaux sont supprimés au bout de 12 mois.", "Les fichiers journaux sont conservés aussi longtemps que nécessaire.")],
    "R07-a": [rep("de rectification, d'effacement, de limitation", "de rectification, de limitation")],
    "R07-b": [ins("Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement et de portabilité de vos données, ainsi que d'un droit d'opposition.",
                  "Nous facturons des frais de 25 EUR pour chaque demande d'accès.")],
    "R08-a": [dele("Vous pouvez joindre notre délégué à la protection des données (DPO) à l'adresse dpo@nimbusbackup.example.")],
    "R08-b": [rep("Vous pouvez joindre notre délégué à la protection des données (DPO) à l'adresse dpo@nimbusbackup.example.",
                  "Pour toute question relative à la protection des données, veuillez contacter notre service client à l'adresse support@nimbusbackup.example.")],
    "R09-a": [rep("Le responsable du traitement est Nimbus Sauvegarde SAS, 14 quai du Port, 69002 Lyon, France.",
                  "Le responsable du traitement est Stratus Cloud Holding SA, 3 rue du Canal, 75010 Paris, France.")],
    "R10-a": [rep("Nous vous envoyons notre newsletter uniquement avec votre consentement (article 6, paragraphe 1, point a), du RGPD).",
                  "Nous vous envoyons notre newsletter sur la base de notre intérêt légitime à la prospection commerciale (article 6, paragraphe 1, point f), du RGPD).")],
    "R11-a": [ins("Nous vous envoyons notre newsletter uniquement avec votre consentement (article 6, paragraphe 1, point a), du RGPD).",
                  "Nous utilisons également vos données d'utilisation à des fins de marketing et d'études de marché.")],
    "R12-a": [ins("Lors de la création de votre compte, nous collectons votre nom, votre adresse e-mail et vos données de facturation.",
                  "Si vous utilisez notre application mobile, nous collectons également votre localisation précise.")],
    "R12-b": [ins("Lors de la création de votre compte, nous collectons votre nom, votre adresse e-mail et vos données de facturation.",
                  "Pour vérifier votre identité, nous traitons des données biométriques (scans du visage).")],
    "R13-a": [rep("Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage.",
                  "Nous recourons à la prise de décision automatisée, y compris le profilage, pour détecter la fraude et pouvons suspendre automatiquement des comptes.")],
    "R13-b": [dele("## Décisions automatisées"),
              dele("Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage.")],
    "R14-a": [rep("Tous les fichiers sont chiffrés au repos en AES-256 et en transit via TLS.", "Tous les fichiers sont chiffrés en transit via TLS.")],
    "R14-b": [dele("L'authentification à deux facteurs est disponible pour tous les comptes.")],
    "R15-a": [dele("## Violations de données"),
              dele("En cas de violation de données à caractère personnel, nous la notifierons à l'autorité de contrôle dans un délai de 72 heures et informerons les utilisateurs concernés dans les meilleurs délais.")],
    "R15-b": [rep("En cas de violation de données à caractère personnel, nous la notifierons à l'autorité de contrôle dans un délai de 72 heures et informerons les utilisateurs concernés dans les meilleurs délais.",
                  "Nous vous informerons des incidents de sécurité si nous le jugeons approprié.")],
    "R16-a": [rep("Nous vous informerons par e-mail au moins 30 jours avant l'entrée en vigueur de toute modification de la présente politique.",
                  "Nous pouvons modifier la présente politique à tout moment et sans préavis.")],
    "R19-a": [rep("Notre site web utilise uniquement des cookies strictement nécessaires à son fonctionnement.",
                  "Notre site web utilise des cookies strictement nécessaires à son fonctionnement ainsi que Google Analytics et le pixel Meta.")],
    "R20-a": [rep("personnes de moins de 16 ans.", "personnes de moins de 13 ans.")],
    "R21-a": [ins("Tous nos sous-traitants sont liés par des contrats de sous-traitance conformes à l'article 28 du RGPD.",
                  "Nous pouvons communiquer vos données aux autorités policières et judiciaires ainsi qu'à d'autres autorités publiques sur simple demande, même sans décision de justice.")],
    "R23-a": [rep("Dernière mise à jour : 1er mars 2024", "Dernière mise à jour : 15 septembre 2024")],
    "NONE-a": [rep("Vous pouvez retirer votre consentement à tout moment.", "Vous pouvez à tout moment retirer votre consentement.")],
    "NONE-b": [swap("## Enfants", "## Décisions automatisées")],
    "NONE-c": [rep("votre adresse e-mail", "votre adresse électronique"),
               rep("par e-mail", "par courrier électronique")],
}, "Wording only: 'adresse e-mail' -> 'adresse électronique', 'par e-mail' -> 'par courrier électronique'")

# --------------------------------------------------------------------------
# Dutch
# --------------------------------------------------------------------------
NL = """# Privacyverklaring
In deze privacyverklaring leggen wij uit hoe wij persoonsgegevens verwerken wanneer u Nimbus Backup gebruikt, onze dienst voor cloudopslag en back-ups.
## Verwerkingsverantwoordelijke en contact
De verwerkingsverantwoordelijke is Nimbus Backup B.V., Havenstraat 14, 3511 AB Utrecht, Nederland.
U kunt onze functionaris voor gegevensbescherming bereiken via privacy@nimbusbackup.example.
## Welke gegevens wij verzamelen
Wanneer u een account aanmaakt, verzamelen wij uw naam, e-mailadres en factuurgegevens.
Wij slaan de bestanden op die u uploadt, samen met metadata zoals bestandsnamen, bestandsgroottes en IP-adressen.
Onze website gebruikt uitsluitend cookies die strikt noodzakelijk zijn voor de werking ervan.
## Doeleinden en grondslagen
Wij verwerken uw gegevens om de back-updienst te leveren en de overeenkomst met u uit te voeren (artikel 6, lid 1, onder b, AVG).
Wij sturen u onze nieuwsbrief alleen met uw toestemming (artikel 6, lid 1, onder a, AVG).
## Ontvangers en subverwerkers
Wij maken gebruik van Hetzner Online GmbH voor hosting en van Stripe Payments Europe Ltd voor de betalingsverwerking.
Al onze subverwerkers zijn gebonden aan verwerkersovereenkomsten op grond van artikel 28 AVG.
## Doorgifte buiten de EU en opslaglocatie
Uw bestanden worden uitsluitend opgeslagen op servers in Duitsland, binnen de EU.
Stripe kan betalingsgegevens in de Verenigde Staten verwerken; deze doorgifte is gebaseerd op de standaardcontractbepalingen van de Europese Commissie.
## Bewaartermijnen
Wij verwijderen uw bestanden 30 dagen nadat u uw account hebt opgezegd.
Logbestanden worden na 12 maanden verwijderd.
## Beveiliging
Alle bestanden worden in rust versleuteld met AES-256 en tijdens de overdracht met TLS.
Tweefactorauthenticatie is beschikbaar voor alle accounts.
## Datalekken
Bij een inbreuk in verband met persoonsgegevens melden wij dit binnen 72 uur aan de Autoriteit Persoonsgegevens en informeren wij de betrokken gebruikers zonder onredelijke vertraging.
## Uw rechten
U hebt recht op inzage, rectificatie, gegevenswissing, beperking van de verwerking en overdraagbaarheid van gegevens, en u hebt het recht om bezwaar te maken tegen de verwerking.
U kunt uw toestemming op elk moment intrekken.
Daarnaast hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, zoals de Autoriteit Persoonsgegevens.
## Kinderen
Onze dienst is niet bedoeld voor personen jonger dan 16 jaar.
## Geautomatiseerde besluitvorming
Wij nemen geen besluiten die uitsluitend gebaseerd zijn op geautomatiseerde verwerking, met inbegrip van profilering.
## Verkoop van gegevens en kunstmatige intelligentie
Wij verkopen uw persoonsgegevens niet.
Wij gebruiken uw bestanden niet om AI-modellen te trainen.
## Wijzigingen in deze privacyverklaring
Wij brengen u ten minste 30 dagen voordat een wijziging van deze privacyverklaring van kracht wordt per e-mail op de hoogte.
Laatst bijgewerkt: 1 maart 2024"""

LANGS["nl"] = (NL, {
    "R01-a": [rep("Wij maken gebruik van Hetzner Online GmbH voor hosting en van Stripe Payments Europe Ltd voor de betalingsverwerking.",
                  "Wij maken gebruik van Hetzner Online GmbH voor hosting, van Stripe Payments Europe Ltd voor de betalingsverwerking en van Brevo SAS voor het versturen van e-mails.")],
    "R02-a": [rep("Wij verkopen uw persoonsgegevens niet.", "Wij kunnen uw persoonsgegevens verkopen aan geselecteerde derden.")],
    "R02-b": [dele("Wij verkopen uw persoonsgegevens niet.")],
    "R03-a": [rep("Wij gebruiken uw bestanden niet om AI-modellen te trainen.", "Wij kunnen uw bestanden gebruiken om onze AI-modellen te trainen en te verbeteren.")],
    "R03-b": [dele("Wij gebruiken uw bestanden niet om AI-modellen te trainen.")],
    "R04-a": [ins("Stripe kan betalingsgegevens in de Verenigde Staten verwerken; deze doorgifte is gebaseerd op de standaardcontractbepalingen van de Europese Commissie.",
                  "Ons klantenserviceteam in India kan toegang krijgen tot uw accountgegevens om uw vragen te behandelen.")],
    "R04-b": [rep("Stripe kan betalingsgegevens in de Verenigde Staten verwerken; deze doorgifte is gebaseerd op de standaardcontractbepalingen van de Europese Commissie.",
                  "Stripe kan betalingsgegevens in de Verenigde Staten verwerken.")],
    "R05-a": [rep("Uw bestanden worden uitsluitend opgeslagen op servers in Duitsland, binnen de EU.",
                  "Uw bestanden worden opgeslagen op servers in de Verenigde Staten.")],
    "R05-b": [rep("Uw bestanden worden uitsluitend opgeslagen op servers in Duitsland, binnen de EU.",
                  "Uw bestanden kunnen overal ter wereld op servers worden opgeslagen.")],
    "R06-a": [rep("Logbestanden worden na 12 maanden verwijderd.", "Logbestanden worden na 36 maanden verwijderd.")],
    "R06-b": [rep("Logbestanden worden na 12 maanden verwijderd.", "Logbestanden worden bewaard zolang dat nodig is.")],
    "R07-a": [rep("inzage, rectificatie, gegevenswissing, beperking", "inzage, rectificatie, beperking")],
    "R07-b": [ins("U hebt recht op inzage, rectificatie, gegevenswissing, beperking van de verwerking en overdraagbaarheid van gegevens, en u hebt het recht om bezwaar te maken tegen de verwerking.",
                  "Voor elk inzageverzoek rekenen wij een vergoeding van 25 euro.")],
    "R08-a": [dele("U kunt onze functionaris voor gegevensbescherming bereiken via privacy@nimbusbackup.example.")],
    "R08-b": [rep("U kunt onze functionaris voor gegevensbescherming bereiken via privacy@nimbusbackup.example.",
                  "Voor vragen over privacy kunt u contact opnemen met onze klantenservice via support@nimbusbackup.example.")],
    "R09-a": [rep("De verwerkingsverantwoordelijke is Nimbus Backup B.V., Havenstraat 14, 3511 AB Utrecht, Nederland.",
                  "De verwerkingsverantwoordelijke is Stratus Cloud Holding N.V., Kanaalweg 3, 1013 AB Amsterdam, Nederland.")],
    "R10-a": [rep("Wij sturen u onze nieuwsbrief alleen met uw toestemming (artikel 6, lid 1, onder a, AVG).",
                  "Wij sturen u onze nieuwsbrief op basis van ons gerechtvaardigd belang bij direct marketing (artikel 6, lid 1, onder f, AVG).")],
    "R11-a": [ins("Wij sturen u onze nieuwsbrief alleen met uw toestemming (artikel 6, lid 1, onder a, AVG).",
                  "Daarnaast gebruiken wij uw gebruiksgegevens voor marketingdoeleinden en marktonderzoek.")],
    "R12-a": [ins("Wanneer u een account aanmaakt, verzamelen wij uw naam, e-mailadres en factuurgegevens.",
                  "Als u onze mobiele app gebruikt, verzamelen wij ook uw precieze locatie.")],
    "R12-b": [ins("Wanneer u een account aanmaakt, verzamelen wij uw naam, e-mailadres en factuurgegevens.",
                  "Om uw identiteit te verifiëren, verwerken wij biometrische gegevens (gezichtsscans).")],
    "R13-a": [rep("Wij nemen geen besluiten die uitsluitend gebaseerd zijn op geautomatiseerde verwerking, met inbegrip van profilering.",
                  "Wij maken gebruik van geautomatiseerde besluitvorming, met inbegrip van profilering, om fraude op te sporen en kunnen accounts automatisch blokkeren.")],
    "R13-b": [dele("## Geautomatiseerde besluitvorming"),
              dele("Wij nemen geen besluiten die uitsluitend gebaseerd zijn op geautomatiseerde verwerking, met inbegrip van profilering.")],
    "R14-a": [rep("Alle bestanden worden in rust versleuteld met AES-256 en tijdens de overdracht met TLS.",
                  "Alle bestanden worden tijdens de overdracht versleuteld met TLS.")],
    "R14-b": [dele("Tweefactorauthenticatie is beschikbaar voor alle accounts.")],
    "R15-a": [dele("## Datalekken"),
              dele("Bij een inbreuk in verband met persoonsgegevens melden wij dit binnen 72 uur aan de Autoriteit Persoonsgegevens en informeren wij de betrokken gebruikers zonder onredelijke vertraging.")],
    "R15-b": [rep("Bij een inbreuk in verband met persoonsgegevens melden wij dit binnen 72 uur aan de Autoriteit Persoonsgegevens en informeren wij de betrokken gebruikers zonder onredelijke vertraging.",
                  "Wij informeren u over beveiligingsincidenten als wij dat passend achten.")],
    "R16-a": [rep("Wij brengen u ten minste 30 dagen voordat een wijziging van deze privacyverklaring van kracht wordt per e-mail op de hoogte.",
                  "Wij kunnen deze privacyverklaring op elk moment zonder voorafgaande kennisgeving wijzigen.")],
    "R19-a": [rep("Onze website gebruikt uitsluitend cookies die strikt noodzakelijk zijn voor de werking ervan.",
                  "Onze website gebruikt cookies die strikt noodzakelijk zijn voor de werking ervan, evenals Google Analytics en de Meta-pixel.")],
    "R20-a": [rep("personen jonger dan 16 jaar.", "personen jonger dan 13 jaar.")],
    "R21-a": [ins("Al onze subverwerkers zijn gebonden aan verwerkersovereenkomsten op grond van artikel 28 AVG.",
                  "Wij kunnen uw gegevens op verzoek verstrekken aan opsporingsinstanties en andere overheidsinstanties, ook zonder rechterlijk bevel.")],
    "R23-a": [rep("Laatst bijgewerkt: 1 maart 2024", "Laatst bijgewerkt: 15 september 2024")],
    "NONE-a": [rep("U kunt uw toestemming op elk moment intrekken.", "U kunt uw toestemming te allen tijde intrekken.")],
    "NONE-b": [swap("## Kinderen", "## Geautomatiseerde besluitvorming")],
    "NONE-c": [rep("samen met metadata zoals", "samen met metagegevens zoals")],
}, "Wording only: 'metadata' -> 'metagegevens'")

# --------------------------------------------------------------------------
# Swedish
# --------------------------------------------------------------------------
SV = """# Integritetspolicy
I denna integritetspolicy förklarar vi hur vi behandlar personuppgifter när du använder Nimbus Backup, vår tjänst för molnlagring och säkerhetskopiering.
## Personuppgiftsansvarig och kontakt
Personuppgiftsansvarig är Nimbus Backup AB, Hamngatan 14, 411 14 Göteborg, Sverige.
Du når vårt dataskyddsombud på dataskydd@nimbusbackup.example.
## Vilka uppgifter vi samlar in
När du skapar ett konto samlar vi in ditt namn, din e-postadress och dina faktureringsuppgifter.
Vi lagrar de filer du laddar upp tillsammans med metadata som filnamn, filstorlekar och IP-adresser.
Vår webbplats använder endast cookies som är nödvändiga för att webbplatsen ska fungera.
## Ändamål och rättslig grund
Vi behandlar dina uppgifter för att tillhandahålla säkerhetskopieringstjänsten och fullgöra vårt avtal med dig (artikel 6.1 b i GDPR).
Vi skickar vårt nyhetsbrev till dig endast med ditt samtycke (artikel 6.1 a i GDPR).
## Mottagare och personuppgiftsbiträden
Vi anlitar Hetzner Online GmbH för serverdrift och Stripe Payments Europe Ltd för betalningshantering.
Alla våra personuppgiftsbiträden är bundna av personuppgiftsbiträdesavtal enligt artikel 28 i GDPR.
## Överföring till tredjeland och lagringsplats
Dina filer lagras uteslutande på servrar i Tyskland, inom EU.
Stripe kan behandla betalningsuppgifter i USA; dessa överföringar skyddas av EU-kommissionens standardavtalsklausuler.
## Lagringstid
Vi raderar dina filer 30 dagar efter att du har avslutat ditt konto.
Loggfiler raderas efter 12 månader.
## Säkerhet
Alla filer krypteras i vila med AES-256 och under överföring med TLS.
Tvåfaktorsautentisering finns tillgänglig för alla konton.
## Personuppgiftsincidenter
Om en personuppgiftsincident inträffar anmäler vi den till Integritetsskyddsmyndigheten (IMY) inom 72 timmar och informerar berörda användare utan onödigt dröjsmål.
## Dina rättigheter
Du har rätt till tillgång, rättelse, radering, begränsning av behandling och dataportabilitet samt rätt att invända mot behandlingen.
Du kan när som helst återkalla ditt samtycke.
Du har också rätt att lämna in klagomål till en tillsynsmyndighet, till exempel Integritetsskyddsmyndigheten.
## Barn
Vår tjänst riktar sig inte till personer under 16 år.
## Automatiserade beslut
Vi fattar inga beslut som enbart grundas på automatiserad behandling, inbegripet profilering.
## Försäljning av uppgifter och artificiell intelligens
Vi säljer inte dina personuppgifter.
Vi använder inte dina filer för att träna AI-modeller.
## Ändringar i denna policy
Vi meddelar dig via e-post minst 30 dagar innan en ändring av denna policy träder i kraft.
Senast uppdaterad: 1 mars 2024"""

LANGS["sv"] = (SV, {
    "R01-a": [rep("Vi anlitar Hetzner Online GmbH för serverdrift och Stripe Payments Europe Ltd för betalningshantering.",
                  "Vi anlitar Hetzner Online GmbH för serverdrift, Stripe Payments Europe Ltd för betalningshantering och Brevo SAS för utskick av e-post.")],
    "R02-a": [rep("Vi säljer inte dina personuppgifter.", "Vi kan komma att sälja dina personuppgifter till utvalda tredje parter.")],
    "R02-b": [dele("Vi säljer inte dina personuppgifter.")],
    "R03-a": [rep("Vi använder inte dina filer för att träna AI-modeller.", "Vi kan använda dina filer för att träna och förbättra våra AI-modeller.")],
    "R03-b": [dele("Vi använder inte dina filer för att träna AI-modeller.")],
    "R04-a": [ins("Stripe kan behandla betalningsuppgifter i USA; dessa överföringar skyddas av EU-kommissionens standardavtalsklausuler.",
                  "Vårt kundsupportteam i Indien kan få åtkomst till dina kontouppgifter för att hantera dina ärenden.")],
    "R04-b": [rep("Stripe kan behandla betalningsuppgifter i USA; dessa överföringar skyddas av EU-kommissionens standardavtalsklausuler.",
                  "Stripe kan behandla betalningsuppgifter i USA.")],
    "R05-a": [rep("Dina filer lagras uteslutande på servrar i Tyskland, inom EU.", "Dina filer lagras på servrar i USA.")],
    "R05-b": [rep("Dina filer lagras uteslutande på servrar i Tyskland, inom EU.", "Dina filer kan lagras på servrar var som helst i världen.")],
    "R06-a": [rep("Loggfiler raderas efter 12 månader.", "Loggfiler raderas efter 36 månader.")],
    "R06-b": [rep("Loggfiler raderas efter 12 månader.", "Loggfiler sparas så länge det är nödvändigt.")],
    "R07-a": [rep("tillgång, rättelse, radering, begränsning", "tillgång, rättelse, begränsning")],
    "R07-b": [ins("Du har rätt till tillgång, rättelse, radering, begränsning av behandling och dataportabilitet samt rätt att invända mot behandlingen.",
                  "Vi tar ut en avgift på 250 kronor för varje begäran om registerutdrag.")],
    "R08-a": [dele("Du når vårt dataskyddsombud på dataskydd@nimbusbackup.example.")],
    "R08-b": [rep("Du når vårt dataskyddsombud på dataskydd@nimbusbackup.example.",
                  "Vid frågor om dataskydd kan du kontakta vår kundtjänst på support@nimbusbackup.example.")],
    "R09-a": [rep("Personuppgiftsansvarig är Nimbus Backup AB, Hamngatan 14, 411 14 Göteborg, Sverige.",
                  "Personuppgiftsansvarig är Stratus Cloud Holding AB, Kanalgatan 3, 111 22 Stockholm, Sverige.")],
    "R10-a": [rep("Vi skickar vårt nyhetsbrev till dig endast med ditt samtycke (artikel 6.1 a i GDPR).",
                  "Vi skickar vårt nyhetsbrev till dig med stöd av vårt berättigade intresse av direktmarknadsföring (artikel 6.1 f i GDPR).")],
    "R11-a": [ins("Vi skickar vårt nyhetsbrev till dig endast med ditt samtycke (artikel 6.1 a i GDPR).",
                  "Vi använder även dina användningsuppgifter för marknadsföring och marknadsundersökningar.")],
    "R12-a": [ins("När du skapar ett konto samlar vi in ditt namn, din e-postadress och dina faktureringsuppgifter.",
                  "Om du använder vår mobilapp samlar vi även in din exakta position.")],
    "R12-b": [ins("När du skapar ett konto samlar vi in ditt namn, din e-postadress och dina faktureringsuppgifter.",
                  "För att verifiera din identitet behandlar vi biometriska uppgifter (ansiktsskanningar).")],
    "R13-a": [rep("Vi fattar inga beslut som enbart grundas på automatiserad behandling, inbegripet profilering.",
                  "Vi använder automatiserat beslutsfattande, inbegripet profilering, för att upptäcka bedrägerier och kan automatiskt stänga av konton.")],
    "R13-b": [dele("## Automatiserade beslut"),
              dele("Vi fattar inga beslut som enbart grundas på automatiserad behandling, inbegripet profilering.")],
    "R14-a": [rep("Alla filer krypteras i vila med AES-256 och under överföring med TLS.", "Alla filer krypteras under överföring med TLS.")],
    "R14-b": [dele("Tvåfaktorsautentisering finns tillgänglig för alla konton.")],
    "R15-a": [dele("## Personuppgiftsincidenter"),
              dele("Om en personuppgiftsincident inträffar anmäler vi den till Integritetsskyddsmyndigheten (IMY) inom 72 timmar och informerar berörda användare utan onödigt dröjsmål.")],
    "R15-b": [rep("Om en personuppgiftsincident inträffar anmäler vi den till Integritetsskyddsmyndigheten (IMY) inom 72 timmar och informerar berörda användare utan onödigt dröjsmål.",
                  "Vi informerar dig om säkerhetsincidenter om vi anser att det är lämpligt.")],
    "R16-a": [rep("Vi meddelar dig via e-post minst 30 dagar innan en ändring av denna policy träder i kraft.",
                  "Vi kan ändra denna policy när som helst utan föregående meddelande.")],
    "R19-a": [rep("Vår webbplats använder endast cookies som är nödvändiga för att webbplatsen ska fungera.",
                  "Vår webbplats använder cookies som är nödvändiga för att webbplatsen ska fungera samt Google Analytics och Meta-pixeln.")],
    "R20-a": [rep("personer under 16 år.", "personer under 13 år.")],
    "R21-a": [ins("Alla våra personuppgiftsbiträden är bundna av personuppgiftsbiträdesavtal enligt artikel 28 i GDPR.",
                  "Vi kan lämna ut dina uppgifter till brottsbekämpande myndigheter och andra myndigheter på begäran, även utan domstolsbeslut.")],
    "R23-a": [rep("Senast uppdaterad: 1 mars 2024", "Senast uppdaterad: 15 september 2024")],
    "NONE-a": [rep("Du kan när som helst återkalla ditt samtycke.", "Du kan återkalla ditt samtycke när som helst.")],
    "NONE-b": [swap("## Barn", "## Automatiserade beslut")],
    "NONE-c": [repall("i GDPR)", "i dataskyddsförordningen)"),
               rep("artikel 28 i GDPR.", "artikel 28 i dataskyddsförordningen.")],
}, "Wording only: 'GDPR' -> 'dataskyddsförordningen' in all article references")

# --------------------------------------------------------------------------
# Finnish
# --------------------------------------------------------------------------
FI = """# Tietosuojaseloste
Tässä tietosuojaselosteessa kerromme, miten käsittelemme henkilötietoja, kun käytät Nimbus Backup -pilvitallennus- ja varmuuskopiointipalveluamme.
## Rekisterinpitäjä ja yhteystiedot
Rekisterinpitäjä on Nimbus Backup Oy, Satamakatu 14, 33200 Tampere, Suomi.
Tietosuojavastaavamme tavoitat osoitteesta tietosuoja@nimbusbackup.example.
## Keräämämme tiedot
Kun luot tilin, keräämme nimesi, sähköpostiosoitteesi ja laskutustietosi.
Tallennamme lataamasi tiedostot sekä metatiedot, kuten tiedostojen nimet, tiedostokoot ja IP-osoitteet.
Verkkosivustomme käyttää vain sivuston toiminnan kannalta välttämättömiä evästeitä.
## Käsittelyn tarkoitukset ja oikeusperusteet
Käsittelemme tietojasi varmuuskopiointipalvelun tarjoamiseksi ja kanssasi tehdyn sopimuksen täyttämiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta).
Lähetämme uutiskirjeemme vain suostumuksellasi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta).
## Vastaanottajat ja henkilötietojen käsittelijät
Käytämme palvelinpalveluihin Hetzner Online GmbH:ta ja maksujen käsittelyyn Stripe Payments Europe Ltd:tä.
Kaikkia käsittelijöitämme sitovat tietosuoja-asetuksen 28 artiklan mukaiset käsittelysopimukset.
## Tietojen siirrot ja säilytyspaikka
Tiedostosi tallennetaan ainoastaan Saksassa sijaitseville palvelimille EU:n alueella.
Stripe voi käsitellä maksutietoja Yhdysvalloissa; siirrot perustuvat Euroopan komission vakiosopimuslausekkeisiin.
## Säilytysajat
Poistamme tiedostosi 30 päivän kuluttua tilisi sulkemisesta.
Lokitiedostot poistetaan 12 kuukauden kuluttua.
## Tietoturva
Kaikki tiedostot salataan levossa AES-256-salauksella ja siirron aikana TLS-salauksella.
Kaksivaiheinen tunnistautuminen on käytettävissä kaikilla tileillä.
## Tietoturvaloukkaukset
Jos tapahtuu henkilötietojen tietoturvaloukkaus, ilmoitamme siitä valvontaviranomaiselle 72 tunnin kuluessa ja tiedotamme asianomaisille käyttäjille ilman aiheetonta viivytystä.
## Oikeutesi
Sinulla on oikeus saada pääsy tietoihisi, oikeus tietojen oikaisemiseen ja poistamiseen, oikeus käsittelyn rajoittamiseen, oikeus siirtää tiedot järjestelmästä toiseen sekä oikeus vastustaa käsittelyä.
Voit peruuttaa suostumuksesi milloin tahansa.
Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle, Suomessa tietosuojavaltuutetun toimistolle.
## Lapset
Palveluamme ei ole tarkoitettu alle 16-vuotiaille.
## Automaattiset päätökset
Emme tee päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, profilointi mukaan lukien.
## Tietojen myynti ja tekoäly
Emme myy henkilötietojasi.
Emme käytä tiedostojasi tekoälymallien kouluttamiseen.
## Muutokset tähän tietosuojaselosteeseen
Ilmoitamme sinulle sähköpostitse vähintään 30 päivää ennen kuin tähän tietosuojaselosteeseen tehty muutos tulee voimaan.
Päivitetty viimeksi: 1.3.2024"""

LANGS["fi"] = (FI, {
    "R01-a": [rep("Käytämme palvelinpalveluihin Hetzner Online GmbH:ta ja maksujen käsittelyyn Stripe Payments Europe Ltd:tä.",
                  "Käytämme palvelinpalveluihin Hetzner Online GmbH:ta, maksujen käsittelyyn Stripe Payments Europe Ltd:tä ja sähköpostien lähettämiseen Brevo SAS:ää.")],
    "R02-a": [rep("Emme myy henkilötietojasi.", "Voimme myydä henkilötietojasi valikoiduille kolmansille osapuolille.")],
    "R02-b": [dele("Emme myy henkilötietojasi.")],
    "R03-a": [rep("Emme käytä tiedostojasi tekoälymallien kouluttamiseen.", "Voimme käyttää tiedostojasi tekoälymalliemme kouluttamiseen ja kehittämiseen.")],
    "R03-b": [dele("Emme käytä tiedostojasi tekoälymallien kouluttamiseen.")],
    "R04-a": [ins("Stripe voi käsitellä maksutietoja Yhdysvalloissa; siirrot perustuvat Euroopan komission vakiosopimuslausekkeisiin.",
                  "Intiassa toimiva asiakastukitiimimme voi käsitellä tilitietojasi yhteydenottojesi hoitamiseksi.")],
    "R04-b": [rep("Stripe voi käsitellä maksutietoja Yhdysvalloissa; siirrot perustuvat Euroopan komission vakiosopimuslausekkeisiin.",
                  "Stripe voi käsitellä maksutietoja Yhdysvalloissa.")],
    "R05-a": [rep("Tiedostosi tallennetaan ainoastaan Saksassa sijaitseville palvelimille EU:n alueella.",
                  "Tiedostosi tallennetaan Yhdysvalloissa sijaitseville palvelimille.")],
    "R05-b": [rep("Tiedostosi tallennetaan ainoastaan Saksassa sijaitseville palvelimille EU:n alueella.",
                  "Tiedostosi voidaan tallentaa palvelimille missä tahansa päin maailmaa.")],
    "R06-a": [rep("Lokitiedostot poistetaan 12 kuukauden kuluttua.", "Lokitiedostot poistetaan 36 kuukauden kuluttua.")],
    "R06-b": [rep("Lokitiedostot poistetaan 12 kuukauden kuluttua.", "Lokitiedostoja säilytetään niin kauan kuin on tarpeen.")],
    "R07-a": [rep("oikeus tietojen oikaisemiseen ja poistamiseen,", "oikeus tietojen oikaisemiseen,")],
    "R07-b": [ins("Sinulla on oikeus saada pääsy tietoihisi, oikeus tietojen oikaisemiseen ja poistamiseen, oikeus käsittelyn rajoittamiseen, oikeus siirtää tiedot järjestelmästä toiseen sekä oikeus vastustaa käsittelyä.",
                  "Perimme jokaisesta tietojen tarkastuspyynnöstä 25 euron käsittelymaksun.")],
    "R08-a": [dele("Tietosuojavastaavamme tavoitat osoitteesta tietosuoja@nimbusbackup.example.")],
    "R08-b": [rep("Tietosuojavastaavamme tavoitat osoitteesta tietosuoja@nimbusbackup.example.",
                  "Tietosuojaa koskevissa kysymyksissä voit ottaa yhteyttä asiakaspalveluumme osoitteessa support@nimbusbackup.example.")],
    "R09-a": [rep("Rekisterinpitäjä on Nimbus Backup Oy, Satamakatu 14, 33200 Tampere, Suomi.",
                  "Rekisterinpitäjä on Stratus Cloud Holding Oy, Kanavakatu 3, 00160 Helsinki, Suomi.")],
    "R10-a": [rep("Lähetämme uutiskirjeemme vain suostumuksellasi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta).",
                  "Lähetämme uutiskirjeemme suoramarkkinointia koskevan oikeutetun etumme perusteella (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta).")],
    "R11-a": [ins("Lähetämme uutiskirjeemme vain suostumuksellasi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta).",
                  "Käytämme käyttötietojasi myös markkinointiin ja markkinatutkimukseen.")],
    "R12-a": [ins("Kun luot tilin, keräämme nimesi, sähköpostiosoitteesi ja laskutustietosi.",
                  "Jos käytät mobiilisovellustamme, keräämme myös tarkan sijaintisi.")],
    "R12-b": [ins("Kun luot tilin, keräämme nimesi, sähköpostiosoitteesi ja laskutustietosi.",
                  "Henkilöllisyytesi varmistamiseksi käsittelemme biometrisiä tietoja (kasvojen skannauksia).")],
    "R13-a": [rep("Emme tee päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, profilointi mukaan lukien.",
                  "Käytämme automaattista päätöksentekoa, profilointi mukaan lukien, väärinkäytösten havaitsemiseen ja voimme sulkea tilejä automaattisesti.")],
    "R13-b": [dele("## Automaattiset päätökset"),
              dele("Emme tee päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, profilointi mukaan lukien.")],
    "R14-a": [rep("Kaikki tiedostot salataan levossa AES-256-salauksella ja siirron aikana TLS-salauksella.",
                  "Kaikki tiedostot salataan siirron aikana TLS-salauksella.")],
    "R14-b": [dele("Kaksivaiheinen tunnistautuminen on käytettävissä kaikilla tileillä.")],
    "R15-a": [dele("## Tietoturvaloukkaukset"),
              dele("Jos tapahtuu henkilötietojen tietoturvaloukkaus, ilmoitamme siitä valvontaviranomaiselle 72 tunnin kuluessa ja tiedotamme asianomaisille käyttäjille ilman aiheetonta viivytystä.")],
    "R15-b": [rep("Jos tapahtuu henkilötietojen tietoturvaloukkaus, ilmoitamme siitä valvontaviranomaiselle 72 tunnin kuluessa ja tiedotamme asianomaisille käyttäjille ilman aiheetonta viivytystä.",
                  "Tiedotamme sinulle tietoturvapoikkeamista, jos katsomme sen aiheelliseksi.")],
    "R16-a": [rep("Ilmoitamme sinulle sähköpostitse vähintään 30 päivää ennen kuin tähän tietosuojaselosteeseen tehty muutos tulee voimaan.",
                  "Voimme muuttaa tätä tietosuojaselostetta milloin tahansa ilman ennakkoilmoitusta.")],
    "R19-a": [rep("Verkkosivustomme käyttää vain sivuston toiminnan kannalta välttämättömiä evästeitä.",
                  "Verkkosivustomme käyttää sivuston toiminnan kannalta välttämättömiä evästeitä sekä Google Analyticsia ja Meta-pikseliä.")],
    "R20-a": [rep("alle 16-vuotiaille.", "alle 13-vuotiaille.")],
    "R21-a": [ins("Kaikkia käsittelijöitämme sitovat tietosuoja-asetuksen 28 artiklan mukaiset käsittelysopimukset.",
                  "Voimme luovuttaa tietojasi pyynnöstä lainvalvontaviranomaisille ja muille viranomaisille myös ilman tuomioistuimen päätöstä.")],
    "R23-a": [rep("Päivitetty viimeksi: 1.3.2024", "Päivitetty viimeksi: 15.9.2024")],
    "NONE-a": [rep("Voit peruuttaa suostumuksesi milloin tahansa.", "Voit milloin tahansa peruuttaa antamasi suostumuksen.")],
    "NONE-b": [swap("## Lapset", "## Automaattiset päätökset")],
    "NONE-c": [rep("Ilmoitamme sinulle sähköpostitse", "Ilmoitamme sinulle sähköpostilla")],
}, "Wording only: 'sähköpostitse' -> 'sähköpostilla' (both mean 'by e-mail')")

# --------------------------------------------------------------------------
# Slovenian
# --------------------------------------------------------------------------
SL = """# Politika zasebnosti
V tej politiki zasebnosti pojasnjujemo, kako obdelujemo osebne podatke, ko uporabljate Nimbus Backup, našo storitev za shranjevanje v oblaku in varnostno kopiranje.
## Upravljavec in kontakt
Upravljavec je Nimbus Backup d.o.o., Pristaniška ulica 14, 1000 Ljubljana, Slovenija.
Naša pooblaščena oseba za varstvo podatkov je dosegljiva na naslovu zasebnost@nimbusbackup.example.
## Katere podatke zbiramo
Ko ustvarite račun, zbiramo vaše ime, e-poštni naslov in podatke za obračun.
Shranjujemo datoteke, ki jih naložite, skupaj z metapodatki, kot so imena datotek, velikosti datotek in IP-naslovi.
Naše spletno mesto uporablja samo piškotke, ki so nujno potrebni za njegovo delovanje.
## Nameni in pravne podlage
Vaše podatke obdelujemo za zagotavljanje storitve varnostnega kopiranja in za izpolnitev pogodbe z vami (točka (b) prvega odstavka 6. člena Splošne uredbe o varstvu podatkov).
E-novice vam pošiljamo samo z vašo privolitvijo (točka (a) prvega odstavka 6. člena Splošne uredbe o varstvu podatkov).
## Uporabniki in obdelovalci
Za gostovanje uporabljamo družbo Hetzner Online GmbH, za obdelavo plačil pa družbo Stripe Payments Europe Ltd.
Vse naše obdelovalce zavezujejo pogodbe o obdelavi osebnih podatkov v skladu z 28. členom Splošne uredbe o varstvu podatkov.
## Prenosi v tretje države in lokacija shranjevanja
Vaše datoteke so shranjene izključno na strežnikih v Nemčiji, znotraj EU.
Stripe lahko obdeluje plačilne podatke v ZDA; ti prenosi temeljijo na standardnih pogodbenih klavzulah Evropske komisije.
## Obdobje hrambe
Vaše datoteke izbrišemo 30 dni po zaprtju vašega računa.
Dnevniške datoteke izbrišemo po 12 mesecih.
## Varnost
Vse datoteke so šifrirane v mirovanju z AES-256 in med prenosom s TLS.
Za vse račune je na voljo dvofaktorska avtentikacija.
## Kršitve varnosti osebnih podatkov
V primeru kršitve varnosti osebnih podatkov bomo o tem v 72 urah uradno obvestili nadzorni organ in brez nepotrebnega odlašanja obvestili prizadete uporabnike.
## Vaše pravice
Imate pravico do dostopa, popravka, izbrisa, omejitve obdelave in prenosljivosti podatkov ter pravico do ugovora obdelavi.
Privolitev lahko kadar koli prekličete.
Imate tudi pravico, da vložite pritožbo pri nadzornem organu, v Sloveniji pri Informacijskem pooblaščencu.
## Otroci
Naša storitev ni namenjena osebam, mlajšim od 16 let.
## Avtomatizirano odločanje
Ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi, vključno z oblikovanjem profilov.
## Prodaja podatkov in umetna inteligenca
Vaših osebnih podatkov ne prodajamo.
Vaših datotek ne uporabljamo za učenje modelov umetne inteligence.
## Spremembe te politike
O vsaki spremembi te politike vas bomo po e-pošti obvestili vsaj 30 dni pred njeno uveljavitvijo.
Zadnja posodobitev: 1. marca 2024"""

LANGS["sl"] = (SL, {
    "R01-a": [rep("Za gostovanje uporabljamo družbo Hetzner Online GmbH, za obdelavo plačil pa družbo Stripe Payments Europe Ltd.",
                  "Za gostovanje uporabljamo družbo Hetzner Online GmbH, za obdelavo plačil družbo Stripe Payments Europe Ltd, za pošiljanje e-poštnih sporočil pa družbo Brevo SAS.")],
    "R02-a": [rep("Vaših osebnih podatkov ne prodajamo.", "Vaše osebne podatke lahko prodamo izbranim tretjim osebam.")],
    "R02-b": [dele("Vaših osebnih podatkov ne prodajamo.")],
    "R03-a": [rep("Vaših datotek ne uporabljamo za učenje modelov umetne inteligence.",
                  "Vaše datoteke lahko uporabimo za učenje in izboljševanje naših modelov umetne inteligence.")],
    "R03-b": [dele("Vaših datotek ne uporabljamo za učenje modelov umetne inteligence.")],
    "R04-a": [ins("Stripe lahko obdeluje plačilne podatke v ZDA; ti prenosi temeljijo na standardnih pogodbenih klavzulah Evropske komisije.",
                  "Naša ekipa za podporo strankam v Indiji lahko dostopa do podatkov vašega računa, da obravnava vaše zahteve.")],
    "R04-b": [rep("Stripe lahko obdeluje plačilne podatke v ZDA; ti prenosi temeljijo na standardnih pogodbenih klavzulah Evropske komisije.",
                  "Stripe lahko obdeluje plačilne podatke v ZDA.")],
    "R05-a": [rep("Vaše datoteke so shranjene izključno na strežnikih v Nemčiji, znotraj EU.", "Vaše datoteke so shranjene na strežnikih v ZDA.")],
    "R05-b": [rep("Vaše datoteke so shranjene izključno na strežnikih v Nemčiji, znotraj EU.", "Vaše datoteke so lahko shranjene na strežnikih kjer koli na svetu.")],
    "R06-a": [rep("Dnevniške datoteke izbrišemo po 12 mesecih.", "Dnevniške datoteke izbrišemo po 36 mesecih.")],
    "R06-b": [rep("Dnevniške datoteke izbrišemo po 12 mesecih.", "Dnevniške datoteke hranimo, dokler je to potrebno.")],
    "R07-a": [rep("dostopa, popravka, izbrisa, omejitve", "dostopa, popravka, omejitve")],
    "R07-b": [ins("Imate pravico do dostopa, popravka, izbrisa, omejitve obdelave in prenosljivosti podatkov ter pravico do ugovora obdelavi.",
                  "Za vsako zahtevo za dostop zaračunamo pristojbino v višini 25 EUR.")],
    "R08-a": [dele("Naša pooblaščena oseba za varstvo podatkov je dosegljiva na naslovu zasebnost@nimbusbackup.example.")],
    "R08-b": [rep("Naša pooblaščena oseba za varstvo podatkov je dosegljiva na naslovu zasebnost@nimbusbackup.example.",
                  "Za vprašanja glede varstva podatkov se obrnite na našo službo za pomoč strankam na naslovu support@nimbusbackup.example.")],
    "R09-a": [rep("Upravljavec je Nimbus Backup d.o.o., Pristaniška ulica 14, 1000 Ljubljana, Slovenija.",
                  "Upravljavec je Stratus Cloud Holding d.d., Kanalska cesta 3, 2000 Maribor, Slovenija.")],
    "R10-a": [rep("E-novice vam pošiljamo samo z vašo privolitvijo (točka (a) prvega odstavka 6. člena Splošne uredbe o varstvu podatkov).",
                  "E-novice vam pošiljamo na podlagi našega zakonitega interesa za neposredno trženje (točka (f) prvega odstavka 6. člena Splošne uredbe o varstvu podatkov).")],
    "R11-a": [ins("E-novice vam pošiljamo samo z vašo privolitvijo (točka (a) prvega odstavka 6. člena Splošne uredbe o varstvu podatkov).",
                  "Vaše podatke o uporabi uporabljamo tudi za namene trženja in raziskave trga.")],
    "R12-a": [ins("Ko ustvarite račun, zbiramo vaše ime, e-poštni naslov in podatke za obračun.",
                  "Če uporabljate našo mobilno aplikacijo, zbiramo tudi vašo natančno lokacijo.")],
    "R12-b": [ins("Ko ustvarite račun, zbiramo vaše ime, e-poštni naslov in podatke za obračun.",
                  "Za preverjanje vaše identitete obdelujemo biometrične podatke (posnetke obraza).")],
    "R13-a": [rep("Ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi, vključno z oblikovanjem profilov.",
                  "Za odkrivanje goljufij uporabljamo avtomatizirano odločanje, vključno z oblikovanjem profilov, in lahko samodejno blokiramo račune.")],
    "R13-b": [dele("## Avtomatizirano odločanje"),
              dele("Ne sprejemamo odločitev, ki bi temeljile izključno na avtomatizirani obdelavi, vključno z oblikovanjem profilov.")],
    "R14-a": [rep("Vse datoteke so šifrirane v mirovanju z AES-256 in med prenosom s TLS.", "Vse datoteke so šifrirane med prenosom s TLS.")],
    "R14-b": [dele("Za vse račune je na voljo dvofaktorska avtentikacija.")],
    "R15-a": [dele("## Kršitve varnosti osebnih podatkov"),
              dele("V primeru kršitve varnosti osebnih podatkov bomo o tem v 72 urah uradno obvestili nadzorni organ in brez nepotrebnega odlašanja obvestili prizadete uporabnike.")],
    "R15-b": [rep("V primeru kršitve varnosti osebnih podatkov bomo o tem v 72 urah uradno obvestili nadzorni organ in brez nepotrebnega odlašanja obvestili prizadete uporabnike.",
                  "O varnostnih incidentih vas bomo obvestili, če bomo menili, da je to primerno.")],
    "R16-a": [rep("O vsaki spremembi te politike vas bomo po e-pošti obvestili vsaj 30 dni pred njeno uveljavitvijo.",
                  "To politiko lahko kadar koli spremenimo brez predhodnega obvestila.")],
    "R19-a": [rep("Naše spletno mesto uporablja samo piškotke, ki so nujno potrebni za njegovo delovanje.",
                  "Naše spletno mesto uporablja piškotke, ki so nujno potrebni za njegovo delovanje, ter Google Analytics in Meta Pixel.")],
    "R20-a": [rep("mlajšim od 16 let.", "mlajšim od 13 let.")],
    "R21-a": [ins("Vse naše obdelovalce zavezujejo pogodbe o obdelavi osebnih podatkov v skladu z 28. členom Splošne uredbe o varstvu podatkov.",
                  "Vaše podatke lahko na zahtevo posredujemo organom kazenskega pregona in drugim državnim organom, tudi brez sodne odredbe.")],
    "R23-a": [rep("Zadnja posodobitev: 1. marca 2024", "Zadnja posodobitev: 15. septembra 2024")],
    "NONE-a": [rep("Privolitev lahko kadar koli prekličete.", "Svojo privolitev lahko prekličete kadar koli.")],
    "NONE-b": [swap("## Otroci", "## Avtomatizirano odločanje")],
    "NONE-c": [rep("vas bomo po e-pošti obvestili", "vas bomo po elektronski pošti obvestili")],
}, "Wording only: 'po e-pošti' -> 'po elektronski pošti'")


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def build_cases() -> list[dict[str, Any]]:
    """Every case, built from the bases by the edit operations (each asserted to match exactly once)."""
    cases = []
    for lang, (base, edits, none_c_desc) in LANGS.items():
        assert set(edits) == set(META), f"{lang}: edit keys mismatch: {set(META) ^ set(edits)}"
        for line in base.split("\n"):
            assert line.strip() == line and line, f"{lang}: bad line {line!r}"
        for key, (expect, desc) in META.items():
            cid = f"{lang}-{key}"
            after = apply_ops(base, edits[key], cid)
            assert after != base, f"{cid}: after identical to before"
            cases.append({"lang": lang, "id": cid, "expect": list(expect), "before": base, "after": after,
                          "edit": none_c_desc if key == "NONE-c" else desc})
    assert len({c["id"] for c in cases}) == len(cases)
    return cases
