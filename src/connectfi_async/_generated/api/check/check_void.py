from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.check_void_request import CheckVoidRequest
from ...models.check_void_response import CheckVoidResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CheckVoidRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/check/void",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CheckVoidResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CheckVoidResponse.from_dict(json_loads(response.content))

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
) -> Response[CheckVoidResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckVoidRequest,
) -> Response[CheckVoidResponse | ErrorBody]:
    """Void a check

     Voids a check and informs the bank. If the print request has not reached the bank yet,
    `cFiCheckStatus` becomes `Cancelled` at once and the check is never sent. Otherwise the void is also
    sent to the bank: the check is still printed, mailed and delivered, but the bank refuses payment
    when it is presented; `initVoid` is then `true` and the status becomes `Cancelled` only after the
    bank confirms. The body has no `reference`; the result of voiding twice was not seen. The response
    body was not seen.

    Args:
        body (CheckVoidRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckVoidResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckVoidRequest,
) -> CheckVoidResponse | ErrorBody | None:
    """Void a check

     Voids a check and informs the bank. If the print request has not reached the bank yet,
    `cFiCheckStatus` becomes `Cancelled` at once and the check is never sent. Otherwise the void is also
    sent to the bank: the check is still printed, mailed and delivered, but the bank refuses payment
    when it is presented; `initVoid` is then `true` and the status becomes `Cancelled` only after the
    bank confirms. The body has no `reference`; the result of voiding twice was not seen. The response
    body was not seen.

    Args:
        body (CheckVoidRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckVoidResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
