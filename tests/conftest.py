"""Shared pytest configuration."""

from __future__ import annotations

import sys
from pathlib import Path

# The generator driver is a script, not a package; the tests import it by path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))
