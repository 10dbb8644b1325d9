from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.conversation_labels import ConversationLabels  # noqa: PLC0415
        from ..models.external_opportunity import ExternalOpportunity  # noqa: PLC0415
        from ..models.extracted_intelligence import ExtractedIntelligence  # noqa: PLC0415
        from ..models.import_metadata import ImportMetadata  # noqa: PLC0415
        from ..models.team import Team  # noqa: PLC0415
        from ..models.transcript import Transcript  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415
        from ..models.zoom_metadata import ZoomMetadata  # noqa: PLC0415

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        transcript: dict[str, Any] | None | Unset
        if isinstance(self.transcript, Unset):
            transcript = UNSET
        elif isinstance(self.transcript, Transcript):
            transcript = self.transcript.to_dict()
        else:
            transcript = self.transcript

        boards: list[dict[str, Any]] | None | Unset
        if isinstance(self.boards, Unset):
            boards = UNSET
        elif isinstance(self.boards, list):
            boards = []
            for boards_type_0_item_data in self.boards:
                boards_type_0_item = boards_type_0_item_data.to_dict()
                boards.append(boards_type_0_item)

        else:
            boards = self.boards

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        live_stream_started_at: None | str | Unset
        if isinstance(self.live_stream_started_at, Unset):
            live_stream_started_at = UNSET
        elif isinstance(self.live_stream_started_at, datetime.datetime):
            live_stream_started_at = self.live_stream_started_at.isoformat()
        else:
            live_stream_started_at = self.live_stream_started_at

        live_stream_ended_at: None | str | Unset
        if isinstance(self.live_stream_ended_at, Unset):
            live_stream_ended_at = UNSET
        elif isinstance(self.live_stream_ended_at, datetime.datetime):
            live_stream_ended_at = self.live_stream_ended_at.isoformat()
        else:
            live_stream_ended_at = self.live_stream_ended_at

        talktracks: list[dict[str, Any]] | None | Unset
        if isinstance(self.talktracks, Unset):
            talktracks = UNSET
        elif isinstance(self.talktracks, list):
            talktracks = []
            for talktracks_type_0_item_data in self.talktracks:
                talktracks_type_0_item = talktracks_type_0_item_data.to_dict()
                talktracks.append(talktracks_type_0_item)

        else:
            talktracks = self.talktracks

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        user_uuid: None | str | Unset
        if isinstance(self.user_uuid, Unset):
            user_uuid = UNSET
        else:
            user_uuid = self.user_uuid

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, Team):
            team = self.team.to_dict()
        else:
            team = self.team

        team_uuid: None | str | Unset
        if isinstance(self.team_uuid, Unset):
            team_uuid = UNSET
        else:
            team_uuid = self.team_uuid

        extracted_intelligence: dict[str, Any] | None | Unset
        if isinstance(self.extracted_intelligence, Unset):
            extracted_intelligence = UNSET
        elif isinstance(self.extracted_intelligence, ExtractedIntelligence):
            extracted_intelligence = self.extracted_intelligence.to_dict()
        else:
            extracted_intelligence = self.extracted_intelligence

        confirmed_extracted_intelligence: dict[str, Any] | None | Unset
        if isinstance(self.confirmed_extracted_intelligence, Unset):
            confirmed_extracted_intelligence = UNSET
        elif isinstance(self.confirmed_extracted_intelligence, ExtractedIntelligence):
            confirmed_extracted_intelligence = self.confirmed_extracted_intelligence.to_dict()
        else:
            confirmed_extracted_intelligence = self.confirmed_extracted_intelligence

        external_intelligence_opportunity_id: None | str | Unset
        if isinstance(self.external_intelligence_opportunity_id, Unset):
            external_intelligence_opportunity_id = UNSET
        else:
            external_intelligence_opportunity_id = self.external_intelligence_opportunity_id

        crm_export_status: None | str | Unset
        if isinstance(self.crm_export_status, Unset):
            crm_export_status = UNSET
        else:
            crm_export_status = self.crm_export_status

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        external_opportunity: dict[str, Any] | None | Unset
        if isinstance(self.external_opportunity, Unset):
            external_opportunity = UNSET
        elif isinstance(self.external_opportunity, ExternalOpportunity):
            external_opportunity = self.external_opportunity.to_dict()
        else:
            external_opportunity = self.external_opportunity

        video_uid: None | str | Unset
        if isinstance(self.video_uid, Unset):
            video_uid = UNSET
        else:
            video_uid = self.video_uid

        video_status: None | str | Unset
        if isinstance(self.video_status, Unset):
            video_status = UNSET
        else:
            video_status = self.video_status

        bots: list[dict[str, Any]] | None | Unset
        if isinstance(self.bots, Unset):
            bots = UNSET
        elif isinstance(self.bots, list):
            bots = []
            for bots_type_0_item_data in self.bots:
                bots_type_0_item = bots_type_0_item_data.to_dict()
                bots.append(bots_type_0_item)

        else:
            bots = self.bots

        transcript_status: None | str | Unset
        if isinstance(self.transcript_status, Unset):
            transcript_status = UNSET
        else:
            transcript_status = self.transcript_status

        participants: list[dict[str, Any]] | None | Unset
        if isinstance(self.participants, Unset):
            participants = UNSET
        elif isinstance(self.participants, list):
            participants = []
            for participants_type_0_item_data in self.participants:
                participants_type_0_item = participants_type_0_item_data.to_dict()
                participants.append(participants_type_0_item)

        else:
            participants = self.participants

        attendees: list[dict[str, Any]] | None | Unset
        if isinstance(self.attendees, Unset):
            attendees = UNSET
        elif isinstance(self.attendees, list):
            attendees = []
            for attendees_type_0_item_data in self.attendees:
                attendees_type_0_item = attendees_type_0_item_data.to_dict()
                attendees.append(attendees_type_0_item)

        else:
            attendees = self.attendees

        referenceable: bool | None | Unset
        if isinstance(self.referenceable, Unset):
            referenceable = UNSET
        else:
            referenceable = self.referenceable

        private: bool | None | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        else:
            private = self.private

        media_storage_status: None | str | Unset
        if isinstance(self.media_storage_status, Unset):
            media_storage_status = UNSET
        else:
            media_storage_status = self.media_storage_status

        import_status: None | str | Unset
        if isinstance(self.import_status, Unset):
            import_status = UNSET
        else:
            import_status = self.import_status

        scorecard_results: list[dict[str, Any]] | None | Unset
        if isinstance(self.scorecard_results, Unset):
            scorecard_results = UNSET
        elif isinstance(self.scorecard_results, list):
            scorecard_results = []
            for scorecard_results_type_0_item_data in self.scorecard_results:
                scorecard_results_type_0_item = scorecard_results_type_0_item_data.to_dict()
                scorecard_results.append(scorecard_results_type_0_item)

        else:
            scorecard_results = self.scorecard_results

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ConversationLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        label_tags_to_filter_if_na: list[str] | None | Unset
        if isinstance(self.label_tags_to_filter_if_na, Unset):
            label_tags_to_filter_if_na = UNSET
        elif isinstance(self.label_tags_to_filter_if_na, list):
            label_tags_to_filter_if_na = self.label_tags_to_filter_if_na

        else:
            label_tags_to_filter_if_na = self.label_tags_to_filter_if_na

        deprecated_label_categories: list[str] | None | Unset
        if isinstance(self.deprecated_label_categories, Unset):
            deprecated_label_categories = UNSET
        elif isinstance(self.deprecated_label_categories, list):
            deprecated_label_categories = self.deprecated_label_categories

        else:
            deprecated_label_categories = self.deprecated_label_categories

        is_internal: bool | None | Unset
        if isinstance(self.is_internal, Unset):
            is_internal = UNSET
        else:
            is_internal = self.is_internal

        media_duration: float | None | Unset
        if isinstance(self.media_duration, Unset):
            media_duration = UNSET
        else:
            media_duration = self.media_duration

        deal_uuid: None | str | Unset
        if isinstance(self.deal_uuid, Unset):
            deal_uuid = UNSET
        else:
            deal_uuid = self.deal_uuid

        email_template_id: None | str | Unset
        if isinstance(self.email_template_id, Unset):
            email_template_id = UNSET
        else:
            email_template_id = self.email_template_id

        linked_crm_records: list[dict[str, Any]] | None | Unset
        if isinstance(self.linked_crm_records, Unset):
            linked_crm_records = UNSET
        elif isinstance(self.linked_crm_records, list):
            linked_crm_records = []
            for linked_crm_records_type_0_item_data in self.linked_crm_records:
                linked_crm_records_type_0_item = linked_crm_records_type_0_item_data.to_dict()
                linked_crm_records.append(linked_crm_records_type_0_item)

        else:
            linked_crm_records = self.linked_crm_records

        is_empty: bool | None | Unset
        if isinstance(self.is_empty, Unset):
            is_empty = UNSET
        else:
            is_empty = self.is_empty

        zoom_metadata: dict[str, Any] | None | Unset
        if isinstance(self.zoom_metadata, Unset):
            zoom_metadata = UNSET
        elif isinstance(self.zoom_metadata, ZoomMetadata):
            zoom_metadata = self.zoom_metadata.to_dict()
        else:
            zoom_metadata = self.zoom_metadata

        import_metadata: dict[str, Any] | None | Unset
        if isinstance(self.import_metadata, Unset):
            import_metadata = UNSET
        elif isinstance(self.import_metadata, ImportMetadata):
            import_metadata = self.import_metadata.to_dict()
        else:
            import_metadata = self.import_metadata

        zoom_meeting_join_url: None | str | Unset
        if isinstance(self.zoom_meeting_join_url, Unset):
            zoom_meeting_join_url = UNSET
        else:
            zoom_meeting_join_url = self.zoom_meeting_join_url

        google_meet_join_url: None | str | Unset
        if isinstance(self.google_meet_join_url, Unset):
            google_meet_join_url = UNSET
        else:
            google_meet_join_url = self.google_meet_join_url

        microsoft_teams_join_url: None | str | Unset
        if isinstance(self.microsoft_teams_join_url, Unset):
            microsoft_teams_join_url = UNSET
        else:
            microsoft_teams_join_url = self.microsoft_teams_join_url

        webex_join_url: None | str | Unset
        if isinstance(self.webex_join_url, Unset):
            webex_join_url = UNSET
        else:
            webex_join_url = self.webex_join_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if boards is not UNSET:
            field_dict["boards"] = boards
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if live_stream_started_at is not UNSET:
            field_dict["liveStreamStartedAt"] = live_stream_started_at
        if live_stream_ended_at is not UNSET:
            field_dict["liveStreamEndedAt"] = live_stream_ended_at
        if talktracks is not UNSET:
            field_dict["talktracks"] = talktracks
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if user_uuid is not UNSET:
            field_dict["userUUID"] = user_uuid
        if user is not UNSET:
            field_dict["user"] = user
        if team is not UNSET:
            field_dict["team"] = team
        if team_uuid is not UNSET:
            field_dict["teamUUID"] = team_uuid
        if extracted_intelligence is not UNSET:
            field_dict["extractedIntelligence"] = extracted_intelligence
        if confirmed_extracted_intelligence is not UNSET:
            field_dict["confirmedExtractedIntelligence"] = confirmed_extracted_intelligence
        if external_intelligence_opportunity_id is not UNSET:
            field_dict["externalIntelligenceOpportunityID"] = external_intelligence_opportunity_id
        if crm_export_status is not UNSET:
            field_dict["crmExportStatus"] = crm_export_status
        if archived is not UNSET:
            field_dict["archived"] = archived
        if external_opportunity is not UNSET:
            field_dict["externalOpportunity"] = external_opportunity
        if video_uid is not UNSET:
            field_dict["videoUID"] = video_uid
        if video_status is not UNSET:
            field_dict["videoStatus"] = video_status
        if bots is not UNSET:
            field_dict["bots"] = bots
        if transcript_status is not UNSET:
            field_dict["transcriptStatus"] = transcript_status
        if participants is not UNSET:
            field_dict["participants"] = participants
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if referenceable is not UNSET:
            field_dict["referenceable"] = referenceable
        if private is not UNSET:
            field_dict["private"] = private
        if media_storage_status is not UNSET:
            field_dict["mediaStorageStatus"] = media_storage_status
        if import_status is not UNSET:
            field_dict["importStatus"] = import_status
        if scorecard_results is not UNSET:
            field_dict["scorecardResults"] = scorecard_results
        if labels is not UNSET:
            field_dict["labels"] = labels
        if label_tags_to_filter_if_na is not UNSET:
            field_dict["labelTagsToFilterIfNA"] = label_tags_to_filter_if_na
        if deprecated_label_categories is not UNSET:
            field_dict["deprecatedLabelCategories"] = deprecated_label_categories
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal
        if media_duration is not UNSET:
            field_dict["mediaDuration"] = media_duration
        if deal_uuid is not UNSET:
            field_dict["dealUUID"] = deal_uuid
        if email_template_id is not UNSET:
            field_dict["emailTemplateID"] = email_template_id
        if linked_crm_records is not UNSET:
            field_dict["linkedCrmRecords"] = linked_crm_records
        if is_empty is not UNSET:
            field_dict["isEmpty"] = is_empty
        if zoom_metadata is not UNSET:
            field_dict["zoomMetadata"] = zoom_metadata
        if import_metadata is not UNSET:
            field_dict["importMetadata"] = import_metadata
        if zoom_meeting_join_url is not UNSET:
            field_dict["zoomMeetingJoinUrl"] = zoom_meeting_join_url
        if google_meet_join_url is not UNSET:
            field_dict["googleMeetJoinUrl"] = google_meet_join_url
        if microsoft_teams_join_url is not UNSET:
            field_dict["microsoftTeamsJoinUrl"] = microsoft_teams_join_url
        if webex_join_url is not UNSET:
            field_dict["webexJoinUrl"] = webex_join_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot import Bot  # noqa: PLC0415
        from ..models.conversation_board import ConversationBoard  # noqa: PLC0415
        from ..models.conversation_labels import ConversationLabels  # noqa: PLC0415
        from ..models.external_opportunity import ExternalOpportunity  # noqa: PLC0415
        from ..models.extracted_intelligence import ExtractedIntelligence  # noqa: PLC0415
        from ..models.import_metadata import ImportMetadata  # noqa: PLC0415
        from ..models.linked_crm_record import LinkedCrmRecord  # noqa: PLC0415
        from ..models.participant import Participant  # noqa: PLC0415
        from ..models.scorecard_result import ScorecardResult  # noqa: PLC0415
        from ..models.talktrack import Talktrack  # noqa: PLC0415
        from ..models.team import Team  # noqa: PLC0415
        from ..models.transcript import Transcript  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415
        from ..models.zoom_metadata import ZoomMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_transcript(data: object) -> None | Transcript | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcript_type_0 = Transcript.from_dict(data)

                return transcript_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Transcript | Unset, data)

        transcript = _parse_transcript(d.pop("transcript", UNSET))

        def _parse_boards(data: object) -> list[ConversationBoard] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                boards_type_0 = []
                _boards_type_0 = data
                for boards_type_0_item_data in _boards_type_0:
                    boards_type_0_item = ConversationBoard.from_dict(boards_type_0_item_data)

                    boards_type_0.append(boards_type_0_item)

                return boards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConversationBoard] | None | Unset, data)

        boards = _parse_boards(d.pop("boards", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = parse_datetime(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        def _parse_live_stream_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                live_stream_started_at_type_0 = parse_datetime(data)

                return live_stream_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        live_stream_started_at = _parse_live_stream_started_at(d.pop("liveStreamStartedAt", UNSET))

        def _parse_live_stream_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                live_stream_ended_at_type_0 = parse_datetime(data)

                return live_stream_ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        live_stream_ended_at = _parse_live_stream_ended_at(d.pop("liveStreamEndedAt", UNSET))

        def _parse_talktracks(data: object) -> list[Talktrack] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                talktracks_type_0 = []
                _talktracks_type_0 = data
                for talktracks_type_0_item_data in _talktracks_type_0:
                    talktracks_type_0_item = Talktrack.from_dict(talktracks_type_0_item_data)

                    talktracks_type_0.append(talktracks_type_0_item)

                return talktracks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Talktrack] | None | Unset, data)

        talktracks = _parse_talktracks(d.pop("talktracks", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_user_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_uuid = _parse_user_uuid(d.pop("userUUID", UNSET))

        def _parse_user(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = User.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_team(data: object) -> None | Team | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_type_0 = Team.from_dict(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Team | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        def _parse_team_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_uuid = _parse_team_uuid(d.pop("teamUUID", UNSET))

        def _parse_extracted_intelligence(data: object) -> ExtractedIntelligence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extracted_intelligence_type_0 = ExtractedIntelligence.from_dict(data)

                return extracted_intelligence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtractedIntelligence | None | Unset, data)

        extracted_intelligence = _parse_extracted_intelligence(d.pop("extractedIntelligence", UNSET))

        def _parse_confirmed_extracted_intelligence(data: object) -> ExtractedIntelligence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confirmed_extracted_intelligence_type_0 = ExtractedIntelligence.from_dict(data)

                return confirmed_extracted_intelligence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtractedIntelligence | None | Unset, data)

        confirmed_extracted_intelligence = _parse_confirmed_extracted_intelligence(
            d.pop("confirmedExtractedIntelligence", UNSET)
        )

        def _parse_external_intelligence_opportunity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_intelligence_opportunity_id = _parse_external_intelligence_opportunity_id(
            d.pop("externalIntelligenceOpportunityID", UNSET)
        )

        def _parse_crm_export_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        crm_export_status = _parse_crm_export_status(d.pop("crmExportStatus", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_external_opportunity(data: object) -> ExternalOpportunity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_opportunity_type_0 = ExternalOpportunity.from_dict(data)

                return external_opportunity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalOpportunity | None | Unset, data)

        external_opportunity = _parse_external_opportunity(d.pop("externalOpportunity", UNSET))

        def _parse_video_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_uid = _parse_video_uid(d.pop("videoUID", UNSET))

        def _parse_video_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_status = _parse_video_status(d.pop("videoStatus", UNSET))

        def _parse_bots(data: object) -> list[Bot] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bots_type_0 = []
                _bots_type_0 = data
                for bots_type_0_item_data in _bots_type_0:
                    bots_type_0_item = Bot.from_dict(bots_type_0_item_data)

                    bots_type_0.append(bots_type_0_item)

                return bots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Bot] | None | Unset, data)

        bots = _parse_bots(d.pop("bots", UNSET))

        def _parse_transcript_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcript_status = _parse_transcript_status(d.pop("transcriptStatus", UNSET))

        def _parse_participants(data: object) -> list[Participant] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                participants_type_0 = []
                _participants_type_0 = data
                for participants_type_0_item_data in _participants_type_0:
                    participants_type_0_item = Participant.from_dict(participants_type_0_item_data)

                    participants_type_0.append(participants_type_0_item)

                return participants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Participant] | None | Unset, data)

        participants = _parse_participants(d.pop("participants", UNSET))

        def _parse_attendees(data: object) -> list[Participant] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attendees_type_0 = []
                _attendees_type_0 = data
                for attendees_type_0_item_data in _attendees_type_0:
                    attendees_type_0_item = Participant.from_dict(attendees_type_0_item_data)

                    attendees_type_0.append(attendees_type_0_item)

                return attendees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Participant] | None | Unset, data)

        attendees = _parse_attendees(d.pop("attendees", UNSET))

        def _parse_referenceable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        referenceable = _parse_referenceable(d.pop("referenceable", UNSET))

        def _parse_private(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        private = _parse_private(d.pop("private", UNSET))

        def _parse_media_storage_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_storage_status = _parse_media_storage_status(d.pop("mediaStorageStatus", UNSET))

        def _parse_import_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        import_status = _parse_import_status(d.pop("importStatus", UNSET))

        def _parse_scorecard_results(data: object) -> list[ScorecardResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scorecard_results_type_0 = []
                _scorecard_results_type_0 = data
                for scorecard_results_type_0_item_data in _scorecard_results_type_0:
                    scorecard_results_type_0_item = ScorecardResult.from_dict(scorecard_results_type_0_item_data)

                    scorecard_results_type_0.append(scorecard_results_type_0_item)

                return scorecard_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScorecardResult] | None | Unset, data)

        scorecard_results = _parse_scorecard_results(d.pop("scorecardResults", UNSET))

        def _parse_labels(data: object) -> ConversationLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = ConversationLabels.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationLabels | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_label_tags_to_filter_if_na(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                label_tags_to_filter_if_na_type_0 = cast(list[str], data)

                return label_tags_to_filter_if_na_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        label_tags_to_filter_if_na = _parse_label_tags_to_filter_if_na(d.pop("labelTagsToFilterIfNA", UNSET))

        def _parse_deprecated_label_categories(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deprecated_label_categories_type_0 = cast(list[str], data)

                return deprecated_label_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        deprecated_label_categories = _parse_deprecated_label_categories(d.pop("deprecatedLabelCategories", UNSET))

        def _parse_is_internal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_internal = _parse_is_internal(d.pop("isInternal", UNSET))

        def _parse_media_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        media_duration = _parse_media_duration(d.pop("mediaDuration", UNSET))

        def _parse_deal_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deal_uuid = _parse_deal_uuid(d.pop("dealUUID", UNSET))

        def _parse_email_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_template_id = _parse_email_template_id(d.pop("emailTemplateID", UNSET))

        def _parse_linked_crm_records(data: object) -> list[LinkedCrmRecord] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linked_crm_records_type_0 = []
                _linked_crm_records_type_0 = data
                for linked_crm_records_type_0_item_data in _linked_crm_records_type_0:
                    linked_crm_records_type_0_item = LinkedCrmRecord.from_dict(linked_crm_records_type_0_item_data)

                    linked_crm_records_type_0.append(linked_crm_records_type_0_item)

                return linked_crm_records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedCrmRecord] | None | Unset, data)

        linked_crm_records = _parse_linked_crm_records(d.pop("linkedCrmRecords", UNSET))

        def _parse_is_empty(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_empty = _parse_is_empty(d.pop("isEmpty", UNSET))

        def _parse_zoom_metadata(data: object) -> None | Unset | ZoomMetadata:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zoom_metadata_type_0 = ZoomMetadata.from_dict(data)

                return zoom_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ZoomMetadata, data)

        zoom_metadata = _parse_zoom_metadata(d.pop("zoomMetadata", UNSET))

        def _parse_import_metadata(data: object) -> ImportMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                import_metadata_type_0 = ImportMetadata.from_dict(data)

                return import_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportMetadata | None | Unset, data)

        import_metadata = _parse_import_metadata(d.pop("importMetadata", UNSET))

        def _parse_zoom_meeting_join_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zoom_meeting_join_url = _parse_zoom_meeting_join_url(d.pop("zoomMeetingJoinUrl", UNSET))

        def _parse_google_meet_join_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_meet_join_url = _parse_google_meet_join_url(d.pop("googleMeetJoinUrl", UNSET))

        def _parse_microsoft_teams_join_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        microsoft_teams_join_url = _parse_microsoft_teams_join_url(d.pop("microsoftTeamsJoinUrl", UNSET))

        def _parse_webex_join_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webex_join_url = _parse_webex_join_url(d.pop("webexJoinUrl", UNSET))

        conversation_attributes = cls(
            uuid=uuid,
            title=title,
            transcript=transcript,
            boards=boards,
            finished_at=finished_at,
            live_stream_started_at=live_stream_started_at,
            live_stream_ended_at=live_stream_ended_at,
            talktracks=talktracks,
            created_at=created_at,
            user_uuid=user_uuid,
            user=user,
            team=team,
            team_uuid=team_uuid,
            extracted_intelligence=extracted_intelligence,
            confirmed_extracted_intelligence=confirmed_extracted_intelligence,
            external_intelligence_opportunity_id=external_intelligence_opportunity_id,
            crm_export_status=crm_export_status,
            archived=archived,
            external_opportunity=external_opportunity,
            video_uid=video_uid,
            video_status=video_status,
            bots=bots,
            transcript_status=transcript_status,
            participants=participants,
            attendees=attendees,
            referenceable=referenceable,
            private=private,
            media_storage_status=media_storage_status,
            import_status=import_status,
            scorecard_results=scorecard_results,
            labels=labels,
            label_tags_to_filter_if_na=label_tags_to_filter_if_na,
            deprecated_label_categories=deprecated_label_categories,
            is_internal=is_internal,
            media_duration=media_duration,
            deal_uuid=deal_uuid,
            email_template_id=email_template_id,
            linked_crm_records=linked_crm_records,
            is_empty=is_empty,
            zoom_metadata=zoom_metadata,
            import_metadata=import_metadata,
            zoom_meeting_join_url=zoom_meeting_join_url,
            google_meet_join_url=google_meet_join_url,
            microsoft_teams_join_url=microsoft_teams_join_url,
            webex_join_url=webex_join_url,
        )

        conversation_attributes.additional_properties = d
        return conversation_attributes

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
