from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer_status_response import CustomerStatusResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    customer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer/status/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerStatusResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CustomerStatusResponse.from_dict(json_loads(response.content))

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
) -> Response[CustomerStatusResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerStatusResponse | ErrorBody]:
    """Get a customer

     Returns the stored record of one customer by its connectFi ID (`cstap_...` individual, `cstab_...`
    business). Business customers also carry an `employees` array; `kycStatus` holds the KYC/KYB state.
    The documented example was cut inside the first address, so the business example, the rest of the
    record and the errors were not seen.

    Args:
        customer_id (str): A connectFi or external ID (docs tag common-id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerStatusResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomerStatusResponse | ErrorBody | None:
    """Get a customer

     Returns the stored record of one customer by its connectFi ID (`cstap_...` individual, `cstab_...`
    business). Business customers also carry an `employees` array; `kycStatus` holds the KYC/KYB state.
    The documented example was cut inside the first address, so the business example, the rest of the
    record and the errors were not seen.

    Args:
        customer_id (str): A connectFi or external ID (docs tag common-id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerStatusResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
        )
    ).parsed
