from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomerAddEmployeeRequest")


@_attrs_define
class CustomerAddEmployeeRequest:
    company_id: str
    """ A connectFi or external ID (docs tag common-id). """
    employee_id: str
    """ A connectFi or external ID (docs tag common-id). """
    position: str
    """ 1-50 characters, no < or >, not only whitespace (docs tag common-commonStr50Req). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"company_id={self.company_id!r}",
            f"employee_id={self.employee_id!r}",
            f"position={self.position!r}",
        ]
        return f"CustomerAddEmployeeRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        employee_id = self.employee_id

        position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "companyId": company_id,
                "employeeId": employee_id,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("companyId")

        employee_id = d.pop("employeeId")

        position = d.pop("position")

        new_instance_ = cls(
            company_id=company_id,
            employee_id=employee_id,
            position=position,
        )

        return new_instance_
