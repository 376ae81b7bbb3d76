"""DuckDB over the lake: one view per table, reading only committed partitions.

Views are built from the partitions' ``_manifest.json`` files, so files of a run that crashed
before its commit are never read. Works on local lakes and on ``s3://`` (DuckDB's httpfs
extension from the ``duckdb-ext-httpfs`` package; nothing is downloaded).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from pipeline.errors import ConfigError, InputError
from pipeline.lake.schemas import TABLES
from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files

if TYPE_CHECKING:
    import duckdb


def _sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def connect(storage: Storage) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with a view per table over ``storage``'s committed files."""
    try:
        import duckdb
    except ImportError as exc:
        raise ConfigError("DuckDB is not installed", fix="pip install 'wirelake[query]'") from exc
    config: dict[str, Any] = {}
    if storage.is_s3:
        config["extension_directory"] = httpfs_extension_dir()
    con = duckdb.connect(config=config)
    if storage.is_s3:
        _s3_secret(con, storage)
    for table in TABLES:
        files = committed_files(storage, table)
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
    s3 = storage.s3
    assert s3 is not None
    parts = ["TYPE s3", f"REGION {_sql_str(s3.region)}"]
    if s3.access_key:
        parts += [f"KEY_ID {_sql_str(s3.access_key)}", f"SECRET {_sql_str(s3.secret_key or '')}"]
    if s3.endpoint_url:
        ep = urlparse(s3.endpoint_url)
        parts += [f"ENDPOINT {_sql_str(ep.netloc)}", "URL_STYLE 'path'", f"USE_SSL {'true' if ep.scheme == 'https' else 'false'}"]
    con.execute(f"CREATE OR REPLACE SECRET wirelake_s3 ({', '.join(parts)})")


def query(storage: Storage, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` against the lake's views; returns column names and rows."""
    import duckdb

    con = connect(storage)
    try:
        rel = con.execute(sql)
        cols = [d[0] for d in rel.description or []]
        return cols, rel.fetchall()
    except duckdb.Error as exc:
        raise InputError(f"query failed: {exc}",
                         fix="tables are articles, entities, events, quarantine, feed_health (only those with committed data)") from exc
    finally:
        con.close()
