"""``ConnectFi.with_options``: a client view with other defaults over the same pool and token."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._auth import TOKEN_HEADER

if TYPE_CHECKING:
    from ._client import ConnectFi
    from ._config import RetryPolicy


def view_of(
    client: ConnectFi,
    *,
    timeout: float | None,
    retry: RetryPolicy | None,
    extra_headers: Mapping[str, str] | None,
) -> ConnectFi:
    """A shallow copy of ``client`` sharing its sender, token and validators.

    The namespaces and the per-token header cache are the view's own: the namespaces call
    their engine, and the cached header sets carry the extra headers.
    """
    if timeout is not None and not timeout > 0:
        raise ValueError("timeout must be a positive number of seconds")
    headers = dict(extra_headers or {})
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("extra_headers must map str to str")
        if name.lower() == TOKEN_HEADER:
            raise ValueError(f"{TOKEN_HEADER} is set by the client")
    if client._validate and client._validators is None:
        # Built once here, so views made per call share them instead of compiling their own.
        from ._spec import document
        from ._validation import RequestValidators

        client._validators = RequestValidators(document())
    view = copy.copy(client)
    view._engine = view
    view._children = {}
    view._header_sets = {}
    if timeout is not None:
        view._call_timeout = timeout
    if retry is not None:
        view.retry = retry
    if headers:
        view._extra_headers = {**client._extra_headers, **headers}
    return view
