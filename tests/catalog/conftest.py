"""Fixtures of the catalog tests."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.catalog.base import BASE


@pytest.fixture()
def doc() -> dict[str, Any]:
    """A fresh deep copy of the valid base document, free to break."""
    return copy.deepcopy(BASE)
