"""Test the Host check: only loopback names (and the names --host and --allow-host give) are answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dateline.serve.app import create_app
from dateline.serve.hosts import ANY_HOST, allowed_hosts, host_name, is_loopback


@pytest.mark.parametrize("base", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000",
                                  "http://LOCALHOST"])
def test_loopback_names_are_answered(sample_db: Path, base: str) -> None:
    with TestClient(create_app(sample_db), base_url=base) as c:
        assert c.get("/api/events").status_code == 200


@pytest.mark.parametrize("base", ["http://attacker.example", "http://attacker.example:8000",
                                  "http://127.0.0.1.attacker.example", "http://testserver"])
def test_other_names_are_refused(sample_db: Path, base: str) -> None:
    """Issue 16, item 13: a rebinding page sends its own name in the Host header; any Host was accepted."""
    with TestClient(create_app(sample_db), base_url=base) as c:
        r = c.get("/api/events")
        assert r.status_code == 400 and "Pyongyang" not in r.text
        assert c.get("/").status_code == 400


def test_missing_host_header_is_refused(sample_db: Path) -> None:
    with TestClient(create_app(sample_db), base_url="http://127.0.0.1") as c:
        assert c.get("/api/events", headers={"host": ""}).status_code == 400


def test_allowed_hosts_follow_the_bind() -> None:
    assert allowed_hosts("127.0.0.1") == ("localhost", "127.0.0.1", "::1")
    assert allowed_hosts("0.0.0.0") == (ANY_HOST,)
    assert allowed_hosts("0.0.0.0", ["box.lan"]) == ("localhost", "127.0.0.1", "::1", "box.lan")
    assert allowed_hosts("192.0.2.7") == ("localhost", "127.0.0.1", "::1", "192.0.2.7")
    assert allowed_hosts("::") == (ANY_HOST,)
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.7") and not is_loopback("box.lan")
    assert host_name("[::1]:8000") == "::1" and host_name("Example.com:80") == "example.com"
    assert host_name("") is None


def _serve(args: list[str], sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, dict[str, Any]]:
    """Run ``dateline serve`` up to the server's start; return its result and the app it would serve."""
    import socket

    import uvicorn

    from dateline import cli_store

    seen: dict[str, Any] = {}

    def bind(host: str, port: int) -> socket.socket:
        seen["host"] = host
        return socket.socket()

    monkeypatch.setattr(cli_store, "bind_port", bind)
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, **kw: seen.update(app=self.config.app))
    return CliRunner().invoke(cli_store.serve_command, ["--db", str(sample_db), *args]), seen


def test_serving_every_interface_warns(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16, item 13: --host 0.0.0.0 served with no warning."""
    r, seen = _serve(["--host", "0.0.0.0"], sample_db, monkeypatch)
    assert r.exit_code == 0 and seen["host"] == "0.0.0.0"
    assert "warning: --host 0.0.0.0" in r.output and "--allow-host" in r.output
    with TestClient(seen["app"], base_url="http://box.lan") as c:
        assert c.get("/api/events").status_code == 200


def test_serving_loopback_does_not_warn_and_refuses_other_names(sample_db: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    r, seen = _serve([], sample_db, monkeypatch)
    assert r.exit_code == 0 and "warning" not in r.output
    with TestClient(seen["app"], base_url="http://attacker.example") as c:
        assert c.get("/api/events").status_code == 400


def test_allow_host_names_a_shared_machine(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r, seen = _serve(["--host", "0.0.0.0", "--allow-host", "box.lan"], sample_db, monkeypatch)
    assert r.exit_code == 0 and "any host name" not in r.output
    with TestClient(seen["app"], base_url="http://box.lan:8000") as c:
        assert c.get("/api/events").status_code == 200
    with TestClient(seen["app"], base_url="http://attacker.example") as c:
        assert c.get("/api/events").status_code == 400
