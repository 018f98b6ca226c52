from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.ibis_account_add_request import IbisAccountAddRequest
from ...models.ibis_account_add_response import IbisAccountAddResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: IbisAccountAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ibis/account/add",
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
) -> ErrorBody | IbisAccountAddResponse:
    if response.status_code == 200:
        response_200 = IbisAccountAddResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | IbisAccountAddResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IbisAccountAddRequest,
) -> Response[ErrorBody | IbisAccountAddResponse]:
    """Add a vAccount

     Adds an ibis vAccount (not associated with a debit or credit card) to an existing customer.
    Idempotent on `reference`: a reused reference answers referenceExists with the existing entityId.
    The returned cFiAccountId is accepted wherever cFiCardId is asked. The public page's own schema was
    cut before its property table; this schema follows the seed's property table.

    Args:
        body (IbisAccountAddRequest): Partial schema: the public Add-vAccount page was cut before
            its property table (the current table was never seen), so, by this document's policy for
            unseen tables, unknown properties are allowed; the properties and required list follow the
            seed's table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | IbisAccountAddResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IbisAccountAddRequest,
) -> ErrorBody | IbisAccountAddResponse | None:
    """Add a vAccount

     Adds an ibis vAccount (not associated with a debit or credit card) to an existing customer.
    Idempotent on `reference`: a reused reference answers referenceExists with the existing entityId.
    The returned cFiAccountId is accepted wherever cFiCardId is asked. The public page's own schema was
    cut before its property table; this schema follows the seed's property table.

    Args:
        body (IbisAccountAddRequest): Partial schema: the public Add-vAccount page was cut before
            its property table (the current table was never seen), so, by this document's policy for
            unseen tables, unknown properties are allowed; the properties and required list follow the
            seed's table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | IbisAccountAddResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
