"""A small HTTP server on 127.0.0.1 that serves feed files from a directory.

Used by ``make run`` (the bundled sample feeds), by ``wirelake serve``, and by the tests, so
nothing ever reaches the internet. Supports ETag/If-None-Match so conditional GETs can be tested.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"


class _Handler(BaseHTTPRequestHandler):
    server_version = "wirelake-feedserver/1"

    def __init__(self, *args: object, directory: Path, **kwargs: object) -> None:
        self.directory = directory
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
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_directory(directory: Path = SAMPLES_DIR, port: int = 0) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port by default); yields the base URL."""
    handler = partial(_Handler, directory=directory.resolve())
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, name="wirelake-feedserver", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
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
