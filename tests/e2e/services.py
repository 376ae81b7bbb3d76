"""Throw-away local servers for end-to-end tests: Postgres (Debian's ``postgresql``) and Redis
(``redis-server``), each on a free port of 127.0.0.1 with its data in a temporary directory,
started with Popen and stopped cleanly. No system service is used or touched.

Postgres refuses to run as root (CI runs as root): then ``initdb`` and ``postgres`` run as the
``postgres`` account the Debian package creates (else ``nobody``), which owns the data directory.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.paths import REPO

INSTALL_HINT = "apt-get install postgresql redis-server (.ci/run installs them when it runs as root)"


def airflow_env(home: Path, *, executor: str, api_port: int, **extra: str) -> dict[str, str]:
    """The environment of a real Airflow (scheduler, API server, workers) for one test: this
    process's environment without any ``AIRFLOW*`` variable, the venv's ``bin`` first on PATH, the
    repository's DAGs, no examples, DAGs unpaused, the API on 127.0.0.1:``api_port``; then ``extra``."""
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    env.update({
        "PATH": f"{bin_dir}:{env.get('PATH', '')}",
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
        "AIRFLOW__CORE__EXECUTOR": executor,
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(api_port),
    })
    env.update(extra)
    return env


def moto_env(moto_server: str) -> dict[str, str]:
    """Airflow's ``aws_default`` connection and the AWS variables for a moto server (test keys)."""
    return {
        "AIRFLOW_CONN_AWS_DEFAULT": json.dumps({"conn_type": "aws", "login": "testing", "password": "testing",
                                                "extra": {"region_name": "us-east-1", "endpoint_url": moto_server}}),
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
        "WIRELAKE_S3_ENDPOINT_URL": moto_server,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def postgres_bin(name: str) -> str | None:
    """A Postgres server binary: on PATH, else the newest Debian install (/usr/lib/postgresql/N/bin)."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                      key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return versions[-1] if versions else None


def missing_servers() -> list[str]:
    """Which of the binaries the production-shape test needs are not installed."""
    need = {"initdb": postgres_bin("initdb"), "postgres": postgres_bin("postgres"),
            "redis-server": shutil.which("redis-server")}
    return [name for name, path in need.items() if path is None]


def _run_as() -> str | None:
    """The account to run Postgres as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no 'postgres' or 'nobody' account to run Postgres as")


def stop(proc: subprocess.Popen, sig: int = signal.SIGINT, timeout: float = 60) -> None:  # type: ignore[type-arg]
    """Stop a process started with ``start_new_session=True``: ``sig`` to its group, then SIGKILL."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@dataclass
class Postgres:
    port: int
    superuser_password: str

    def dsn(self, user: str = "postgres", password: str | None = None, db: str = "postgres") -> str:
        return f"postgresql://{user}:{password or self.superuser_password}@127.0.0.1:{self.port}/{db}"

    def execute(self, *statements: str, db: str = "postgres") -> None:
        """Run statements as the superuser, outside a transaction (CREATE DATABASE needs that)."""
        import psycopg2

        con = psycopg2.connect(self.dsn(db=db))
        try:
            con.autocommit = True
            with con.cursor() as cur:
                for sql in statements:
                    cur.execute(sql)
        finally:
            con.close()

    def query(self, sql: str, db: str, user: str, password: str) -> list[tuple]:  # type: ignore[type-arg]
        import psycopg2

        con = psycopg2.connect(self.dsn(user, password, db))
        try:
            with con.cursor() as cur:
                cur.execute(sql)
                return list(cur.fetchall())
        finally:
            con.close()


@contextmanager
def local_postgres(log: Path) -> Iterator[Postgres]:
    """initdb into a temporary directory and run ``postgres`` on a free port of 127.0.0.1
    (password authentication, fsync off: a test instance). Stopped with SIGINT (fast shutdown)."""
    initdb, server = postgres_bin("initdb"), postgres_bin("postgres")
    assert initdb and server, "postgres is not installed"
    user = _run_as()
    base = Path(tempfile.mkdtemp(prefix="wirelake-pg-"))
    password = os.urandom(12).hex()
    (base / "pwfile").write_text(password + "\n")
    if user:
        entry = pwd.getpwnam(user)
        os.chmod(base, 0o700)
        for p in (base, base / "pwfile"):
            os.chown(p, entry.pw_uid, entry.pw_gid)
    port = free_port()
    proc = None
    try:
        subprocess.run([initdb, "-D", str(base / "data"), "-U", "postgres", "--pwfile", str(base / "pwfile"),
                        "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"],
                       check=True, capture_output=True, timeout=120, user=user, cwd=base)
        with open(log, "w") as out:
            proc = subprocess.Popen(
                [server, "-D", str(base / "data"), "-p", str(port), "-c", "listen_addresses=127.0.0.1",
                 "-c", f"unix_socket_directories={base}", "-c", "fsync=off", "-c", "max_connections=300"],
                stdout=out, stderr=subprocess.STDOUT, user=user, cwd=base, start_new_session=True)
        import psycopg2

        pg = Postgres(port, password)
        deadline = time.monotonic() + 60
        while True:
            try:
                pg.execute("SELECT 1")
                break
            except psycopg2.OperationalError as exc:  # the server is still starting
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"postgres did not start: {exc}\n{log.read_text()[-2000:]}") from exc
                time.sleep(0.3)
        yield pg
    finally:
        if proc is not None:
            stop(proc, signal.SIGINT)
        shutil.rmtree(base, ignore_errors=True)


@contextmanager
def local_redis(log: Path) -> Iterator[str]:
    """``redis-server`` on a free port of 127.0.0.1, no persistence; yields its URL."""
    server = shutil.which("redis-server")
    assert server, "redis-server is not installed"
    base = Path(tempfile.mkdtemp(prefix="wirelake-redis-"))
    port = free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                 "--appendonly", "no", "--dir", str(base)],
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start:\n{log.read_text()[-2000:]}")
            time.sleep(0.2)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(proc, signal.SIGTERM)  # redis saves nothing (--save '') and exits on SIGTERM
        shutil.rmtree(base, ignore_errors=True)


@dataclass
class MemoryMeter:
    """Samples the memory of this process and all its descendants (Airflow components, Celery
    workers and their task processes, Postgres and Redis) once per ``interval`` seconds and keeps
    the peak of the sums: RSS (counts shared pages once per process) and PSS (shares them out)."""

    interval: float = 1.0
    peak_rss: int = 0
    peak_pss: int = 0
    peak_procs: int = 0
    samples: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        rss = pss = 0
        procs = [me, *me.children(recursive=True)]
        for p in procs:
            try:
                info = p.memory_full_info()
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
        self.peak_procs = max(self.peak_procs, len(procs))
        self.samples += 1

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> MemoryMeter:
        self._sample()
        self._thread = threading.Thread(target=self._loop, name="memory-meter", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=10)
