"""Compliance checks: rule engine, multilingual cues with polarity, values, requirements, signals,
bad input, the CLI commands and the database re-check (real fixture policies, real SQLite)."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from monitor.checks.engine import CheckInputError, check_text
from monitor.checks.rules import SHIPPED_RULES_DIR, RulePackError, load_rules
from monitor.checks.segment import split_passages, split_sentences
from monitor.checks.signals import recheck

SITES = Path(__file__).resolve().parents[1] / "monitor" / "demo" / "sites"


def site_text(vendor: str, version: str = "") -> str:
    return (SITES / vendor / f"privacy{version}.expected.txt").read_text(encoding="utf-8")


def finding(report, item_id):  # type: ignore[no-untyped-def]
    found = report.finding(item_id)
    assert found is not None, item_id
    return found


# --- rule packs -------------------------------------------------------------------------------

def test_shipped_rules_cover_seven_languages_and_every_item() -> None:
    rules = load_rules()
    assert {"en", "sl", "sv", "fi", "nl", "de", "fr"} <= set(rules.languages)
    assert sorted(rules.checklist) == [f"C{n:02d}" for n in range(1, 33)]
    for lang in ("en", "sl", "sv", "fi", "nl", "de", "fr"):
        missing = [i for i in rules.checklist if i not in rules.packs[lang].cues]
        assert missing == [], f"{lang} has no cues for {missing}"


def _copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    target.mkdir()
    for path in SHIPPED_RULES_DIR.glob("*.yaml"):
        (target / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def test_invalid_regex_is_reported_at_load_time_with_file_and_rule(tmp_path: Path) -> None:
    rules_dir = _copy_rules(tmp_path)
    (rules_dir / "mine.sv.yaml").write_text(
        "kind: language_pack\nlanguage: sv\nitems:\n  C11:\n    cues: ['\\bsparas\\b', '(unclosed']\n", encoding="utf-8"
    )
    with pytest.raises(RulePackError) as error:
        load_rules([rules_dir])
    message = str(error.value)
    assert "mine.sv.yaml" in message and "items.C11.cues[1]" in message and "(unclosed" in message


def test_unknown_item_id_is_reported_at_load_time(tmp_path: Path) -> None:
    rules_dir = _copy_rules(tmp_path)
    (rules_dir / "typo.yaml").write_text("kind: language_pack\nlanguage: en\nitems:\n  C99:\n    cues: [x]\n", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"typo\.yaml: items\.C99: unknown item id 'C99'"):
        load_rules([rules_dir])


def test_requirement_errors_name_the_rule(tmp_path: Path) -> None:
    rules_dir = _copy_rules(tmp_path)
    (rules_dir / "req.yaml").write_text(
        "kind: requirements\nrequirements:\n"
        "  - {id: eu-only, title: EU only, value: [C29.locations], within: [EEA]}\n"
        "  - {id: bad-cue, title: Bad, expect: present, cues: {en: ['[a-']}}\n",
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match=r"req\.yaml: requirements \(rule 'bad-cue'\)\.cues\.en\[0\]: invalid regular expression"):
        load_rules([rules_dir])
    (rules_dir / "req.yaml").write_text(
        "kind: requirements\nrequirements:\n  - {id: ai, title: AI, item: C77, expect: absent}\n", encoding="utf-8"
    )
    with pytest.raises(RulePackError, match=r"req\.yaml: requirements \(rule 'ai'\): item: unknown item id 'C77'"):
        load_rules([rules_dir])


# --- segmentation ----------------------------------------------------------------------------

def test_remembered_sentence_verdicts_give_the_findings_of_a_fresh_check() -> None:
    """Checking a version after its predecessor reuses the shared sentences' verdicts, with no effect
    on the result."""
    from monitor.checks.language import detect_language

    rules = load_rules()
    before, after = site_text("koofr"), site_text("koofr", ".v2")
    check_text(before, rules=rules)
    remembered = check_text(after, rules=rules).as_contract()
    assert any(pack.sentence_verdicts for pack in rules.packs.values())
    for pack in rules.packs.values():
        pack.sentence_verdicts.clear()
    detect_language.cache_clear()
    assert check_text(after, rules=rules).as_contract() == remembered


def test_sentence_memos_keep_a_long_policy_and_no_more() -> None:
    """The per-sentence memos span a re-check of a long policy (its second reading is served from
    them, with the findings of a fresh check) and stay bounded however many texts a process checks."""
    from monitor.checks import values

    rules = load_rules()
    long_policy = "\n".join(f"Backups of account {i} are stored on servers in Germany." for i in range(4_000))
    first = check_text(long_policy, rules=rules).as_contract()
    memos = (values._PLACES_MEMO, values._LABELS_MEMO)
    held = [len(memo._entries) for memo in memos]
    assert all(4_000 <= n <= values.SENTENCES_KEPT for n in held)
    assert check_text(long_policy, rules=rules).as_contract() == first
    assert [len(memo._entries) for memo in memos] == held  # served from the memos: nothing new remembered

    more = "\n".join(f"We transfer data of customer {i} to the United States under standard contractual clauses."
                     for i in range(6_000))
    check_text(more, rules=rules)
    assert all(len(memo._entries) == values.SENTENCES_KEPT for memo in memos)


def test_passages_keep_heading_path_and_offsets() -> None:
    text = "# Policy\n## 5. Data retention\n- Logs: we keep logs for 3 months. Then we delete them.\n"
    passages = split_passages(text)
    item = passages[2]
    assert item.kind == "list_item" and item.heading_path == ("Policy", "5. Data retention")
    assert text[item.start:item.end] == "Logs: we keep logs for 3 months. Then we delete them."
    sentences = split_sentences(item)
    assert [s.text for s in sentences] == ["Logs: we keep logs for 3 months.", "Then we delete them."]
    assert text[sentences[1].start:sentences[1].end] == "Then we delete them."


# --- findings, polarity, values ---------------------------------------------------------------

def test_slovenian_and_swedish_retention_sentences_give_days() -> None:
    sl = check_text("## Hramba podatkov\nStrežniške dnevnike hranimo tri mesece, nato se samodejno izbrišejo.\n")
    assert sl.language == "sl"
    c11 = finding(sl, "C11")
    assert c11.status == "present" and c11.value["max_days"] == 91
    sv = check_text("## Hur länge vi sparar uppgifterna\nVi sparar dina personuppgifter i 24 månader efter att ditt konto har avslutats.\n")
    assert sv.language == "sv"
    assert finding(sv, "C11").value["max_days"] == 730
    fi = check_text("Säilytämme henkilötietojasi 24 kuukautta tilisi sulkemisen jälkeen, minkä jälkeen ne poistetaan.")
    assert fi.language == "fi" and finding(fi, "C11").value["max_days"] == 730


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case Slovenian letter after an ordinal ("6. člena") does not start a sentence
    ("Podatke obdelujemo na podlagi 6. člena Splošne uredbe o varstvu podatkov. Druga poved je tu.",
     ["Podatke obdelujemo na podlagi 6. člena Splošne uredbe o varstvu podatkov.", "Druga poved je tu."]),
    # nor does a German month after the day ("1. März 2024")
    ("Stand dieser Datenschutzerklärung: 1. März 2024. Wir können sie ändern, wenn nötig.",
     ["Stand dieser Datenschutzerklärung: 1. März 2024.", "Wir können sie ändern, wenn nötig."]),
    ("We updated this policy in 2024. We may change it, as described in section 5. The rest follows.",
     ["We updated this policy in 2024.", "We may change it, as described in section 5.", "The rest follows."]),
    ("Za obdelavo odgovarja podjetje. Šola podatkov ne prejme, razen kadar to zahteva zakon.",
     ["Za obdelavo odgovarja podjetje.", "Šola podatkov ne prejme, razen kadar to zahteva zakon."]),
    # Markdown emphasis around a sentence end, as in an Open Terms Archive version
    ("Please stop using the Services now. **By using them, you agree.** We may use ****Third-Party Content.**** Then more.",
     ["Please stop using the Services now.", "**By using them, you agree.**", "We may use ****Third-Party Content.****",
      "Then more."]),
    # an initialism before a capitalised word ends no sentence
    ("We certified to the U.S. Department of Commerce that we adhere to the EU-U.S. Data Privacy Framework. Then more.",
     ["We certified to the U.S. Department of Commerce that we adhere to the EU-U.S. Data Privacy Framework.", "Then more."]),
    # a leading number is no sentence ("**13.** Controls ...")
    ("**13.** CONTROLS FOR DO-NOT-TRACK FEATURES AND SIGNALS", ["**13.** CONTROLS FOR DO-NOT-TRACK FEATURES AND SIGNALS"]),
])
def test_sentences_end_before_an_upper_case_letter_only(text: str, expected: list[str]) -> None:
    from monitor.checks.segment import split_passages, split_sentences

    [passage] = split_passages(text)
    assert [s.text for s in split_sentences(passage)] == expected


def test_a_german_date_with_an_ordinal_day_dates_the_policy() -> None:
    report = check_text("# Datenschutz\nStand dieser Datenschutzerklärung: 1. März 2024.\n", language="de")
    assert finding(report, "C28").value["last_updated"] == "2024-03-01"


def test_evidence_has_sentence_heading_path_and_offsets() -> None:
    text = site_text("koofr")
    report = check_text(text)
    evidence = finding(report, "C11").evidence
    retention = next(e for e in evidence if "tri mesece" in e.text)
    assert retention.heading_path == ("Politika zasebnosti", "10. Hramba podatkov")
    assert text[retention.start:retention.end] == retention.text
    assert retention.language == "sl"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("We do not sell your personal data to anyone, and we never will.", "en"),
        ("Vi säljer aldrig dina personuppgifter till någon annan än oss själva.", "sv"),
        ("Vaših osebnih podatkov nikoli ne prodamo in jih ne predamo oglaševalcem.", "sl"),
        ("Emme koskaan myy henkilötietojasi kenellekään ulkopuoliselle taholle.", "fi"),
        ("Wir verkaufen Ihre personenbezogenen Daten niemals an Dritte oder Werbepartner.", "de"),
        ("Wij verkopen uw persoonsgegevens nooit aan derden of aan adverteerders.", "nl"),
        ("Nous ne vendons jamais vos données personnelles à des tiers ou à des annonceurs.", "fr"),
    ],
)
def test_negated_sale_is_a_denial_not_selling(sentence: str, lang: str) -> None:
    report = check_text(sentence)
    assert report.language == lang
    c32 = finding(report, "C32")
    assert c32.status == "present" and c32.denied and not c32.affirmed
    assert c32.value == {"affirmed": False, "denied": True}


def test_negation_is_per_clause() -> None:
    report = check_text("We do not sell your personal data, but we share it with advertising partners for targeted advertising.")
    assert finding(report, "C32").affirmed


def test_conditional_items_are_not_applicable_unless_triggered() -> None:
    koofr = check_text(site_text("koofr"))
    assert finding(koofr, "C10").status == "not_applicable"  # servers in Germany, no transfer
    assert finding(koofr, "C21").status == "not_applicable"
    assert finding(koofr, "C04").status == "present"
    cloudbacko = check_text(site_text("cloudbacko"))
    assert finding(cloudbacko, "C10").status == "present"  # "processed in the USA" triggers and addresses it
    assert finding(cloudbacko, "C10").value["countries"] == ["US"]


def test_list_items_keep_their_lead_in_until_the_next_heading_or_paragraph() -> None:
    passages = split_passages("# Your data\nYou have the following options:\n- Access\n- Deletion\nPlain text.\n- Loose item\n")
    assert [p.lead_in for p in passages if p.kind == "list_item"] == ["You have the following options:"] * 2 + [""]


def test_rights_cues_need_the_data_subject_acting() -> None:
    # "we delete" is the controller's housekeeping, not the right to erasure
    housekeeping = "In the case we discover that a child under 13 has provided us with personal information, we immediately delete this from our servers."
    assert finding(check_text(housekeeping), "C14").status == "absent"
    assert finding(check_text("These third parties have access to your Personal Information."), "C12").status == "absent"
    assert finding(check_text("You can ask us to delete your personal information."), "C14").status == "present"
    # a rights heading (or a list lead-in) provides the context for its items
    assert finding(check_text("# Your rights\n- Deletion of the personal data we hold.\n"), "C14").status == "present"
    lead_in = "# Data\nYou may:\n- obtain a copy of your personal data\n- delete your personal data\n"
    report = check_text(lead_in)
    assert finding(report, "C12").status == "present" and finding(report, "C14").status == "present"
    # the same mechanism in another language pack
    assert finding(check_text("Wir löschen die Daten nach 30 Tagen automatisch.", language="de"), "C14").status == "absent"
    assert finding(check_text("Sie können die Löschung Ihrer Daten verlangen.", language="de"), "C14").status == "present"


def test_triggered_cues_count_only_when_the_document_relies_on_legitimate_interests() -> None:
    fraud = "We use your device identifier to prevent fraud and misuse of our service."
    assert finding(check_text(fraud), "C07").status == "not_applicable"
    report = check_text(fraud + " We process usage data on the basis of our legitimate interests.")
    c07 = finding(report, "C07")
    assert c07.status == "present" and any("prevent fraud" in e.text for e in c07.evidence)
    # a bare necessity ("disclosure is necessary to: - protect the rights of the Company") is a disclosure to
    # authorities, not a legitimate interest: only counted when the policy relies on Art. 6(1)(f)
    necessity = "# Disclosure\nWe may disclose your data in the good faith belief that such action is necessary to:\n- Protect and defend the rights or property of the Company\n"
    assert finding(check_text(necessity), "C07").status == "not_applicable"
    relied = necessity + "# Legal bases\nSome processing is based on our legitimate interests.\n"
    assert finding(check_text(relied), "C07").status == "present"


def test_consequences_of_not_providing_data_address_c20() -> None:
    text = "If you do not provide the information that we request, we may not be able to provide you with the requested services."
    assert finding(check_text(text), "C20").status == "present"
    assert finding(check_text("We may share your information with our hosting provider."), "C20").status == "absent"


def test_new_item_parts_are_validated_at_load_time(tmp_path: Path) -> None:
    rules_dir = _copy_rules(tmp_path)
    (rules_dir / "mine.en.yaml").write_text(
        "kind: language_pack\nlanguage: en\nitems:\n  C12:\n    context: ['(unclosed']\n", encoding="utf-8"
    )
    with pytest.raises(RulePackError) as error:
        load_rules([rules_dir])
    assert "mine.en.yaml" in str(error.value) and "items.C12.context[0]" in str(error.value)


def test_extracted_values_of_fixture_policies() -> None:
    koofr = check_text(site_text("koofr"))
    assert finding(koofr, "C01").value["names"] == ["Koofr d.o.o."]
    assert finding(koofr, "C04").value["emails"] == ["dpo@koofr.net"]
    assert finding(koofr, "C19").value["authorities"] == ["Informacijski pooblaščenec (SI)"]
    assert finding(koofr, "C24").value["age"] == 16
    assert finding(koofr, "C28").value["last_updated"] == "2025-03-04"
    assert set(finding(koofr, "C29").value["locations"]) == {"DE", "EU"}
    assert finding(koofr, "C29").value["outside_eea"] == []
    cloudbacko = check_text(site_text("cloudbacko"))
    assert finding(cloudbacko, "C11").value["by_category"] == {"Account data": 365}
    assert finding(cloudbacko, "C24").value["age"] == 13
    assert finding(cloudbacko, "C28").value["last_updated"] == "2024-09-03"
    assert set(finding(cloudbacko, "C06").value["bases"]) == {"contract", "legitimate_interests", "legal_obligation", "consent"}
    kotopro = check_text(site_text("kotopro"))
    assert kotopro.language == "sv"
    assert finding(kotopro, "C01").value["names"] == ["Kotopro Oy"]
    assert finding(kotopro, "C11").value["criteria_only"] is True
    assert finding(kotopro, "C19").value["authorities"] == ["Tietosuojavaltuutettu (FI)"]
    kobein = check_text(site_text("kobeinmini"))
    assert kobein.language == "sl" and finding(kobein, "C11").value["max_days"] == 791  # 26 months


def test_transfer_mechanisms_are_extracted() -> None:
    report = check_text("Your data may be transferred to the United States on the basis of standard contractual clauses "
                        "or the EU-U.S. Data Privacy Framework.")
    c10 = finding(report, "C10")
    assert c10.value["countries"] == ["US"] and set(c10.value["mechanisms"]) == {"SCC", "DPF"}


# --- vendor requirements ----------------------------------------------------------------------

def test_default_requirements_for_storage_vendor() -> None:
    report = check_text(site_text("koofr"), category="storage")
    met = {f.id: f.status for f in report.findings if f.kind == "requirement"}
    assert met["data-stays-in-eu"] == "present"
    assert met["no-sale"] == "present"
    assert met["encryption-at-rest"] == "present"  # "Vsebino datotek šifriramo tudi v mirovanju"
    assert met["two-factor-available"] == "present"
    kotopro = check_text(site_text("kotopro"), category="saas")
    kotopro_met = {f.id: f.value["met"] for f in kotopro.findings if f.kind == "requirement"}
    assert kotopro_met["data-stays-in-eu"] is False  # "också utanför EU/EES"
    assert kotopro_met["no-sale"] is False  # shares identifiers with advertising partners


class CountingPattern:
    """A compiled cue that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text)


def test_a_recheck_reads_each_requirement_cue_once_per_sentence(tmp_path: Path) -> None:
    """The second version of a re-check repeats most sentences of the first: their requirement cues
    are not searched again, and the findings are those of a fresh search."""
    (tmp_path / "counted").mkdir()
    (tmp_path / "fresh").mkdir()
    rules = load_rules([_copy_rules(tmp_path / "counted")])  # a rule set of its own: loaded sets are shared
    two_factor = next(r for r in rules.requirements if r.spec.id == "two-factor-available")
    counting = two_factor.cues["sl"] = CountingPattern(two_factor.cues["sl"])  # type: ignore[assignment]
    before = check_text(site_text("koofr"), rules=rules, category="storage")
    first_reading = counting.searches
    assert first_reading > 20
    after_text = site_text("koofr", ".v2")
    after = check_text(after_text, rules=rules, category="storage")
    new_sentences = {s.lowered for p in split_passages(after_text) for s in split_sentences(p)} - {
        s.lowered for p in split_passages(site_text("koofr")) for s in split_sentences(p)}
    assert 0 < counting.searches - first_reading <= len(new_sentences)
    fresh = check_text(after_text, rules=load_rules([_copy_rules(tmp_path / "fresh")]), category="storage")
    assert [f.as_contract() for f in after.findings] == [f.as_contract() for f in fresh.findings]
    assert finding(before, "two-factor-available").status == "present"


def test_requirements_apply_per_vendor_and_category(tmp_path: Path) -> None:
    rules_dir = _copy_rules(tmp_path)
    (rules_dir / "mine.yaml").write_text(
        "kind: requirements\nrequirements:\n"
        "  - {id: acme-dpo, title: Acme names a DPO, vendors: [Acme], item: C04, expect: present}\n",
        encoding="utf-8",
    )
    rules = load_rules([rules_dir])
    assert "acme-dpo" in {f.id for f in check_text(site_text("koofr"), rules=rules, vendor="acme").findings}
    assert "acme-dpo" not in {f.id for f in check_text(site_text("koofr"), rules=rules, vendor="Other").findings}


# --- re-check ---------------------------------------------------------------------------------

def test_recheck_koofr_reports_new_us_recipient_and_transfer() -> None:
    before = check_text(site_text("koofr"), category="storage")
    result = recheck(before, check_text(site_text("koofr", ".v2"), category="storage"), category="storage")
    signals = {s.id: s for s in result.signals}
    assert {"R01", "R04"} <= set(signals)
    assert "Postmark" in signals["R01"].detail
    assert "US" in signals["R04"].detail and signals["R04"].severity == "high"
    assert any(f.id == "C10" and f.before == "not_applicable" and f.after == "present" for f in result.flips)
    assert any(f.id == "data-stays-in-eu" and f.before == "present" and f.after == "absent" for f in result.flips)
    assert "R02" not in signals and result.severity == "high"


def test_recheck_cloudbacko_reports_retention_value_change() -> None:
    result = recheck(check_text(site_text("cloudbacko")), check_text(site_text("cloudbacko", ".v2")), category="backup")
    flip = next(f for f in result.flips if f.id == "C11")
    assert (flip.before, flip.after, flip.field) == (365, 1095, "retention_days[Account data]")
    assert [s.id for s in result.signals] == ["R06"]


LINKED = """# Privacy policy
We transfer data to the United States under [standard contractual clauses]({scc}).
We never sell your personal data; see [how we use data]({usage}) and [our advertising partners]({ads}).
Questions: [email our DPO](mailto:dpo@example.com).
"""


def test_a_change_of_link_targets_only_is_no_change() -> None:
    """A Markdown file's link targets (tracking parameters, a moved page, a CDN address) are not policy
    wording: they match no cue and a change of them alone raises no flip and no signal; the evidence
    still quotes the sentence as written, at its offsets."""
    before_text = LINKED.format(scc="https://ec.europa.eu/model-contracts?utm=1", usage="https://x.com/u?s=1",
                                ads="https://x.com/we-sell-data-to-advertisers")
    after_text = LINKED.format(scc="https://commission.europa.eu/standard-contractual-clauses_en", usage="https://x.com/u?s=2",
                               ads="https://cdn.x.com/partners")
    before, after = check_text(before_text, category="storage"), check_text(after_text, category="storage")
    result = recheck(before, after, category="storage")
    assert result.flips == [] and result.signals == [] and result.severity == "none"
    sale = finding(before, "C32")
    assert sale.status == "present" and sale.denied and not sale.affirmed  # "we-sell-data" in an address is no sale
    evidence = sale.evidence[0]
    assert "](https://x.com/we-sell-data-to-advertisers)" in evidence.text
    assert before_text[evidence.start:evidence.end] == evidence.text


def _typographic_variants(text: str) -> dict[str, str]:
    longest = max(text.splitlines(), key=len)
    word = max(longest.split(), key=len)
    return {
        "no-break spaces": text.replace(" ", "\u00a0", 60),
        "soft hyphen": text.replace(word, word[: len(word) // 2] + "\u00ad" + word[len(word) // 2:]),
        "zero-width spaces": text.replace(". ", ".\u200b ", 20),
        "curly quotes": text.replace("'", "’").replace('"', "“"),
        "bold": text.replace(longest, f"**{longest}**"),
        "underscore emphasis": text.replace(longest, f"_{longest}_"),
        "heading levels": re.sub(r"(?m)^## ", "### ", text),
        "bullets": re.sub(r"(?m)^- ", "* ", text),
    }


@pytest.mark.parametrize("vendor", ["cloudbacko", "kobeinmini", "koofr", "koopr", "kotopro"])
def test_a_typographic_or_layout_change_is_no_change(vendor: str) -> None:
    """A policy file given to `recheck` that differs only in typography or Markdown layout (no-break
    spaces in a date, a soft hyphen, curly quotes, emphasis, heading levels, list marks) flips nothing
    and raises no signal."""
    base = site_text(vendor)
    before = check_text(base)
    for name, variant in _typographic_variants(base).items():
        if variant == base:
            continue
        result = recheck(before, check_text(variant))
        assert (result.flips, result.signals) == ([], []), (vendor, name, result.as_contract())


def test_chrome_only_change_has_no_signal() -> None:
    result = recheck(check_text(site_text("koopr")), check_text(site_text("koopr", ".v2")))
    assert result.signals == [] and result.severity == "none"


def test_date_only_change_is_cosmetic() -> None:
    before = site_text("koofr")
    after = before.replace("Zadnja posodobitev: 4. 3. 2025", "Zadnja posodobitev: 5. 3. 2025")
    result = recheck(check_text(before), check_text(after))
    assert [s.id for s in result.signals] == ["R23"] and result.severity == "none"


def test_hosting_moves_from_eu_to_usa_raises_r05_critical_for_storage() -> None:
    before = site_text("koofr")
    after = before.replace("Naši strežniki stojijo v Nemčiji, torej v Evropski uniji,", "Naši strežniki stojijo v ZDA,")
    assert after != before
    result = recheck(check_text(before), check_text(after), category="storage")
    r05 = next(s for s in result.signals if s.id == "R05")
    assert r05.severity == "critical" and "US" in r05.detail


def test_removed_no_sale_promise_is_r02_and_negated_addition_is_not() -> None:
    base = site_text("cloudbacko")
    removed = base.replace("We do not sell, trade or rent your personal information to anyone. ", "")
    assert removed != base
    signals = {s.id: s for s in recheck(check_text(base), check_text(removed)).signals}
    assert signals["R02"].severity == "critical" and "promise removed" in signals["R02"].detail
    sv = site_text("kotopro")
    sv_after = sv.replace("## 8. Hur länge", "Vi säljer aldrig dina personuppgifter.\n## 8. Hur länge")
    assert "R02" not in {s.id for s in recheck(check_text(sv), check_text(sv_after)).signals}
    sv_sale = sv.replace("## 8. Hur länge", "Vi kan sälja dina personuppgifter till våra annonspartner.\n## 8. Hur länge")
    assert "R02" in {s.id for s in recheck(check_text(sv), check_text(sv_sale)).signals}


def test_ai_training_added_is_r03() -> None:
    base = site_text("koopr")
    after = base + "We may use your content to train and improve our artificial intelligence models.\n"
    signals = {s.id: s for s in recheck(check_text(base), check_text(after)).signals}
    assert signals["R03"].severity == "critical"


AI_SENTENCES = {  # vendor site, AI use without training, AI training
    "en": ("koopr", "We may use artificial intelligence to answer your billing questions faster.",
           "We use your files to develop and improve our machine learning models."),
    "sl": ("koofr", "Za hitrejše odgovore na vprašanja o računih lahko uporabimo umetno inteligenco.",
           "Vaše datoteke uporabljamo za učenje in izboljšanje naših modelov umetne inteligence."),
    "sv": ("kotopro", "Vi kan använda artificiell intelligens för att besvara dina frågor om fakturor snabbare.",
           "Vi använder dina filer för att träna och förbättra våra AI-modeller."),
}


@pytest.mark.parametrize("language", sorted(AI_SENTENCES))
def test_r03_needs_training_not_just_ai(language: str) -> None:
    """R03 (critical) is data used to train or develop models; a new sentence that only says the vendor
    uses AI is an AI finding (C31) but not R03."""
    vendor, use_only, training = AI_SENTENCES[language]
    base = site_text(vendor)
    used = recheck(check_text(base), check_text(f"{base}{use_only}\n"))
    assert "R03" not in {s.id for s in used.signals}
    trained = {s.id: s for s in recheck(check_text(base), check_text(f"{base}{training}\n")).signals}
    assert trained["R03"].severity == "critical"


def test_a_business_transfer_or_a_definition_is_no_sale() -> None:
    base = site_text("cloudbacko")
    for sentence in ("If we are involved in a merger or a sale of all or part of our assets, your data may be transferred.",
                     "“Sale” means selling, renting or otherwise making personal information available for value.",
                     "You have the right to know whether your personal information is sold or disclosed and to whom."):
        assert "R02" not in {s.id for s in recheck(check_text(base), check_text(f"{base}{sentence}\n")).signals}, sentence
    sold = f"{base}We may sell your personal information to advertising partners.\n"
    assert "R02" in {s.id for s in recheck(check_text(base), check_text(sold)).signals}


def test_r01_names_organisations_not_defined_terms() -> None:
    """A new recipient sentence names an organisation (R01); capitalised policy terms in it ("Personal
    Information", "Standard Contractual Clauses", "Support Requests" where the policy also writes
    "support requests") are not recipients."""
    base = site_text("cloudbacko") + "We answer support requests within two days.\n"
    added = (f"{base}We share Personal Information from Support Requests with Zendesk, Inc. under the "
             "Standard Contractual Clauses.\n")
    signals = {s.id: s for s in recheck(check_text(base), check_text(added)).signals}
    assert "Zendesk" in signals["R01"].detail
    for term in ("Personal Information", "Support Requests", "Standard Contractual Clauses"):
        assert term not in signals["R01"].detail
    terms_only = f"{base}We share Personal Information from Support Requests with service providers.\n"
    assert "R01" not in {s.id for s in recheck(check_text(base), check_text(terms_only)).signals}


def test_r01_a_recipient_named_before_in_other_punctuation_or_an_acronym_is_not_new() -> None:
    """A recipient the previous version named ("Zendesk, Inc.") is not new when written "Zendesk Inc.";
    an acronym ("DPA", "GPS") is no organisation; "&" is "and"; a short new name is new even when a
    longer word of the previous version contains it ("Box" beside "checkbox")."""
    base = site_text("cloudbacko") + "We share support tickets with Zendesk, Inc. Tick the checkbox to agree.\n"
    respelled = f"{base}We share chat transcripts with Zendesk Inc.\n"
    assert "R01" not in {s.id for s in recheck(check_text(base), check_text(respelled)).signals}
    acronyms = f"{base}We share location data from GPS with service providers under our DPA.\n"
    assert "R01" not in {s.id for s in recheck(check_text(base), check_text(acronyms)).signals}
    joined = base.replace("Zendesk, Inc.", "Zendesk and Partners Inc.")
    assert "R01" not in {s.id for s in recheck(check_text(joined), check_text(joined.replace(" and ", " & "))).signals}
    box = f"{base}We share your backups with Box as a service provider.\n"
    r01 = {s.id: s for s in recheck(check_text(base), check_text(box)).signals}["R01"]
    assert "Box" in r01.detail


def test_a_controller_written_with_other_punctuation_is_the_same_controller() -> None:
    base = site_text("cloudbacko").replace("CloudBacko Corporation", "CloudBacko Inc.")
    respelled = base.replace("CloudBacko Inc.", "CloudBacko Inc")
    before, after = check_text(base), check_text(respelled)
    assert finding(before, "C01").value["names"] != finding(after, "C01").value["names"]  # "Inc" and "Inc."
    result = recheck(before, after)
    assert "R09" not in {s.id for s in result.signals}
    assert not [f for f in result.flips if f.id == "C01"]


def test_list_values_compare_names_without_punctuation_but_not_addresses() -> None:
    from monitor.checks.engine import Finding
    from monitor.checks.signals import _value_flips

    names = _value_flips(Finding("C01", "present", "", value={"names": ["Acme Inc."]}),
                         Finding("C01", "present", "", value={"names": ["ACME, Inc", "Acme Inc."]}))
    assert names == []
    emails = _value_flips(Finding("C04", "present", "", value={"emails": ["dpo.x@acme.com"]}),
                          Finding("C04", "present", "", value={"emails": ["dpo-x@acme.com"]}))
    assert [(f.id, f.field) for f in emails] == [("C04", "emails")]
    assert _value_flips(Finding("C04", "present", "", value={"emails": ["DPO@acme.com"]}),
                        Finding("C04", "present", "", value={"emails": ["dpo@acme.com"]})) == []


def test_a_residence_lead_in_is_no_transfer() -> None:
    """"If you live outside the EEA, Canada, Japan and Brazil:" introduces what applies to those readers;
    it transfers nothing (it gave C10 five countries and an R04); a transfer stated for readers in the
    EEA still counts."""
    lead_in = "# Privacy\n**If you live outside the European Economic Area, Canada, Japan and Brazil:**\n- We answer within a month.\n"
    assert finding(check_text(lead_in, language="en"), "C10").value["countries"] == []
    stated = "# Privacy\nIf you are located in the EEA, we transfer your data to the United States under standard contractual clauses.\n"
    transfer = finding(check_text(stated, language="en"), "C10")
    assert transfer.status == "present" and transfer.value["countries"] == ["US"]


def test_source_code_and_open_source_are_no_source_of_data() -> None:
    """C22 (where data comes from): "source code" and "open source" licences in terms of service gave it."""
    software = ("# Terms\nSome software in our service is offered under an open source licence.\n"
                "You may not attempt to extract the source code of the app.\n")
    assert finding(check_text(software, language="en"), "C22").status != "present"
    sources = "# Privacy\nWe obtain information about you from other sources, such as public sources.\n"
    assert finding(check_text(sources, language="en"), "C22").status == "present"


def test_a_denied_purpose_is_not_a_purpose() -> None:
    text = ("# Privacy\nWe use your data for the purpose of providing the service and for analytics.\n"
            "We do not use your location data for advertising purposes.\n")
    assert finding(check_text(text, language="en"), "C05").value["purposes"] == ["analytics"]
    added = text + "We use your data for advertising purposes.\n"
    assert "advertising" in finding(check_text(added, language="en"), "C05").value["purposes"]


def test_a_denied_special_category_does_not_hide_a_later_one() -> None:
    """"We do not collect health data" lists no special category, so a version that starts collecting
    health data raises R12."""
    base = site_text("cloudbacko") + "We do not collect health data or biometric data.\n"
    after = base + "For the wellbeing feature we collect health data from your device.\n"
    assert finding(check_text(base), "C08").value["special_categories"] == []
    signals = {s.id: s for s in recheck(check_text(base), check_text(after)).signals}
    assert signals["R12"].detail == "new special category: health"


def test_fetch_anomaly_suppresses_everything_else() -> None:
    result = recheck(check_text(site_text("koofr")), check_text("# Politika zasebnosti\nStran ni na voljo.\n"))
    assert [s.id for s in result.signals] == ["R22"] and result.flips == []


# --- bad input --------------------------------------------------------------------------------

def test_empty_text() -> None:
    report = check_text("")
    assert report.status == "empty" and report.findings == []
    assert check_text("\n  \n").status == "empty"


def test_unsupported_language_is_explicit() -> None:
    italian = ("# Informativa sulla privacy\nIl titolare del trattamento dei dati personali è la società e i dati sono "
               "trattati per le finalità indicate nella presente informativa.\nI dati sono conservati per il tempo necessario.\n")
    report = check_text(italian)
    assert report.status == "unsupported_language" and report.language == "it"
    assert report.findings == [] and "no rule pack" in (report.message or "")
    assert check_text("Any text at all here, in English words.", language="pl").status == "unsupported_language"


def test_five_megabyte_text_is_checked() -> None:
    block = site_text("cloudbacko")
    text = block * (5_000_000 // len(block) + 1)
    assert len(text.encode("utf-8")) > 5_000_000
    report = check_text(text)
    assert report.status == "ok" and finding(report, "C11").status == "present"


def test_absurdly_large_text_is_refused_clearly() -> None:
    with pytest.raises(CheckInputError, match="at most"):
        check_text("x " * 5_000_000)


# --- CLI ----------------------------------------------------------------------------------------

def _app() -> typer.Typer:
    from monitor.cli import main_options
    from monitor.cli_checks import register

    app = typer.Typer()
    app.callback()(main_options)
    register(app)
    return app


def test_cli_check_json_contract(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["check", str(SITES / "kotopro" / "privacy.expected.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["language"] == "sv"
    ids = [f["id"] for f in data["findings"]]
    assert ids[:32] == [f"C{n:02d}" for n in range(1, 33)]
    for f in data["findings"]:
        assert {"id", "status", "evidence", "value"} <= set(f)
        assert f["status"] in {"present", "absent", "not_applicable"}
        assert all(isinstance(e, str) for e in f["evidence"])


def test_cli_check_html_and_empty(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["check", str(SITES / "koofr" / "privacy.html"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "sl"
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(_app(), ["check", str(empty), "--json"])
    assert result.exit_code == 1 and json.loads(result.stdout)["status"] == "empty"


def test_cli_recheck_json_contract() -> None:
    result = CliRunner().invoke(_app(), ["recheck", str(SITES / "cloudbacko" / "privacy.expected.txt"),
                                         str(SITES / "cloudbacko" / "privacy.v2.expected.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"flips", "signals", "severity"}
    assert data["severity"] in {"critical", "high", "medium", "low", "none"}
    assert {"id": "C11", "before": 365, "after": 1095} == {k: data["flips"][0][k] for k in ("id", "before", "after")}
    assert all(set(s) >= {"id", "severity", "evidence"} for s in data["signals"])


def test_cli_bad_rule_pack_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "bad.yaml").write_text("kind: language_pack\nlanguage: de\nnegation: ['(nicht']\n", encoding="utf-8")
    monkeypatch.setenv("POLICYWATCH_RULES_DIR", str(extra))
    result = CliRunner().invoke(_app(), ["check", str(SITES / "koofr" / "privacy.expected.txt"), "--json"])
    assert result.exit_code == 2
    assert "bad.yaml: negation[0]: invalid regular expression" in result.output


# --- database re-check ------------------------------------------------------------------------

def one_document_database(sqlite_url: str, vendor: str, category: str, language: str):  # type: ignore[no-untyped-def]
    """(database, configuration, fetch): a database watching one document of ``vendor``, and a function
    that makes a successful FetchRecord of a text for it."""
    import hashlib

    from config.loader import settings_from_dict
    from config.schema import VendorConfig
    from storage import outcomes
    from storage.database import open_database
    from storage.models import Document, utcnow
    from storage.recording import FetchRecord, sync_watchlist

    url = f"https://{vendor.lower()}.example/privacy"
    db = open_database(sqlite_url)
    sync_watchlist(db, [VendorConfig.model_validate({"name": vendor, "category": category, "documents": [{"url": url}]})],
                   default_interval=timedelta(hours=12))
    with db.read() as session:
        document_id = session.query(Document.id).scalar()

    def fetch(text: str) -> FetchRecord:
        now = utcnow()
        return FetchRecord(document_id=document_id, url=url, outcome=outcomes.OK, started_at=now, finished_at=now,
                           http_status=200, raw_body=text.encode(), text=text,
                           text_sha256=hashlib.sha256(text.encode()).hexdigest(), words=len(text.split()), language=language)

    return db, settings_from_dict({"database": sqlite_url}), fetch


def test_recheck_new_versions_stores_findings_and_updates_alert(sqlite_url: str) -> None:
    from monitor.checks.store import recheck_new_versions, stored_findings
    from storage.models import Alert, CheckResult
    from storage.recording import ChangePolicy, record_fetch

    db, config, fetch = one_document_database(sqlite_url, "CloudBacko", "backup", "en")
    policy = ChangePolicy(min_words=1)
    record_fetch(db, fetch(site_text("cloudbacko")), alert_channels=["mail"], policy=policy)
    first = recheck_new_versions(db, config)
    assert len(first) == 1 and first[0].recheck is None and first[0].status == "ok"
    record_fetch(db, fetch(site_text("cloudbacko", ".v2")), alert_channels=["mail"], policy=policy)
    record_fetch(db, fetch(site_text("cloudbacko", ".v2")), alert_channels=["mail"], policy=policy)  # confirmation
    second = recheck_new_versions(db, config)
    assert len(second) == 1, second
    outcome = second[0]
    assert outcome.previous_version_id == first[0].version_id
    assert outcome.recheck is not None and outcome.recheck["severity"] == "high"
    assert recheck_new_versions(db, config) == []  # nothing left to check
    stored = {f["id"]: f for f in stored_findings(db, outcome.version_id)}
    assert stored["C11"]["value"]["by_category"] == {"Account data": 1095}
    assert stored["C11"]["locations"][0]["heading_path"]
    with db.read() as session:
        assert session.query(CheckResult).filter_by(version_id=outcome.version_id).count() == len(stored)
        alerts = session.query(Alert).all()
        changed = [a for a in alerts if a.payload.get("recheck")]
        assert outcome.alert_id is not None and [a.id for a in changed] == [outcome.alert_id]
        assert changed[0].severity == "high"
        assert changed[0].payload["recheck"]["flips"][0]["after"] == 1095
    db.close()


def test_a_date_only_change_withdraws_its_unsent_alert(sqlite_url: str) -> None:
    """A new version whose only change is the last-updated line is kept (it is the vendor's text), but
    the re-check (R23, severity none) withdraws its alert's deliveries that have not gone out: no alert
    on a cosmetic-only change. A real change of the same document is still alerted."""
    from monitor.checks.store import recheck_new_versions
    from monitor.cli_alerts import list_alerts
    from storage.models import Alert, AlertDelivery
    from storage.queries import document_status
    from storage.recording import ChangePolicy, record_fetch

    db, config, fetch = one_document_database(sqlite_url, "Koofr", "storage", "sl")
    policy = ChangePolicy(min_words=1)
    before = site_text("koofr")
    record_fetch(db, fetch(before), alert_channels=["mail", "hook"], policy=policy)
    recheck_new_versions(db, config)
    dated = record_fetch(db, fetch(before.replace("Zadnja posodobitev: 4. 3. 2025", "Zadnja posodobitev: 5. 3. 2025")),
                         alert_channels=["mail", "hook", "chat"], policy=policy)
    assert dated.change_kind == "text" and dated.alert_id is not None  # a new version, alerted at record time
    with db.write() as session:  # a delivery round has claimed the chat delivery already: it goes out
        session.query(AlertDelivery).filter_by(alert_id=dated.alert_id, channel="chat").update({"status": "sending"})
    [outcome] = recheck_new_versions(db, config)
    assert [s["id"] for s in outcome.recheck["signals"]] == ["R23"] and outcome.recheck["severity"] == "none"
    with db.read() as session:
        deliveries = session.query(AlertDelivery).filter_by(alert_id=dated.alert_id).all()
        assert sorted((d.channel, d.status) for d in deliveries) == [
            ("chat", "sending"), ("hook", "withdrawn"), ("mail", "withdrawn")]
        assert all("last-updated date" in d.last_error for d in deliveries if d.status == "withdrawn")
        assert sorted(session.get(Alert, dated.alert_id).payload["withdrawn"]["channels"]) == ["hook", "mail"]
    assert document_status(db)["alerts_pending"] == 1  # the claimed one only
    assert [d["channel"] for a in list_alerts(db, pending=True) for d in a["deliveries"]] == ["chat"]

    real = record_fetch(db, fetch(before.replace("Naši strežniki stojijo v Nemčiji, torej v Evropski uniji,",
                                                 "Naši strežniki stojijo v ZDA,")), alert_channels=["mail"], policy=policy)
    [outcome] = recheck_new_versions(db, config)
    assert outcome.recheck["severity"] != "none"
    with db.read() as session:
        assert [d.status for d in session.query(AlertDelivery).filter_by(alert_id=real.alert_id)] == ["pending"]
    db.close()


def test_multilingual_seed_sentences_find_their_item() -> None:
    """The shared seed sentences (../shared/compliance_data): each positive sentence, checked alone
    with its language detected, addresses its item; the sale sentences are affirmative."""
    import csv

    from tests.conftest import shared_path

    path = shared_path("compliance_data", "multilingual_seed_sentences.csv")
    item_of = {"R02": "C32", "R03": "C31"}
    misses = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] != "positive":
                continue
            report = check_text(row["text"])
            target = item_of.get(row["checklist_id"], row["checklist_id"])
            found = report.finding(target)
            if report.language != row["lang"] or found is None or found.status != "present" or not found.affirmed:
                misses.append((row["id"], row["lang"], target, report.language))
    assert misses == []


SALE_SENTENCES = {  # vendor site, a first sale statement, a further one
    "en": ("cloudbacko", "We may sell your personal information to advertising partners.",
           "We also share your personal information with advertisers for targeted advertising."),
    "sl": ("koofr", "Vaše osebne podatke lahko prodamo oglaševalskim partnerjem.",
           "Vaše osebne podatke prodajamo tudi posrednikom podatkov."),
}


@pytest.mark.parametrize("language", sorted(SALE_SENTENCES))
def test_a_further_sale_statement_is_r02_one_severity_lower(language: str) -> None:
    """R02 is critical when sale or ad sharing is introduced; a policy that already stated it and adds
    another such sentence gets R02 at high, so that critical means something new."""
    vendor, first, further = SALE_SENTENCES[language]
    base = site_text(vendor)
    sold = f"{base}{first}\n"
    introduced = {s.id: s for s in recheck(check_text(base), check_text(sold)).signals}
    assert introduced["R02"].severity == "critical" and "further" not in introduced["R02"].detail
    again = {s.id: s for s in recheck(check_text(sold), check_text(f"{sold}{further}\n")).signals}
    assert again["R02"].severity == "high" and "already" in again["R02"].detail
    assert again["R02"].evidence == [further]


def test_a_further_training_statement_stays_critical() -> None:
    """Unlike sale, a new training sentence in a policy that already trains on data stays critical:
    it is how training moves from opt-in to opt-out or extends to new data."""
    base = site_text("koopr") + "We may use your content to train our machine learning models if you opt in.\n"
    after = base + "We use your files and chat inputs to train our machine learning models unless you opt out.\n"
    signals = {s.id: s for s in recheck(check_text(base), check_text(after)).signals}
    assert signals["R03"].severity == "critical"


def test_a_new_controller_is_r09_and_a_respaced_or_listed_name_is_not() -> None:
    """R09 names the company that a changed controller sentence names and the other version never does;
    a name written with other spacing ("Max Mind Inc." / "MaxMind Inc.") or a processor added to a
    list is no controller change."""
    base = site_text("cloudbacko")
    sold = base.replace("CloudBacko Corporation", "Bigco Holdings Ltd")
    r09 = {s.id: s for s in recheck(check_text(base), check_text(sold)).signals}["R09"]
    assert "now named: Bigco Holdings Ltd" in r09.detail and "no longer named: CloudBacko Corporation" in r09.detail
    assert r09.evidence and all("Bigco Holdings Ltd" in e or "CloudBacko Corporation" in e for e in r09.evidence)
    with_processor = base + "Our processor Max Mind Inc. locates IP addresses.\n"
    respaced = with_processor.replace("Max Mind Inc.", "MaxMind Inc.")
    assert "R09" not in {s.id for s in recheck(check_text(with_processor), check_text(respaced)).signals}
    listed = base + "| Processor | Zendesk Inc. | customer support |\n"
    assert "R09" not in {s.id for s in recheck(check_text(base), check_text(listed)).signals}


def test_a_company_limited_by_shares_shares_no_data() -> None:
    found = check_text("MTCH Technology Services Limited, an Irish company limited by shares.", language="en").finding("C09")
    assert found is not None and found.status != "present"


def test_a_reworded_sentence_raises_no_signal_its_old_wording_raised() -> None:
    """A sentence that changed a few words ("e-mail" → "email") or was split at another sentence end
    is the same statement: no R21, R03 or R02 for what the previous wording already said. A changed
    polarity or a new statement still raises its signal."""
    base = site_text("koopr") + (
        "We may share your e-mail address with law enforcement agencies when required by law.\n"
        "We use your uploaded receipts to train our machine learning models, unless you opt out in the settings.\n")
    reworded = base.replace("e-mail address", "email address").replace(
        "machine learning models, unless", "machine learning models. Unless")
    assert recheck(check_text(base), check_text(reworded)).severity == "none"
    new_statement = base + "We give government agencies direct access to your files on request.\n"
    assert "R21" in {s.id for s in recheck(check_text(base), check_text(new_statement)).signals}
    denied = site_text("koopr") + "We do not use your uploaded receipts to train our machine learning models.\n"
    affirmed = denied.replace("We do not use", "We use")
    assert {s.id: s for s in recheck(check_text(denied), check_text(affirmed)).signals}["R03"].severity == "critical"


def test_markdown_emphasis_alone_changes_no_finding_and_raises_no_signal() -> None:
    """The same policy with and without bold text (a Markdown version given to `recheck`)."""
    from monitor.checks.signals import _changed

    plain = site_text("cloudbacko")
    bold = "\n".join("**{}.** {}".format(*line.split(". ", 1)) if not line.startswith(("#", "|", "-")) and ". " in line
                      else line for line in plain.splitlines())  # "**The first sentence.** The rest …"
    assert bold != plain
    before, after = check_text(plain), check_text(bold)
    assert before.analysis is not None and after.analysis is not None
    assert _changed(before.analysis, after.analysis) == ([], [])  # the same sentences, emphasis aside
    result = recheck(before, after)
    assert result.signals == [] and result.flips == []


def test_a_supervisory_authority_address_is_no_controller_contact() -> None:
    """C02's e-mails are the vendor's: an authority's address in a complaint sentence is not one, so
    its removal is no R08 (contact removed)."""
    base = site_text("cloudbacko")
    with_authority = base + ("You may lodge a complaint with the supervisory authority, the Information Commissioner's "
                             "Office, at casework@ico.org.uk.\n")
    found = check_text(with_authority).finding("C02")
    assert found is not None and "casework@ico.org.uk" not in found.value["emails"]
    assert "mkt-kb@cloudbacko.com" in found.value["emails"]
    assert "R08" not in {s.id for s in recheck(check_text(with_authority), check_text(base)).signals}


def test_a_new_purpose_quotes_the_sentence_that_names_it() -> None:
    """R11's evidence is the added sentence that names the new purpose, not every added sentence
    about purposes."""
    base = site_text("cloudbacko")
    after = base + ("We use your contact details to answer your support requests.\n"
                    "We also use your usage data for statistics about how our service is used.\n")
    signals = {s.id: s for s in recheck(check_text(base), check_text(after)).signals}
    assert "R11" in signals and "analytics" in signals["R11"].detail
    assert signals["R11"].evidence == ["We also use your usage data for statistics about how our service is used."]


def test_a_breach_deadline_dropped_is_r15_and_a_period_replaced_by_criteria_is_r06() -> None:
    base = site_text("cloudbacko") + (
        "## Data breaches\nIf a personal data breach occurs, we will notify you within 72 hours.\n"
        "## Log retention\nLog files are deleted after 12 months.\n")
    vague_breach = base.replace("If a personal data breach occurs, we will notify you within 72 hours.",
                                "If a personal data breach occurs, we will inform you when we consider it appropriate.")
    r15 = {s.id: s for s in recheck(check_text(base), check_text(vague_breach)).signals}["R15"]
    assert "72 h → no deadline" in r15.detail
    vague_logs = base.replace("Log files are deleted after 12 months.", "Log files are kept for as long as necessary.")
    r06 = {s.id: s for s in recheck(check_text(base), check_text(vague_logs)).signals}["R06"]
    assert "12 months → criteria only" in r06.detail and r06.evidence == ["Log files are kept for as long as necessary."]


GERMAN_POLICY = """# Datenschutzerklärung
Verantwortlicher ist die Nimbus Backup GmbH, Hauptstraße 1, 10115 Berlin, E-Mail: datenschutz@nimbus.example.
Wir verarbeiten Ihre Daten zur Erfüllung des Vertrags (Art. 6 Abs. 1 lit. b DSGVO).
Ihre Daten werden auf Servern der Hetzner Online GmbH in Deutschland gespeichert und an unsere Auftragsverarbeiter weitergegeben.
"""


def test_german_nouns_are_no_recipients_but_a_company_is() -> None:
    """German capitalises every noun: "Artikel" for "Art." is no new recipient; a company with a legal
    form or a capital inside its name is."""
    cited = GERMAN_POLICY.replace("(Art. 6", "(Artikel 6")
    assert recheck(check_text(GERMAN_POLICY), check_text(cited)).severity == "none"
    for company in ("die Mailjet SAS", "DeepL"):
        shared = GERMAN_POLICY + f"Ihre E-Mail-Adresse geben wir an {company} als Auftragsverarbeiter weiter.\n"
        r01 = {s.id: s for s in recheck(check_text(GERMAN_POLICY), check_text(shared)).signals}["R01"]
        assert company.split()[-1] in r01.detail


def test_a_list_of_processors_is_no_controller_change_and_overlapping_signals_are_raised_once() -> None:
    base = site_text("cloudbacko") + "## Service providers\nWe use Hetzner Online GmbH for hosting and Stripe Payments Europe Ltd for payments.\n"
    longer = base.replace("Stripe Payments Europe Ltd for payments.", "Stripe Payments Europe Ltd for payments and Brevo SAS for e-mails.")
    signals = {s.id for s in recheck(check_text(base), check_text(longer)).signals}
    assert "R09" not in signals and "R01" in signals
    trained = site_text("koopr") + "We use your files to train our machine learning models.\n"
    signals = {s.id for s in recheck(check_text(site_text("koopr")), check_text(trained)).signals}
    assert "R03" in signals and "R11" not in signals  # AI training as a purpose is R03's
    tracked = site_text("cloudbacko") + "Our website uses Google Analytics and the Meta Pixel to measure visits.\n"
    signals = {s.id for s in recheck(check_text(site_text("cloudbacko")), check_text(tracked)).signals}
    assert "R19" in signals and "R01" not in signals  # a tracker is R19's


def test_sa_is_a_legal_form() -> None:
    from monitor.checks.values import legal_entities

    assert legal_entities("Le responsable du traitement est Stratus Cloud Holding SA, 3 rue du Canal, Paris.") == ["Stratus Cloud Holding SA"]


def test_a_new_country_in_a_transfer_section_is_r04() -> None:
    """A country outside the EEA the previous version never named, in an added sentence under a
    heading about transfers or storage, is R04, even without a transfer verb; a denial is not."""
    base = site_text("cloudbacko") + "## Transfers to other countries\nWe store your data in the European Union.\n"
    india = base + "Our support team in India may access your account data to answer your requests.\n"
    r04 = {s.id: s for s in recheck(check_text(base), check_text(india)).signals}["R04"]
    assert "IN" in r04.detail and r04.evidence == ["Our support team in India may access your account data to answer your requests."]
    denied = base + "We never transfer your data to India.\n"
    assert "R04" not in {s.id for s in recheck(check_text(base), check_text(denied)).signals}


def test_a_table_row_that_changes_its_legal_basis_is_r10() -> None:
    """The newsletter row keeps its purpose and changes its basis, while the policy already relied on
    legitimate interests elsewhere: R10 names the change."""
    base = site_text("cloudbacko") + ("## Purposes and legal bases\n| Purpose | Legal basis |\n"
                                      "| Preventing fraud | Legitimate interests |\n| Sending our newsletter | Consent |\n")
    after = base.replace("| Sending our newsletter | Consent |", "| Sending our newsletter | Legitimate interests |")
    r10 = {s.id: s for s in recheck(check_text(base), check_text(after)).signals}["R10"]
    assert r10.severity == "high" and "consent → legitimate_interests" in r10.detail


def test_special_categories_listed_under_a_collection_lead_in_are_collected() -> None:
    text = site_text("cloudbacko") + "We collect the following data:\n- Contact details\n- A biometric face scan to verify your identity\n"
    found = check_text(text).finding("C08")
    assert found is not None and "biometric" in found.value["special_categories"]
    denied = site_text("cloudbacko") + "We do not collect the following data:\n- A biometric face scan\n"
    found = check_text(denied).finding("C08")
    assert found is not None and "biometric" not in found.value["special_categories"]


def test_a_purpose_in_a_legal_basis_row_is_a_purpose_and_a_tracker_keeps_its_purpose() -> None:
    base = site_text("cloudbacko") + "## Purposes and legal bases\n| Purpose | Legal basis |\n| Providing the service | Contract |\n"
    researched = base + "| Market research with usage data | Legitimate interests |\n"
    r11 = {s.id: s for s in recheck(check_text(base), check_text(researched)).signals}["R11"]
    assert "research" in r11.detail
    tracked = base + "We use the Meta Pixel on our website to measure our advertising.\n"
    signals = {s.id for s in recheck(check_text(base), check_text(tracked)).signals}
    assert "R19" in signals and "R11" not in signals  # the pixel's purpose is R19's


def test_one_statement_lowering_an_age_or_lengthening_a_period_is_r20_or_r06() -> None:
    """The value keeps the highest age and the longest period of a category; a statement that keeps its
    place but changes its number still raises R20 / R06."""
    base = site_text("cloudbacko") + (
        "## Accounts\nYou must be at least 18 years old to create an account.\n"
        "## Retention\n| Data | Period |\n| Invoices | 10 years |\n| Account data | 3 months after closing |\n")
    younger = base.replace("at least 18 years old", "at least 13 years old")
    r20 = {s.id: s for s in recheck(check_text(base), check_text(younger)).signals}["R20"]
    assert "18 → 13" in r20.detail
    longer = base.replace("| 3 months after closing |", "| 5 years after closing |")
    r06 = {s.id: s for s in recheck(check_text(base), check_text(longer)).signals}["R06"]
    assert r06.severity == "high" and "3 months → 5 years" in r06.detail


def test_a_processor_row_is_no_controller_and_advertisers_sold_to_are_r02s() -> None:
    base = site_text("cloudbacko") + "## Our processors\n| Processor | Task |\n| Hetzner Online GmbH | Hosting |\n"
    row = base + "| Bird B.V. | Text messages |\n"
    signals = {s.id for s in recheck(check_text(base), check_text(row)).signals}
    assert "R01" in signals and "R09" not in signals
    sold = site_text("cloudbacko") + "We may sell your personal information to advertisers.\n"
    signals = {s.id for s in recheck(check_text(site_text("cloudbacko")), check_text(sold)).signals}
    assert "R02" in signals and "R01" not in signals


def test_a_link_title_in_curly_quotes_is_no_policy_text() -> None:
    from monitor.checks.segment import without_link_targets

    assert without_link_targets('powered by [Prighter](https://prighter.com/ “EU, UK and Turkey”) today') == "powered by Prighter today"
    assert without_link_targets('see [here](https://x.example/ "Title") now') == "see here now"
