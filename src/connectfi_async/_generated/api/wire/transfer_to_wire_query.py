from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_wire_query_request_by_ids import TransferToWireQueryRequestByIds
from ...models.transfer_to_wire_query_request_by_references import TransferToWireQueryRequestByReferences
from ...models.transfer_to_wire_query_response import TransferToWireQueryResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToWireQueryRequestByIds | TransferToWireQueryRequestByReferences,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/wire/query",
    }

    if isinstance(body, TransferToWireQueryRequestByIds):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | TransferToWireQueryResponse:
    if response.status_code == 200:
        response_200 = TransferToWireQueryResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToWireQueryResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToWireQueryRequestByIds | TransferToWireQueryRequestByReferences,
) -> Response[ErrorBody | TransferToWireQueryResponse]:
    """Query details of one or more wires

     Queries the details of one or more wires. In the sandbox, a query is what moves wires created with
    amount 12.91 / 12.92 to their final status (Complete / Declined).

    Partial schema: the documentation page of this endpoint was not found. The body shape is carried
    over from the ACH, card and combo query pages (inference, not documented for wires): either
    `cFiTransactionIds` or `references`, not both, non-empty, at most 20 elements; the response `data`
    is an array of wires. The wire reference schema is unknown (the documented example
    `EXT_REFERENCE_ID1` contains `_`), so `references` items are plain strings; unknown properties are
    allowed.

    Args:
        body (TransferToWireQueryRequestByIds | TransferToWireQueryRequestByReferences): Either
            `cFiTransactionIds` or `references` (1 to 20 elements), not both. Shape carried over from
            the ACH/card/combo query pages (the wire query page was not found); unknown properties are
            allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToWireQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToWireQueryRequestByIds | TransferToWireQueryRequestByReferences,
) -> ErrorBody | TransferToWireQueryResponse | None:
    """Query details of one or more wires

     Queries the details of one or more wires. In the sandbox, a query is what moves wires created with
    amount 12.91 / 12.92 to their final status (Complete / Declined).

    Partial schema: the documentation page of this endpoint was not found. The body shape is carried
    over from the ACH, card and combo query pages (inference, not documented for wires): either
    `cFiTransactionIds` or `references`, not both, non-empty, at most 20 elements; the response `data`
    is an array of wires. The wire reference schema is unknown (the documented example
    `EXT_REFERENCE_ID1` contains `_`), so `references` items are plain strings; unknown properties are
    allowed.

    Args:
        body (TransferToWireQueryRequestByIds | TransferToWireQueryRequestByReferences): Either
            `cFiTransactionIds` or `references` (1 to 20 elements), not both. Shape carried over from
            the ACH/card/combo query pages (the wire query page was not found); unknown properties are
            allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToWireQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
