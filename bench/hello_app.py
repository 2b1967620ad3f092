"""The baseline: a bare Flask "hello" endpoint, served by the same gunicorn settings as the app."""

from __future__ import annotations

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello() -> str:
    return "hello"
