"""The sandbox's in-memory state: customers, KYC, cards, applications, transfers, tokens."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from .errors import ApiFailure
from .webhooks import Webhooks

_ALPHABET = string.digits + string.ascii_letters
CENT = Decimal("0.01")


def new_id(prefix: str) -> str:
    """An ID in connectFi's style: a type prefix and 22 random alphanumerics."""
    return prefix + "".join(secrets.choice(_ALPHABET) for _ in range(22))


def now() -> datetime:
    """The current UTC time."""
    return datetime.now(timezone.utc)


def timestamp(when: datetime | None = None) -> str:
    """An ISO timestamp as connectFi writes it: 2023-11-12T23:06:10.553Z."""
    when = when or now()
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class Program:
    """A card or account program and what it allows."""

    program_id: str
    program_type: str  # "debit", "credit" or "vAccountOnly"
    name: str
    min_credit_limit: Decimal = Decimal(0)
    max_credit_limit: Decimal = Decimal(0)
    # Reissue reason codes this program does not allow ("1" damaged is refused everywhere).
    refused_reissue_reasons: frozenset[str] = frozenset({"1"})
    closed: bool = False  # closed for opening new cards/accounts (ibisProgramIdClosed)


PROGRAMS = {
    p.program_id: p
    for p in (
        Program("d_gpr_test", "debit", "GPR Card Program"),
        Program("d_gpr_other", "debit", "Other GPR Program"),
        Program("Evolve_Test", "credit", "Evolve_Test", Decimal(500), Decimal(2000)),
        Program("d_gpr_closed", "debit", "Closed GPR Program", closed=True),
    )
}


@dataclass
class Customer:
    """A customer and its KYC state."""

    customer_id: str
    customer_type: str
    reference: str | None
    data: dict[str, Any]
    kyc_status: str | None = None  # None until /akepa/identification; then APPROVED or WAITING
    application_id: str | None = None  # the latest KYC/KYB application (iapp_...)
    created: str = field(default_factory=timestamp)
    employees: list[dict[str, Any]] = field(default_factory=list)  # of a business customer


@dataclass
class KycApplication:
    """A KYC/KYB verification application ("journey") with the documented status values."""

    application_id: str  # iapp_...
    customer_id: str
    reference: str | None
    status: str  # pending_step_up, waiting_review or completed
    outcome: str | None = None  # Approved or Denied once completed
    webhook_url: str | None = None


@dataclass
class Card:
    """A card or vAccount and its back-office state."""

    card_id: str
    customer_id: str
    reference: str
    program: Program
    program_type: str
    status: str = "A"
    pin: str | None = None
    balance: Decimal = Decimal(0)  # available funds (credit cards: funds minus credit limit)
    credit_limit: Decimal = Decimal(0)
    name_on_card: str | None = None
    card_number: str = field(
        default_factory=lambda: "99" + "".join(secrets.choice(string.digits) for _ in range(14))
    )
    expiry: str = "122030"
    account_number: str = field(
        default_factory=lambda: "".join(secrets.choice(string.digits) for _ in range(16))
    )
    created: str = field(default_factory=timestamp)
    last_deposit: Decimal = Decimal(0)
    history: list[dict[str, Any]] = field(default_factory=list)
    pin_failures: int = 0  # consecutive wrong PINs at /ibis/card/check-pin
    pin_locked_until: datetime | None = None
    # {code, message} of the back-office decline that left this card in cFiStatus "Error".
    error: dict[str, Any] | None = None

    @property
    def masked_number(self) -> str:
        """The PAN as the back office prints it in messages."""
        return self.card_number[:2] + "*" * 13 + self.card_number[-4:]

    @property
    def available(self) -> Decimal:
        """What can be pulled: the balance, plus the credit limit for a credit card."""
        return self.balance + self.credit_limit


@dataclass
class Application:
    """A credit application."""

    application_id: str
    customer_id: str
    decision: str
    credit_limit: Decimal
    allocated: Decimal = Decimal(0)


@dataclass
class Transfer:
    """A funds transfer (credit, debit or card to card)."""

    funds_id: str
    reference: str
    kind: str
    amount: Decimal
    currency: str
    card_id: str | None = None
    card_from_id: str | None = None
    card_to_id: str | None = None
    description: str | None = None
    arn: str = field(
        default_factory=lambda: (
            "0000000000000006" + "".join(secrets.choice(_ALPHABET) for _ in range(4))
        )
    )
    bo_trans_id: str = field(
        default_factory=lambda: "F" + "".join(secrets.choice(string.digits) for _ in range(10))
    )
    created: str = field(default_factory=timestamp)
    reversal: dict[str, Any] | None = None
    reversed_amount: Decimal = Decimal(0)
    snapshot: dict[str, Any] = field(default_factory=dict)
    # {code, message} of the back-office decline that left this transfer in cFiStatus "Error".
    error: dict[str, Any] | None = None


@dataclass
class Store:
    """Everything the sandbox remembers; one per app."""

    credentials: dict[str, str]
    token_ttl: float
    tokens: dict[str, datetime] = field(default_factory=dict)
    customers: dict[str, Customer] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)
    applications: dict[str, Application] = field(default_factory=dict)
    transfers: dict[str, Transfer] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    kyc_applications: dict[str, KycApplication] = field(default_factory=dict)
    # (scope, reference) -> entity id: every reference-bearing create is de-duplicated.
    references: dict[tuple[str, str], str] = field(default_factory=dict)
    # family ("ach", "wire", "check", ...) -> entity id -> record, for the money-transfer families.
    entities: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    webhooks: Webhooks = field(default_factory=Webhooks)
    logins: int = 0

    def claim_reference(self, scope: str, reference: str, entity_id: str) -> None:
        """Record a reference, or answer referenceExists with the entity that has it."""
        existing = self.references.get((scope, reference))
        if existing is not None:
            raise ApiFailure(
                "referenceExists",
                "Reference already exists.",
                context={"reference": reference, "entityId": existing},
            )
        self.references[(scope, reference)] = entity_id

    def check_reference(self, scope: str, reference: str) -> None:
        """Answer referenceExists when the reference is taken (without claiming it)."""
        existing = self.references.get((scope, reference))
        if existing is not None:
            raise ApiFailure(
                "referenceExists",
                "Reference already exists.",
                context={"reference": reference, "entityId": existing},
            )

    def family(self, name: str) -> dict[str, dict[str, Any]]:
        """The records of one money-transfer family (created on first use)."""
        return self.entities.setdefault(name, {})

    def customer(self, customer_id: str) -> Customer:
        """A customer, or customerNotFound."""
        found = self.customers.get(customer_id)
        if found is None:
            raise ApiFailure(
                "customerNotFound", "Customer not found.", context={"customerId": customer_id}
            )
        return found

    def card(self, card_id: str, *, errored: bool = False) -> Card:
        """A card, or cardNotFound; a card left in cFiStatus "Error" answers ibisCardStatusError
        unless ``errored`` (lookups that show the entity as it is)."""
        found = self.cards.get(card_id)
        if found is None:
            raise ApiFailure("cardNotFound", "Card not found.", context={"cFiCardId": card_id})
        if found.error is not None and not errored:
            raise ApiFailure(
                "ibisCardStatusError",
                "Card has an error status.",
                context={
                    "cFiCardId": found.card_id,
                    "reference": found.reference,
                    "error": {**found.error, "boTransId": ""},
                },
            )
        return found


def money(value: Any) -> Decimal:
    """A request amount as an exact Decimal."""
    return Decimal(str(value)) if not isinstance(value, Decimal) else value


def parse_day(value: str) -> date:
    """A YYYY-MM-DD date."""
    return date.fromisoformat(value)
