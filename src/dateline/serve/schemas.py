"""Declare the JSON API's response models, mirroring the output contract's field names (``model.py``)."""

from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LOGGER = logging.getLogger(__name__)


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


class IntervalOut(_Model):
    start: str | None = None
    end: str | None = None
    text: str | None = None
    granularity: str | None = None


class EvidenceOut(_Model):
    text: str
    start: int
    end: int
    in_: Literal["body", "caption"] = Field("body", alias="in")
    caption: int | None = None


class DocumentRef(_Model):
    doc_id: str
    title: str | None = None
    published: str | None = None
    site: str | None = None


class ActorOut(_Model):
    role: Literal["source", "target", "participant"]
    id: str
    name: str
    type: str
    country: str | None = None


class ReportOut(_Model):
    """One page's report of an occurrence: its own date and sentence."""

    doc_id: str
    id: str
    date: IntervalOut
    evidence: EvidenceOut
    anchor: str
    document: DocumentRef


class EventOut(_Model):
    doc_id: str
    id: str
    type: str
    mode: str | None = None
    modality: str
    date: IntervalOut
    occurrence: str | None = None
    actors: list[ActorOut]
    evidence: EvidenceOut
    anchor: str = Field(description="HTML id of the evidence sentence in the article view")
    document: DocumentRef
    sources: int = Field(1, description="How many documents report this occurrence")
    reports: list[ReportOut] = Field(default_factory=list, description="Every report of the occurrence")


class PersonSummary(_Model):
    id: str
    type: str
    name: str
    aliases: list[str]
    country: str | None = None
    documents: int


class PostSourceOut(_Model):
    """One sentence stating a post."""

    doc_id: str
    title_text: str
    as_of: str | None = None
    evidence: EvidenceOut
    anchor: str
    document: DocumentRef


class PostOut(_Model):
    title: str
    title_text: str
    country: str | None = None
    org: str | None = None
    start: IntervalOut | None = None
    end: IntervalOut | None = None
    as_of: str | None = None
    evidence: EvidenceOut
    doc_id: str
    anchor: str
    document: DocumentRef
    ended: bool = Field(False, description="A source ends the post or calls its holder former")
    conflicts: list[IntervalOut] = Field(default_factory=list, description="Dates sources state that disagree")
    sources: list[PostSourceOut] = Field(default_factory=list, description="Every statement of the post")


class CoActor(_Model):
    id: str
    name: str
    type: str
    country: str | None = None
    events: int


class SourceOut(_Model):
    doc_id: str
    title: str | None = None
    published: str | None = None
    site: str | None = None
    path: str
    url: str | None = None


class CountryGiven(_Model):
    country: str
    stated: int = Field(description="Documents that state this country")
    guessed: int = Field(description="Documents whose context only suggests it")


class Dossier(_Model):
    id: str
    type: str
    name: str
    aliases: list[str]
    country: str | None = None
    countries: list[CountryGiven] = Field(default_factory=list,
                                          description="Every country the sources give, the shown one first")
    positions: list[PostOut]
    events: list[EventOut]
    met: list[CoActor]
    co_actors: list[CoActor]
    sources: list[SourceOut]


class MentionOut(_Model):
    start: int
    end: int
    in_: Literal["body", "caption"] = Field("body", alias="in")
    caption: int | None = None


class EntityOut(_Model):
    local_id: str
    id: str
    type: str
    name: str
    aliases: list[str]
    country: str | None = None
    mentions: list[MentionOut]


class DocPost(_Model):
    person: str
    person_name: str
    title: str
    title_text: str
    country: str | None = None
    as_of: str | None = None
    evidence: EvidenceOut
    anchor: str


class SourceRef(_Model):
    path: str
    url: str | None = None
    record: str | None = None


class DocumentOut(_Model):
    doc_id: str
    title: str | None = None
    site: str | None = None
    published: str | None = None
    published_from: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code of the body's language")
    warnings: list[str] = Field(default_factory=list, description="coded warnings (W001: not annotated)")
    byline: list[str]
    body: str
    captions: list[str]
    source: SourceRef
    entities: list[EntityOut]
    positions: list[DocPost]
    events: list[EventOut]


class SearchHit(_Model):
    doc_id: str
    title: str | None = None
    site: str | None = None
    published: str | None = None
    path: str
    url: str | None = None
    snippet: str = Field(description="matched words are wrapped in \\u0002 ... \\u0003")


class GraphNode(_Model):
    id: str
    label: str
    kind: Literal["state", "person"]
    href: str | None = None
    links: int = Field(description="actor pairs of events this node takes part in")


class GraphEdge(_Model):
    id: str
    source: str
    target: str
    count: int
    types: dict[str, int]


class Graph(_Model):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class ErrorOut(_Model):
    detail: str
