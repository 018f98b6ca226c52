from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.akepa_entity_application import AkepaEntityApplication


T = TypeVar("T", bound="AkepaApplication")


@_attrs_define
class AkepaApplication:
    """A KYC/KYB verification application ("journey"), as seen in the webhook body. The journey resolves to outcome
    "Approved" only when every entity is "approved".

    """

    application_id: str | None = None
    """ The connectFi application ID (iapp_...). """
    aggregator_id: str | None = None
    """ The client (aggregator) ID. """
    customer_id: str | None = None
    """ The connectFi customer ID. """
    reference: str | None = None
    """ The reference sent to /akepa/identification. """
    status: str | None = None
    """ Journey status. Documented values: pending_step_up or pending_documents (document images needed: generate,
    upload, then /akepa/update); waiting_review or pending_journey_application_review (manual review, nothing to
    do); running (process started); data_request (more customer data needed; which /customer/init fields depends on
    the configured KYC/KYB procedure); completed (terminal; the table was cut at "comp..."). Further values may
    exist. """
    outcome: str | None = None
    """ Journey outcome, capitalised, e.g. Approved or Denied. """
    entity_applications: list[AkepaEntityApplication] | None = None
    """ One item per entity (the individual, or the business and each business representative). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"application_id={self.application_id!r}",
            f"aggregator_id={self.aggregator_id!r}",
            f"customer_id={self.customer_id!r}",
            f"reference={self.reference!r}",
            f"status={self.status!r}",
            f"outcome={self.outcome!r}",
            f"entity_applications={self.entity_applications!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"AkepaApplication({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        aggregator_id = self.aggregator_id

        customer_id = self.customer_id

        reference = self.reference

        status = self.status

        outcome = self.outcome

        entity_applications: list[dict[str, Any]] | None = None
        if not isinstance(self.entity_applications, type(None)):
            entity_applications = []
            for entity_applications_item_data in self.entity_applications:
                entity_applications_item = entity_applications_item_data.to_dict()
                entity_applications.append(entity_applications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not None:
            field_dict["applicationId"] = application_id
        if aggregator_id is not None:
            field_dict["aggregatorId"] = aggregator_id
        if customer_id is not None:
            field_dict["customerId"] = customer_id
        if reference is not None:
            field_dict["reference"] = reference
        if status is not None:
            field_dict["status"] = status
        if outcome is not None:
            field_dict["outcome"] = outcome
        if entity_applications is not None:
            field_dict["entityApplications"] = entity_applications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.akepa_entity_application import AkepaEntityApplication

        d = dict(src_dict)
        application_id = d.pop("applicationId", None)

        aggregator_id = d.pop("aggregatorId", None)

        customer_id = d.pop("customerId", None)

        reference = d.pop("reference", None)

        status = d.pop("status", None)

        outcome = d.pop("outcome", None)

        _entity_applications = d.pop("entityApplications", None)
        entity_applications: list[AkepaEntityApplication] | None = None
        if _entity_applications is not None:
            entity_applications = []
            for entity_applications_item_data in _entity_applications:
                entity_applications_item = AkepaEntityApplication.from_dict(
                    entity_applications_item_data
                )

                entity_applications.append(entity_applications_item)

        new_instance_ = cls(
            application_id=application_id,
            aggregator_id=aggregator_id,
            customer_id=customer_id,
            reference=reference,
            status=status,
            outcome=outcome,
            entity_applications=entity_applications,
        )

        new_instance_.additional_properties = d
        return new_instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
