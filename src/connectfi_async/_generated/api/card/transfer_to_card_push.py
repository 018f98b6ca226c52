from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_card_push_request import TransferToCardPushRequest
from ...models.transfer_to_card_push_response import TransferToCardPushResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToCardPushRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/card/push",
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
) -> ErrorBody | TransferToCardPushResponse:
    if response.status_code == 200:
        response_200 = TransferToCardPushResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToCardPushResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToCardPushRequest,
) -> Response[ErrorBody | TransferToCardPushResponse]:
    """Push money to an external card

     Moves money from the client's settlement account to a registered external card; the transfer usually
    completes within seconds. Idempotent through `reference`: a reference already used is refused with
    `referenceExists`; two requests with different references both post even if every other field is the
    same. The transaction can be looked up by reference with /transfer-to/card/transactions-query.
    Required per the page's prose: `reference`, `cFiCardId`, `amount`, `currency`, `narrative`;
    `softDescriptor` is optional. Partial schema: the public documentation did not show the property
    table (constraints of each property, the fields of `softDescriptor`) nor the response; unknown
    properties are allowed.

    Args:
        body (TransferToCardPushRequest): Partial schema: the public documentation did not show
            the property table (only the required list in prose and an example); unknown properties
            are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToCardPushResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToCardPushRequest,
) -> ErrorBody | TransferToCardPushResponse | None:
    """Push money to an external card

     Moves money from the client's settlement account to a registered external card; the transfer usually
    completes within seconds. Idempotent through `reference`: a reference already used is refused with
    `referenceExists`; two requests with different references both post even if every other field is the
    same. The transaction can be looked up by reference with /transfer-to/card/transactions-query.
    Required per the page's prose: `reference`, `cFiCardId`, `amount`, `currency`, `narrative`;
    `softDescriptor` is optional. Partial schema: the public documentation did not show the property
    table (constraints of each property, the fields of `softDescriptor`) nor the response; unknown
    properties are allowed.

    Args:
        body (TransferToCardPushRequest): Partial schema: the public documentation did not show
            the property table (only the required list in prose and an example); unknown properties
            are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToCardPushResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
