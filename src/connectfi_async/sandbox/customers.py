"""Auth, health, customers and KYC (akepa) in the sandbox."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .errors import ApiFailure, not_found
from .registry import handles
from .state import Customer, Store, new_id, now, timestamp

# A customer whose last name is this stays "waiting" in KYC review (never approved).
KYC_WAIT_REVIEW = "WaitReview"


def issue_token(store: Store) -> tuple[str, str]:
    """A new token and its dtsExpireAt."""
    token = new_id("") + new_id("") + new_id("")
    expires = now() + timedelta(seconds=store.token_ttl)
    store.tokens[token] = expires
    store.logins += 1
    return token, timestamp(expires)


@handles("authGetToken")
def get_token(store: Store, body: Any, params: dict[str, str]) -> Any:
    user = body["user"]
    if store.credentials.get(user["login"]) != user["password"]:
        raise ApiFailure("unauthorized", "Authentication error", status=401)
    token, expires = issue_token(store)
    return {"token": token, "dtsExpireAt": expires}


@handles("userChangePassword")
def change_password(store: Store, body: Any, params: dict[str, str]) -> Any:
    login = next(iter(store.credentials))
    if body.get("oldPassword") != store.credentials[login]:
        raise ApiFailure("wrongPassword", "The old password does not match.")
    store.credentials[login] = body["newPassword"]
    return {}


@handles("health")
def health(store: Store, body: Any, params: dict[str, str]) -> Any:
    return {"status": "ok", "dtsChecked": timestamp()}


# The typed properties of the documented customer record: only the sandbox sets them, so
# whatever open-schema data a customer was created or updated with cannot take their place.
_RECORD_KEYS = frozenset(
    ("reference", "customerId", "customerType", "customer", "kycStatus", "employees")
)


def _customer_view(customer: Customer) -> dict[str, Any]:
    view: dict[str, Any] = {
        "customerId": customer.customer_id,
        "customerType": customer.customer_type,
        "customerReference": customer.reference,
        "kycStatus": customer.kyc_status or "NOT_STARTED",
        "dtsCreatedAt": customer.created,
    }
    view.update(
        (key, value)
        for key, value in customer.data.items()
        if key not in view and key not in _RECORD_KEYS
    )
    if customer.employees:
        view["employees"] = customer.employees
    return view


@handles("customerInit")
def customer_init(store: Store, body: Any, params: dict[str, str]) -> Any:
    kind = str(body.get("customerType") or "individual")
    prefix = "cstab_" if kind == "business" else "cstap_"
    customer_id = new_id(prefix)
    reference = body.get("customerReference") or body.get("reference")
    # "reference" and "business" are not in the (open) request schema: use them only as the
    # string and object the sandbox understands them to be.
    if not isinstance(reference, str):
        reference = None
    if reference:
        store.claim_reference("customer", reference, customer_id)
    details = body.get("customer") or body.get("business") or {}
    data = dict(details) if isinstance(details, dict) else {}
    store.customers[customer_id] = Customer(customer_id, kind, reference, data)
    return {"customerId": customer_id}


@handles("customerUpdate")
def customer_update(store: Store, body: Any, params: dict[str, str]) -> Any:
    customer = store.customer(str(body.get("customerId", "")))
    update = body.get("customerUpdate") or {}
    customer.data.update(update if isinstance(update, dict) else {})
    return _customer_view(customer)


@handles("customerStatus")
def customer_status(store: Store, body: Any, params: dict[str, str]) -> Any:
    return _customer_view(store.customer(params["customerId"]))


@handles("customerAddEmployee")
def add_employee(store: Store, body: Any, params: dict[str, str]) -> Any:
    company = store.customer(body["companyId"])
    store.customer(body["employeeId"])
    company.employees.append(
        {"employeeId": body["employeeId"], "position": body.get("position"), "active": True}
    )
    return {"companyId": company.customer_id, "employeeId": body["employeeId"]}


@handles("customerDisableEmployee")
def disable_employee(store: Store, body: Any, params: dict[str, str]) -> Any:
    company = store.customer(body["companyId"])
    for employee in company.employees:
        if employee["employeeId"] == body["employeeId"]:
            employee["active"] = False
    return {"companyId": company.customer_id, "employeeId": body["employeeId"]}


def _application(customer: Customer) -> dict[str, Any]:
    approved = customer.kyc_status == "APPROVED"
    status = "approved" if approved else "waiting"
    return {
        "applicationId": customer.application_id,
        "customerId": customer.customer_id,
        "status": status,
        "outcome": "Approved" if approved else "Waiting",
        "entityApplications": [{"customerId": customer.customer_id, "status": status}],
    }


@handles("akepaIdentification")
def identification(store: Store, body: Any, params: dict[str, str]) -> Any:
    customer = store.customer(body["customerId"])
    last_name = customer.data.get("lastName")
    customer.kyc_status = "WAITING" if last_name == KYC_WAIT_REVIEW else "APPROVED"
    customer.application_id = customer.application_id or new_id("akapp_")
    return _application(customer)


@handles("akepaStatus")
def kyc_status(store: Store, body: Any, params: dict[str, str]) -> Any:
    customer = store.customer(params["customerId"])
    if customer.application_id is None:
        raise not_found(
            "applicationNotFound", "KYC application not found.", customerId=customer.customer_id
        )
    return _application(customer)


@handles("akepaDocumentGenerate")
def document_generate(store: Store, body: Any, params: dict[str, str]) -> Any:
    document_id = new_id("doc_")
    store.documents[document_id] = {"id": document_id, "request": body, "uploaded": False}
    return {"id": document_id, "documentId": document_id}


@handles("akepaDocumentUpload")
def document_upload(store: Store, body: Any, params: dict[str, str]) -> Any:
    document = store.documents.get(params["documentId"])
    if document is None:
        raise not_found("documentNotFound", "Document not found.", documentId=params["documentId"])
    document["uploaded"] = True
    return {"id": params["documentId"], "documentId": params["documentId"], "uploaded": True}


@handles("akepaUpdate")
def kyc_update(store: Store, body: Any, params: dict[str, str]) -> Any:
    return {"updated": True}
