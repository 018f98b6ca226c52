"""Webhooks: typed payloads, per-request authenticated URLs, and confirmation through the API.

connectFi posts one JSON body per status change to the ``webhookUrl`` given on the request
(ACH, wire, RPPS bills, check printing, akepa KYC). Bodies carry no discriminator field, so the
family is recognised from the fields it documents; a receiver that serves one URL per family can
say which with ``kind=`` and skip the guessing. Money fields are Decimal, as everywhere.

The docs describe no signature for any webhook family, so anyone who learns a receiver's URL
could post a "Settled" or an "Approved". Two checks close that, both needed:

- :class:`WebhookSigner` gives each request its own URL, carrying the request's reference and a
  tag, HMAC-SHA256 of that reference under a secret only the receiver holds
  (``https://me.example/webhooks/ach?ref=R&tag=T``). ``verify`` checks the tag in constant time
  and that the payload's reference is the URL's: a guessed URL, a tag moved to another
  reference, or a payload swapped under a genuine URL is refused
  (:class:`WebhookAuthenticationError`).
- :func:`confirm_webhook` re-reads the entity through the API by its id and returns the API's
  state; when the webhook's status is not the API's it raises
  :class:`~connectfi_async.errors.WebhookMismatchError`. A leaked URL then still cannot make
  the receiver act on a state the API does not hold.

Replay: connectFi sends one POST per status change and documents no retries, so the same
(family, entity id, status) arriving again after it was confirmed is a replay; a receiver
refuses it by remembering :func:`webhook_event_key` of what it confirmed.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._generated.models.ach_webhook_payload import AchWebhookPayload
from ._generated.models.akepa_webhook import AkepaWebhook
from ._generated.models.bills_webhook_payload import BillsWebhookPayload
from ._generated.models.check_webhook_payload import CheckWebhookPayload
from ._generated.models.wire_webhook_payload import WireWebhookPayload
from ._json import json_loads
from .errors import ConnectFiError, WebhookMismatchError

if TYPE_CHECKING:
    from ._client import ConnectFi

__all__ = [
    "AchWebhookPayload",
    "AkepaWebhook",
    "BillsWebhookPayload",
    "CheckWebhookPayload",
    "WebhookAuthenticationError",
    "WebhookError",
    "WebhookKind",
    "WebhookPayload",
    "WebhookSigner",
    "WireWebhookPayload",
    "confirm_webhook",
    "parse_webhook",
    "webhook_event_key",
    "webhook_kind",
]

WebhookKind = Literal["ach", "wire", "bills", "check", "akepa"]
WebhookPayload: TypeAlias = (
    AchWebhookPayload
    | WireWebhookPayload
    | BillsWebhookPayload
    | CheckWebhookPayload
    | AkepaWebhook
)
MODELS: dict[str, Any] = {
    "ach": AchWebhookPayload,
    "wire": WireWebhookPayload,
    "bills": BillsWebhookPayload,
    "check": CheckWebhookPayload,
    "akepa": AkepaWebhook,
}
# Fields only one family's payload documents: enough to recognise it.
MARKERS: dict[str, frozenset[str]] = {
    "check": frozenset({"cFiCheckId", "cFiCheckStatus", "serial", "boTracking"}),
    "bills": frozenset({"billerId", "cFiTraceNumber", "merchantId", "dtsCreated"}),
    "ach": frozenset(
        {
            "effectiveEntryDate",
            "individualName",
            "routingNumber",
            "DFIAccountNumber",
            "standardEntryClassCode",
        }
    ),
    "wire": frozenset({"transactionReceiptId", "dtsCompleted"}),
    "akepa": frozenset({"applicationId", "entityApplications", "outcome"}),
}


class WebhookError(ConnectFiError, ValueError):
    """A webhook body that is not JSON, not an object, or of no known family.

    The message never quotes the body (it may carry account numbers).
    """


def detect(document: Mapping[str, Any]) -> WebhookKind:
    """The family of a decoded webhook body."""
    fields = set(document)
    inner = document.get("data")
    if "code" in fields and isinstance(inner, Mapping):
        # An enveloped body: akepa always, RPPS bills in its older documented form.
        fields = set(inner)
    found = [kind for kind, marker in MARKERS.items() if fields & marker]
    if len(found) != 1:
        why = "no known webhook's fields" if not found else f"fields of {', '.join(found)}"
        raise WebhookError(f"cannot tell which webhook this is ({why}); pass kind=")
    return found[0]  # type: ignore[return-value]


def parse_webhook(
    body: bytes | str | Mapping[str, Any], *, kind: WebhookKind | None = None
) -> WebhookPayload:
    """The typed payload of a connectFi webhook POST body.

    ``body`` is the raw request body (bytes or text) or the already decoded JSON object. The
    older enveloped RPPS form ``{code, data}`` is unwrapped to the bills payload.
    """
    if isinstance(body, Mapping):
        document: Any = body
    else:
        try:
            document = json_loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise WebhookError(f"webhook body is not JSON ({type(exc).__name__})") from None
    if not isinstance(document, Mapping):
        raise WebhookError("webhook body is not a JSON object")
    family = kind or detect(document)
    if family not in MODELS:
        raise WebhookError(f"unknown webhook kind {family!r}")
    if family != "akepa" and "code" in document and isinstance(document.get("data"), Mapping):
        document = document["data"]
    try:
        return MODELS[family].from_dict(document)  # type: ignore[no-any-return]
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise WebhookError(f"malformed {family} webhook ({type(exc).__name__})") from None


# -- authenticated per-request URLs ------------------------------------------------------------


class WebhookAuthenticationError(WebhookError):
    """A webhook whose URL tag is missing or wrong, or whose payload is not for its URL's
    reference: refuse it (HTTP 403). The message names no tag, secret or payload value."""


REFERENCE_PARAM = "ref"
TAG_PARAM = "tag"


def _reference_of(payload: WebhookPayload) -> str | None:
    if isinstance(payload, AkepaWebhook):
        data = payload.to_dict().get("data")
        value = data.get("reference") if isinstance(data, Mapping) else None
    else:
        value = payload.reference
    return value if isinstance(value, str) else None


class WebhookSigner:
    """Builds and checks per-request webhook URLs tagged with HMAC-SHA256(secret, reference).

    Give each request ``signer.url(endpoint, reference)`` as its ``webhookUrl`` (the request's
    own ``reference``, so generate it first: ``new_reference()``); on receipt call
    ``signer.verify(body, reference=..., tag=...)`` with the URL's ``ref`` and ``tag`` query
    parameters. The secret (32 random bytes or more) never leaves this object.
    """

    def __init__(self, secret: bytes | str) -> None:
        key = secret.encode() if isinstance(secret, str) else bytes(secret)
        if len(key) < 16:
            raise ValueError("the webhook secret needs at least 16 bytes")
        self._key = key

    def __repr__(self) -> str:
        return "WebhookSigner(secret=***)"

    def tag(self, reference: str) -> str:
        """The tag of ``reference``: HMAC-SHA256 under the secret, as 64 hex digits."""
        return hmac.new(self._key, reference.encode(), hashlib.sha256).hexdigest()

    def url(self, endpoint: str, reference: str) -> str:
        """``endpoint`` with the reference and its tag added as query parameters."""
        parts = urlsplit(endpoint)
        query = parse_qsl(parts.query, keep_blank_values=True)
        query += [(REFERENCE_PARAM, reference), (TAG_PARAM, self.tag(reference))]
        return urlunsplit(parts._replace(query=urlencode(query)))

    def check(self, reference: object, tag: object) -> str:
        """The URL's reference once its tag is right (compared in constant time)."""
        if not isinstance(reference, str) or not reference or not isinstance(tag, str):
            raise WebhookAuthenticationError("webhook URL carries no reference or tag")
        expected = self.tag(reference).encode()
        if not hmac.compare_digest(expected, tag.encode("utf-8", "surrogateescape")):
            raise WebhookAuthenticationError("webhook tag does not match its reference")
        return reference

    def verify(
        self,
        body: bytes | str | Mapping[str, Any],
        *,
        reference: object,
        tag: object,
        kind: WebhookKind | None = None,
    ) -> WebhookPayload:
        """The typed payload of a webhook whose URL tag is right and whose payload carries the
        URL's reference; :class:`WebhookAuthenticationError` otherwise."""
        expected = self.check(reference, tag)
        payload = parse_webhook(body, kind=kind)
        if _reference_of(payload) != expected:
            raise WebhookAuthenticationError("webhook payload is not for its URL's reference")
        return payload


# -- confirmation through the API --------------------------------------------------------------


def webhook_kind(payload: WebhookPayload) -> WebhookKind:
    """The family of a parsed payload."""
    for kind, model in MODELS.items():
        if isinstance(payload, model):
            return kind  # type: ignore[return-value]
    raise WebhookError(f"not a webhook payload: {type(payload).__name__}")


# Per family: the payload's id field and the state field compared with the API's answer.
_STATE_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ach": ("cFiTransactionId", ("status",)),
    "wire": ("cFiTransactionId", ("status",)),
    "bills": ("cFiTransactionId", ("status",)),
    "check": ("cFiCheckId", ("cFiCheckStatus",)),
    "akepa": ("applicationId", ("status", "outcome")),
}


def _fields(payload: WebhookPayload) -> dict[str, Any]:
    document = payload.to_dict()
    if isinstance(payload, AkepaWebhook):
        data = document.get("data")
        return dict(data) if isinstance(data, Mapping) else {}
    return document


def webhook_event_key(payload: WebhookPayload) -> tuple[str, str, str]:
    """``(family, entity id, state)``: what a receiver remembers to refuse a replay."""
    kind = webhook_kind(payload)
    id_field, state_fields = _STATE_FIELDS[kind]
    fields = _fields(payload)
    state = "/".join(str(fields.get(name)) for name in state_fields)
    return kind, str(fields.get(id_field)), state


async def _read(cf: ConnectFi, kind: str, fields: Mapping[str, Any]) -> Any:
    entity_id = str(fields.get(_STATE_FIELDS[kind][0]))
    found: list[Any]
    if kind == "ach":
        found = list(await cf.transfer_to.ach.query({"cFiTransactionIds": [entity_id]}))
    elif kind == "wire":
        found = list(await cf.transfer_to.wire.query({"cFiTransactionIds": [entity_id]}))
    elif kind == "bills":
        found = list(await cf.transfer_to.bills.query({"cFiTransactionIds": [entity_id]}))
    elif kind == "check":
        found = list(await cf.check.query({"cFiCheckIds": [entity_id]}))
    else:
        customer_id = str(fields.get("customerId"))
        found = [await cf.akepa.status({"customerId": customer_id, "applicationId": entity_id})]
    return found[0] if found else None


async def confirm_webhook(cf: ConnectFi, payload: WebhookPayload) -> Any:
    """The entity the webhook names, re-read through the API by its id: the authoritative state.

    Raises :class:`~connectfi_async.errors.WebhookMismatchError` when the API does not know the
    entity, or its reference or state (``status``; ``cFiCheckStatus`` for checks; ``status``
    and ``outcome`` for akepa) is not the webhook's. An API error (e.g. an unknown akepa
    application) propagates as the usual :class:`~connectfi_async.errors.ApiError`.
    """
    kind = webhook_kind(payload)
    id_field, state_fields = _STATE_FIELDS[kind]
    fields = _fields(payload)
    entity_id = fields.get(id_field)
    if not isinstance(entity_id, str) or not entity_id:
        raise WebhookError(f"{kind} webhook carries no {id_field}")
    entity = await _read(cf, kind, fields)
    if entity is None:
        raise WebhookMismatchError(kind, entity_id, id_field, entity_id, None)
    actual = entity.to_dict()
    for name in ("reference", *state_fields):
        if name in fields and actual.get(name) != fields[name]:
            raise WebhookMismatchError(
                kind, entity_id, name, fields[name], actual.get(name), entity
            )
    return entity
