"""The lake's storage: a local directory or any S3-compatible endpoint, behind pyarrow.fs.

Pipeline steps take a :class:`Storage` as a value, so tests hand them a temp directory or a moto
endpoint. Paths passed to methods are lake-relative, with ``/`` separators.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from pipeline.config import S3Options, Settings
from pipeline.errors import ConfigError, StorageError

if TYPE_CHECKING:
    import pyarrow.fs as pafs


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
        return StorageError(f"{op} {self.uri_of(rel)} failed: {exc}",
                            fix="check the lake URI, the S3 endpoint and credentials, and that the bucket exists")

    # -- operations ---------------------------------------------------------------------------
    def write_bytes(self, rel: str, data: bytes) -> None:
        try:
            self._write(rel, (data,))
        except OSError as exc:
            raise self._guard("writing", rel, exc) from exc

    def _write(self, rel: str, chunks: Iterable[bytes]) -> None:
        if not self.is_s3:
            self.fs.create_dir(self.full(rel).rsplit("/", 1)[0], recursive=True)
        with self.fs.open_output_stream(self.full(rel)) as out:
            for chunk in chunks:
                out.write(chunk)

    def write_stream(self, rel: str, chunks: Iterable[bytes]) -> None:
        """Write ``chunks`` one after another (a multipart upload on S3), so a large object is never
        held in memory whole; they go to a temporary name first and are moved into place, so readers
        see the old object or the whole new one, and an error half-way leaves the old one."""
        tmp = f"{rel}.tmp-{uuid.uuid4().hex}"
        try:
            self._write(tmp, chunks)
        except OSError as exc:
            self.delete(tmp)
            raise self._guard("writing", rel, exc) from exc
        except BaseException:
            self.delete(tmp)
            raise
        self.move(tmp, rel)

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

    def ensure_bucket(self) -> None:
        """Create the S3 bucket if it does not exist (local lakes need nothing)."""
        if not self.is_s3:
            return
        import boto3
        from botocore.exceptions import BotoCoreError, ClientError

        assert self.s3 is not None
        bucket = self.root.split("/", 1)[0]
        client = boto3.client(
            "s3", endpoint_url=self.s3.endpoint_url, region_name=self.s3.region,
            aws_access_key_id=self.s3.access_key, aws_secret_access_key=self.s3.secret_key,
            aws_session_token=self.s3.session_token,
        )
        try:
            client.head_bucket(Bucket=bucket)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code in ("403", "AccessDenied"):
                return  # the bucket exists; a least-privilege policy (infra/iam/) need not allow HeadBucket
            if code not in ("404", "NoSuchBucket", "NotFound"):
                raise StorageError(f"cannot access bucket {bucket!r}: {exc}",
                                   fix="check credentials and the bucket policy (infra/iam/)") from exc
            try:
                client.create_bucket(Bucket=bucket)
            except (ClientError, BotoCoreError) as exc2:
                raise StorageError(f"bucket {bucket!r} does not exist and cannot be created: {exc2}",
                                   fix="create the bucket, or grant s3:CreateBucket") from exc2
        except BotoCoreError as exc:
            raise StorageError(f"cannot reach S3 endpoint {self.s3.endpoint_url or 'AWS'}: {exc}",
                               fix="check WIRELAKE_S3_ENDPOINT_URL / the Airflow AWS connection's endpoint_url") from exc
