from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.ibis_credit_application_response import IbisCreditApplicationResponse
from ...models.ibis_credit_card_application_request import IbisCreditCardApplicationRequest
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: IbisCreditCardApplicationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ibis/credit-card/application",
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
) -> ErrorBody | IbisCreditApplicationResponse:
    if response.status_code == 200:
        response_200 = IbisCreditApplicationResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | IbisCreditApplicationResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IbisCreditCardApplicationRequest,
) -> Response[ErrorBody | IbisCreditApplicationResponse]:
    """Apply for credit

     Starts a credit card application for a customer. NOT idempotent: there is no reference, and two
    identical requests may create two applications, so the SDK never re-sends it after it may have
    reached the server. Differs from the seed: the seed printed totalAnnualIncome as ">= 0" and the
    currency as `^[A-Z]{3}$`; the newer public page uses common-amount (> 0, 2 decimals) and common-
    currency (3 characters, `^[A-Z]+$`), which this schema follows.

    Args:
        body (IbisCreditCardApplicationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | IbisCreditApplicationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IbisCreditCardApplicationRequest,
) -> ErrorBody | IbisCreditApplicationResponse | None:
    """Apply for credit

     Starts a credit card application for a customer. NOT idempotent: there is no reference, and two
    identical requests may create two applications, so the SDK never re-sends it after it may have
    reached the server. Differs from the seed: the seed printed totalAnnualIncome as ">= 0" and the
    currency as `^[A-Z]{3}$`; the newer public page uses common-amount (> 0, 2 decimals) and common-
    currency (3 characters, `^[A-Z]+$`), which this schema follows.

    Args:
        body (IbisCreditCardApplicationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | IbisCreditApplicationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
