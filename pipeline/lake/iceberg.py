"""Register the lake's committed Parquet files as Apache Iceberg tables (optional, ``wirelake[iceberg]``).

``sync`` makes one Iceberg table per lake table, partitioned by identity on ``dt`` and ``source``,
whose data files are exactly the files the partitions' manifests commit. No data is copied: the
Parquet files stay where the writer put them and Iceberg metadata points at them (``dt`` and
``source`` are not stored in the files; Iceberg readers take them from the partition values, as the
spec prescribes for identity partitions). The catalog is pyiceberg's ``SqlCatalog``, embedded in a
SQLite file; metadata goes to ``<lake>/_iceberg/`` unless another warehouse is given.

Rerunning ``sync`` is idempotent: files a rewrite replaced are removed from the table and the new
ones added in one snapshot. The lake deletes replaced files, so time travel to a snapshot older than
a partition's rewrite fails: Iceberg here is a read interface, not the lake's history.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.errors import ConfigError, SchemaError
from pipeline.lake import schemas
from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files

if TYPE_CHECKING:
    from pyiceberg.catalog.sql import SqlCatalog
    from pyiceberg.io import FileIO
    from pyiceberg.manifest import DataFile
    from pyiceberg.schema import Schema
    from pyiceberg.table import Table
    from pyiceberg.table.metadata import TableMetadata

NAMESPACE = "wirelake"
WAREHOUSE_DIR = "_iceberg"
_PART_RE = re.compile(r"/dt=(?P<dt>\d{4}-\d{2}-\d{2})/source=(?P<source>[^/]+)/[^/]+$")
_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class SyncResult:
    """What ``sync`` did to one Iceberg table."""

    table: str
    identifier: str
    files: int
    added: int
    removed: int
    snapshot_id: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "identifier": self.identifier, "files": self.files, "added": self.added,
                "removed": self.removed, "snapshot_id": self.snapshot_id}


def _require() -> None:
    try:
        import pyiceberg  # noqa: F401
    except ImportError as exc:
        raise ConfigError("pyiceberg is not installed", fix="pip install 'wirelake[iceberg]'") from exc


def file_uri(storage: Storage, rel: str) -> str:
    """URI of a lake file as Iceberg metadata records it (``file://`` for local lakes)."""
    uri = storage.uri_of(rel)
    return uri if storage.is_s3 else "file://" + uri


def catalog(storage: Storage, catalog_uri: str, *, warehouse: str | None = None) -> SqlCatalog:
    """pyiceberg's SQL catalog at ``catalog_uri`` (``sqlite:////abs/path.db``), with file IO for ``storage``."""
    _require()
    from pyiceberg.catalog.sql import SqlCatalog

    if not catalog_uri.startswith("sqlite:///"):
        raise ConfigError(f"catalog URI {catalog_uri!r} is not a SQLite URL",
                          fix="use sqlite:////absolute/path/catalog.db (an embedded catalog)")
    props: dict[str, str] = {"uri": catalog_uri, "warehouse": warehouse or file_uri(storage, WAREHOUSE_DIR)}
    if storage.is_s3 and storage.s3 is not None:
        s3 = storage.s3
        props["s3.region"] = s3.region
        if s3.endpoint_url:
            props["s3.endpoint"] = s3.endpoint_url
        if s3.access_key:
            props["s3.access-key-id"] = s3.access_key
            props["s3.secret-access-key"] = s3.secret_key or ""
        if s3.session_token:
            props["s3.session-token"] = s3.session_token
    return SqlCatalog(NAMESPACE, **props)


def iceberg_schema(table: str) -> Schema:
    """The Iceberg schema of ``table``: its file columns (from ``schemas/``), then ``dt`` and ``source``."""
    from pyiceberg.schema import Schema
    from pyiceberg.types import (
        BooleanType,
        DateType,
        DoubleType,
        IntegerType,
        LongType,
        NestedField,
        StringType,
        TimestamptzType,
    )

    types = {"string": StringType(), "int16": IntegerType(), "int32": IntegerType(), "int64": LongType(),
             "float64": DoubleType(), "bool": BooleanType(), "date": DateType(), "timestamp": TimestamptzType()}
    s = schemas.load(table)
    fields = [NestedField(i, c.name, types[c.type], required=not c.nullable, doc=c.description or None)
              for i, c in enumerate(s.columns, start=1)]
    n = len(fields)
    # Partition columns live in the path, not the files: optional, filled from partition values.
    fields += [NestedField(n + i, c.name, types[c.type], required=False, doc=c.description or None)
               for i, c in enumerate(s.partition_columns, start=1)]
    return Schema(*fields)


def _ensure_table(cat: SqlCatalog, table: str) -> Table:
    from pyiceberg.partitioning import PartitionField, PartitionSpec
    from pyiceberg.table import TableProperties
    from pyiceberg.transforms import IdentityTransform

    ident = f"{NAMESPACE}.{table}"
    schema = iceberg_schema(table)
    cat.create_namespace_if_not_exists(NAMESPACE)
    if not cat.table_exists(ident):
        spec = PartitionSpec(
            PartitionField(source_id=schema.find_field("dt").field_id, field_id=1000, transform=IdentityTransform(), name="dt"),
            PartitionField(source_id=schema.find_field("source").field_id, field_id=1001, transform=IdentityTransform(),
                           name="source"),
        )
        return cat.create_table(ident, schema=schema, partition_spec=spec, properties={
            # the files carry no Iceberg field ids: readers map columns by name
            TableProperties.DEFAULT_NAME_MAPPING: schema.name_mapping.model_dump_json(),
            "wirelake.schema_version": str(schemas.load(table).version),
        })
    tbl = cat.load_table(ident)
    current = {(f.name, f.required) for f in tbl.schema().fields}
    if {(f.name, f.required) for f in schema.fields} - current:
        # a new schema version added (nullable) columns or made one nullable: evolve, and keep the name
        # mapping in step
        with tbl.transaction() as tx:
            with tx.update_schema() as upd:
                upd.union_by_name(schema)
        tbl = cat.load_table(ident)
        with tbl.transaction() as tx:
            tx.set_properties({TableProperties.DEFAULT_NAME_MAPPING: tbl.schema().name_mapping.model_dump_json(),
                               "wirelake.schema_version": str(schemas.load(table).version)})
        tbl = cat.load_table(ident)
    return tbl


def _data_file(io: FileIO, metadata: TableMetadata, uri: str) -> DataFile:
    """A DataFile for a committed lake file: statistics from its footer, partition from its path."""
    import pyarrow.parquet as pq
    from pyiceberg.io.pyarrow import (
        _check_pyarrow_schema_compatible,
        compute_statistics_plan,
        data_file_statistics_from_parquet_metadata,
        parquet_path_to_id_mapping,
    )
    from pyiceberg.manifest import DataFile, DataFileContent, FileFormat
    from pyiceberg.typedef import Record

    m = _PART_RE.search(uri)
    if not m:
        raise SchemaError(f"{uri} is not inside a dt=YYYY-MM-DD/source=<feed> partition",
                          fix="only files listed by partition manifests can be registered")
    schema = metadata.schema()
    input_file = io.new_input(uri)
    with input_file.open() as stream:
        meta = pq.read_metadata(stream)
    try:
        _check_pyarrow_schema_compatible(schema, meta.schema.to_arrow_schema(), format_version=metadata.format_version)
    except ValueError as exc:
        raise SchemaError(f"{uri} does not fit the Iceberg table's schema: {exc}",
                          fix="a column changed type or nullability; add a new schema version instead") from exc
    stats = data_file_statistics_from_parquet_metadata(
        parquet_metadata=meta,
        stats_columns=compute_statistics_plan(schema, metadata.properties),
        parquet_column_mapping=parquet_path_to_id_mapping(schema),
    )
    day = dt.date.fromisoformat(m["dt"])
    return DataFile.from_args(
        content=DataFileContent.DATA,
        file_path=uri,
        file_format=FileFormat.PARQUET,
        partition=Record((day - _EPOCH).days, m["source"]),
        file_size_in_bytes=len(input_file),
        sort_order_id=None,
        spec_id=metadata.default_spec_id,
        equality_ids=None,
        key_metadata=None,
        **stats.to_serialized_dict(),
    )


def _registered(tbl: Table) -> dict[str, DataFile]:
    if tbl.current_snapshot() is None:
        return {}
    return {task.file.file_path: task.file for task in tbl.scan().plan_files()}


def sync_table(cat: SqlCatalog, storage: Storage, table: str) -> SyncResult | None:
    """Make Iceberg table ``wirelake.<table>`` list exactly ``table``'s committed files; None when it has none.
    A partition whose manifest cannot be read is left as the Iceberg table has it (and logged)."""
    from pipeline.lake.writer import PartitionProblem

    problems: list[PartitionProblem] = []
    files = committed_files(storage, table, problems)
    keep = tuple(file_uri(storage, p.path) + "/" for p in problems)
    ident = f"{NAMESPACE}.{table}"
    if not files and not cat.table_exists(ident):
        return None
    tbl = _ensure_table(cat, table)
    want = [file_uri(storage, f) for f in files]
    have = _registered(tbl)
    add = [u for u in want if u not in have]
    drop = [have[u] for u in sorted(set(have) - set(want)) if not u.startswith(keep)]
    if add or drop:
        with tbl.transaction() as tx:
            producer = tx.update_snapshot().overwrite() if drop else tx.update_snapshot().fast_append()
            with producer as snap:
                for df in drop:
                    snap.delete_data_file(df)
                for uri in add:
                    snap.append_data_file(_data_file(tbl.io, tx.table_metadata, uri))
        tbl = cat.load_table(ident)
    snapshot = tbl.current_snapshot()
    return SyncResult(table=table, identifier=ident, files=len(want), added=len(add), removed=len(drop),
                      snapshot_id=snapshot.snapshot_id if snapshot else None)


def sync(storage: Storage, catalog_uri: str, *, warehouse: str | None = None,
         tables: tuple[str, ...] = schemas.TABLES) -> list[SyncResult]:
    """Register every committed Parquet file of ``tables`` into Iceberg tables ``wirelake.<table>``.

    ``catalog_uri`` is a SQLite URL (``sqlite:////abs/path/catalog.db``); the catalog and the
    metadata under ``warehouse`` (default ``<lake>/_iceberg``) are created when missing. Tables
    without committed data are skipped. Returns what changed per table.
    """
    cat = catalog(storage, catalog_uri, warehouse=warehouse)
    results = []
    for table in tables:
        res = sync_table(cat, storage, table)
        if res is not None:
            results.append(res)
    return results
