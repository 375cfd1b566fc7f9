"""SQLAlchemy 2 models: what policywatch remembers.

vendor ─< document ─< fetch            every check, with its outcome and the raw body's sha256
                   ─< version          each distinct normalized text, once
                   ─< change           from one version to the next, with its kind and stats
version ─< check_result                compliance findings of a version
        ─  sentence_verdicts           what each sentence of a checked version addresses (a blob), so the
                                       next re-check only matches the cues of the changed sentences
alert ─< alert_delivery                the outbox: one delivery per channel, written with the change
blob                                   content-addressed, zstd-compressed raw bodies and texts
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Vendor(Base):
    __tablename__ = "vendor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    category: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    documents: Mapped[list[Document]] = relationship(back_populates="vendor", order_by="Document.id")


class Document(Base):
    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("vendor_id", "url", name="uq_document_vendor_url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id", ondelete="CASCADE"), index=True)
    doc_type: Mapped[str] = mapped_column(String(40), default="privacy_policy")
    url: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    select: Mapped[list[Any]] = mapped_column(default=list)
    remove: Mapped[list[Any]] = mapped_column(default=list)
    # the document's own change_detection ignore patterns (regexes; the global ones are in the config),
    # so that a crawl reads all it needs of a document from the database (None: not synced since 0004)
    ignore: Mapped[list[Any] | None] = mapped_column(default=list)
    interval_seconds: Mapped[int] = mapped_column(Integer, default=12 * 3600)
    # a cron expression (UTC) scheduling the checks instead of interval_seconds
    cron: Mapped[str | None] = mapped_column(String(120))
    # per-document override of the global robots_txt setting (None: follow the global setting)
    robots_txt: Mapped[bool | None]
    active: Mapped[bool] = mapped_column(default=True)
    # conditional GET validators of the last 200 response
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_raw_sha256: Mapped[str | None] = mapped_column(String(64))
    # scheduling and health
    next_check_at: Mapped[datetime | None] = mapped_column(index=True)
    last_checked_at: Mapped[datetime | None]
    last_outcome: Mapped[str | None] = mapped_column(String(40))
    last_message: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(40), default="new")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    vendor: Mapped[Vendor] = relationship(back_populates="documents")


class Blob(Base):
    """Content-addressed bytes: stored once per sha256 of the uncompressed content."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    codec: Mapped[str] = mapped_column(String(16))
    raw_len: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Fetch(Base):
    __tablename__ = "fetch"
    __table_args__ = (Index("ix_fetch_document_started", "document_id", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    url: Mapped[str] = mapped_column(Text)
    final_url: Mapped[str | None] = mapped_column(Text)
    http_status: Mapped[int | None] = mapped_column(Integer)
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    outcome: Mapped[str] = mapped_column(String(40))
    message: Mapped[str | None] = mapped_column(Text)
    raw_sha256: Mapped[str | None] = mapped_column(ForeignKey("blob.sha256"))
    text_sha256: Mapped[str | None] = mapped_column(String(64))
    version_id: Mapped[int | None] = mapped_column(ForeignKey("version.id"))
    extractor_version: Mapped[str | None] = mapped_column(String(20))


class Version(Base):
    """One distinct normalized policy text of a document."""

    __tablename__ = "version"
    __table_args__ = (Index("ix_version_document_first_seen", "document_id", "first_seen"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    text_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    words: Mapped[int] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(16))
    change_kind: Mapped[str] = mapped_column(String(20))
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    # the fetch that first saw this text (no foreign key: fetch also points at version)
    fetch_id: Mapped[int | None] = mapped_column(Integer)
    extractor_version: Mapped[str | None] = mapped_column(String(20))


class Change(Base):
    __tablename__ = "change"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    from_version_id: Mapped[int | None] = mapped_column(ForeignKey("version.id"))
    to_version_id: Mapped[int] = mapped_column(ForeignKey("version.id"))
    kind: Mapped[str] = mapped_column(String(20))
    detected_at: Mapped[datetime]
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CheckResult(Base):
    """One compliance finding (checklist item or user rule) of one version."""

    __tablename__ = "check_result"
    __table_args__ = (UniqueConstraint("version_id", "check_id", name="uq_check_result_version_check"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("version.id", ondelete="CASCADE"), index=True)
    check_id: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20))
    value: Mapped[Any | None] = mapped_column(JSON)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SentenceVerdicts(Base):
    """The sentence verdicts of a checked version: a zstd JSON blob (monitor.checks.verdicts) keyed by a
    digest of each sentence, with the digest of the language pack and code they were computed with.
    A cache: a missing, stale or unreadable one only makes the next re-check match every cue again."""

    __tablename__ = "sentence_verdicts"

    version_id: Mapped[int] = mapped_column(ForeignKey("version.id", ondelete="CASCADE"), primary_key=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Alert(Base):
    """An alert to deliver; written in the same transaction as what it reports."""

    __tablename__ = "alert"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # idempotency key (uuid4 hex)
    kind: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    change_id: Mapped[int | None] = mapped_column(ForeignKey("change.id"))
    severity: Mapped[str] = mapped_column(String(20), default="medium")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)

    deliveries: Mapped[list[AlertDelivery]] = relationship(back_populates="alert", order_by="AlertDelivery.id")


class AlertDelivery(Base):
    __tablename__ = "alert_delivery"
    __table_args__ = (
        UniqueConstraint("alert_id", "channel", name="uq_alert_delivery_alert_channel"),
        Index("ix_alert_delivery_status_next", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[str] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None]

    alert: Mapped[Alert] = relationship(back_populates="deliveries")
