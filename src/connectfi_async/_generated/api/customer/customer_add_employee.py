from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer_add_employee_request import CustomerAddEmployeeRequest
from ...models.customer_add_employee_response import CustomerAddEmployeeResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CustomerAddEmployeeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customer/add-employee",
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
) -> CustomerAddEmployeeResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CustomerAddEmployeeResponse.from_dict(json_loads(response.content))

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
) -> Response[CustomerAddEmployeeResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerAddEmployeeRequest,
) -> Response[CustomerAddEmployeeResponse | ErrorBody]:
    """Add an employee to a business customer

     Attaches an existing individual customer (created with /customer/init, customerType individual) to a
    business customer as an employee. Employees are distinct from business representatives. The request
    property table was fully seen; the response body and the errors were not documented.

    Args:
        body (CustomerAddEmployeeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAddEmployeeResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerAddEmployeeRequest,
) -> CustomerAddEmployeeResponse | ErrorBody | None:
    """Add an employee to a business customer

     Attaches an existing individual customer (created with /customer/init, customerType individual) to a
    business customer as an employee. Employees are distinct from business representatives. The request
    property table was fully seen; the response body and the errors were not documented.

    Args:
        body (CustomerAddEmployeeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAddEmployeeResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
