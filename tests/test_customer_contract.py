"""The customer record and its update, as documented (issue 22), end to end over real HTTP.

Sheet 10 §6: GET /customer/status answers ``{reference, customerId, customerType, customer:
{...}}`` (the spec's ``Customer``), not a flat record. Sheet 10 §5: /customer/update refuses a
field that does not belong to the customer's type ("invalid field for current customer type"),
e.g. ``businessPhones`` for an individual or ``email`` for a business; a misspelled field
belongs to no type and is refused the same way, never stored.
"""

# mypy: disable-error-code="arg-type"
# (some bodies are deliberately wrong, to test the sandbox's answers)

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from connectfi_async import ConnectFi, errors
from connectfi_async.testing import SandboxServer

BOTH = pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
PHONE = {"type": "MOBILE", "countryDialingCode": "01", "phoneNumber": "5556667777"}


@pytest.fixture
async def cf(connectfi_sandbox: SandboxServer, backend: str) -> AsyncIterator[ConnectFi]:
    async with connectfi_sandbox.client(backend=backend) as client:
        yield client


async def person(cf: ConnectFi) -> str:
    made = await cf.customer.init(
        {
            "customerReference": "ExtRefICust101",
            "customerType": "individual",
            "customer": {"firstName": "Janice", "lastName": "Sample", "email": "a@b.test"},
        }
    )
    return str(made.customer_id)


async def refused(cf: ConnectFi, customer_id: str, update: dict[str, Any]) -> errors.ApiError:
    with pytest.raises(errors.RequestValidationError) as caught:
        await cf.customer.update({"customerId": customer_id, "customerUpdate": update})
    return caught.value


@BOTH
async def test_status_answers_the_documented_nested_record(cf: ConnectFi) -> None:
    customer_id = await person(cf)
    record = await cf.customer.status(customer_id)
    assert record.reference == "ExtRefICust101"
    assert (record.customer_id, record.customer_type) == (customer_id, "individual")
    assert record.customer is not None
    assert (record.customer.first_name, record.customer.last_name) == ("Janice", "Sample")
    assert record.customer.email == "a@b.test"
    assert record.additional_properties == {}
    assert set(record.to_dict()) == {
        "reference",
        "customerId",
        "customerType",
        "customer",
        "kycStatus",
    }


@BOTH
async def test_update_refuses_a_field_of_the_other_customer_type(cf: ConnectFi) -> None:
    customer_id = await person(cf)
    error = await refused(cf, customer_id, {"businessPhones": [PHONE]})
    assert error.message == "invalid field for current customer type"
    assert isinstance(error.context, list)
    assert error.context[0]["instancePath"] == "/customerUpdate/businessPhones"
    company = await cf.customer.init({"customerType": "business", "customer": {}})
    business = await refused(cf, str(company.customer_id), {"email": "x@y.test"})
    assert business.message == "invalid field for current customer type"


@BOTH
async def test_update_refuses_a_misspelled_field_and_stores_nothing(cf: ConnectFi) -> None:
    customer_id = await person(cf)
    await refused(cf, customer_id, {"emial": "new@b.test", "email": "new@b.test"})
    record = await cf.customer.status(customer_id)
    assert record.customer is not None
    assert record.customer.email == "a@b.test"
    assert "emial" not in record.to_dict()["customer"]


@BOTH
async def test_update_changes_the_documented_fields(cf: ConnectFi) -> None:
    customer_id = await person(cf)
    await cf.customer.update(
        {"customerId": customer_id, "customerUpdate": {"email": "new@b.test", "phones": [PHONE]}}
    )
    record = await cf.customer.status(customer_id)
    assert record.customer is not None
    assert record.customer.email == "new@b.test"
