from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    format_datetime,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.crm_record_reference import CrmRecordReference
    from ..models.import_external_metadata import ImportExternalMetadata
    from ..models.import_media_header import ImportMediaHeader
    from ..models.import_transcript import ImportTranscript
    from ..models.transcription_settings import TranscriptionSettings


T = TypeVar("T", bound="ImportConversationRequest")


@_attrs_define
class ImportConversationRequest:
    """A recording to import as a new conversation. `mediaURL` and `userID` are the only
    fields the docs mark as required.

    """

    media_url: str
    """ Where Attention downloads the recording from (for example the `downloadUrl` of an upload URL). """
    user_id: str
    """ The UUID of the user who will own the conversation. """
    application_name: str | Unset = UNSET
    """ The name of the application the recording comes from. """
    application_external_id: str | Unset = UNSET
    """ The recording's id in that application; look the conversation up by it later. """
    conversation_title: str | Unset = UNSET
    """ The title of the new conversation. """
    conversation_started_at: datetime.datetime | Unset = UNSET
    """ When the recorded conversation started. """
    headers: list[ImportMediaHeader] | Unset = UNSET
    """ HTTP headers to send when downloading `mediaURL` (for example a token). """
    opportunity_id: str | Unset = UNSET
    """ The CRM opportunity to link the conversation to. """
    linked_crm_records: list[CrmRecordReference] | Unset = UNSET
    """ CRM records to link the conversation to. """
    skip_scorecard_calculation: bool | Unset = UNSET
    """ Do not evaluate scorecards for the imported conversation. """
    skip_crm_fields_calculation: bool | Unset = UNSET
    """ Do not fill in CRM fields from the imported conversation. """
    skip_opportunities_export: bool | Unset = UNSET
    """ Do not export the conversation to the CRM opportunity. """
    transcription_settings: TranscriptionSettings | Unset = UNSET
    """ Transcription options of an import.
     """
    transcript: ImportTranscript | Unset = UNSET
    """ A ready-made transcript. The docs define two forms: `v1: {pieceInFlux, final:
    [{speaker, sentence, startTimestamp, endTimestamp}]}` and `v2: {pieceInFlux,
    final: [{speaker, words: [{text, startTimestamp, endTimestamp}]}]}`. The types of
    their fields are not documented, so the transcript is passed through as given.
     """
    external_metadata: ImportExternalMetadata | Unset = UNSET
    """ Metadata from the source application.
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["mediaURL"] = self.media_url

        field_dict["userID"] = self.user_id

        application_name = self.application_name
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name

        application_external_id = self.application_external_id
        if application_external_id is not UNSET:
            field_dict["applicationExternalID"] = application_external_id

        conversation_title = self.conversation_title
        if conversation_title is not UNSET:
            field_dict["conversationTitle"] = conversation_title

        conversation_started_at = self.conversation_started_at
        if not isinstance(conversation_started_at, Unset):
            field_dict["conversationStartedAt"] = format_datetime(conversation_started_at)

        headers = self.headers
        if not isinstance(headers, Unset):
            field_dict["headers"] = [item.to_dict() for item in headers]

        opportunity_id = self.opportunity_id
        if opportunity_id is not UNSET:
            field_dict["opportunityID"] = opportunity_id

        linked_crm_records = self.linked_crm_records
        if not isinstance(linked_crm_records, Unset):
            field_dict["linkedCrmRecords"] = [item.to_dict() for item in linked_crm_records]

        skip_scorecard_calculation = self.skip_scorecard_calculation
        if skip_scorecard_calculation is not UNSET:
            field_dict["skipScorecardCalculation"] = skip_scorecard_calculation

        skip_crm_fields_calculation = self.skip_crm_fields_calculation
        if skip_crm_fields_calculation is not UNSET:
            field_dict["skipCRMFieldsCalculation"] = skip_crm_fields_calculation

        skip_opportunities_export = self.skip_opportunities_export
        if skip_opportunities_export is not UNSET:
            field_dict["skipOpportunitiesExport"] = skip_opportunities_export

        transcription_settings = self.transcription_settings
        if not isinstance(transcription_settings, Unset):
            field_dict["transcriptionSettings"] = transcription_settings.to_dict()

        transcript = self.transcript
        if not isinstance(transcript, Unset):
            field_dict["transcript"] = transcript.to_dict()

        external_metadata = self.external_metadata
        if not isinstance(external_metadata, Unset):
            field_dict["externalMetadata"] = external_metadata.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        media_url = src_dict["mediaURL"]

        user_id = src_dict["userID"]

        application_name = src_dict.get("applicationName", UNSET)

        application_external_id = src_dict.get("applicationExternalID", UNSET)

        conversation_title = src_dict.get("conversationTitle", UNSET)

        conversation_started_at = src_dict.get("conversationStartedAt", UNSET)
        if conversation_started_at is not UNSET:
            conversation_started_at = parse_datetime(conversation_started_at)

        headers = src_dict.get("headers", UNSET)
        if headers is not UNSET:
            headers = list(map(_models.ImportMediaHeader.from_dict, headers))

        opportunity_id = src_dict.get("opportunityID", UNSET)

        linked_crm_records = src_dict.get("linkedCrmRecords", UNSET)
        if linked_crm_records is not UNSET:
            linked_crm_records = list(map(_models.CrmRecordReference.from_dict, linked_crm_records))

        skip_scorecard_calculation = src_dict.get("skipScorecardCalculation", UNSET)

        skip_crm_fields_calculation = src_dict.get("skipCRMFieldsCalculation", UNSET)

        skip_opportunities_export = src_dict.get("skipOpportunitiesExport", UNSET)

        transcription_settings = src_dict.get("transcriptionSettings", UNSET)
        if transcription_settings is not UNSET:
            transcription_settings = _models.TranscriptionSettings.from_dict(transcription_settings)

        transcript = src_dict.get("transcript", UNSET)
        if transcript is not UNSET:
            transcript = _models.ImportTranscript.from_dict(transcript)

        external_metadata = src_dict.get("externalMetadata", UNSET)
        if external_metadata is not UNSET:
            external_metadata = _models.ImportExternalMetadata.from_dict(external_metadata)

        _instance = cls.__new__(cls)
        _instance.media_url = media_url
        _instance.user_id = user_id
        _instance.application_name = application_name
        _instance.application_external_id = application_external_id
        _instance.conversation_title = conversation_title
        _instance.conversation_started_at = conversation_started_at
        _instance.headers = headers
        _instance.opportunity_id = opportunity_id
        _instance.linked_crm_records = linked_crm_records
        _instance.skip_scorecard_calculation = skip_scorecard_calculation
        _instance.skip_crm_fields_calculation = skip_crm_fields_calculation
        _instance.skip_opportunities_export = skip_opportunities_export
        _instance.transcription_settings = transcription_settings
        _instance.transcript = transcript
        _instance.external_metadata = external_metadata

        return _instance
