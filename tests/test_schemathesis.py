"""Property-based API tests: schemathesis against the sandbox app, in process (ASGI).

Every operation of the packaged spec is called with cases generated from its schemas: the
documented examples first, then Hypothesis-generated bodies and parameters, valid and invalid
(up to ``MAX_EXAMPLES`` generated cases per operation). Every answer must be free of server
errors and match the documented responses: status code, content type and body schema.

Each operation starts from a fresh sandbox holding a small world built through the API itself
(customers in every KYC state, cards in every status, credit applications, transfers, a
document); the answers that build it are checked the same way. Generated IDs are swapped for
the IDs of that world, chosen by a checksum of the generated value, so the handlers are reached
past their "not found" answers.

The sandbox runs in this process (no sockets); the generation is derandomized with a fixed
seed and keeps no example database, so a run is repeatable. The explicit cases at the end pin
what earlier, longer runs found.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from connectfi_async._spec import document
from connectfi_async.sandbox import DEFAULT_LOGIN, DEFAULT_PASSWORD, SandboxApp

MAX_EXAMPLES = 25
SEED = 20261121
TOKEN_HEADER = "x-connectfi-token"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "suppress-health-check": ["too_slow"],
        "generation": {
            "mode": "all",
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
            # The test sends the real token; a generated one would only ever get 401.
            "with-security-parameters": False,
        },
        "phases": {
            "examples": {"enabled": True},
            "coverage": {"enabled": False},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": False},
        },
    }
)

APP = SandboxApp()
with resources.as_file(
    resources.files("connectfi_async._generated").joinpath("openapi.json")
) as _spec_path:
    schema = schemathesis.openapi.from_path(_spec_path, config=CONFIG)
schema.app = APP


def _call(
    method: str, path: str, token: str | None = None, body: Any = None, **path_parameters: str
) -> Any:
    """One checked request through the schema's transport; the ``data`` of its 200 answer."""
    operation = schema[path][method]
    headers = {TOKEN_HEADER: token} if token else None
    if body is None:
        case = operation.Case(path_parameters=path_parameters or None, headers=headers)
    else:
        case = operation.Case(body=body, headers=headers, media_type="application/json")
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code == 200, f"{method} {path}: {response.text}"
    return response.json()["data"]


@dataclass
class World:
    """The IDs the seeded sandbox knows, by the request field that names them."""

    token: str
    customer: str = ""  # an approved individual customer
    card: str = ""  # one of its active debit cards, with a PIN and funds
    pools: dict[str, list[str | None]] = field(default_factory=dict)

    def add(self, key: str, *values: str, keep: int = 1) -> None:
        """Candidates for ``key``, and how many slots keep the generated value."""
        self.pools[key] = [*values, *[None] * keep]

    def substitute(self, values: Mapping[str, Any] | None) -> Iterator[tuple[str, str]]:
        """(name, known value) for generated strings the world has candidates for.

        A checksum of the generated value picks a slot: a candidate, or (a ``None`` slot)
        the generated value itself, so the choice is as repeatable as the generation.
        """
        for name, value in (values or {}).items():
            pool = self.pools.get(name)
            if not pool or not isinstance(value, str):
                continue
            pick = pool[zlib.crc32(value.encode("utf-8", "surrogatepass")) % len(pool)]
            if pick is not None:
                yield name, pick


PROFILE = {"nameOnCard": "ADA LOVELACE", "occupation": "Engineer"}


def _customer(token: str, reference: str, last_name: str, kind: str = "individual") -> str:
    body = {
        "customerReference": reference,
        "customerType": kind,
        "customer": {"firstName": "Ada", "lastName": last_name},
    }
    customer_id: str = _call("POST", "/customer/init", token, body)["customerId"]
    return customer_id


def _identify(token: str, customer_id: str, reference: str) -> None:
    _call(
        "POST",
        "/akepa/identification",
        token,
        {"reference": reference, "customerId": customer_id},
    )


def _debit_card(token: str, customer_id: str, reference: str, program: str = "d_gpr_test") -> str:
    body = {
        "customerId": customer_id,
        "reference": reference,
        "cardProgramId": program,
        "profile": PROFILE,
    }
    card_id: str = _call("POST", "/ibis/debit-card/add", token, body)["cFiCardId"]
    return card_id


def _activate(token: str, card_id: str) -> None:
    _call("POST", "/ibis/card/activate", token, {"cFiCardId": card_id})


def _set_status(token: str, card_id: str, status: str) -> None:
    _call("POST", "/ibis/card/set-status", token, {"cFiCardId": card_id, "statusCode": status})


def _credit(token: str, card_id: str, reference: str, amount: float) -> dict[str, Any]:
    body = {"reference": reference, "cFiCardId": card_id, "amount": amount, "currency": "USD"}
    data: dict[str, Any] = _call("POST", "/ibis/financial/funds-credit", token, body)
    return data


def _card_to_card(
    token: str, source: str, target: str, reference: str, amount: float
) -> dict[str, Any]:
    body = {
        "reference": reference,
        "cardFromId": source,
        "cardToId": target,
        "amount": amount,
        "currency": "USD",
    }
    data: dict[str, Any] = _call("POST", "/ibis/financial/card-to-card", token, body)
    return data


def seed_world(app: SandboxApp) -> World:
    """Reset the sandbox and build the world through the API; return its token and IDs."""
    app.store.credentials[DEFAULT_LOGIN] = DEFAULT_PASSWORD  # undo a /user/change-password
    app.reset()
    login = {"user": {"login": DEFAULT_LOGIN, "password": DEFAULT_PASSWORD}}
    token: str = _call("POST", "/auth/get-token", body=login)["token"]
    world = World(token)

    approved = _customer(token, "SeedCustOk", "Lovelace")
    waiting = _customer(token, "SeedCustWait", "WaitReview")
    fresh = _customer(token, "SeedCustNew", "Hopper")
    company = _customer(token, "SeedBiz", "Analytical", kind="business")
    _identify(token, approved, "SeedKycOk")
    _identify(token, waiting, "SeedKycWait")
    _identify(token, company, "SeedKycBiz")
    _call(
        "POST",
        "/customer/add-employee",
        token,
        {"companyId": company, "employeeId": approved, "position": "Engineer"},
    )
    world.add("customerId", approved, waiting, fresh, company)
    world.add("companyId", company, approved)
    world.add("employeeId", approved, fresh)

    def application(income: float) -> str:
        body = {
            "customerId": approved,
            "employer": "Analytical Engines",
            "totalAnnualIncome": income,
            "totalAnnualIncomeCurrency": "USD",
        }
        application_id: str = _call("POST", "/ibis/credit-card/application", token, body)[
            "applicationId"
        ]
        return application_id

    granted, declined = application(50000), application(100)
    world.add("applicationId", granted, declined)

    active = _debit_card(token, approved, "SeedCardActive")
    _activate(token, active)
    _call("POST", "/ibis/card/set-pin", token, {"cFiCardId": active, "pin": "1234"})
    peer = _debit_card(token, approved, "SeedCardPeer")
    _activate(token, peer)
    other = _debit_card(token, approved, "SeedCardOther", program="d_gpr_other")
    _activate(token, other)
    preactive = _debit_card(token, approved, "SeedCardPreactive")
    inactive = _debit_card(token, approved, "SeedCardInactive")
    _activate(token, inactive)
    _set_status(token, inactive, "I")
    blocked = _debit_card(token, approved, "SeedCardBlocked")
    _set_status(token, blocked, "S")
    closed = _debit_card(token, approved, "SeedCardClosed")
    _set_status(token, closed, "F")
    credit_body = {
        "customerId": approved,
        "reference": "SeedCardCredit",
        "profile": PROFILE,
        "cardProgramId": "Evolve_Test",
        "applicationId": granted,
        "creditLimit": 1000,
        "creditLimitCurrency": "USD",
    }
    credit = _call("POST", "/ibis/credit-card/add", token, credit_body)["cFiCardId"]
    _activate(token, credit)
    account = _call(
        "POST",
        "/ibis/account/add",
        token,
        {"customerId": approved, "reference": "SeedAccount"},
    )["cFiAccountId"]
    world.customer, world.card = approved, active
    cards = [active, peer, other, preactive, inactive, blocked, closed, credit, account]
    for name in ("cFiCardId", "cardFromId", "cardToId", "cFiPrimaryCardId"):
        world.add(name, *cards)

    deposit = _credit(token, active, "SeedFundsCredit", 500)
    _credit(token, peer, "SeedFundsPeer", 100)
    _credit(token, other, "SeedFundsOther", 100)
    debit = _call(
        "POST",
        "/ibis/financial/funds-debit",
        token,
        {"reference": "SeedFundsDebit", "cFiCardId": active, "amount": 10, "currency": "USD"},
    )
    transfer = _card_to_card(token, active, peer, "SeedFundsC2c", 25)
    reversed_ = _card_to_card(token, active, peer, "SeedFundsReversed", 5)
    _call("POST", "/ibis/financial/reversal", token, {"cFiFundsId": reversed_["cFiFundsId"]})
    cross = _card_to_card(token, active, other, "SeedFundsCross", 5)
    transfers = [deposit, debit, transfer, reversed_, cross]
    world.add("cFiFundsId", *(t["cFiFundsId"] for t in transfers))
    world.add("arn", *(t["arn"] for t in transfers))
    # Mostly new references (creations), sometimes a card's or a transfer's (lookups, reuse).
    world.add("reference", "SeedCardActive", "SeedCardClosed", "SeedFundsC2c", keep=5)
    for name in ("currency", "totalAnnualIncomeCurrency", "creditLimitCurrency"):
        world.add(name, "USD")
    world.add("cardProgramId", "d_gpr_test", "d_gpr_other", "Evolve_Test")
    world.add("oldPassword", DEFAULT_PASSWORD)
    world.add("pin", "1234")

    passport = {"workflow": "PERSONAL", "name": "Passport", "extension": "png", "type": "passport"}
    world.add("documentId", _call("POST", "/akepa/document/generate", token, passport)["id"])
    return world


@pytest.fixture
def world() -> World:
    """A freshly seeded sandbox for one operation (shared by that operation's cases)."""
    return seed_world(APP)


@schema.parametrize()
@hypothesis.settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[
        hypothesis.HealthCheck.too_slow,
        # On purpose: one operation's cases share the world seeded for it.
        hypothesis.HealthCheck.function_scoped_fixture,
    ],
)
def test_the_sandbox_answers_as_documented(case: schemathesis.Case[Any], world: World) -> None:
    if isinstance(case.body, dict):
        for name, value in world.substitute(case.body):
            case.body[name] = value
    if case.path_parameters:
        for name, value in world.substitute(case.path_parameters):
            case.path_parameters[name] = value
    case.headers[TOKEN_HEADER] = world.token
    case.call_and_validate(checks=CHECKS)


def test_every_operation_of_the_spec_is_generated() -> None:
    results = list(schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert len(operations) == len(results)  # no operation the generator cannot handle
    generated = {operation.definition.raw["operationId"] for operation in operations}
    documented = {
        op["operationId"] for item in document()["paths"].values() for op in item.values()
    }
    assert generated == documented
    assert len(operations) == len(documented) == 64


# -- explicit cases: what longer runs (more examples, the coverage phase) found ---------------


def _send(
    world: World, path: str, body: Any, media_type: str = "application/json"
) -> schemathesis.Response:
    """One explicit POST, checked like the generated cases."""
    case = schema[path]["POST"].Case(
        body=body, headers={TOKEN_HEADER: world.token}, media_type=media_type
    )
    return case.call_and_validate(checks=CHECKS)


def test_a_json_operation_sent_a_multipart_form_refuses_it(world: World) -> None:
    login = {"user": {"login": DEFAULT_LOGIN, "password": DEFAULT_PASSWORD}}
    response = _send(world, "/auth/get-token", login, media_type="multipart/form-data")
    assert response.status_code == 400
    assert response.json()["code"] == "requestValidateError"


def test_record_counts_written_with_a_fraction_page_the_history(world: World) -> None:
    body = {
        "cFiCardId": world.card,
        "dateFrom": "2000-01-01",
        "dateTo": "2999-12-31",
        "numberOfRecords": 2.0,
        "skipRecords": 1.0,
    }
    response = _send(world, "/ibis/inquiry/transaction-history", body)
    assert response.status_code == 200
    assert len(response.json()["data"]["transactions"]) == 2


def test_a_huge_amount_is_refused_by_the_maximum_not_crashed_on(world: World) -> None:
    body = {"reference": "Huge", "cFiCardId": world.card, "amount": 1e300, "currency": "USD"}
    response = _send(world, "/ibis/financial/funds-credit", body)
    assert response.status_code == 400
    assert [v["keyword"] for v in response.json()["context"]] == ["maximum"]


def test_open_customer_data_never_replaces_the_record_fields(world: World) -> None:
    clashes = {"kycStatus": 5, "customer": "x", "employees": "x", "customerId": 1}
    body = {"customerType": "business", "reference": {}, "business": clashes}
    company = _call("POST", "/customer/init", world.token, body)["customerId"]
    employee = {"companyId": company, "employeeId": world.customer, "position": "Clerk"}
    _call("POST", "/customer/add-employee", world.token, employee)
    # Fields outside the customer type's list are refused (sheet 10 §5), so none is stored.
    update: dict[str, Any] = {
        "customerId": world.customer,
        "customerUpdate": {"firstName": 5, "reference": 7},
    }
    case = schema["/customer/update"]["POST"].Case(
        body=update, headers={TOKEN_HEADER: world.token}, media_type="application/json"
    )
    assert case.call_and_validate(checks=CHECKS).status_code == 400
    record = _call("GET", "/customer/status/{customerId}", world.token, customerId=company)
    assert record["customerId"] == company
    assert record["kycStatus"] == "NOT_STARTED"
    assert [e["employeeId"] for e in record["employees"]] == [world.customer]
    profile = _call("POST", "/ibis/card/cardholder-profile", world.token, {"cFiCardId": world.card})
    assert profile["firstName"] == "Ada"  # the refused update changed nothing
