"""Table schemas: ``schemas/<table>.v<N>.json`` is the one definition of every table.

The files live in the top-level ``schemas/`` folder of the checkout and ship in the wheel as package
data of ``pipeline.lake`` (``table_schemas``, a symlink to ``schemas/`` in the checkout), so an
installed wirelake finds them with :mod:`importlib.resources`, wherever it is installed.

The writer builds its Arrow schema from here and validates every batch against it; tests check
every written file against it; ``infra/sql`` DDL is checked against it too.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import SchemaError

if TYPE_CHECKING:
    import pyarrow as pa

TABLES = ("articles", "entities", "events", "quarantine", "feed_health", "actors")
_FILE_RE = re.compile(r"^(?P<table>[a-z_]+)\.v(?P<version>\d+)\.json$")
_TYPES = {"string", "int16", "int32", "int64", "float64", "bool", "date", "timestamp"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    description: str


@dataclass(frozen=True)
class TableSchema:
    table: str
    version: int
    description: str
    columns: tuple[Column, ...]
    partition_columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow(self) -> pa.Schema:
        """Arrow schema of the data files (partition columns live in the path, not the file)."""
        import pyarrow as pa

        return pa.schema(
            [pa.field(c.name, arrow_type(c.type), nullable=c.nullable) for c in self.columns],
            metadata={"wirelake.table": self.table, "wirelake.schema_version": str(self.version)},
        )

    def arrow_partitioning(self) -> pa.Schema:
        import pyarrow as pa

        return pa.schema([pa.field(c.name, arrow_type(c.type)) for c in self.partition_columns])


def arrow_type(name: str) -> pa.DataType:
    import pyarrow as pa

    mapping = {
        "string": pa.string(),
        "int16": pa.int16(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
    }
    return mapping[name]


def schemas_dir() -> Path:
    """The folder of the JSON table schemas (package data; see the module docstring)."""
    found = resources.files("pipeline.lake") / "table_schemas"
    if not isinstance(found, Path) or not found.is_dir():
        raise SchemaError(f"the table schemas are missing from the installed package ({found})",
                          fix="reinstall wirelake from a wheel or checkout that holds schemas/ (pip install .)")
    return found


def _parse(path: Path) -> TableSchema:
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        cols = tuple(
            Column(c["name"], c["type"], bool(c.get("nullable", True)), c.get("description", ""))
            for c in raw["columns"]
        )
        parts = tuple(
            Column(c["name"], c["type"], False, c.get("description", ""))
            for c in raw.get("partition_columns", [])
        )
        schema = TableSchema(raw["table"], int(raw["version"]), raw.get("description", ""), cols, parts)
    except (KeyError, TypeError, ValueError) as exc:
        raise SchemaError(f"schema file {path} is malformed: {exc}", fix="compare it with schemas/articles.v1.json") from exc
    for c in cols + parts:
        if c.type not in _TYPES:
            raise SchemaError(f"{path.name}: column {c.name!r} has unknown type {c.type!r}", fix=f"use one of {sorted(_TYPES)}")
    return schema


def all_versions(table: str, directory: Path | None = None) -> list[TableSchema]:
    """Every version of ``table``'s schema, oldest first."""
    d = directory or schemas_dir()
    found = []
    for p in d.glob(f"{table}.v*.json"):
        m = _FILE_RE.match(p.name)
        if m and m["table"] == table:
            found.append(_parse(p))
    if not found:
        raise SchemaError(f"no schema file for table {table!r} in {d}", fix=f"add {d}/{table}.v1.json")
    return sorted(found, key=lambda s: s.version)


@lru_cache(maxsize=None)
def load(table: str) -> TableSchema:
    """The current (highest) version of ``table``'s schema."""
    if table not in TABLES:
        raise SchemaError(f"unknown table {table!r}", fix=f"use one of {', '.join(TABLES)}")
    return all_versions(table)[-1]


def to_arrow_table(table: str, rows: list[dict[str, Any]], constants: dict[str, Any] | None = None) -> pa.Table:
    """Validate ``rows`` against the table's schema and build an Arrow table. ``constants``: columns
    that hold the same value in every row (they override the rows' own values of those columns).

    Raises :class:`SchemaError` naming the column when a row has an unknown column, lacks a
    required one, or holds a value of the wrong type.
    """
    schema = load(table)
    constants = constants or {}
    names = set(schema.names)
    for i, row in enumerate(rows):
        if names.issuperset(row):
            continue
        extra = set(row) - names
        if extra:
            raise SchemaError(f"{table} row {i} has columns not in schema v{schema.version}: {sorted(extra)}",
                              fix=f"add them to a new schemas/{table}.v{schema.version + 1}.json (nullable) or drop them")
    arrow = _convert_at_once(schema, rows, constants)
    if arrow is not None:
        return arrow
    return _convert_by_column(table, schema, [{**row, **constants} for row in rows] if constants else rows)


def _convert_at_once(schema: TableSchema, rows: list[dict[str, Any]], constants: dict[str, Any]) -> pa.Table | None:
    """The table built in one pass over the rows (as a struct array: pyarrow converts every column's
    values with the converter :func:`_convert_by_column` uses, in C++), or None when a value does not
    convert or a required column has a null: then :func:`_convert_by_column` finds it and says which."""
    import pyarrow as pa

    target = schema.arrow()
    fields = [f for f in target if f.name not in constants]
    try:
        struct = pa.array(rows, type=pa.struct(fields)) if fields else None
        columns = [pa.array([constants[f.name]] * len(rows), type=f.type) if f.name in constants
                   else struct.field(f.name) for f in target]  # type: ignore[union-attr]
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return None
    if any(not f.nullable and col.null_count for f, col in zip(target, columns)):
        return None
    return pa.Table.from_arrays(columns, schema=target)


def _convert_by_column(table: str, schema: TableSchema, rows: list[dict[str, Any]]) -> pa.Table:
    import pyarrow as pa

    columns = {}
    for c in schema.columns:
        values = [row.get(c.name) for row in rows]
        if not c.nullable and any(v is None for v in values):
            bad = next(i for i, v in enumerate(values) if v is None)
            raise SchemaError(f"{table}.{c.name} is required but row {bad} has no value",
                              fix="fix the producer of that row; the schema says the column is not nullable")
        try:
            columns[c.name] = pa.array(values, type=arrow_type(c.type))
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as exc:
            raise SchemaError(f"{table}.{c.name} ({c.type}) cannot hold a value: {exc}",
                              fix="fix the producer, or change the type in a new schema version") from exc
    return pa.Table.from_pydict(columns, schema=schema.arrow())
