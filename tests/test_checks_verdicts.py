"""Stored sentence verdicts (monitor.checks.verdicts): a re-check starts from the previous version's
verdicts instead of matching every cue again, with exactly the same findings, flips, signals and
alert payloads; a rule change or an unreadable blob falls back to matching the cues."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.checks import engine
from monitor.checks import verdicts as verdict_store
from monitor.checks.engine import VerdictLog, check_text
from monitor.checks.rules import SHIPPED_RULES_DIR, RuleSet, load_rules

SITES = Path(__file__).resolve().parents[1] / "monitor" / "demo" / "sites"


def site_text(vendor: str, version: str = "") -> str:
    return (SITES / vendor / f"privacy{version}.expected.txt").read_text(encoding="utf-8")


def forget(rules: RuleSet) -> None:
    """What a daemon has forgotten by the next cycle: the in-process memos."""
    for pack in rules.packs.values():
        pack.sentence_verdicts.clear()


class MatchCounter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        original = engine._match_item

        def counting(*args: Any) -> Any:
            self.calls += 1
            return original(*args)

        monkeypatch.setattr(engine, "_match_item", counting)


# --- in-process ----------------------------------------------------------------------------------

@pytest.mark.parametrize("vendor", ["cloudbacko", "koofr"])
def test_known_verdicts_give_the_findings_of_a_fresh_check(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = load_rules()
    before, after = site_text(vendor), site_text(vendor, ".v2")
    forget(rules)
    fresh = check_text(after, rules=rules).as_contract()
    first = VerdictLog()
    check_text(before, rules=rules, verdicts=first)
    stored = verdict_store.decode(verdict_store.encode(first.seen, rules), rules)
    assert stored == first.seen  # the JSON round trip keeps every verdict
    forget(rules)
    counter = MatchCounter(monkeypatch)
    log = VerdictLog(known=stored)
    assert check_text(after, rules=rules, verdicts=log).as_contract() == fresh
    changed = {lang: sum(1 for d in seen if d not in stored.get(lang, {})) for lang, seen in log.seen.items()}
    assert 0 < sum(changed.values()) < sum(map(len, log.seen.values())) / 2
    # only the changed sentences' cues were matched
    assert counter.calls == sum(n * len(rules.packs[lang].item_ids) for lang, n in changed.items())


def test_encoded_verdicts_are_compact() -> None:
    rules = load_rules()
    log = VerdictLog()
    check_text(site_text("koofr"), rules=rules, verdicts=log)
    import zstandard

    raw = verdict_store.encode(log.seen, rules)
    assert len(zstandard.ZstdCompressor(level=10).compress(raw)) < 40 * sum(map(len, log.seen.values()))


def test_a_changed_pack_invalidates_its_verdicts(tmp_path: Path) -> None:
    rules = load_rules()
    log = VerdictLog()
    check_text(site_text("cloudbacko"), rules=rules, verdicts=log)
    data = verdict_store.encode(log.seen, rules)
    assert set(verdict_store.decode(data, rules)) == {"en"}
    # a user pack adds one cue to one English item: every English verdict is stale
    (tmp_path / "extra.en.yaml").write_text(
        "kind: language_pack\nlanguage: en\nitems:\n  C11:\n    cues: ['\\bzzqx retention\\b']\n", encoding="utf-8")
    changed = load_rules([SHIPPED_RULES_DIR, tmp_path])
    assert verdict_store.pack_digest(changed.packs["en"]) != verdict_store.pack_digest(rules.packs["en"])
    assert "en" not in verdict_store.decode(data, changed)
    # another language's change leaves the English verdicts valid
    other = tmp_path / "other"
    other.mkdir()
    (other / "extra.de.yaml").write_text(
        "kind: language_pack\nlanguage: de\nitems:\n  C11:\n    cues: ['\\bzzqx\\b']\n", encoding="utf-8")
    assert verdict_store.decode(data, load_rules([SHIPPED_RULES_DIR, other]))["en"] == log.seen["en"]


@pytest.mark.parametrize("data", [
    b"not json", b"[]", b'{"format": 99, "packs": {}}',
    b'{"format": 1, "packs": {"en": {"digest": "DIGEST", "sentences": {"ab": "C99"}}}}',
    b'{"format": 1, "packs": {"en": {"digest": "DIGEST", "sentences": {"ab": 3}}}}',
    b'{"format": 1, "packs": {"en": {"digest": "DIGEST", "sentences": ["ab"]}}}',
])
def test_malformed_verdicts_are_refused(data: bytes) -> None:
    rules = load_rules()
    with pytest.raises(ValueError):
        verdict_store.decode(data.replace(b"DIGEST", verdict_store.pack_digest(rules.packs["en"]).encode()), rules)


# --- in the database -----------------------------------------------------------------------------

def _setup(url: str) -> tuple[Any, Any, Any]:
    from config.loader import settings_from_dict
    from config.schema import VendorConfig
    from storage import outcomes
    from storage.database import open_database
    from storage.models import Document, utcnow
    from storage.recording import ChangePolicy, FetchRecord, record_fetch, sync_watchlist

    db = open_database(url)
    vendors = [VendorConfig.model_validate({"name": name, "category": "backup",
                                            "documents": [{"url": f"https://{name}.example/privacy"}]})
               for name in ("cloudbacko", "koofr")]
    sync_watchlist(db, vendors, default_interval=timedelta(hours=12))
    config = settings_from_dict({"database": url})
    with db.read() as session:
        documents = {url.split("//")[1].split(".")[0]: doc_id for doc_id, url in session.query(Document.id, Document.url)}
    policy = ChangePolicy(min_words=1)

    def record(name: str, version: str = "", times: int = 1) -> None:
        text = site_text(name, version)
        for _ in range(times):
            now = utcnow()
            record_fetch(db, FetchRecord(
                document_id=documents[name], url=f"https://{name}.example/privacy", outcome=outcomes.OK,
                started_at=now, finished_at=now, http_status=200, raw_body=text.encode(), text=text,
                text_sha256=hashlib.sha256(text.encode()).hexdigest(), words=len(text.split()), language="en",
            ), alert_channels=["mail"], policy=policy)

    return db, config, record


def _results(db: Any) -> dict[str, Any]:
    from storage.models import Alert, Change, CheckResult

    with db.read() as session:
        rows = sorted((r.version_id, r.check_id, r.status, json.dumps(r.value, sort_keys=True), json.dumps(r.evidence))
                      for r in session.query(CheckResult))
        alerts = sorted((c.to_version_id, a.severity, json.dumps(a.payload, sort_keys=True))
                        for a, c in session.query(Alert, Change).join(Change, Alert.change_id == Change.id))
    return {"rows": rows, "alerts": alerts}


def _run(url: str, rules: RuleSet, monkeypatch: pytest.MonkeyPatch, *, between: Any = None) -> tuple[list[Any], dict[str, Any], int]:
    """First versions checked, memos forgotten, second versions recorded and re-checked."""
    from monitor.checks.store import recheck_new_versions

    db, config, record = _setup(url)
    forget(rules)
    record("cloudbacko")
    record("koofr")
    assert all(o.status == "ok" for o in recheck_new_versions(db, config, rules=rules))
    forget(rules)
    record("cloudbacko", ".v2", times=2)
    record("koofr", ".v2", times=2)
    if between is not None:
        between(db)
    counter = MatchCounter(monkeypatch)
    outcomes = recheck_new_versions(db, config, rules=rules)
    monkeypatch.undo()
    contracts = [(o.version_id, o.previous_version_id, o.status, o.findings, o.recheck, o.severity) for o in outcomes]
    assert len(contracts) == 2 and all(c[4] is not None for c in contracts)
    results = _results(db)
    db.close()
    return contracts, results, counter.calls


def _drop_rows(db: Any) -> None:
    from storage.models import SentenceVerdicts

    with db.write() as session:
        assert session.query(SentenceVerdicts).delete() == 2


def _corrupt(payload: bytes | None) -> Any:
    def corrupt(db: Any) -> None:
        import zstandard

        from storage.models import Blob, SentenceVerdicts

        with db.write() as session:
            for row in session.query(SentenceVerdicts):
                blob = session.get(Blob, row.blob_sha256)
                blob.data = payload if payload is None or blob.codec != "zstd" else zstandard.compress(payload)
                if payload is None:
                    blob.data = b"\x28\xb5\x2f\xfd garbage"  # a zstd frame header, then nonsense
    return corrupt


def test_recheck_with_stored_verdicts_is_the_same_as_without(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = load_rules()
    with_verdicts, results, matched = _run(sqlite_url, rules, monkeypatch)
    without, results_without, matched_without = _run(f"sqlite:///{tmp_path / 'without.db'}", rules, monkeypatch, between=_drop_rows)
    assert with_verdicts == without
    assert results == results_without
    assert any(c[4]["flips"] or c[4]["signals"] for c in with_verdicts)  # the comparison compares something
    assert matched < matched_without / 5  # only the changed sentences were matched


@pytest.mark.parametrize("payload", [None, b"not json", b'{"format": 1, "packs": {"en": {"digest": "x"}}}'])
def test_unreadable_stored_verdicts_fall_back_to_a_full_check(
    payload: bytes | None, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    rules = load_rules()
    expected, results, _ = _run(f"sqlite:///{tmp_path / 'clean.db'}", rules, monkeypatch)
    with caplog.at_level(logging.WARNING, logger="monitor.checks.verdicts"):
        got, got_results, matched = _run(sqlite_url, rules, monkeypatch, between=_corrupt(payload))
    assert (got, got_results) == (expected, results)
    assert matched > 0
    if payload is None or payload == b"not json":
        assert "stored sentence verdicts not used" in caplog.text


def test_recheck_after_a_rule_change_matches_the_cues_again(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Verdicts stored under the shipped rules are not used once a pack changed: the re-check under the
    new rules equals one without any stored verdicts."""
    from monitor.checks.store import recheck_new_versions

    extra = tmp_path / "rules"
    extra.mkdir()
    (extra / "extra.en.yaml").write_text(
        "kind: language_pack\nlanguage: en\nitems:\n  C26:\n    cues: ['\\bzzqx\\b']\n", encoding="utf-8")
    shipped, changed = load_rules(), load_rules([SHIPPED_RULES_DIR, extra])
    db, config, record = _setup(sqlite_url)
    record("cloudbacko")
    record("koofr")
    recheck_new_versions(db, config, rules=shipped)
    record("cloudbacko", ".v2", times=2)
    record("koofr", ".v2", times=2)
    forget(changed)
    counter = MatchCounter(monkeypatch)
    got = [(o.version_id, o.previous_version_id, o.recheck, o.severity) for o in recheck_new_versions(db, config, rules=changed)]
    monkeypatch.undo()
    assert counter.calls > 0
    # the same as with nothing stored
    db2, config2, record2 = _setup(f"sqlite:///{tmp_path / 'fresh.db'}")
    record2("cloudbacko")
    record2("koofr")
    recheck_new_versions(db2, config2, rules=changed)
    _drop_rows(db2)
    record2("cloudbacko", ".v2", times=2)
    record2("koofr", ".v2", times=2)
    forget(changed)
    assert [(o.version_id, o.previous_version_id, o.recheck, o.severity)
            for o in recheck_new_versions(db2, config2, rules=changed)] == got
    # and the new versions' verdicts are stored under the new rules
    from storage.models import SentenceVerdicts

    with db.read() as session:
        assert session.query(SentenceVerdicts).count() == 4
    for version_id, *_ in got:
        assert verdict_store.load(db, version_id, changed).known
        assert "en" not in verdict_store.load(db, version_id, shipped).known


@pytest.mark.postgres
def test_stored_verdicts_on_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    psycopg = pytest.importorskip("psycopg", reason="psycopg not installed")
    try:
        psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 not reachable: {exc}")
    names = [f"pw_test_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as conn:
        for name in names:
            conn.execute(f'CREATE DATABASE "{name}"')
    try:
        rules = load_rules()
        base = "postgresql+psycopg://postgres@127.0.0.1:5432/"
        with_verdicts = _run(base + names[0], rules, monkeypatch)
        without = _run(base + names[1], rules, monkeypatch, between=_drop_rows)
        assert with_verdicts[:2] == without[:2]
        assert with_verdicts[2] < without[2] / 5
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
def test_concurrent_rechecks_of_a_version_on_postgresql_store_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes (here: threads with their own connections) re-check the same new version at the
    same moment: both end without error, and the version's rows are stored once."""
    import threading

    from monitor.checks import store
    from storage.database import open_database
    from storage.models import CheckResult

    psycopg = pytest.importorskip("psycopg", reason="psycopg not installed")
    try:
        psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 not reachable: {exc}")
    name = f"pw_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        db, config, record = _setup(url)
        record("koofr")
        rules = load_rules()
        # both re-checkers look for rows before either has written: the moment of the race
        both_looked = threading.Barrier(2, timeout=3)
        has_rows = store._has_check_rows

        def looking_together(session: Any, version_id: int) -> bool:
            try:
                both_looked.wait()
            except threading.BrokenBarrierError:
                pass  # the other one is held by the version's row lock (the fix) or is done
            return has_rows(session, version_id)

        monkeypatch.setattr(store, "_has_check_rows", looking_together)
        outcomes: list[Any] = []
        errors: list[BaseException] = []

        def recheck() -> None:
            own = open_database(url)
            try:
                outcomes.extend(store.recheck_new_versions(own, config, rules=rules))
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
            finally:
                own.close()

        threads = [threading.Thread(target=recheck) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        assert len(outcomes) == 1  # the other found the rows stored meanwhile and left them as they are
        with db.read() as session:
            rows = session.query(CheckResult).count()
        assert rows == outcomes[0].findings > 0
        db.close()
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- warm-path memos -----------------------------------------------------------------------------

def test_warm_path_memos_return_fresh_lists() -> None:
    from monitor.checks import values as V
    from monitor.checks.segment import clause_spans

    rules = load_rules()
    pack = rules.packs["en"]
    text = "Postmark (ActiveCampaign, LLC) delivers e-mail for Acme Cloud GmbH within 30 days; we keep logs for 2 years."
    lowered = text.lower()
    for call in (lambda: V.organisation_names(text), lambda: V.legal_entities(text),
                 lambda: V.durations(lowered, pack), lambda: clause_spans(lowered, pack.clause_breaks)):
        first = call()
        assert first
        first.append("mutated")
        assert "mutated" not in call()


def test_a_second_check_of_the_same_text_is_the_same() -> None:
    rules = load_rules()
    for vendor in ("cloudbacko", "koofr", "kotopro"):
        forget(rules)
        first = check_text(site_text(vendor), rules=rules).as_contract()
        assert check_text(site_text(vendor), rules=rules).as_contract() == first


def test_pack_digest_keeps_no_pack_alive() -> None:
    """Rules reloaded after an edit leave the old packs (and their memos) to the garbage collector."""
    import dataclasses
    import gc
    import weakref
    from collections import OrderedDict

    pack = load_rules().packs["en"]
    copy = dataclasses.replace(pack, verdict_digest=None, sentence_verdicts=OrderedDict())
    assert verdict_store.pack_digest(copy) == verdict_store.pack_digest(pack)
    ref = weakref.ref(copy)
    del copy
    gc.collect()
    assert ref() is None
