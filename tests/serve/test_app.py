"""Test the web app and JSON API with TestClient: pages, filters, escaping, security headers."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from dateline.serve.app import create_app
from dateline.serve.deps import CONTENT_SECURITY_POLICY

HOSTILE_TITLE = '<script>alert("title")</script> Envoy talks'
HOSTILE_NAME = 'Jean "Johnny" O\'Neil'

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "dateline" / "serve"


def test_no_template_disables_escaping() -> None:
    for path in (PACKAGE / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\|\s*safe\b", text), path
        assert "autoescape false" not in text, path
        assert "Markup(" not in text, path
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "Markup(" not in text and "autoescape=False" not in text, path


def test_no_inline_scripts_or_styles_in_templates() -> None:
    for path in (PACKAGE / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), path
        assert " style=" not in text and "<style" not in text, path
        assert not re.search(r"\son[a-z]+=", text), path
        assert "http://" not in text and "https://" not in text, path  # nothing from another origin


@pytest.mark.parametrize("url", ["/", "/?q=Pyongyang", "/persons", "/events", "/graph", "/api/events",
                                 "/api/openapi.json", "/persons/e:nobody"])
def test_every_response_carries_the_csp(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert r.headers["x-content-type-options"] == "nosniff"


def test_hostile_strings_come_back_intact_from_the_api(client: TestClient, hostile_doc_id: str) -> None:
    doc = client.get(f"/api/documents/{hostile_doc_id}").json()
    assert doc["title"] == HOSTILE_TITLE
    assert HOSTILE_NAME in {e["name"] for e in doc["entities"]}
    assert '" onmouseover="alert(1)" x="' in doc["body"]
    person = next(e for e in doc["entities"] if e["name"] == HOSTILE_NAME)
    assert client.get("/api/persons/" + quote(person["id"], safe="")).json()["name"] == HOSTILE_NAME


def test_hostile_strings_are_escaped_in_html(client: TestClient, hostile_doc_id: str) -> None:
    html = client.get(f"/documents/{hostile_doc_id}").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Envoy talks" in html
    assert "Jean &#34;Johnny&#34; O&#39;Neil" in html
    assert '" onmouseover="' not in html and "&#34; onmouseover=&#34;alert(1)&#34;" in html
    assert "<b>bold</b>" not in html
    search = client.get("/", params={"q": "script"}).text
    assert "<script>alert" not in search and "&lt;script&gt;alert" in search
    assert "<mark>script</mark>" in search
    timeline = client.get("/events").text
    assert "Jean &#34;Johnny&#34; O&#39;Neil" in timeline and 'Jean "Johnny"' not in timeline


def test_article_view_links_mentions_to_dossiers_and_anchors_evidence(client: TestClient) -> None:
    events = client.get("/api/events", params={"type": "AGREE"}).json()
    assert len(events) == 1
    v = events[0]
    html = client.get(f"/documents/{v['doc_id']}").text
    assert f'id="{v["anchor"]}"' in html
    assert f'href="/documents/{v["doc_id"]}#{v["anchor"]}"' in html
    rudenko = next(a for a in v["actors"] if a["name"] == "Andrey Rudenko")
    assert f'href="/persons/{quote(rudenko["id"], safe="")}"' in html
    assert re.search(r'class="ent t-PERSON[^"]*" href="/persons/[^"]+"[^>]*>Andrey Rudenko</a>', html)


def test_dossier_page_and_api(client: TestClient) -> None:
    people = client.get("/api/persons", params={"name": "Rudenko"}).json()
    assert [p["name"] for p in people] == ["Andrey Rudenko"]
    pid = people[0]["id"]
    d = client.get("/api/persons/" + quote(pid, safe="")).json()
    assert d["positions"][0]["title"] == "deputy foreign minister"
    assert [m["name"] for m in d["met"]] == ["Choe Son Hui"]
    page = client.get("/persons/" + quote(pid, safe=""))
    assert page.status_code == 200
    assert "Deputy Foreign Minister" in page.text and "Choe Son Hui" in page.text
    assert client.get("/api/persons/e:nobody").status_code == 404
    assert client.get("/persons/e:nobody").status_code == 404


def test_timeline_filters(client: TestClient) -> None:
    assert len(client.get("/api/events").json()) == 4
    assert len(client.get("/api/events", params={"country": "RUS", "with": "PRK"}).json()) == 3
    assert len(client.get("/api/events", params={"since": "2025-04-01"}).json()) == 2
    assert client.get("/api/events", params={"since": "not-a-date"}).status_code == 422
    page = client.get("/events", params={"type": "AGREE"}).text
    assert page.count('class="event"') == 1
    bad = client.get("/events", params={"since": "nope"})
    assert bad.status_code == 200 and "is not a date" in bad.text


def test_search_and_graph_api(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": 'NEAR("x" OR'}).status_code == 200
    g = client.get("/api/graph").json()
    assert {"c:RUS", "c:PRK"} <= {n["id"] for n in g["nodes"]}
    assert client.get("/api/graph", params={"type": "AGREE"}).json()["edges"]


def test_docs_ui_from_a_cdn_is_off_and_schema_is_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    schema = client.get("/api/openapi.json").json()
    assert "/api/events" in schema["paths"] and "/persons" not in schema["paths"]


def test_missing_store_answers_503(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.db")) as c:
        r = c.get("/api/events")
    assert r.status_code == 503 and "S004" in r.json()["detail"]


def test_vendored_graph_library_is_served_locally(client: TestClient) -> None:
    r = client.get("/static/vendor/cytoscape.min.js")
    assert r.status_code == 200 and len(r.content) > 100_000
    assert 'src="/static/vendor/cytoscape.min.js"' in client.get("/graph").text


def test_timeline_pages_keep_their_filters(tmp_path: Path) -> None:
    from dateline.model import Document, Evidence, Event, Interval, Source
    from dateline.serve.routers.events import PAGE_SIZE
    from dateline.store.ingest import ingest_results

    docs = []
    for i in range(PAGE_SIZE + 5):
        body = f"Event number {i} happened."
        docs.append(Document(source=Source(f"{i}.txt"), body=body, published="2025-01-01",
                             events=(Event("v:1", "AGREE", Evidence(body, 0, len(body)),
                                           date=Interval("2025-01-01", "2025-01-01", "today", "day")),)))
    db = tmp_path / "many.db"
    ingest_results(db, docs)
    with TestClient(create_app(db)) as c:
        first = c.get("/events", params={"type": "AGREE"}).text
        assert first.count('class="event"') == PAGE_SIZE
        assert 'href="/events?page=2&amp;type=AGREE"' in first
        second = c.get("/events", params={"type": "AGREE", "page": 2}).text
        assert second.count('class="event"') == 5 and 'rel="next"' not in second


def test_a_page_not_in_english_shows_its_language_and_warning(tmp_path: Path) -> None:
    from dateline.errors import warning
    from dateline.model import Document, Source
    from dateline.store.ingest import ingest_results

    note = warning("W001", name="French", language="fr")
    doc = Document(source=Source("fr.txt"), body="Le ministre a rencontré son homologue lundi.", title="Rencontre",
                   language="fr", warnings=(note,))
    db = tmp_path / "fr.db"
    ingest_results(db, [doc])
    with TestClient(create_app(db)) as c:
        api = c.get(f"/api/documents/{doc.doc_id}").json()
        assert (api["language"], api["warnings"]) == ("fr", [note])
        page = c.get(f"/documents/{doc.doc_id}").text
        assert '<span class="lang">fr</span>' in page and "W001: the page is in French (fr)" in page


def test_timeline_names_an_unknown_type_and_suggests_one(client: TestClient) -> None:
    html = client.get("/events", params={"type": "meet"}).text
    assert "&#39;meet&#39; is not an event type; did you mean CONSULT?" in html
    assert client.get("/events", params={"type": "CONSULT"}).text.count("did you mean") == 0


def test_search_page_lists_actors_by_name_with_dossier_links(client: TestClient) -> None:
    rudenko = client.get("/api/persons", params={"name": "Rudenko"}).json()[0]
    html = client.get("/", params={"q": "Rudenko"}).text
    assert "People and organisations named" in html
    assert f'href="/persons/{quote(rudenko["id"], safe="")}">Andrey Rudenko</a>' in html
    assert "People and organisations named" not in client.get("/", params={"q": "economic deal"}).text
