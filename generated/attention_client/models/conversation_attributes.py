from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    JSON_NUMBER,
    Unparsed,
    is_object_list,
    is_str_list,
    make_lazy,
    mismatch,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

if TYPE_CHECKING:
    from ..models.bot import Bot
    from ..models.conversation_board import ConversationBoard
    from ..models.conversation_labels import ConversationLabels
    from ..models.external_opportunity import ExternalOpportunity
    from ..models.extracted_intelligence import ExtractedIntelligence
    from ..models.import_metadata import ImportMetadata
    from ..models.linked_crm_record import LinkedCrmRecord
    from ..models.participant import Participant
    from ..models.scorecard_result import ScorecardResult
    from ..models.talktrack import Talktrack
    from ..models.team import Team
    from ..models.transcript import Transcript
    from ..models.transcript_segment import TranscriptSegment
    from ..models.user import User
    from ..models.zoom_metadata import ZoomMetadata


T = TypeVar("T", bound="ConversationAttributes")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "uuid",
        "title",
        "transcript",
        "boards",
        "finishedAt",
        "liveStreamStartedAt",
        "liveStreamEndedAt",
        "talktracks",
        "createdAt",
        "userUUID",
        "user",
        "team",
        "teamUUID",
        "extractedIntelligence",
        "confirmedExtractedIntelligence",
        "externalIntelligenceOpportunityID",
        "crmExportStatus",
        "archived",
        "externalOpportunity",
        "videoUID",
        "videoStatus",
        "bots",
        "transcriptStatus",
        "participants",
        "attendees",
        "referenceable",
        "private",
        "mediaStorageStatus",
        "importStatus",
        "scorecardResults",
        "labels",
        "labelTagsToFilterIfNA",
        "deprecatedLabelCategories",
        "isInternal",
        "mediaDuration",
        "dealUUID",
        "emailTemplateID",
        "linkedCrmRecords",
        "isEmpty",
        "zoomMetadata",
        "importMetadata",
        "zoomMeetingJoinUrl",
        "googleMeetJoinUrl",
        "microsoftTeamsJoinUrl",
        "webexJoinUrl",
    )
)


@_attrs_define
class ConversationAttributes:
    """The conversation's data."""

    uuid: str | None = None
    """ The conversation's UUID; the same value as the top-level `id` in the examples. """
    title: str | None = None
    """ The conversation's title. """
    transcript: Transcript | list[TranscriptSegment] = _attrs_field(
        factory=lambda: _models.Transcript._new_placeholder()
    )
    """ The transcript, when it is included: an object, kept as it came (such as
    `{"v1": {"final": [...]}}`), or a list of segments, each with its speaker and
    words. Which shape comes when is not documented; public code gets the list
    when it asks with `detailedTranscript=true`.
     """
    boards: list[ConversationBoard] | None = None
    """ The boards (playbooks) that were active during the conversation. """
    finished_at: datetime.datetime | None = None
    """ When the conversation ended; null while it is in progress. """
    live_stream_started_at: datetime.datetime | None = None
    """ When live streaming of the conversation started. """
    live_stream_ended_at: datetime.datetime | None = None
    """ When live streaming of the conversation ended. """
    talktracks: list[Talktrack] | None = None
    """ The talk tracks used during the conversation. """
    created_at: datetime.datetime | None = None
    """ When the conversation was created. """
    user_uuid: str | None = None
    """ The UUID of the user who owns the conversation. """
    user: User | None = None
    """ The user who owns the conversation. """
    team: Team | None = None
    """ The team the conversation belongs to. """
    team_uuid: str | None = None
    """ The UUID of the team the conversation belongs to. """
    extracted_intelligence: ExtractedIntelligence = _attrs_field(
        factory=lambda: _models.ExtractedIntelligence._new_placeholder()
    )
    """ Insights extracted from the conversation by Attention. """
    confirmed_extracted_intelligence: ExtractedIntelligence = _attrs_field(
        factory=lambda: _models.ExtractedIntelligence._new_placeholder()
    )
    """ Extracted insights that a person has confirmed. """
    external_intelligence_opportunity_id: str | None = None
    """ The CRM opportunity the extracted intelligence is tied to (example `opp-ext-123`). """
    crm_export_status: str | None = None
    """ Progress of the export to the CRM. Open string: known values are `PENDING` and
    `exported`; the full set and its casing are not documented.
     """
    archived: bool | None = None
    """ Whether the conversation is archived. """
    external_opportunity: ExternalOpportunity | None = None
    """ The CRM opportunity linked to the conversation. """
    video_uid: str | None = None
    """ The identifier of the conversation's video recording. """
    video_status: str | None = None
    """ Processing state of the video. Open string: known values are `PENDING` and
    `ready`.
     """
    bots: list[Bot] | None = None
    """ The recording bots that joined the meeting. """
    transcript_status: str | None = None
    """ Processing state of the transcript. Open string: a known value is `completed`;
    compare it lowercased, as its casing is not documented.
     """
    participants: list[Participant] | None = None
    """ The people in the conversation. """
    attendees: list[Participant] | None = None
    """ The invited attendees, shaped like participants.
     """
    referenceable: bool | None = None
    """ Whether the conversation may be used as a reference. """
    private: bool | None = None
    """ Whether the conversation is private to its owner. """
    media_storage_status: str | None = None
    """ Storage state of the media. Open string: known values are `PENDING` and
    `ready`.
     """
    import_status: str | None = None
    """ State of an import. Open string: known values are `NONE`, `completed` and
    `DISCARDED`.
     """
    scorecard_results: list[ScorecardResult] | None = None
    """ The scorecards evaluated for the conversation. """
    labels: ConversationLabels = _attrs_field(factory=lambda: _models.ConversationLabels._new_placeholder())
    """ The conversation's labels. """
    label_tags_to_filter_if_na: list[str] | None = None
    """ Label tags to hide when their value is not applicable. """
    deprecated_label_categories: list[str] | None = None
    """ Label categories that are no longer in use. """
    is_internal: bool | None = None
    """ Whether only people from the organisation took part. """
    media_duration: float | None = None
    """ Length of the recording. The unit is not stated; seconds is likely.
     """
    deal_uuid: str | None = None
    """ The UUID of the deal the conversation is linked to. """
    email_template_id: str | None = None
    """ The follow-up email template used, if any (empty string when none). """
    linked_crm_records: list[LinkedCrmRecord] | None = None
    """ The CRM records linked to the conversation. """
    is_empty: bool | None = None
    """ Whether the conversation has no content (for example nobody spoke). """
    zoom_metadata: ZoomMetadata | None = None
    """ Call details when the conversation is a Zoom Phone call. """
    import_metadata: ImportMetadata = _attrs_field(factory=lambda: _models.ImportMetadata._new_placeholder())
    """ Metadata of an imported conversation.
     """
    zoom_meeting_join_url: str | None = None
    """ The Zoom join link of the meeting.
     """
    google_meet_join_url: str | None = None
    """ The Google Meet join link of the meeting.
     """
    microsoft_teams_join_url: str | None = None
    """ The Microsoft Teams join link of the meeting.
     """
    webex_join_url: str | None = None
    """ The Webex join link of the meeting.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _finished_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _finished_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _live_stream_started_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _live_stream_started_at_parsed: datetime.datetime | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )
    _live_stream_ended_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _live_stream_ended_at_parsed: datetime.datetime | None = _attrs_field(
        init=False, default=None, eq=False, repr=False
    )
    _created_at_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _created_at_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        _slots: Any = self
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        uuid = self.uuid
        if uuid is not None or "uuid" in self._received_null:
            field_dict["uuid"] = uuid

        title = self.title
        if title is not None or "title" in self._received_null:
            field_dict["title"] = title

        transcript = _slots._transcript_slot
        if type(transcript) is Unparsed:
            field_dict["transcript"] = transcript.json  # never read: as it came
        else:
            if isinstance(transcript, _models.Transcript):
                if not transcript._placeholder or transcript.additional_properties:
                    field_dict["transcript"] = transcript.to_dict()
                elif "transcript" in self._received_null:
                    field_dict["transcript"] = None
            elif isinstance(transcript, list):
                field_dict["transcript"] = [item.to_dict() for item in transcript]
            elif transcript is not None or "transcript" in self._received_null:
                field_dict["transcript"] = transcript  # set since, as something else than its members

        boards = _slots._boards_slot
        if type(boards) is Unparsed:
            field_dict["boards"] = boards.json  # never read: as it came
        else:
            if boards is not None:
                field_dict["boards"] = [item.to_dict() for item in boards]
            elif "boards" in self._received_null:
                field_dict["boards"] = None

        finished_at = self.finished_at
        if finished_at is not None:
            if finished_at is self._finished_at_parsed:
                field_dict["finishedAt"] = self._finished_at_text
            else:
                field_dict["finishedAt"] = finished_at.isoformat()
        elif "finishedAt" in self._received_null:
            field_dict["finishedAt"] = None

        live_stream_started_at = self.live_stream_started_at
        if live_stream_started_at is not None:
            if live_stream_started_at is self._live_stream_started_at_parsed:
                field_dict["liveStreamStartedAt"] = self._live_stream_started_at_text
            else:
                field_dict["liveStreamStartedAt"] = live_stream_started_at.isoformat()
        elif "liveStreamStartedAt" in self._received_null:
            field_dict["liveStreamStartedAt"] = None

        live_stream_ended_at = self.live_stream_ended_at
        if live_stream_ended_at is not None:
            if live_stream_ended_at is self._live_stream_ended_at_parsed:
                field_dict["liveStreamEndedAt"] = self._live_stream_ended_at_text
            else:
                field_dict["liveStreamEndedAt"] = live_stream_ended_at.isoformat()
        elif "liveStreamEndedAt" in self._received_null:
            field_dict["liveStreamEndedAt"] = None

        talktracks = _slots._talktracks_slot
        if type(talktracks) is Unparsed:
            field_dict["talktracks"] = talktracks.json  # never read: as it came
        else:
            if talktracks is not None:
                field_dict["talktracks"] = [item.to_dict() for item in talktracks]
            elif "talktracks" in self._received_null:
                field_dict["talktracks"] = None

        created_at = self.created_at
        if created_at is not None:
            if created_at is self._created_at_parsed:
                field_dict["createdAt"] = self._created_at_text
            else:
                field_dict["createdAt"] = created_at.isoformat()
        elif "createdAt" in self._received_null:
            field_dict["createdAt"] = None

        user_uuid = self.user_uuid
        if user_uuid is not None or "userUUID" in self._received_null:
            field_dict["userUUID"] = user_uuid

        user = _slots._user_slot
        if type(user) is Unparsed:
            field_dict["user"] = user.json  # never read: as it came
        else:
            if user is not None:
                field_dict["user"] = user.to_dict()
            elif "user" in self._received_null:
                field_dict["user"] = None

        team = _slots._team_slot
        if type(team) is Unparsed:
            field_dict["team"] = team.json  # never read: as it came
        else:
            if team is not None:
                field_dict["team"] = team.to_dict()
            elif "team" in self._received_null:
                field_dict["team"] = None

        team_uuid = self.team_uuid
        if team_uuid is not None or "teamUUID" in self._received_null:
            field_dict["teamUUID"] = team_uuid

        extracted_intelligence = _slots._extracted_intelligence_slot
        if type(extracted_intelligence) is Unparsed:
            field_dict["extractedIntelligence"] = extracted_intelligence.json  # never read: as it came
        else:
            if isinstance(extracted_intelligence, _models.ExtractedIntelligence):
                if not extracted_intelligence._placeholder or extracted_intelligence.additional_properties:
                    field_dict["extractedIntelligence"] = extracted_intelligence.to_dict()
                elif "extractedIntelligence" in self._received_null:
                    field_dict["extractedIntelligence"] = None
            elif extracted_intelligence is not None or "extractedIntelligence" in self._received_null:
                field_dict["extractedIntelligence"] = (
                    extracted_intelligence  # set since, as something else than the map
                )

        confirmed_extracted_intelligence = _slots._confirmed_extracted_intelligence_slot
        if type(confirmed_extracted_intelligence) is Unparsed:
            field_dict["confirmedExtractedIntelligence"] = (
                confirmed_extracted_intelligence.json
            )  # never read: as it came
        else:
            if isinstance(confirmed_extracted_intelligence, _models.ExtractedIntelligence):
                if (
                    not confirmed_extracted_intelligence._placeholder
                    or confirmed_extracted_intelligence.additional_properties
                ):
                    field_dict["confirmedExtractedIntelligence"] = confirmed_extracted_intelligence.to_dict()
                elif "confirmedExtractedIntelligence" in self._received_null:
                    field_dict["confirmedExtractedIntelligence"] = None
            elif (
                confirmed_extracted_intelligence is not None or "confirmedExtractedIntelligence" in self._received_null
            ):
                field_dict["confirmedExtractedIntelligence"] = (
                    confirmed_extracted_intelligence  # set since, as something else than the map
                )

        external_intelligence_opportunity_id = self.external_intelligence_opportunity_id
        if (
            external_intelligence_opportunity_id is not None
            or "externalIntelligenceOpportunityID" in self._received_null
        ):
            field_dict["externalIntelligenceOpportunityID"] = external_intelligence_opportunity_id

        crm_export_status = self.crm_export_status
        if crm_export_status is not None or "crmExportStatus" in self._received_null:
            field_dict["crmExportStatus"] = crm_export_status

        archived = self.archived
        if archived is not None or "archived" in self._received_null:
            field_dict["archived"] = archived

        external_opportunity = _slots._external_opportunity_slot
        if type(external_opportunity) is Unparsed:
            field_dict["externalOpportunity"] = external_opportunity.json  # never read: as it came
        else:
            if external_opportunity is not None:
                field_dict["externalOpportunity"] = external_opportunity.to_dict()
            elif "externalOpportunity" in self._received_null:
                field_dict["externalOpportunity"] = None

        video_uid = self.video_uid
        if video_uid is not None or "videoUID" in self._received_null:
            field_dict["videoUID"] = video_uid

        video_status = self.video_status
        if video_status is not None or "videoStatus" in self._received_null:
            field_dict["videoStatus"] = video_status

        bots = _slots._bots_slot
        if type(bots) is Unparsed:
            field_dict["bots"] = bots.json  # never read: as it came
        else:
            if bots is not None:
                field_dict["bots"] = [item.to_dict() for item in bots]
            elif "bots" in self._received_null:
                field_dict["bots"] = None

        transcript_status = self.transcript_status
        if transcript_status is not None or "transcriptStatus" in self._received_null:
            field_dict["transcriptStatus"] = transcript_status

        participants = _slots._participants_slot
        if type(participants) is Unparsed:
            field_dict["participants"] = participants.json  # never read: as it came
        else:
            if participants is not None:
                field_dict["participants"] = [item.to_dict() for item in participants]
            elif "participants" in self._received_null:
                field_dict["participants"] = None

        attendees = _slots._attendees_slot
        if type(attendees) is Unparsed:
            field_dict["attendees"] = attendees.json  # never read: as it came
        else:
            if attendees is not None:
                field_dict["attendees"] = [item.to_dict() for item in attendees]
            elif "attendees" in self._received_null:
                field_dict["attendees"] = None

        referenceable = self.referenceable
        if referenceable is not None or "referenceable" in self._received_null:
            field_dict["referenceable"] = referenceable

        private = self.private
        if private is not None or "private" in self._received_null:
            field_dict["private"] = private

        media_storage_status = self.media_storage_status
        if media_storage_status is not None or "mediaStorageStatus" in self._received_null:
            field_dict["mediaStorageStatus"] = media_storage_status

        import_status = self.import_status
        if import_status is not None or "importStatus" in self._received_null:
            field_dict["importStatus"] = import_status

        scorecard_results = _slots._scorecard_results_slot
        if type(scorecard_results) is Unparsed:
            field_dict["scorecardResults"] = scorecard_results.json  # never read: as it came
        else:
            if scorecard_results is not None:
                field_dict["scorecardResults"] = [item.to_dict() for item in scorecard_results]
            elif "scorecardResults" in self._received_null:
                field_dict["scorecardResults"] = None

        labels = _slots._labels_slot
        if type(labels) is Unparsed:
            field_dict["labels"] = labels.json  # never read: as it came
        else:
            if isinstance(labels, _models.ConversationLabels):
                if not labels._placeholder or labels.additional_properties:
                    field_dict["labels"] = labels.to_dict()
                elif "labels" in self._received_null:
                    field_dict["labels"] = None
            elif labels is not None or "labels" in self._received_null:
                field_dict["labels"] = labels  # set since, as something else than the map

        label_tags_to_filter_if_na = self.label_tags_to_filter_if_na
        if label_tags_to_filter_if_na is not None or "labelTagsToFilterIfNA" in self._received_null:
            field_dict["labelTagsToFilterIfNA"] = label_tags_to_filter_if_na

        deprecated_label_categories = self.deprecated_label_categories
        if deprecated_label_categories is not None or "deprecatedLabelCategories" in self._received_null:
            field_dict["deprecatedLabelCategories"] = deprecated_label_categories

        is_internal = self.is_internal
        if is_internal is not None or "isInternal" in self._received_null:
            field_dict["isInternal"] = is_internal

        media_duration = self.media_duration
        if media_duration is not None or "mediaDuration" in self._received_null:
            field_dict["mediaDuration"] = media_duration

        deal_uuid = self.deal_uuid
        if deal_uuid is not None or "dealUUID" in self._received_null:
            field_dict["dealUUID"] = deal_uuid

        email_template_id = self.email_template_id
        if email_template_id is not None or "emailTemplateID" in self._received_null:
            field_dict["emailTemplateID"] = email_template_id

        linked_crm_records = _slots._linked_crm_records_slot
        if type(linked_crm_records) is Unparsed:
            field_dict["linkedCrmRecords"] = linked_crm_records.json  # never read: as it came
        else:
            if linked_crm_records is not None:
                field_dict["linkedCrmRecords"] = [item.to_dict() for item in linked_crm_records]
            elif "linkedCrmRecords" in self._received_null:
                field_dict["linkedCrmRecords"] = None

        is_empty = self.is_empty
        if is_empty is not None or "isEmpty" in self._received_null:
            field_dict["isEmpty"] = is_empty

        zoom_metadata = _slots._zoom_metadata_slot
        if type(zoom_metadata) is Unparsed:
            field_dict["zoomMetadata"] = zoom_metadata.json  # never read: as it came
        else:
            if zoom_metadata is not None:
                field_dict["zoomMetadata"] = zoom_metadata.to_dict()
            elif "zoomMetadata" in self._received_null:
                field_dict["zoomMetadata"] = None

        import_metadata = _slots._import_metadata_slot
        if type(import_metadata) is Unparsed:
            field_dict["importMetadata"] = import_metadata.json  # never read: as it came
        else:
            if isinstance(import_metadata, _models.ImportMetadata):
                if not import_metadata._placeholder or import_metadata.additional_properties:
                    field_dict["importMetadata"] = import_metadata.to_dict()
                elif "importMetadata" in self._received_null:
                    field_dict["importMetadata"] = None
            elif import_metadata is not None or "importMetadata" in self._received_null:
                field_dict["importMetadata"] = import_metadata  # set since, as something else than the map

        zoom_meeting_join_url = self.zoom_meeting_join_url
        if zoom_meeting_join_url is not None or "zoomMeetingJoinUrl" in self._received_null:
            field_dict["zoomMeetingJoinUrl"] = zoom_meeting_join_url

        google_meet_join_url = self.google_meet_join_url
        if google_meet_join_url is not None or "googleMeetJoinUrl" in self._received_null:
            field_dict["googleMeetJoinUrl"] = google_meet_join_url

        microsoft_teams_join_url = self.microsoft_teams_join_url
        if microsoft_teams_join_url is not None or "microsoftTeamsJoinUrl" in self._received_null:
            field_dict["microsoftTeamsJoinUrl"] = microsoft_teams_join_url

        webex_join_url = self.webex_join_url
        if webex_join_url is not None or "webexJoinUrl" in self._received_null:
            field_dict["webexJoinUrl"] = webex_join_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        uuid = src_dict.get("uuid")
        if uuid.__class__ is not str:
            if uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "uuid", uuid)
                uuid = None

        title = src_dict.get("title")
        if title.__class__ is not str:
            if title is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "title", title)
                title = None

        transcript: Any = src_dict.get("transcript")
        if transcript.__class__ is dict or is_object_list(transcript):
            transcript = Unparsed(transcript)  # parsed on first read
        elif transcript is None:
            _nones += 1
            transcript = _models.Transcript._new_placeholder()
        else:
            _mismatched = mismatch(_mismatched, "transcript", transcript)
            transcript = _models.Transcript._new_placeholder()

        boards: Any = src_dict.get("boards")
        if is_object_list(boards):
            boards = Unparsed(boards)  # parsed on first read
        elif boards is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "boards", boards)
            boards = None

        finished_at: Any = src_dict.get("finishedAt")
        _finished_at_text = None
        if finished_at.__class__ is str:
            try:
                _finished_at_text, finished_at = finished_at, parse_datetime(finished_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "finishedAt", finished_at)
                finished_at = None
        elif finished_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "finishedAt", finished_at)
            finished_at = None

        live_stream_started_at: Any = src_dict.get("liveStreamStartedAt")
        _live_stream_started_at_text = None
        if live_stream_started_at.__class__ is str:
            try:
                _live_stream_started_at_text, live_stream_started_at = (
                    live_stream_started_at,
                    parse_datetime(live_stream_started_at),
                )
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "liveStreamStartedAt", live_stream_started_at)
                live_stream_started_at = None
        elif live_stream_started_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "liveStreamStartedAt", live_stream_started_at)
            live_stream_started_at = None

        live_stream_ended_at: Any = src_dict.get("liveStreamEndedAt")
        _live_stream_ended_at_text = None
        if live_stream_ended_at.__class__ is str:
            try:
                _live_stream_ended_at_text, live_stream_ended_at = (
                    live_stream_ended_at,
                    parse_datetime(live_stream_ended_at),
                )
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "liveStreamEndedAt", live_stream_ended_at)
                live_stream_ended_at = None
        elif live_stream_ended_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "liveStreamEndedAt", live_stream_ended_at)
            live_stream_ended_at = None

        talktracks: Any = src_dict.get("talktracks")
        if is_object_list(talktracks):
            talktracks = Unparsed(talktracks)  # parsed on first read
        elif talktracks is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "talktracks", talktracks)
            talktracks = None

        created_at: Any = src_dict.get("createdAt")
        _created_at_text = None
        if created_at.__class__ is str:
            try:
                _created_at_text, created_at = created_at, parse_datetime(created_at)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "createdAt", created_at)
                created_at = None
        elif created_at is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "createdAt", created_at)
            created_at = None

        user_uuid = src_dict.get("userUUID")
        if user_uuid.__class__ is not str:
            if user_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "userUUID", user_uuid)
                user_uuid = None

        user: Any = src_dict.get("user")
        if user.__class__ is dict:
            user = Unparsed(user)  # parsed on first read
        elif user is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "user", user)
            user = None

        team: Any = src_dict.get("team")
        if team.__class__ is dict:
            team = Unparsed(team)  # parsed on first read
        elif team is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "team", team)
            team = None

        team_uuid = src_dict.get("teamUUID")
        if team_uuid.__class__ is not str:
            if team_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "teamUUID", team_uuid)
                team_uuid = None

        extracted_intelligence: Any = src_dict.get("extractedIntelligence")
        if extracted_intelligence.__class__ is dict:
            extracted_intelligence = Unparsed(extracted_intelligence)  # parsed on first read
        elif extracted_intelligence is None:
            _nones += 1
            extracted_intelligence = _models.ExtractedIntelligence._new_placeholder()
        else:
            _mismatched = mismatch(_mismatched, "extractedIntelligence", extracted_intelligence)
            extracted_intelligence = _models.ExtractedIntelligence._new_placeholder()

        confirmed_extracted_intelligence: Any = src_dict.get("confirmedExtractedIntelligence")
        if confirmed_extracted_intelligence.__class__ is dict:
            confirmed_extracted_intelligence = Unparsed(confirmed_extracted_intelligence)  # parsed on first read
        elif confirmed_extracted_intelligence is None:
            _nones += 1
            confirmed_extracted_intelligence = _models.ExtractedIntelligence._new_placeholder()
        else:
            _mismatched = mismatch(_mismatched, "confirmedExtractedIntelligence", confirmed_extracted_intelligence)
            confirmed_extracted_intelligence = _models.ExtractedIntelligence._new_placeholder()

        external_intelligence_opportunity_id = src_dict.get("externalIntelligenceOpportunityID")
        if external_intelligence_opportunity_id.__class__ is not str:
            if external_intelligence_opportunity_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(
                    _mismatched, "externalIntelligenceOpportunityID", external_intelligence_opportunity_id
                )
                external_intelligence_opportunity_id = None

        crm_export_status = src_dict.get("crmExportStatus")
        if crm_export_status.__class__ is not str:
            if crm_export_status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "crmExportStatus", crm_export_status)
                crm_export_status = None

        archived = src_dict.get("archived")
        if archived.__class__ is not bool:
            if archived is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "archived", archived)
                archived = None

        external_opportunity: Any = src_dict.get("externalOpportunity")
        if external_opportunity.__class__ is dict:
            external_opportunity = Unparsed(external_opportunity)  # parsed on first read
        elif external_opportunity is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "externalOpportunity", external_opportunity)
            external_opportunity = None

        video_uid = src_dict.get("videoUID")
        if video_uid.__class__ is not str:
            if video_uid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "videoUID", video_uid)
                video_uid = None

        video_status = src_dict.get("videoStatus")
        if video_status.__class__ is not str:
            if video_status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "videoStatus", video_status)
                video_status = None

        bots: Any = src_dict.get("bots")
        if is_object_list(bots):
            bots = Unparsed(bots)  # parsed on first read
        elif bots is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "bots", bots)
            bots = None

        transcript_status = src_dict.get("transcriptStatus")
        if transcript_status.__class__ is not str:
            if transcript_status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "transcriptStatus", transcript_status)
                transcript_status = None

        participants: Any = src_dict.get("participants")
        if is_object_list(participants):
            participants = Unparsed(participants)  # parsed on first read
        elif participants is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "participants", participants)
            participants = None

        attendees: Any = src_dict.get("attendees")
        if is_object_list(attendees):
            attendees = Unparsed(attendees)  # parsed on first read
        elif attendees is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "attendees", attendees)
            attendees = None

        referenceable = src_dict.get("referenceable")
        if referenceable.__class__ is not bool:
            if referenceable is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "referenceable", referenceable)
                referenceable = None

        private = src_dict.get("private")
        if private.__class__ is not bool:
            if private is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "private", private)
                private = None

        media_storage_status = src_dict.get("mediaStorageStatus")
        if media_storage_status.__class__ is not str:
            if media_storage_status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "mediaStorageStatus", media_storage_status)
                media_storage_status = None

        import_status = src_dict.get("importStatus")
        if import_status.__class__ is not str:
            if import_status is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "importStatus", import_status)
                import_status = None

        scorecard_results: Any = src_dict.get("scorecardResults")
        if is_object_list(scorecard_results):
            scorecard_results = Unparsed(scorecard_results)  # parsed on first read
        elif scorecard_results is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "scorecardResults", scorecard_results)
            scorecard_results = None

        labels: Any = src_dict.get("labels")
        if labels.__class__ is dict:
            labels = Unparsed(labels)  # parsed on first read
        elif labels is None:
            _nones += 1
            labels = _models.ConversationLabels._new_placeholder()
        else:
            _mismatched = mismatch(_mismatched, "labels", labels)
            labels = _models.ConversationLabels._new_placeholder()

        label_tags_to_filter_if_na = src_dict.get("labelTagsToFilterIfNA")
        if label_tags_to_filter_if_na.__class__ is not list or not is_str_list(label_tags_to_filter_if_na):
            if label_tags_to_filter_if_na is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "labelTagsToFilterIfNA", label_tags_to_filter_if_na)
                label_tags_to_filter_if_na = None

        deprecated_label_categories = src_dict.get("deprecatedLabelCategories")
        if deprecated_label_categories.__class__ is not list or not is_str_list(deprecated_label_categories):
            if deprecated_label_categories is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "deprecatedLabelCategories", deprecated_label_categories)
                deprecated_label_categories = None

        is_internal = src_dict.get("isInternal")
        if is_internal.__class__ is not bool:
            if is_internal is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "isInternal", is_internal)
                is_internal = None

        media_duration = src_dict.get("mediaDuration")
        if media_duration.__class__ not in JSON_NUMBER:
            if media_duration is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "mediaDuration", media_duration)
                media_duration = None

        deal_uuid = src_dict.get("dealUUID")
        if deal_uuid.__class__ is not str:
            if deal_uuid is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "dealUUID", deal_uuid)
                deal_uuid = None

        email_template_id = src_dict.get("emailTemplateID")
        if email_template_id.__class__ is not str:
            if email_template_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "emailTemplateID", email_template_id)
                email_template_id = None

        linked_crm_records: Any = src_dict.get("linkedCrmRecords")
        if is_object_list(linked_crm_records):
            linked_crm_records = Unparsed(linked_crm_records)  # parsed on first read
        elif linked_crm_records is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "linkedCrmRecords", linked_crm_records)
            linked_crm_records = None

        is_empty = src_dict.get("isEmpty")
        if is_empty.__class__ is not bool:
            if is_empty is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "isEmpty", is_empty)
                is_empty = None

        zoom_metadata: Any = src_dict.get("zoomMetadata")
        if zoom_metadata.__class__ is dict:
            zoom_metadata = Unparsed(zoom_metadata)  # parsed on first read
        elif zoom_metadata is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "zoomMetadata", zoom_metadata)
            zoom_metadata = None

        import_metadata: Any = src_dict.get("importMetadata")
        if import_metadata.__class__ is dict:
            import_metadata = Unparsed(import_metadata)  # parsed on first read
        elif import_metadata is None:
            _nones += 1
            import_metadata = _models.ImportMetadata._new_placeholder()
        else:
            _mismatched = mismatch(_mismatched, "importMetadata", import_metadata)
            import_metadata = _models.ImportMetadata._new_placeholder()

        zoom_meeting_join_url = src_dict.get("zoomMeetingJoinUrl")
        if zoom_meeting_join_url.__class__ is not str:
            if zoom_meeting_join_url is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "zoomMeetingJoinUrl", zoom_meeting_join_url)
                zoom_meeting_join_url = None

        google_meet_join_url = src_dict.get("googleMeetJoinUrl")
        if google_meet_join_url.__class__ is not str:
            if google_meet_join_url is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "googleMeetJoinUrl", google_meet_join_url)
                google_meet_join_url = None

        microsoft_teams_join_url = src_dict.get("microsoftTeamsJoinUrl")
        if microsoft_teams_join_url.__class__ is not str:
            if microsoft_teams_join_url is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "microsoftTeamsJoinUrl", microsoft_teams_join_url)
                microsoft_teams_join_url = None

        webex_join_url = src_dict.get("webexJoinUrl")
        if webex_join_url.__class__ is not str:
            if webex_join_url is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "webexJoinUrl", webex_join_url)
                webex_join_url = None

        _instance = cls.__new__(cls)
        _slots: Any = _instance
        _instance.uuid = uuid
        _instance.title = title
        _slots._transcript_slot = transcript
        _slots._boards_slot = boards
        _instance.finished_at = finished_at
        _instance.live_stream_started_at = live_stream_started_at
        _instance.live_stream_ended_at = live_stream_ended_at
        _slots._talktracks_slot = talktracks
        _instance.created_at = created_at
        _instance.user_uuid = user_uuid
        _slots._user_slot = user
        _slots._team_slot = team
        _instance.team_uuid = team_uuid
        _slots._extracted_intelligence_slot = extracted_intelligence
        _slots._confirmed_extracted_intelligence_slot = confirmed_extracted_intelligence
        _instance.external_intelligence_opportunity_id = external_intelligence_opportunity_id
        _instance.crm_export_status = crm_export_status
        _instance.archived = archived
        _slots._external_opportunity_slot = external_opportunity
        _instance.video_uid = video_uid
        _instance.video_status = video_status
        _slots._bots_slot = bots
        _instance.transcript_status = transcript_status
        _slots._participants_slot = participants
        _slots._attendees_slot = attendees
        _instance.referenceable = referenceable
        _instance.private = private
        _instance.media_storage_status = media_storage_status
        _instance.import_status = import_status
        _slots._scorecard_results_slot = scorecard_results
        _slots._labels_slot = labels
        _instance.label_tags_to_filter_if_na = label_tags_to_filter_if_na
        _instance.deprecated_label_categories = deprecated_label_categories
        _instance.is_internal = is_internal
        _instance.media_duration = media_duration
        _instance.deal_uuid = deal_uuid
        _instance.email_template_id = email_template_id
        _slots._linked_crm_records_slot = linked_crm_records
        _instance.is_empty = is_empty
        _slots._zoom_metadata_slot = zoom_metadata
        _slots._import_metadata_slot = import_metadata
        _instance.zoom_meeting_join_url = zoom_meeting_join_url
        _instance.google_meet_join_url = google_meet_join_url
        _instance.microsoft_teams_join_url = microsoft_teams_join_url
        _instance.webex_join_url = webex_join_url
        _instance._finished_at_text = _finished_at_text
        _instance._finished_at_parsed = finished_at
        _instance._live_stream_started_at_text = _live_stream_started_at_text
        _instance._live_stream_started_at_parsed = live_stream_started_at
        _instance._live_stream_ended_at_text = _live_stream_ended_at_text
        _instance._live_stream_ended_at_parsed = live_stream_ended_at
        _instance._created_at_text = _created_at_text
        _instance._created_at_parsed = created_at
        _as_declared = len(src_dict) + _nones == 45
        _instance._received_null = (
            ()
            if _as_declared
            else tuple(key for key, value in src_dict.items() if value is None and key in _KNOWN_KEYS)
        )
        _instance._mismatched = _mismatched

        if _as_declared:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        return _instance

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

    @property
    def mismatched_fields(self) -> Mapping[str, Any]:
        """The fields whose value fit no declared shape, by JSON name, as they came.

        Such a field reads as one left out (None, or an empty map) rather than as
        something it is not, and ``to_dict()`` writes it back as it came, unless a value
        was set since. Nested models keep their own.
        """
        return mismatched_fields(self)

    def __repr__(self) -> str:
        return short_repr(self)


def _parse_transcript(value: Any) -> Any:
    return (
        _models.Transcript.from_dict(value)
        if value.__class__ is dict
        else list(map(_models.TranscriptSegment.from_dict, value))
    )


def _read_transcript(self: Any) -> Any:
    value = self._transcript_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_transcript(value.json)
        if self._transcript_slot is unparsed:  # else another thread's read came first
            self._transcript_slot = value
        else:
            value = self._transcript_slot
    return value


make_lazy(ConversationAttributes, "transcript", _read_transcript, _parse_transcript)


def _parse_boards(value: Any) -> Any:
    return list(map(_models.ConversationBoard.from_dict, value))


def _read_boards(self: Any) -> Any:
    value = self._boards_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_boards(value.json)
        if self._boards_slot is unparsed:  # else another thread's read came first
            self._boards_slot = value
        else:
            value = self._boards_slot
    return value


make_lazy(ConversationAttributes, "boards", _read_boards, _parse_boards)


def _parse_talktracks(value: Any) -> Any:
    return list(map(_models.Talktrack.from_dict, value))


def _read_talktracks(self: Any) -> Any:
    value = self._talktracks_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_talktracks(value.json)
        if self._talktracks_slot is unparsed:  # else another thread's read came first
            self._talktracks_slot = value
        else:
            value = self._talktracks_slot
    return value


make_lazy(ConversationAttributes, "talktracks", _read_talktracks, _parse_talktracks)


def _parse_user(value: Any) -> Any:
    return _models.User.from_dict(value)


def _read_user(self: Any) -> Any:
    value = self._user_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_user(value.json)
        if self._user_slot is unparsed:  # else another thread's read came first
            self._user_slot = value
        else:
            value = self._user_slot
    return value


make_lazy(ConversationAttributes, "user", _read_user, _parse_user)


def _parse_team(value: Any) -> Any:
    return _models.Team.from_dict(value)


def _read_team(self: Any) -> Any:
    value = self._team_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_team(value.json)
        if self._team_slot is unparsed:  # else another thread's read came first
            self._team_slot = value
        else:
            value = self._team_slot
    return value


make_lazy(ConversationAttributes, "team", _read_team, _parse_team)


def _parse_extracted_intelligence(value: Any) -> Any:
    return _models.ExtractedIntelligence.from_dict(value)


def _read_extracted_intelligence(self: Any) -> Any:
    value = self._extracted_intelligence_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_extracted_intelligence(value.json)
        if self._extracted_intelligence_slot is unparsed:  # else another thread's read came first
            self._extracted_intelligence_slot = value
        else:
            value = self._extracted_intelligence_slot
    return value


make_lazy(ConversationAttributes, "extracted_intelligence", _read_extracted_intelligence, _parse_extracted_intelligence)


def _parse_confirmed_extracted_intelligence(value: Any) -> Any:
    return _models.ExtractedIntelligence.from_dict(value)


def _read_confirmed_extracted_intelligence(self: Any) -> Any:
    value = self._confirmed_extracted_intelligence_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_confirmed_extracted_intelligence(value.json)
        if self._confirmed_extracted_intelligence_slot is unparsed:  # else another thread's read came first
            self._confirmed_extracted_intelligence_slot = value
        else:
            value = self._confirmed_extracted_intelligence_slot
    return value


make_lazy(
    ConversationAttributes,
    "confirmed_extracted_intelligence",
    _read_confirmed_extracted_intelligence,
    _parse_confirmed_extracted_intelligence,
)


def _parse_external_opportunity(value: Any) -> Any:
    return _models.ExternalOpportunity.from_dict(value)


def _read_external_opportunity(self: Any) -> Any:
    value = self._external_opportunity_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_external_opportunity(value.json)
        if self._external_opportunity_slot is unparsed:  # else another thread's read came first
            self._external_opportunity_slot = value
        else:
            value = self._external_opportunity_slot
    return value


make_lazy(ConversationAttributes, "external_opportunity", _read_external_opportunity, _parse_external_opportunity)


def _parse_bots(value: Any) -> Any:
    return list(map(_models.Bot.from_dict, value))


def _read_bots(self: Any) -> Any:
    value = self._bots_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_bots(value.json)
        if self._bots_slot is unparsed:  # else another thread's read came first
            self._bots_slot = value
        else:
            value = self._bots_slot
    return value


make_lazy(ConversationAttributes, "bots", _read_bots, _parse_bots)


def _parse_participants(value: Any) -> Any:
    return list(map(_models.Participant.from_dict, value))


def _read_participants(self: Any) -> Any:
    value = self._participants_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_participants(value.json)
        if self._participants_slot is unparsed:  # else another thread's read came first
            self._participants_slot = value
        else:
            value = self._participants_slot
    return value


make_lazy(ConversationAttributes, "participants", _read_participants, _parse_participants)


def _parse_attendees(value: Any) -> Any:
    return list(map(_models.Participant.from_dict, value))


def _read_attendees(self: Any) -> Any:
    value = self._attendees_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_attendees(value.json)
        if self._attendees_slot is unparsed:  # else another thread's read came first
            self._attendees_slot = value
        else:
            value = self._attendees_slot
    return value


make_lazy(ConversationAttributes, "attendees", _read_attendees, _parse_attendees)


def _parse_scorecard_results(value: Any) -> Any:
    return list(map(_models.ScorecardResult.from_dict, value))


def _read_scorecard_results(self: Any) -> Any:
    value = self._scorecard_results_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_scorecard_results(value.json)
        if self._scorecard_results_slot is unparsed:  # else another thread's read came first
            self._scorecard_results_slot = value
        else:
            value = self._scorecard_results_slot
    return value


make_lazy(ConversationAttributes, "scorecard_results", _read_scorecard_results, _parse_scorecard_results)


def _parse_labels(value: Any) -> Any:
    return _models.ConversationLabels.from_dict(value)


def _read_labels(self: Any) -> Any:
    value = self._labels_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_labels(value.json)
        if self._labels_slot is unparsed:  # else another thread's read came first
            self._labels_slot = value
        else:
            value = self._labels_slot
    return value


make_lazy(ConversationAttributes, "labels", _read_labels, _parse_labels)


def _parse_linked_crm_records(value: Any) -> Any:
    return list(map(_models.LinkedCrmRecord.from_dict, value))


def _read_linked_crm_records(self: Any) -> Any:
    value = self._linked_crm_records_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_linked_crm_records(value.json)
        if self._linked_crm_records_slot is unparsed:  # else another thread's read came first
            self._linked_crm_records_slot = value
        else:
            value = self._linked_crm_records_slot
    return value


make_lazy(ConversationAttributes, "linked_crm_records", _read_linked_crm_records, _parse_linked_crm_records)


def _parse_zoom_metadata(value: Any) -> Any:
    return _models.ZoomMetadata.from_dict(value)


def _read_zoom_metadata(self: Any) -> Any:
    value = self._zoom_metadata_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_zoom_metadata(value.json)
        if self._zoom_metadata_slot is unparsed:  # else another thread's read came first
            self._zoom_metadata_slot = value
        else:
            value = self._zoom_metadata_slot
    return value


make_lazy(ConversationAttributes, "zoom_metadata", _read_zoom_metadata, _parse_zoom_metadata)


def _parse_import_metadata(value: Any) -> Any:
    return _models.ImportMetadata.from_dict(value)


def _read_import_metadata(self: Any) -> Any:
    value = self._import_metadata_slot
    if type(value) is Unparsed:
        unparsed, value = value, _parse_import_metadata(value.json)
        if self._import_metadata_slot is unparsed:  # else another thread's read came first
            self._import_metadata_slot = value
        else:
            value = self._import_metadata_slot
    return value


make_lazy(ConversationAttributes, "import_metadata", _read_import_metadata, _parse_import_metadata)
