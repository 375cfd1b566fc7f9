"""Content-addressed blobs: raw page bodies (evidence) and policy texts, zstd-compressed, stored once."""

from __future__ import annotations

import hashlib

import zstandard
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Blob

ZSTD_LEVEL = 10
CODEC = "zstd"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def compress_blob(data: bytes) -> bytes:
    """``data`` as ``put_blob`` stores it (a caller may compress before its write transaction)."""
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(data)


def put_blob(session: Session, data: bytes, sha256: str | None = None, *, compressed: bytes | None = None) -> str:
    """Store ``data`` unless a blob with its sha256 exists; return the sha256. ``compressed``: what
    ``compress_blob(data)`` returned, when the caller compressed it already."""
    digest = sha256 or sha256_hex(data)
    dialect = session.get_bind().dialect.name
    upsert = dialect in ("postgresql", "sqlite")
    # asking first only saves compressing: not worth a statement when the caller compressed already and
    # the insert leaves an existing blob alone
    if not (upsert and compressed is not None) and session.scalar(select(Blob.sha256).where(Blob.sha256 == digest)) is not None:
        return digest
    row = {"sha256": digest, "codec": CODEC, "raw_len": len(data),
           "data": compressed if compressed is not None else compress_blob(data)}
    if upsert:
        # another writer may store the same content at the same moment: the first one wins, no error
        # imported here: SQLAlchemy's postgresql package imports all its drivers' modules (~2 MB)
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        session.execute(insert(Blob).values(**row).on_conflict_do_nothing(index_elements=["sha256"]))
    else:
        session.add(Blob(**row))
        session.flush()
    return digest


def get_blob(session: Session, sha256: str) -> bytes | None:
    """The uncompressed bytes of a blob, or None."""
    blob = session.get(Blob, sha256)
    if blob is None:
        return None
    if blob.codec == CODEC:
        return zstandard.ZstdDecompressor().decompress(blob.data, max_output_size=max(blob.raw_len, 1))
    if blob.codec == "none":
        return bytes(blob.data)
    raise ValueError(f"blob {sha256} has unknown codec {blob.codec!r}")


def get_text(session: Session, sha256: str) -> str | None:
    data = get_blob(session, sha256)
    return None if data is None else data.decode("utf-8")
