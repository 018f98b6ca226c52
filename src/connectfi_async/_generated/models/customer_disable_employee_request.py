from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomerDisableEmployeeRequest")


@_attrs_define
class CustomerDisableEmployeeRequest:
    company_id: str
    """ A connectFi or external ID (docs tag common-id). """
    employee_id: str
    """ A connectFi or external ID (docs tag common-id). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"company_id={self.company_id!r}",
            f"employee_id={self.employee_id!r}",
        ]
        return f"CustomerDisableEmployeeRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        employee_id = self.employee_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "companyId": company_id,
                "employeeId": employee_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("companyId")

        employee_id = d.pop("employeeId")

        new_instance_ = cls(
            company_id=company_id,
            employee_id=employee_id,
        )

        return new_instance_
