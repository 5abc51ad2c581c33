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

LOCAL = "http://127.0.0.1:8000"
"""A loopback base URL (the app refuses other Host names; see test_hosts.py)."""

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
    with TestClient(create_app(tmp_path / "none.db"), base_url=LOCAL) as c:
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
    with TestClient(create_app(db), base_url=LOCAL) as c:
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
    with TestClient(create_app(db), base_url=LOCAL) as c:
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


def test_pages_answer_head(client: TestClient) -> None:
    """Issue 16, item 13: HEAD / was 405."""
    for url in ("/", "/events", "/persons", "/graph"):
        r = client.head(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), url


def test_a_date_parameter_is_a_day_not_a_unix_time(client: TestClient) -> None:
    """Issue 16, item 13: ``until=0`` was read as 1970-01-01 (pydantic reads numbers as Unix times)."""
    for url in ("/api/events", "/api/graph"):
        for bad in ("0", "1700000000", "20250101"):
            assert client.get(url, params={"until": bad}).status_code == 422, (url, bad)
            assert client.get(url, params={"since": bad}).status_code == 422, (url, bad)
    assert client.get("/api/events", params={"until": "2025-12-31"}).status_code == 200


def test_pages_answer_bad_parameters_with_a_short_html_page(client: TestClient) -> None:
    """Issue 16, item 13: HTML routes answered 422 with JSON echoing all 10 KB of the input."""
    big = "x" * 10_000
    for url, params in (("/events", {"since": big}), ("/persons", {"name": big}), ("/", {"q": big}),
                        ("/events", {"page": "not-a-number"})):
        r = client.get(url, params=params)
        assert r.status_code == 422, url
        assert r.headers["content-type"].startswith("text/html")
        assert big not in r.text and len(r.content) < 5_000
        assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_api_bad_parameters_echo_a_short_excerpt(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "y" * 10_000})
    assert r.status_code == 422 and r.headers["content-type"] == "application/json"
    assert r.json()["detail"][0]["loc"] == ["query", "q"] and len(r.content) < 1_000


def test_unknown_page_is_an_html_404(client: TestClient) -> None:
    r = client.get("/no/such/page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert client.get("/api/no/such").json() == {"detail": "Not Found"}


def test_missing_store_page_is_html_with_its_code(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.db"), base_url=LOCAL) as c:
        r = c.get("/")
    assert r.status_code == 503 and r.headers["content-type"].startswith("text/html") and "S004" in r.text


def test_damaged_store_is_a_coded_503_not_a_500(sample_db: Path, tmp_path: Path) -> None:
    """Issue 16, item 12: serve answered plain 500 on a damaged store."""
    import shutil
    import sqlite3

    db = tmp_path / "damaged.db"
    shutil.copy(sample_db, db)
    conn = sqlite3.connect(db)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name != 'sqlite_schema'")]
    conn.close()
    data = bytearray(db.read_bytes())
    for page in pages:
        data[(page - 1) * size:page * size] = b"\xa5" * size
    db.write_bytes(bytes(data))
    with TestClient(create_app(db), base_url=LOCAL, raise_server_exceptions=False) as c:
        api = c.get("/api/search", params={"q": "Pyongyang"})
        page = c.get("/", params={"q": "Pyongyang"})
    assert api.status_code == 503 and api.json()["code"] == "S008"
    assert page.status_code == 503 and "S008" in page.text and page.headers["content-type"].startswith("text/html")
