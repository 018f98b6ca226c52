from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer_disable_employee_request import CustomerDisableEmployeeRequest
from ...models.customer_disable_employee_response import CustomerDisableEmployeeResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CustomerDisableEmployeeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customer/disable-employee",
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
) -> CustomerDisableEmployeeResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CustomerDisableEmployeeResponse.from_dict(json_loads(response.content))

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
) -> Response[CustomerDisableEmployeeResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerDisableEmployeeRequest,
) -> Response[CustomerDisableEmployeeResponse | ErrorBody]:
    """Disable an employee of a business customer

     Marks an employee of a business customer as disabled (current employees are listed in the
    `employees` array of /customer/status/{companyId}). Business representatives cannot be disabled. A
    disabled employee can no longer receive new business cards or accounts for that business, but can
    still open personal ones. No re-enable endpoint was seen. The request property table was fully seen;
    the response body and the errors were not documented.

    Args:
        body (CustomerDisableEmployeeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerDisableEmployeeResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerDisableEmployeeRequest,
) -> CustomerDisableEmployeeResponse | ErrorBody | None:
    """Disable an employee of a business customer

     Marks an employee of a business customer as disabled (current employees are listed in the
    `employees` array of /customer/status/{companyId}). Business representatives cannot be disabled. A
    disabled employee can no longer receive new business cards or accounts for that business, but can
    still open personal ones. No re-enable endpoint was seen. The request property table was fully seen;
    the response body and the errors were not documented.

    Args:
        body (CustomerDisableEmployeeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerDisableEmployeeResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
