from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.check_get_response import CheckGetResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    check_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/check/get/{check_id}".format(
            check_id=quote(str(check_id), safe=""),
        ),
    }

    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CheckGetResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CheckGetResponse.from_dict(json_loads(response.content))

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
) -> Response[CheckGetResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    check_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CheckGetResponse | ErrorBody]:
    """Get the details of a check

     Returns one check by its connectFi ID (`cFiCheckId`). The public page writes the path as
    /check/get/:checkId. Payee, payer, address and memo data are not returned in the example.

    Args:
        check_id (str): A connectFi or external ID (docs tag common-id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckGetResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        check_id=check_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    check_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CheckGetResponse | ErrorBody | None:
    """Get the details of a check

     Returns one check by its connectFi ID (`cFiCheckId`). The public page writes the path as
    /check/get/:checkId. Payee, payer, address and memo data are not returned in the example.

    Args:
        check_id (str): A connectFi or external ID (docs tag common-id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckGetResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            check_id=check_id,
            client=client,
        )
    ).parsed
