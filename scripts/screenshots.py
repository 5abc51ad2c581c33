"""Take the web app's screenshots in docs/screenshots/ from the sample pages in examples/.

Ingests examples/ (with examples/dates.csv) into a temporary store, serves it on a free local
port, and saves the search, dossier, timeline and graph pages as PNG files (1280x900 viewport)
with Debian's chromium through Playwright (``scripts/install_browser.sh``; never
``playwright install``). Usage::

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")
PAGES = (
    ("search.png", "/?q=Lehtonen"),
    ("dossier.png", "/persons/e:aino-lehtonen"),
    ("timeline.png", "/events?country=FIN"),
    ("graph.png", "/graph"),
)


def main() -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from dateline.cli_common import load_published_dates
    from dateline.serve.app import create_app
    from dateline.settings import Options
    from dateline.ingest import ingest_paths

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "examples.db"
        dates = load_published_dates(str(ROOT / "examples" / "dates.csv"))
        ingest_paths(db, [str(ROOT / "examples")], Options(published_dates=dates))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                            args=["--headless", "--no-sandbox", "--disable-gpu"])
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                for name, path in PAGES:
                    page.goto(f"http://127.0.0.1:{port}{path}")
                    if path == "/graph":
                        page.wait_for_selector("#graph[data-ready='1']", timeout=15000)
                    page.screenshot(path=str(args.out / name))
                    print(args.out / name)
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=10)


if __name__ == "__main__":
    main()
