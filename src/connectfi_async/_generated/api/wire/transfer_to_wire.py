from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_wire_request import TransferToWireRequest
from ...models.transfer_to_wire_response import TransferToWireResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToWireRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/wire",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | TransferToWireResponse:
    if response.status_code == 200:
        response_200 = TransferToWireResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(json_loads(response.content))

        return response_401

    response_default = ErrorBody.from_dict(json_loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | TransferToWireResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToWireRequest,
) -> Response[ErrorBody | TransferToWireResponse]:
    """Send a US-domestic wire

     Sends a US-domestic wire from your bank account (originator) to an account at another US bank
    (beneficiary). Only US-domestic wires are supported. A successful call returns the new
    `cFiTransactionId` with status `Sent`, or `Initiated` when sending is delayed.

    Idempotency: the body's `reference` is de-duplicated. A duplicate reference is refused (400
    `referenceExists`, context `{reference, entityId}`); different references make separate wires even
    with identical details. Find a wire by its reference with `/transfer-to/wire/query` (`references`).
    The documented example reference `EXT_REFERENCE_ID1` contains `_`, so the wire reference is not
    typed as common-reference. The webhook field is spelled `webhookURL` here (the ACH endpoint uses
    `webhookUrl`).

    Sandbox triggers (documentation page "Testing Wires in the Sandbox"; messages copied as data; the
    HTTP status, code, subCode and context returned with them were not shown):
    - amount 16.95: "Nightly_Updates" - saved as Initiated, retried after nightly maintenance.
    - amount 16.97: "Amount_Exceeds_Balance" - saved as Initiated, retried, and an email alert is sent.
    - amount 16.98: "Invalid Source Account."
    - amount 16.99: "Core System downstream error. Wire not created."
    - amount > 17.00 and <= 18.00: "Wire Amount will exceed Account Daily Total Amount Limit. Wire not
    created."
    - amount > 18.00 and <= 19.00: "Wire Amount Exceeds Limit for the Wire Account. Wire not created."
    - amount > 19.00 and <= 20.00: "Wire Amount will exceed Company Daily Total Limit. Wire not
    created."
    - amount > 20.00: "Wire Amount exceeds Company Wire Amount Limit. Wire not created."
    - amount 12.91: starts Initiated and becomes Complete when a /transfer-to/wire/query call triggers
    it; the webhook fires if set; a second query shows the new status.
    - amount 12.92: the same, but ends Declined.
    - beneficiary.bankABANumber "110000000": "ABA Number is not in Wire ABA file"
    - beneficiary.bankABANumber "120000000": "The receiving DFI is not a Funds Transfer Bank"
    - beneficiary.address.addressLine1 "P.O. Box 123": "Request Errors. See Detail for more information.
    BeneficiaryInformation.BeneficiaryAddress.addressLine1 appears to be a P.O.…" (message cut in the
    documentation; further trigger rows not seen).

    Partial schema: the public documentation did not show the property table of this endpoint; the
    fields come from the example body, so their required flags, maximum lengths, patterns and the
    `reference` schema are unknown, and the meaning of `endUserAccount` (probably the source account
    number) was not stated; unknown properties are allowed. The response body was not shown either.

    Args:
        body (TransferToWireRequest): Body of /transfer-to/wire. Partial schema: the public
            documentation did not show the property table; the properties come from the example body
            (types only: required flags, maximum lengths, patterns and the `reference` schema were not
            shown); unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToWireResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToWireRequest,
) -> ErrorBody | TransferToWireResponse | None:
    """Send a US-domestic wire

     Sends a US-domestic wire from your bank account (originator) to an account at another US bank
    (beneficiary). Only US-domestic wires are supported. A successful call returns the new
    `cFiTransactionId` with status `Sent`, or `Initiated` when sending is delayed.

    Idempotency: the body's `reference` is de-duplicated. A duplicate reference is refused (400
    `referenceExists`, context `{reference, entityId}`); different references make separate wires even
    with identical details. Find a wire by its reference with `/transfer-to/wire/query` (`references`).
    The documented example reference `EXT_REFERENCE_ID1` contains `_`, so the wire reference is not
    typed as common-reference. The webhook field is spelled `webhookURL` here (the ACH endpoint uses
    `webhookUrl`).

    Sandbox triggers (documentation page "Testing Wires in the Sandbox"; messages copied as data; the
    HTTP status, code, subCode and context returned with them were not shown):
    - amount 16.95: "Nightly_Updates" - saved as Initiated, retried after nightly maintenance.
    - amount 16.97: "Amount_Exceeds_Balance" - saved as Initiated, retried, and an email alert is sent.
    - amount 16.98: "Invalid Source Account."
    - amount 16.99: "Core System downstream error. Wire not created."
    - amount > 17.00 and <= 18.00: "Wire Amount will exceed Account Daily Total Amount Limit. Wire not
    created."
    - amount > 18.00 and <= 19.00: "Wire Amount Exceeds Limit for the Wire Account. Wire not created."
    - amount > 19.00 and <= 20.00: "Wire Amount will exceed Company Daily Total Limit. Wire not
    created."
    - amount > 20.00: "Wire Amount exceeds Company Wire Amount Limit. Wire not created."
    - amount 12.91: starts Initiated and becomes Complete when a /transfer-to/wire/query call triggers
    it; the webhook fires if set; a second query shows the new status.
    - amount 12.92: the same, but ends Declined.
    - beneficiary.bankABANumber "110000000": "ABA Number is not in Wire ABA file"
    - beneficiary.bankABANumber "120000000": "The receiving DFI is not a Funds Transfer Bank"
    - beneficiary.address.addressLine1 "P.O. Box 123": "Request Errors. See Detail for more information.
    BeneficiaryInformation.BeneficiaryAddress.addressLine1 appears to be a P.O.…" (message cut in the
    documentation; further trigger rows not seen).

    Partial schema: the public documentation did not show the property table of this endpoint; the
    fields come from the example body, so their required flags, maximum lengths, patterns and the
    `reference` schema are unknown, and the meaning of `endUserAccount` (probably the source account
    number) was not stated; unknown properties are allowed. The response body was not shown either.

    Args:
        body (TransferToWireRequest): Body of /transfer-to/wire. Partial schema: the public
            documentation did not show the property table; the properties come from the example body
            (types only: required flags, maximum lengths, patterns and the `reference` schema were not
            shown); unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToWireResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
