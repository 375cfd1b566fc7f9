"""Compliance-check benchmark (issue 4).

1. GDPR-Transparency-200 (English, 21 labels; ../shared/compliance_data/gdpr_transparency_200):
   documents are split in two halves by a hash of their file name: `dev` (cues were tuned on it) and
   `test` (reported). Document-level presence P/R/F1 per item, macro-F1, and missing-item P/R
   (positive = the item is missing from the document; predicted missing = status absent or
   not_applicable), micro over all items × documents.
2. The multilingual seed sentences (../shared/compliance_data/multilingual_seed_sentences.csv):
   per language, the share of the 12 topic sentences whose item is found when the sentence is checked
   on its own (with its language detected, not forced), the share detected as the right language,
   and false positives of checklist items on the off-topic sentence; plus the sale / AI-training
   polarity of negated versions of the sale sentences.
3. Parallel EN/DE Terms of Service (../shared/compliance_data/claudette_multilingual_tos, the same 50
   services in both languages; not privacy policies and not labelled for these items): for the 21
   GT-200 items, how many of the (document, item) pairs found in one language version are also found
   in the other — a check of the German pack against the English one on text neither was written
   from (`--no-parallel` skips it, ~17 s).
4. Open Terms Archive version pairs (../shared/corpus/ota/version_pairs: consecutive versions of 137
   real policies, each labelled `text`, `link_targets_only`, `whitespace_only` or
   `reverts_to_earlier_version`): both versions checked, then re-checked against each other, as
   `policywatch recheck BEFORE AFTER` does. Per label, how many pairs raise a risk signal and at which
   severity: a pair whose only change is link targets or whitespace must raise none (a false alarm).
5. Editorial edits of real policies: the newest version of each of those documents, edited the way a
   vendor's web team does without changing what the policy says (emphasis removed, list marks,
   quotes, heading case and numbers, two sections swapped, "e-mail" → "email", "U.S." → "US",
   "and" → "&"); each edit re-checked against the original. Any signal above `none` is a false alarm.
6. Written change cases (`benchmarks/signal_cases_a.py` to `_d.py`; the project's own, no
   ../shared needed): per language, a base policy and one small edit per risk signal plus edits that
   change no meaning, re-checked as `policywatch recheck` does. Signal-level precision / recall / F1
   (a case's expected signal raised = true positive, missing = false negative, any other signal but
   R23 = false positive) per language, and the meaning-free edits that raised anything.

Usage: python benchmarks/bench_compliance.py [--split dev|test|all] [--json] [--shared DIR] [--no-parallel]
       python benchmarks/bench_compliance.py --errors C12   (error analysis, tune half only)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import tarfile
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from monitor.checks.engine import check_text  # noqa: E402
from monitor.checks.language import detect_language  # noqa: E402
from monitor.checks.rules import default_rules  # noqa: E402
from monitor.checks.signals import recheck  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared" / "compliance_data"
COSMETIC_LABELS = ("link_targets_only", "whitespace_only")  # OTA change labels that change no wording
LEVEL = {f"h{n}": n for n in range(1, 7)}


def repair_json(raw: str) -> str:
    """The README's repair for the five files with annotator notes pasted after a value."""
    lines = []
    for line in raw.splitlines():
        match = re.search(r'("annotations": \[\]|"performed": (?:true|false))', line)
        if match:
            line = line[: match.end()] + ("," if line[match.end():].lstrip().startswith(",") else "")
        elif re.match(r"\s*\][^,\]\s]", line):
            line = line[: line.index("]") + 1]
        lines.append(line)
    return "\n".join(lines)


def load_gt200(shared: Path) -> dict[str, list[dict[str, Any]]]:
    docs = {}
    with zipfile.ZipFile(shared / "gdpr_transparency_200" / "gdpr-transparency-200-v1.zip") as archive:
        for name in archive.namelist():
            if "__MACOSX" in name or not name.endswith(".json"):
                continue
            raw = archive.read(name).decode("utf-8")
            try:
                data = json.loads(raw)
            except json.JSONDecodeError:
                data = json.loads(repair_json(raw).replace(",\n}", "\n}").replace(",\n]", "\n]"))
            docs[Path(name).stem] = data
    return docs


def to_policy_text(passages: list[dict[str, Any]]) -> str:
    """GT-200 passages in the policy text format (headings with # marks, list items, table rows)."""
    lines = []
    for p in passages:
        text = " ".join(str(p.get("passage", "")).split())
        if not text:
            continue
        kind = p.get("type")
        if kind == "headline":
            level = min(6, len(p.get("context") or []) + 1)
            lines.append("#" * level + " " + text)
        elif kind == "list_item":
            lines.append("- " + text)
        elif kind in {"table_cell", "table_header"}:
            lines.append("| " + text + " |")
        else:
            lines.append(text)
    return "\n".join(lines) + "\n"


def split_of(name: str) -> str:
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "test"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def bench_gt200(shared: Path, split: str) -> dict[str, Any]:
    label_to_item = {}
    with open(shared / "label_mapping.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["gt200_label"]:
                label_to_item[row["gt200_label"]] = row["checklist_id"]
    docs = load_gt200(shared)
    rules = default_rules()
    counts = {item: defaultdict(int) for item in label_to_item.values()}
    languages: dict[str, int] = defaultdict(int)
    used = 0
    for name, passages in sorted(docs.items()):
        if split != "all" and split_of(name) != split:
            continue
        used += 1
        gold = {label_to_item[a["requirement"]] for p in passages for a in p.get("annotations", []) if a.get("requirement") in label_to_item}
        report = check_text(to_policy_text(passages), rules=rules)
        languages[report.language or "none"] += 1
        predicted = {f.id for f in report.findings if f.status == "present"}
        for item in counts:
            g, pr = item in gold, item in predicted
            counts[item]["tp" if g and pr else "fp" if pr else "fn" if g else "tn"] += 1
    per_item = {}
    missing = defaultdict(int)
    for item, c in sorted(counts.items()):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        mp, mr, mf = prf(c["tn"], c["fn"], c["fp"])  # missing = positive
        per_item[item] = {"P": p, "R": r, "F1": f, "docs_with_item": c["tp"] + c["fn"], "missing_P": mp, "missing_R": mr, "missing_F1": mf}
        missing["tp"] += c["tn"]
        missing["fp"] += c["fn"]
        missing["fn"] += c["fp"]
    macro = sum(v["F1"] for v in per_item.values()) / len(per_item)
    mp, mr, mf = prf(missing["tp"], missing["fp"], missing["fn"])
    return {"split": split, "documents": used, "detected_languages": dict(languages), "per_item": per_item,
            "presence_macro_F1": macro, "missing_micro": {"P": mp, "R": mr, "F1": mf, **missing}}


NEGATED_SALE = {
    "en": "We never sell your personal information to advertising partners.",
    "sl": "Vaših osebnih podatkov nikoli ne prodamo oglaševalskim partnerjem.",
    "sv": "Vi säljer aldrig dina personuppgifter till annonspartner.",
    "fi": "Emme koskaan myy henkilötietojasi mainoskumppaneille.",
    "nl": "Wij verkopen uw persoonsgegevens nooit aan advertentiepartners.",
    "de": "Wir verkaufen Ihre personenbezogenen Daten niemals an Werbepartner.",
    "fr": "Nous ne vendons jamais vos données personnelles à des partenaires publicitaires.",
}


def bench_multilingual(shared: Path) -> dict[str, Any]:
    rules = default_rules()
    item_of = {"R02": "C32", "R03": "C31"}
    per_lang: dict[str, dict[str, Any]] = defaultdict(lambda: {"found": 0, "total": 0, "language_ok": 0, "offtopic_items": [], "misses": []})
    with open(shared / "multilingual_seed_sentences.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["kind"] == "prototype":
            continue
        lang = row["lang"]
        entry = per_lang[lang]
        detected, _ = detect_language(row["text"])
        report = check_text(row["text"], rules=rules)
        present = {f.id for f in report.findings if f.status == "present" and f.kind == "checklist"}
        if row["kind"] == "negative":
            entry["offtopic_items"] = sorted(present)
            continue
        entry["total"] += 1
        entry["language_ok"] += detected == lang
        target = item_of.get(row["checklist_id"], row["checklist_id"])
        if target in present:
            finding = report.finding(target)
            if row["checklist_id"] in item_of and finding is not None and not finding.affirmed:
                entry["misses"].append(f"{row['id']}:{target} negated")
            else:
                entry["found"] += 1
        else:
            entry["misses"].append(f"{row['id']}:{target} ({report.language})")
    for lang, sentence in NEGATED_SALE.items():
        report = check_text(sentence, rules=rules)
        finding = report.finding("C32")
        per_lang[lang]["negated_sale_read_as_denial"] = bool(finding and finding.denied and not finding.affirmed)
    result = {}
    for lang, entry in per_lang.items():
        entry["recall"] = entry["found"] / entry["total"] if entry["total"] else 0.0
        result[lang] = entry
    return result


def bench_parallel(shared: Path, items: list[str]) -> dict[str, Any] | None:
    """EN vs DE versions of the same Claudette ToS: items found in both / only in one version."""
    archive = shared / "claudette_multilingual_tos" / "multilingual-unfair-tos.tar.gz"
    if not archive.exists():
        return None

    texts: dict[str, dict[str, str]] = defaultdict(dict)
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            match = re.search(r"original_xml/(en|de)/([^/]+)\.xml$", member.name)
            if match and member.isfile():
                raw = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
                texts[match.group(2)][match.group(1)] = re.sub(r"<[^>]+>", "", raw)
    rules = default_rules()
    counts = {item: {"both": 0, "en_only": 0, "de_only": 0} for item in items}
    pairs = 0
    for service, versions in sorted(texts.items()):
        if set(versions) != {"en", "de"}:
            continue
        pairs += 1
        found = {}
        for lang, text in versions.items():
            report = check_text(text, rules=rules, language=lang)
            found[lang] = {f.id for f in report.findings if f.status == "present"}
        for item in items:
            en, de = item in found["en"], item in found["de"]
            if en and de:
                counts[item]["both"] += 1
            elif en:
                counts[item]["en_only"] += 1
            elif de:
                counts[item]["de_only"] += 1
    both = sum(c["both"] for c in counts.values())
    en_only = sum(c["en_only"] for c in counts.values())
    de_only = sum(c["de_only"] for c in counts.values())
    return {"pairs": pairs, "both": both, "en_only": en_only, "de_only": de_only,
            "de_of_en": both / (both + en_only) if both + en_only else 0.0,
            "en_of_de": both / (both + de_only) if both + de_only else 0.0, "per_item": counts}


def print_errors(shared: Path, item: str) -> None:
    """False positives (with the evidence sentences) and false negatives (with the gold spans) of one item,
    on the dev (tune) half only: looking at test-half errors would turn the reported figure into a tuned one."""
    label_to_item = {}
    with open(shared / "label_mapping.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["gt200_label"]:
                label_to_item[row["gt200_label"]] = row["checklist_id"]
    rules = default_rules()
    for name, passages in sorted(load_gt200(shared).items()):
        if split_of(name) != "dev":
            continue
        gold = [(p, a) for p in passages for a in p.get("annotations", []) if label_to_item.get(a.get("requirement")) == item]
        found = check_text(to_policy_text(passages), rules=rules).finding(item)
        if found is None:
            continue
        if found.status == "present" and not gold:
            print(f"FP {name}")
            for e in found.evidence[:6]:
                print(f"    [{' / '.join(e.heading_path)[-60:]}] {e.text[:300]}")
        elif gold and found.status != "present":
            print(f"FN {name} ({found.status})")
            for passage, annotation in gold[:6]:
                print(f"    span: {annotation['value'][:200]!r} in: {str(passage.get('passage', ''))[:300]}")


def ota_version_pairs(shared: Path) -> tuple[Path, list[dict[str, Any]]] | None:
    """The OTA corpus folder beside ``shared`` and its version pairs (in version order), or None."""
    root = shared.parent / "corpus" / "ota"
    manifest = root / "manifest.json"
    if not manifest.exists():
        return None
    return root, json.loads(manifest.read_text(encoding="utf-8"))["version_pairs"]


def bench_version_pairs(shared: Path) -> dict[str, Any] | None:
    """Check and re-check each OTA version pair; severities per change label (see the module docstring)."""
    if (corpus := ota_version_pairs(shared)) is None:
        return None
    root, version_pairs = corpus
    rules = default_rules()
    by_label: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    alarms: list[dict[str, Any]] = []
    for pair in version_pairs:
        folder = root / pair["id"]
        before = check_text((folder / "before.md").read_text(encoding="utf-8"), rules=rules)
        after = check_text((folder / "after.md").read_text(encoding="utf-8"), rules=rules)
        label = pair["change_label"]
        if before.status != "ok" or after.status != "ok":
            by_label[label]["not checked"] += 1  # an unsupported language (Chinese, Japanese, ...)
            continue
        result = recheck(before, after, rules=rules)
        by_label[label][result.severity] += 1
        if label in COSMETIC_LABELS and result.severity != "none":
            alarms.append({"pair": pair["id"], "severity": result.severity, "signals": [s.id for s in result.signals]})
    return {"by_label": {label: dict(counts) for label, counts in sorted(by_label.items())}, "false_alarms": alarms}


def _without_emphasis(text: str) -> str:
    return re.sub(r"\*\*([^*\n]+)\*\*", r"\1", text)


def _bullets(text: str) -> str:
    return re.sub(r"(?m)^(\s*)[-*] ", r"\1• ", text)


def _curly_quotes(text: str) -> str:
    return re.sub(r"\"([^\"\n]*)\"", r"“\1”", text).replace("'", "’")


def _upper_headings(text: str) -> str:
    return re.sub(r"(?m)^(#+ .*)$", lambda m: m.group(1).upper(), text)


def _renumbered_headings(text: str) -> str:
    return re.sub(r"(?m)^(#+\s*)(\d+)\.", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}.", text)


def _two_sections_swapped(text: str) -> str:
    """The first two sections of the highest heading level that has at least three, swapped."""
    levels = sorted(len(m.group(1)) for m in re.finditer(r"(?m)^(#+) ", text))
    level = next((n for n in sorted(set(levels)) if levels.count(n) >= 3), None)
    if level is None:
        return text
    parts = re.split(rf"(?m)^(?={'#' * level} )", text)
    parts[1], parts[2] = parts[2], parts[1]
    return "".join(parts)


EDITORIAL_EDITS = {  # name: an edit that changes no statement of the policy
    "emphasis removed": _without_emphasis,
    "list marks": _bullets,
    "curly quotes": _curly_quotes,
    "headings upper case": _upper_headings,
    "headings renumbered": _renumbered_headings,
    "two sections swapped": _two_sections_swapped,
    "e-mail → email": lambda t: t.replace("e-mail", "email").replace("E-mail", "Email"),
    "U.S. → US": lambda t: t.replace("U.S.", "US"),
    "and → & (3 times)": lambda t: t.replace(" and ", " & ", 3),
}


def bench_editorial_edits(shared: Path) -> dict[str, Any] | None:
    """Re-check each editorial edit of the newest version of each OTA document against the original."""
    if (corpus := ota_version_pairs(shared)) is None:
        return None
    root, version_pairs = corpus
    rules = default_rules()
    newest: dict[str, Path] = {}
    for pair in version_pairs:
        newest[pair["id"].rsplit("/", 1)[0]] = root / pair["id"] / "after.md"  # pairs are in version order
    per_edit: dict[str, dict[str, Any]] = {name: {"documents": 0, "alarms": 0, "signals": defaultdict(int)} for name in EDITORIAL_EDITS}
    for path in newest.values():
        text = path.read_text(encoding="utf-8")
        original = check_text(text, rules=rules)
        if original.status != "ok":
            continue
        for name, edit in EDITORIAL_EDITS.items():
            edited = edit(text)
            if edited == text:
                continue
            result = recheck(original, check_text(edited, rules=rules), rules=rules)
            entry = per_edit[name]
            entry["documents"] += 1
            if result.severity != "none":
                entry["alarms"] += 1
                for signal in result.signals:
                    entry["signals"][signal.id] += 1
    return {name: {**e, "signals": dict(e["signals"])} for name, e in per_edit.items()}


def bench_written_cases(module_name: str) -> dict[str, Any] | None:
    """Signal precision/recall of one written case set, per language."""
    try:
        module = __import__(module_name)
    except ImportError:
        return None
    per_lang: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "cases": 0})
    misses, quiet_alarms = [], []
    for case in module.build_cases():
        got = {s.id for s in recheck(check_text(case["before"]), check_text(case["after"])).signals}
        expect = set(case["expect"])
        counts = per_lang[case["lang"]]
        counts["cases"] += 1
        counts["tp"] += len(expect & got)
        counts["fn"] += len(expect - got)
        counts["fp"] += len(got - expect - {"R23"})
        if expect - got:
            misses.append(case["id"])
        if not expect and got - {"R23"}:
            quiet_alarms.append(f"{case['id']}: {' '.join(sorted(got))}")
    total = {k: sum(c[k] for c in per_lang.values()) for k in ("tp", "fp", "fn", "cases")}
    return {"per_language": dict(per_lang), "total": total, "misses": misses, "meaning_free_alarms": quiet_alarms}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="test")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--errors", metavar="ITEM", help="print the dev-half false positives/negatives of one item")
    parser.add_argument("--no-parallel", action="store_true", help="skip the parallel EN/DE terms-of-service check")
    args = parser.parse_args()
    if not args.shared.exists():
        print(f"{args.shared} not found: the benchmark needs ../shared/compliance_data", file=sys.stderr)
        return 2
    if args.errors:
        print_errors(args.shared, args.errors.upper())
        return 0
    gt = bench_gt200(args.shared, args.split)
    ml = bench_multilingual(args.shared)
    parallel = None if args.no_parallel else bench_parallel(args.shared, list(gt["per_item"]))
    pairs = bench_version_pairs(args.shared)
    edits = bench_editorial_edits(args.shared)
    written = {name: bench_written_cases(name) for name in ("signal_cases_a", "signal_cases_b", "signal_cases_c", "signal_cases_d")}
    if args.json:
        print(json.dumps({"gt200": gt, "multilingual": ml, "parallel_en_de": parallel, "ota_version_pairs": pairs,
                          "editorial_edits": edits, "written_cases": written},
                         indent=2, ensure_ascii=False))
        return 0
    print(f"GDPR-Transparency-200, split {gt['split']} ({gt['documents']} documents; detected languages {gt['detected_languages']})")
    print(f"{'item':5} {'docs':>4} {'P':>5} {'R':>5} {'F1':>5} | missing {'P':>5} {'R':>5} {'F1':>5}")
    for item, m in gt["per_item"].items():
        print(f"{item:5} {m['docs_with_item']:4d} {m['P']:5.2f} {m['R']:5.2f} {m['F1']:5.2f} |         {m['missing_P']:5.2f} {m['missing_R']:5.2f} {m['missing_F1']:5.2f}")
    mm = gt["missing_micro"]
    print(f"presence macro-F1 {gt['presence_macro_F1']:.3f} (target ≥ 0.85)")
    print(f"missing-item micro P {mm['P']:.3f} R {mm['R']:.3f} F1 {mm['F1']:.3f} (targets P ≥ 0.93, R ≥ 0.90)")
    print()
    print("Multilingual seed sentences (12 topics per language; item found when checked alone)")
    english = ml.get("en", {}).get("recall", 0.0)
    for lang in ["en", "sl", "sv", "fi", "nl", "de", "fr"]:
        e = ml.get(lang)
        if not e:
            continue
        gap = (english - e["recall"]) * 100
        print(f"{lang}: recall {e['found']}/{e['total']} = {e['recall']:.2f} ({gap:+.0f} pts vs en), language detected {e['language_ok']}/{e['total']}, "
              f"off-topic false items {e['offtopic_items'] or 'none'}, negated sale read as denial: {e.get('negated_sale_read_as_denial')}"
              + (f", misses {e['misses']}" if e["misses"] else ""))
    if parallel:
        print()
        print(f"Parallel EN/DE terms of service ({parallel['pairs']} services, 21 GT-200 items): found in both {parallel['both']}, "
              f"only EN {parallel['en_only']}, only DE {parallel['de_only']}; DE finds {parallel['de_of_en']:.2f} of what EN finds, "
              f"EN {parallel['en_of_de']:.2f} of what DE finds")
        worst = sorted(parallel["per_item"].items(), key=lambda kv: -(kv[1]["en_only"] + kv[1]["de_only"]))[:6]
        print("  most disagreement: " + ", ".join(f"{i} (en only {c['en_only']}, de only {c['de_only']})" for i, c in worst))
    if pairs:
        print()
        print("OTA version pairs, checked and re-checked (recheck severity per pair, by OTA's change label)")
        columns = ["none", "low", "medium", "high", "critical", "not checked"]
        print(f"{'label':28} {'pairs':>5} " + " ".join(f"{c:>11}" for c in columns))
        for label, counts in pairs["by_label"].items():
            print(f"{label:28} {sum(counts.values()):5d} " + " ".join(f"{counts.get(c, 0):11d}" for c in columns))
        cosmetic = sum(sum(c.values()) - c.get("not checked", 0) for label, c in pairs["by_label"].items() if label in COSMETIC_LABELS)
        print(f"false alarms on pairs that change no wording ({', '.join(COSMETIC_LABELS)}): {len(pairs['false_alarms'])} of {cosmetic}"
              + "".join(f"\n  {a['pair']}: {a['severity']} {' '.join(a['signals'])}" for a in pairs["false_alarms"]))
    if edits:
        print()
        print("Editorial edits of the newest OTA version of each document, re-checked against it (any signal is a false alarm)")
        print(f"{'edit':24} {'documents':>9} {'alarms':>6}  signals")
        for name, e in edits.items():
            print(f"{name:24} {e['documents']:9d} {e['alarms']:6d}  " + (", ".join(f"{k} {v}" for k, v in sorted(e["signals"].items())) or "-"))
        print(f"false alarms: {sum(e['alarms'] for e in edits.values())} of {sum(e['documents'] for e in edits.values())} edited documents")
    for name, result in written.items():
        if result is None:
            continue
        print()
        print(f"Written change cases, {name} (signal-level P/R/F1; target F1 ≥ 0.9)")
        rows = list(result["per_language"].items()) + [("all", result["total"])]
        for lang, c in rows:
            p, r, f1 = prf(c["tp"], c["fp"], c["fn"])
            print(f"  {lang:4} {c['cases']:4d} cases  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
        print(f"  missed: {', '.join(result['misses']) or 'none'}")
        print(f"  meaning-free edits that raised a signal: {', '.join(result['meaning_free_alarms']) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
