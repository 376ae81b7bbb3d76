"""Named points in wirelake's write paths where tests inject faults or force interleavings.

Production never registers a hook, so a point costs one environment lookup. Tests either set
``WIRELAKE_FAULT_POINT=<name>`` (the point raises :class:`InjectedFault`, like a killed run) or
register a callable with :func:`hook` that is called as ``fn(name, **context)`` at every point —
to pause one run while another commits, to count, or to raise. Points:

``lease_wait``    a run found the feed/date lease held by another run and is about to wait
``leased``        a run holds the feed/date lease (context: feed, day)
``claimed``       a run published its claims (seen-index shard) and is about to decide ownership
``staged``        a partition's files are staged, nothing moved yet (context: ref)
``moved``         staged files are in the partition, the manifest is not written
``committed``     the manifest is written, superseded files not yet deleted
``landed``        a raw payload body is written, its metadata not yet
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

FAULT_ENV = "WIRELAKE_FAULT_POINT"
_HOOKS: list[Callable[..., None]] = []


class InjectedFault(RuntimeError):  # noqa: N818 - the name tests and docs use since the first commit protocol
    """Raised at the point named by ``$WIRELAKE_FAULT_POINT`` (tests simulate a killed run)."""


def point(name: str, **context: Any) -> None:
    if os.environ.get(FAULT_ENV) == name:
        raise InjectedFault(f"fault injected at {name!r} ({FAULT_ENV})")
    for fn in list(_HOOKS):
        fn(name, **context)


@contextmanager
def hook(fn: Callable[..., None]) -> Iterator[None]:
    """Call ``fn(name, **context)`` at every point while the block runs (tests only)."""
    _HOOKS.append(fn)
    try:
        yield
    finally:
        _HOOKS.remove(fn)
