from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.acquiring_reversal_request import AcquiringReversalRequest
from ...models.acquiring_reversal_response import AcquiringReversalResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AcquiringReversalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/acquiring/reversal",
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
) -> AcquiringReversalResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AcquiringReversalResponse.from_dict(json_loads(response.content))

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
) -> Response[AcquiringReversalResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringReversalRequest,
) -> Response[AcquiringReversalResponse | ErrorBody]:
    """Reverse an acquiring card transaction

     Reverses an acquiring card transaction; the outcome is tracked through the transaction's
    `reversalStatus` (Reversed, Reversal, Unknown). The documentation page of this endpoint was not
    found; only its path and purpose appear in the section's endpoint table. The HTTP method was not
    seen: POST is assumed like its siblings. No `reference` was seen, so it is not marked as idempotent.
    Partial schema: the public documentation did not show any request property, the response nor the
    errors; unknown properties are allowed.

    Args:
        body (AcquiringReversalRequest): Partial schema: the public documentation did not show any
            property of this body (the endpoint page was not found); unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcquiringReversalResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringReversalRequest,
) -> AcquiringReversalResponse | ErrorBody | None:
    """Reverse an acquiring card transaction

     Reverses an acquiring card transaction; the outcome is tracked through the transaction's
    `reversalStatus` (Reversed, Reversal, Unknown). The documentation page of this endpoint was not
    found; only its path and purpose appear in the section's endpoint table. The HTTP method was not
    seen: POST is assumed like its siblings. No `reference` was seen, so it is not marked as idempotent.
    Partial schema: the public documentation did not show any request property, the response nor the
    errors; unknown properties are allowed.

    Args:
        body (AcquiringReversalRequest): Partial schema: the public documentation did not show any
            property of this body (the endpoint page was not found); unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcquiringReversalResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
