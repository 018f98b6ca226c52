from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_ach_create_request import TransferToAchCreateRequest
from ...models.transfer_to_ach_create_response import TransferToAchCreateResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToAchCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/ach/create",
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
) -> ErrorBody | TransferToAchCreateResponse:
    if response.status_code == 200:
        response_200 = TransferToAchCreateResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(json_loads(response.content))

        return response_404

    response_default = ErrorBody.from_dict(json_loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | TransferToAchCreateResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToAchCreateRequest,
) -> Response[ErrorBody | TransferToAchCreateResponse]:
    """Send an ACH funds transfer

     Asks connectFi to move money by ACH between your account at the partner bank (ODFI) and an account
    at another bank (RDFI). connectFi packs the entries into NACHA batch files that it sends to the ODFI
    over SFTP several times a day. A successful call creates the transfer with status `Initiated` and
    returns its new `cFiTransactionId`.

    Idempotency: the body's `reference` is de-duplicated. A second request with a `reference` already
    used is refused with 400 `referenceExists` (context `{reference, entityId}`); two requests with
    different references are two payments even if every other field is the same. Find a transfer by its
    reference with `/transfer-to/ach/query` (`references`).

    `effectiveEntryDate` cutoffs: same-day entries must arrive before 9:30am CST Mon-Fri, next-day
    entries before 7:30pm CST Mon-Fri; otherwise use a later date (error `achEffectiveEntryDate`). The
    webhook field is spelled `webhookUrl` here (the wire endpoint uses `webhookURL`).

    Partial schema: the public documentation did not show the property table of this endpoint (only the
    `reference` and `clientCode` rows, seen on the validate page that takes the same body), so the types
    of the other fields come from the example bodies, their required flags and further constraints are
    unknown, and the allowed values of `standardEntryClassCode`, `accountType` and `transactionType` are
    not known; unknown properties are allowed. The response body was not shown either.

    Args:
        body (TransferToAchCreateRequest): Body of /transfer-to/ach/create (flat; no nested object
            appears in any example). Partial schema: the public documentation did not show the
            property table (only the `reference` and `clientCode` rows, via the validate page that
            takes the same body); the other properties are typed from the example bodies, their
            required flags and constraints are unknown; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToAchCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToAchCreateRequest,
) -> ErrorBody | TransferToAchCreateResponse | None:
    """Send an ACH funds transfer

     Asks connectFi to move money by ACH between your account at the partner bank (ODFI) and an account
    at another bank (RDFI). connectFi packs the entries into NACHA batch files that it sends to the ODFI
    over SFTP several times a day. A successful call creates the transfer with status `Initiated` and
    returns its new `cFiTransactionId`.

    Idempotency: the body's `reference` is de-duplicated. A second request with a `reference` already
    used is refused with 400 `referenceExists` (context `{reference, entityId}`); two requests with
    different references are two payments even if every other field is the same. Find a transfer by its
    reference with `/transfer-to/ach/query` (`references`).

    `effectiveEntryDate` cutoffs: same-day entries must arrive before 9:30am CST Mon-Fri, next-day
    entries before 7:30pm CST Mon-Fri; otherwise use a later date (error `achEffectiveEntryDate`). The
    webhook field is spelled `webhookUrl` here (the wire endpoint uses `webhookURL`).

    Partial schema: the public documentation did not show the property table of this endpoint (only the
    `reference` and `clientCode` rows, seen on the validate page that takes the same body), so the types
    of the other fields come from the example bodies, their required flags and further constraints are
    unknown, and the allowed values of `standardEntryClassCode`, `accountType` and `transactionType` are
    not known; unknown properties are allowed. The response body was not shown either.

    Args:
        body (TransferToAchCreateRequest): Body of /transfer-to/ach/create (flat; no nested object
            appears in any example). Partial schema: the public documentation did not show the
            property table (only the `reference` and `clientCode` rows, via the validate page that
            takes the same body); the other properties are typed from the example bodies, their
            required flags and constraints are unknown; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToAchCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
