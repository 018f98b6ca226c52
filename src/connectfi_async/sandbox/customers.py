"""Auth, health, customers and KYC (akepa) in the sandbox."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from .._spec import document
from .errors import ApiFailure
from .registry import handles
from .state import Customer, KycApplication, Store, new_id, now, timestamp

# A customer whose last name is this goes the documented sandbox way: pending_step_up at
# identification, waiting_review after /akepa/update, completed only by a review decision.
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
        raise ApiFailure("wrongOldPassword", f"Wrong old password (login={login})")
    store.credentials[login] = body["newPassword"]
    return {}


@handles("health")
def health(store: Store, body: Any, params: dict[str, str]) -> Any:
    return {"status": "ok", "dtsChecked": timestamp()}


def _declared(schema_name: str) -> tuple[str, ...]:
    """The properties the spec declares for a component schema (the sandbox answers no others)."""
    return tuple(document()["components"]["schemas"][schema_name]["properties"])


# The documented record (GET /customer/status): reference, customerId, customerType, and the
# personal data nested under ``customer``; only the fields the spec's record declares are shown
# (the docs' example was cut, so e.g. phones and identification documents are not echoed).
_PERSONAL_FIELDS = _declared("CustomerRecordCustomer")
# The "customerUpdate object": which fields each customer type may send (sheet 10 §5).
_UPDATE_FIELDS = {
    "individual": frozenset({"email", "addresses", "phones"}),
    "business": frozenset({"businessAddresses", "businessPhones", "businessRepresentatives"}),
}


def _customer_view(customer: Customer) -> dict[str, Any]:
    view: dict[str, Any] = {}
    if customer.reference is not None:
        view["reference"] = customer.reference
    view["customerId"] = customer.customer_id
    view["customerType"] = customer.customer_type
    personal = {k: customer.data[k] for k in _PERSONAL_FIELDS if k in customer.data}
    if personal:
        view["customer"] = personal
    view["kycStatus"] = customer.kyc_status or "NOT_STARTED"
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
    allowed = _UPDATE_FIELDS.get(customer.customer_type, _UPDATE_FIELDS["individual"])
    # The docs: a field that does not belong to the customer's type is rejected ("invalid field
    # for current customer type"); a misspelled one belongs to no type. The code and status
    # were not documented: the sandbox answers requestValidateError with an Ajv-style context.
    refused = sorted(set(update) - allowed) if isinstance(update, dict) else []
    if refused:
        raise ApiFailure(
            "requestValidateError",
            "invalid field for current customer type",
            context=[
                {
                    "instancePath": f"/customerUpdate/{name}",
                    "schemaPath": "#/properties/customerUpdate/additionalProperties",
                    "keyword": "additionalProperties",
                    "params": {"additionalProperty": name},
                    "message": "invalid field for current customer type",
                }
                for name in refused
            ],
        )
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


def _application(application: KycApplication) -> dict[str, Any]:
    """The application object as the akepa webhook documents it (outcome once decided)."""
    entity: dict[str, Any] = {
        "entityId": application.customer_id,
        "isCustomer": True,
        "status": application.status,
    }
    view: dict[str, Any] = {
        "applicationId": application.application_id,
        "aggregatorId": "sandbox",
        "customerId": application.customer_id,
        "reference": application.reference,
        "status": application.status,
    }
    if application.outcome is not None:
        # The journey outcome is capitalised, the entity outcome lower-case (webhook example).
        view["outcome"] = application.outcome
        entity["outcome"] = application.outcome.lower()
    view["entityApplications"] = [entity]
    return view


def _application_not_found(application_id: str) -> ApiFailure:
    return ApiFailure(
        "applicationNotFound",
        "Application not found.",
        status=404,
        context={"applicationId": application_id},
    )


def decide_kyc(store: Store, application_id: str, outcome: str) -> dict[str, Any]:
    """Complete a reviewed application as "Approved" or "Denied" and send its webhook.

    This stands in for the manual review that PayGears performs on request in its sandbox.
    """
    application = store.kyc_applications.get(application_id)
    if application is None:
        raise _application_not_found(application_id)
    if application.status == "completed":
        raise ApiFailure("statusApplicationEntity", "Entity has status completed.")
    application.status, application.outcome = "completed", outcome
    customer = store.customer(application.customer_id)
    customer.kyc_status = "APPROVED" if outcome == "Approved" else "DENIED"
    view = _application(application)
    store.webhooks.deliver(
        application.webhook_url, {"code": "0", "data": view, "requestId": uuid.uuid4().hex}
    )
    return view


@handles("akepaIdentification")
def identification(store: Store, body: Any, params: dict[str, str]) -> Any:
    customer = store.customer(body["customerId"])
    waits = customer.data.get("lastName") == KYC_WAIT_REVIEW
    webhook = body.get("webhookURL") or body.get("webhookUrl")
    application = KycApplication(
        new_id("iapp_"),
        customer.customer_id,
        body.get("reference"),
        # The documented sandbox flow: a "WaitReview" customer needs document images first.
        "pending_step_up" if waits else "completed",
        None if waits else "Approved",
        webhook if isinstance(webhook, str) else None,
    )
    store.kyc_applications[application.application_id] = application
    customer.kyc_status = "WAITING" if waits else "APPROVED"
    customer.application_id = application.application_id
    return _application(application)


@handles("akepaStatus")
def kyc_status(store: Store, body: Any, params: dict[str, str]) -> Any:
    customer = store.customer(body["customerId"])
    application = store.kyc_applications.get(body["applicationId"])
    if application is None or application.customer_id != customer.customer_id:
        raise _application_not_found(body["applicationId"])
    return _application(application)


@handles("akepaDocumentGenerate")
def document_generate(store: Store, body: Any, params: dict[str, str]) -> Any:
    document_id = new_id("doc_")
    store.documents[document_id] = {"id": document_id, "request": body, "uploaded": False}
    return {"id": document_id}


@handles("akepaDocumentUpload")
def document_upload(store: Store, body: Any, params: dict[str, str]) -> Any:
    document = store.documents.get(params["documentId"])
    if document is None:
        raise ApiFailure(
            "documentNotFound", "Document not found.", context={"documentId": params["documentId"]}
        )
    document["uploaded"] = True
    return {"id": params["documentId"]}


def _document_ids(documents: Any) -> list[str]:
    # The item shape was not documented: accept a bare ID or an object carrying one.
    found = []
    for item in documents if isinstance(documents, list) else []:
        value = item.get("documentId", item.get("id")) if isinstance(item, dict) else item
        if isinstance(value, str):
            found.append(value)
    return found


@handles("akepaUpdate")
def kyc_update(store: Store, body: Any, params: dict[str, str]) -> Any:
    # The documented key is entityId (the customerId for an individual); the spec declares it
    # at the top level, where the sandbox reads it (its place was not documented).
    owner = str(body.get("entityId") or "")
    customer = store.customer(owner)
    if customer.application_id is None:
        raise _application_not_found(owner)
    application = store.kyc_applications[customer.application_id]
    if application.status == "completed":
        raise ApiFailure("statusApplicationEntity", "Entity has status completed.")
    linked = _document_ids(body.get("documents"))
    for document_id in linked:
        document = store.documents.get(document_id)
        if document is None:
            raise ApiFailure(
                "documentNotFound", "Document not found.", context={"documentId": document_id}
            )
        if not document["uploaded"]:
            raise ApiFailure("fileNotFound", "File not found.")
    if linked:
        application.status = "waiting_review"
    return _application(application)
