from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer_update_request import CustomerUpdateRequest
from ...models.customer_update_response import CustomerUpdateResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CustomerUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customer/update",
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
) -> CustomerUpdateResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CustomerUpdateResponse.from_dict(json_loads(response.content))

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
) -> Response[CustomerUpdateResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdateRequest,
) -> Response[CustomerUpdateResponse | ErrorBody]:
    """Update a customer's contact data

     Changes the contact data of an existing customer: for individuals `email`, `addresses`, `phones`;
    for businesses `businessAddresses`, `businessPhones` and the email, addresses and phones of its
    `businessRepresentatives`. Sending a field that does not belong to the customer's type is rejected
    ("invalid field for current customer type"; code and status not seen). Partial schema: the public
    documentation did not show the top-level property table (how the customer is identified, presumably
    `customerId`, and under which property the "customerUpdate object" sits), the rest of the business
    rows, examples, the response or the errors; unknown properties are allowed. The fields of the
    "customerUpdate object" that were seen are described by the component
    CustomerUpdateRequestCustomerUpdate. Whether arrays replace or merge with the stored data was not
    seen.

    Args:
        body (CustomerUpdateRequest): Update a customer's contact data. Partial schema: the public
            documentation did not show the top-level property table. It documents the "customerUpdate
            object" (CustomerUpdateRequestCustomerUpdate); that it sits under a `customerUpdate`
            property next to the `customerId` is inferred from that heading, so neither is marked
            required and unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerUpdateResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdateRequest,
) -> CustomerUpdateResponse | ErrorBody | None:
    """Update a customer's contact data

     Changes the contact data of an existing customer: for individuals `email`, `addresses`, `phones`;
    for businesses `businessAddresses`, `businessPhones` and the email, addresses and phones of its
    `businessRepresentatives`. Sending a field that does not belong to the customer's type is rejected
    ("invalid field for current customer type"; code and status not seen). Partial schema: the public
    documentation did not show the top-level property table (how the customer is identified, presumably
    `customerId`, and under which property the "customerUpdate object" sits), the rest of the business
    rows, examples, the response or the errors; unknown properties are allowed. The fields of the
    "customerUpdate object" that were seen are described by the component
    CustomerUpdateRequestCustomerUpdate. Whether arrays replace or merge with the stored data was not
    seen.

    Args:
        body (CustomerUpdateRequest): Update a customer's contact data. Partial schema: the public
            documentation did not show the top-level property table. It documents the "customerUpdate
            object" (CustomerUpdateRequestCustomerUpdate); that it sits under a `customerUpdate`
            property next to the `customerId` is inferred from that heading, so neither is marked
            required and unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerUpdateResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
