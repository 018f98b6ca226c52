from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer_init_request import CustomerInitRequest
from ...models.customer_init_response import CustomerInitResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CustomerInitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customer/init",
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
) -> CustomerInitResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CustomerInitResponse.from_dict(json_loads(response.content))

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
) -> Response[CustomerInitResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerInitRequest,
) -> Response[CustomerInitResponse | ErrorBody]:
    """Create an individual or business customer

     Registers an individual or a business customer and validates its data (it does not start KYC/KYB;
    use /akepa/identification). The server validates the body against two alternative schemas
    (individual, business; exactly one must match, selected by `customerType`), and rejects a reused
    reference (referenceExists) or an SSN/FEIN that is already registered (customerExists, whose
    context.customerId is the existing customer). Send only one init per real person or business; later
    changes go through /customer/update. Partial schema: the public documentation did not show the
    property tables (individual, business, address, phone, identification document, business
    representative), required flags, constraints or the response body; only the fields of the individual
    request example are typed; unknown properties are allowed. The business literal of `customerType`
    and every business field (FEIN, business name, businessAddresses, businessPhones,
    businessRepresentatives, ...) were not seen, so the individual/business split is not modelled as a
    oneOf. The example uses `customerReference`, while stored customers show `reference`. Sandbox:
    `customer.lastName: "WaitReview"` leads to the akepa waiting_review path.

    Args:
        body (CustomerInitRequest): Create an individual or business customer. Partial schema: the
            public documentation did not show the property tables (individual, business and nested
            objects), required flags or constraints; only the fields of the individual request example
            are typed; unknown properties are allowed. The server validates the body as a oneOf of an
            individual and a business schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerInitResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerInitRequest,
) -> CustomerInitResponse | ErrorBody | None:
    """Create an individual or business customer

     Registers an individual or a business customer and validates its data (it does not start KYC/KYB;
    use /akepa/identification). The server validates the body against two alternative schemas
    (individual, business; exactly one must match, selected by `customerType`), and rejects a reused
    reference (referenceExists) or an SSN/FEIN that is already registered (customerExists, whose
    context.customerId is the existing customer). Send only one init per real person or business; later
    changes go through /customer/update. Partial schema: the public documentation did not show the
    property tables (individual, business, address, phone, identification document, business
    representative), required flags, constraints or the response body; only the fields of the individual
    request example are typed; unknown properties are allowed. The business literal of `customerType`
    and every business field (FEIN, business name, businessAddresses, businessPhones,
    businessRepresentatives, ...) were not seen, so the individual/business split is not modelled as a
    oneOf. The example uses `customerReference`, while stored customers show `reference`. Sandbox:
    `customer.lastName: "WaitReview"` leads to the akepa waiting_review path.

    Args:
        body (CustomerInitRequest): Create an individual or business customer. Partial schema: the
            public documentation did not show the property tables (individual, business and nested
            objects), required flags or constraints; only the fields of the individual request example
            are typed; unknown properties are allowed. The server validates the body as a oneOf of an
            individual and a business schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerInitResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
