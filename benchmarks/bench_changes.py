"""Replay the OTA corpus through the real pipeline and print how changes were classified.

- version_pairs: consecutive versions of a document, labelled `text`, `link_targets_only`,
  `reverts_to_earlier_version`, `whitespace_only`. Pairs of one document are chained in order, each
  version served as HTML by a local server, fetched by the spider, extracted and recorded; the kind
  policywatch records for each `after` is compared with the label.
- html_noise_pairs: two raw snapshots whose bytes differ but whose policy did not change: a correct
  pipeline reports no change.

Each version is checked up to FETCHES_PER_VERSION times, with the default confirmation (a new text
becomes a version on its second sighting), as a version that lasted a while is in real life; the kind
recorded for a version is the change its checks produced.

Some OTA labels are re-derived mechanically from the two files, by the issue's own rules, and shown
as labels of their own: a `text` pair that differs only in link targets or typography is not a
text change; a `revert` to a version the corpus doesn't hold is new text to the monitor; an `after`
that is not a policy page (fewer than MIN_WORDS words, or under a tenth of the words before: error
pages, "page not found", a truncated fetch) must be recorded as a suspect fetch, not a version.
Both scores are printed: against the labels as given and against the re-derived ones.

Run: make bench-changes  (reads ../shared/corpus/ota; prints tables; no assertions)
"""

from __future__ import annotations

import html
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from config import settings_from_dict  # noqa: E402
from crawler.batch import crawl_documents  # noqa: E402
from monitor.demo.servers import FixtureSite, Page  # noqa: E402
from monitor.diff import diff_texts  # noqa: E402
from storage.database import open_database  # noqa: E402
from storage.queries import version_text  # noqa: E402
from storage.recording import due_document_ids, sync_watchlist  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "ota"
# what a correct monitor does with each label: alert (text) or stay quiet (anything else)
EXPECTED = {
    "text": {"text"},
    "link_targets_only": {"none", "cosmetic"},
    "whitespace_only": {"none", "cosmetic", "technical"},
    "reverts_to_earlier_version": {"reverted", "none"},  # none: the flip was in link targets only
    "text (link/format-only edit)": {"none", "cosmetic"},
    # the monitor never saw the version it returns to: for it, this is new text
    "revert to a version not in the corpus": {"text", "none"},
    # the issue: "a policy that loses 90 % of its text: no `text` version, the right outcome recorded"
    "not a policy page (broken fetch)": {"suspect", "blocked"},
}
FETCHES_PER_VERSION = 3
MIN_WORDS = 30  # config default change_detection.min_words

_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")


def inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    escaped = _LINK.sub(lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', escaped)
    return _BOLD.sub(r"<strong>\2</strong>", escaped)


def markdown_page(markdown: str) -> bytes:
    """A minimal Markdown → HTML rendering (headings, lists, tables, paragraphs, links) inside chrome."""
    out: list[str] = []
    list_open = False
    for raw in markdown.splitlines():
        line = raw.strip()
        if not line:
            if list_open:
                out.append("</ul>")
                list_open = False
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        item = re.match(r"^(?:[-*+]|\d+[.)])\s+(.*)$", line)
        if heading:
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif item:
            if not list_open:
                out.append("<ul>")
                list_open = True
            out.append(f"<li>{inline(item.group(1))}</li>")
        elif line.startswith("|"):
            if re.fullmatch(r"\|[\s:|-]+\|?", line):
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            out.append("<table><tr>" + "".join(f"<td>{inline(c)}</td>" for c in cells) + "</tr></table>")
        else:
            out.append(f"<p>{inline(line)}</p>")
    if list_open:
        out.append("</ul>")
    body = "\n".join(out)
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Terms</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a></nav>"
        f"<main>{body}</main><footer>© Example</footer></body></html>"
    ).encode()


def sequences(manifest: dict) -> list[list[tuple[Path, str | None]]]:
    """Per document, every version the corpus holds in date order, with the label of the pair it ends.

    Where one pair's `after` is not the next pair's `before`, the next `before` is served as an
    unlabelled step, so that a later revert can find the version it returns to.
    """
    by_doc: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for pair in manifest["version_pairs"]:
        by_doc[(pair["collection"], pair["service"], pair["terms_type"])].append(pair)
    result = []
    for pairs in by_doc.values():
        pairs.sort(key=lambda p: (p["after_date"], p["id"]))
        steps: list[tuple[Path, str | None]] = []
        previous_after = None
        for pair in pairs:
            if pair["before_commit"] != previous_after:
                steps.append((CORPUS / pair["files"]["before"]["path"], None))
            steps.append((CORPUS / pair["files"]["after"]["path"], pair["change_label"]))
            previous_after = pair["after_commit"]
        result.append(steps)
    return result


def label_is_format_only(before: Path, after: Path) -> bool:
    """True when two Markdown versions differ only in link targets, typography or Markdown marks."""
    from crawler.normalize import normalize_text
    from storage.changes import comparable_words

    def words(path: Path) -> list[str]:
        text = re.sub(r"\]\([^)]*\)", "]", path.read_text())
        text = re.sub(r"(?m)^[-=#*_\s]+$", "", text)
        text = re.sub(r"[\[\]*_`]", "", text)
        return comparable_words(normalize_text(text))

    return words(before) == words(after)


def label_is_broken_page(before: Path, after: Path) -> bool:
    """True when `after` is no policy text: fewer than MIN_WORDS words, or under a tenth of `before`'s."""
    def count(path: Path) -> int:
        return len(re.findall(r"\w+", re.sub(r"\]\([^)]*\)", "]", path.read_text())))

    return count(after) < MIN_WORDS or count(after) < count(before) / 10


def _seen_before(steps: list[tuple[Path, str | None]], step: int) -> bool:
    """Whether the text of `step` equals an earlier step's (up to Markdown link targets and typography)."""
    from crawler.normalize import normalize_text

    def key(path: Path) -> str:
        return normalize_text(re.sub(r"\]\([^)]*\)", "]", path.read_text()))

    target = key(steps[step][0])
    return any(key(path) == target for path, _ in steps[: step - 1])


def replay_version_pairs(site: FixtureSite, workdir: Path) -> tuple[Counter, Counter, list[float], list[tuple]]:
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    docs = sequences(manifest)
    vendors = []
    for n, steps in enumerate(docs):
        site.set_page(f"/doc/{n}", Page(markdown_page(steps[0][0].read_text())))
        vendors.append({"name": f"doc-{n}", "documents": [{"url": site.url(f"/doc/{n}")}]})
    config = settings_from_dict(
        {
            "database": f"sqlite:///{workdir / 'pairs.db'}",
            "allow_private_addresses": True,
            "crawl": {"download_delay": "0s", "retry_times": 0, "concurrent_requests": 64},
            "change_confirmation": {"fetches": 2, "delay": "0s"},  # the default count; replays don't wait
            "vendors": vendors,
        }
    )
    db = open_database(config.database_url)
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    ids = sorted(due_document_ids(db, all_active=True))
    for _ in range(FETCHES_PER_VERSION):
        crawl_documents(ids, config.database_url, config=config)

    confusion: Counter = Counter()
    given: Counter = Counter()  # against OTA's labels as they are
    diff_ms: list[float] = []
    misses: list[tuple] = []
    for step in range(1, max(len(steps) for steps in docs)):
        live = {n: steps[step] for n, steps in enumerate(docs) if step < len(steps)}
        for n, (path, _label) in live.items():
            site.set_page(f"/doc/{n}", Page(markdown_page(path.read_text())))
        checks = [
            {d.vendor: d for d in crawl_documents([ids[n] for n in live], config.database_url, config=config).documents}
            for _ in range(FETCHES_PER_VERSION)
        ]
        for n, (path, label) in live.items():
            seen = [check[f"doc-{n}"] for check in checks]
            # the change this version caused, else what its last check recorded
            outcome = next((o for o in seen if o.version_id and o.change_kind), seen[-1])
            if outcome.change_kind == "text" and outcome.version_id:
                version_ids = _history_ids(db, outcome.document_id)
                before_id = version_ids[version_ids.index(outcome.version_id) - 1]
                old, new = version_text(db, before_id) or "", version_text(db, outcome.version_id) or ""
                started = time.perf_counter()
                diff_texts(old, new)
                diff_ms.append((time.perf_counter() - started) * 1000)
            if label is None:
                continue
            detected = outcome.change_kind or (
                "none" if outcome.outcome in ("ok", "not_modified", "unchanged_raw") else outcome.outcome
            )
            given[(label, detected)] += 1
            if label_is_broken_page(docs[n][step - 1][0], path):
                label = "not a policy page (broken fetch)"
            elif label == "text" and detected in ("none", "cosmetic") and label_is_format_only(docs[n][step - 1][0], path):
                label = "text (link/format-only edit)"
            if label == "reverts_to_earlier_version" and not _seen_before(docs[n], step):
                label = "revert to a version not in the corpus"
            confusion[(label, detected)] += 1
            if detected not in EXPECTED.get(label, {"none", "cosmetic"}):
                misses.append((str(path.parent.relative_to(CORPUS)), label, detected, outcome.message or ""))
    db.close()
    return confusion, given, diff_ms, misses


def _history_ids(db, document_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from storage.models import Version

    with db.read() as session:
        return list(session.scalars(select(Version.id).where(Version.document_id == document_id).order_by(Version.id)))


def replay_noise_pairs(site: FixtureSite, workdir: Path) -> list[tuple[str, str]]:
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    vendors = []
    pairs = manifest["html_noise_pairs"]
    for n, pair in enumerate(pairs):
        folder = CORPUS / Path(pair["files"]["before"]["path"]).parent
        declaration = json.loads((folder / "declaration.json").read_text())["entry"]
        select = declaration.get("select") or []
        remove = declaration.get("remove") or []
        site.set_page(f"/noise/{n}", Page((folder / "before.html").read_bytes()))
        vendors.append({
            "name": f"noise-{n}",
            "documents": [{"url": site.url(f"/noise/{n}"),
                           "select": select if isinstance(select, list) else [select],
                           "remove": remove if isinstance(remove, list) else [remove]}],
        })
    config = settings_from_dict(
        {
            "database": f"sqlite:///{workdir / 'noise.db'}",
            "allow_private_addresses": True,
            "crawl": {"download_delay": "0s", "retry_times": 0},
            "change_confirmation": {"fetches": 1, "delay": "0s"},
            "vendors": vendors,
        }
    )
    db = open_database(config.database_url)
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    ids = sorted(due_document_ids(db, all_active=True))
    first = crawl_documents(ids, config.database_url, config=config)
    for n, pair in enumerate(pairs):
        folder = CORPUS / Path(pair["files"]["after"]["path"]).parent
        site.set_page(f"/noise/{n}", Page((folder / "after.html").read_bytes()))
    second = crawl_documents(ids, config.database_url, config=config)
    db.close()
    firsts = {d.vendor: d.outcome for d in first.documents}
    return [
        (pairs[int(d.vendor.split("-")[1])]["id"], f"{firsts[d.vendor]} → {d.change_kind or d.outcome}")
        for d in second.documents
    ]


def _declared(folder: Path) -> dict[str, list]:
    declaration = json.loads((folder / "declaration.json").read_text())["entry"]
    select, remove = declaration.get("select") or [], declaration.get("remove") or []
    return {"select": select if isinstance(select, list) else [select],
            "remove": remove if isinstance(remove, list) else [remove]}


def replay_html_change_pairs(site: FixtureSite, workdir: Path, *, selectors: bool) -> list[tuple[str, bool, str]]:
    """Raw snapshots of a real policy before and after a change OTA recorded (or a technical upgrade),
    each checked 3 times, with the declaration in force or with the generic extractor.

    Returns (pair, text change expected, kind recorded); a text change is expected where the words of
    OTA's expected.md differ, whatever OTA's `expected_change` flag says (one "change" differs only in
    link targets, one in invisible characters, and the "technical upgrade" also changed the text)."""
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    pairs = manifest["html_change_pairs"]

    def settings(side: str) -> Any:
        vendors = []
        for n, pair in enumerate(pairs):
            folder = CORPUS / pair[f"{side}_triple"]
            document: dict[str, Any] = {"url": site.url(f"/change/{n}")}
            if selectors:
                document.update(_declared(folder))
            vendors.append({"name": f"change-{n}", "documents": [document]})
        return settings_from_dict({
            "database": f"sqlite:///{workdir / ('changes-selectors.db' if selectors else 'changes-generic.db')}",
            "allow_private_addresses": True,
            "crawl": {"download_delay": "0s", "retry_times": 0},
            "change_confirmation": {"fetches": 2, "delay": "0s"},
            "vendors": vendors,
        })

    results: dict[str, list] = {}
    for side in ("before", "after"):
        for n, pair in enumerate(pairs):
            site.set_page(f"/change/{n}", Page((CORPUS / pair[f"{side}_triple"] / "snapshot.html").read_bytes()))
        config = settings(side)
        db = open_database(config.database_url)
        sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
        ids = sorted(due_document_ids(db, all_active=True))
        db.close()
        for _ in range(FETCHES_PER_VERSION):
            for d in crawl_documents(ids, config.database_url, config=config).documents:
                results.setdefault(f"{side}:{d.vendor}", []).append(d)
    recorded = []
    for n, pair in enumerate(pairs):
        seen = results[f"after:change-{n}"]
        outcome = next((o for o in seen if o.version_id and o.change_kind), seen[-1])
        kind = outcome.change_kind or ("none" if outcome.outcome in ("ok", "not_modified", "unchanged_raw") else outcome.outcome)
        # OTA's flag, re-derived like the version pairs' labels: a real change is one in the words of
        # OTA's own extracted texts, not in link targets or invisible characters
        before_md, after_md = (CORPUS / pair[f"{side}_triple"] / "expected.md" for side in ("before", "after"))
        recorded.append((pair["after_triple"], not label_is_format_only(before_md, after_md), kind))
    return recorded


def main() -> int:
    if not CORPUS.exists():
        print(f"{CORPUS} not present: nothing to replay")
        return 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, FixtureSite() as site:
        confusion, given, diff_ms, misses = replay_version_pairs(site, Path(tmp))
        noise = replay_noise_pairs(site, Path(tmp))
        html_changes = {
            "declared selectors": replay_html_change_pairs(site, Path(tmp), selectors=True),
            "generic extractor": replay_html_change_pairs(site, Path(tmp), selectors=False),
        }
    labels = sorted({label for label, _ in confusion})
    detected = sorted({kind for _, kind in confusion})
    print("version_pairs: label (rows) × kind recorded by policywatch (columns)")
    width = max(len(d) for d in detected) + 2
    label_width = max(len(label) for label in labels) + 2
    print(" " * label_width + "".join(d.rjust(width) for d in detected) + "   correct")
    total = correct = 0
    for label in labels:
        row = [confusion[(label, d)] for d in detected]
        ok = sum(confusion[(label, d)] for d in EXPECTED.get(label, ()))
        total += sum(row)
        correct += ok
        print(label.ljust(label_width) + "".join(str(v).rjust(width) for v in row) + f"   {ok}/{sum(row)}")
    print(f"classified as labelled (re-derived labels): {correct}/{total} = {correct / total:.1%}")
    given_ok = sum(v for (label, kind), v in given.items() if kind in EXPECTED[label])
    print(f"classified as labelled (OTA's labels as given): {given_ok}/{sum(given.values())} = "
          f"{given_ok / sum(given.values()):.1%}")
    real = sum(v for (label, _), v in confusion.items() if label == "text")
    found = confusion[("text", "text")]
    print(f"real text changes reported: {found}/{real} = {found / real:.1%}")
    false_alarms = sum(v for (label, kind), v in confusion.items() if kind == "text" and "text" not in EXPECTED[label])
    print(f"false alarms (reported as text where no text change is expected): {false_alarms}")
    if misses:
        print("\nmisclassified pairs:")
        for pair_id, label, kind, message in misses:
            print(f"  {pair_id}: {label} → {kind} {message[:90]}")
    print("\nhtml_noise_pairs (expected: no change):")
    reported = 0
    for pair_id, result in noise:
        changed = result.endswith("text") or result.endswith("cosmetic") or result.endswith("technical") or result.endswith("reverted")
        reported += changed
        print(f"  {pair_id}: {result}")
    print(f"reported changes on noise pairs: {reported}/{len(noise)}")
    print("\nhtml_change_pairs (raw snapshots before/after a change OTA recorded; expected: text where "
          "the words of OTA's extracted texts differ):")
    for path, recorded in html_changes.items():
        right = sum((kind == "text") == expected for _, expected, kind in recorded)
        print(f"  {path}: {right}/{len(recorded)} as expected")
        for pair_id, expected, kind in recorded:
            mark = "" if (kind == "text") == expected else "   <- miss"
            print(f"    {pair_id}: expected {'text' if expected else 'no text change'}, recorded {kind}{mark}")
    if diff_ms:
        print(
            f"\ndiff of each detected text change: n={len(diff_ms)} median {statistics.median(diff_ms):.1f} ms, "
            f"p95 {sorted(diff_ms)[int(0.95 * (len(diff_ms) - 1))]:.1f} ms, max {max(diff_ms):.1f} ms"
        )
    print(f"total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
