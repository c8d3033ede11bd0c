"""The server layer: nginx and Apache, started with the shipped settings of beheer/, and the
same checks against each. `site_url` is parametrized by server, so the browser helpers and
fixtures of tests/browser run unchanged against a real server's headers and CSP.

The layer never passes in silence when a server is missing: `make test` installs them first
(tools/ensure_servers.py), and here a missing one is an error, not a skip.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

# The browser fixtures, under the names pytest looks for (guard against other hosts included).
from tests.browser.conftest import (  # noqa: F401
    _fail_on_outside_requests,
    browser_context_args,
    browser_type_launch_args,
    other_context,
    outside_requests,
)
from tests.servers.realservers import RealServer, start
from tools.ensure_servers import missing

SERVERS = ("nginx", "apache")
BASE = "/jeugdgroepen/"
_started: dict[str, RealServer] = {}
_startup_s: dict[str, float] = {}
_server_of: dict[str, str] = {}  # test id -> server


@pytest.fixture(scope="session", params=SERVERS)
def server(request: pytest.FixtureRequest, built_site: Path) -> Iterator[RealServer]:
    """The real server of this test's parameter, started once per session."""
    name = request.param
    if lacking := missing():
        pytest.fail("not installed: " + ", ".join(n.what for n in lacking)
                    + " (run: python -m tools.ensure_servers)", pytrace=False)
    if name not in _started:
        t = time.monotonic()
        _started[name] = start(name, built_site, BASE)
        _startup_s[name] = time.monotonic() - t
    yield _started[name]


@pytest.fixture(scope="session")
def site_url(server: RealServer) -> str:
    return server.url


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    for s in _started.values():
        s.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if (name := getattr(item, "callspec", None) and item.callspec.params.get("server")):
            _server_of[item.nodeid] = name


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """How many checks passed on each server, and how long each took to start."""
    counts: dict[str, Counter] = {name: Counter() for name in SERVERS}
    for outcome in ("passed", "failed", "error"):
        for rep in terminalreporter.stats.get(outcome, []):
            if rep.nodeid in _server_of and (outcome != "passed" or rep.when == "call"):
                counts[_server_of[rep.nodeid]][outcome] += 1
    terminalreporter.section("real servers")
    for name in SERVERS:
        c = counts[name]
        started = f"started in {_startup_s[name]:.1f} s" if name in _startup_s else "not started"
        terminalreporter.write_line(f"{name}: {c['passed']} checks passed, {c['failed']} failed, "
                                    f"{c['error']} errors ({started})")
