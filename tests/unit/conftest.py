"""Fixtures for the formlogic tests. These tests also run inside Pyodide (tools/pyodide_tests.py):
keep them free of subprocesses, network and anything outside the standard library and pytest."""
from __future__ import annotations

from copy import deepcopy
from datetime import date

import pytest

from formlogic.forms.gespreksverslag import EXAMPLE

TODAY = date(2026, 11, 23)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def valid_data() -> dict:
    """A complete, valid gespreksverslag as the page would send it (the form's example)."""
    return deepcopy(EXAMPLE)
