"""A reference belongs to the request it was first sent with.

connectFi de-duplicates writes on their ``reference``: a second request with the same
reference is answered ``referenceExists``, whatever its amount. After a lost answer the SDK
reads that entity back and returns it as the call's result, so a reference reused for a
*different* request would come back as a success for money that did not move. This module
makes that impossible before anything is sent: the first send of a reference binds it to a
fingerprint of its request, and a later request with the same reference and another
fingerprint is refused with :class:`~connectfi_async.errors.ReferenceReusedError`.

- Within one process every client shares :data:`PROCESS_BINDINGS` (the most recent
  ``capacity`` references of each login).
- Across processes, a token store that implements ``bind_reference`` (the
  :class:`~connectfi_async.RedisTokenStore`) holds the bindings for the whole fleet.

The fingerprint is a keyed BLAKE2b digest of the operation and the request's canonical JSON
(keys sorted, numbers as sent; the very bytes that are sent), keyed by the client's
credentials: card numbers, CVVs and PINs in a body never leave the process in a form that can
be guessed back.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any

DEFAULT_CAPACITY = 20_000
"""References remembered per process: far more than are ever in flight at once."""

Summary = tuple[tuple[str, Any], ...]
"""The compared fields of a request (ids and amount, never secrets), to name what differs."""


def binding_key(login: str | None, password: str | None) -> bytes:
    """The fingerprint key of one login: the same in every process that shares the login."""
    material = f"connectfi-async reference binding\0{login or ''}\0{password or ''}"
    return hashlib.blake2b(material.encode("utf-8", "surrogatepass"), digest_size=32).digest()


def fingerprint(key: bytes, operation_id: str, canonical_body: bytes) -> str:
    """A keyed digest of one request, from its :func:`~connectfi_async._json.canonical_json`
    bytes: equal for equal requests, whatever their key order."""
    digest = hashlib.blake2b(canonical_body, key=key, digest_size=16)
    digest.update(operation_id.encode())
    return digest.hexdigest()


class ReferenceBindings:
    """``(scope, reference) -> (fingerprint, summary)`` for the latest ``capacity`` references."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._capacity = capacity
        self._bound: OrderedDict[tuple[str, str], tuple[str, Summary]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._bound)

    def bind(
        self, scope: str, reference: str, print_: str, summary: Summary = ()
    ) -> tuple[str, Summary]:
        """Bind ``reference`` to a request unless it is bound already; what it is bound to now
        (``print_`` and ``summary`` unless an earlier request owns the reference)."""
        key = (scope, reference)
        bound = self._bound.get(key)
        if bound is not None:
            self._bound.move_to_end(key)
            return bound
        bound = self._bound[key] = (print_, summary)
        if len(self._bound) > self._capacity:
            self._bound.popitem(last=False)
        return bound

    def owner(self, scope: str, reference: str) -> str | None:
        """The fingerprint ``reference`` is bound to, if any."""
        bound = self._bound.get((scope, reference))
        return None if bound is None else bound[0]

    def rebind(self, scope: str, reference: str, print_: str) -> None:
        """Bind ``reference`` to ``print_`` whatever it was bound to (the fleet's owner wins)."""
        self._bound[(scope, reference)] = (print_, ())
        self._bound.move_to_end((scope, reference))

    def release(self, scope: str, reference: str, print_: str) -> None:
        """Unbind ``reference`` if ``print_`` still owns it (the server refused that request)."""
        if self.owner(scope, reference) == print_:
            del self._bound[(scope, reference)]

    def clear(self) -> None:
        """Forget every binding (what a new process starts with)."""
        self._bound.clear()


PROCESS_BINDINGS = ReferenceBindings()
"""The bindings of this process, shared by every client in it."""
