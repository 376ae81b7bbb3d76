"""The lake's storage: a local directory or any S3-compatible endpoint, behind pyarrow.fs.

Pipeline steps take a :class:`Storage` as a value, so tests hand them a temp directory or a moto
endpoint. Paths passed to methods are lake-relative, with ``/`` separators.

**Writes are all-or-nothing.** Locally every file is written to a hidden temporary name in its
directory, flushed to disk (``fsync``), renamed into place and the directory entry flushed, so a
full disk or a crash leaves the old file or the new one, never a truncated one; on S3 a PUT is
atomic. **Conditional writes** (:meth:`Storage.read_versioned`, :meth:`put_if_absent`,
:meth:`put_if_match`, :meth:`delete_if_match`) are S3's ``If-None-Match: *`` / ``If-Match: <ETag>``
on S3, and a compare-and-swap under an exclusive lock file (``_state/cas.lock``, ``flock``) on a
local lake: leases and manifests use them so two runs can never both win.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlparse

from pipeline.config import S3Options, Settings
from pipeline.errors import BucketMissingError, ConfigError, StorageError

if TYPE_CHECKING:
    import pyarrow.fs as pafs

CAS_LOCK = "_state/cas.lock"
TMP_MARK = ".tmp-"  # hidden temporary files are named ".<name>.tmp-<uuid>"


def _os_write(fd: int, data: bytes | memoryview) -> int:
    """``os.write`` (one place, so a test can make the disk fill up: tests/e2e/test_faults.py)."""
    return os.write(fd, data)


class _LocalSink(io.RawIOBase):
    """A raw binary file that writes through :func:`_os_write` (so every local write can be made to
    fail like a full disk in tests)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        done = 0
        while done < len(view):
            done += _os_write(self.fd, view[done:])
        return done


def _abandon(out: io.BufferedIOBase, fd: int, path: str) -> None:
    """After a failed local write: close what is open and remove the partial file."""
    with contextlib.suppress(OSError):
        out.close()
    with contextlib.suppress(OSError):
        os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _fsync_dir(path: str) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems cannot sync a directory; the rename itself is still atomic
    finally:
        os.close(fd)


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


@dataclass
class Storage:
    """A lake root on a pyarrow filesystem."""

    uri: str
    fs: pafs.FileSystem
    root: str  # filesystem path of the lake root (no trailing slash)
    s3: S3Options | None = None
    _boto: Any = field(default=None, repr=False, compare=False)

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def from_settings(cls, settings: Settings) -> Storage:
        return cls.from_uri(settings.lake_uri, settings.s3)

    @classmethod
    def from_uri(cls, uri: str, s3: S3Options | None = None) -> Storage:
        import pyarrow.fs as pafs

        if uri.startswith("s3://"):
            parsed = urlparse(uri)
            if not parsed.netloc:
                raise ConfigError(f"lake URI {uri!r} names no bucket", fix="use s3://<bucket>[/prefix]")
            opts = s3 or S3Options.from_env()
            kwargs: dict[str, Any] = {"region": opts.region}
            if opts.endpoint_url:
                ep = urlparse(opts.endpoint_url)
                if not ep.scheme or not ep.netloc:
                    raise ConfigError(f"S3 endpoint {opts.endpoint_url!r} is not a URL",
                                      fix="set WIRELAKE_S3_ENDPOINT_URL like http://127.0.0.1:9000")
                kwargs["endpoint_override"] = ep.netloc
                kwargs["scheme"] = ep.scheme
            if opts.access_key:
                kwargs.update(access_key=opts.access_key, secret_key=opts.secret_key, session_token=opts.session_token)
            fs = pafs.S3FileSystem(**kwargs)
            root = (parsed.netloc + parsed.path).rstrip("/")
            return cls(uri=uri.rstrip("/"), fs=fs, root=root, s3=opts)
        if "://" in uri and not uri.startswith("file://"):
            raise ConfigError(f"unsupported lake URI {uri!r}", fix="use a local path, file:///path or s3://bucket/prefix")
        path = Path(uri.removeprefix("file://")).expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
        return cls(uri=str(path), fs=pafs.LocalFileSystem(), root=str(path))

    # -- helpers ----------------------------------------------------------------------------
    @property
    def is_s3(self) -> bool:
        return self.uri.startswith("s3://")

    def full(self, rel: str) -> str:
        """Filesystem path of a lake-relative path."""
        return f"{self.root}/{rel.strip('/')}" if rel else self.root

    def uri_of(self, rel: str) -> str:
        """Absolute URI of a lake-relative path (what DuckDB and analysts use)."""
        return f"{self.uri}/{rel.strip('/')}"

    def _guard(self, op: str, rel: str, exc: OSError) -> StorageError:
        if is_disk_full(exc):
            return StorageError(f"{op} {self.uri_of(rel)} failed: the disk is full ({exc})",
                                fix="free space on the lake's disk and rerun the date: nothing half-written was "
                                    "committed, and `wirelake verify` checks the lake")
        return StorageError(f"{op} {self.uri_of(rel)} failed: {exc}",
                            fix="check the lake URI, the S3 endpoint and credentials, and that the bucket exists")

    # -- operations ---------------------------------------------------------------------------
    def write_bytes(self, rel: str, data: bytes) -> None:
        """Write a whole file atomically (readers see the old content or the new, never a part)."""
        self.write_stream(rel, (data,))

    @contextlib.contextmanager
    def _local_temp(self, rel: str) -> Iterator[tuple[IO[bytes], str]]:
        """A buffered file at a hidden temporary name next to ``rel``; yields (file, temp path).
        On error the temporary file is removed; on success the caller renames it."""
        path = self.full(rel)
        directory, name = path.rsplit("/", 1)
        os.makedirs(directory, exist_ok=True)
        tmp = f"{directory}/.{name}{TMP_MARK}{uuid.uuid4().hex[:12]}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        out = io.BufferedWriter(_LocalSink(fd), buffer_size=1 << 20)
        try:
            yield out, tmp  # type: ignore[misc]
            out.flush()
            os.fsync(fd)
        except BaseException:
            _abandon(out, fd, tmp)
            raise
        out.close()
        os.close(fd)

    def _local_replace(self, tmp: str, rel: str) -> None:
        path = self.full(rel)
        os.replace(tmp, path)
        _fsync_dir(path.rsplit("/", 1)[0])

    def write_stream(self, rel: str, chunks: Iterable[bytes]) -> None:
        """Write ``chunks`` one after another, so a large object is never held in memory whole,
        all-or-nothing: locally a temporary file, fsync, rename; on S3 a temporary object moved
        into place (a multipart upload that failed half-way must not complete), so readers see the
        old object or the whole new one, and an error half-way leaves the old one."""
        if not self.is_s3:
            try:
                with self._local_temp(rel) as (out, tmp):
                    for chunk in chunks:
                        out.write(chunk)
                self._local_replace(tmp, rel)
            except OSError as exc:
                raise self._guard("writing", rel, exc) from exc
            return
        if isinstance(chunks, tuple) and len(chunks) == 1:  # one PUT is atomic on S3
            try:
                with self.fs.open_output_stream(self.full(rel)) as out:
                    out.write(chunks[0])
            except OSError as exc:
                raise self._guard("writing", rel, exc) from exc
            return
        tmp = f"{rel}{TMP_MARK}{uuid.uuid4().hex}"
        try:
            with self.fs.open_output_stream(self.full(tmp)) as out:
                for chunk in chunks:
                    out.write(chunk)
        except OSError as exc:
            self.delete(tmp)
            raise self._guard("writing", rel, exc) from exc
        except BaseException:
            self.delete(tmp)
            raise
        self.move(tmp, rel)

    @contextlib.contextmanager
    def open_write(self, rel: str, *, atomic: bool = True) -> Iterator[Any]:
        """A writable binary file for ``rel`` (e.g. for ``pyarrow.parquet.write_table``): locally a
        temporary file renamed into place when the block ends without error (``atomic=False``, for
        files no reader looks at yet such as staged parts: written in place, flushed to disk, and
        removed if the block fails); on S3 an upload."""
        if not self.is_s3 and not atomic:
            path = self.full(rel)
            os.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            out = io.BufferedWriter(_LocalSink(fd), buffer_size=1 << 20)
            try:
                yield out
                out.flush()
                os.fsync(fd)  # the data must be on disk before a manifest can name the file
            except BaseException as exc:
                _abandon(out, fd, path)
                if isinstance(exc, OSError):
                    raise self._guard("writing", rel, exc) from exc
                raise
            out.close()
            os.close(fd)
            return
        if not self.is_s3:
            try:
                with self._local_temp(rel) as (temp_out, tmp):
                    yield temp_out
                self._local_replace(tmp, rel)
            except OSError as exc:
                raise self._guard("writing", rel, exc) from exc
            return
        try:
            with self.fs.open_output_stream(self.full(rel)) as stream:
                yield stream
        except OSError as exc:
            raise self._guard("writing", rel, exc) from exc

    # -- conditional writes ----------------------------------------------------------------------
    def read_versioned(self, rel: str) -> tuple[bytes, str] | None:
        """(content, version) of ``rel``, or None when it does not exist. The version is the S3
        ETag, or the SHA-256 of a local file's content."""
        if not self.is_s3:
            try:
                data = self.read_bytes(rel)
            except FileNotFoundError:
                return None
            return data, hashlib.sha256(data).hexdigest()
        from botocore.exceptions import BotoCoreError, ClientError

        bucket, key = self._bucket_key(rel)
        try:
            obj = self._client().get_object(Bucket=bucket, Key=key)
            return obj["Body"].read(), str(obj["ETag"])
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
                return None
            raise self._guard("reading", rel, OSError(str(exc))) from exc
        except BotoCoreError as exc:
            raise self._guard("reading", rel, OSError(str(exc))) from exc

    @contextlib.contextmanager
    def _cas_lock(self) -> Iterator[None]:
        """The local lake's compare-and-swap lock (flock: exclusive across processes and threads)."""
        import fcntl

        path = self.full(CAS_LOCK)
        os.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _s3_conditional(self, op: str, rel: str, **kwargs: Any) -> bool:
        from botocore.exceptions import BotoCoreError, ClientError

        bucket, key = self._bucket_key(rel)
        try:
            getattr(self._client(), op)(Bucket=bucket, Key=key, **kwargs)
            return True
        except ClientError as exc:
            err = exc.response.get("Error", {})
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            if err.get("Code") in ("PreconditionFailed", "ConditionalRequestConflict", "NoSuchKey", "412", "409") \
                    or status in (409, 412):
                return False
            raise self._guard("writing", rel, OSError(str(exc))) from exc
        except BotoCoreError as exc:
            raise self._guard("writing", rel, OSError(str(exc))) from exc

    def _s3_put(self, rel: str, data: bytes, **cond: str) -> str | None:
        from botocore.exceptions import BotoCoreError, ClientError

        bucket, key = self._bucket_key(rel)
        try:
            resp = self._client().put_object(Bucket=bucket, Key=key, Body=data, **cond)
            return str(resp["ETag"])
        except ClientError as exc:
            err = exc.response.get("Error", {})
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            if err.get("Code") in ("PreconditionFailed", "ConditionalRequestConflict", "NoSuchKey") \
                    or status in (404, 409, 412):
                return None
            raise self._guard("writing", rel, OSError(str(exc))) from exc
        except BotoCoreError as exc:
            raise self._guard("writing", rel, OSError(str(exc))) from exc

    def put_if_absent(self, rel: str, data: bytes) -> str | None:
        """Create ``rel`` only if it does not exist; returns its version, or None when it existed."""
        if self.is_s3:
            return self._s3_put(rel, data, IfNoneMatch="*")
        try:
            with self._cas_lock():
                if self.exists(rel):
                    return None
                self.write_bytes(rel, data)
        except OSError as exc:
            raise self._guard("writing", rel, exc) from exc
        return hashlib.sha256(data).hexdigest()

    def put_if_match(self, rel: str, data: bytes, version: str) -> str | None:
        """Replace ``rel`` only if its version is still ``version``; returns the new version, or None
        when the object changed (or vanished) in between."""
        if self.is_s3:
            return self._s3_put(rel, data, IfMatch=version)
        try:
            with self._cas_lock():
                cur = self.read_versioned(rel)
                if cur is None or cur[1] != version:
                    return None
                self.write_bytes(rel, data)
        except OSError as exc:
            raise self._guard("writing", rel, exc) from exc
        return hashlib.sha256(data).hexdigest()

    def delete_if_match(self, rel: str, version: str) -> bool:
        """Delete ``rel`` only if its version is still ``version``."""
        if self.is_s3:
            return self._s3_conditional("delete_object", rel, IfMatch=version)
        with self._cas_lock():
            cur = self.read_versioned(rel)
            if cur is None or cur[1] != version:
                return False
            self.delete(rel)
        return True

    def read_bytes(self, rel: str) -> bytes:
        try:
            with self.fs.open_input_stream(self.full(rel)) as inp:
                return bytes(inp.read())
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise self._guard("reading", rel, exc) from exc

    def iter_lines(self, rel: str, chunk_size: int = 1 << 20) -> Iterator[bytes]:
        """The lines of ``rel`` (without their ``\\n``), read in chunks: memory holds one chunk."""
        try:
            with self.fs.open_input_stream(self.full(rel)) as inp:
                rest = b""
                while True:
                    chunk = inp.read(chunk_size)
                    if not chunk:
                        break
                    lines = (rest + chunk).split(b"\n")
                    rest = lines.pop()
                    yield from lines
                if rest:
                    yield rest
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise self._guard("reading", rel, exc) from exc

    def write_json(self, rel: str, obj: Any) -> None:
        self.write_bytes(rel, (json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n").encode())

    def read_json(self, rel: str) -> Any:
        return json.loads(self.read_bytes(rel))

    def exists(self, rel: str) -> bool:
        import pyarrow.fs as pafs

        try:
            return bool(self.fs.get_file_info(self.full(rel)).type != pafs.FileType.NotFound)
        except OSError as exc:
            raise self._guard("checking", rel, exc) from exc

    def size(self, rel: str) -> int | None:
        """Size in bytes of ``rel`` (None when it does not exist)."""
        import pyarrow.fs as pafs

        try:
            info = self.fs.get_file_info(self.full(rel))
        except OSError as exc:
            raise self._guard("checking", rel, exc) from exc
        return None if info.type == pafs.FileType.NotFound else int(info.size or 0)

    def list_files(self, rel: str) -> list[str]:
        """Lake-relative paths of every file below ``rel`` (recursive), sorted."""
        import pyarrow.fs as pafs

        try:
            infos = self.fs.get_file_info(pafs.FileSelector(self.full(rel), recursive=True, allow_not_found=True))
        except OSError as exc:
            raise self._guard("listing", rel, exc) from exc
        prefix = self.root + "/"
        return sorted(i.path[len(prefix):] for i in infos if i.type == pafs.FileType.File)

    def _bucket_key(self, rel: str) -> tuple[str, str]:
        bucket, _, key = self.full(rel).partition("/")
        return bucket, key

    def _client(self) -> Any:
        """A boto3 S3 client for the operations pyarrow does poorly on S3 (it leaves empty
        "directory" marker objects behind when deleting or moving the last file of a prefix)."""
        if self._boto is None:
            import boto3

            assert self.s3 is not None
            self._boto = boto3.client(
                "s3", endpoint_url=self.s3.endpoint_url, region_name=self.s3.region,
                aws_access_key_id=self.s3.access_key, aws_secret_access_key=self.s3.secret_key,
                aws_session_token=self.s3.session_token,
            )
        return self._boto

    def move(self, src: str, dst: str) -> None:
        """Move a file within the lake (an atomic rename locally; copy then delete on S3)."""
        if not self.is_s3:
            try:
                self.fs.create_dir(self.full(dst).rsplit("/", 1)[0], recursive=True)
                self.fs.move(self.full(src), self.full(dst))
            except OSError as exc:
                raise self._guard("moving", src, exc) from exc
            _fsync_dir(self.full(dst).rsplit("/", 1)[0])
            return
        from botocore.exceptions import BotoCoreError, ClientError

        sb, sk = self._bucket_key(src)
        db, dk = self._bucket_key(dst)
        try:
            self._client().copy_object(Bucket=db, Key=dk, CopySource={"Bucket": sb, "Key": sk})
        except (BotoCoreError, ClientError) as exc:
            raise self._guard("moving", src, OSError(str(exc))) from exc
        self.delete(src)

    def delete(self, rel: str) -> None:
        if self.is_s3:
            from botocore.exceptions import BotoCoreError, ClientError

            bucket, key = self._bucket_key(rel)
            try:
                self._client().delete_object(Bucket=bucket, Key=key)
            except (BotoCoreError, ClientError) as exc:
                raise self._guard("deleting", rel, OSError(str(exc))) from exc
            return
        try:
            self.fs.delete_file(self.full(rel))
        except FileNotFoundError:
            return
        except OSError as exc:
            raise self._guard("deleting", rel, exc) from exc

    def delete_tree(self, rel: str) -> None:
        for f in self.list_files(rel):
            self.delete(f)
        if not self.is_s3:
            try:
                self.fs.delete_dir(self.full(rel))
            except FileNotFoundError:
                return
            except OSError as exc:
                raise self._guard("deleting", rel, exc) from exc

    @property
    def bucket(self) -> str | None:
        return self.root.split("/", 1)[0] if self.is_s3 else None

    def check_bucket(self) -> None:
        """Fail with :class:`~pipeline.errors.BucketMissingError` naming the bucket when it does not
        exist. wirelake never creates buckets: a typo in the lake URI must not become a new,
        empty, unmanaged bucket (local lakes need nothing)."""
        if not self.is_s3:
            return
        from botocore.exceptions import BotoCoreError, ClientError

        assert self.s3 is not None
        try:
            self._client().head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code in ("403", "AccessDenied"):
                return  # the bucket exists; a least-privilege policy (infra/iam/) need not allow HeadBucket
            if code in ("404", "NoSuchBucket", "NotFound"):
                raise BucketMissingError(
                    f"S3 bucket {self.bucket!r} (lake {self.uri}) does not exist at "
                    f"{self.s3.endpoint_url or 'AWS'}",
                    fix="check the bucket name in the lake URI; wirelake never creates buckets — create it with "
                        "your infrastructure (infra/iam/ has the policy it needs)") from exc
            raise StorageError(f"cannot access bucket {self.bucket!r}: {exc}",
                               fix="check credentials and the bucket policy (infra/iam/)") from exc
        except BotoCoreError as exc:
            raise StorageError(f"cannot reach S3 endpoint {self.s3.endpoint_url or 'AWS'}: {exc}",
                               fix="check WIRELAKE_S3_ENDPOINT_URL / the Airflow AWS connection's endpoint_url") from exc

    def create_bucket(self) -> None:
        """Create the lake's bucket (explicitly, for demos and benchmarks on a local S3 server)."""
        if self.is_s3:
            from botocore.exceptions import BotoCoreError, ClientError

            try:
                self._client().create_bucket(Bucket=self.bucket)
            except (ClientError, BotoCoreError) as exc:
                raise StorageError(f"cannot create bucket {self.bucket!r}: {exc}", fix="create it by hand") from exc
