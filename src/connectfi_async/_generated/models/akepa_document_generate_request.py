from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.akepa_document_generate_request_extension import (
    AkepaDocumentGenerateRequestExtension,
    check_akepa_document_generate_request_extension,
)
from ..models.akepa_document_generate_request_type import (
    AkepaDocumentGenerateRequestType,
    check_akepa_document_generate_request_type,
)
from ..models.akepa_document_generate_request_workflow import (
    AkepaDocumentGenerateRequestWorkflow,
    check_akepa_document_generate_request_workflow,
)

T = TypeVar("T", bound="AkepaDocumentGenerateRequest")


@_attrs_define
class AkepaDocumentGenerateRequest:
    workflow: AkepaDocumentGenerateRequestWorkflow
    """ Type of workflow (docs tag akepa-workflow). """
    name: str
    """ 1-50 characters, no < or >, not only whitespace (docs tag common-commonStr50Req). """
    extension: AkepaDocumentGenerateRequestExtension
    """ File extension. """
    type_: AkepaDocumentGenerateRequestType
    """ Document type. """
    note: str | None = None
    """ 0-500 characters, no < or >, nullable (docs tag common-commonStr500). """
    note_author_agent_email: str | None = None
    """ docs tag customer-email. """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"workflow={self.workflow!r}",
            f"name={self.name!r}",
            f"extension={self.extension!r}",
            f"type_={self.type_!r}",
            f"note={self.note!r}",
            f"note_author_agent_email={self.note_author_agent_email!r}",
        ]
        return f"AkepaDocumentGenerateRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        workflow: str = self.workflow

        name = self.name

        extension: str = self.extension

        type_: str = self.type_

        note: str | None
        if isinstance(self.note, type(None)):
            note = None
        else:
            note = self.note

        note_author_agent_email = self.note_author_agent_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workflow": workflow,
                "name": name,
                "extension": extension,
                "type": type_,
            }
        )
        if note is not None:
            field_dict["note"] = note
        if note_author_agent_email is not None:
            field_dict["note_author_agent_email"] = note_author_agent_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow = check_akepa_document_generate_request_workflow(d.pop("workflow"))

        name = d.pop("name")

        extension = check_akepa_document_generate_request_extension(d.pop("extension"))

        type_ = check_akepa_document_generate_request_type(d.pop("type"))

        def _parse_note(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        note = _parse_note(d.pop("note", None))

        note_author_agent_email = d.pop("note_author_agent_email", None)

        new_instance_ = cls(
            workflow=workflow,
            name=name,
            extension=extension,
            type_=type_,
            note=note,
            note_author_agent_email=note_author_agent_email,
        )

        return new_instance_
