from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.auth_get_token_request import AuthGetTokenRequest
from ...models.auth_get_token_response import AuthGetTokenResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AuthGetTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/get-token",
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
) -> AuthGetTokenResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AuthGetTokenResponse.from_dict(json_loads(response.content))

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
) -> Response[AuthGetTokenResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthGetTokenRequest,
) -> Response[AuthGetTokenResponse | ErrorBody]:
    """Log in and get an access token

     Exchanges the client (aggregator) login and password for a session token. Send the token as the
    `x-connectfi-token` header on every other call. `data.dtsExpireAt` is when the token expires; log in
    again before then or after a 401. This is the only call that needs no token. The Authentication page
    also names a second, `confined` token kind; the JSON key that carries it was not shown, so it is not
    modelled (unknown response properties are allowed). The request property table was fully seen (note
    that `requestId` sits inside `user`).

    Args:
        body (AuthGetTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthGetTokenResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthGetTokenRequest,
) -> AuthGetTokenResponse | ErrorBody | None:
    """Log in and get an access token

     Exchanges the client (aggregator) login and password for a session token. Send the token as the
    `x-connectfi-token` header on every other call. `data.dtsExpireAt` is when the token expires; log in
    again before then or after a 401. This is the only call that needs no token. The Authentication page
    also names a second, `confined` token kind; the JSON key that carries it was not shown, so it is not
    modelled (unknown response properties are allowed). The request property table was fully seen (note
    that `requestId` sits inside `user`).

    Args:
        body (AuthGetTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthGetTokenResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
