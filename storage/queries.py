"""Reading from the database: vendors, history, versions, status and the crawler's fetch targets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from storage.blobs import get_text
from storage.database import Database, padded_in_list
from storage.models import AlertDelivery, Change, Document, Fetch, Vendor, Version


@dataclass(frozen=True, slots=True)  # slots: a batch holds one per document (10,000s)
class FetchTarget:
    """What the crawler needs to check one document."""

    document_id: int
    vendor: str
    doc_type: str
    url: str
    language: str | None
    select: list[Any]
    remove: list[Any]
    etag: str | None
    last_modified: str | None
    last_raw_sha256: str | None
    has_version: bool
    robots_txt: bool | None = None  # per-document override of the global robots_txt setting
    ignore: tuple[str, ...] = ()  # the document's own change_detection ignore patterns (the watchlist's)
    # the latest version's extractor fingerprint and raw page, to tell our own extraction changes
    # (technical) from the vendor's
    latest_extractor_version: str | None = None
    latest_raw_sha256: str | None = None
    # the latest version's text and language: a page whose text did not change (only its chrome did)
    # keeps its language without running the detector again
    latest_text_sha256: str | None = None
    latest_language: str | None = None


@dataclass(frozen=True)
class VersionRow:
    id: int
    vendor: str
    document: str
    document_id: int
    first_seen: datetime
    last_seen: datetime
    text_sha256: str
    change_kind: str
    words: int
    language: str | None

    def as_contract(self) -> dict[str, Any]:
        """The `history --json` object of the CLI contract."""
        return {
            "id": self.id,
            "vendor": self.vendor,
            "document": self.document,
            "first_seen": _iso(self.first_seen),
            "last_seen": _iso(self.last_seen),
            "text_sha256": self.text_sha256,
            "change_kind": self.change_kind,
            "words": self.words,
            "language": self.language,
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


IN_LIST_CHUNK = 8192  # ids per IN list: well under SQLite's 32,766 variables, whatever daemon.batch_size is


def fetch_targets(db: Database, document_ids: list[int]) -> list[FetchTarget]:
    """The crawler's view of the given documents, in the given order (unknown ids are skipped)."""
    by_id: dict[int, FetchTarget] = {}
    with db.read() as session:
        for start in range(0, len(document_ids), IN_LIST_CHUNK):
            by_id.update(_fetch_targets_chunk(session, document_ids[start : start + IN_LIST_CHUNK]))
    return [by_id[i] for i in document_ids if i in by_id]


def _fetch_targets_chunk(session: Any, document_ids: list[int]) -> dict[int, FetchTarget]:
    ids = padded_in_list(document_ids)
    rows = session.execute(select(Document, Vendor.name).join(Vendor).where(Document.id.in_(ids))).all()
    latest_ids = select(func.max(Version.id)).where(Version.document_id.in_(ids)).group_by(Version.document_id)
    latest = {
        row[0]: row[1:]
        for row in session.execute(
            select(Version.document_id, Version.extractor_version, Fetch.raw_sha256, Version.text_sha256,
                   Version.language)
            .outerjoin(Fetch, Fetch.id == Version.fetch_id)
            .where(Version.id.in_(latest_ids))
        )
    }
    no_version = (None, None, None, None)
    return {
        doc.id: FetchTarget(
            document_id=doc.id,
            vendor=vendor_name,
            doc_type=doc.doc_type,
            url=doc.url,
            language=doc.language,
            select=list(doc.select or []),
            remove=list(doc.remove or []),
            etag=doc.etag,
            last_modified=doc.last_modified,
            last_raw_sha256=doc.last_raw_sha256,
            has_version=doc.id in latest,
            robots_txt=doc.robots_txt,
            ignore=tuple(doc.ignore or ()),
            latest_extractor_version=latest.get(doc.id, no_version)[0],
            latest_raw_sha256=latest.get(doc.id, no_version)[1],
            latest_text_sha256=latest.get(doc.id, no_version)[2],
            latest_language=latest.get(doc.id, no_version)[3],
        )
        for doc, vendor_name in rows
    }


def urls_and_last_outcomes(db: Database, document_ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """The URL and the last check's outcome (None before the first) of each of the given documents, by id."""
    found: dict[int, tuple[str, str | None]] = {}
    with db.read() as session:
        for start in range(0, len(document_ids), IN_LIST_CHUNK):
            chunk = document_ids[start : start + IN_LIST_CHUNK]
            rows = session.execute(
                select(Document.id, Document.url, Document.last_outcome).where(Document.id.in_(padded_in_list(chunk)))
            )
            found.update((document_id, (url, outcome)) for document_id, url, outcome in rows)
    return found


def find_vendor(db: Database, name: str) -> Vendor | None:
    """A vendor by name, case-insensitively."""
    with db.read() as session:
        return session.scalar(select(Vendor).where(func.lower(Vendor.name) == name.lower()))


def list_vendors(db: Database) -> list[dict[str, Any]]:
    """Every vendor with its documents' state."""
    with db.read() as session:
        vendors = session.scalars(select(Vendor).order_by(Vendor.name)).all()
        counts = dict(session.execute(select(Version.document_id, func.count()).group_by(Version.document_id)).all())
        result = []
        for vendor in vendors:
            docs = session.scalars(select(Document).where(Document.vendor_id == vendor.id).order_by(Document.id)).all()
            result.append(
                {
                    "vendor": vendor.name,
                    "category": vendor.category,
                    "documents": [
                        {
                            "id": d.id,
                            "document": d.doc_type,
                            "url": d.url,
                            "active": d.active,
                            "status": d.status,
                            "last_checked": _iso(d.last_checked_at),
                            "last_outcome": d.last_outcome,
                            "versions": counts.get(d.id, 0),
                        }
                        for d in docs
                    ],
                }
            )
        return result


def history(db: Database, vendor: str, doc_type: str | None = None) -> list[VersionRow]:
    """Versions of a vendor's documents, oldest first."""
    with db.read() as session:
        query = (
            select(Version, Document, Vendor.name)
            .join(Document, Version.document_id == Document.id)
            .join(Vendor, Document.vendor_id == Vendor.id)
            .where(func.lower(Vendor.name) == vendor.lower())
        )
        if doc_type:
            query = query.where(Document.doc_type == doc_type)
        rows = session.execute(query.order_by(Version.first_seen, Version.id)).all()
        return [
            VersionRow(
                id=v.id,
                vendor=name,
                document=d.doc_type,
                document_id=d.id,
                first_seen=v.first_seen,
                last_seen=v.last_seen,
                text_sha256=v.text_sha256,
                change_kind=v.change_kind,
                words=v.words,
                language=v.language,
            )
            for v, d, name in rows
        ]


def version_text(db: Database, version_id: int) -> str | None:
    """The normalized policy text of a version."""
    with db.read() as session:
        version = session.get(Version, version_id)
        return None if version is None else get_text(session, version.text_sha256)


def version_row(db: Database, version_id: int) -> VersionRow | None:
    with db.read() as session:
        row = session.execute(
            select(Version, Document, Vendor.name)
            .join(Document, Version.document_id == Document.id)
            .join(Vendor, Document.vendor_id == Vendor.id)
            .where(Version.id == version_id)
        ).first()
        if row is None:
            return None
        v, d, name = row
        return VersionRow(v.id, name, d.doc_type, d.id, v.first_seen, v.last_seen, v.text_sha256, v.change_kind, v.words, v.language)


def change_for_version(db: Database, version_id: int) -> dict[str, Any] | None:
    """The change that produced a version (from id, kind, stats)."""
    with db.read() as session:
        change = session.scalar(select(Change).where(Change.to_version_id == version_id))
        if change is None:
            return None
        return {"id": change.id, "from": change.from_version_id, "to": change.to_version_id, "kind": change.kind, "stats": change.stats}


def document_status(db: Database) -> dict[str, Any]:
    """The `status --json` object: per document state, and the outbox counts."""
    with db.read() as session:
        counts = dict(session.execute(select(Version.document_id, func.count()).group_by(Version.document_id)).all())
        rows = session.execute(
            select(Document, Vendor.name).join(Vendor).where(Document.active.is_(True)).order_by(Vendor.name, Document.id)
        ).all()
        delivery_counts = dict(
            session.execute(select(AlertDelivery.status, func.count()).group_by(AlertDelivery.status)).all()
        )
        documents = [
            {
                "vendor": name,
                "document": d.doc_type,
                "url": d.url,
                "last_checked": _iso(d.last_checked_at),
                "next_check": _iso(d.next_check_at),
                "last_outcome": d.last_outcome,
                "last_message": d.last_message,
                "status": d.status,
                "consecutive_failures": d.consecutive_failures,
                "versions": counts.get(d.id, 0),
            }
            for d, name in rows
        ]
    return {
        "documents": documents,
        "alerts_pending": delivery_counts.get("pending", 0) + delivery_counts.get("sending", 0),
        "alerts_failed": delivery_counts.get("failed", 0),
        "alerts_delivered": delivery_counts.get("delivered", 0),
    }
