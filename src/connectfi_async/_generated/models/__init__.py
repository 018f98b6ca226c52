"""Every data model of the API, each imported on first use (PEP 562), so a call imports only
the models it needs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ach_return_rate import AchReturnRate
    from .ach_transfer import AchTransfer
    from .ach_webhook_payload import AchWebhookPayload
    from .acquiring_list_request import AcquiringListRequest
    from .acquiring_list_response import AcquiringListResponse
    from .acquiring_pull_request import AcquiringPullRequest
    from .acquiring_pull_response import AcquiringPullResponse
    from .acquiring_register_response import AcquiringRegisterResponse
    from .acquiring_reversal_request import AcquiringReversalRequest
    from .acquiring_reversal_response import AcquiringReversalResponse
    from .acquiring_reversal_result import AcquiringReversalResult
    from .acquiring_reversal_status_filter_value import (
        AcquiringReversalStatusFilterValue,
    )
    from .acquiring_transaction import AcquiringTransaction
    from .acquiring_transaction_status_filter import AcquiringTransactionStatusFilter
    from .acquiring_transactions_query_by_ids import AcquiringTransactionsQueryByIds
    from .acquiring_transactions_query_by_references import (
        AcquiringTransactionsQueryByReferences,
    )
    from .acquiring_transactions_query_response import (
        AcquiringTransactionsQueryResponse,
    )
    from .akepa_application import AkepaApplication
    from .akepa_document import AkepaDocument
    from .akepa_document_generate_request import AkepaDocumentGenerateRequest
    from .akepa_document_generate_request_extension import (
        AkepaDocumentGenerateRequestExtension,
    )
    from .akepa_document_generate_request_type import AkepaDocumentGenerateRequestType
    from .akepa_document_generate_request_workflow import (
        AkepaDocumentGenerateRequestWorkflow,
    )
    from .akepa_document_generate_response import AkepaDocumentGenerateResponse
    from .akepa_document_upload_request import AkepaDocumentUploadRequest
    from .akepa_document_upload_response import AkepaDocumentUploadResponse
    from .akepa_entity_application import AkepaEntityApplication
    from .akepa_identification_request import AkepaIdentificationRequest
    from .akepa_identification_response import AkepaIdentificationResponse
    from .akepa_status_request import AkepaStatusRequest
    from .akepa_status_response import AkepaStatusResponse
    from .akepa_update_request import AkepaUpdateRequest
    from .akepa_update_response import AkepaUpdateResponse
    from .akepa_webhook import AkepaWebhook
    from .auth_get_token_request import AuthGetTokenRequest
    from .auth_get_token_request_user import AuthGetTokenRequestUser
    from .auth_get_token_response import AuthGetTokenResponse
    from .auth_token import AuthToken
    from .bills_biller import BillsBiller
    from .bills_summary import BillsSummary
    from .bills_transaction import BillsTransaction
    from .bills_webhook_legacy_envelope import BillsWebhookLegacyEnvelope
    from .bills_webhook_payload import BillsWebhookPayload
    from .bills_webhook_processing import BillsWebhookProcessing
    from .card_address import CardAddress
    from .card_clear_card import CardClearCard
    from .card_encrypted_card import CardEncryptedCard
    from .card_external_card import CardExternalCard
    from .card_owner import CardOwner
    from .card_owner_name import CardOwnerName
    from .card_phone import CardPhone
    from .card_register_with_clear_card import CardRegisterWithClearCard
    from .card_register_with_encrypted_card import CardRegisterWithEncryptedCard
    from .card_reversal_status_filter_value import CardReversalStatusFilterValue
    from .card_soft_descriptor import CardSoftDescriptor
    from .card_transaction import CardTransaction
    from .card_transaction_status_filter import CardTransactionStatusFilter
    from .check import Check
    from .check_get_response import CheckGetResponse
    from .check_list_request import CheckListRequest
    from .check_list_response import CheckListResponse
    from .check_print_request import CheckPrintRequest
    from .check_print_request_address import CheckPrintRequestAddress
    from .check_print_request_check_attributes import CheckPrintRequestCheckAttributes
    from .check_print_request_return_address import CheckPrintRequestReturnAddress
    from .check_print_response import CheckPrintResponse
    from .check_query_request_by_ids import CheckQueryRequestByIds
    from .check_query_request_by_references import CheckQueryRequestByReferences
    from .check_query_response import CheckQueryResponse
    from .check_void_request import CheckVoidRequest
    from .check_void_response import CheckVoidResponse
    from .check_webhook_payload import CheckWebhookPayload
    from .combo_create_ach import ComboCreateAch
    from .combo_create_pull import ComboCreatePull
    from .combo_create_push import ComboCreatePush
    from .combo_create_wire import ComboCreateWire
    from .combo_transaction import ComboTransaction
    from .customer import Customer
    from .customer_add_employee_request import CustomerAddEmployeeRequest
    from .customer_add_employee_response import CustomerAddEmployeeResponse
    from .customer_address import CustomerAddress
    from .customer_disable_employee_request import CustomerDisableEmployeeRequest
    from .customer_disable_employee_response import CustomerDisableEmployeeResponse
    from .customer_identification_other import CustomerIdentificationOther
    from .customer_identification_ssn import CustomerIdentificationSsn
    from .customer_init_request import CustomerInitRequest
    from .customer_init_request_customer import CustomerInitRequestCustomer
    from .customer_init_response import CustomerInitResponse
    from .customer_init_response_data import CustomerInitResponseData
    from .customer_phone import CustomerPhone
    from .customer_record_customer import CustomerRecordCustomer
    from .customer_status_response import CustomerStatusResponse
    from .customer_update_request import CustomerUpdateRequest
    from .customer_update_request_customer_update import (
        CustomerUpdateRequestCustomerUpdate,
    )
    from .customer_update_response import CustomerUpdateResponse
    from .error_body import ErrorBody
    from .error_context_object import ErrorContextObject
    from .health_response import HealthResponse
    from .ibis_account import IbisAccount
    from .ibis_account_add_request import IbisAccountAddRequest
    from .ibis_account_add_response import IbisAccountAddResponse
    from .ibis_account_holder_profile import IbisAccountHolderProfile
    from .ibis_business_info import IbisBusinessInfo
    from .ibis_card import IbisCard
    from .ibis_card_activate_attributes import IbisCardActivateAttributes
    from .ibis_card_activate_request import IbisCardActivateRequest
    from .ibis_card_by_id import IbisCardById
    from .ibis_card_by_reference import IbisCardByReference
    from .ibis_card_holder_profile import IbisCardHolderProfile
    from .ibis_card_list_request import IbisCardListRequest
    from .ibis_card_list_response import IbisCardListResponse
    from .ibis_card_pin_request import IbisCardPinRequest
    from .ibis_card_reissue_request import IbisCardReissueRequest
    from .ibis_card_reissue_request_ibis_activate_new_card import (
        IbisCardReissueRequestIbisActivateNewCard,
    )
    from .ibis_card_reissue_request_ibis_reissue_reason import (
        IbisCardReissueRequestIbisReissueReason,
    )
    from .ibis_card_reissue_request_ibis_reissue_type import (
        IbisCardReissueRequestIbisReissueType,
    )
    from .ibis_card_response import IbisCardResponse
    from .ibis_card_set_status_request import IbisCardSetStatusRequest
    from .ibis_card_set_status_request_ibis_settable_card_status import (
        IbisCardSetStatusRequestIbisSettableCardStatus,
    )
    from .ibis_card_shipping_method import IbisCardShippingMethod
    from .ibis_card_status_code import IbisCardStatusCode
    from .ibis_cardholder_profile import IbisCardholderProfile
    from .ibis_cardholder_profile_response import IbisCardholderProfileResponse
    from .ibis_credit_application import IbisCreditApplication
    from .ibis_credit_application_response import IbisCreditApplicationResponse
    from .ibis_credit_card_add_request import IbisCreditCardAddRequest
    from .ibis_credit_card_application_request import IbisCreditCardApplicationRequest
    from .ibis_debit_card_add_request import IbisDebitCardAddRequest
    from .ibis_entity_error import IbisEntityError
    from .ibis_financial_card_to_card_request import IbisFinancialCardToCardRequest
    from .ibis_financial_funds_credit_request import IbisFinancialFundsCreditRequest
    from .ibis_financial_funds_debit_request import IbisFinancialFundsDebitRequest
    from .ibis_financial_retrieve_response import IbisFinancialRetrieveResponse
    from .ibis_financial_reversal_request import IbisFinancialReversalRequest
    from .ibis_funds_by_arn import IbisFundsByArn
    from .ibis_funds_by_id import IbisFundsById
    from .ibis_funds_by_reference import IbisFundsByReference
    from .ibis_funds_reversal import IbisFundsReversal
    from .ibis_funds_transfer import IbisFundsTransfer
    from .ibis_funds_transfer_response import IbisFundsTransferResponse
    from .ibis_holder_type import IbisHolderType
    from .ibis_inquiry_transaction_history_request import (
        IbisInquiryTransactionHistoryRequest,
    )
    from .ibis_inquiry_transaction_history_response import (
        IbisInquiryTransactionHistoryResponse,
    )
    from .ibis_new_card_number import IbisNewCardNumber
    from .ibis_pseudo_dda_number import IbisPseudoDdaNumber
    from .ibis_reissue_profile import IbisReissueProfile
    from .ibis_transaction import IbisTransaction
    from .ibis_transaction_history import IbisTransactionHistory
    from .state_code import StateCode
    from .success_envelope import SuccessEnvelope
    from .transfer_to_ach_create_request import TransferToAchCreateRequest
    from .transfer_to_ach_create_response import TransferToAchCreateResponse
    from .transfer_to_ach_list_request import TransferToAchListRequest
    from .transfer_to_ach_list_response import TransferToAchListResponse
    from .transfer_to_ach_query_request_by_ids import TransferToAchQueryRequestByIds
    from .transfer_to_ach_query_request_by_references import (
        TransferToAchQueryRequestByReferences,
    )
    from .transfer_to_ach_query_response import TransferToAchQueryResponse
    from .transfer_to_ach_return_rates_request import TransferToAchReturnRatesRequest
    from .transfer_to_ach_return_rates_response import TransferToAchReturnRatesResponse
    from .transfer_to_bills_billers_download_response import (
        TransferToBillsBillersDownloadResponse,
    )
    from .transfer_to_bills_execute_request import TransferToBillsExecuteRequest
    from .transfer_to_bills_execute_response import TransferToBillsExecuteResponse
    from .transfer_to_bills_initiate_request import TransferToBillsInitiateRequest
    from .transfer_to_bills_initiate_response import TransferToBillsInitiateResponse
    from .transfer_to_bills_list_request import TransferToBillsListRequest
    from .transfer_to_bills_list_response import TransferToBillsListResponse
    from .transfer_to_bills_query_request import TransferToBillsQueryRequest
    from .transfer_to_bills_query_response import TransferToBillsQueryResponse
    from .transfer_to_bills_summary_request import TransferToBillsSummaryRequest
    from .transfer_to_bills_summary_response import TransferToBillsSummaryResponse
    from .transfer_to_card_get_response import TransferToCardGetResponse
    from .transfer_to_card_list_transactions_request import (
        TransferToCardListTransactionsRequest,
    )
    from .transfer_to_card_list_transactions_response import (
        TransferToCardListTransactionsResponse,
    )
    from .transfer_to_card_pull_request import TransferToCardPullRequest
    from .transfer_to_card_pull_response import TransferToCardPullResponse
    from .transfer_to_card_push_request import TransferToCardPushRequest
    from .transfer_to_card_push_response import TransferToCardPushResponse
    from .transfer_to_card_register_response import TransferToCardRegisterResponse
    from .transfer_to_card_reversal_request import TransferToCardReversalRequest
    from .transfer_to_card_reversal_response import TransferToCardReversalResponse
    from .transfer_to_card_reversal_result import TransferToCardReversalResult
    from .transfer_to_card_transactions_query_by_ids import (
        TransferToCardTransactionsQueryByIds,
    )
    from .transfer_to_card_transactions_query_by_references import (
        TransferToCardTransactionsQueryByReferences,
    )
    from .transfer_to_card_transactions_query_response import (
        TransferToCardTransactionsQueryResponse,
    )
    from .transfer_to_combo_card_register_response import (
        TransferToComboCardRegisterResponse,
    )
    from .transfer_to_combo_create_response import TransferToComboCreateResponse
    from .transfer_to_wire_list_request import TransferToWireListRequest
    from .transfer_to_wire_list_response import TransferToWireListResponse
    from .transfer_to_wire_query_request_by_ids import TransferToWireQueryRequestByIds
    from .transfer_to_wire_query_request_by_references import (
        TransferToWireQueryRequestByReferences,
    )
    from .transfer_to_wire_query_response import TransferToWireQueryResponse
    from .transfer_to_wire_request import TransferToWireRequest
    from .transfer_to_wire_request_address import TransferToWireRequestAddress
    from .transfer_to_wire_request_beneficiary import TransferToWireRequestBeneficiary
    from .transfer_to_wire_request_originator import TransferToWireRequestOriginator
    from .transfer_to_wire_response import TransferToWireResponse
    from .user_change_password_request import UserChangePasswordRequest
    from .user_change_password_response import UserChangePasswordResponse
    from .user_change_password_response_data import UserChangePasswordResponseData
    from .validation_violation import ValidationViolation
    from .validation_violation_params import ValidationViolationParams
    from .wire_transfer import WireTransfer
    from .wire_webhook_payload import WireWebhookPayload

_MODULES: dict[str, str] = {
    "AchReturnRate": "ach_return_rate",
    "AchTransfer": "ach_transfer",
    "AchWebhookPayload": "ach_webhook_payload",
    "AcquiringListRequest": "acquiring_list_request",
    "AcquiringListResponse": "acquiring_list_response",
    "AcquiringPullRequest": "acquiring_pull_request",
    "AcquiringPullResponse": "acquiring_pull_response",
    "AcquiringRegisterResponse": "acquiring_register_response",
    "AcquiringReversalRequest": "acquiring_reversal_request",
    "AcquiringReversalResponse": "acquiring_reversal_response",
    "AcquiringReversalResult": "acquiring_reversal_result",
    "AcquiringReversalStatusFilterValue": "acquiring_reversal_status_filter_value",
    "AcquiringTransaction": "acquiring_transaction",
    "AcquiringTransactionStatusFilter": "acquiring_transaction_status_filter",
    "AcquiringTransactionsQueryByIds": "acquiring_transactions_query_by_ids",
    "AcquiringTransactionsQueryByReferences": "acquiring_transactions_query_by_references",
    "AcquiringTransactionsQueryResponse": "acquiring_transactions_query_response",
    "AkepaApplication": "akepa_application",
    "AkepaDocument": "akepa_document",
    "AkepaDocumentGenerateRequest": "akepa_document_generate_request",
    "AkepaDocumentGenerateRequestExtension": "akepa_document_generate_request_extension",
    "AkepaDocumentGenerateRequestType": "akepa_document_generate_request_type",
    "AkepaDocumentGenerateRequestWorkflow": "akepa_document_generate_request_workflow",
    "AkepaDocumentGenerateResponse": "akepa_document_generate_response",
    "AkepaDocumentUploadRequest": "akepa_document_upload_request",
    "AkepaDocumentUploadResponse": "akepa_document_upload_response",
    "AkepaEntityApplication": "akepa_entity_application",
    "AkepaIdentificationRequest": "akepa_identification_request",
    "AkepaIdentificationResponse": "akepa_identification_response",
    "AkepaStatusRequest": "akepa_status_request",
    "AkepaStatusResponse": "akepa_status_response",
    "AkepaUpdateRequest": "akepa_update_request",
    "AkepaUpdateResponse": "akepa_update_response",
    "AkepaWebhook": "akepa_webhook",
    "AuthGetTokenRequest": "auth_get_token_request",
    "AuthGetTokenRequestUser": "auth_get_token_request_user",
    "AuthGetTokenResponse": "auth_get_token_response",
    "AuthToken": "auth_token",
    "BillsBiller": "bills_biller",
    "BillsSummary": "bills_summary",
    "BillsTransaction": "bills_transaction",
    "BillsWebhookLegacyEnvelope": "bills_webhook_legacy_envelope",
    "BillsWebhookPayload": "bills_webhook_payload",
    "BillsWebhookProcessing": "bills_webhook_processing",
    "CardAddress": "card_address",
    "CardClearCard": "card_clear_card",
    "CardEncryptedCard": "card_encrypted_card",
    "CardExternalCard": "card_external_card",
    "CardOwner": "card_owner",
    "CardOwnerName": "card_owner_name",
    "CardPhone": "card_phone",
    "CardRegisterWithClearCard": "card_register_with_clear_card",
    "CardRegisterWithEncryptedCard": "card_register_with_encrypted_card",
    "CardReversalStatusFilterValue": "card_reversal_status_filter_value",
    "CardSoftDescriptor": "card_soft_descriptor",
    "CardTransaction": "card_transaction",
    "CardTransactionStatusFilter": "card_transaction_status_filter",
    "Check": "check",
    "CheckGetResponse": "check_get_response",
    "CheckListRequest": "check_list_request",
    "CheckListResponse": "check_list_response",
    "CheckPrintRequest": "check_print_request",
    "CheckPrintRequestAddress": "check_print_request_address",
    "CheckPrintRequestCheckAttributes": "check_print_request_check_attributes",
    "CheckPrintRequestReturnAddress": "check_print_request_return_address",
    "CheckPrintResponse": "check_print_response",
    "CheckQueryRequestByIds": "check_query_request_by_ids",
    "CheckQueryRequestByReferences": "check_query_request_by_references",
    "CheckQueryResponse": "check_query_response",
    "CheckVoidRequest": "check_void_request",
    "CheckVoidResponse": "check_void_response",
    "CheckWebhookPayload": "check_webhook_payload",
    "ComboCreateAch": "combo_create_ach",
    "ComboCreatePull": "combo_create_pull",
    "ComboCreatePush": "combo_create_push",
    "ComboCreateWire": "combo_create_wire",
    "ComboTransaction": "combo_transaction",
    "Customer": "customer",
    "CustomerAddEmployeeRequest": "customer_add_employee_request",
    "CustomerAddEmployeeResponse": "customer_add_employee_response",
    "CustomerAddress": "customer_address",
    "CustomerDisableEmployeeRequest": "customer_disable_employee_request",
    "CustomerDisableEmployeeResponse": "customer_disable_employee_response",
    "CustomerIdentificationOther": "customer_identification_other",
    "CustomerIdentificationSsn": "customer_identification_ssn",
    "CustomerInitRequest": "customer_init_request",
    "CustomerInitRequestCustomer": "customer_init_request_customer",
    "CustomerInitResponse": "customer_init_response",
    "CustomerInitResponseData": "customer_init_response_data",
    "CustomerPhone": "customer_phone",
    "CustomerRecordCustomer": "customer_record_customer",
    "CustomerStatusResponse": "customer_status_response",
    "CustomerUpdateRequest": "customer_update_request",
    "CustomerUpdateRequestCustomerUpdate": "customer_update_request_customer_update",
    "CustomerUpdateResponse": "customer_update_response",
    "ErrorBody": "error_body",
    "ErrorContextObject": "error_context_object",
    "HealthResponse": "health_response",
    "IbisAccount": "ibis_account",
    "IbisAccountAddRequest": "ibis_account_add_request",
    "IbisAccountAddResponse": "ibis_account_add_response",
    "IbisAccountHolderProfile": "ibis_account_holder_profile",
    "IbisBusinessInfo": "ibis_business_info",
    "IbisCard": "ibis_card",
    "IbisCardActivateAttributes": "ibis_card_activate_attributes",
    "IbisCardActivateRequest": "ibis_card_activate_request",
    "IbisCardById": "ibis_card_by_id",
    "IbisCardByReference": "ibis_card_by_reference",
    "IbisCardHolderProfile": "ibis_card_holder_profile",
    "IbisCardListRequest": "ibis_card_list_request",
    "IbisCardListResponse": "ibis_card_list_response",
    "IbisCardPinRequest": "ibis_card_pin_request",
    "IbisCardReissueRequest": "ibis_card_reissue_request",
    "IbisCardReissueRequestIbisActivateNewCard": "ibis_card_reissue_request_ibis_activate_new_card",
    "IbisCardReissueRequestIbisReissueReason": "ibis_card_reissue_request_ibis_reissue_reason",
    "IbisCardReissueRequestIbisReissueType": "ibis_card_reissue_request_ibis_reissue_type",
    "IbisCardResponse": "ibis_card_response",
    "IbisCardSetStatusRequest": "ibis_card_set_status_request",
    "IbisCardSetStatusRequestIbisSettableCardStatus": "ibis_card_set_status_request_ibis_settable_card_status",
    "IbisCardShippingMethod": "ibis_card_shipping_method",
    "IbisCardStatusCode": "ibis_card_status_code",
    "IbisCardholderProfile": "ibis_cardholder_profile",
    "IbisCardholderProfileResponse": "ibis_cardholder_profile_response",
    "IbisCreditApplication": "ibis_credit_application",
    "IbisCreditApplicationResponse": "ibis_credit_application_response",
    "IbisCreditCardAddRequest": "ibis_credit_card_add_request",
    "IbisCreditCardApplicationRequest": "ibis_credit_card_application_request",
    "IbisDebitCardAddRequest": "ibis_debit_card_add_request",
    "IbisEntityError": "ibis_entity_error",
    "IbisFinancialCardToCardRequest": "ibis_financial_card_to_card_request",
    "IbisFinancialFundsCreditRequest": "ibis_financial_funds_credit_request",
    "IbisFinancialFundsDebitRequest": "ibis_financial_funds_debit_request",
    "IbisFinancialRetrieveResponse": "ibis_financial_retrieve_response",
    "IbisFinancialReversalRequest": "ibis_financial_reversal_request",
    "IbisFundsByArn": "ibis_funds_by_arn",
    "IbisFundsById": "ibis_funds_by_id",
    "IbisFundsByReference": "ibis_funds_by_reference",
    "IbisFundsReversal": "ibis_funds_reversal",
    "IbisFundsTransfer": "ibis_funds_transfer",
    "IbisFundsTransferResponse": "ibis_funds_transfer_response",
    "IbisHolderType": "ibis_holder_type",
    "IbisInquiryTransactionHistoryRequest": "ibis_inquiry_transaction_history_request",
    "IbisInquiryTransactionHistoryResponse": "ibis_inquiry_transaction_history_response",
    "IbisNewCardNumber": "ibis_new_card_number",
    "IbisPseudoDdaNumber": "ibis_pseudo_dda_number",
    "IbisReissueProfile": "ibis_reissue_profile",
    "IbisTransaction": "ibis_transaction",
    "IbisTransactionHistory": "ibis_transaction_history",
    "StateCode": "state_code",
    "SuccessEnvelope": "success_envelope",
    "TransferToAchCreateRequest": "transfer_to_ach_create_request",
    "TransferToAchCreateResponse": "transfer_to_ach_create_response",
    "TransferToAchListRequest": "transfer_to_ach_list_request",
    "TransferToAchListResponse": "transfer_to_ach_list_response",
    "TransferToAchQueryRequestByIds": "transfer_to_ach_query_request_by_ids",
    "TransferToAchQueryRequestByReferences": "transfer_to_ach_query_request_by_references",
    "TransferToAchQueryResponse": "transfer_to_ach_query_response",
    "TransferToAchReturnRatesRequest": "transfer_to_ach_return_rates_request",
    "TransferToAchReturnRatesResponse": "transfer_to_ach_return_rates_response",
    "TransferToBillsBillersDownloadResponse": "transfer_to_bills_billers_download_response",
    "TransferToBillsExecuteRequest": "transfer_to_bills_execute_request",
    "TransferToBillsExecuteResponse": "transfer_to_bills_execute_response",
    "TransferToBillsInitiateRequest": "transfer_to_bills_initiate_request",
    "TransferToBillsInitiateResponse": "transfer_to_bills_initiate_response",
    "TransferToBillsListRequest": "transfer_to_bills_list_request",
    "TransferToBillsListResponse": "transfer_to_bills_list_response",
    "TransferToBillsQueryRequest": "transfer_to_bills_query_request",
    "TransferToBillsQueryResponse": "transfer_to_bills_query_response",
    "TransferToBillsSummaryRequest": "transfer_to_bills_summary_request",
    "TransferToBillsSummaryResponse": "transfer_to_bills_summary_response",
    "TransferToCardGetResponse": "transfer_to_card_get_response",
    "TransferToCardListTransactionsRequest": "transfer_to_card_list_transactions_request",
    "TransferToCardListTransactionsResponse": "transfer_to_card_list_transactions_response",
    "TransferToCardPullRequest": "transfer_to_card_pull_request",
    "TransferToCardPullResponse": "transfer_to_card_pull_response",
    "TransferToCardPushRequest": "transfer_to_card_push_request",
    "TransferToCardPushResponse": "transfer_to_card_push_response",
    "TransferToCardRegisterResponse": "transfer_to_card_register_response",
    "TransferToCardReversalRequest": "transfer_to_card_reversal_request",
    "TransferToCardReversalResponse": "transfer_to_card_reversal_response",
    "TransferToCardReversalResult": "transfer_to_card_reversal_result",
    "TransferToCardTransactionsQueryByIds": "transfer_to_card_transactions_query_by_ids",
    "TransferToCardTransactionsQueryByReferences": "transfer_to_card_transactions_query_by_references",
    "TransferToCardTransactionsQueryResponse": "transfer_to_card_transactions_query_response",
    "TransferToComboCardRegisterResponse": "transfer_to_combo_card_register_response",
    "TransferToComboCreateResponse": "transfer_to_combo_create_response",
    "TransferToWireListRequest": "transfer_to_wire_list_request",
    "TransferToWireListResponse": "transfer_to_wire_list_response",
    "TransferToWireQueryRequestByIds": "transfer_to_wire_query_request_by_ids",
    "TransferToWireQueryRequestByReferences": "transfer_to_wire_query_request_by_references",
    "TransferToWireQueryResponse": "transfer_to_wire_query_response",
    "TransferToWireRequest": "transfer_to_wire_request",
    "TransferToWireRequestAddress": "transfer_to_wire_request_address",
    "TransferToWireRequestBeneficiary": "transfer_to_wire_request_beneficiary",
    "TransferToWireRequestOriginator": "transfer_to_wire_request_originator",
    "TransferToWireResponse": "transfer_to_wire_response",
    "UserChangePasswordRequest": "user_change_password_request",
    "UserChangePasswordResponse": "user_change_password_response",
    "UserChangePasswordResponseData": "user_change_password_response_data",
    "ValidationViolation": "validation_violation",
    "ValidationViolationParams": "validation_violation_params",
    "WireTransfer": "wire_transfer",
    "WireWebhookPayload": "wire_webhook_payload",
}

__all__ = (
    "AchReturnRate",
    "AchTransfer",
    "AchWebhookPayload",
    "AcquiringListRequest",
    "AcquiringListResponse",
    "AcquiringPullRequest",
    "AcquiringPullResponse",
    "AcquiringRegisterResponse",
    "AcquiringReversalRequest",
    "AcquiringReversalResponse",
    "AcquiringReversalResult",
    "AcquiringReversalStatusFilterValue",
    "AcquiringTransaction",
    "AcquiringTransactionStatusFilter",
    "AcquiringTransactionsQueryByIds",
    "AcquiringTransactionsQueryByReferences",
    "AcquiringTransactionsQueryResponse",
    "AkepaApplication",
    "AkepaDocument",
    "AkepaDocumentGenerateRequest",
    "AkepaDocumentGenerateRequestExtension",
    "AkepaDocumentGenerateRequestType",
    "AkepaDocumentGenerateRequestWorkflow",
    "AkepaDocumentGenerateResponse",
    "AkepaDocumentUploadRequest",
    "AkepaDocumentUploadResponse",
    "AkepaEntityApplication",
    "AkepaIdentificationRequest",
    "AkepaIdentificationResponse",
    "AkepaStatusRequest",
    "AkepaStatusResponse",
    "AkepaUpdateRequest",
    "AkepaUpdateResponse",
    "AkepaWebhook",
    "AuthGetTokenRequest",
    "AuthGetTokenRequestUser",
    "AuthGetTokenResponse",
    "AuthToken",
    "BillsBiller",
    "BillsSummary",
    "BillsTransaction",
    "BillsWebhookLegacyEnvelope",
    "BillsWebhookPayload",
    "BillsWebhookProcessing",
    "CardAddress",
    "CardClearCard",
    "CardEncryptedCard",
    "CardExternalCard",
    "CardOwner",
    "CardOwnerName",
    "CardPhone",
    "CardRegisterWithClearCard",
    "CardRegisterWithEncryptedCard",
    "CardReversalStatusFilterValue",
    "CardSoftDescriptor",
    "CardTransaction",
    "CardTransactionStatusFilter",
    "Check",
    "CheckGetResponse",
    "CheckListRequest",
    "CheckListResponse",
    "CheckPrintRequest",
    "CheckPrintRequestAddress",
    "CheckPrintRequestCheckAttributes",
    "CheckPrintRequestReturnAddress",
    "CheckPrintResponse",
    "CheckQueryRequestByIds",
    "CheckQueryRequestByReferences",
    "CheckQueryResponse",
    "CheckVoidRequest",
    "CheckVoidResponse",
    "CheckWebhookPayload",
    "ComboCreateAch",
    "ComboCreatePull",
    "ComboCreatePush",
    "ComboCreateWire",
    "ComboTransaction",
    "Customer",
    "CustomerAddEmployeeRequest",
    "CustomerAddEmployeeResponse",
    "CustomerAddress",
    "CustomerDisableEmployeeRequest",
    "CustomerDisableEmployeeResponse",
    "CustomerIdentificationOther",
    "CustomerIdentificationSsn",
    "CustomerInitRequest",
    "CustomerInitRequestCustomer",
    "CustomerInitResponse",
    "CustomerInitResponseData",
    "CustomerPhone",
    "CustomerRecordCustomer",
    "CustomerStatusResponse",
    "CustomerUpdateRequest",
    "CustomerUpdateRequestCustomerUpdate",
    "CustomerUpdateResponse",
    "ErrorBody",
    "ErrorContextObject",
    "HealthResponse",
    "IbisAccount",
    "IbisAccountAddRequest",
    "IbisAccountAddResponse",
    "IbisAccountHolderProfile",
    "IbisBusinessInfo",
    "IbisCard",
    "IbisCardActivateAttributes",
    "IbisCardActivateRequest",
    "IbisCardById",
    "IbisCardByReference",
    "IbisCardHolderProfile",
    "IbisCardListRequest",
    "IbisCardListResponse",
    "IbisCardPinRequest",
    "IbisCardReissueRequest",
    "IbisCardReissueRequestIbisActivateNewCard",
    "IbisCardReissueRequestIbisReissueReason",
    "IbisCardReissueRequestIbisReissueType",
    "IbisCardResponse",
    "IbisCardSetStatusRequest",
    "IbisCardSetStatusRequestIbisSettableCardStatus",
    "IbisCardShippingMethod",
    "IbisCardStatusCode",
    "IbisCardholderProfile",
    "IbisCardholderProfileResponse",
    "IbisCreditApplication",
    "IbisCreditApplicationResponse",
    "IbisCreditCardAddRequest",
    "IbisCreditCardApplicationRequest",
    "IbisDebitCardAddRequest",
    "IbisEntityError",
    "IbisFinancialCardToCardRequest",
    "IbisFinancialFundsCreditRequest",
    "IbisFinancialFundsDebitRequest",
    "IbisFinancialRetrieveResponse",
    "IbisFinancialReversalRequest",
    "IbisFundsByArn",
    "IbisFundsById",
    "IbisFundsByReference",
    "IbisFundsReversal",
    "IbisFundsTransfer",
    "IbisFundsTransferResponse",
    "IbisHolderType",
    "IbisInquiryTransactionHistoryRequest",
    "IbisInquiryTransactionHistoryResponse",
    "IbisNewCardNumber",
    "IbisPseudoDdaNumber",
    "IbisReissueProfile",
    "IbisTransaction",
    "IbisTransactionHistory",
    "StateCode",
    "SuccessEnvelope",
    "TransferToAchCreateRequest",
    "TransferToAchCreateResponse",
    "TransferToAchListRequest",
    "TransferToAchListResponse",
    "TransferToAchQueryRequestByIds",
    "TransferToAchQueryRequestByReferences",
    "TransferToAchQueryResponse",
    "TransferToAchReturnRatesRequest",
    "TransferToAchReturnRatesResponse",
    "TransferToBillsBillersDownloadResponse",
    "TransferToBillsExecuteRequest",
    "TransferToBillsExecuteResponse",
    "TransferToBillsInitiateRequest",
    "TransferToBillsInitiateResponse",
    "TransferToBillsListRequest",
    "TransferToBillsListResponse",
    "TransferToBillsQueryRequest",
    "TransferToBillsQueryResponse",
    "TransferToBillsSummaryRequest",
    "TransferToBillsSummaryResponse",
    "TransferToCardGetResponse",
    "TransferToCardListTransactionsRequest",
    "TransferToCardListTransactionsResponse",
    "TransferToCardPullRequest",
    "TransferToCardPullResponse",
    "TransferToCardPushRequest",
    "TransferToCardPushResponse",
    "TransferToCardRegisterResponse",
    "TransferToCardReversalRequest",
    "TransferToCardReversalResponse",
    "TransferToCardReversalResult",
    "TransferToCardTransactionsQueryByIds",
    "TransferToCardTransactionsQueryByReferences",
    "TransferToCardTransactionsQueryResponse",
    "TransferToComboCardRegisterResponse",
    "TransferToComboCreateResponse",
    "TransferToWireListRequest",
    "TransferToWireListResponse",
    "TransferToWireQueryRequestByIds",
    "TransferToWireQueryRequestByReferences",
    "TransferToWireQueryResponse",
    "TransferToWireRequest",
    "TransferToWireRequestAddress",
    "TransferToWireRequestBeneficiary",
    "TransferToWireRequestOriginator",
    "TransferToWireResponse",
    "UserChangePasswordRequest",
    "UserChangePasswordResponse",
    "UserChangePasswordResponseData",
    "ValidationViolation",
    "ValidationViolationParams",
    "WireTransfer",
    "WireWebhookPayload",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
