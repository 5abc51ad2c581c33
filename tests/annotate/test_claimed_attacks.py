"""Whoever claims responsibility for an attack is told as its doer: "Somali militants claimed responsibility for
bombing a Kenyan police convoy" is an ASSAULT by the militants (annotate/events.py, role pass
``responsibility_claimant``). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from event_helpers import countries, names, of_type


def test_the_claimant_is_the_attacks_source(annotate_text: Any) -> None:
    doc = annotate_text("Somali militants claimed responsibility for bombing a Kenyan police convoy near Lamu.")
    [attack] = of_type(doc, "ASSAULT")
    assert countries(doc, attack.source) == {"SOM"} and countries(doc, attack.target) == {"KEN"}, attack.to_json()
    doc = annotate_text("Boko Haram claimed responsibility for the attack on a Nigerian army base.")
    [attack] = of_type(doc, "ASSAULT")
    assert names(doc, attack.source) == {"Boko Haram"}, attack.to_json()
