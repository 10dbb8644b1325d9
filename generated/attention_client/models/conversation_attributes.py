from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset, parse_datetime

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
    """The conversation's data (seed, and facts section 2 on the 200 attributes)."""

    uuid: None | str | Unset = UNSET
    """ The conversation's UUID; the same value as the top-level `id` in the examples. """
    title: None | str | Unset = UNSET
    """ The conversation's title. """
    transcript: None | Transcript | Unset = UNSET
    """ The transcript, when it is included. """
    boards: list[ConversationBoard] | None | Unset = UNSET
    """ The boards (playbooks) that were active during the conversation. """
    finished_at: datetime.datetime | None | Unset = UNSET
    """ When the conversation ended; null while it is in progress. """
    live_stream_started_at: datetime.datetime | None | Unset = UNSET
    """ When live streaming of the conversation started. """
    live_stream_ended_at: datetime.datetime | None | Unset = UNSET
    """ When live streaming of the conversation ended. """
    talktracks: list[Talktrack] | None | Unset = UNSET
    """ The talk tracks used during the conversation. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the conversation was created. """
    user_uuid: None | str | Unset = UNSET
    """ The UUID of the user who owns the conversation. """
    user: None | Unset | User = UNSET
    """ The user who owns the conversation. """
    team: None | Team | Unset = UNSET
    """ The team the conversation belongs to. """
    team_uuid: None | str | Unset = UNSET
    """ The UUID of the team the conversation belongs to. """
    extracted_intelligence: ExtractedIntelligence | None | Unset = UNSET
    """ Insights extracted from the conversation by Attention. """
    confirmed_extracted_intelligence: ExtractedIntelligence | None | Unset = UNSET
    """ Extracted insights that a person has confirmed. """
    external_intelligence_opportunity_id: None | str | Unset = UNSET
    """ The CRM opportunity the extracted intelligence is tied to (example `opp-ext-123`). """
    crm_export_status: None | str | Unset = UNSET
    """ Progress of the export to the CRM. Open string: known values are
    `PENDING` (seed) and `exported` (newer docs); the full set and its
    casing are not documented.
     """
    archived: bool | None | Unset = UNSET
    """ Whether the conversation is archived. """
    external_opportunity: ExternalOpportunity | None | Unset = UNSET
    """ The CRM opportunity linked to the conversation. """
    video_uid: None | str | Unset = UNSET
    """ The identifier of the conversation's video recording. """
    video_status: None | str | Unset = UNSET
    """ Processing state of the video. Open string: known values are `PENDING`
    (seed) and `ready` (newer docs).
     """
    bots: list[Bot] | None | Unset = UNSET
    """ The recording bots that joined the meeting. """
    transcript_status: None | str | Unset = UNSET
    """ Processing state of the transcript. Open string: the seed shows no value,
    the newer docs show `completed`; third-party code compares it lowercased.
     """
    participants: list[Participant] | None | Unset = UNSET
    """ The people in the conversation. """
    attendees: list[Participant] | None | Unset = UNSET
    """ The invited attendees, shaped like participants (newer docs only, facts D-upd-new). """
    referenceable: bool | None | Unset = UNSET
    """ Whether the conversation may be used as a reference. """
    private: bool | None | Unset = UNSET
    """ Whether the conversation is private to its owner. """
    media_storage_status: None | str | Unset = UNSET
    """ Storage state of the media. Open string: known values are `PENDING` (seed)
    and `ready` (newer docs).
     """
    import_status: None | str | Unset = UNSET
    """ State of an import. Open string: known values are `NONE` (seed),
    `completed` (newer docs) and `DISCARDED` (third-party code, facts G-sol-test).
     """
    scorecard_results: list[ScorecardResult] | None | Unset = UNSET
    """ The scorecards evaluated for the conversation. """
    labels: ConversationLabels | None | Unset = UNSET
    """ The conversation's labels. """
    label_tags_to_filter_if_na: list[str] | None | Unset = UNSET
    """ Label tags to hide when their value is not applicable. """
    deprecated_label_categories: list[str] | None | Unset = UNSET
    """ Label categories that are no longer in use. """
    is_internal: bool | None | Unset = UNSET
    """ Whether only people from the organisation took part. """
    media_duration: float | None | Unset = UNSET
    """ Length of the recording. The unit is not stated; seconds is likely
    (2700 in the newer docs matches a 45-minute call, facts D-upd-new).
     """
    deal_uuid: None | str | Unset = UNSET
    """ The UUID of the deal the conversation is linked to. """
    email_template_id: None | str | Unset = UNSET
    """ The follow-up email template used, if any (empty string when none). """
    linked_crm_records: list[LinkedCrmRecord] | None | Unset = UNSET
    """ The CRM records linked to the conversation. """
    is_empty: bool | None | Unset = UNSET
    """ Whether the conversation has no content (for example nobody spoke). """
    zoom_metadata: None | Unset | ZoomMetadata = UNSET
    """ Call details when the conversation is a Zoom Phone call. """
    import_metadata: ImportMetadata | None | Unset = UNSET
    """ Metadata of an imported conversation (newer docs only). """
    zoom_meeting_join_url: None | str | Unset = UNSET
    """ The Zoom join link of the meeting (newer docs only). """
    google_meet_join_url: None | str | Unset = UNSET
    """ The Google Meet join link of the meeting (newer docs only). """
    microsoft_teams_join_url: None | str | Unset = UNSET
    """ The Microsoft Teams join link of the meeting (newer docs only). """
    webex_join_url: None | str | Unset = UNSET
    """ The Webex join link of the meeting (newer docs only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        transcript = self.transcript
        if transcript is not UNSET:
            field_dict["transcript"] = (
                transcript.to_dict() if isinstance(transcript, _models.Transcript) else transcript
            )

        boards = self.boards
        if boards is not UNSET:
            field_dict["boards"] = boards
            if isinstance(boards, list):
                try:
                    field_dict["boards"] = [item.to_dict() for item in boards]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        finished_at = self.finished_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = (
                finished_at.isoformat() if isinstance(finished_at, datetime.datetime) else finished_at
            )

        live_stream_started_at = self.live_stream_started_at
        if live_stream_started_at is not UNSET:
            field_dict["liveStreamStartedAt"] = (
                live_stream_started_at.isoformat()
                if isinstance(live_stream_started_at, datetime.datetime)
                else live_stream_started_at
            )

        live_stream_ended_at = self.live_stream_ended_at
        if live_stream_ended_at is not UNSET:
            field_dict["liveStreamEndedAt"] = (
                live_stream_ended_at.isoformat()
                if isinstance(live_stream_ended_at, datetime.datetime)
                else live_stream_ended_at
            )

        talktracks = self.talktracks
        if talktracks is not UNSET:
            field_dict["talktracks"] = talktracks
            if isinstance(talktracks, list):
                try:
                    field_dict["talktracks"] = [item.to_dict() for item in talktracks]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        created_at = self.created_at
        if created_at is not UNSET:
            field_dict["createdAt"] = (
                created_at.isoformat() if isinstance(created_at, datetime.datetime) else created_at
            )

        user_uuid = self.user_uuid
        if user_uuid is not UNSET:
            field_dict["userUUID"] = user_uuid

        user = self.user
        if user is not UNSET:
            field_dict["user"] = user.to_dict() if isinstance(user, _models.User) else user

        team = self.team
        if team is not UNSET:
            field_dict["team"] = team.to_dict() if isinstance(team, _models.Team) else team

        team_uuid = self.team_uuid
        if team_uuid is not UNSET:
            field_dict["teamUUID"] = team_uuid

        extracted_intelligence = self.extracted_intelligence
        if extracted_intelligence is not UNSET:
            field_dict["extractedIntelligence"] = (
                extracted_intelligence.to_dict()
                if isinstance(extracted_intelligence, _models.ExtractedIntelligence)
                else extracted_intelligence
            )

        confirmed_extracted_intelligence = self.confirmed_extracted_intelligence
        if confirmed_extracted_intelligence is not UNSET:
            field_dict["confirmedExtractedIntelligence"] = (
                confirmed_extracted_intelligence.to_dict()
                if isinstance(confirmed_extracted_intelligence, _models.ExtractedIntelligence)
                else confirmed_extracted_intelligence
            )

        external_intelligence_opportunity_id = self.external_intelligence_opportunity_id
        if external_intelligence_opportunity_id is not UNSET:
            field_dict["externalIntelligenceOpportunityID"] = external_intelligence_opportunity_id

        crm_export_status = self.crm_export_status
        if crm_export_status is not UNSET:
            field_dict["crmExportStatus"] = crm_export_status

        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived

        external_opportunity = self.external_opportunity
        if external_opportunity is not UNSET:
            field_dict["externalOpportunity"] = (
                external_opportunity.to_dict()
                if isinstance(external_opportunity, _models.ExternalOpportunity)
                else external_opportunity
            )

        video_uid = self.video_uid
        if video_uid is not UNSET:
            field_dict["videoUID"] = video_uid

        video_status = self.video_status
        if video_status is not UNSET:
            field_dict["videoStatus"] = video_status

        bots = self.bots
        if bots is not UNSET:
            field_dict["bots"] = bots
            if isinstance(bots, list):
                try:
                    field_dict["bots"] = [item.to_dict() for item in bots]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        transcript_status = self.transcript_status
        if transcript_status is not UNSET:
            field_dict["transcriptStatus"] = transcript_status

        participants = self.participants
        if participants is not UNSET:
            field_dict["participants"] = participants
            if isinstance(participants, list):
                try:
                    field_dict["participants"] = [item.to_dict() for item in participants]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        attendees = self.attendees
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
            if isinstance(attendees, list):
                try:
                    field_dict["attendees"] = [item.to_dict() for item in attendees]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        referenceable = self.referenceable
        if referenceable is not UNSET:
            field_dict["referenceable"] = referenceable

        private = self.private
        if private is not UNSET:
            field_dict["private"] = private

        media_storage_status = self.media_storage_status
        if media_storage_status is not UNSET:
            field_dict["mediaStorageStatus"] = media_storage_status

        import_status = self.import_status
        if import_status is not UNSET:
            field_dict["importStatus"] = import_status

        scorecard_results = self.scorecard_results
        if scorecard_results is not UNSET:
            field_dict["scorecardResults"] = scorecard_results
            if isinstance(scorecard_results, list):
                try:
                    field_dict["scorecardResults"] = [item.to_dict() for item in scorecard_results]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        labels = self.labels
        if labels is not UNSET:
            field_dict["labels"] = labels.to_dict() if isinstance(labels, _models.ConversationLabels) else labels

        label_tags_to_filter_if_na = self.label_tags_to_filter_if_na
        if label_tags_to_filter_if_na is not UNSET:
            field_dict["labelTagsToFilterIfNA"] = label_tags_to_filter_if_na

        deprecated_label_categories = self.deprecated_label_categories
        if deprecated_label_categories is not UNSET:
            field_dict["deprecatedLabelCategories"] = deprecated_label_categories

        is_internal = self.is_internal
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal

        media_duration = self.media_duration
        if media_duration is not UNSET:
            field_dict["mediaDuration"] = media_duration

        deal_uuid = self.deal_uuid
        if deal_uuid is not UNSET:
            field_dict["dealUUID"] = deal_uuid

        email_template_id = self.email_template_id
        if email_template_id is not UNSET:
            field_dict["emailTemplateID"] = email_template_id

        linked_crm_records = self.linked_crm_records
        if linked_crm_records is not UNSET:
            field_dict["linkedCrmRecords"] = linked_crm_records
            if isinstance(linked_crm_records, list):
                try:
                    field_dict["linkedCrmRecords"] = [item.to_dict() for item in linked_crm_records]
                except AttributeError:
                    pass  # a list that from_dict kept as it came

        is_empty = self.is_empty
        if is_empty is not UNSET:
            field_dict["isEmpty"] = is_empty

        zoom_metadata = self.zoom_metadata
        if zoom_metadata is not UNSET:
            field_dict["zoomMetadata"] = (
                zoom_metadata.to_dict() if isinstance(zoom_metadata, _models.ZoomMetadata) else zoom_metadata
            )

        import_metadata = self.import_metadata
        if import_metadata is not UNSET:
            field_dict["importMetadata"] = (
                import_metadata.to_dict() if isinstance(import_metadata, _models.ImportMetadata) else import_metadata
            )

        zoom_meeting_join_url = self.zoom_meeting_join_url
        if zoom_meeting_join_url is not UNSET:
            field_dict["zoomMeetingJoinUrl"] = zoom_meeting_join_url

        google_meet_join_url = self.google_meet_join_url
        if google_meet_join_url is not UNSET:
            field_dict["googleMeetJoinUrl"] = google_meet_join_url

        microsoft_teams_join_url = self.microsoft_teams_join_url
        if microsoft_teams_join_url is not UNSET:
            field_dict["microsoftTeamsJoinUrl"] = microsoft_teams_join_url

        webex_join_url = self.webex_join_url
        if webex_join_url is not UNSET:
            field_dict["webexJoinUrl"] = webex_join_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uuid = src_dict.get("uuid", UNSET)

        title = src_dict.get("title", UNSET)

        transcript = src_dict.get("transcript", UNSET)
        if isinstance(transcript, dict):
            try:
                transcript = _models.Transcript.from_dict(transcript)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        boards = src_dict.get("boards", UNSET)
        if isinstance(boards, list):
            try:
                boards = list(map(_models.ConversationBoard.from_dict, boards))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        finished_at = src_dict.get("finishedAt", UNSET)
        if isinstance(finished_at, str):
            try:
                finished_at = parse_datetime(finished_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        live_stream_started_at = src_dict.get("liveStreamStartedAt", UNSET)
        if isinstance(live_stream_started_at, str):
            try:
                live_stream_started_at = parse_datetime(live_stream_started_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        live_stream_ended_at = src_dict.get("liveStreamEndedAt", UNSET)
        if isinstance(live_stream_ended_at, str):
            try:
                live_stream_ended_at = parse_datetime(live_stream_ended_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        talktracks = src_dict.get("talktracks", UNSET)
        if isinstance(talktracks, list):
            try:
                talktracks = list(map(_models.Talktrack.from_dict, talktracks))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        created_at = src_dict.get("createdAt", UNSET)
        if isinstance(created_at, str):
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        user_uuid = src_dict.get("userUUID", UNSET)

        user = src_dict.get("user", UNSET)
        if isinstance(user, dict):
            try:
                user = _models.User.from_dict(user)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        team = src_dict.get("team", UNSET)
        if isinstance(team, dict):
            try:
                team = _models.Team.from_dict(team)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        team_uuid = src_dict.get("teamUUID", UNSET)

        extracted_intelligence = src_dict.get("extractedIntelligence", UNSET)
        if isinstance(extracted_intelligence, dict):
            try:
                extracted_intelligence = _models.ExtractedIntelligence.from_dict(extracted_intelligence)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        confirmed_extracted_intelligence = src_dict.get("confirmedExtractedIntelligence", UNSET)
        if isinstance(confirmed_extracted_intelligence, dict):
            try:
                confirmed_extracted_intelligence = _models.ExtractedIntelligence.from_dict(
                    confirmed_extracted_intelligence
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        external_intelligence_opportunity_id = src_dict.get("externalIntelligenceOpportunityID", UNSET)

        crm_export_status = src_dict.get("crmExportStatus", UNSET)

        archived = src_dict.get("archived", UNSET)

        external_opportunity = src_dict.get("externalOpportunity", UNSET)
        if isinstance(external_opportunity, dict):
            try:
                external_opportunity = _models.ExternalOpportunity.from_dict(external_opportunity)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        video_uid = src_dict.get("videoUID", UNSET)

        video_status = src_dict.get("videoStatus", UNSET)

        bots = src_dict.get("bots", UNSET)
        if isinstance(bots, list):
            try:
                bots = list(map(_models.Bot.from_dict, bots))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        transcript_status = src_dict.get("transcriptStatus", UNSET)

        participants = src_dict.get("participants", UNSET)
        if isinstance(participants, list):
            try:
                participants = list(map(_models.Participant.from_dict, participants))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        attendees = src_dict.get("attendees", UNSET)
        if isinstance(attendees, list):
            try:
                attendees = list(map(_models.Participant.from_dict, attendees))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        referenceable = src_dict.get("referenceable", UNSET)

        private = src_dict.get("private", UNSET)

        media_storage_status = src_dict.get("mediaStorageStatus", UNSET)

        import_status = src_dict.get("importStatus", UNSET)

        scorecard_results = src_dict.get("scorecardResults", UNSET)
        if isinstance(scorecard_results, list):
            try:
                scorecard_results = list(map(_models.ScorecardResult.from_dict, scorecard_results))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        labels = src_dict.get("labels", UNSET)
        if isinstance(labels, dict):
            try:
                labels = _models.ConversationLabels.from_dict(labels)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        label_tags_to_filter_if_na = src_dict.get("labelTagsToFilterIfNA", UNSET)

        deprecated_label_categories = src_dict.get("deprecatedLabelCategories", UNSET)

        is_internal = src_dict.get("isInternal", UNSET)

        media_duration = src_dict.get("mediaDuration", UNSET)

        deal_uuid = src_dict.get("dealUUID", UNSET)

        email_template_id = src_dict.get("emailTemplateID", UNSET)

        linked_crm_records = src_dict.get("linkedCrmRecords", UNSET)
        if isinstance(linked_crm_records, list):
            try:
                linked_crm_records = list(map(_models.LinkedCrmRecord.from_dict, linked_crm_records))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        is_empty = src_dict.get("isEmpty", UNSET)

        zoom_metadata = src_dict.get("zoomMetadata", UNSET)
        if isinstance(zoom_metadata, dict):
            try:
                zoom_metadata = _models.ZoomMetadata.from_dict(zoom_metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        import_metadata = src_dict.get("importMetadata", UNSET)
        if isinstance(import_metadata, dict):
            try:
                import_metadata = _models.ImportMetadata.from_dict(import_metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as it came, like upstream's union parsing

        zoom_meeting_join_url = src_dict.get("zoomMeetingJoinUrl", UNSET)

        google_meet_join_url = src_dict.get("googleMeetJoinUrl", UNSET)

        microsoft_teams_join_url = src_dict.get("microsoftTeamsJoinUrl", UNSET)

        webex_join_url = src_dict.get("webexJoinUrl", UNSET)

        _instance = cls.__new__(cls)
        _instance.uuid = uuid
        _instance.title = title
        _instance.transcript = transcript
        _instance.boards = boards
        _instance.finished_at = finished_at
        _instance.live_stream_started_at = live_stream_started_at
        _instance.live_stream_ended_at = live_stream_ended_at
        _instance.talktracks = talktracks
        _instance.created_at = created_at
        _instance.user_uuid = user_uuid
        _instance.user = user
        _instance.team = team
        _instance.team_uuid = team_uuid
        _instance.extracted_intelligence = extracted_intelligence
        _instance.confirmed_extracted_intelligence = confirmed_extracted_intelligence
        _instance.external_intelligence_opportunity_id = external_intelligence_opportunity_id
        _instance.crm_export_status = crm_export_status
        _instance.archived = archived
        _instance.external_opportunity = external_opportunity
        _instance.video_uid = video_uid
        _instance.video_status = video_status
        _instance.bots = bots
        _instance.transcript_status = transcript_status
        _instance.participants = participants
        _instance.attendees = attendees
        _instance.referenceable = referenceable
        _instance.private = private
        _instance.media_storage_status = media_storage_status
        _instance.import_status = import_status
        _instance.scorecard_results = scorecard_results
        _instance.labels = labels
        _instance.label_tags_to_filter_if_na = label_tags_to_filter_if_na
        _instance.deprecated_label_categories = deprecated_label_categories
        _instance.is_internal = is_internal
        _instance.media_duration = media_duration
        _instance.deal_uuid = deal_uuid
        _instance.email_template_id = email_template_id
        _instance.linked_crm_records = linked_crm_records
        _instance.is_empty = is_empty
        _instance.zoom_metadata = zoom_metadata
        _instance.import_metadata = import_metadata
        _instance.zoom_meeting_join_url = zoom_meeting_join_url
        _instance.google_meet_join_url = google_meet_join_url
        _instance.microsoft_teams_join_url = microsoft_teams_join_url
        _instance.webex_join_url = webex_join_url

        if src_dict.keys() <= _KNOWN_KEYS:
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
