"""DuckDB over the lake: one view per table, reading only committed partitions.

Views are built from the partitions' ``_manifest.json`` files, so files of a run that crashed
before its commit are never read; a partition whose manifest is unreadable or names a missing file
is skipped and reported (``problems``), never fatal for the whole lake. Works on local lakes and on
``s3://`` (DuckDB's httpfs extension from the ``duckdb-ext-httpfs`` package; nothing is downloaded).

**Locked down** unless ``restricted=False`` (``wirelake query --unrestricted``): S3 credentials
live in a DuckDB secret scoped to the lake (never a readable setting), DuckDB may read only the
lake (``allowed_directories`` with ``enable_external_access = false``: no local files, no other
buckets, no ``ATTACH``, no extension installs), and the configuration is locked so SQL cannot
undo it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from pipeline.errors import ConfigError, InputError
from pipeline.lake.schemas import TABLES
from pipeline.lake.storage import Storage
from pipeline.lake.writer import PartitionProblem, committed_files

if TYPE_CHECKING:
    import duckdb

log = logging.getLogger(__name__)


def _sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def connect(storage: Storage, *, problems: list[PartitionProblem] | None = None,
            restricted: bool = True) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with a view per table over ``storage``'s committed files; skipped
    partitions are appended to ``problems``."""
    try:
        import duckdb
    except ImportError as exc:
        raise ConfigError("DuckDB is not installed", fix="pip install 'wirelake[query]'") from exc
    config: dict[str, Any] = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    if storage.is_s3:
        config["extension_directory"] = httpfs_extension_dir()
    con = duckdb.connect(config=config)
    if storage.is_s3:
        _s3_secret(con, storage)
    if restricted:
        root = storage.uri.rstrip("/") + "/"
        con.execute(f"SET allowed_directories = [{_sql_str(root)}]")
        con.execute("SET enable_external_access = false")
        con.execute("SET allow_community_extensions = false")
        con.execute("SET lock_configuration = true")
    for table in TABLES:
        files = committed_files(storage, table, problems)
        if not files:
            continue
        uris = ", ".join(_sql_str(storage.uri_of(f)) for f in files)
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{uris}], hive_partitioning = true, "
                    f"hive_types = {{'dt': DATE, 'source': VARCHAR}}, union_by_name = true)")
    return con


def httpfs_extension_dir() -> str:
    """Directory holding DuckDB's signed httpfs build from the ``duckdb-ext-httpfs`` package."""
    from importlib import metadata

    try:
        path = Path(str(metadata.distribution("duckdb-ext-httpfs").locate_file("duckdb_ext/extensions")))
    except metadata.PackageNotFoundError as exc:
        raise ConfigError("DuckDB cannot read s3:// without the httpfs extension package",
                          fix="pip install 'duckdb-ext-httpfs==1.4.4.*' (DuckDB cannot download it here)") from exc
    return str(path)


def _s3_secret(con: duckdb.DuckDBPyConnection, storage: Storage) -> None:
    con.execute("LOAD httpfs")
    # httpfs copies AWS_* environment variables into settings any SQL can read back
    # (current_setting('s3_secret_access_key')): empty them; the scoped secret below is what reads S3
    for setting in ("s3_access_key_id", "s3_secret_access_key", "s3_session_token"):
        con.execute(f"SET {setting} = ''")
    s3 = storage.s3
    assert s3 is not None
    parts = ["TYPE s3", f"REGION {_sql_str(s3.region)}", f"SCOPE {_sql_str(storage.uri.rstrip('/') + '/')}"]
    if s3.access_key:
        parts += [f"KEY_ID {_sql_str(s3.access_key)}", f"SECRET {_sql_str(s3.secret_key or '')}"]
        if s3.session_token:
            parts.append(f"SESSION_TOKEN {_sql_str(s3.session_token)}")
    if s3.endpoint_url:
        ep = urlparse(s3.endpoint_url)
        parts += [f"ENDPOINT {_sql_str(ep.netloc)}", "URL_STYLE 'path'", f"USE_SSL {'true' if ep.scheme == 'https' else 'false'}"]
    con.execute(f"CREATE OR REPLACE SECRET wirelake_s3 ({', '.join(parts)})")


def query(storage: Storage, sql: str, *, problems: list[PartitionProblem] | None = None,
          restricted: bool = True) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` against the lake's views; returns column names and rows. If a file vanished
    under the query (a commit replaced its partition meanwhile), the views are rebuilt from the
    new manifests and the query runs once more."""
    import duckdb

    for attempt in range(2):
        found: list[PartitionProblem] = []
        con = connect(storage, problems=found, restricted=restricted)
        try:
            rel = con.execute(sql)
            cols = [d[0] for d in rel.description or []]
            rows = rel.fetchall()
        except duckdb.IOException as exc:
            if attempt == 0 and ("No files found" in str(exc) or "No such file" in str(exc) or "404" in str(exc)):
                log.info("a partition changed while it was read: reading the manifests again")
                continue
            raise InputError(f"query failed: {exc}", fix="run `wirelake verify` to check the lake") from exc
        except duckdb.PermissionException as exc:
            raise InputError(f"query refused: {exc}",
                             fix="wirelake query reads only the lake; pass --unrestricted to lift that") from exc
        except duckdb.Error as exc:
            raise InputError(f"query failed: {exc}",
                             fix="tables are articles, entities, events, quarantine, feed_health (only those with "
                                 "committed data)") from exc
        finally:
            con.close()
        if problems is not None:
            problems.extend(found)
        return cols, rows
    raise AssertionError("unreachable")
