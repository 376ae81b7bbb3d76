"""Small HTTP servers on 127.0.0.1: feed files from a directory, and scripted faults.

Used by ``make run`` (the bundled sample feeds), by ``wirelake serve``, and by the tests, so
nothing ever reaches the internet. :func:`serve_directory` supports ETag/If-None-Match (so
conditional GETs can be tested) and per-file response headers; :func:`serve_script` answers each
path with a scripted sequence of :class:`Reply` (status, headers, delay, truncation, gzip) and
records the requests it saw.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"


class _Handler(BaseHTTPRequestHandler):
    server_version = "wirelake-feedserver/1"

    def __init__(self, *args: object, directory: Path, extra_headers: dict[str, dict[str, str]] | None = None,
                 **kwargs: object) -> None:
        self.directory = directory
        self.extra_headers = extra_headers or {}
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet by default
        return

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        rel = self.path.split("?", 1)[0].lstrip("/")
        path = (self.directory / rel).resolve()
        if self.directory not in path.parents or not path.is_file():
            self.send_error(404, "no such feed")
            return
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        ctype = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
                 ".rdf": "application/rdf+xml"}.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        extra = {k.lower(): v for k, v in self.extra_headers.get(rel, {}).items()}
        self.send_response(200)
        self.send_header("Content-Type", extra.pop("content-type", ctype))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_directory(directory: Path = SAMPLES_DIR, port: int = 0,
                    headers: dict[str, dict[str, str]] | None = None) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port by default); yields the base URL.
    ``headers`` maps a file's relative path to extra response headers (e.g. a Content-Type)."""
    handler = partial(_Handler, directory=directory.resolve(), extra_headers=headers)
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, name="wirelake-feedserver", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass(frozen=True)
class Reply:
    """One scripted answer. ``truncate_to`` sends only that many body bytes while announcing the
    full Content-Length; ``delay_s`` sleeps before answering (to trigger client timeouts);
    ``etag`` answers 304 when the request's If-None-Match matches it; ``drip`` sends the response
    headers or the body one byte every ``drip_s`` seconds (a slow-loris server: every single read
    succeeds, so only a total deadline stops the client)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    truncate_to: int | None = None
    gzip: bool = False
    etag: str | None = None
    drip: str | None = None   # "headers" or "body": send that part one byte every ``drip_s`` seconds
    drip_s: float = 1.0


@dataclass
class Script:
    """Replies per path (consumed in order; the last one repeats) and the requests seen."""

    routes: dict[str, list[Reply]]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    raw_paths: list[str] = field(default_factory=list)  # request targets with their query strings
    lock: threading.Lock = field(default_factory=threading.Lock)
    timings: list[tuple[str, float, float]] = field(default_factory=list)  # (path, start, end) on time.monotonic()

    def next_reply(self, path: str) -> Reply | None:
        with self.lock:
            replies = self.routes.get(path)
            if not replies:
                return None
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


class _ScriptHandler(BaseHTTPRequestHandler):
    server_version = "wirelake-faultserver/1"
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: object, script: Script, **kwargs: object) -> None:
        self.script = script
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet by default
        return

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):
            return  # the client hung up (a size cap or a deadline hit): nothing to answer or log

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        started = time.monotonic()
        try:
            self._answer()
        finally:
            with self.script.lock:
                self.script.timings.append((self.path.split("?", 1)[0], started, time.monotonic()))

    def _answer(self) -> None:
        path = self.path.split("?", 1)[0]
        with self.script.lock:
            self.script.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
            self.script.raw_paths.append(self.path)
        reply = self.script.next_reply(path)
        if reply is None:
            reply = Reply(404, b"no such route")
        if reply.delay_s:
            time.sleep(reply.delay_s)
        if reply.etag and self.headers.get("If-None-Match") == reply.etag:
            self.send_response(304)
            self.send_header("ETag", reply.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = gzip.compress(reply.body, mtime=0) if reply.gzip else reply.body
        if reply.drip:
            self._drip(reply, body)
            return
        self.send_response(reply.status)
        headers = {"Content-Type": "application/rss+xml", **reply.headers}
        if reply.gzip:
            headers["Content-Encoding"] = "gzip"
        if reply.etag:
            headers["ETag"] = reply.etag
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        if reply.truncate_to is not None:
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(body if reply.truncate_to is None else body[: reply.truncate_to])
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up (a timeout test); nothing to answer
        if reply.truncate_to is not None:
            self.close_connection = True


    def _drip(self, reply: Reply, body: bytes) -> None:
        head = (f"HTTP/1.1 {reply.status} OK\r\nContent-Type: application/rss+xml\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n"
                + "".join(f"{k}: {v}\r\n" for k, v in reply.headers.items()) + "\r\n").encode()
        slow_head, slow_body = reply.drip == "headers", reply.drip == "body"
        try:
            for part, slow in ((head, slow_head), (body, slow_body)):
                if not slow:
                    self.wfile.write(part)
                    self.wfile.flush()
                    continue
                for i in range(len(part)):
                    self.wfile.write(part[i:i + 1])
                    self.wfile.flush()
                    time.sleep(reply.drip_s)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the client gave up: what a deadline is for
        self.close_connection = True


@contextmanager
def serve_script(routes: dict[str, list[Reply]], port: int = 0) -> Iterator[tuple[str, Script]]:
    """Serve scripted replies on 127.0.0.1; yields (base URL, the :class:`Script` with its log)."""
    script = Script({k: list(v) for k, v in routes.items()})
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_ScriptHandler, script=script))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="wirelake-faultserver", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def sample_registry(base_url: str) -> str:
    """YAML registry text for the bundled sample feeds served at ``base_url``."""
    return (
        "feeds:\n"
        f"  - name: reuters-world\n    url: {base_url}/reuters-world.xml\n    agency: Reuters\n    language: en\n"
        "    allow_private_network: true\n"
        f"  - name: wire-atom\n    url: {base_url}/wire-atom.xml\n    agency: Sample Wire\n    language: en\n"
        "    allow_private_network: true\n"
    )
