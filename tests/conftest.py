"""Shared pytest configuration."""

from __future__ import annotations

import sys
from pathlib import Path

# The generator driver and the examples are scripts, not packages; the tests import them by path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
