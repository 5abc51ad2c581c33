"""Hold the records the event modules share: a lexicon entry matched on a token (``Trigger``) and an event found.

``events.py`` finds and decides events; the construction triggers and the role-pass families in their own
modules read and return these records, so they live below all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import ArgumentReader, Arguments


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry matched on a token."""

    entry_id: str
    type: str
    mode: str | None
    token: Token
    nominal: bool
    spec: dict[str, Any]
    factuality: str | None = None
    """The learned factuality (None for a lexicon-only trigger)."""
    committed: bool = False
    """True for a commitment read from the future act a saying or a decision reports (``_commitment``)."""


@dataclass(slots=True)
class Found:
    """An event found in one text, before dates and ids are given."""

    trigger: Trigger
    args: Arguments
    modality: str


RolePass = Callable[[Trigger, Arguments, Actors, ArgumentReader], None]
