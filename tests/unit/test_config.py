"""Settings: every run-time WIRELAKE_* variable is a validated Settings field, and the docs say so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.config import S3Options, Settings
from pipeline.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]
_VAR = re.compile(r"WIRELAKE_[A-Z0-9_]+\*?")  # a trailing * is a family (WIRELAKE_FETCH_*), not a variable


def _field_var(name: str) -> str:
    return f"WIRELAKE_{name.upper()}"


def _example(name: str, default: object) -> str:
    """A valid value different from the default, as it would be written in the environment."""
    special = {"lake_uri": "s3://bucket/wire", "user_agent": "acme/1 (+https://acme.example/bot)",
               "contact_url": "https://ops.example/crawler", "max_failed_share": "0.25"}
    if name in special:
        return special[name]
    if isinstance(default, bool) or default is None or isinstance(default, str):
        return f"/some/{name}"
    return str(default * 2 + 1)  # type: ignore[operator]


def test_from_env_reads_every_field(tmp_path: Path) -> None:
    fields = {n: f.get_default(call_default_factory=True) for n, f in Settings.model_fields.items() if n != "s3"}
    env = {_field_var(n): _example(n, d) for n, d in fields.items()}
    settings = Settings.from_env(env)
    for name, raw in ((n, env[_field_var(n)]) for n in fields):
        value = getattr(settings, name)
        assert str(value) == raw or value == type(value)(raw), (name, value, raw)
    assert settings.cache_dir == "/some/cache_dir"  # documented as read from the environment: it is


def test_direct_construction_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRELAKE_MODEL", "other_model")
    monkeypatch.setenv("WIRELAKE_FETCH_RETRIES", "0")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "from-env")
    s = Settings(lake_uri="/tmp/x")
    assert (s.model, s.fetch_retries, s.s3.access_key) == ("en_wirelake_md", 3, None)
    assert S3Options(endpoint_url="http://127.0.0.1:9").access_key is None
    env = Settings.from_env()
    assert (env.model, env.fetch_retries, env.s3.access_key) == ("other_model", 0, "from-env")


def test_overrides_win_and_empty_means_unset() -> None:
    s = Settings.from_env({"WIRELAKE_LAKE_URI": "/a", "WIRELAKE_MODEL": "", "WIRELAKE_BATCH_SIZE": ""},
                          lake_uri="/b", model=None)
    assert (s.lake_uri, s.model, s.batch_size) == ("/b", "en_wirelake_md", 64)


def test_s3_variables_and_their_precedence() -> None:
    s3 = S3Options.from_env({"AWS_ENDPOINT_URL": "http://aws", "WIRELAKE_S3_ENDPOINT_URL": "http://minio:9000",
                             "AWS_DEFAULT_REGION": "eu-west-1", "AWS_SECRET_ACCESS_KEY": "sk"})
    assert (s3.endpoint_url, s3.region, s3.secret_key) == ("http://minio:9000", "eu-west-1", "sk")
    assert "sk" not in repr(s3)  # secrets stay out of logs
    assert S3Options.from_env({"AWS_ENDPOINT_URL": "http://aws", "AWS_REGION": "r1",
                               "AWS_DEFAULT_REGION": "r2"}).model_dump()["endpoint_url"] == "http://aws"
    assert S3Options.from_env({"AWS_REGION": "r1", "AWS_DEFAULT_REGION": "r2"}).region == "r1"


@pytest.mark.parametrize(("env", "message"), [
    ({"WIRELAKE_BATCH_SIZE": "0"}, "WIRELAKE_BATCH_SIZE='0' is invalid"),
    ({"WIRELAKE_FETCH_RETRIES": "three"}, "WIRELAKE_FETCH_RETRIES='three' is invalid"),
    ({"WIRELAKE_MAX_FAILED_SHARE": "1.5"}, "less than or equal to 1"),
    ({"WIRELAKE_FETCH_DEADLINE_S": "0"}, "WIRELAKE_FETCH_DEADLINE_S"),
    ({"WIRELAKE_USER_AGENT": "acme/1"}, "names no contact"),
])
def test_a_bad_value_names_its_variable_and_a_fix(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as err:
        Settings.from_env(env)
    assert message in str(err.value) and err.value.code == "W100" and "How to fix: set WIRELAKE_" in str(err.value)


def _docs() -> dict[str, str]:
    return {str(p.relative_to(REPO)): p.read_text(encoding="utf-8") for p in [REPO / "README.md", *(REPO / "docs").glob("*.md")]}


def _code() -> str:
    files = [p for d in ("pipeline", "dags", "scripts", "benchmarks", "tests", "infra") for p in (REPO / d).rglob("*")
             if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".toml", ".sh", ".cfg", "") and "__pycache__" not in p.parts]
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files + [REPO / "Makefile"])


def test_every_documented_variable_is_read() -> None:
    fields = {_field_var(n) for n in Settings.model_fields}
    code = _code().replace(Path(__file__).read_text(encoding="utf-8"), "")
    unread = {f"{var} ({doc})" for doc, text in _docs().items() for var in _VAR.findall(text)
              if not var.endswith(("*", "_")) and var not in fields and f'"{var}"' not in code and f"'{var}'" not in code and f"{var}=" not in code}
    assert not unread, f"documented but never read: {sorted(unread)}"


def test_every_setting_is_in_the_settings_table() -> None:
    table = (REPO / "docs" / "running.md").read_text(encoding="utf-8").split("## Settings", 1)[1]
    missing = [_field_var(n) for n in Settings.model_fields if n != "s3" and f"`{_field_var(n)}`" not in table]
    assert not missing, f"Settings fields missing from docs/running.md, Settings: {missing}"
