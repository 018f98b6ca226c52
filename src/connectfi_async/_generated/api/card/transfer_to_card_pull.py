from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_card_pull_request import TransferToCardPullRequest
from ...models.transfer_to_card_pull_response import TransferToCardPullResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToCardPullRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/card/pull",
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
) -> ErrorBody | TransferToCardPullResponse:
    if response.status_code == 200:
        response_200 = TransferToCardPullResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToCardPullResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToCardPullRequest,
) -> Response[ErrorBody | TransferToCardPullResponse]:
    """Pull money from an external card

     Pulls money from a registered external card into the client's settlement account. The documentation
    page of this endpoint was not found; only its path and purpose appear in the section's overview and
    endpoint table. The HTTP method was not seen: POST is assumed like its siblings (/transfer-
    to/card/push, /acquiring/pull). The body's properties are typed like its documented twin
    /acquiring/pull (reference, cFiCardId, amount, currency, narrative, softDescriptor) but none is
    required, since none was seen: the SDK sends a `reference` and recovers the transaction through
    /transfer-to/card/transactions-query after an attempt with an unknown outcome, which is exactly-once
    if the server de-duplicates it as on push and acquiring pull. Partial schema: the request and
    response were not seen; unknown properties are allowed.

    Args:
        body (TransferToCardPullRequest): Partial schema: the endpoint page was not found; the
            properties are those of the documented twin /acquiring/pull, none required; unknown
            properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToCardPullResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToCardPullRequest,
) -> ErrorBody | TransferToCardPullResponse | None:
    """Pull money from an external card

     Pulls money from a registered external card into the client's settlement account. The documentation
    page of this endpoint was not found; only its path and purpose appear in the section's overview and
    endpoint table. The HTTP method was not seen: POST is assumed like its siblings (/transfer-
    to/card/push, /acquiring/pull). The body's properties are typed like its documented twin
    /acquiring/pull (reference, cFiCardId, amount, currency, narrative, softDescriptor) but none is
    required, since none was seen: the SDK sends a `reference` and recovers the transaction through
    /transfer-to/card/transactions-query after an attempt with an unknown outcome, which is exactly-once
    if the server de-duplicates it as on push and acquiring pull. Partial schema: the request and
    response were not seen; unknown properties are allowed.

    Args:
        body (TransferToCardPullRequest): Partial schema: the endpoint page was not found; the
            properties are those of the documented twin /acquiring/pull, none required; unknown
            properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToCardPullResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
