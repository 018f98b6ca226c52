from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.ibis_card_by_id import IbisCardById
from ...models.ibis_card_by_reference import IbisCardByReference
from ...models.ibis_cardholder_profile_response import IbisCardholderProfileResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: IbisCardById | IbisCardByReference,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ibis/card/cardholder-profile",
    }

    if isinstance(body, IbisCardById):
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
) -> ErrorBody | IbisCardholderProfileResponse:
    if response.status_code == 200:
        response_200 = IbisCardholderProfileResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | IbisCardholderProfileResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IbisCardById | IbisCardByReference,
) -> Response[ErrorBody | IbisCardholderProfileResponse]:
    """Get a card holder profile

     Returns the card holder profile of a card (or vAccount) by cFiCardId or by reference, never both.

    Args:
        body (IbisCardById | IbisCardByReference): Exactly one of cFiCardId or reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | IbisCardholderProfileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IbisCardById | IbisCardByReference,
) -> ErrorBody | IbisCardholderProfileResponse | None:
    """Get a card holder profile

     Returns the card holder profile of a card (or vAccount) by cFiCardId or by reference, never both.

    Args:
        body (IbisCardById | IbisCardByReference): Exactly one of cFiCardId or reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | IbisCardholderProfileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
