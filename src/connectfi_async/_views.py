"""``ConnectFi.with_options``: a client view with other defaults over the same pool and token."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from . import errors
from ._auth import TOKEN_HEADER
from ._header_rules import is_header_name, is_header_value

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
    """A shallow copy of ``client`` sharing its sender and token.

    The namespaces and the per-token header cache are the view's own: the namespaces call
    their engine, and the cached header sets carry the extra headers.
    """
    if timeout is not None and not timeout > 0:
        raise ValueError("timeout must be a positive number of seconds")
    headers = dict(extra_headers or {})
    _check_headers(headers)
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


# Set by the client on every request: a view's header must not replace them.
_SDK_HEADERS = frozenset(
    (TOKEN_HEADER, "content-type", "content-length", "transfer-encoding", "host", "accept-encoding")
)


class _HeaderViolation(NamedTuple):
    field: str
    message: str


def _check_headers(headers: Mapping[str, str]) -> None:
    """Refuse, before anything is sent, a header HTTP forbids or the client sets itself.

    The message names the header, never its value: extra headers often carry secrets.
    """
    problems = []
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("extra_headers must map str to str")
        where = f"extra_headers[{name!r}]"
        if not is_header_name(name):
            rule = "is not a header name (RFC 9110 token: ASCII letters, digits, !#$%&'*+-.^_`|~)"
        elif name.lower() in _SDK_HEADERS:
            rule = f"{name.lower()} is set by the client"
        elif not is_header_value(value):
            rule = (
                "value refused (not shown): only visible ASCII, with spaces or tabs inside;"
                " no CR, LF, NUL or non-ASCII"
            )
        else:
            continue
        problems.append(_HeaderViolation(where, rule))
    if problems:
        raise errors.ValidationError("with_options", problems)
