"""The benchmark payloads: the two documented examples, a realistic large conversation,
and a huge one for the memory figure.

Both built payloads are deterministic (a seeded ``random.Random``), so every run and
every machine parses the same bytes. The large one follows the newer docs example,
scaled to what a busy sales call carries: 40 participants, 10 scorecard results of 20
items each, 5 boards with columns, and 10 talk tracks (about 56 kB of JSON). The huge
one (about 10 MB) is the same conversation grown far past any real call, so that
memory is dominated by the models: thousands of participants, scorecard results,
boards and talk tracks, and a transcript of 20,000 utterances (the import shape:
``v1.final[]`` items with speaker, sentence and timestamps).
"""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

FIRST = ["Jane", "Sam", "Ana", "Luis", "Mei", "Omar", "Priya", "Tom", "Ines", "Kofi", "Lea"]
LAST = ["Buyer", "Rep", "Garcia", "Chen", "Okafor", "Novak", "Singh", "Meyer", "Rossi", "Kim"]
WORDS = (
    "pricing budget renewal timeline security review integration roadmap champion "
    "procurement legal discount pilot rollout onboarding migration competitor value "
    "stakeholder decision criteria next steps follow up contract seats usage"
).split()
STATUSES = ["accepted", "declined", "tentative", "needsAction"]


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return data


def seed() -> dict[str, Any]:
    """The older docs example (the seed page's 200 response)."""
    return _load("seed_conversation")


def docs_new() -> dict[str, Any]:
    """The newer docs example."""
    return _load("docs_new_conversation")


class _Maker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high)))

    def sentence(self, low: int, high: int) -> str:
        text = self.words(low, high)
        return text[0].upper() + text[1:] + "."

    def timestamp(self, minute: int) -> str:
        return f"2024-03-18T10:{minute % 60:02d}:{self.rng.randint(0, 59):02d}Z"

    def person(self) -> tuple[str, str]:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        return f"{first} {last}", f"{first.lower()}.{last.lower()}@acme.example.com"

    def team(self, name: str, org: str) -> dict[str, Any]:
        return {
            "uuid": self.uuid(),
            "name": name,
            "phrases": [name.lower(), "acme"],
            "slackConnection": {
                "id": "T1234567890",
                "info": {"id": "T1234567890", "name": "Acme Workspace"},
            },
            "domain": "acme.example.com",
            "organizerJoinInternalMeetings": True,
            "consentEmailEnabled": False,
            "parentTeamUUID": None,
            "organizationUUID": org,
            "children": [],
        }

    def participant(self, index: int) -> dict[str, Any]:
        name, email = self.person()
        return {
            "id": self.uuid(),
            "email": email,
            "organizer": index == 0,
            "name": name,
            "status": self.rng.choice(STATUSES),
        }

    def scorecard_item(self, position: int) -> dict[str, Any]:
        score = self.rng.randint(0, 10)
        item: dict[str, Any] = {
            "uuid": self.uuid(),
            "title": self.words(1, 1).capitalize() + f" {position}",
            "status": "CALCULATED",
            "type": "NUMERIC",
            "position": position,
            "numericResult": {"min": 0, "max": 10, "score": score if position % 4 else score / 2},
        }
        if position % 20 == 0:
            # Some items carry the reasoning and a quote; most carry only the score.
            item["description"] = self.sentence(4, 8)
            item["evidences"] = [self.sentence(3, 6)]
        return item

    def scorecard(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid(),
            "title": self.sentence(2, 4),
            "summary": {
                "min": 0,
                "max": 10,
                "averageScore": round(self.rng.uniform(3, 9), 2),
                "summaryText": self.sentence(4, 8),
            },
            "items": [self.scorecard_item(position) for position in range(1, 21)],
        }

    def board(self, team: dict[str, Any]) -> dict[str, Any]:
        columns = [
            {
                "id": f"col-{column}",
                "title": self.words(1, 2).title(),
                "children": [
                    {
                        "uuid": self.uuid(),
                        "keywords": [self.rng.choice(WORDS) for _ in range(2)],
                        "response": self.sentence(3, 6),
                        "text": self.words(2, 4).capitalize(),
                    }
                    for _ in range(2)
                ],
            }
            for column in range(2)
        ]
        return {
            "uuid": self.uuid(),
            "board": {
                "uuid": self.uuid(),
                "name": self.words(1, 3).title() + " Playbook",
                "columns": columns,
                "team": team,
                "teamUUID": team["uuid"],
            },
            "battlecards": [
                {
                    "uuid": self.uuid(),
                    "activatedBattlecardID": self.uuid(),
                    "hidden": False,
                    "feedbackAction": self.rng.choice(["helpful", "not_helpful", None]),
                }
            ],
        }

    def utterance(self, index: int, speakers: list[str]) -> dict[str, Any]:
        start = index * 4.5 + self.rng.random()
        return {
            "speaker": self.rng.choice(speakers),
            "sentence": self.sentence(6, 18),
            "startTimestamp": round(start, 3),
            "endTimestamp": round(start + self.rng.uniform(1.0, 4.0), 3),
        }

    def talktrack(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid(),
            "items": [
                {
                    "uuid": self.uuid(),
                    "activatedItemId": f"item-{self.rng.randint(1, 999)}",
                    "done": self.rng.random() < 0.6,
                }
                for _ in range(2)
            ],
        }


def large() -> dict[str, Any]:
    """A realistic large conversation (about 55 kB), the same on every run."""
    make = _Maker(20240318)
    org = make.uuid()
    sales = make.team("Sales", org)
    conversation_id = make.uuid()
    user_uuid = make.uuid()
    participants = [make.participant(index) for index in range(40)]
    attributes: dict[str, Any] = {
        "externalIntelligenceOpportunityID": "opp-ext-123",
        "externalOpportunity": {"uuid": make.uuid(), "title": "Acme Corp - Expansion"},
        "dealUUID": make.uuid(),
        "zoomMetadata": None,
        "importMetadata": {},
        "uuid": conversation_id,
        "title": "Q1 Deal Review - Acme Corp",
        "transcript": {},
        "createdAt": "2024-03-18T10:00:00Z",
        "finishedAt": "2024-03-18T10:45:00.123Z",
        "liveStreamStartedAt": "2024-03-18T10:00:02Z",
        "liveStreamEndedAt": "2024-03-18T10:45:00Z",
        "userUUID": user_uuid,
        "teamUUID": sales["uuid"],
        "archived": False,
        "private": False,
        "referenceable": True,
        "isInternal": False,
        "isEmpty": False,
        "crmExportStatus": "exported",
        "videoUID": make.uuid(),
        "videoStatus": "ready",
        "transcriptStatus": "completed",
        "mediaStorageStatus": "ready",
        "importStatus": "completed",
        "mediaDuration": 2700,
        "emailTemplateID": "",
        "zoomMeetingJoinUrl": "https://zoom.us/j/1234567890",
        "googleMeetJoinUrl": None,
        "microsoftTeamsJoinUrl": None,
        "webexJoinUrl": None,
        "boards": [make.board(sales) for _ in range(5)],
        "talktracks": [make.talktrack() for _ in range(10)],
        "user": {
            "uuid": user_uuid,
            "email": "sam.rep@vendor.example.com",
            "firstName": "Sam",
            "lastName": "Rep",
            "createdAt": "2021-01-01T00:00:00Z",
            "deletedAt": None,
            "transcriptLang": "en-US",
            "joinOutsideHostMeetings": True,
            "realTimeCapabilities": True,
            "settings": {
                "realTimeCapabilitiesOFF": False,
                "autoCalculateCRMFields": True,
                "joinWhenIAmHostAndAlone": True,
                "joinWhenIAmHostWithPeers": True,
                "joinWhenPeerIsHost": True,
                "joinWhenUnlicensedPeerIsHost": False,
                "dealsEnabled": True,
            },
            "botName": "Attention Notetaker",
            "botImageURL": "https://example.com/bot.png",
            "primaryTeamUUID": sales["uuid"],
            "organizationRoleUUID": make.uuid(),
            "roles": [{"uuid": make.uuid(), "name": "Member", "type": "MEMBER"}],
            "showReferralScreen": False,
            "seatType": "full",
            "teams": [sales],
        },
        "team": sales,
        "bots": [
            {
                "uuid": make.uuid(),
                "meetingUrl": "https://zoom.us/j/1234567890",
                "status": {
                    "code": "completed",
                    "message": "Recording uploaded",
                    "createdAt": "2024-03-18T10:46:00Z",
                },
            }
        ],
        "participants": participants,
        "attendees": participants[:4],
        "scorecardResults": [make.scorecard() for _ in range(10)],
        "labels": {"deal_stage": "negotiation", "region": "EMEA"},
        "labelTagsToFilterIfNA": ["competitor"],
        "deprecatedLabelCategories": [],
        "linkedCrmRecords": [{"id": "0065g00000XyZ12AAB", "code": "opportunity"}],
    }
    return {
        "type": "conversations",
        "id": conversation_id,
        "attributes": attributes,
        "links": {"self": f"https://api.attention.tech/v2/conversations/{conversation_id}"},
    }


# The huge conversation's counts: about 10 MB of JSON in all.
HUGE_PARTICIPANTS = 5000
HUGE_SCORECARDS = 1200
HUGE_BOARDS = 600
HUGE_TALKTRACKS = 2000
HUGE_UTTERANCES = 20000


def huge() -> dict[str, Any]:
    """The large conversation grown to about 10 MB, the same on every run."""
    conversation = large()
    attributes = conversation["attributes"]
    make = _Maker(20240319)
    team = attributes["team"]
    participants = [make.participant(index) for index in range(HUGE_PARTICIPANTS)]
    speakers = [person["name"] for person in participants[:12]]
    attributes.update(
        participants=participants,
        attendees=participants[:200],
        scorecardResults=[make.scorecard() for _ in range(HUGE_SCORECARDS)],
        boards=[make.board(team) for _ in range(HUGE_BOARDS)],
        talktracks=[make.talktrack() for _ in range(HUGE_TALKTRACKS)],
        transcript={"v1": {"final": [make.utterance(n, speakers) for n in range(HUGE_UTTERANCES)]}},
    )
    return conversation


PAYLOADS = {"seed": seed, "docs_new": docs_new, "large": large}
BUILT = {**PAYLOADS, "huge": huge}


def encoded(name: str) -> bytes:
    """The payload as the API would send it (compact JSON, UTF-8)."""
    return json.dumps(BUILT[name](), separators=(",", ":")).encode()


if __name__ == "__main__":
    for payload_name in BUILT:
        print(f"{payload_name}: {len(encoded(payload_name)):,} bytes")
