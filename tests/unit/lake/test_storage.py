"""Storage primitives on a local lake: writes are atomic (a full disk keeps the old content whole and
leaves no temporary file). On S3 and locally with conditional writes and leases:
tests/integration/lake/test_storage.py."""


from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.lake.storage import Storage


def test_local_writes_are_atomic_and_leave_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from pipeline.lake import storage as mod

    s = Storage.from_uri(str(tmp_path / "lake"))
    s.write_json("a/x.json", {"v": 1})
    real = mod._os_write

    def full(fd: int, data: Any) -> int:
        real(fd, bytes(data[:3]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mod, "_os_write", full)
    with pytest.raises(Exception, match="the disk is full"):
        s.write_json("a/x.json", {"v": 2, "long": "x" * 100})
    monkeypatch.setattr(mod, "_os_write", real)
    assert s.read_json("a/x.json") == {"v": 1}  # the old content, whole
    assert sorted(p.name for p in (tmp_path / "lake" / "a").iterdir()) == ["x.json"]
