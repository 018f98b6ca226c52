"""A client library for accessing connectFi API"""

from typing import Any

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # The standalone generated client loads on first use, not with the package.
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(name)
