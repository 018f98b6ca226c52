"""connectfi-async: the asyncio SDK for the connectFi Banking-as-a-Service API."""

__version__ = "0.1.0"
