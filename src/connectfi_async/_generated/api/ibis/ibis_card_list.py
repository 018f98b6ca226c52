from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.ibis_card_list_request import IbisCardListRequest
from ...models.ibis_card_list_response import IbisCardListResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: IbisCardListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ibis/card/list",
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
) -> ErrorBody | IbisCardListResponse:
    if response.status_code == 200:
        response_200 = IbisCardListResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | IbisCardListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IbisCardListRequest,
) -> Response[ErrorBody | IbisCardListResponse]:
    """List a customer's cards and vAccounts

     Lists every card and vAccount issued through /ibis to a customer; `data` is the list (empty when
    there are none). No per-endpoint public page was found; the schema follows the seed.

    Args:
        body (IbisCardListRequest): Partial schema: no per-endpoint page for /ibis/card/list was
            found (its current property table was never seen), so, by this document's policy for
            unseen tables, unknown properties are allowed; the properties and required list follow the
            seed's table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | IbisCardListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IbisCardListRequest,
) -> ErrorBody | IbisCardListResponse | None:
    """List a customer's cards and vAccounts

     Lists every card and vAccount issued through /ibis to a customer; `data` is the list (empty when
    there are none). No per-endpoint public page was found; the schema follows the seed.

    Args:
        body (IbisCardListRequest): Partial schema: no per-endpoint page for /ibis/card/list was
            found (its current property table was never seen), so, by this document's policy for
            unseen tables, unknown properties are allowed; the properties and required list follow the
            seed's table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | IbisCardListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
