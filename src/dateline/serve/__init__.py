"""Serve the store as a web app and a JSON API (FastAPI, Jinja2, a little JavaScript)."""
