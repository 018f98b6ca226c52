"""Sandbox handlers (placeholder, filled in by the money-transfer families work)."""
