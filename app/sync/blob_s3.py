"""Central file chunks in an S3-compatible object store (MinIO, Ceph RGW, a cloud bucket),
through the ``minio`` client.

For halls that outgrow one database: the bytes of captured pages go to a bucket while
their metadata rows (``blobs``, ``case_pages``) stay in PostgreSQL, projected and
guarded by row-level security exactly as before.

Objects are content-addressed: chunk ``i`` of the file with SHA-256 ``h`` captured at
window ``w`` is ``<prefix><w>/<h>/<i:06d>``. The same chunk always has the same key and
the same bytes, so a PUT repeated after a kill changes nothing, and the resume rule of
the database backend holds unchanged (the uploader asks which chunks are there and sends
the others).

Access: each window PC has its *own* access key whose policy (:func:`window_policy`)
allows ``GetObject``/``PutObject`` on ``<prefix><w>/*`` only — no listing, no other
window's prefix — just as its database role reads only its own rows. Presence is
therefore probed with a one-byte ranged GET per chunk rather than a listing. The center
and the back office use the center's key and open files through
:class:`app.services.central_files.CentralCaseFiles`.

A hall that switches from the database to a bucket keeps its earlier files where they
are: ``fallback`` (the database backend) answers for a file the bucket does not have.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from app.sync.blobs import BlobBackend, SqlBlobBackend
from app.sync.errors import CentralUnavailable

#: environment variable that may hold the secret key instead of a file
SECRET_ENV = "CD_BLOB_SECRET_KEY"


@dataclass(frozen=True)
class S3Config:
    """Where the bucket is and who this PC is there (secret read separately)."""

    endpoint: str
    bucket: str
    access_key: str
    region: str = "us-east-1"
    prefix: str = "blobs/"


def secret_url(config: S3Config) -> str:
    """The name the secret is kept under in :mod:`app.secret_store` (no secret in it)."""
    from urllib.parse import quote, urlsplit

    host = urlsplit(config.endpoint if "://" in config.endpoint else f"http://{config.endpoint}").netloc
    return f"s3://{quote(config.access_key, safe='')}@{host}/{config.bucket}"


def save_secret(config: S3Config, secret: str, folder: Path) -> str:
    """Keep the secret key like the central password (OS keyring, else the 0600 file in
    ``folder``, the settings file's folder); returns where it went, in Chinese."""
    from app import secret_store

    return secret_store.save_password(secret_url(config), secret, folder)


def read_secret(path: str, config: S3Config | None = None, folder: Path | None = None) -> str:
    """The secret key: ``CD_BLOB_SECRET_KEY``; else the one kept for ``config`` the way the
    central password is kept (keyring or the 0600 file in ``folder``); else the first line
    of the file ``path``, which on POSIX must be readable by its owner only (0600), the rule
    ssh applies to a private key — otherwise it is refused with the reason.
    """
    from_env = os.environ.get(SECRET_ENV, "")
    if from_env:
        return from_env.strip()
    if config is not None and folder is not None:
        from app import secret_store

        kept = secret_store.load_password(secret_url(config), folder)
        if kept:
            return kept
    if not path:
        raise CentralUnavailable(
            f"对象存储的密钥未配置：请执行 python -m app admin blobstore secret 保存，"
            f"或设置 blob_store.secret_key_file / 环境变量 {SECRET_ENV}"
        )
    file = Path(path)
    try:
        mode = file.stat().st_mode
    except OSError as exc:
        raise CentralUnavailable(f"对象存储的密钥文件 {path} 无法读取：{exc.strerror}") from exc
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CentralUnavailable(
            f"对象存储的密钥文件 {path} 的权限为 {stat.S_IMODE(mode):04o}，其他用户也能读取；"
            f"请执行 chmod 600 {path} 后重试"
        )
    secret = file.read_text(encoding="utf-8").strip().splitlines()
    if not secret or not secret[0].strip():
        raise CentralUnavailable(f"对象存储的密钥文件 {path} 是空的")
    return secret[0].strip()


def make_client(config: S3Config, secret_key: str) -> Any:
    """A ``minio.Minio`` client for the bucket (any S3-compatible server; small and pure
    Python, so the window program carries it). Short timeouts and few retries: an
    unreachable store counts as offline, and the uploader retries later."""
    from urllib.parse import urlsplit

    import urllib3
    from minio import Minio

    url = urlsplit(config.endpoint if "://" in config.endpoint else f"http://{config.endpoint}")
    if url.scheme not in ("http", "https") or not url.netloc:
        raise CentralUnavailable(f"对象存储地址“{config.endpoint}”无效，应为 http(s)://主机:端口")
    http = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=3, read=15),
        retries=urllib3.Retry(total=2, backoff_factor=0.2, status_forcelist=(500, 502, 503, 504)),
        maxsize=4,
    )
    return Minio(
        url.netloc,
        access_key=config.access_key,
        secret_key=secret_key,
        secure=url.scheme == "https",
        region=config.region,  # given, so no GetBucketLocation (a window's key may not ask)
        http_client=http,
    )


def window_policy(bucket: str, window_code: str, prefix: str = "blobs/") -> dict[str, Any]:
    """The access policy of one window's key: its own files only (IAM/MinIO syntax)."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": f"CounterDeskWindow{window_code}",
                "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:PutObject"],
                "Resource": [f"arn:aws:s3:::{bucket}/{prefix}{window_code}/*"],
            }
        ],
    }


def _code(exc: Exception) -> str:
    return str(getattr(exc, "code", "") or "")


class S3BlobBackend:
    """The :class:`app.sync.blobs.BlobBackend` of a bucket (``client``: ``minio.Minio``)."""

    def __init__(self, client: Any, bucket: str, prefix: str = "blobs/", *, fallback: SqlBlobBackend | None = None):
        self.client = client
        self.bucket = bucket
        self.prefix = prefix
        self.fallback = fallback

    def key(self, owner_window: str, sha256: str, idx: int) -> str:
        return f"{self.prefix}{owner_window}/{sha256}/{idx:06d}"

    def _fail(self, what: str, key: str, exc: Exception) -> CentralUnavailable:
        code = _code(exc)
        if code in ("AccessDenied", "Forbidden", "SignatureDoesNotMatch", "InvalidAccessKeyId"):
            return CentralUnavailable(f"对象存储拒绝了本机的{what}（{code}：{key}）")
        return CentralUnavailable(f"对象存储{what}失败：{code or type(exc).__name__} {exc}".strip())

    def _get(self, owner_window: str, sha256: str, idx: int, *, probe: bool = False) -> bytes | None:
        """The chunk, ``None`` when it is not stored; ``probe`` reads one byte only."""
        from minio.error import MinioException, S3Error
        from urllib3.exceptions import HTTPError

        key = self.key(owner_window, sha256, idx)
        try:
            response = self.client.get_object(self.bucket, key, offset=0, length=1 if probe else 0)
        except S3Error as exc:
            if exc.code in ("NoSuchKey", "NoSuchObject"):
                return None
            if exc.code == "InvalidRange":  # a one-byte probe of an empty chunk: it is there
                return b""
            raise self._fail("读取", key, exc) from exc
        except (MinioException, HTTPError, OSError) as exc:
            raise CentralUnavailable(f"对象存储不可用：{exc}") from exc
        try:
            return bytes(response.read())
        finally:
            response.close()
            response.release_conn()

    # -- BlobBackend ------------------------------------------------------------------------
    def present_chunks(self, owner_window: str, sha256: str, count: int) -> set[int]:
        return {i for i in range(count) if self._get(owner_window, sha256, i, probe=True) is not None}

    def put_chunk(self, owner_window: str, sha256: str, idx: int, data: bytes) -> None:
        import io

        from minio.error import MinioException, S3Error
        from urllib3.exceptions import HTTPError

        key = self.key(owner_window, sha256, idx)
        try:
            self.client.put_object(self.bucket, key, io.BytesIO(data), len(data))
        except S3Error as exc:
            raise self._fail("写入", key, exc) from exc
        except (MinioException, HTTPError, OSError) as exc:
            raise CentralUnavailable(f"对象存储不可用：{exc}") from exc

    def _chunks(self, owner_window: str, sha256: str, limit: int | None = None) -> list[bytes]:
        parts: list[bytes] = []
        while limit is None or len(parts) < limit:
            part = self._get(owner_window, sha256, len(parts))
            if part is None:
                break
            parts.append(part)
        return parts

    def read(self, owner_window: str, sha256: str) -> bytes:
        parts = self._chunks(owner_window, sha256)
        if not parts and self.fallback is not None:
            return self.fallback.read(owner_window, sha256)
        return b"".join(parts)

    def delete(self, owner_window: str, sha256: str, count: int) -> None:
        """Remove a blob's chunk objects (保管期满清除); removing a missing one changes nothing.
        With ``count`` 0 (no ``blobs`` row) the chunks are looked up one by one."""
        from minio.error import MinioException, S3Error
        from urllib3.exceptions import HTTPError

        indexes = range(count) if count else range(len(self._chunks(owner_window, sha256)))
        for idx in indexes:
            key = self.key(owner_window, sha256, idx)
            try:
                self.client.remove_object(self.bucket, key)
            except S3Error as exc:
                raise self._fail("删除", key, exc) from exc
            except (MinioException, HTTPError, OSError) as exc:
                raise CentralUnavailable(f"对象存储不可用：{exc}") from exc

    def complete(self, conn: Connection, owner_window: str, sha256: str, count: int, size: int) -> bool:
        parts = self._chunks(owner_window, sha256, limit=count)
        if not parts and self.fallback is not None:
            return self.fallback.complete(conn, owner_window, sha256, count, size)
        data = b"".join(parts)
        return len(parts) == count and len(data) == size and hashlib.sha256(data).hexdigest() == sha256


def config_of(blob_store: Any) -> S3Config:
    """The :class:`S3Config` of a settings ``blob_store`` group (refused when incomplete)."""
    missing = [name for name in ("endpoint", "bucket", "access_key") if not getattr(blob_store, name, "")]
    if missing:
        raise CentralUnavailable(f"对象存储设置不完整：缺少 blob_store.{'、blob_store.'.join(missing)}")
    return S3Config(
        endpoint=blob_store.endpoint,
        bucket=blob_store.bucket,
        access_key=blob_store.access_key,
        region=blob_store.region or "us-east-1",
        prefix=blob_store.prefix or "blobs/",
    )


def backend_for(blob_store: Any, engine: Engine, folder: Path | None = None) -> BlobBackend:
    """The backend the settings' ``blob_store`` group names, over the central ``engine``.

    ``kind = ""`` → the database; ``"s3"`` → the bucket (with the database answering for
    files stored before the switch). A bad group is refused with what is missing.
    ``folder``: the settings file's folder, where a kept secret may be (see :func:`read_secret`).
    """
    database = SqlBlobBackend(engine)
    kind = str(getattr(blob_store, "kind", "") or "")
    if not kind:
        return database
    if kind != "s3":
        raise CentralUnavailable(f"未知的对象存储类型“{kind}”（可选：留空表示中心库，或 s3）")
    config = config_of(blob_store)
    client = make_client(config, read_secret(blob_store.secret_key_file, config, folder))
    return S3BlobBackend(client, config.bucket, config.prefix, fallback=database)
