from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.user_change_password_request import UserChangePasswordRequest
from ...models.user_change_password_response import UserChangePasswordResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: UserChangePasswordRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/change-password",
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
) -> ErrorBody | UserChangePasswordResponse:
    if response.status_code == 200:
        response_200 = UserChangePasswordResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | UserChangePasswordResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserChangePasswordRequest,
) -> Response[ErrorBody | UserChangePasswordResponse]:
    """Change the password of the logged-in client user

     Changes the password of the currently logged-in client (aggregator) user. The new password needs
    8-50 characters with at least one digit, one special symbol, one lowercase and one uppercase letter.
    The docs render the regex with its `*` characters dropped (`(?=.[0-9])(?=.[!@#$%^&])...`); the
    schema uses the server-echoed form `(?=.*[0-9])(?=.*[!@#$%^&*])(?=.*[a-z]...`, whose tail after
    `(?=.*[a-z]` is completed by analogy (not seen). The request property table was fully seen.

    Args:
        body (UserChangePasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UserChangePasswordResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserChangePasswordRequest,
) -> ErrorBody | UserChangePasswordResponse | None:
    """Change the password of the logged-in client user

     Changes the password of the currently logged-in client (aggregator) user. The new password needs
    8-50 characters with at least one digit, one special symbol, one lowercase and one uppercase letter.
    The docs render the regex with its `*` characters dropped (`(?=.[0-9])(?=.[!@#$%^&])...`); the
    schema uses the server-echoed form `(?=.*[0-9])(?=.*[!@#$%^&*])(?=.*[a-z]...`, whose tail after
    `(?=.*[a-z]` is completed by analogy (not seen). The request property table was fully seen.

    Args:
        body (UserChangePasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UserChangePasswordResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
