"""Typed webhook payloads: ``parse_webhook(body)`` turns a POST from connectFi into its model.

connectFi posts one JSON body per status change to the ``webhookUrl`` given on the request
(ACH, wire, RPPS bills, check printing, akepa KYC). Bodies carry no discriminator field, so the
family is recognised from the fields it documents; a receiver that serves one URL per family can
say which with ``kind=`` and skip the guessing. Money fields are Decimal, as everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeAlias

from ._generated.models.ach_webhook_payload import AchWebhookPayload
from ._generated.models.akepa_webhook import AkepaWebhook
from ._generated.models.bills_webhook_payload import BillsWebhookPayload
from ._generated.models.check_webhook_payload import CheckWebhookPayload
from ._generated.models.wire_webhook_payload import WireWebhookPayload
from ._json import json_loads
from .errors import ConnectFiError

__all__ = [
    "AchWebhookPayload",
    "AkepaWebhook",
    "BillsWebhookPayload",
    "CheckWebhookPayload",
    "WebhookError",
    "WebhookKind",
    "WebhookPayload",
    "WireWebhookPayload",
    "parse_webhook",
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
