from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_card_get_response import TransferToCardGetResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    card_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transfer-to/card/get/{card_id}".format(
            card_id=quote(str(card_id), safe=""),
        ),
    }

    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | TransferToCardGetResponse:
    if response.status_code == 200:
        response_200 = TransferToCardGetResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToCardGetResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | TransferToCardGetResponse]:
    """Get a registered external card

     Returns the details of an external card registered with /transfer-to/card/register. The
    documentation page of this endpoint was not found; only its path appears in the section's endpoint
    table. The HTTP method was not seen: GET is assumed (the call has a path parameter and no body). The
    response fields were not seen.

    Args:
        card_id (str): A connectFi or external ID (docs tag common-id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToCardGetResponse]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | TransferToCardGetResponse | None:
    """Get a registered external card

     Returns the details of an external card registered with /transfer-to/card/register. The
    documentation page of this endpoint was not found; only its path appears in the section's endpoint
    table. The HTTP method was not seen: GET is assumed (the call has a path parameter and no body). The
    response fields were not seen.

    Args:
        card_id (str): A connectFi or external ID (docs tag common-id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToCardGetResponse
    """

    return (
        await asyncio_detailed(
            card_id=card_id,
            client=client,
        )
    ).parsed
